"""The clinician's workspace: the patient list, one patient's page, and marking alerts seen."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.clinic.access import patient_for
from scapula.clinic.alerts import kind_words, mark_seen
from scapula.clinic.workspace import SORTS, SPARK_DAYS, patient_page, patient_rows
from scapula.core.outcomes import adherence_calendar, function_chart, pain_chart
from scapula.core.outcomes.pain import REVIEW_SOURCE
from scapula.core.outcomes.sparkline import pain_sparkline

PAGE_SIZE = 50


def _require_clinician(request: AuthenticatedHttpRequest) -> None:
    """Only clinicians have a workspace; for anyone else it does not exist."""
    if not request.user.is_clinician:
        raise Http404("No such page.")


@login_required
def patient_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The clinician's patients with last activity, adherence, pain, flags and unread alerts."""
    _require_clinician(request)
    sort = request.GET.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    flagged, idle = request.GET.get("flagged") == "1", request.GET.get("idle") == "1"
    search = request.GET.get("q", "")[:100]
    # No audit entry per listed patient: the list shows only the summary figures, and one
    # entry per row would write a thousand rows per view and bury the reads that matter.
    # Every patient page (the full records and charts) is audited, via patient_for.
    today = timezone.localdate()
    rows = patient_rows(
        request.user,
        today=today,
        sort=sort,
        flagged_only=flagged,
        idle_only=idle,
        search=search,
    )
    # A page of rows: every patient is sorted and filtered, only PAGE_SIZE are drawn.
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    shown = [
        {
            "row": row,
            "sparkline": mark_safe(  # noqa: S308 - core SVG, its label escaped
                pain_sparkline(
                    row.facts.recent.daily_pain(today, SPARK_DAYS),
                    label=f"Pain at rest over 28 days: {row.name}",
                )
            ),
        }
        for row in page.object_list
    ]
    filters = {"flagged": "1" if flagged else "", "idle": "1" if idle else "", "q": search}
    kept = {key: value for key, value in filters.items() if value}
    sort_links = [
        {"label": label, "url": "?" + urlencode({**kept, "sort": key}), "current": key == sort}
        for key, label in SORTS.items()
    ]
    here = {**kept, "sort": sort}
    context = {
        "rows": shown,
        "total": len(rows),
        "page": page,
        "previous_url": "?" + urlencode({**here, "page": page.number - 1})
        if page.has_previous()
        else "",
        "next_url": "?" + urlencode({**here, "page": page.number + 1}) if page.has_next() else "",
        "sort": sort,
        "sort_links": sort_links,
        "flagged": flagged,
        "idle": idle,
        "search": search,
        "filtered": bool(kept),
    }
    return render(request, "web/clinic/workspace_list.html", context)


@login_required
def patient_detail(request: AuthenticatedHttpRequest, patient_id: int) -> HttpResponse:
    """One patient: progress charts, sessions with their stops, screenings, alerts."""
    _require_clinician(request)
    patient = patient_for(
        request.user,
        patient_id,
        what="patient page: progress, sessions, safety checks and alerts",
        remote_addr=request.META.get("REMOTE_ADDR", ""),
    )
    page = patient_page(patient, today=timezone.localdate())
    overview = page.overview
    context = {
        "page": page,
        "overview": overview,
        "trend": overview.trend,
        "function": overview.function,
        "pain_chart": mark_safe(  # noqa: S308 - core SVG, text escaped
            pain_chart(overview.readings, today=overview.today, baseline=overview.trend.baseline)
        ),
        "function_chart": mark_safe(function_chart(overview.check_ins)),  # noqa: S308 - core SVG
        "calendar": mark_safe(adherence_calendar(overview.calendar)),  # noqa: S308 - core SVG
        "alerts": [{"alert": alert, "kind": kind_words(alert.kind)} for alert in page.alerts],
        "review_sources": (REVIEW_SOURCE,),
    }
    return render(request, "web/clinic/patient_detail.html", context)


@login_required
@require_POST
def alert_seen(request: AuthenticatedHttpRequest, patient_id: int, alert_id: int) -> HttpResponse:
    """Mark one of the patient's alerts seen, then go back to the patient's page."""
    _require_clinician(request)
    patient = patient_for(
        request.user,
        patient_id,
        what="marked a pain alert seen",
        write=True,
        remote_addr=request.META.get("REMOTE_ADDR", ""),
    )
    mark_seen(patient=patient, alert_id=alert_id, now=timezone.now())
    return redirect("workspace:patient", patient_id=patient.pk)
