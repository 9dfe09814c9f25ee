"""The exercise gate: nothing is guided before the screening says it may be."""

from datetime import date

import pytest

from scapula.core.screening import QUESTION_IDS, Gate, ScreeningRecord, exercise_gate, with_rescreen

TODAY = date(2026, 11, 23)


def gate(*records, is_cleared=False):
    return exercise_gate(records, is_cleared=is_cleared, today=TODAY)


def full(disposition, day=TODAY, *, triggered=(), missing=()):
    return ScreeningRecord(disposition, day, False, triggered, missing)


def recheck(disposition, day=TODAY, *, triggered=()):
    return ScreeningRecord(disposition, day, True, triggered)


def test_nobody_exercises_before_screening():
    assert gate() is Gate.NEEDS_SCREENING


def test_proceed_opens_the_program():
    assert gate(full("proceed")) is Gate.OPEN


def test_emergency_and_urgent_lock_it():
    assert gate(full("emergency")) is Gate.EMERGENCY
    assert gate(full("urgent")) is Gate.URGENT


def test_a_clinician_result_opens_only_with_a_recorded_clearance():
    assert gate(full("clinician")) is Gate.NEEDS_CLEARANCE
    assert gate(full("clinician"), is_cleared=True) is Gate.OPEN


def test_a_red_flag_at_the_weekly_recheck_locks_it_again():
    assert gate(full("proceed", date(2026, 11, 10)), recheck("emergency")) is Gate.EMERGENCY


def test_a_recheck_cannot_undo_an_urgent_screening():
    assert gate(full("urgent", date(2026, 11, 20)), recheck("proceed")) is Gate.URGENT


def test_a_new_full_screening_can():
    assert gate(full("urgent", date(2026, 11, 20)), full("proceed")) is Gate.OPEN


def test_after_a_week_without_a_check_the_recheck_is_due():
    assert gate(full("proceed", date(2026, 11, 16))) is Gate.RECHECK_DUE
    assert gate(full("proceed", date(2026, 11, 10)), recheck("proceed", date(2026, 11, 20))) is (
        Gate.OPEN
    )


def test_an_unfinished_screening_keeps_it_locked():
    assert gate(full("incomplete")) is Gate.INCOMPLETE


def test_a_stored_clinician_result_with_red_flags_unanswered_stays_locked_even_if_cleared():
    # Stored before every emergency and same-day question had to be answered.
    legacy = full(
        "clinician", triggered=("C2",), missing=tuple(q for q in QUESTION_IDS if q != "C2")
    )
    assert gate(legacy, is_cleared=True) is Gate.INCOMPLETE


# Each case: the records (oldest first), whether the latest full one is cleared, the gate.
HISTORY_CASES = {
    "a_cleared_history_opens": ([full("urgent", triggered=("U3",))], True, Gate.OPEN),
    "an_uncleared_history_stays_urgent": ([full("urgent", triggered=("U3",))], False, Gate.URGENT),
    "a_clearance_cannot_open_a_passing_symptom": (
        [full("urgent", triggered=("U5",))],
        True,
        Gate.URGENT,
    ),
    "a_weekly_check_repeating_the_cleared_history_keeps_it_open": (
        [
            full("urgent", date(2026, 11, 16), triggered=("U1",)),
            recheck("urgent", triggered=("U1",)),
        ],
        True,
        Gate.OPEN,
    ),
    "a_weekly_check_with_a_new_same_day_answer_locks_it": (
        [
            full("urgent", date(2026, 11, 16), triggered=("U1",)),
            recheck("urgent", triggered=("U1", "U5")),
        ],
        True,
        Gate.URGENT,
    ),
    "a_weekly_check_with_a_new_history_answer_locks_it": (
        [
            full("clinician", date(2026, 11, 16), triggered=("C12",)),
            recheck("urgent", triggered=("U3",)),
        ],
        True,
        Gate.URGENT,
    ),
}


@pytest.mark.parametrize(
    ("records", "is_cleared", "expected"), HISTORY_CASES.values(), ids=HISTORY_CASES.keys()
)
def test_known_history(records, is_cleared, expected):
    assert gate(*records, is_cleared=is_cleared) is expected


# Each case: the gate before events, and the gate while a re-screen is due.
RESCREEN_CASES = {
    "an_open_gate_closes": (Gate.OPEN, Gate.RESCREEN_DUE),
    "a_weekly_check_due_becomes_the_full_check": (Gate.RECHECK_DUE, Gate.RESCREEN_DUE),
    "an_emergency_stays_an_emergency": (Gate.EMERGENCY, Gate.EMERGENCY),
    "a_needed_clearance_stays_needed": (Gate.NEEDS_CLEARANCE, Gate.NEEDS_CLEARANCE),
}


@pytest.mark.parametrize(("before", "after"), RESCREEN_CASES.values(), ids=RESCREEN_CASES.keys())
def test_rescreen(before, after):
    assert with_rescreen(before, is_rescreen_due=True) is after
    assert with_rescreen(before, is_rescreen_due=False) is before
