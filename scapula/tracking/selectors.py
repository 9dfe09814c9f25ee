"""Reads for tracking: the pain readings of a user, and their trend."""

from datetime import date

from scapula.accounts.models import User
from scapula.core.outcomes import PainReading, PainTrend, pain_trend
from scapula.tracking.models import PainEntry


def pain_trend_for(*, user: User, today: date) -> PainTrend:
    """Return the user's pain trend against their baseline."""
    readings = [entry.to_core() for entry in PainEntry.objects.filter(user=user)]
    return pain_trend(readings, today)


def pain_readings(*, user: User) -> list[PainReading]:
    """Return every pain reading of the user, oldest first."""
    return [entry.to_core() for entry in PainEntry.objects.filter(user=user)]
