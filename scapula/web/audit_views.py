"""The audit log read two ways: the clinic admin's whole log, and a patient's "who looked"."""

from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.clinic.access import audit_about, audit_for_clinic, reads_clinic_audit
from scapula.clinic.models import AuditEntry
from scapula.core import Mode

PER_PAGE = 50
VERBS = {AuditEntry.Action.READ: "looked at", AuditEntry.Action.WRITE: "changed"}


def person_name(person: User) -> str:
    """The name a person reads for someone: their full name, else their e-mail or user name."""
    return person.get_full_name() or person.email or person.get_username()


class _PersonChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: User) -> str:
        return person_name(obj)


class AuditFilterForm(forms.Form):
    """Narrow the clinic's log to one clinician, one patient, or both."""

    clinician = _PersonChoice(queryset=User.objects.none(), required=False, empty_label="Anyone")
    patient = _PersonChoice(queryset=User.objects.none(), required=False, empty_label="Anyone")

    def __init__(self, data: QueryDict | None, log: QuerySet[AuditEntry]) -> None:
        super().__init__(data)
        # The choices come from the log itself, so no one outside the clinic's log is listed.
        by_name = ("first_name", "last_name", "email", "username")
        actors = User.objects.filter(pk__in=log.values("actor")).order_by(*by_name)
        patients = User.objects.filter(pk__in=log.values("user")).order_by(*by_name)
        self.fields["clinician"].queryset = actors  # type: ignore[attr-defined]
        self.fields["patient"].queryset = patients  # type: ignore[attr-defined]
        self.fields["clinician"].label = "Who"
        self.fields["patient"].label = "Whose records"


@dataclass(frozen=True)
class WhoLooked:
    """One entry of a patient's "who looked" list, in plain words."""

    sentence: str
    when: datetime


@login_required
def clinic_audit(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The clinic's audit log for its admin, newest first: who, whose records, what, when, where."""
    if not reads_clinic_audit(request.user):
        raise Http404("No such page.")
    log = audit_for_clinic(request.user)
    form = AuditFilterForm(request.GET or None, log)
    entries, is_filtered = log, False
    if form.is_bound and form.is_valid():
        if form.cleaned_data["clinician"] is not None:
            entries = entries.filter(actor=form.cleaned_data["clinician"])
        if form.cleaned_data["patient"] is not None:
            entries = entries.filter(user=form.cleaned_data["patient"])
        is_filtered = any(value is not None for value in form.cleaned_data.values())
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    zone = _zone_of(request.user)
    rows = [
        {
            "when": timezone.localtime(entry.created_at, zone),
            "who": person_name(entry.actor),
            "patient": person_name(entry.user),
            "what": f"{entry.get_action_display()}: {entry.what}",
            "where": entry.remote_addr or "not known",
        }
        for entry in page
    ]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "filters": _query_without_page(request) if is_filtered else "",
        "is_filtered": is_filtered,
    }
    return render(request, "web/clinic/audit_log.html", context, status=400 if form.errors else 200)


@login_required
def who_looked(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Who looked at or changed the signed-in person's records, newest first, in plain words."""
    person = request.user
    on_own_computer = settings.SCAPULA_MODE is Mode.PERSONAL and person.is_owner
    page = Paginator(audit_about(person), PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "entries": [_who_looked(entry, person) for entry in page],
        "on_own_computer": on_own_computer,
    }
    return render(request, "web/who_looked.html", context)


def _who_looked(entry: AuditEntry, patient: User) -> WhoLooked:
    """'Ana Silva (your clinician) looked at your progress on 3 December at 14:05'."""
    when = timezone.localtime(entry.created_at, _zone_of(patient))
    day = f"{when.day} {when:%B}" + (f" {when.year}" if when.year != timezone.now().year else "")
    who = person_name(entry.actor)
    relation = _relation(entry.actor, patient)
    if relation:
        who = f"{who} ({relation})"
    verb = VERBS.get(AuditEntry.Action(entry.action), "looked at")
    return WhoLooked(f"{who} {verb} your {entry.what} on {day} at {when:%H:%M}", when)


def _relation(actor: User, patient: User) -> str:
    """How the actor stands to the patient, in the patient's words."""
    if actor.pk == patient.clinician_id:
        return "your clinician"
    if actor.is_clinician:
        return "a clinician"
    if actor.is_clinic_admin:
        return "your clinic's administrator"
    return ""


def _zone_of(person: User) -> tzinfo:
    """The person's own time zone, else the server's."""
    try:
        return ZoneInfo(person.time_zone) if person.time_zone else timezone.get_default_timezone()
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


def _query_without_page(request: AuthenticatedHttpRequest) -> str:
    """The filter part of the query string, for the next and previous page links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
