"""POST /api/pain and GET /api/pain/trend: the pain diary."""

from typing import Annotated

from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core.limits import PAIN_SCALE
from scapula.practice.morning import MORNING, record_morning_pain
from scapula.tracking.selectors import pain_trend_for
from scapula.tracking.services import record_pain

router = Router(tags=["pain"])


class PainIn(Schema):
    """One pain score (0-10), the moment it describes, and where it hurts."""

    score: Annotated[StrictInt, Field(ge=PAIN_SCALE.low, le=PAIN_SCALE.high)]
    context: str = "usual"
    site: str = ""
    side: str = ""
    note: str = Field("", max_length=1000)


class PainOut(Schema):
    id: int
    score: int
    context: str
    site: str
    side: str
    recorded_on: str


class TrendOut(Schema):
    """Pain against its baseline, and whether the fall counts as meaningful."""

    baseline: float | None
    recent_mean: float | None
    change: float | None
    is_meaningful: bool
    is_possible: bool = Field(
        description="A fall of 1.3+ points with neck pain (Cleland et al. 2008)."
    )
    message: str
    source: str


@router.post("/pain", response={200: PainOut, 201: PainOut, **ERROR_RESPONSES})
def post_pain(request: AuthenticatedHttpRequest, payload: PainIn) -> Status[PainOut]:
    """Record a pain score; a morning score also lets the progression rules set the doses.

    A second morning score on the same day keeps the first and answers 200 with it.
    """
    values, today = payload.model_dump(), timezone.localdate()
    if values.pop("context") == MORNING:
        result = record_morning_pain(user=request.user, today=today, **values)
        entry, status = result.entry, 201 if result.is_new else 200
    else:
        entry = record_pain(user=request.user, today=today, context=payload.context, **values)
        status = 201
    return Status(
        status,
        PainOut(
            id=entry.pk,
            score=entry.score,
            context=entry.context,
            site=entry.site,
            side=entry.side,
            recorded_on=entry.recorded_on.isoformat(),
        ),
    )


@router.get("/pain/trend", response={200: TrendOut, **ERROR_RESPONSES})
def get_trend(request: AuthenticatedHttpRequest) -> TrendOut:
    """Return the pain trend: the last 7 days against the baseline."""
    trend = pain_trend_for(user=request.user, today=timezone.localdate())
    return TrendOut(
        baseline=trend.baseline,
        recent_mean=trend.recent_mean,
        change=trend.change,
        is_meaningful=trend.is_meaningful,
        is_possible=trend.is_possible,
        message=trend.message,
        source=trend.source,
    )
