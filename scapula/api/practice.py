"""Sessions over the API: today's routine to play, and saving a session exactly once."""

from datetime import datetime
from typing import Annotated

from django.http import Http404, HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import BeforeValidator, StrictInt

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.conditional import conditional_json
from scapula.api.schemas import ERROR_RESPONSES
from scapula.api.today_schemas import TodaySessionOut
from scapula.core.limits import PAIN_SCALE
from scapula.core.session import ExerciseStatus, SessionStatus
from scapula.practice.models import PracticeSession
from scapula.practice.next_steps import what_comes_next
from scapula.practice.selectors import list_sessions, today_session
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.screening.selectors import require_open_gate

router = Router(tags=["sessions"])

Pain = Annotated[StrictInt, Field(ge=PAIN_SCALE.low, le=PAIN_SCALE.high)]


def _require_text(value: object) -> object:
    """Refuse a number where a date-time is expected (pydantic would read it as epoch seconds)."""
    if isinstance(value, int | float):
        raise ValueError("must be an ISO 8601 date-time text, e.g. 2026-11-23T08:00:00Z")
    return value


IsoDateTime = Annotated[datetime, BeforeValidator(_require_text)]


class ExerciseResultIn(Schema):
    """How one exercise went."""

    exercise: str = Field(max_length=80)
    status: ExerciseStatus
    peak_pain: Pain | None = None
    stop_reason: str = Field("", max_length=200)
    steps_done: StrictInt = Field(0, ge=0, le=10_000)


class SessionIn(Schema):
    """A finished, stopped or partial session; `key` makes a repeat harmless."""

    key: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    started_at: IsoDateTime
    ended_at: IsoDateTime | None = None
    status: SessionStatus
    pain_before: Pain | None = None
    pain_after: Pain | None = None
    plan_id: StrictInt | None = None
    exercises: list[ExerciseResultIn] = Field(default_factory=list, max_length=20)


class ExerciseResultOut(Schema):
    exercise: str
    status: str
    peak_pain: int | None
    stop_reason: str
    steps_done: int


class SessionOut(Schema):
    """A stored session."""

    id: int
    key: str
    performed_on: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    pain_before: int | None
    pain_after: int | None
    exercises: list[ExerciseResultOut]


class WhatComesNextOut(Schema):
    """What the end of a session says: an acknowledgement and what tomorrow holds."""

    acknowledgement: str
    stopped_acknowledgement: str = Field(description="Said instead after a stop because it hurt.")
    ended_acknowledgement: str = Field(description="Said instead when it was ended early.")
    lines: list[str]


class SavedSessionOut(SessionOut):
    """A stored session and what comes next, for the player's end screen."""

    what_comes_next: WhatComesNextOut


def _out(session: PracticeSession) -> SessionOut:
    return SessionOut(
        id=session.pk,
        key=session.key,
        performed_on=session.performed_on.isoformat(),
        started_at=session.started_at,
        ended_at=session.ended_at,
        status=session.status,
        pain_before=session.pain_before,
        pain_after=session.pain_after,
        exercises=[
            ExerciseResultOut(
                exercise=e.exercise_id,
                status=e.status,
                peak_pain=e.peak_pain,
                stop_reason=e.stop_reason,
                steps_done=e.steps_done,
            )
            for e in session.exercises.all()
        ],
    )


@router.get("/session/today", response={200: TodaySessionOut, **ERROR_RESPONSES})
def get_today(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Return today's routine and its script of steps (403 while the safety check locks it).

    The ETag is made from this person's own answer, so a player that keeps its own copy
    gets a 304; no browser or proxy cache may store it (no-store: it is health data).
    """
    today = timezone.localdate()
    require_open_gate(user=request.user, today=today)
    data = today_session(user=request.user, today=today)
    if data is None:
        raise Http404("No plan yet: do the self-assessment first.")
    body = TodaySessionOut.model_validate(data).model_dump_json().encode()
    return conditional_json(request, body, cache_control="private, no-store")


@router.post("/sessions", response={200: SavedSessionOut, 201: SavedSessionOut, **ERROR_RESPONSES})
def post_session(request: AuthenticatedHttpRequest, payload: SessionIn) -> Status[SavedSessionOut]:
    """Store a session once; sending the same key again returns the stored one (200)."""
    report = SessionReport(
        key=payload.key,
        started_at=payload.started_at,
        ended_at=payload.ended_at,
        status=payload.status,
        pain_before=payload.pain_before,
        pain_after=payload.pain_after,
        plan_id=payload.plan_id,
        exercises=tuple(
            ExerciseResult(e.exercise, e.status, e.peak_pain, e.stop_reason, e.steps_done)
            for e in payload.exercises
        ),
    )
    session, created = record_session(user=request.user, report=report, now=timezone.now())
    upcoming = what_comes_next(user=request.user, today=timezone.localdate())
    saved = SavedSessionOut(
        **_out(session).model_dump(),
        what_comes_next=WhatComesNextOut.model_validate(upcoming.as_dict()),
    )
    return Status(201 if created else 200, saved)


@router.get("/sessions", response={200: list[SessionOut], **ERROR_RESPONSES})
def get_sessions(request: AuthenticatedHttpRequest) -> list[SessionOut]:
    """Return the latest 50 sessions, newest first."""
    return [_out(session) for session in list_sessions(user=request.user)]
