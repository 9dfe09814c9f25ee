"""Sessions already done, in words a person reads: the history page, its detail and the summary."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.session import ExerciseStatus
from scapula.core.session.history import exercise_words, session_words, stop_words
from scapula.practice.models import PracticeExercise, PracticeSession


@dataclass(frozen=True, slots=True)
class PastExercise:
    """One exercise of a past session: how it ended, its worst pain and why it stopped."""

    name: str
    status: str
    status_words: str
    peak_pain: int | None
    stop_reason: str
    is_warning_sign: bool


@dataclass(frozen=True, slots=True)
class PastSession:
    """A past session with its exercises, ready to show."""

    id: int
    performed_on: date
    started_at: datetime
    minutes: int | None
    status: str
    status_words: str
    pain_before: int | None
    pain_after: int | None
    exercises: tuple[PastExercise, ...]

    @property
    def done(self) -> int:
        """How many of its exercises were done in full."""
        return sum(1 for e in self.exercises if e.status == ExerciseStatus.DONE)

    @property
    def stops(self) -> tuple[PastExercise, ...]:
        """The exercises stopped because they hurt, in order."""
        return tuple(e for e in self.exercises if e.status == ExerciseStatus.STOPPED)


@dataclass(frozen=True, slots=True)
class StopEvent:
    """A stop during a session: the day, the exercise, why and how much it hurt."""

    on: date
    session_id: int
    exercise: PastExercise


def session_history(*, user: User, limit: int = 100) -> list[PastSession]:
    """Return the person's latest sessions, newest first, in two queries."""
    sessions = (
        PracticeSession.objects.filter(user=user)
        .prefetch_related("exercises")
        .order_by("-started_at", "-id")[:limit]
    )
    return [_past(session) for session in sessions]


def past_session(*, user: User, session_id: int) -> PastSession:
    """Return one of the person's sessions (PracticeSession.DoesNotExist for anyone else's)."""
    session = PracticeSession.objects.prefetch_related("exercises").get(user=user, pk=session_id)
    return _past(session)


def stops_since(*, user: User, since: date) -> list[StopEvent]:
    """Return every exercise stopped since a day, newest first, in one query."""
    rows = (
        PracticeExercise.objects.filter(
            user=user, status=ExerciseStatus.STOPPED, session__performed_on__gte=since
        )
        .select_related("session")
        .order_by("-session__started_at", "order")
    )
    return [StopEvent(row.session.performed_on, row.session_id, _exercise(row)) for row in rows]


def _past(session: PracticeSession) -> PastSession:
    minutes = None
    if session.ended_at is not None:
        minutes = max(1, round((session.ended_at - session.started_at).total_seconds() / 60))
    return PastSession(
        id=session.pk,
        performed_on=session.performed_on,
        started_at=timezone.localtime(session.started_at),
        minutes=minutes,
        status=session.status,
        status_words=session_words(session.status),
        pain_before=session.pain_before,
        pain_after=session.pain_after,
        exercises=tuple(_exercise(row) for row in session.exercises.all()),
    )


def _exercise(row: PracticeExercise) -> PastExercise:
    reason, warning = stop_words(row.stop_reason) if row.stop_reason else ("", False)
    return PastExercise(
        name=exercise_name(row.exercise_id),
        status=row.status,
        status_words=exercise_words(row.status),
        peak_pain=row.peak_pain,
        stop_reason=reason,
        is_warning_sign=warning,
    )


def exercise_name(exercise_id: str) -> str:
    """The exercise's name; one since removed from the catalog reads as its id in words."""
    try:
        return shipped_catalog().get(exercise_id).name
    except KeyError:
        return exercise_id.replace("_", " ").capitalize()
