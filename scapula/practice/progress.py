"""Apply the progression rules after a next-morning check-in: the next session's doses."""

from datetime import date, timedelta

from django.db import transaction

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose
from scapula.core.progression import SessionPain, decide
from scapula.plans.selectors import current_plan
from scapula.practice.models import DoseChange, PracticeExercise, PracticeSession
from scapula.practice.phases import plan_position
from scapula.tracking.models import PainEntry
from scapula.tracking.selectors import pain_trend_for


def current_dose(*, user: User, exercise_id: str, planned: Dose) -> Dose:
    """Return the dose the last decision set for an exercise, or the planned one."""
    change = DoseChange.objects.filter(user=user, exercise_id=exercise_id).first()
    return Dose.from_dict(change.dose) if change else planned


def exercise_history(*, user: User, exercise_id: str) -> list[SessionPain]:
    """Return every session of one exercise with its pains and the next morning's score."""
    rows = (
        PracticeExercise.objects.filter(user=user, exercise_id=exercise_id)
        .select_related("session")
        .order_by("session__started_at", "session__id")
    )
    mornings = {
        entry.recorded_on: entry.score
        for entry in PainEntry.objects.filter(user=user, context="morning")
    }
    return [
        SessionPain(
            row.session.performed_on,
            row.status == "done",
            row.session.pain_before,
            row.peak_pain,
            row.session.pain_after,
            mornings.get(row.session.performed_on + timedelta(days=1)),
        )
        for row in rows
    ]


def needs_morning_check_in(*, user: User, today: date) -> bool:
    """Ask once, on the first visit of the day after a session."""
    yesterday = today - timedelta(days=1)
    had_session = PracticeSession.objects.filter(user=user, performed_on=yesterday).exists()
    answered = PainEntry.objects.filter(user=user, context="morning", recorded_on=today).exists()
    return had_session and not answered


@transaction.atomic
def review_progress(*, user: User, today: date) -> list[DoseChange]:
    """Decide for each exercise of today's routine; store and return what changed."""
    stored = current_plan(user=user)
    if stored is None:
        return []
    catalog = shipped_catalog()
    baseline = pain_trend_for(user=user, today=today).baseline
    changes = []
    for item in plan_position(user=user, stored=stored, today=today).phase["routine"]:
        exercise = catalog.get(item["exercise"])
        dose = current_dose(
            user=user, exercise_id=exercise.id, planned=Dose.from_dict(item["dose"])
        )
        history = exercise_history(user=user, exercise_id=exercise.id)
        result = decide(exercise, dose, history, round(baseline) if baseline else None)
        if result.decision != "continue":
            changes.append(
                DoseChange.objects.create(
                    user=user,
                    exercise_id=exercise.id,
                    decision=result.decision,
                    reason=result.reason,
                    source=result.source,
                    dose=result.next_dose.as_dict(),
                    decided_on=today,
                )
            )
    return changes


def changes_on(*, user: User, day: date) -> list[DoseChange]:
    """Return the decisions made on a day, to show the person what changed and why."""
    return list(DoseChange.objects.filter(user=user, decided_on=day))


def recent_changes(*, user: User, limit: int = 10) -> list[DoseChange]:
    """Return the latest progression decisions, newest first."""
    return list(DoseChange.objects.filter(user=user)[:limit])
