"""POST /api/screening and GET /api/screening: the safety check over JSON."""

from django.http import Http404
from django.utils import timezone
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import StrictBool

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core.screening import (
    QUESTION_IDS,
    RECHECK_IDS,
    Disposition,
    advice_for,
    parse_answers,
)
from scapula.screening.models import Screening
from scapula.screening.selectors import gate_for, latest_screening
from scapula.screening.services import record_screening

router = Router(tags=["screening"])


class ScreeningIn(Schema):
    """Answers by question id (E1-E8, U1-U8, C1-C13, M1-M2); a re-check takes E and U only.

    Every answer raises its flag on true except M1, where false does.
    """

    answers: dict[str, StrictBool]
    recheck: bool = False


class ScreeningOut(Schema):
    """The disposition with its reasons, what is still unanswered, and today's gate."""

    id: int
    disposition: Disposition
    triggered: list[str]
    missing: list[str]
    advice: str
    clearable: bool
    screened_on: str
    is_recheck: bool
    gate: str


def _out(screening: Screening, gate: str) -> ScreeningOut:
    return ScreeningOut(
        id=screening.pk,
        disposition=Disposition(screening.disposition),
        triggered=screening.triggered,
        missing=screening.missing,
        advice=advice_for(screening.disposition, is_clearable=screening.is_clearable),
        clearable=screening.is_clearable,
        screened_on=screening.screened_on.isoformat(),
        is_recheck=screening.is_recheck,
        gate=gate,
    )


@router.post("/screening", response={201: ScreeningOut, **ERROR_RESPONSES})
def post_screening(request: AuthenticatedHttpRequest, payload: ScreeningIn) -> Status[ScreeningOut]:
    """Judge and store a screening; unknown question ids are refused, naming them."""
    allowed = RECHECK_IDS if payload.recheck else QUESTION_IDS
    answers = parse_answers(payload.answers, allowed=allowed)
    today = timezone.localdate()
    screening = record_screening(
        user=request.user, answers=answers, today=today, is_recheck=payload.recheck
    )
    return Status(201, _out(screening, gate_for(user=request.user, today=today).value))


@router.get("/screening", response={200: ScreeningOut, **ERROR_RESPONSES})
def get_screening(request: AuthenticatedHttpRequest) -> ScreeningOut:
    """Return the latest screening and whether exercise may be guided today."""
    screening = latest_screening(user=request.user)
    if screening is None:
        raise Http404("No screening yet: POST your answers first.")
    return _out(screening, gate_for(user=request.user, today=timezone.localdate()).value)
