"""Reads for tracking: the pain readings of a user, and their trend."""

from datetime import date

from django.db.models import Prefetch

from scapula.accounts.models import User
from scapula.core.outcomes import FunctionCheckIn, PainReading, PainTrend, pain_trend
from scapula.plans.selectors import current_plan
from scapula.tracking.models import ActivityRating, OutcomeCheckIn, PainEntry, PsfsActivity


def pain_trend_for(*, user: User, today: date) -> PainTrend:
    """Return the user's pain trend against their baseline (neck pain read from the plan)."""
    return pain_trend(pain_readings(user=user), today, neck=has_neck_pain(user=user))


def has_neck_pain(*, user: User) -> bool:
    """Return whether the latest self-assessment names the neck among the painful sites."""
    stored = current_plan(user=user)
    return stored is not None and "neck" in stored.profile.get("pain_sites", [])


def pain_readings(*, user: User) -> list[PainReading]:
    """Return every pain reading of the user, oldest first."""
    return [entry.to_core() for entry in PainEntry.objects.filter(user=user)]


def psfs_activities(*, user: User) -> list[str]:
    """Return the activities the person named, in their order (empty before the first)."""
    return list(PsfsActivity.objects.filter(user=user).values_list("name", flat=True))


def function_check_ins(*, user: User) -> list[FunctionCheckIn]:
    """Return every PSFS/GROC check-in of the user, oldest first, in two queries."""
    rows = OutcomeCheckIn.objects.filter(user=user).prefetch_related(
        Prefetch("ratings", queryset=ActivityRating.objects.select_related("activity"))
    )
    return [
        FunctionCheckIn(
            row.taken_on,
            tuple((rating.activity.name, rating.score) for rating in row.ratings.all()),
            row.groc,
        )
        for row in rows
    ]
