"""Pain alerts: a stop for pain or a warning sign in a safety check tells the patient's clinician.

An alert is written in the same transaction as the record that raised it, once per source
(the unique source means a repeat never alerts twice). The e-mail goes after the commit
and says only that a patient needs a look: no name, no symptom, no diagnosis, since
e-mail is not a safe place for health details; the workspace shows the rest.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from scapula.accounts.models import User
from scapula.clinic.models import Alert
from scapula.core.outcomes.flags import LABELS, FlagKind, is_red_flag, stop_kind
from scapula.core.progression.rules import ACCEPTABLE_PEAK
from scapula.core.session import ExerciseStatus
from scapula.core.session.history import stop_words
from scapula.practice.history import exercise_name
from scapula.practice.models import PracticeExercise, PracticeSession
from scapula.screening.models import Screening

PAIN_STOP, RED_FLAG, NEW_FLAG = "pain_stop", "red_flag", "flag"
KIND_WORDS = {
    PAIN_STOP: "Stopped with pain",
    RED_FLAG: "Safety check needs a look",
    NEW_FLAG: "New flag",
}
# Flags that a write can raise and that no other alert covers (stops and safety checks
# alert on their own; "no session in 7 days" comes with no write at all).
ALERTING_FLAGS = (FlagKind.PAIN_WORSE, FlagKind.NO_CHANGE)
PAIN_ABOVE_5 = "pain above 5"
EMAIL_SUBJECT = "scapula: a patient needs a look"
EMAIL_BODY = (
    "A patient of yours needs a look: a session stopped with pain, a safety check, or a "
    "new flag.\n\nOpen the scapula workspace to see who and what happened.\n"
)


@dataclass(frozen=True, slots=True)
class AlertDraft:
    """An alert still to be stored: its kind, its words and what raised it."""

    kind: str
    message: str
    source: str


def is_pain_stop(row: PracticeExercise) -> bool:
    """Sharp or catching pain, pain above 5 (said or scored), numbness, tingling or dizziness."""
    if row.status != ExerciseStatus.STOPPED:
        return False
    scored_high = row.peak_pain is not None and row.peak_pain > ACCEPTABLE_PEAK
    return scored_high or row.stop_reason == PAIN_ABOVE_5 or stop_kind(row.stop_reason) is not None


def stop_drafts(session: PracticeSession) -> list[AlertDraft]:
    """One draft per exercise of the session stopped for pain or a warning sign."""
    drafts = []
    for row in session.exercises.all():
        if is_pain_stop(row):
            reason = stop_words(row.stop_reason)[0] if row.stop_reason else "no reason given"
            pain = f", pain {row.peak_pain} out of 10" if row.peak_pain is not None else ""
            message = (
                f"Stopped {exercise_name(row.exercise_id)} on {session.performed_on:%d %b}: "
                f"{reason.lower()}{pain}."
            )
            drafts.append(AlertDraft(PAIN_STOP, message[:300], f"stop:{row.pk}"))
    return drafts


def screening_drafts(screening: Screening) -> list[AlertDraft]:
    """A draft for a safety check whose answers call for a clinician, urgent care or help now."""
    if not is_red_flag(screening.disposition, cleared=False):
        return []
    kind = "weekly re-check" if screening.is_recheck else "safety check"
    message = f"The {kind} of {screening.screened_on:%d %b} needs a clinician's look."
    return [AlertDraft(RED_FLAG, message, f"screening:{screening.pk}")]


def flag_drafts(before: Iterable[str], now: Iterable[str], today: date) -> list[AlertDraft]:
    """A draft for each alerting flag the patient did not have before this write."""
    earlier = set(before)
    return [
        AlertDraft(NEW_FLAG, f"{LABELS[kind]} ({today:%d %b}).", f"flag:{kind.value}:{today}")
        for kind in ALERTING_FLAGS
        if kind.value in set(now) and kind.value not in earlier
    ]


def raise_alerts(patient: User, drafts: Iterable[AlertDraft]) -> list[Alert]:
    """Store the drafts not stored before, for the patient's clinician, and e-mail them once."""
    drafts = list(drafts)
    if not drafts:
        return []
    known = set(
        Alert.objects.filter(user=patient, source__in=[d.source for d in drafts]).values_list(
            "source", flat=True
        )
    )
    clinician = patient.clinician
    created = []
    for draft in drafts:
        if draft.source in known:
            continue
        try:
            # A savepoint: if a concurrent write stored the same alert first, the
            # patient's own write still goes through.
            with transaction.atomic():
                created.append(
                    Alert.objects.create(
                        user=patient,
                        clinician=clinician,
                        kind=draft.kind,
                        message=draft.message,
                        source=draft.source,
                    )
                )
        except IntegrityError:
            continue
    if created and clinician is not None and clinician.email:
        address = clinician.email
        transaction.on_commit(lambda: _send(address), robust=True)
    return created


def _send(address: str) -> None:
    # An unreachable mail server must not undo or fail the patient's write: the alert is
    # stored and shown in the workspace whatever happens to the e-mail.
    send_mail(EMAIL_SUBJECT, EMAIL_BODY, None, [address], fail_silently=True)


def alerts_of(patient: User) -> QuerySet[Alert]:
    """Return the patient's alerts, newest first."""
    return Alert.objects.filter(user=patient)


def mark_seen(*, patient: User, alert_id: int, now: datetime) -> bool:
    """Mark one of the patient's alerts seen; False if there is no such unseen alert."""
    updated = Alert.objects.filter(user=patient, pk=alert_id, seen_at__isnull=True).update(
        seen_at=now
    )
    return updated == 1


def kind_words(kind: str) -> str:
    """An alert's kind in words."""
    return KIND_WORDS.get(kind, kind)
