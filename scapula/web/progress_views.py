"""The progress page, the two-weekly check-in and the one-page summary."""

from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe

from scapula.accounts.services import set_display_name
from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core import ScapulaError
from scapula.core.outcomes import (
    adherence_calendar,
    first_and_latest,
    function_chart,
    groc_label,
    pain_chart,
)
from scapula.core.outcomes.function import GROC_SOURCE, PSFS_SOURCE
from scapula.core.outcomes.pain import REVIEW_SOURCE
from scapula.core.screening import GATE_MESSAGES, Gate
from scapula.practice.history import exercise_name, stops_since
from scapula.practice.overview import progress_overview
from scapula.practice.progress import recent_changes
from scapula.practice.selectors import today_session
from scapula.screening.selectors import gate_for, latest_screening
from scapula.tracking.selectors import (
    psfs_activities,
)
from scapula.tracking.services import record_check_in
from scapula.web.check_in_forms import FirstCheckInForm, FollowUpCheckInForm
from scapula.web.summary_forms import SummaryNameForm


def progress_context(request: AuthenticatedHttpRequest) -> dict[str, Any]:
    """Gather pain, function, adherence and the review decision for one person."""
    overview = progress_overview(user=request.user, today=timezone.localdate())
    return {
        "overview": overview,
        "today": overview.today,
        "trend": overview.trend,
        "function": overview.function,
        "check_ins": [
            {"check_in": c, "groc_text": groc_label(c.groc) if c.groc is not None else ""}
            for c in reversed(overview.check_ins)
        ],
        "check_in_due": overview.check_in_due,
        "next_check_in": overview.next_check_in,
        "pain_chart": mark_safe(  # noqa: S308 - core SVG, text escaped
            pain_chart(overview.readings, today=overview.today, baseline=overview.trend.baseline)
        ),
        "function_chart": mark_safe(function_chart(overview.check_ins)),  # noqa: S308 - core SVG
        "calendar": mark_safe(adherence_calendar(overview.calendar)),  # noqa: S308 - core SVG
        "adherence": overview.adherence,
        "readings": sorted(overview.readings, key=lambda r: r.on, reverse=True)[:28],
        "stored": overview.plan,
        "week": overview.week,
        "needs_review": overview.needs_review,
        "trend_sources": (overview.trend.source,),
        "function_sources": (overview.function.source,),
        "review_sources": (REVIEW_SOURCE,),
    }


@login_required
def progress_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Show whether it is working: pain, activities, global change and regular sessions."""
    return render(request, "web/progress.html", progress_context(request))


@login_required
def check_in_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The two-weekly check-in: name or re-rate the activities, and the global change."""
    activities = psfs_activities(user=request.user)
    data = request.POST if request.method == "POST" else None
    form: FirstCheckInForm | FollowUpCheckInForm = (
        FollowUpCheckInForm(data, activities=activities) if activities else FirstCheckInForm(data)
    )
    if data is not None and form.is_valid():
        try:
            record_check_in(
                user=request.user,
                ratings=form.ratings(),
                groc=form.cleaned_data.get("groc"),
                today=timezone.localdate(),
            )
        except ScapulaError as error:
            form.add_error(None, error.message[:1].upper() + error.message[1:] + ".")
        else:
            messages.success(request, "Check-in saved. The next one is in two weeks.")
            return redirect("web:progress")
    context = {
        "form": form,
        "is_first": not activities,
        "check_in_sources": (PSFS_SOURCE, GROC_SOURCE),
    }
    return render(request, "web/check_in.html", context, status=400 if form.errors else 200)


SUMMARY_DAYS = 28


@login_required
def summary_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """One printable page a clinician reads in half a minute, and the name printed on it."""
    form = SummaryNameForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        set_display_name(user=request.user, name=form.cleaned_data["name"])
        return redirect("web:summary")
    context = progress_context(request) | {"name_form": form}
    today = context["today"]
    screening = latest_screening(user=request.user)
    gate = gate_for(user=request.user, today=today)
    overview = context["overview"]
    days = _summary_days(overview.plan.starts_on if overview.plan else None, today)
    context |= {
        "person_name": request.user.get_full_name(),
        "session": today_session(user=request.user, today=today),
        "changes": [
            (exercise_name(change.exercise_id), change)
            for change in recent_changes(user=request.user)
        ],
        "stops": stops_since(user=request.user, since=today - timedelta(days=SUMMARY_DAYS - 1)),
        "first_entry": min((r.on for r in overview.readings), default=None),
        "chart_weeks": days // 7,
        "pain_chart": mark_safe(  # noqa: S308 - core SVG, text escaped
            pain_chart(overview.readings, today=today, baseline=overview.trend.baseline, days=days)
        ),
        "screening": screening,
        "gate_open": gate is Gate.OPEN,
        "gate_message": GATE_MESSAGES.get(gate, ""),
        "first_last": first_and_latest([row["check_in"] for row in context["check_ins"]]),
    }
    return render(request, "web/summary.html", context, status=400 if form.errors else 200)


def _summary_days(plan_start: date | None, today: date) -> int:
    """Chart the whole plan so far in whole weeks: at least four, at most twelve."""
    so_far = (today - plan_start).days + 1 if plan_start else 0
    weeks = min(12, max(4, -(-so_far // 7)))
    return weeks * 7
