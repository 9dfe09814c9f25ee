"""The exercise gate: nothing is guided before the screening says it may be."""

from datetime import date

from scapula.core.screening import Gate, ScreeningRecord, exercise_gate

TODAY = date(2026, 11, 23)


def gate(*records, is_cleared=False):
    return exercise_gate(records, is_cleared=is_cleared, today=TODAY)


def full(disposition, day=TODAY):
    return ScreeningRecord(disposition, day)


def recheck(disposition, day=TODAY):
    return ScreeningRecord(disposition, day, is_recheck=True)


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
