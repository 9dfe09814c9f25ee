"""Events in practice that call for a new screening, and the exercises they hold back."""

from datetime import UTC, date, datetime, timedelta

import pytest

from scapula.core.screening.events import (
    ExerciseResult,
    RescreenEvent,
    RescreenReason,
    held_exercise_ids,
    high_pain_events,
    pending_events,
    review_event,
    review_start,
    stop_events,
    stop_reason_kind,
)

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def result(exercise_id="wall-neck-side-bend", *, days=0, reason="", peak=None):
    at = MONDAY + timedelta(days=days)
    return ExerciseResult(exercise_id, at, at.date(), reason, peak)


# Each case: the stop reason as the player or the terminal sends it, and what it means.
STOP_REASON_CASES = {
    "the_players_numbness_value": ("numbness or tingling", RescreenReason.NUMBNESS),
    "the_players_dizziness_value": ("dizziness", RescreenReason.DIZZINESS),
    "typed_pins_and_needles": ("Pins and needles in my hand", RescreenReason.NUMBNESS),
    "typed_blurred_vision": ("my vision went blurry", RescreenReason.DIZZINESS),
    "typed_felt_sick": ("felt nauseous", RescreenReason.DIZZINESS),
    "pain_above_5_is_not_a_rescreen_stop": ("pain above 5", None),
    "sharp_pain_is_not_a_rescreen_stop": ("sharp or catching pain", None),
    "no_reason": ("", None),
}


@pytest.mark.parametrize(
    ("reason", "kind"), STOP_REASON_CASES.values(), ids=STOP_REASON_CASES.keys()
)
def test_stop_reason(reason, kind):
    assert stop_reason_kind(reason) is kind


def test_a_dizziness_stop_is_an_event_naming_the_exercise():
    events = stop_events([result(reason="dizziness"), result("cat-cow", reason="pain above 5")])
    assert events == [RescreenEvent(RescreenReason.DIZZINESS, MONDAY, "wall-neck-side-bend")]


# Each case: the sessions' peak pain as (days after Monday, peak), and how many events.
HIGH_PAIN_CASES = {
    "once_above_5_is_not_repeated": ([(0, 6)], 0),
    "twice_above_5_within_7_days_is_repeated": ([(0, 6), (6, 7)], 1),
    "twice_above_5_a_week_apart_is_not": ([(0, 6), (7, 7)], 0),
    "exactly_5_is_not_above_5": ([(0, 5), (1, 5)], 0),
    "two_exercises_in_one_session_count_once": ([(0, 6), (0, 8)], 0),
}


@pytest.mark.parametrize(("peaks", "count"), HIGH_PAIN_CASES.values(), ids=HIGH_PAIN_CASES.keys())
def test_repeated_high_pain(peaks, count):
    results = [result(f"exercise-{i}", days=d, peak=p) for i, (d, p) in enumerate(peaks)]
    assert len(high_pain_events(results)) == count


# Each case: the plan week, pain improved, function improved, whether a re-screen is due.
REVIEW_CASES = {
    "week_3_without_change_is_not_yet_due": (3, False, False, True),
    "week_4_without_change_is_due": (4, False, False, False),
    "week_5_with_better_pain_is_not_due": (5, True, False, True),
    "week_6_with_better_function_is_not_due": (6, False, True, True),
    "no_plan_is_not_due": (None, False, False, True),
}


@pytest.mark.parametrize(
    ("week", "pain", "function", "is_empty"), REVIEW_CASES.values(), ids=REVIEW_CASES.keys()
)
def test_week_4_to_6_review(week, pain, function, is_empty):
    events = review_event(
        week=week, review_starts_at=MONDAY, pain_improved=pain, function_improved=function
    )
    assert (events == []) is is_empty


def test_the_review_window_starts_on_the_first_day_of_week_4():
    assert review_start(date(2026, 11, 2)) == date(2026, 11, 23)


def test_an_event_after_the_latest_screening_is_pending_and_one_before_is_answered():
    event = RescreenEvent(RescreenReason.REFER, MONDAY)
    assert pending_events([event], screened_at=MONDAY - timedelta(hours=1)) == (event,)
    assert pending_events([event], screened_at=MONDAY + timedelta(hours=1)) == ()
    assert pending_events([event], screened_at=None) == (event,)


def test_only_numbness_and_dizziness_stops_hold_their_exercise():
    pending = [
        RescreenEvent(RescreenReason.NUMBNESS, MONDAY, "wall-neck-side-bend"),
        RescreenEvent(RescreenReason.DIZZINESS, MONDAY, "cat-cow"),
        RescreenEvent(RescreenReason.REFER, MONDAY, "bent-over-row"),
        RescreenEvent(RescreenReason.REPEATED_HIGH_PAIN, MONDAY),
    ]
    assert held_exercise_ids(pending) == {"wall-neck-side-bend", "cat-cow"}
