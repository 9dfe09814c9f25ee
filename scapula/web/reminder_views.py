"""Reminders: the settings page, the break page, and the private calendar feed."""

from dataclasses import replace

from django.contrib.auth.decorators import login_not_required, login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.catalog import shipped_catalog
from scapula.core.breaks import (
    EVIDENCE,
    EVIDENCE_SOURCES,
    KINDS,
    RHYTHM_SOURCES,
    BreakExercise,
    BreakSettings,
    DeskBreak,
    breaks_on,
)
from scapula.core.breaks.schedule import POSTURE_SHIFT, SOURCES
from scapula.core.catalog.demo_svg import render_animation
from scapula.core.screening import GATE_MESSAGES, Gate
from scapula.core.sources import resolve_all
from scapula.reminders.feed import calendar_for
from scapula.reminders.models import ReminderSettings
from scapula.reminders.selectors import break_content, feed_owner, settings_of
from scapula.reminders.services import (
    ensure_reminder_settings,
    make_calendar_link,
    update_reminder_settings,
)
from scapula.screening.selectors import gate_for
from scapula.web.plan_views import gate_required
from scapula.web.reminder_forms import ReminderForm, initial_from


@login_required
def reminders_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Show and change the reminder settings, the calendar link and today's breaks."""
    row = ensure_reminder_settings(user=request.user)
    posted = request.method == "POST"
    form = ReminderForm(request.POST if posted else None, initial=initial_from(row.to_core()))
    if posted and form.is_valid():
        update_reminder_settings(user=request.user, values=form.values())
        return redirect(reverse("web:reminders") + "?saved=1")
    return _settings_page(request, row, form, new_calendar_url=None)


@login_required
@require_POST
def revoke_link(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Make a new calendar link and show it, this once; any old one stops working."""
    token = make_calendar_link(user=request.user)
    row = ensure_reminder_settings(user=request.user)
    form = ReminderForm(initial=initial_from(row.to_core()))
    url = request.build_absolute_uri(reverse("web:calendar-feed", args=[token]))
    return _settings_page(request, row, form, new_calendar_url=url)


def _settings_page(
    request: AuthenticatedHttpRequest,
    row: ReminderSettings,
    form: ReminderForm,
    *,
    new_calendar_url: str | None,
) -> HttpResponse:
    """Render the settings page; the calendar link is in it only right after it was made."""
    today = timezone.localdate()
    gate = gate_for(user=request.user, today=today)
    settings = row.to_core()
    context = {
        "form": form,
        "settings": settings,
        "saved": request.GET.get("saved") == "1" and request.method != "POST",
        "calendar_url": new_calendar_url,
        "has_calendar_link": row.has_calendar_link,
        "gate_message": None if gate is Gate.OPEN else GATE_MESSAGES[gate],
        "preview": _preview(request, settings) if gate is Gate.OPEN else (),
        "evidence": EVIDENCE,
        "evidence_sources": resolve_all(EVIDENCE_SOURCES),
        "rhythm_sources": resolve_all(RHYTHM_SOURCES),
    }
    return render(
        request, "web/reminders/settings.html", context, status=400 if form.errors else 200
    )


@gate_required
def break_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Guide one break: the exercise's demonstration, what to do, a countdown, Done, Snooze."""
    kind = request.GET.get("kind", "")
    kind = kind if kind in KINDS else "micro"
    settings = settings_of(user=request.user)
    exercise = _break_exercise(request, kind, settings)
    catalog_entry = shipped_catalog().get(exercise.exercise_id) if exercise else None
    seconds = settings.micro_seconds if kind == "micro" else settings.active_minutes * 60
    context = {
        "kind": kind,
        "exercise": exercise,
        "entry": catalog_entry,
        "animation": mark_safe(render_animation(catalog_entry, dom_id="break-demo"))  # noqa: S308
        if catalog_entry
        else None,
        "posture_shift": POSTURE_SHIFT,
        "timer": {
            "seconds": seconds,
            "snooze_minutes": settings.snooze_minutes,
            "key": f"{kind}-{request.GET.get('at', '').replace(':', '')}",
        },
        "sources": resolve_all(SOURCES[kind]),
    }
    return render(request, "web/reminders/break.html", context)


@login_not_required
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Serve the calendar to whoever holds the secret link; an unknown or old link is 404."""
    row = feed_owner(token=token)
    if row is None:
        raise Http404("No such calendar.")
    body = calendar_for(user=row.user, today=timezone.localdate(), now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="scapula.ics"'
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def _break_exercise(
    request: AuthenticatedHttpRequest, kind: str, settings: BreakSettings
) -> BreakExercise | None:
    """Return the asked-for exercise if it is one of this person's breaks, else the first."""
    content = break_content(user=request.user, day=timezone.localdate(), settings=settings)
    options = content.micro if kind == "micro" else content.active
    wanted = request.GET.get("exercise")
    return next((o for o in options if o.exercise_id == wanted), options[0] if options else None)


def _preview(request: AuthenticatedHttpRequest, settings: BreakSettings) -> tuple[DeskBreak, ...]:
    """Return a work day's breaks as they would run with these settings."""
    day = timezone.localdate()
    content = break_content(user=request.user, day=day, settings=settings)
    # Show a whole work day even on a day off or while reminders are off.
    preview = replace(settings, enabled=True, work_days=tuple(range(7)))
    return breaks_on(preview, content, day)
