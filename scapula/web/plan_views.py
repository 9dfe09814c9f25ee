"""The self-assessment and the plan pages; both open only once the safety gate is open."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.catalog import shipped_catalog
from scapula.clinic.program import program_changes_for
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
from scapula.web.plan_forms import (
    DEGREE_FIELDS,
    SELF_TEST_IDS,
    STEPS,
    AssessmentForm,
    initial_from_profile,
)
from scapula.web.step_drafts import StepDraft, posted_step, requested_step

View = Callable[[AuthenticatedHttpRequest], HttpResponse]
STEP_COUNT = len(STEPS) + 1  # the review is the last step
ALL_FIELDS = tuple(name for step in STEPS for name in step.fields)


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
    """Ask a group of questions per step, then build and store the plan from the review."""
    draft = StepDraft(request, "assessment")
    if request.method != "POST":
        return _assessment_step(request, draft, requested_step(request.GET.get("step"), draft))
    number, action = posted_step(request.POST, STEP_COUNT)
    names = ALL_FIELDS if number is None else _fields_of(number)
    draft.update(request.POST, names)
    if number is not None and action == "back":
        return _go_to_step(draft, number - 1)
    form = AssessmentForm(draft.data)
    form.is_valid()
    if number is None or action == "submit":
        return _build_plan(request, draft, form)
    if any(name in form.errors for name in names):
        return _assessment_step(request, draft, number, form=form)
    return _go_to_step(draft, number + 1, passed=True)


def _fields_of(number: int) -> tuple[str, ...]:
    """Return the fields a step asks (none on the review)."""
    return STEPS[number - 1].fields if number <= len(STEPS) else ()


def _build_plan(
    request: AuthenticatedHttpRequest, draft: StepDraft, form: AssessmentForm
) -> HttpResponse:
    """Build the plan with the same service as the API, or show the first step to correct."""
    for number, step in enumerate(STEPS, start=1):
        if any(name in form.errors for name in step.fields):
            draft.move_to(number)
            return _assessment_step(request, draft, number, form=form)
    try:
        create_plan(user=request.user, profile=form.profile(), today=timezone.localdate())
    except ScapulaError as error:
        form.add_error(None, error.message)  # the message alone: no field path for people
        return _assessment_step(request, draft, STEP_COUNT, form=form)
    draft.clear()
    return redirect("web:plan")


def _go_to_step(draft: StepDraft, number: int, *, passed: bool = False) -> HttpResponseRedirect:
    """Redirect to a step (after a post, so a reload does not post again)."""
    number = min(max(number, 1), STEP_COUNT)
    draft.move_to(number, passed=passed)
    return HttpResponseRedirect(f"{reverse('web:assessment')}?step={number}")


def _assessment_step(
    request: AuthenticatedHttpRequest,
    draft: StepDraft,
    number: int,
    *,
    form: AssessmentForm | None = None,
) -> HttpResponse:
    """Render one step with the answers so far (or its errors), or the review."""
    stored = current_plan(user=request.user)
    shown = _unbound_form(draft, stored.profile if stored else None)
    if form is None:
        form = shown
    else:
        form.mark_invalid()
    names = _fields_of(number)
    context: dict[str, object] = {
        "form": form,
        "number": number,
        "count": STEP_COUNT,
        "is_update": stored is not None,
        "errors": [(form.target_id(n), form.errors[n][0]) for n in names if n in form.errors]
        + [(f"review-{STEP_COUNT}", e) for e in form.non_field_errors()],
    }
    if number == STEP_COUNT:
        context["review"] = _assessment_review(shown)
        return render(request, "web/plan/assessment_review.html", context, status=_status(form))
    context["step"] = STEPS[number - 1]
    if number == len(STEPS):
        context["self_tests"] = _self_tests(form)
    return render(request, "web/plan/assessment.html", context, status=_status(form))


def _status(form: AssessmentForm) -> int:
    """Answer 400 when a step comes back with errors, as a refused form does."""
    return 400 if form.is_bound and form.errors else 200


def _unbound_form(draft: StepDraft, profile: dict[str, object] | None) -> AssessmentForm:
    """Return the form showing the draft, over the latest stored answers when there are some."""
    form = AssessmentForm(initial=initial_from_profile(profile) if profile else None)
    form.initial = {**form.initial, **draft.initial(form)}
    return form


def _assessment_review(form: AssessmentForm) -> list[dict[str, object]]:
    """Return each step's answers in plain words, with the step to change them."""
    return [
        {
            "number": number,
            "title": step.title,
            "rows": [(form.names[name], form.answer_text(name)) for name in step.fields],
        }
        for number, step in enumerate(STEPS, start=1)
    ]


def _self_tests(form: AssessmentForm) -> list[dict[str, object]]:
    """Return each home self-test with its name, still picture and fields, as the catalog says."""
    catalog = shipped_catalog()
    tests: list[dict[str, object]] = []
    for prefix, test_id in SELF_TEST_IDS.items():
        test = catalog.get(test_id)
        fields = [form[name] for name in DEGREE_FIELDS if name.startswith(f"{prefix}_")]
        tests.append(
            {
                "id": test_id,
                "name": test.name,
                "still": mark_safe(render_still(test, 1)),  # noqa: S308 - our own SVG
                "sides": fields,
                "winging": form["scapula_winging"] if prefix == "scapula_winging" else None,
            }
        )
    return tests


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
        "program_changes": program_changes_for(request.user),
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
