"""GET/POST /api/check-ins: the two-weekly PSFS and global-change check-ins."""

from typing import Annotated

from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core.limits import GROC_SCALE, PAIN_SCALE
from scapula.core.outcomes import FunctionCheckIn, check_in_due, function_trend, next_check_in
from scapula.tracking.selectors import function_check_ins, psfs_activities
from scapula.tracking.services import record_check_in

router = Router(tags=["check-ins"])

Score = Annotated[StrictInt, Field(ge=PAIN_SCALE.low, le=PAIN_SCALE.high)]


class RatingIn(Schema):
    """One activity and how able you are to do it now (0 = unable, 10 = as before)."""

    activity: str = Field(min_length=1, max_length=120)
    score: Score


class CheckInIn(Schema):
    """3-5 activity ratings; from the second check-in on, the same activities and a GROC."""

    ratings: list[RatingIn] = Field(min_length=1, max_length=5)
    groc: Annotated[StrictInt, Field(ge=GROC_SCALE.low, le=GROC_SCALE.high)] | None = None


class CheckInOut(Schema):
    taken_on: str
    psfs: float
    ratings: dict[str, int]
    groc: int | None


class CheckInsOut(Schema):
    """Every check-in, whether one is due, and the change in the activities score."""

    activities: list[str]
    due: bool
    next_due_on: str
    check_ins: list[CheckInOut]
    baseline: float | None
    latest: float | None
    change: float | None
    is_meaningful: bool
    message: str
    source: str


def _out(check_in: FunctionCheckIn) -> CheckInOut:
    return CheckInOut(
        taken_on=check_in.on.isoformat(),
        psfs=round(check_in.mean, 2),
        ratings=dict(check_in.scores),
        groc=check_in.groc,
    )


@router.get("/check-ins", response={200: CheckInsOut, **ERROR_RESPONSES})
def get_check_ins(request: AuthenticatedHttpRequest) -> CheckInsOut:
    """Return the check-ins so far, the PSFS change, and when the next one is due."""
    today = timezone.localdate()
    check_ins = function_check_ins(user=request.user)
    trend = function_trend(check_ins)
    return CheckInsOut(
        activities=psfs_activities(user=request.user),
        due=check_in_due(check_ins, today),
        next_due_on=next_check_in(check_ins, today).isoformat(),
        check_ins=[_out(check_in) for check_in in check_ins],
        baseline=trend.baseline,
        latest=trend.latest,
        change=trend.change,
        is_meaningful=trend.is_meaningful,
        message=trend.message,
        source=trend.source,
    )


@router.post("/check-ins", response={201: CheckInOut, **ERROR_RESPONSES})
def post_check_in(request: AuthenticatedHttpRequest, payload: CheckInIn) -> Status[CheckInOut]:
    """Record a check-in; the first names the activities, later ones re-rate them."""
    stored = record_check_in(
        user=request.user,
        ratings=[(rating.activity, rating.score) for rating in payload.ratings],
        groc=payload.groc,
        today=timezone.localdate(),
    )
    # The newest of the day is last: check-ins come oldest first.
    check_in = [c for c in function_check_ins(user=request.user) if c.on == stored.taken_on][-1]
    return Status(201, _out(check_in))
