"""Reads for screening: the latest results and today's exercise gate."""

from datetime import date

from scapula.accounts.models import User
from scapula.core.screening import Gate, exercise_gate
from scapula.screening.models import Screening


def latest_full_screening(*, user: User) -> Screening | None:
    """Return the user's most recent full screening, if any."""
    return (
        Screening.objects.filter(user=user, is_recheck=False).order_by("-created_at", "-id").first()
    )


def gate_for(*, user: User, today: date) -> Gate:
    """Return whether exercise may be guided for this user today, and if not, why."""
    history = [
        s.to_core() for s in Screening.objects.filter(user=user).order_by("created_at", "id")
    ]
    full = latest_full_screening(user=user)
    is_cleared = full is not None and full.clearances.exists()
    return exercise_gate(history, is_cleared=is_cleared, today=today)


def screening_of(*, user: User, screening_id: int) -> Screening | None:
    """Return one of the user's screenings (never another user's)."""
    return Screening.objects.filter(user=user, pk=screening_id).first()


def latest_screening(*, user: User) -> Screening | None:
    """Return the user's most recent screening of either kind."""
    return Screening.objects.filter(user=user).order_by("-created_at", "-id").first()
