"""Writes for practice: store a session exactly once per client key."""

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core import ScapulaError
from scapula.plans.models import StoredPlan
from scapula.practice.models import PracticeExercise, PracticeSession
from scapula.practice.signals import session_stored
from scapula.tracking.models import PainEntry

# A device clock a little ahead of the server's is normal; a day ahead is a wrong clock.
CLOCK_SLACK = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class ExerciseResult:
    """What the player reports for one exercise."""

    exercise_id: str
    status: str
    peak_pain: int | None = None
    stop_reason: str = ""
    steps_done: int = 0


@dataclass(frozen=True, slots=True)
class SessionReport:
    """What the player reports for a whole session."""

    key: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    pain_before: int | None
    pain_after: int | None
    exercises: tuple[ExerciseResult, ...]
    plan_id: int | None = None


def record_session(
    *, user: User, report: SessionReport, now: datetime
) -> tuple[PracticeSession, bool]:
    """Store the session, or return the one already stored under its key (created=False).

    The session counts for the day it was started on in the person's time zone, not the
    day it reached the server: the offline player often syncs it the next morning.
    """
    existing = PracticeSession.objects.filter(user=user, key=report.key).first()
    if existing is not None:
        return existing, False
    _check(user, report)
    report = replace(
        report,
        started_at=_aware(report.started_at),
        ended_at=_aware(report.ended_at) if report.ended_at else None,
    )
    performed_on = _day_started(report, now)
    try:
        with transaction.atomic():
            return _create(user, report, performed_on), True
    except IntegrityError:
        # The same key arrived twice at once: the other request stored it.
        return PracticeSession.objects.get(user=user, key=report.key), False


def _check(user: User, report: SessionReport) -> None:
    """Refuse unknown exercises and a plan that is not the user's, naming the field."""
    if (
        report.plan_id is not None
        and not StoredPlan.objects.filter(user=user, pk=report.plan_id).exists()
    ):
        raise ScapulaError(f"unknown plan {report.plan_id}", field="plan_id")
    catalog_ids = set(shipped_catalog().ids)
    for index, item in enumerate(report.exercises):
        if item.exercise_id not in catalog_ids:
            raise ScapulaError(
                f"unknown exercise {item.exercise_id!r}", field=f"exercises.{index}.exercise"
            )


def _aware(moment: datetime) -> datetime:
    """Read a time without an offset as the person's local time."""
    if timezone.is_aware(moment):
        return moment
    return timezone.make_aware(moment)


def _day_started(report: SessionReport, now: datetime) -> date:
    """Return the local day the session started; refuse a start in the future or out of range."""
    try:
        started = timezone.localtime(report.started_at)
    except (OverflowError, ValueError):
        raise ScapulaError("is not a date-time scapula can use", field="started_at") from None
    if report.started_at > now + CLOCK_SLACK:
        raise ScapulaError("is in the future; check the device's clock", field="started_at")
    if report.ended_at is not None and report.ended_at < report.started_at:
        raise ScapulaError("is before started_at", field="ended_at")
    return started.date()


def _create(user: User, report: SessionReport, performed_on: date) -> PracticeSession:
    plan = (
        StoredPlan.objects.get(user=user, pk=report.plan_id) if report.plan_id is not None else None
    )
    session = PracticeSession.objects.create(
        user=user,
        key=report.key,
        started_at=report.started_at,
        ended_at=report.ended_at,
        performed_on=performed_on,
        status=report.status,
        pain_before=report.pain_before,
        pain_after=report.pain_after,
        plan=plan,
    )
    PracticeExercise.objects.bulk_create(
        PracticeExercise(
            user=user,
            session=session,
            order=index,
            exercise_id=item.exercise_id,
            status=item.status,
            peak_pain=item.peak_pain,
            stop_reason=item.stop_reason,
            steps_done=item.steps_done,
        )
        for index, item in enumerate(report.exercises)
    )
    _diary_entries(user, report, performed_on)
    session_stored.send(sender=PracticeSession, session=session)
    return session


def _diary_entries(user: User, report: SessionReport, day: date) -> None:
    """Put the pains given in the player into the pain diary, so progress sees them at once."""
    peaks = [item.peak_pain for item in report.exercises if item.peak_pain is not None]
    for context, score in (
        ("before", report.pain_before),
        ("peak", max(peaks, default=None)),
        ("after", report.pain_after),
    ):
        if score is not None:
            PainEntry.objects.create(user=user, score=score, context=context, recorded_on=day)
