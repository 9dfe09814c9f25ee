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
from scapula.core.assessment import TEST_LABELS
from scapula.core.catalog import Dose
from scapula.core.catalog.demo_svg import render_still
from scapula.core.catalog.describe import describe_dose
from scapula.core.drivers import driver_by_id
from scapula.core.plan.generate import DAILY_SUGGESTED
from scapula.core.screening import GATE_MESSAGES, Gate
from scapula.plans.selectors import current_plan, plan_history, week_of
from scapula.plans.services import create_plan
from scapula.practice.phases import plan_position
from scapula.practice.progress import (
    changes_on,
    current_dose,
    needs_morning_check_in,
    review_progress,
)
from scapula.screening.selectors import gate_for
from scapula.tracking.services import record_pain
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
        gate = gate_for(user=request.user, today=timezone.localdate())
        if gate is not Gate.OPEN:
            context = {"gate": gate.value, "message": GATE_MESSAGES[gate]}
            return render(request, "web/safety/locked.html", context, status=403)
        return view(request)

    return login_required(guarded)


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
    """Show this week's phase, today's routine with the reasons, and the driver profile."""
    stored = current_plan(user=request.user)
    if stored is None:
        return redirect("web:assessment")
    today = timezone.localdate()
    week = week_of(stored, today)
    position = plan_position(user=request.user, stored=stored, today=today)
    phase, status = position.phase, position.status
    catalog = shipped_catalog()
    routine = [
        {
            **item,
            "dose_text": describe_dose(
                current_dose(
                    user=request.user,
                    exercise_id=item["exercise"],
                    planned=Dose.from_dict(item["dose"]),
                )
            ),
            "is_daily": item["exercise"] == DAILY_SUGGESTED,
        }
        for item in phase["routine"]
    ]
    drivers = [
        {
            **d,
            "name": driver_by_id(d["id"]).name,
            "missing_text": [TEST_LABELS.get(m, m) for m in d["missing"]],
        }
        for d in stored.plan["drivers"]
    ]
    context = {
        "stored": stored,
        "week": week,
        "phase": phase,
        "routine": routine,
        "minutes": round(sum(item["seconds"] for item in routine) / 60),
        "drivers": drivers,
        "phases": stored.plan["phases"],
        "status": status,
        "next_phase": None if status.is_last else stored.plan["phases"][status.index + 1],
        "waiting_names": [catalog.get(e).name for e in status.waiting_for],
        "history_count": len(plan_history(user=request.user)),
        "ask_morning": needs_morning_check_in(user=request.user, today=today),
        "changes": [
            (shipped_catalog().get(change.exercise_id).name, change)
            for change in changes_on(user=request.user, day=today)
        ],
        "pain_scale": range(11),
    }
    return render(request, "web/plan/plan.html", context)


@gate_required
def morning_check_in(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record this morning's pain (one tap), then let the progression rules set the doses."""
    if request.method != "POST":
        return redirect("web:plan")
    today = timezone.localdate()
    try:
        score = int(request.POST.get("score", ""))
        record_pain(user=request.user, score=score, context="morning", today=today)
    except (ValueError, ScapulaError):
        return redirect("web:plan")
    review_progress(user=request.user, today=today)
    return redirect("web:plan")
