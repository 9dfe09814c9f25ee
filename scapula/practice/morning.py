"""The next-morning pain score: stored once per day, then the progression rules run.

Every door (the web one-tap check, `POST /api/pain` with the context "morning", and
`scapula log pain N --when morning`) calls `record_morning_pain`, so a score gives the
same dose changes whichever way it arrives.
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from scapula.accounts.models import User
from scapula.practice.models import DoseChange
from scapula.practice.progress import review_progress
from scapula.tracking.models import PainEntry
from scapula.tracking.services import check_pain_entry, record_pain

MORNING = "morning"


@dataclass(frozen=True, slots=True)
class MorningResult:
    """The stored morning score and the dose changes the review made today (if it ran now)."""

    entry: PainEntry
    changes: tuple[DoseChange, ...]
    is_new: bool


@transaction.atomic
def record_morning_pain(
    *, user: User, score: int, today: date, site: str = "", side: str = "", note: str = ""
) -> MorningResult:
    """Store this morning's pain (a repeat of the same day keeps the first) and review doses."""
    existing = PainEntry.objects.filter(user=user, context=MORNING, recorded_on=today).first()
    if existing is not None:
        # One morning score per day: the review has run on it already, so nothing changes.
        check_pain_entry(score=score, context=MORNING, site=site, side=side)
        return MorningResult(existing, (), is_new=False)
    entry = record_pain(
        user=user, score=score, context=MORNING, today=today, site=site, side=side, note=note
    )
    return MorningResult(entry, tuple(review_progress(user=user, today=today)), is_new=True)
