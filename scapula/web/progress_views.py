"""The progress page: pain against its baseline, adherence, and the streak, as SVG charts."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core.outcomes import (
    adherence,
    adherence_calendar,
    calendar,
    needs_clinician_review,
    pain_chart,
)
from scapula.plans.selectors import current_plan, week_of
from scapula.practice.selectors import session_statuses
from scapula.tracking.selectors import pain_readings, pain_trend_for


@login_required
def progress_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Show whether it is working: the pain trend and how regularly sessions happen."""
    today = timezone.localdate()
    readings = pain_readings(user=request.user)
    trend = pain_trend_for(user=request.user, today=today)
    statuses = session_statuses(user=request.user)
    stored = current_plan(user=request.user)
    start = stored.starts_on if stored else today
    days = calendar(statuses, start=start, today=today)
    chart = pain_chart(readings, today=today, baseline=trend.baseline)
    context = {
        "trend": trend,
        "pain_chart": mark_safe(chart),  # noqa: S308 - SVG built by the core, text escaped
        "calendar": mark_safe(adherence_calendar(days)),  # noqa: S308 - core SVG
        "adherence": adherence(statuses, start=start, today=today),
        "readings": sorted(readings, key=lambda r: r.on, reverse=True)[:28],
        "week": week_of(stored, today) if stored else None,
        # PSFS is not recorded yet, so function counts as not improved.
        "needs_review": stored is not None
        and needs_clinician_review(
            week_of(stored, today), pain_improved=trend.is_meaningful, function_improved=False
        ),
    }
    return render(request, "web/progress.html", context)
