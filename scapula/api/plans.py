"""GET /api/plan and POST /api/plan: the current plan, and a new one from a profile."""

import json
from typing import Any

from django.http import Http404
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import ConfigDict

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core.plan import plan_as_dict
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan
from scapula.plans.services import create_plan
from scapula.practice.today import routine_of
from scapula.screening.selectors import require_open_gate

router = Router(tags=["plan"])


class ProfileIn(Schema):
    """A self-assessment profile; the core checks every key and word and names any bad one."""

    model_config = ConfigDict(extra="allow")

    age: Any = None
    pregnant: Any = None
    osteoporosis: Any = None
    minutes_per_day: Any = None
    equipment: Any = None
    floor_ok: Any = None
    kneeling_ok: Any = None
    pain_sites: Any = None
    pain_side: Any = None
    worse_with: Any = None
    tests: Any = None


class PlanOut(Schema):
    """The stored plan: its profile, drivers and phases, and where today falls."""

    id: int
    starts_on: str
    week: int
    current_phase: str
    phase_started_on: str
    waiting_for: list[str] = Field(description="Exercises yet to progress before the next phase.")
    minutes_today: int = Field(description="Today's session in whole minutes, at current doses.")
    profile: dict[str, Any]
    drivers: list[dict[str, Any]]
    focus: list[str]
    phases: list[dict[str, Any]]
    notices: list[str] = Field(
        default_factory=list,
        description="Plain-words notices: what to get checked, what was left out.",
    )


def _out(stored: StoredPlan, request: AuthenticatedHttpRequest) -> PlanOut:
    routine = routine_of(stored, user=request.user, today=timezone.localdate())
    status, data = routine.status, plan_as_dict(routine.plan)
    return PlanOut(
        id=stored.pk,
        starts_on=stored.starts_on.isoformat(),
        week=routine.week,
        current_phase=status.name,
        phase_started_on=status.started_on.isoformat(),
        waiting_for=list(status.waiting_for),
        minutes_today=routine.minutes,
        profile=stored.profile,
        drivers=data["drivers"],
        focus=data["focus"],
        phases=data["phases"],
        notices=data["notices"],
    )


def _require_open_gate(request: AuthenticatedHttpRequest) -> None:
    """Refuse with 403 and the reason while the safety check keeps exercise locked."""
    require_open_gate(user=request.user, today=timezone.localdate())


@router.get("/plan", response={200: PlanOut, **ERROR_RESPONSES})
def get_plan(request: AuthenticatedHttpRequest) -> PlanOut:
    """Return the current plan (the latest one built)."""
    _require_open_gate(request)
    stored = current_plan(user=request.user)
    if stored is None:
        raise Http404("No plan yet: POST a profile first.")
    return _out(stored, request)


@router.post("/plan", response={201: PlanOut, **ERROR_RESPONSES})
def post_plan(request: AuthenticatedHttpRequest, payload: ProfileIn) -> Status[PlanOut]:
    """Build and store a plan from a profile object (the shape of examples/profile.json)."""
    _require_open_gate(request)
    # The raw object, so the core sees (and names) every key, including unknown ones.
    profile = json.loads(request.body)
    stored = create_plan(user=request.user, profile=profile, today=timezone.localdate())
    return Status(201, _out(stored, request))
