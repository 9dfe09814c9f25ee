"""The self-assessment and the plan pages; both open only once the safety gate is open."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.catalog import shipped_catalog
from scapula.core import ScapulaError
from scapula.core.assessment import TEST_LABELS, DriverScore
from scapula.core.catalog.demo_svg import render_still
from scapula.core.catalog.describe import describe_dose
from scapula.core.drivers import driver_by_id
from scapula.core.limits import PAIN_SCALE
from scapula.core.plan import Phase
from scapula.core.plan.generate import DAILY_SUGGESTED
from scapula.core.screening import ExerciseLockedError
from scapula.plans.selectors import current_plan, plan_history
from scapula.plans.services import create_plan
from scapula.practice.morning import record_morning_pain
from scapula.practice.progress import changes_on, needs_morning_pain
from scapula.practice.today import TodayItem, todays_routine
from scapula.screening.selectors import require_open_gate
from scapula.web.plan_forms import AssessmentForm, initial_from_profile

View = Callable[[AuthenticatedHttpRequest], HttpResponse]
SELF_TESTS = {
    "thoracic": "thoracic-rotation-test",
    "side_bend": "neck-side-bend-test",
    "rotation": "neck-rotation-test",
    "scapula": "scapula-check-test",
}


def gate_required(view: View) -> View:
    """Show why exercise is locked instead of the page, until the safety gate is open."""

    @wraps(view)
    def guarded(request: AuthenticatedHttpRequest) -> HttpResponse:
        try:
            require_open_gate(user=request.user, today=timezone.localdate())
        except ExerciseLockedError as locked:
            return locked_page(request, locked)
        return view(request)

    return login_required(guarded)


def locked_page(request: AuthenticatedHttpRequest, locked: ExerciseLockedError) -> HttpResponse:
    """Render the one page that says why exercise is locked and what to do (403)."""
    context = {"gate": locked.gate.value, "message": locked.message}
    return render(request, "web/safety/locked.html", context, status=403)


@gate_required
def assessment_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Ask for constraints, pain and the home self-tests, then build and store the plan."""
    stored = current_plan(user=request.user)
    initial = initial_from_profile(stored.profile) if stored else None
    form = AssessmentForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            create_plan(user=request.user, profile=form.profile(), today=timezone.localdate())
        except ScapulaError as error:
            form.add_error(None, str(error))
        else:
            return redirect("web:plan")
    catalog = shipped_catalog()
    stills = {
        key: mark_safe(render_still(catalog.get(test_id), 1))  # noqa: S308 - our own SVG
        for key, test_id in SELF_TESTS.items()
    }
    context = {"form": form, "stills": stills, "is_update": stored is not None}
    return render(request, "web/plan/assessment.html", context, status=400 if form.errors else 200)


@gate_required
def plan_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Show today's phase, today's routine with the reasons, and the driver profile."""
    today = timezone.localdate()
    routine = todays_routine(user=request.user, today=today)
    if routine is None:
        return redirect("web:assessment")
    plan, status = routine.plan, routine.status
    catalog = shipped_catalog()
    changes = changes_on(user=request.user, day=today)
    context = {
        "week": routine.week,
        "phase": routine.phase,
        "uncovered": [driver_by_id(driver).name for driver in routine.phase.uncovered],
        "routine": [_routine_item(item, routine.phase) for item in routine.items],
        "notices": plan.notices,
        "minutes": routine.minutes,
        "asked_minutes": _asked_minutes(request),
        "drivers": [_driver(score) for score in plan.drivers],
        "focus": [_driver(score) for score in plan.drivers if score.flagged],
        "phases": plan.phases,
        "status": status,
        "next_phase": None if status.is_last else plan.phases[status.index + 1],
        "waiting_names": [catalog.get(e).name for e in status.waiting_for],
        "history_count": len(plan_history(user=request.user)),
        "ask_morning": needs_morning_pain(user=request.user, today=today),
        "changes": [(catalog.get(change.exercise_id).name, change) for change in changes],
        "change_sources": tuple(dict.fromkeys(change.source for change in changes)),
        "pain_scale": PAIN_SCALE.choices,
    }
    return render(request, "web/plan/plan.html", context)


def _routine_item(item: TodayItem, phase: Phase) -> dict[str, object]:
    """One exercise of today as the plan page lists it, with the caveat to its reason."""
    planned = next((p for p in phase.routine if p.exercise == item.exercise.id), None)
    return {
        "caveat": planned.caveat if planned is not None else "",
        "exercise": item.exercise.id,
        "name": item.exercise.name,
        "dose_text": describe_dose(item.dose),
        "variant": item.variant,
        "why": item.why,
        "is_daily": item.exercise.id == DAILY_SUGGESTED,
    }


def _driver(score: DriverScore) -> dict[str, object]:
    """One driver's score as the plan page shows it, in plain words."""
    return {
        "id": score.driver,
        "name": driver_by_id(score.driver).name,
        "flagged": score.flagged,
        "evidence": score.evidence,
        "missing_text": [TEST_LABELS.get(m, m) for m in score.missing],
    }


def _asked_minutes(request: AuthenticatedHttpRequest) -> int | None:
    """Return the minutes a day the person asked for in the self-assessment."""
    stored = current_plan(user=request.user)
    value = stored.profile.get("minutes_per_day") if stored else None
    return value if isinstance(value, int) else None


@gate_required
def morning_pain(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record this morning's pain (one tap); the same service as the API and the CLI."""
    if request.method != "POST":
        return redirect("web:plan")
    try:
        score = int(request.POST.get("score", ""))
        record_morning_pain(user=request.user, score=score, today=timezone.localdate())
    except (ValueError, ScapulaError):
        return redirect("web:plan")
    return redirect("web:plan")
