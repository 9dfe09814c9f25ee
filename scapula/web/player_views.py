"""The session player page: today's routine, timed in the browser by static/scapula/player.js."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.catalog import shipped_catalog
from scapula.core.catalog import Exercise
from scapula.core.catalog.demo_svg import render_animation, render_still
from scapula.core.limits import PAIN_SCALE
from scapula.core.session.status import statuses_as_data
from scapula.core.session.stops import STOP_REASONS, stops_as_data
from scapula.core.warning_signs import WARNING_SIGNS
from scapula.practice.next_steps import what_comes_next
from scapula.practice.selectors import today_session
from scapula.web.plan_views import gate_required

# The keys the player answers to; the page lists them, player.js reads them from here.
PLAYER_KEYS = (
    ("Space", "pause or resume"),
    ("S", "skip this exercise"),
    ("B", "back"),
    ("H", "stop: it hurts"),
)


@gate_required
def player_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Play today's routine: pain before, guided steps, peak pain, pain after, summary."""
    today = timezone.localdate()
    data = today_session(user=request.user, today=today)
    if data is None:
        return redirect("web:assessment")
    catalog = shipped_catalog()
    demos = [_demos(catalog.get(item["id"])) for item in data["exercises"]]
    rules = {
        "statuses": statuses_as_data(),
        "stops": stops_as_data(),
        "what_comes_next": what_comes_next(user=request.user, today=today).as_dict(),
    }
    context = {
        "data": data,
        "rules": rules,
        "demos": demos,
        "pain_scale": PAIN_SCALE.choices,
        "warning_signs": WARNING_SIGNS,
        "stop_reasons": STOP_REASONS,
        "player_keys": PLAYER_KEYS,
    }
    return render(request, "web/player.html", context)


def _demos(exercise: Exercise) -> tuple[str, SafeString, SafeString]:
    """Return the exercise's id, animation and still; the SVG is the core's, from checked data."""
    animation = render_animation(exercise, dom_id=f"play-{exercise.id}")
    still = render_still(exercise, 0)
    return exercise.id, mark_safe(animation), mark_safe(still)  # noqa: S308
