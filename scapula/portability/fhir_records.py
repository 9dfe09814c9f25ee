"""Gather one person's records as the plain values the FHIR mapping writes."""

from datetime import date, datetime

from django.db.models import Prefetch
from django.utils import timezone

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose
from scapula.core.catalog.describe import describe_dose
from scapula.core.fhir import (
    CheckInValue,
    ClearanceValue,
    DoseChangeValue,
    ExerciseResultValue,
    PainValue,
    PersonRecords,
    PlanValue,
    RoutineValue,
    ScreeningValue,
    SessionValue,
)
from scapula.plans.selectors import current_plan
from scapula.practice.models import DoseChange, PracticeSession
from scapula.practice.today import routine_of
from scapula.screening.models import Screening
from scapula.tracking.models import ActivityRating, OutcomeCheckIn, PainEntry
from scapula.tracking.selectors import psfs_activities


def person_records(*, user: User, today: date) -> PersonRecords:
    """Return everything of the person's that the FHIR export holds (one account only)."""
    plan = _plan(user, today)
    return PersonRecords(
        name=user.first_name,
        activities=tuple(psfs_activities(user=user)),
        pains=_pains(user),
        check_ins=_check_ins(user),
        screenings=_screenings(user),
        plan=plan,
        sessions=_sessions(user, plan_id=int(plan.key) if plan else None),
    )


def _local(moment: datetime) -> datetime:
    """A stored moment in the person's time zone, so the export reads in local time."""
    return timezone.localtime(moment)


def _on_day(day: date, moment: datetime) -> datetime:
    """When answers were given: the day they count for, at the time they were stored.

    The two agree whenever the person answered on the day (every door stores today); the
    day wins otherwise, so an import gives each answer back the day it counts for.
    """
    local = _local(moment)
    return local.replace(year=day.year, month=day.month, day=day.day)


def _pains(user: User) -> tuple[PainValue, ...]:
    return tuple(
        PainValue(
            key=str(entry.pk),
            score=entry.score,
            context=entry.context,
            day=entry.recorded_on,
            recorded_at=_local(entry.created_at),
            site=entry.site,
            side=entry.side,
            note=entry.note,
        )
        for entry in PainEntry.objects.filter(user=user)
    )


def _check_ins(user: User) -> tuple[CheckInValue, ...]:
    rows = OutcomeCheckIn.objects.filter(user=user).prefetch_related(
        Prefetch("ratings", queryset=ActivityRating.objects.select_related("activity"))
    )
    return tuple(
        CheckInValue(
            key=str(row.pk),
            taken_at=_on_day(row.taken_on, row.created_at),
            ratings=tuple((rating.activity.name, rating.score) for rating in row.ratings.all()),
            groc=row.groc,
        )
        for row in rows
    )


def _screenings(user: User) -> tuple[ScreeningValue, ...]:
    rows = Screening.objects.filter(user=user).prefetch_related("clearances")
    return tuple(
        ScreeningValue(
            key=str(row.pk),
            answered_at=_on_day(row.screened_on, row.created_at),
            is_recheck=row.is_recheck,
            answers={str(key): bool(value) for key, value in row.answers.items()},
            disposition=row.disposition,
            clearances=tuple(
                ClearanceValue(clearance.cleared_by, clearance.cleared_on, clearance.note)
                for clearance in row.clearances.all()
            ),
        )
        for row in rows.order_by("created_at", "id")
    )


def _plan(user: User, today: date) -> PlanValue | None:
    stored = current_plan(user=user)
    if stored is None:
        return None
    routine = routine_of(stored, user=user, today=today)
    items: dict[str, RoutineValue] = {}
    for item in routine.items:
        # A replacement can be an exercise the routine has already: one definition each.
        items.setdefault(
            item.exercise.id,
            RoutineValue(
                exercise_id=item.exercise.id,
                name=item.exercise.name,
                dose=item.dose,
                dose_words=describe_dose(item.dose),
                why=item.why,
                variant=item.variant or "",
            ),
        )
    return PlanValue(
        key=str(stored.pk),
        starts_on=stored.starts_on,
        created_at=_local(stored.created_at),
        profile=stored.profile,
        phase=routine.phase.name,
        routine=tuple(items.values()),
        dose_changes=_dose_changes(user),
    )


def _dose_changes(user: User) -> tuple[DoseChangeValue, ...]:
    rows = DoseChange.objects.filter(user=user).order_by("decided_on", "id")
    return tuple(
        DoseChangeValue(
            exercise_id=row.exercise_id,
            decision=row.decision,
            reason=row.reason,
            source=row.source,
            dose=Dose.from_dict(row.dose),
            decided_on=row.decided_on,
            variant=row.variant,
            switch_to=row.switch_to,
        )
        for row in rows
    )


def _sessions(user: User, *, plan_id: int | None) -> tuple[SessionValue, ...]:
    catalog = shipped_catalog()
    known = set(catalog.ids)
    rows = (
        PracticeSession.objects.filter(user=user)
        .prefetch_related("exercises")
        .order_by("started_at", "id")
    )
    return tuple(
        SessionValue(
            key=row.key,
            started_at=_local(row.started_at),
            status=row.status,
            ended_at=_local(row.ended_at) if row.ended_at else None,
            pain_before=row.pain_before,
            pain_after=row.pain_after,
            exercises=tuple(
                ExerciseResultValue(
                    exercise_id=item.exercise_id,
                    status=item.status,
                    peak_pain=item.peak_pain,
                    stop_reason=item.stop_reason,
                    steps_done=item.steps_done,
                    name=catalog.get(item.exercise_id).name if item.exercise_id in known else "",
                )
                for item in row.exercises.all()
            ),
            in_plan=plan_id is not None and row.plan_id == plan_id,
        )
        for row in rows
    )
