"""The person's own data out of scapula and back: exports, import, and deleting it all."""

import json
from typing import Any

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from ninja import Router, Schema
from ninja.responses import Status

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.core import ScapulaError
from scapula.portability.csv_export import CsvKind, export_csv
from scapula.portability.deletion import delete_person
from scapula.portability.downloads import download, handout_filename
from scapula.portability.fhir import FHIR_JSON, export_fhir_json
from scapula.portability.handout import HandoutRequest, handout_pdf
from scapula.portability.json_export import export_person, import_person

router = Router(tags=["your data"])

CONFIRMATION = "delete my data"


@router.get("/export/json", response={200: dict[str, Any], **ERROR_RESPONSES})
def get_json_export(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Everything you own in scapula as one JSON document, as `POST /api/import/json` reads it."""
    now = timezone.now()
    document = export_person(request.user, now=now)
    body = json.dumps(document, indent=2, ensure_ascii=False)
    name = f"scapula-{timezone.localdate(now).isoformat()}.json"
    return download(body, content_type="application/json", filename=name)


@router.get("/export/csv", response={200: str, **ERROR_RESPONSES})
def get_csv_export(request: AuthenticatedHttpRequest, kind: CsvKind = CsvKind.PAIN) -> HttpResponse:
    """One table as CSV (pain entries, sessions or check-ins); formula-like cells are made text."""
    name = f"scapula-{kind.value}-{timezone.localdate().isoformat()}.csv"
    body = export_csv(request.user, kind)
    return download(body, content_type="text/csv; charset=utf-8", filename=name)


@router.get("/export/pdf", response={200: str, **ERROR_RESPONSES})
def get_pdf_handout(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Today's routine as a printable PDF handout (403 while the safety check locks exercise)."""
    today = timezone.localdate()
    pdf = handout_pdf(HandoutRequest(request.user, today, request.build_absolute_uri("/")))
    return download(pdf, content_type="application/pdf", filename=handout_filename(today))


_FHIR_BUNDLE = {
    "description": "A FHIR R4 Bundle of type collection (fhir.resources R4B models).",
    "content": {
        FHIR_JSON: {
            "schema": {
                "type": "object",
                "required": ["resourceType", "type", "entry"],
                "properties": {
                    "resourceType": {"type": "string", "enum": ["Bundle"]},
                    "type": {"type": "string", "enum": ["collection"]},
                    "timestamp": {"type": "string", "format": "date-time"},
                    "entry": {"type": "array", "items": {"type": "object"}},
                },
            }
        }
    },
}


@router.get(
    "/export/fhir",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra={"responses": {200: _FHIR_BUNDLE}},
)
def export_fhir(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Return your records (pain, check-ins, safety checks, program, sessions) as FHIR R4."""
    today, now = timezone.localdate(), timezone.now()
    body = export_fhir_json(user=request.user, today=today, now=now)
    return download(body, content_type=FHIR_JSON, filename=f"scapula-fhir-{today}.json")


class ImportOut(Schema):
    """How many records of each kind the import wrote."""

    imported: dict[str, int]


@router.post("/import/json", response={201: ImportOut, **ERROR_RESPONSES})
def post_json_import(request: AuthenticatedHttpRequest) -> Status[ImportOut]:
    """Bring a JSON export into this account; it must have no records yet. All or nothing."""
    try:
        document = json.loads(request.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ScapulaError("is not JSON", field="document") from None
    return Status(201, ImportOut(imported=import_person(request.user, document)))


class DeleteIn(Schema):
    """The confirmation that must accompany deleting everything."""

    confirm: str


class DeleteOut(Schema):
    """How many records of each kind were removed."""

    deleted: dict[str, int]


@router.post("/me/delete", response={200: DeleteOut, **ERROR_RESPONSES})
def post_delete_me(request: HttpRequest, payload: DeleteIn) -> JsonResponse | DeleteOut:
    """Delete your account and every record in it, for good. Send {"confirm": "delete my data"}."""
    if payload.confirm.strip().lower() != CONFIRMATION:
        raise ScapulaError(f"must be {CONFIRMATION!r} to delete everything", field="confirm")
    deleted = delete_person(request.user)  # type: ignore[arg-type]
    logout(request)  # the account is gone: so is its sign-in
    return DeleteOut(deleted=deleted)
