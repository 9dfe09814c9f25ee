"""Writes for tracking: record a pain entry after checking every field."""

from datetime import date

from django.db import transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.outcomes import PAIN_CONTEXTS, PAIN_SITES
from scapula.tracking.models import SIDES, PainEntry


@transaction.atomic
def record_pain(
    *,
    user: User,
    score: int,
    context: str,
    today: date,
    site: str = "",
    side: str = "",
    note: str = "",
) -> PainEntry:
    """Store one pain score; a value out of range or an unknown word is named."""
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
        raise ScapulaError(f"must be a whole number from 0 to 10, got {score!r}", field="score")
    _check_word("context", context, PAIN_CONTEXTS, optional=False)
    _check_word("site", site, PAIN_SITES)
    _check_word("side", side, SIDES)
    return PainEntry.objects.create(
        user=user,
        score=score,
        context=context,
        site=site,
        side=side,
        note=note.strip()[:1000],
        recorded_on=today,
    )


def _check_word(field: str, value: str, allowed: tuple[str, ...], *, optional: bool = True) -> None:
    """Refuse a word outside its list, naming the field (empty is fine when optional)."""
    if value in allowed or (optional and value == ""):
        return
    raise ScapulaError(f"unknown value {value!r}; use one of: {', '.join(allowed)}", field=field)
