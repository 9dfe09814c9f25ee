"""Reads for screening: the latest results and today's exercise gate."""

from datetime import date

from scapula.accounts.models import User
from scapula.core.screening import Gate, check_gate, exercise_gate, with_rescreen
from scapula.screening.events import pending_rescreen
from scapula.screening.models import Screening


def latest_full_screening(*, user: User) -> Screening | None:
    """Return the user's most recent full screening, if any."""
    return (
        Screening.objects.filter(user=user, is_recheck=False).order_by("-created_at", "-id").first()
    )


def gate_for(*, user: User, today: date) -> Gate:
    """Return whether exercise may be guided for this user today, and if not, why."""
    rows = list(Screening.objects.filter(user=user).order_by("created_at", "id"))
    # The latest full screening is in the history already: no second query for it.
    full = next((row for row in reversed(rows) if not row.is_recheck), None)
    is_cleared = full is not None and full.clearances.exists()
    gate = exercise_gate([row.to_core() for row in rows], is_cleared=is_cleared, today=today)
    if gate not in (Gate.OPEN, Gate.RECHECK_DUE):
        return gate  # already closed for a stronger reason: the practice records need no read
    screened_at = full.created_at if full is not None else None
    pending = pending_rescreen(user=user, today=today, screened_at=screened_at)
    return with_rescreen(gate, is_rescreen_due=bool(pending))


def require_open_gate(*, user: User, today: date) -> None:
    """Raise ExerciseLockedError, with the reason, unless exercise may be guided today."""
    check_gate(gate_for(user=user, today=today))


def is_gate_open(*, user: User, today: date) -> bool:
    """Return whether exercise may be guided today (for doors that go quiet, not refuse)."""
    return gate_for(user=user, today=today) is Gate.OPEN


def screening_of(*, user: User, screening_id: int) -> Screening | None:
    """Return one of the user's screenings (never another user's)."""
    return Screening.objects.filter(user=user, pk=screening_id).first()


def latest_screening(*, user: User) -> Screening | None:
    """Return the user's most recent screening of either kind."""
    return Screening.objects.filter(user=user).order_by("-created_at", "-id").first()
