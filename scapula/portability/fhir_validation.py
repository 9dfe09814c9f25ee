"""Every resource checked against the FHIR R4B models of fhir.resources (docs/decisions/0006).

R4B is the same as R4 (4.0.1) for every resource scapula writes; fhir.resources ships no
R4 models that work beside pydantic 2.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from scapula.core import ScapulaError


def check_export(bundle: Mapping[str, Any]) -> None:
    """Validate a bundle scapula built; a failure here is a bug, not the person's doing."""
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)


def check_import(bundle: object) -> Mapping[str, Any]:
    """Refuse a bundle that is not valid FHIR R4, naming the first field that is wrong."""
    from fhir.resources.R4B.bundle import Bundle

    if not isinstance(bundle, Mapping):
        raise ScapulaError("must be a FHIR Bundle (a JSON object)", field="bundle")
    if bundle.get("resourceType") != "Bundle":
        raise ScapulaError(
            f"must be 'Bundle', got {bundle.get('resourceType')!r}", field="resourceType"
        )
    try:
        Bundle.model_validate(bundle)
    except ValidationError as error:
        first = error.errors()[0]
        raise ScapulaError(
            f"is not valid FHIR R4: {first['msg']}", field=field_name(first["loc"])
        ) from None
    return bundle


def field_name(location: Sequence[Any]) -> str:
    """Turn pydantic's location into a field name: entry[0].resource.status."""
    name = ""
    for part in location:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name or "bundle"
