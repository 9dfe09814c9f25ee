"""Apply the progression rules once a day, after the next-morning pain score: the next doses."""

from collections import defaultdict
from datetime import date, timedelta

from django.db import IntegrityError, transaction

from scapula.accounts.models import User
from scapula.core.progression import Decision, SessionPain, decide
from scapula.core.session import ExerciseStatus
from scapula.core.session.stops import calls_for_easier
from scapula.practice.models import DoseChange, PracticeExercise, PracticeSession, ProgressReview
from scapula.practice.today import todays_routine
from scapula.tracking.models import PainEntry
from scapula.tracking.selectors import pain_trend_for


def exercise_histories(*, user: User, exercise_ids: set[str]) -> dict[str, list[SessionPain]]:
    """Return each exercise's sessions with their pains and the next morning's score (2 queries)."""
    rows = (
        PracticeExercise.objects.filter(user=user, exercise_id__in=exercise_ids)
        .select_related("session")
        .order_by("session__started_at", "session__id")
    )
    mornings = {
        entry.recorded_on: entry.score
        for entry in PainEntry.objects.filter(user=user, context="morning")
    }
    histories: dict[str, list[SessionPain]] = defaultdict(list)
    for row in rows:
        histories[row.exercise_id].append(
            SessionPain(
                row.session.performed_on,
                row.status == ExerciseStatus.DONE,
                row.session.pain_before,
                row.peak_pain,
                row.session.pain_after,
                mornings.get(row.session.performed_on + timedelta(days=1)),
                stopped_for_pain=(
                    row.status == ExerciseStatus.STOPPED and calls_for_easier(row.stop_reason)
                ),
            )
        )
    return histories


def needs_morning_pain(*, user: User, today: date) -> bool:
    """Ask once, on the first visit of the day after a session."""
    yesterday = today - timedelta(days=1)
    had_session = PracticeSession.objects.filter(user=user, performed_on=yesterday).exists()
    answered = PainEntry.objects.filter(user=user, context="morning", recorded_on=today).exists()
    return had_session and not answered


def review_progress(*, user: User, today: date) -> list[DoseChange]:
    """Decide once per day for each exercise of today's routine; store and return the changes.

    A second review on the same day changes nothing: the day's decisions are already made,
    and deciding again on the same sessions would step a dose twice.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                ProgressReview.objects.create(user=user, reviewed_on=today)
        except IntegrityError:
            return []
        return _decide_today(user, today)


def _decide_today(user: User, today: date) -> list[DoseChange]:
    routine = todays_routine(user=user, today=today)
    if routine is None:
        return []
    trend = pain_trend_for(user=user, today=today)
    histories = exercise_histories(
        user=user, exercise_ids={item.exercise.id for item in routine.items}
    )
    changes = []
    for item in routine.items:
        history = histories.get(item.exercise.id, [])
        result = decide(
            item.exercise,
            item.dose,
            history,
            trend.baseline,
            variant=item.variant,
            recent_mean_pain=trend.recent_mean,
        )
        if result.decision != Decision.CONTINUE:
            changes.append(
                DoseChange.objects.create(
                    user=user,
                    exercise_id=item.exercise.id,
                    decision=result.decision,
                    reason=result.reason,
                    source=result.source,
                    dose=result.next_dose.as_dict(),
                    decided_on=today,
                    variant=result.next_variant or "",
                    switch_to=result.next_exercise or "",
                )
            )
    return changes


def changes_on(*, user: User, day: date) -> list[DoseChange]:
    """Return the decisions made on a day, to show the person what changed and why."""
    return list(DoseChange.objects.filter(user=user, decided_on=day))


def recent_changes(*, user: User, limit: int = 10) -> list[DoseChange]:
    """Return the latest progression decisions, newest first."""
    return list(DoseChange.objects.filter(user=user)[:limit])
