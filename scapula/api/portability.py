"""The person's own data out of scapula: exports in standard formats."""

from django.http import HttpResponse
from django.utils import timezone
from ninja import Router

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.portability.fhir import FHIR_JSON, export_fhir_json

router = Router(tags=["your data"])

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
    response = HttpResponse(
        export_fhir_json(user=request.user, today=today, now=now), content_type=FHIR_JSON
    )
    response["Content-Disposition"] = f'attachment; filename="scapula-fhir-{today}.json"'
    return response
