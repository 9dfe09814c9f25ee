"""Everything that shows whether the program works, gathered once for any interface."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from scapula.accounts.models import User
from scapula.core.outcomes import (
    Adherence,
    FunctionCheckIn,
    FunctionTrend,
    PainReading,
    PainTrend,
    adherence,
    calendar,
    check_in_due,
    daily_means,
    function_trend,
    needs_clinician_review,
    next_check_in,
    pain_trend,
)
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.selectors import session_statuses
from scapula.tracking.selectors import function_check_ins, has_neck_pain, pain_readings


@dataclass(frozen=True, slots=True)
class ProgressOverview:
    """Pain, activities, sessions and the week 4-6 review decision for one person."""

    today: date
    readings: list[PainReading]
    trend: PainTrend
    check_ins: list[FunctionCheckIn]
    function: FunctionTrend
    check_in_due: bool
    next_check_in: date
    adherence: Adherence
    calendar: list[tuple[date, str]]
    plan: StoredPlan | None
    week: int | None
    needs_review: bool


def progress_overview(*, user: User, today: date) -> ProgressOverview:
    """Read the person's records (a handful of queries) and interpret them."""
    readings = pain_readings(user=user)
    trend = pain_trend(readings, today, neck=has_neck_pain(user=user))
    check_ins = function_check_ins(user=user)
    function = function_trend(check_ins)
    statuses = session_statuses(user=user)
    stored = current_plan(user=user)
    start = stored.starts_on if stored else today
    week = week_of(stored, today) if stored else None
    return ProgressOverview(
        today=today,
        readings=readings,
        trend=trend,
        check_ins=check_ins,
        function=function,
        check_in_due=check_in_due(check_ins, today),
        next_check_in=next_check_in(check_ins, today),
        adherence=adherence(statuses, start=start, today=today),
        calendar=calendar(statuses, start=start, today=today),
        plan=stored,
        week=week,
        needs_review=week is not None
        and needs_clinician_review(
            week, pain_improved=trend.is_meaningful, function_improved=function.is_meaningful
        ),
    )


def overview_as_dict(overview: ProgressOverview) -> dict[str, Any]:
    """The overview as plain data: what the progress page shows, in numbers."""
    trend, function, done = overview.trend, overview.function, overview.adherence
    return {
        "date": overview.today.isoformat(),
        "week": overview.week,
        "pain": {
            "baseline": trend.baseline,
            "recent_mean": trend.recent_mean,
            "change": trend.change,
            "is_meaningful": trend.is_meaningful,
            "message": trend.message,
            "source": trend.source,
            "daily": [
                {"date": d.isoformat(), "mean": None if m is None else round(m, 2)}
                for d, m in daily_means(overview.readings, overview.today)
            ],
        },
        "function": {
            "baseline": function.baseline,
            "latest": function.latest,
            "change": function.change,
            "is_meaningful": function.is_meaningful,
            "message": function.message,
            "source": function.source,
            "check_in_due": overview.check_in_due,
            "next_check_in": overview.next_check_in.isoformat(),
            "check_ins": [_check_in_dict(c) for c in overview.check_ins],
        },
        "sessions": {
            "planned_days": done.planned,
            "done_days": done.done,
            "partial_days": done.partial,
            "rate": round(done.rate, 3),
            "streak": done.streak,
            "calendar": [{"date": d.isoformat(), "status": s} for d, s in overview.calendar],
        },
        "needs_review": overview.needs_review,
    }


def _check_in_dict(check_in: FunctionCheckIn) -> dict[str, Any]:
    return {
        "date": check_in.on.isoformat(),
        "psfs": round(check_in.mean, 2),
        "ratings": dict(check_in.scores),
        "groc": check_in.groc,
    }
