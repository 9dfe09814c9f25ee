"""Outcomes of many people at once (a clinician's list): pain trend and adherence per user.

The per-user pages read every entry of one person. For a list of a thousand people that
would be a year of rows each, so the database reduces the rows first and the core's rules
run on what is left, in a fixed number of queries however many people are asked about:
- pain: only the readings the trend can depend on (the first three of pain at rest and
  the last 7 days) reach `pain_trend`;
- adherence: the database counts done and partial days since the plan's start, with the
  day rule of `scapula.core.outcomes.adherence` (a completed session makes a day done,
  any other session makes it partial); the core's `streak` reads the last weeks only,
  and the whole history only for people whose streak is longer.
`tests/web/test_cohort.py` checks that the answers equal the per-user ones.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import connection

from scapula.accounts.models import User
from scapula.core.outcomes import Adherence, PainReading, PainTrend, pain_trend, streak
from scapula.core.outcomes.adherence import planned_days
from scapula.core.outcomes.pain import BASELINE_ENTRIES, RESTING_CONTEXTS
from scapula.plans.models import StoredPlan
from scapula.practice.models import PracticeSession
from scapula.tracking.models import PainEntry

QUERIES = 5  # pain readings, plans, day counts, recent days, long streaks: none per person
STREAK_WINDOW_DAYS = 35


@dataclass(frozen=True, slots=True)
class Outcome:
    """One person's pain trend and adherence."""

    user_id: int
    trend: PainTrend
    adherence: Adherence


def cohort_outcomes(*, user_ids: Sequence[int], today: date) -> dict[int, Outcome]:
    """Return every listed user's pain trend and adherence, in QUERIES queries."""
    ids = list(dict.fromkeys(user_ids))
    if not ids:
        return {}
    readings = _pain_readings(ids, today)
    neck = _with_neck_pain(ids)
    kept = _adherence_by_user(ids, today)
    return {
        user_id: Outcome(
            user_id,
            pain_trend(readings.get(user_id, []), today, neck=user_id in neck),
            kept[user_id],
        )
        for user_id in ids
    }


def _with_neck_pain(ids: Sequence[int]) -> set[int]:
    """Return who names the neck in their latest self-assessment, as the trend reads it."""
    latest: dict[int, dict[str, Any]] = {}
    rows = StoredPlan.objects.filter(user_id__in=ids).order_by("user_id", "-created_at", "-id")
    for user_id, profile in rows.values_list("user_id", "profile"):
        latest.setdefault(user_id, profile)
    return {
        user_id for user_id, profile in latest.items() if "neck" in profile.get("pain_sites", [])
    }


def _placeholders(ids: Sequence[int]) -> str:
    return ", ".join(["%s"] * len(ids))


def _as_date(value: Any) -> date:
    """SQLite returns dates from raw SQL as text, PostgreSQL as dates."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _first_readings_sql(marks: str) -> str:
    """Ids of each listed person's first three readings of pain at rest (the baseline).

    Each is a scalar subquery that walks the (user, day) index and stops at once.
    """
    table, users = PainEntry._meta.db_table, User._meta.db_table
    order = "ORDER BY q.recorded_on, q.created_at, q.id LIMIT 1"
    listed = f"FROM {users} u WHERE u.id IN ({marks})"
    contexts = ", ".join(f"'{context}'" for context in sorted(RESTING_CONTEXTS))
    at_rest = f" AND q.context IN ({contexts})"
    picks = [
        f"SELECT (SELECT q.id FROM {table} q WHERE q.user_id = u.id{at_rest} {order} OFFSET {k}) {listed}"  # noqa: E501, S608
        for k in range(BASELINE_ENTRIES)
    ]
    return " UNION ".join(picks)


def _pain_readings(ids: Sequence[int], today: date) -> dict[int, list[PainReading]]:
    """Return, per user, the readings the trend can depend on, in diary order."""
    table = PainEntry._meta.db_table
    marks = _placeholders(ids)
    sql = f"""
        SELECT p.user_id, p.recorded_on, p.score, p.context, p.created_at, p.id
        FROM {table} p
        WHERE p.id IN ({_first_readings_sql(marks)})
            OR (p.user_id IN ({marks}) AND p.recorded_on > %s AND p.recorded_on <= %s)
        ORDER BY p.user_id, p.recorded_on, p.created_at, p.id
    """  # noqa: S608 - table names from the models, values as parameters
    readings: dict[int, list[PainReading]] = {}
    with connection.cursor() as cursor:
        repeated = list(ids) * (BASELINE_ENTRIES + 1)
        cursor.execute(sql, [*repeated, today - timedelta(days=7), today])
        for user_id, on, score, context, _created, _id in cursor.fetchall():
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


def _counts_sql(marks: str) -> str:
    """Per user: the plan's start, the days since with a completed session and with any."""
    # Without a plan the progress page counts from today; COALESCE does the same here.
    sessions, users = PracticeSession._meta.db_table, User._meta.db_table
    return f"""
        SELECT st.user_id, st.starts_on,
            COUNT(DISTINCT CASE WHEN s.status = 'completed' THEN s.performed_on END),
            COUNT(DISTINCT s.performed_on)
        FROM (
            SELECT u.id AS user_id, COALESCE(latest.starts_on, %s) AS starts_on
            FROM {users} u LEFT JOIN ({_plan_starts_sql(marks)}) latest ON latest.user_id = u.id
            WHERE u.id IN ({marks})
        ) st
        LEFT JOIN {sessions} s ON s.user_id = st.user_id
            AND s.performed_on >= st.starts_on AND s.performed_on <= %s
        GROUP BY st.user_id, st.starts_on
    """  # noqa: S608 - table names from the models, values as parameters


def _statuses(ids: Sequence[int], since: date, today: date) -> dict[int, dict[date, list[str]]]:
    """Return each user's session statuses by day, from `since` to today (one query, always)."""
    table = PracticeSession._meta.db_table
    sql = f"""
        SELECT user_id, performed_on, status FROM {table}
        WHERE user_id IN ({_placeholders(ids) or "NULL"})
            AND performed_on >= %s AND performed_on <= %s
    """  # noqa: S608 - table names from the models, values as parameters
    days: dict[int, dict[date, list[str]]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids, since, today])
        for user_id, day, status in cursor.fetchall():
            days.setdefault(user_id, {}).setdefault(_as_date(day), []).append(status)
    return days


def _streaks(ids: Sequence[int], today: date) -> tuple[dict[int, int], set[int]]:
    """Return the core's streak of every user, and who practised today (recent days suffice).

    A streak shorter than the window is decided by the window; only people whose streak
    fills it need their whole history, read in a second query (run even when empty, so
    the number of queries stays the same).
    """
    recent = _statuses(ids, today - timedelta(days=STREAK_WINDOW_DAYS), today)
    streaks = {user_id: streak(recent.get(user_id, {}), today) for user_id in ids}
    longer = [user_id for user_id, days in streaks.items() if days >= STREAK_WINDOW_DAYS]
    history = _statuses(longer, date.min, today)
    practised_today = {user_id for user_id in ids if recent.get(user_id, {}).get(today)}
    longest = {user_id: streak(history.get(user_id, {}), today) for user_id in longer}
    return streaks | longest, practised_today


def _adherence_by_user(ids: Sequence[int], today: date) -> dict[int, Adherence]:
    """Return the core's Adherence of every listed user."""
    marks = _placeholders(ids)
    with connection.cursor() as cursor:
        cursor.execute(_counts_sql(marks), [today, *ids, *ids, today])
        rows = cursor.fetchall()
    streaks, practised_today = _streaks(ids, today)
    return {
        user_id: Adherence(
            planned_days(_as_date(start), today, user_id in practised_today),
            done,
            any_days - done,
            streaks[user_id],
        )
        for user_id, start, done, any_days in rows
    }
