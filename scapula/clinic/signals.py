"""Keep each clinic patient's summary and alerts current, inside the transaction that writes.

Receivers run in the writing transaction (post_save and post_delete are sent before it
commits), so a rolled-back write leaves the summary and alerts as they were. In personal
mode, and for anyone who is not a clinic patient, they return before any query.
"""

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db.models import Model, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from scapula.accounts.models import User
from scapula.clinic.alerts import flag_drafts, raise_alerts, screening_drafts, stop_drafts
from scapula.clinic.models import PatientSummary
from scapula.clinic.summary import keeps_summary, refresh_summary
from scapula.core import Mode
from scapula.plans.models import StoredPlan
from scapula.practice.models import DoseChange, PracticeExercise, PracticeSession
from scapula.practice.signals import session_stored
from scapula.screening.models import Clearance, Screening
from scapula.tracking.models import OutcomeCheckIn, PainEntry

WATCHED: tuple[type[Model], ...] = (
    PracticeSession,
    PracticeExercise,
    PainEntry,
    Screening,
    Clearance,
    DoseChange,
    StoredPlan,
    OutcomeCheckIn,
)


def _patient_of(instance: Any) -> User | None:
    """The clinic patient whose record this is, or None (personal mode costs no query)."""
    if settings.SCAPULA_MODE is not Mode.CLINIC:
        return None
    owner_field = type(instance)._meta.get_field("user")
    if owner_field.is_cached(instance):
        patient = instance.user
    else:
        patient = User.objects.filter(pk=instance.user_id).first()
    return patient if patient is not None and keeps_summary(patient) else None


def on_write(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """A record was stored: rebuild the patient's summary, and alert on a warning sign."""
    patient = _patient_of(instance)
    if patient is None:
        return
    if sender is Screening and kwargs.get("created"):
        raise_alerts(patient, screening_drafts(instance))
    _rebuild(patient)


# A query set's delete sends post_delete for each row once all rows of that model are gone,
# so one rebuild per query set, model and patient sees the final state: deleting a year
# of records costs a few rebuilds, not one per row.
_rebuilt_after: "weakref.WeakKeyDictionary[QuerySet[Any], set[tuple[str, int]]]" = (
    weakref.WeakKeyDictionary()
)


def on_delete(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """A record went: rebuild an existing summary (never make one for an account going away)."""
    if settings.SCAPULA_MODE is not Mode.CLINIC:
        return
    origin = kwargs.get("origin")
    if isinstance(origin, QuerySet):
        done = _rebuilt_after.setdefault(origin, set())
        if (sender._meta.label, instance.user_id) in done:
            return
        done.add((sender._meta.label, instance.user_id))
    patient = _patient_of(instance)
    waiting = _deferred.get()
    if patient is not None and waiting is not None:
        waiting[patient.pk] = patient
    elif patient is not None and PatientSummary.objects.filter(user=patient).exists():
        refresh_summary(patient, timezone.localdate())


def on_session_stored(sender: type[Model], session: PracticeSession, **kwargs: Any) -> None:
    """A whole session is stored: alert on each stop for pain, then rebuild the summary."""
    patient = _patient_of(session)
    if patient is None:
        return
    raise_alerts(patient, stop_drafts(session))
    _rebuild(patient)


# Patients whose rebuild waits for the end of a bulk write (an import), or None.
_deferred: ContextVar[dict[int, User] | None] = ContextVar("deferred_summaries", default=None)


@contextmanager
def deferred_summaries() -> Iterator[None]:
    """Rebuild each summary once at the end of a bulk write, not once per row it writes.

    An import writes a check-in before its ratings and a session before its exercises; a
    rebuild in between would read half a record. At the end, every record is there.
    """
    if _deferred.get() is not None:
        yield
        return
    token = _deferred.set({})
    try:
        yield
        waiting = _deferred.get() or {}
    finally:
        _deferred.reset(token)
    for patient in waiting.values():
        _rebuild(patient)


def _rebuild(patient: User) -> None:
    """Rebuild the summary, and alert on a flag the write has just raised."""
    waiting = _deferred.get()
    if waiting is not None:
        waiting[patient.pk] = patient
        return
    today = timezone.localdate()
    before = PatientSummary.objects.filter(user=patient).values_list("flags", flat=True).first()
    summary = refresh_summary(patient, today)
    raise_alerts(patient, flag_drafts(before or [], summary.flags, today))


def connect() -> None:
    """Connect the receivers (ClinicConfig.ready); a repeat connects nothing twice."""
    for model in WATCHED:
        post_save.connect(on_write, sender=model, dispatch_uid=f"summary-save-{model.__name__}")
        post_delete.connect(on_delete, sender=model, dispatch_uid=f"summary-del-{model.__name__}")
    session_stored.connect(on_session_stored, dispatch_uid="summary-session-stored")
