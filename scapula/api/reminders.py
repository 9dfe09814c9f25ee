"""GET/PUT /api/reminders, POST /api/reminders/revoke, GET /api/reminders/today: desk breaks."""

from datetime import date
from typing import Annotated

from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from pydantic import ConfigDict, StrictBool, StrictInt

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core.breaks import EVIDENCE, DeskBreak
from scapula.reminders.models import ReminderSettings
from scapula.reminders.selectors import breaks_for, settings_of
from scapula.reminders.services import (
    ensure_reminder_settings,
    make_calendar_link,
    update_reminder_settings,
)
from scapula.screening.selectors import require_open_gate

router = Router(tags=["reminders"])
Minutes = Annotated[str, Field(pattern=r"^\d\d:\d\d$", examples=["09:00"])]


class RemindersIn(Schema):
    """Settings to change; any left out keep their value. Ranges follow clinical.md §4."""

    model_config = ConfigDict(extra="forbid")

    enabled: StrictBool | None = None
    work_days: list[str] | None = Field(None, examples=[["mon", "tue", "wed", "thu", "fri"]])
    starts_at: Minutes | None = None
    ends_at: Minutes | None = None
    micro_every_minutes: StrictInt | None = None
    micro_seconds: StrictInt | None = None
    active_minutes: StrictInt | None = None
    snooze_minutes: StrictInt | None = None
    session_at: Minutes | None = None


class RemindersOut(Schema):
    """The settings, the private calendar link, and how sure the evidence is."""

    enabled: bool
    work_days: list[str]
    starts_at: str
    ends_at: str
    micro_every_minutes: int
    micro_seconds: int
    active_minutes: int
    snooze_minutes: int
    session_at: str | None
    calendar_url: str | None = Field(
        description="The private calendar link, only in the answer that makes it: just its "
        "digest is stored, so it cannot be shown again"
    )
    has_calendar_link: bool
    evidence: str


class BreakOut(Schema):
    """One break of the day: time, kind, length, and the exercise from the person's plan."""

    key: str
    at: str
    kind: str
    seconds: int
    title: str
    instruction: str
    exercise: str | None
    name: str | None
    dose_text: str | None
    url: str


class TodayOut(Schema):
    """The day's breaks, and the snooze length for the prompts."""

    day: str
    enabled: bool
    snooze_minutes: int
    breaks: list[BreakOut]


class DayQuery(Schema):
    """The device's own date, so a phone in another time zone gets its own day."""

    day: date | None = None


def _out(
    request: AuthenticatedHttpRequest, row: ReminderSettings, token: str | None = None
) -> RemindersOut:
    url = request.build_absolute_uri(reverse("web:calendar-feed", args=[token])) if token else None
    data = {
        **row.to_core().as_dict(),
        "calendar_url": url,
        "has_calendar_link": bool(token) or row.has_calendar_link,
    }
    return RemindersOut.model_validate({**data, "evidence": EVIDENCE})


@router.get("/reminders", response={200: RemindersOut, **ERROR_RESPONSES})
def get_reminders(request: AuthenticatedHttpRequest) -> RemindersOut:
    """Return the reminder settings (defaults from clinical.md §4); the link is not shown again."""
    return _out(request, ensure_reminder_settings(user=request.user))


@router.put("/reminders", response={200: RemindersOut, **ERROR_RESPONSES})
def put_reminders(request: AuthenticatedHttpRequest, payload: RemindersIn) -> RemindersOut:
    """Change the settings; a bad value is named and nothing is stored."""
    values = payload.model_dump(exclude_unset=True)
    return _out(request, update_reminder_settings(user=request.user, values=values))


@router.post("/reminders/revoke", response={200: RemindersOut, **ERROR_RESPONSES})
def revoke(request: AuthenticatedHttpRequest) -> RemindersOut:
    """Make a new calendar link, shown in this answer only; the old one answers 404 from now on."""
    token = make_calendar_link(user=request.user)
    return _out(request, ensure_reminder_settings(user=request.user), token)


@router.get("/reminders/today", response={200: TodayOut, **ERROR_RESPONSES})
def today_breaks(request: AuthenticatedHttpRequest, query: Query[DayQuery]) -> TodayOut:
    """Return the day's breaks (403 while the safety check locks exercise)."""
    today = timezone.localdate()
    require_open_gate(user=request.user, today=today)
    day = query.day or today
    settings = settings_of(user=request.user)
    breaks = [_break(b) for b in breaks_for(user=request.user, day=day)]
    return TodayOut(
        day=day.isoformat(),
        enabled=settings.enabled,
        snooze_minutes=settings.snooze_minutes,
        breaks=breaks,
    )


def _break(desk_break: DeskBreak) -> BreakOut:
    exercise = desk_break.exercise
    query = f"?kind={desk_break.kind}&at={desk_break.at.strftime('%H:%M')}"
    if exercise is not None:
        query += f"&exercise={exercise.exercise_id}"
    return BreakOut(
        key=desk_break.key,
        at=desk_break.at.strftime("%H:%M"),
        kind=desk_break.kind,
        seconds=desk_break.seconds,
        title=desk_break.title,
        instruction=desk_break.instruction,
        exercise=exercise.exercise_id if exercise else None,
        name=exercise.name if exercise else None,
        dose_text=exercise.dose_text if exercise else None,
        url=reverse("web:break") + query,
    )
