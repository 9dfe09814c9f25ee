"""Timing estimates: every rep, hold, position, side and rest is counted once."""

from scapula.core.catalog.model import Dose
from scapula.core.plan import estimate_seconds


def test_a_held_rep_dose_counts_reps_holds_pauses_and_both_sides():
    dose = Dose(reps=5, hold_seconds=2, per_side=True, rest_seconds=3)
    assert estimate_seconds(dose) == 10 + 2 * (5 * (3 + 2) + 4 * 3)


def test_sets_rest_between_sets_only():
    dose = Dose(sets=2, reps=8, rest_seconds=60)
    assert estimate_seconds(dose) == 10 + 2 * 8 * 3 + 60


def test_holds_at_three_positions_on_each_side():
    dose = Dose(reps=1, hold_seconds=30, per_side=True, rest_seconds=5, positions=("a", "b", "c"))
    assert estimate_seconds(dose) == 10 + 2 * (3 * 33 + 2 * 5)


def test_a_timed_dose_uses_its_duration():
    assert estimate_seconds(Dose(sets=2, duration_seconds=15, rest_seconds=30)) == 10 + 30 + 30
