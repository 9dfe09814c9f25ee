"""Page views: each parses the request, calls the core or a service, and renders."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from scapula.accounts.models import User
from scapula.core.drivers import DRIVERS
from scapula.core.outcomes import check_in_due
from scapula.core.screening import Gate
from scapula.core.sources import ResolvedCitation, resolve_all
from scapula.core.warning_signs import THORACIC_PAIN_SOURCES, WARNING_SIGNS
from scapula.plans.selectors import current_plan
from scapula.practice.progress import needs_morning_pain
from scapula.practice.selectors import has_practised
from scapula.screening.selectors import gate_for, latest_full_screening
from scapula.tracking.selectors import function_check_ins


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """Say what scapula is, that it is not medical advice, and when to get help instead."""
    if isinstance(request.user, User) and request.user.is_clinician:
        return redirect("workspace:patients")  # a clinician's home is their patient list
    context = {
        "next_step": _next_step(request),
        "drivers": [(driver, resolve_all(driver.sources)) for driver in DRIVERS],
        "warning_signs": WARNING_SIGNS,
        "help_sources": _help_sources(),
    }
    return render(request, "web/home.html", context)


def _help_sources() -> tuple[ResolvedCitation, ...]:
    """Return the sources of the warning signs and of the thoracic-pain note, each once."""
    citations = tuple(sign.source for sign in WARNING_SIGNS) + tuple(THORACIC_PAIN_SOURCES)
    return tuple(dict.fromkeys(resolve_all(citations)))


# What to do next when exercise is locked for a reason other than a missing safety check.
CONTEXT_STEPS = {
    Gate.RESCREEN_DUE: ("Take the safety check again before exercising", "web:safety"),
    Gate.EMERGENCY: ("Get help first: what your safety check said", "web:safety"),
    Gate.URGENT: ("See a doctor today, then take the safety check again", "web:safety"),
    Gate.INCOMPLETE: ("Finish the safety check", "web:safety"),
}


def _next_step(request: HttpRequest) -> tuple[str, str]:
    """Return the one thing to do next (label, URL): screen, re-check, assess, or practise."""
    user = request.user
    if not isinstance(user, User):
        return "Start with the two-minute safety check", reverse("web:safety")
    gate = gate_for(user=user, today=timezone.localdate())
    if gate is Gate.RECHECK_DUE:
        return "Answer your weekly safety check", reverse("web:safety-recheck")
    if gate is Gate.NEEDS_CLEARANCE and (latest := latest_full_screening(user=user)):
        # The result page holds the clearance form.
        return "Record your clinician's clearance", reverse("web:safety-result", args=[latest.pk])
    if gate in CONTEXT_STEPS:
        label, name = CONTEXT_STEPS[gate]
        return label, reverse(name)
    if gate is not Gate.OPEN:
        return "Start with the two-minute safety check", reverse("web:safety")
    if current_plan(user=user) is None:
        return "Next: your self-assessment", reverse("web:assessment")
    if needs_morning_pain(user=user, today=timezone.localdate()):
        return "How is your pain this morning?", reverse("web:plan") + "#morning-title"
    # The first session comes first; the activities check-in follows from the next visit.
    if has_practised(user=user) and check_in_due(
        function_check_ins(user=user), timezone.localdate()
    ):
        return "Your two-weekly check-in", reverse("web:function-check-in")
    return "Start today's session", reverse("web:player")


def render_error_page(request: HttpRequest, status: int, title: str, text: str) -> HttpResponse:
    """Render the shared error page with a status, a heading and one sentence."""
    context = {"status": status, "title": title, "text": text}
    return render(request, "web/error.html", context, status=status)
