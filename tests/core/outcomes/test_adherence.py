"""Adherence: done, partial and missed days, a gentle streak, a four-week calendar."""

from datetime import date, timedelta

from scapula.core.outcomes import adherence, calendar, streak

TODAY = date(2026, 11, 23)  # a Monday


def ago(days):
    return TODAY - timedelta(days=days)


STATUSES = {ago(3): ["completed"], ago(2): ["partial"], ago(1): ["stopped", "completed"]}


def test_partial_days_count_as_partial_and_half_in_the_rate():
    result = adherence(STATUSES, start=ago(4), today=TODAY)
    assert (result.planned, result.done, result.partial) == (4, 2, 1)
    assert result.rate == (2 + 0.5) / 4


def test_today_counts_as_planned_only_once_it_has_a_session():
    morning = adherence({ago(1): ["completed"]}, start=ago(1), today=TODAY)
    assert (morning.planned, morning.rate) == (1, 1.0)
    evening = adherence({ago(1): ["completed"], TODAY: ["completed"]}, start=ago(1), today=TODAY)
    assert (evening.planned, evening.done) == (2, 2)


def test_the_streak_counts_back_from_yesterday_while_today_is_open():
    assert streak(STATUSES, TODAY) == 3


def test_a_missed_day_ends_the_streak():
    assert streak({ago(1): ["completed"], ago(3): ["completed"]}, TODAY) == 1


def test_the_calendar_is_four_monday_first_weeks_with_days_before_the_start_blank():
    days = calendar(STATUSES, start=ago(3), today=TODAY)
    assert len(days) == 28
    assert days[0][0].weekday() == 0
    statuses = dict(days)
    assert statuses[ago(3)] == "done"
    assert statuses[ago(2)] == "partial"
    assert statuses[ago(5)] == "before_plan"
    assert statuses[TODAY] == "open"
    assert statuses[ago(1)] == "done"
