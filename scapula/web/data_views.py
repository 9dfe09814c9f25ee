"""Your data: download it (JSON, CSV), bring an export back in, or delete everything."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core import ScapulaError
from scapula.portability.csv_export import CsvKind, csv_kind, export_csv
from scapula.portability.deletion import delete_person
from scapula.portability.downloads import download
from scapula.portability.fhir import FHIR_JSON, export_fhir_json
from scapula.portability.json_export import export_person, import_person
from scapula.portability.records import has_records
from scapula.web.data_forms import DeleteForm, ImportForm

CSV_TABLES = [
    (CsvKind.PAIN, "Pain diary", "every pain score with its day, moment, place and note"),
    (CsvKind.SESSIONS, "Sessions", "each session: when, how it ended, pain before and after"),
    (CsvKind.CHECK_INS, "Check-ins", "each two-weekly check-in: the activities and the change"),
]


@login_required
def data_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The page with every way to take your data away, bring it back, or delete it."""
    return _page(request, ImportForm(), DeleteForm())


def _page(
    request: AuthenticatedHttpRequest, import_form: ImportForm, delete_form: DeleteForm
) -> HttpResponse:
    context = {
        "import_form": import_form,
        "delete_form": delete_form,
        "csv_tables": CSV_TABLES,
        "can_import": not has_records(request.user),
    }
    failed = import_form.errors or delete_form.errors
    return render(request, "web/your_data.html", context, status=400 if failed else 200)


@login_required
def download_json(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Everything the person owns as one JSON file."""
    now = timezone.now()
    body = json.dumps(export_person(request.user, now=now), indent=2, ensure_ascii=False)
    name = f"scapula-{timezone.localdate(now).isoformat()}.json"
    return download(body, content_type="application/json", filename=name)


@login_required
def download_fhir(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The person's records as a FHIR R4 Bundle, for another health app or a clinic record."""
    today, now = timezone.localdate(), timezone.now()
    body = export_fhir_json(user=request.user, today=today, now=now)
    return download(body, content_type=FHIR_JSON, filename=f"scapula-fhir-{today}.json")


@login_required
def download_csv(request: AuthenticatedHttpRequest, kind: str) -> HttpResponse:
    """One table as CSV for a spreadsheet."""
    try:
        table = csv_kind(kind)
    except ScapulaError:
        return HttpResponse("No such table.", status=404, content_type="text/plain")
    name = f"scapula-{table.value}-{timezone.localdate().isoformat()}.csv"
    body = export_csv(request.user, table)
    return download(body, content_type="text/csv; charset=utf-8", filename=name)


@login_required
@require_POST
def import_json(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Bring a JSON export into an account that is still empty; the form again on a problem."""
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            counts = import_person(request.user, form.cleaned_data["document"])
        except ScapulaError as error:
            form.add_error("document", _sentence(error))
        else:
            messages.success(request, f"Brought in {sum(counts.values())} records.")
            return redirect("web:your-data")
    return _page(request, form, DeleteForm())


@login_required
@require_POST
def delete_everything(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Delete the account and every record in it, once the box is ticked."""
    form = DeleteForm(request.POST)
    if not form.is_valid():
        return _page(request, ImportForm(), form)
    try:
        delete_person(request.user)
    except ScapulaError as error:
        form.add_error(None, f"{error.message[0].upper()}{error.message[1:]}.")
        return _page(request, ImportForm(), form)
    logout(request)  # the account is gone: so is its sign-in
    messages.success(request, "Everything was deleted. scapula starts afresh.")
    return redirect("web:home")


def _sentence(error: ScapulaError) -> str:
    """A service's error as a sentence for a person (without the internal place it names)."""
    return f"This file could not be brought in: {error.message.rstrip('.')}. Nothing was changed."
