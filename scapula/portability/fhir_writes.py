"""Write the records read from a FHIR bundle, through the apps' own checks and services.

Each record keeps the moment it was first stored (its `created_at`), because the safety
gate and the pain baseline read the order of events, not only their days.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from django.db.models import Model
from django.utils import timezone

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.fhir import CheckInValue, PersonRecords, PlanValue, ScreeningValue, SessionValue
from scapula.plans.models import StoredPlan
from scapula.plans.services import create_plan
from scapula.practice.models import DoseChange, PracticeExercise, PracticeSession
from scapula.screening.models import Clearance, Screening
from scapula.screening.services import record_screening
from scapula.tracking.models import OutcomeCheckIn, PainEntry
from scapula.tracking.services import check_pain_entry, record_check_in

M = TypeVar("M", bound=Model)


def write_records(user: User, records: PersonRecords) -> None:
    """Store every record of the bundle for the user (the caller holds the transaction)."""
    for pain in records.pains:
        with _naming(pain.key):
            check_pain_entry(score=pain.score, context=pain.context, site=pain.site, side=pain.side)
            entry = PainEntry.objects.create(
                user=user,
                score=pain.score,
                context=pain.context,
                site=pain.site,
                side=pain.side,
                note=pain.note[:1000],
                recorded_on=pain.day,
            )
            _keep_moment(PainEntry, entry.pk, pain.recorded_at)
    for check_in in records.check_ins:
        _write_check_in(user, check_in)
    for screening in records.screenings:
        _write_screening(user, screening)
    plan = _write_plan(user, records.plan) if records.plan is not None else None
    for session in records.sessions:
        _write_session(user, session, plan=plan)


@contextmanager
def _naming(key: str) -> Iterator[None]:
    """Name the bundle entry an app's check refused, before the app's own field."""
    try:
        yield
    except ScapulaError as error:
        field = f"entry[{key}]" + (f" ({error.field})" if error.field else "")
        raise ScapulaError(error.message, field=field) from None


def _keep_moment(model: type[M], pk: int, moment: datetime) -> None:
    """Give a record back the moment it was first stored (creation stamps it with now)."""
    model._default_manager.filter(pk=pk).update(created_at=moment)


def _local_day(moment: datetime) -> Any:
    return timezone.localtime(moment).date()


def _write_check_in(user: User, check_in: CheckInValue) -> None:
    with _naming(check_in.key):
        stored = record_check_in(
            user=user,
            ratings=list(check_in.ratings),
            groc=check_in.groc,
            today=_local_day(check_in.taken_at),
        )
        _keep_moment(OutcomeCheckIn, stored.pk, check_in.taken_at)


def _write_screening(user: User, screening: ScreeningValue) -> None:
    with _naming(screening.key):
        stored = record_screening(
            user=user,
            answers=dict(screening.answers),
            today=_local_day(screening.answered_at),
            is_recheck=screening.is_recheck,
        )
        _keep_moment(Screening, stored.pk, screening.answered_at)
        for clearance in screening.clearances:
            if not clearance.cleared_by.strip():
                raise ScapulaError("say who cleared you (name or role)", field="cleared_by")
            Clearance.objects.create(
                user=user,
                screening=stored,
                cleared_by=clearance.cleared_by.strip()[:200],
                cleared_on=clearance.cleared_on,
                note=clearance.note,
            )


def _write_plan(user: User, plan: PlanValue) -> StoredPlan:
    """Build the program again from its profile, then replay its dose decisions."""
    with _naming(plan.key):
        stored = create_plan(user=user, profile=plan.profile, today=plan.starts_on)
        _keep_moment(StoredPlan, stored.pk, plan.created_at)
        for change in plan.dose_changes:
            DoseChange.objects.create(
                user=user,
                exercise_id=change.exercise_id,
                decision=change.decision,
                reason=change.reason,
                source=change.source[:200],
                dose=change.dose.as_dict(),
                decided_on=change.decided_on,
                variant=change.variant,
                switch_to=change.switch_to,
            )
    return stored


def _write_session(user: User, session: SessionValue, *, plan: StoredPlan | None) -> None:
    """Store a session as the player did, without its pains: they are Observations of their own."""
    stored = PracticeSession.objects.create(
        user=user,
        key=session.key,
        started_at=session.started_at,
        ended_at=session.ended_at,
        # The day it counts for is the local day it started on, as when it was first saved.
        performed_on=_local_day(session.started_at),
        status=session.status,
        pain_before=session.pain_before,
        pain_after=session.pain_after,
        plan=plan if session.in_plan else None,
    )
    PracticeExercise.objects.bulk_create(
        PracticeExercise(
            user=user,
            session=stored,
            order=index,
            exercise_id=item.exercise_id,
            status=item.status,
            peak_pain=item.peak_pain,
            stop_reason=item.stop_reason,
            steps_done=item.steps_done,
        )
        for index, item in enumerate(session.exercises)
    )
