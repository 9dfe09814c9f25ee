"""Writes for tracking: record a pain entry after checking every field."""

from collections.abc import Sequence
from datetime import date

from django.db import transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import (
    PAIN_CONTEXTS,
    PAIN_SITES,
    check_activities,
    check_groc,
    check_rating,
)
from scapula.tracking.models import (
    SIDES,
    ActivityRating,
    OutcomeCheckIn,
    PainEntry,
    PsfsActivity,
)


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
    check_pain_entry(score=score, context=context, site=site, side=side)
    return PainEntry.objects.create(
        user=user,
        score=score,
        context=context,
        site=site,
        side=side,
        note=note.strip()[:1000],
        recorded_on=today,
    )


def check_pain_entry(*, score: object, context: str, site: str = "", side: str = "") -> None:
    """Refuse a score outside 0-10 or an unknown context, site or side, naming the field."""
    PAIN_SCALE.check(score, field="score")
    _check_word("context", context, PAIN_CONTEXTS, optional=False)
    _check_word("site", site, PAIN_SITES)
    _check_word("side", side, SIDES)


def _check_word(field: str, value: str, allowed: tuple[str, ...], *, optional: bool = True) -> None:
    """Refuse a word outside its list, naming the field (empty is fine when optional)."""
    if value in allowed or (optional and value == ""):
        return
    raise ScapulaError(f"unknown value {value!r}; use one of: {', '.join(allowed)}", field=field)


@transaction.atomic
def record_check_in(
    *, user: User, ratings: Sequence[tuple[str, object]], groc: object, today: date
) -> OutcomeCheckIn:
    """Store a PSFS (and GROC) check-in; the first one names the activities for good."""
    activities = list(PsfsActivity.objects.select_for_update().filter(user=user))
    names = check_activities([name for name, _score in ratings])
    scores = [check_rating(score, f"ratings.{name}") for name, score in ratings]
    if activities:
        _check_same_activities(activities, names)
        check_in = OutcomeCheckIn.objects.create(user=user, taken_on=today, groc=check_groc(groc))
    else:
        if groc is not None:
            # There is nothing to compare with yet; a value here would mean nothing.
            raise ScapulaError("leave empty at the first check-in", field="groc")
        activities = [
            PsfsActivity.objects.create(user=user, name=name, position=index)
            for index, name in enumerate(names)
        ]
        check_in = OutcomeCheckIn.objects.create(user=user, taken_on=today, groc=None)
    by_name = {activity.name.casefold(): activity for activity in activities}
    ActivityRating.objects.bulk_create(
        ActivityRating(user=user, check_in=check_in, activity=by_name[name.casefold()], score=score)
        for name, score in zip(names, scores, strict=True)
    )
    return check_in


def _check_same_activities(activities: list[PsfsActivity], names: tuple[str, ...]) -> None:
    """Re-rate exactly the activities named at the first check-in, as the PSFS asks."""
    expected = {activity.name.casefold(): activity.name for activity in activities}
    given = {name.casefold() for name in names}
    missing = [name for key, name in expected.items() if key not in given]
    extra = [name for name in names if name.casefold() not in expected]
    if missing or extra:
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"not named before: {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise ScapulaError(f"rate the same activities as before ({detail})", field="ratings")


def correct_pain_entry(*, user: User, entry_id: int, score: object) -> PainEntry:
    """Change the score of one of the user's entries (never another user's)."""
    entry = _own_entry(user, entry_id)
    entry.score = PAIN_SCALE.check(score, field="score")
    entry.save(update_fields=["score"])
    return entry


def delete_pain_entry(*, user: User, entry_id: int) -> None:
    """Remove one of the user's entries (never another user's)."""
    _own_entry(user, entry_id).delete()


def _own_entry(user: User, entry_id: int) -> PainEntry:
    entry = PainEntry.objects.filter(user=user, pk=entry_id).first()
    if entry is None:
        raise ScapulaError(f"no pain entry {entry_id} of yours", field="entry")
    return entry
