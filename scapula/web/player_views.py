"""The session player page: today's routine, timed in the browser by static/scapula/player.js."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Exercise
from scapula.core.catalog.demo_svg import render_animation
from scapula.core.limits import PAIN_SCALE
from scapula.core.session.stops import STOP_REASONS
from scapula.core.warning_signs import WARNING_SIGNS
from scapula.practice.selectors import today_session
from scapula.web.plan_views import gate_required


@gate_required
def player_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Play today's routine: pain before, guided steps, peak pain, pain after, summary."""
    data = today_session(user=request.user, today=timezone.localdate())
    if data is None:
        return redirect("web:assessment")
    catalog = shipped_catalog()
    demos = [(item["id"], _demo(catalog.get(item["id"]))) for item in data["exercises"]]
    context = {
        "data": data,
        "demos": demos,
        "pain_scale": PAIN_SCALE.choices,
        "warning_signs": WARNING_SIGNS,
        "stop_reasons": STOP_REASONS,
    }
    return render(request, "web/player.html", context)


def _demo(exercise: Exercise) -> SafeString:
    """Return the exercise's animation; the SVG is built by the core from validated data."""
    return mark_safe(render_animation(exercise, dom_id=f"play-{exercise.id}"))  # noqa: S308
