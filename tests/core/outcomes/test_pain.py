"""Pain trends: baseline, 7-day mean, and the 2-point-and-30 % rule."""

from datetime import date, timedelta

import pytest

from scapula.core.outcomes import (
    PainReading,
    baseline_of,
    is_meaningful_improvement,
    needs_clinician_review,
    pain_trend,
    rolling_mean,
)

START = date(2026, 11, 1)


def days(*scores, context="usual"):
    return [PainReading(START + timedelta(days=i), s, context) for i, s in enumerate(scores)]


@pytest.mark.parametrize(
    ("baseline", "current", "expected"),
    [(6, 4, True), (6, 4.5, False), (5, 3, True), (4, 2.9, False), (3, 1, True), (2, 0.5, False)],
)
def test_meaningful_improvement_needs_two_points_and_thirty_percent(baseline, current, expected):
    assert is_meaningful_improvement(baseline, current) is expected


def test_the_baseline_is_the_mean_of_the_first_three_usual_readings():
    assert baseline_of(days(6, 5, 7, 1, 1)) == 6


def test_the_rolling_mean_covers_the_last_seven_days():
    readings = days(*([8] * 7 + [2] * 7))
    assert rolling_mean(readings, START + timedelta(days=13)) == 2


def test_the_trend_says_when_the_fall_is_meaningful():
    trend = pain_trend(days(*([6] * 7 + [3] * 7)), START + timedelta(days=13))
    assert trend.is_meaningful
    assert "meaningful improvement" in trend.message


def test_a_small_fall_is_named_honestly():
    trend = pain_trend(days(*([6] * 7 + [5] * 7)), START + timedelta(days=13))
    assert not trend.is_meaningful
    assert "not yet" in trend.message


def test_without_entries_there_is_no_trend():
    assert pain_trend([], START).message.startswith("Not enough")


def test_no_change_by_week_four_calls_for_a_clinician_review():
    assert needs_clinician_review(4, pain_improved=False, function_improved=False)
    assert not needs_clinician_review(3, pain_improved=False, function_improved=False)
    assert not needs_clinician_review(5, pain_improved=True, function_improved=False)


def test_with_neck_pain_a_fall_of_1_3_points_shows_as_possible_but_not_meaningful():
    start = date(2026, 3, 2)
    readings = [PainReading(start + timedelta(days=n), s) for n, s in enumerate((6, 6, 6))]
    readings += [
        PainReading(start + timedelta(days=20), 4),
        PainReading(start + timedelta(days=21), 5),
    ]
    today = start + timedelta(days=21)
    neck = pain_trend(readings, today, neck=True)
    assert neck.is_possible
    assert not neck.is_meaningful
    assert "1.3 points" in neck.message
    assert "Cleland" in neck.source
    plain = pain_trend(readings, today)
    assert not plain.is_possible
    assert "not yet by the 2 points" in plain.message


def _on(day, score, context):
    return PainReading(START + timedelta(days=day), score, context)


def test_a_later_usual_entry_cannot_move_the_baseline_and_turn_a_rise_into_a_fall():
    # Sessions began at 2/10 before exercising; weeks later pain at rest is 4-6.
    readings = [_on(d, 2, "before") for d in range(3)]
    readings += [_on(d, 6, "usual") for d in (20, 21, 22)]
    readings += [_on(d, 4, "before") for d in range(20, 27)]
    trend = pain_trend(readings, START + timedelta(days=26))
    assert trend.baseline == 2
    assert trend.change > 0
    assert "fallen" not in trend.message


def test_pain_an_exercise_provoked_is_not_pain_at_rest():
    readings = [_on(0, 3, "before"), _on(0, 7, "peak"), _on(0, 5, "after")]
    assert baseline_of(readings) == 3
    assert rolling_mean(readings, START) == 3


def test_the_pains_given_before_two_sessions_are_enough_for_a_trend():
    trend = pain_trend([_on(0, 4, "before"), _on(1, 4, "before")], START + timedelta(days=1))
    assert trend.baseline == 4
    assert "Not enough" not in trend.message
