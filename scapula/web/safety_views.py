"""Safety pages: the screening questionnaire, its result, the clearance, the weekly re-check."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core import ScapulaError
from scapula.core.emergency import emergency_numbers
from scapula.core.screening import (
    BLOCK_TITLES,
    BLOCKS,
    EXCEPTION_NOTE,
    QUESTIONS,
    RECHECK_IDS,
    Disposition,
    Question,
)
from scapula.core.sources import resolve_all
from scapula.screening.selectors import gate_for, screening_of
from scapula.screening.services import record_clearance, record_screening
from scapula.web.safety_forms import ClearanceForm, ScreeningForm

RECHECK_QUESTIONS = tuple(q for q in QUESTIONS if q.id in RECHECK_IDS)


@login_required
def screening_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Ask every safety question; an emergency answer wins even if others are blank."""
    return _questionnaire(request, questions=QUESTIONS, is_recheck=False)


@login_required
def recheck_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Ask the emergency and same-day questions again (at least weekly)."""
    return _questionnaire(request, questions=RECHECK_QUESTIONS, is_recheck=True)


def _questionnaire(
    request: AuthenticatedHttpRequest, *, questions: tuple[Question, ...], is_recheck: bool
) -> HttpResponse:
    """Show the form, or store the answers and show what they mean."""
    form = ScreeningForm(request.POST if request.method == "POST" else None, questions=questions)
    if request.method == "POST" and form.is_valid():
        today = timezone.localdate()
        screening = record_screening(
            user=request.user, answers=form.answers(), today=today, is_recheck=is_recheck
        )
        if screening.disposition != Disposition.INCOMPLETE:
            return redirect("web:safety-result", screening_id=screening.pk)
        for question_id in screening.missing:
            form.add_error(question_id, "Please answer yes or no.")
    context = {
        "form": form,
        "groups": form.grouped(BLOCKS),
        "titles": BLOCK_TITLES,
        "is_recheck": is_recheck,
        "exception_note": EXCEPTION_NOTE,
    }
    return render(request, "web/safety/questionnaire.html", context)


@login_required
def result_page(request: AuthenticatedHttpRequest, screening_id: int) -> HttpResponse:
    """Say what a screening means and what to do now."""
    screening = screening_of(user=request.user, screening_id=screening_id)
    if screening is None:
        raise Http404("No such screening.")
    triggered = [q for q in QUESTIONS if q.id in screening.triggered]
    missing = [q for q in QUESTIONS if q.id in screening.missing]
    context = {
        "screening": screening,
        "triggered": [(q, resolve_all(q.sources)) for q in triggered],
        "numbers": emergency_numbers(settings.SCAPULA_COUNTRY),
        "has_country": settings.SCAPULA_COUNTRY is not None,
        "missing": missing,
        "missing_red_flags": [q for q in missing if q.id in RECHECK_IDS],
        "clearance_form": ClearanceForm(),
        "gate": gate_for(user=request.user, today=timezone.localdate()).value,
    }
    return render(request, f"web/safety/{screening.disposition}.html", context)


@login_required
def clearance_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record who cleared the person to start; errors show the form again with the field."""
    form = ClearanceForm(request.POST)
    if form.is_valid():
        try:
            clearance = record_clearance(
                user=request.user, today=timezone.localdate(), **form.cleaned_data
            )
        except ScapulaError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            return redirect("web:safety-result", screening_id=clearance.screening_id)
    return render(request, "web/safety/clearance.html", {"clearance_form": form}, status=400)
