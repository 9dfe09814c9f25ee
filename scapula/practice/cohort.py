"""Outcomes of many people at once (a clinician's list): pain trend and adherence per user.

The per-user pages read every entry of one person. For a list of a thousand people that
would be a year of rows each, so the database reduces the rows first and the core's rules
run on what is left, in a fixed number of queries however many people are asked about:
- pain: only the readings the trend can depend on (the first three of any context, the
  first three "usual" ones, and the last 7 days) reach `pain_trend`;
- adherence: the database counts done and partial days and measures the current streak,
  with the day rule of `scapula.core.outcomes.adherence` (a completed session makes a day
  done, any other session makes it partial); `tests/web/test_cohort.py` checks that the
  answers equal the per-user ones.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import connection

from scapula.core.outcomes import Adherence, PainReading, PainTrend, pain_trend
from scapula.plans.models import StoredPlan
from scapula.practice.models import PracticeSession
from scapula.tracking.models import PainEntry

QUERIES = 3  # pain readings, adherence counts, streaks: constant in the number of users


@dataclass(frozen=True, slots=True)
class Outcome:
    """One person's pain trend and adherence."""

    user_id: int
    trend: PainTrend
    adherence: Adherence


def cohort_outcomes(*, user_ids: Sequence[int], today: date) -> dict[int, Outcome]:
    """Return every listed user's pain trend and adherence, in three queries."""
    ids = list(dict.fromkeys(user_ids))
    if not ids:
        return {}
    readings = _pain_readings(ids, today)
    counts = _adherence_counts(ids, today)
    streaks = _streaks(ids, today)
    return {
        user_id: Outcome(
            user_id,
            pain_trend(readings.get(user_id, []), today),
            _adherence(counts.get(user_id), streaks.get(user_id, 0), today),
        )
        for user_id in ids
    }


def _adherence(count: tuple[date, int, int] | None, streak: int, today: date) -> Adherence:
    """Build the core's Adherence from the counted days (no plan: the plan starts today)."""
    start, done, any_days = count if count else (today, 0, 0)
    planned = max(0, (today - start).days + 1)
    return Adherence(planned, done, any_days - done, streak)


def _placeholders(ids: Sequence[int]) -> str:
    return ", ".join(["%s"] * len(ids))


def _as_date(value: Any) -> date:
    """SQLite returns dates from raw SQL as text, PostgreSQL as dates."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _pain_readings(ids: Sequence[int], today: date) -> dict[int, list[PainReading]]:
    """Return, per user, the readings the trend can depend on, in diary order."""
    table = PainEntry._meta.db_table
    order = "ORDER BY recorded_on, created_at, id"
    sql = f"""
        SELECT user_id, recorded_on, score, context FROM (
            SELECT user_id, recorded_on, score, context, created_at, id,
                ROW_NUMBER() OVER (PARTITION BY user_id {order}) AS nth_any,
                ROW_NUMBER() OVER (
                    PARTITION BY user_id, context = 'usual' {order}
                ) AS nth_kind
            FROM {table} WHERE user_id IN ({_placeholders(ids)})
        ) ranked
        WHERE nth_any <= 3 OR (context = 'usual' AND nth_kind <= 3)
            OR (recorded_on > %s AND recorded_on <= %s)
        ORDER BY user_id, recorded_on, created_at, id
    """  # noqa: S608 - table names from the models, values as parameters
    readings: dict[int, list[PainReading]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids, today - timedelta(days=7), today])
        for user_id, on, score, context in cursor.fetchall():
            readings.setdefault(user_id, []).append(PainReading(_as_date(on), score, context))
    return readings


def _plan_starts_sql(marks: str) -> str:
    """A subquery: the start day of each listed user's current (latest) plan."""
    plans = StoredPlan._meta.db_table
    return f"""
        SELECT p.user_id, p.starts_on FROM {plans} p
        WHERE p.user_id IN ({marks}) AND NOT EXISTS (
            SELECT 1 FROM {plans} newer WHERE newer.user_id = p.user_id
            AND (newer.created_at > p.created_at
                 OR (newer.created_at = p.created_at AND newer.id > p.id))
        )
    """  # noqa: S608 - table names from the models


def _adherence_counts(ids: Sequence[int], today: date) -> dict[int, tuple[date, int, int]]:
    """Return, per user, the plan's start and the days since then with a completed / any session.

    Without a plan the per-user page counts from today, so only today's sessions count.
    """
    sessions, plans = PracticeSession._meta.db_table, StoredPlan._meta.db_table
    marks = _placeholders(ids)
    done = "COUNT(DISTINCT CASE WHEN s.status = 'completed' THEN s.performed_on END)"
    sql = f"""
        SELECT starts.user_id, starts.starts_on, {done}, COUNT(DISTINCT s.performed_on)
        FROM ({_plan_starts_sql(marks)}) starts
        LEFT JOIN {sessions} s ON s.user_id = starts.user_id
            AND s.performed_on >= starts.starts_on AND s.performed_on <= %s
        GROUP BY starts.user_id, starts.starts_on
        UNION ALL
        SELECT s.user_id, %s, {done}, COUNT(DISTINCT s.performed_on)
        FROM {sessions} s
        WHERE s.user_id IN ({marks}) AND s.performed_on = %s
            AND NOT EXISTS (SELECT 1 FROM {plans} p WHERE p.user_id = s.user_id)
        GROUP BY s.user_id
    """  # noqa: S608 - table names from the models, values as parameters
    counts: dict[int, tuple[date, int, int]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids, today, today, *ids, today])
        for user_id, start, done_days, any_days in cursor.fetchall():
            counts[user_id] = (_as_date(start), done_days, any_days)
    return counts


def _day_number() -> str:
    """SQL for a session's day as a whole number, so consecutive days differ by one."""
    if connection.vendor == "sqlite":
        return "CAST(julianday(performed_on) AS INTEGER)"
    return "(performed_on - DATE '2000-01-01')"


def _streaks(ids: Sequence[int], today: date) -> dict[int, int]:
    """Return, per user, the run of days with any session that ends today or yesterday.

    Days in a row share `day number - rank`; the run whose last day is today or yesterday
    is the core's streak (today still open does not break it).
    """
    sessions = PracticeSession._meta.db_table
    sql = f"""
        SELECT user_id, MAX(day) AS last_day, COUNT(*) FROM (
            SELECT user_id, day, number - ROW_NUMBER() OVER (
                PARTITION BY user_id ORDER BY number) AS run
            FROM (
                SELECT DISTINCT user_id, performed_on AS day, {_day_number()} AS number
                FROM {sessions}
                WHERE user_id IN ({_placeholders(ids)}) AND performed_on <= %s
            ) days
        ) runs
        GROUP BY user_id, run
        HAVING MAX(day) >= %s
    """  # noqa: S608 - table names from the models, values as parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids, today, today - timedelta(days=1)])
        rows = cursor.fetchall()
    return {user_id: length for user_id, _last, length in rows}
