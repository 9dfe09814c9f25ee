"""Reads the practice records for events that call for a new screening, and what they hold."""

from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from scapula.accounts.models import User
from scapula.core.screening.disposition import Disposition
from scapula.core.screening.events import (
    HIGH_PAIN,
    HIGH_PAIN_WINDOW_DAYS,
    ExerciseResult,
    RescreenEvent,
    RescreenReason,
    held_exercise_ids,
    high_pain_events,
    pending_events,
    review_event,
    review_start,
    stop_events,
)
from scapula.practice.models import DoseChange, PracticeExercise
from scapula.screening.models import Screening


def pending_rescreen(
    *, user: User, today: date, screened_at: datetime | None = None
) -> tuple[RescreenEvent, ...]:
    """Return the events since the latest full screening that no screening has answered."""
    # A caller that has the screenings already passes the latest one's time: one query less.
    screened_at = screened_at or _latest_full_screening_at(user=user)
    events = [
        *_practice_events(user=user, since=screened_at),
        *_refer_events(user=user, since=screened_at),
        *_review_events(user=user, today=today),
    ]
    return pending_events(events, screened_at=screened_at)


def held_exercises(*, user: User, today: date) -> frozenset[str]:
    """Return the exercises that caused a numbness or dizziness stop, held until a screen passes."""
    # `today` keeps the signature of the other per-day reads; a hold ends only with a screening.
    passed_at = _latest_passing_screening_at(user=user)
    events = stop_events(_results(user=user, since=passed_at, high_pain=False))
    return held_exercise_ids(pending_events(events, screened_at=passed_at))


def _latest_passing_screening_at(*, user: User) -> datetime | None:
    """Return when the latest full screening that lets exercise go ahead was stored."""
    rows = Screening.objects.filter(user=user, is_recheck=False).order_by("-created_at", "-id")
    for row in rows.prefetch_related("clearances"):
        if row.disposition == Disposition.PROCEED or (
            row.is_clearable and len(row.clearances.all()) > 0
        ):
            return row.created_at
    return None


def _latest_full_screening_at(*, user: User) -> datetime | None:
    """Return when the user's latest full screening was stored, if ever."""
    return (
        Screening.objects.filter(user=user, is_recheck=False)
        .order_by("-created_at", "-id")
        .values_list("created_at", flat=True)
        .first()
    )


def _practice_events(*, user: User, since: datetime | None) -> list[RescreenEvent]:
    """Return the stop and repeated-high-pain events in the practice records."""
    results = _results(user=user, since=since, high_pain=True)
    return [*stop_events(results), *high_pain_events(results)]


def _results(*, user: User, since: datetime | None, high_pain: bool) -> list[ExerciseResult]:
    """Return the exercise results with a stop reason (or high pain) since a moment."""
    found = Q(stop_reason__gt="")
    if high_pain:
        found |= Q(peak_pain__gt=HIGH_PAIN)
    rows = PracticeExercise.objects.filter(found, user=user).select_related("session")
    if since is not None:
        # Sessions a little before the screening still count towards a repeat after it.
        earliest = since - timedelta(days=HIGH_PAIN_WINDOW_DAYS)
        rows = rows.filter(session__started_at__gt=earliest)
    return [
        ExerciseResult(
            row.exercise_id,
            row.session.started_at,
            row.session.performed_on,
            row.stop_reason,
            row.peak_pain,
        )
        for row in rows
    ]


def _refer_events(*, user: User, since: datetime | None) -> list[RescreenEvent]:
    """Return an event for each progression decision that advised a clinician's check."""
    rows = DoseChange.objects.filter(user=user, decision="refer")
    if since is not None:
        rows = rows.filter(created_at__gt=since)
    return [
        RescreenEvent(RescreenReason.REFER, at, exercise_id)
        for at, exercise_id in rows.values_list("created_at", "exercise_id")
    ]


def _review_events(*, user: User, today: date) -> list[RescreenEvent]:
    """Return the week 4-6 event when pain and function have not changed meaningfully."""
    # Imported here: the plan and tracking apps may come to read the gate themselves.
    from scapula.core.outcomes import function_trend, pain_trend
    from scapula.plans.selectors import current_plan, week_of
    from scapula.tracking.selectors import function_check_ins, has_neck_pain, pain_readings

    stored = current_plan(user=user)
    if stored is None:
        return []
    starts_at = timezone.make_aware(datetime.combine(review_start(stored.starts_on), time.min))
    if starts_at.date() > today:
        return []  # before week 4 the review cannot be due: no need to read the outcomes
    trend = pain_trend(pain_readings(user=user), today, neck=has_neck_pain(user=user))
    return review_event(
        week=week_of(stored, today),
        review_starts_at=starts_at,
        pain_improved=trend.is_meaningful,
        function_improved=function_trend(function_check_ins(user=user)).is_meaningful,
    )
