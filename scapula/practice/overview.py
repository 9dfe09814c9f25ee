"""Everything that shows whether the program works, gathered once for any interface."""

from dataclasses import dataclass
from datetime import date

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
