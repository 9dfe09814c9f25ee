"""Doses and ladder steps in plain words."""

from scapula.core.catalog.describe import describe_dose, describe_step
from scapula.core.catalog.model import Dose, LadderStep


def test_a_held_rep_dose_reads_as_reps_hold_side_and_frequency():
    dose = Dose(reps=5, hold_seconds=2, per_side=True)
    assert describe_dose(dose) == "5 reps, hold 2 s, each side, every day"


def test_a_single_hold_at_several_positions_leaves_out_one_rep():
    dose = Dose(reps=1, hold_seconds=30, per_side=True, positions=("a", "b", "c"))
    assert describe_dose(dose) == "hold 30 s, at each of 3 positions, each side, every day"


def test_sets_of_timed_work_with_rest():
    dose = Dose(sets=2, duration_seconds=15, rest_seconds=30, frequency="3_per_week")
    assert describe_dose(dose) == "2 sets of 15 s, rest 30 s, 3 times a week"


def test_ladder_steps_say_the_one_change():
    assert describe_step(LadderStep("hold_seconds", 5, "")) == "hold 5 s"
    assert describe_step(LadderStep("reps", 10, "")) == "10 reps"
    assert describe_step(LadderStep("exercise", "plank", "")) == "move on to plank"
