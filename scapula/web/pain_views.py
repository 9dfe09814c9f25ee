"""The pain diary: a score on any day, with or without a session, and a way to fix mistakes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core import ScapulaError
from scapula.core.limits import PAIN_SCALE
from scapula.practice.morning import MORNING, record_morning_pain
from scapula.tracking.models import PainEntry
from scapula.tracking.services import correct_pain_entry, delete_pain_entry, record_pain
from scapula.web.pain_forms import MOMENT_LABELS, SITE_LABELS, CorrectionForm, PainEntryForm

SHOWN_ENTRIES = 60


@login_required
def pain_diary(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record a pain score (the form again with the message when it is not valid) and list them."""
    form = PainEntryForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            _record(request, form.cleaned_data)
        except ScapulaError as error:
            form.add_error(None, str(error))
        else:
            return redirect("web:pain-diary")
    return render(
        request, "web/pain_diary.html", _context(request, form), status=400 if form.errors else 200
    )


def _record(request: AuthenticatedHttpRequest, data: dict[str, object]) -> None:
    """Store through the same services as the API and the CLI (a morning score reviews doses)."""
    score, today = int(str(data["score"])), timezone.localdate()
    where = {"site": str(data["site"]), "side": str(data["side"]), "note": str(data["note"])}
    if data["context"] == MORNING:
        result = record_morning_pain(user=request.user, score=score, today=today, **where)
        if not result.is_new:
            messages.info(request, "This morning's pain was already recorded; correct it below.")
            return
    else:
        context = str(data["context"])
        record_pain(user=request.user, score=score, context=context, today=today, **where)
    messages.success(request, f"Recorded {data['score']} out of 10.")


def _context(request: AuthenticatedHttpRequest, form: PainEntryForm) -> dict[str, object]:
    entries = PainEntry.objects.filter(user=request.user).order_by("-recorded_on", "-id")
    return {
        "form": form,
        "entries": [
            {
                "entry": entry,
                "moment": MOMENT_LABELS.get(entry.context, entry.context),
                "site": SITE_LABELS.get(entry.site, ""),
            }
            for entry in entries[:SHOWN_ENTRIES]
        ],
        "scale": PAIN_SCALE.choices,
    }


@login_required
@require_POST
def correct_entry(request: AuthenticatedHttpRequest, entry_id: int) -> HttpResponse:
    """Change a wrong score; earlier dose decisions stay as they were made."""
    form = CorrectionForm(request.POST)
    try:
        if not form.is_valid():
            raise ScapulaError("choose a number from 0 to 10", field="score")
        correct_pain_entry(user=request.user, entry_id=entry_id, score=form.cleaned_data["score"])
    except ScapulaError as error:
        messages.error(request, f"Not changed: {error.message}.")
    else:
        messages.success(request, "Entry corrected.")
    return redirect("web:pain-diary")


@login_required
@require_POST
def delete_entry(request: AuthenticatedHttpRequest, entry_id: int) -> HttpResponse:
    """Remove a wrong entry."""
    try:
        delete_pain_entry(user=request.user, entry_id=entry_id)
    except ScapulaError as error:
        messages.error(request, f"Not removed: {error.message}.")
    else:
        messages.success(request, "Entry removed.")
    return redirect("web:pain-diary")
