"""A person's records as a FHIR R4 Bundle and back, as plain data (docs/decisions/0006).

No FHIR library here: the core builds and reads JSON-ready dicts; the portability app
validates every resource with fhir.resources' R4B models before writing or reading.
"""

from scapula.core.fhir.bundle import bundle_resources, export_bundle
from scapula.core.fhir.ids import ResourceIds
from scapula.core.fhir.read import read_bundle
from scapula.core.fhir.values import (
    CheckInValue,
    ClearanceValue,
    DoseChangeValue,
    ExerciseResultValue,
    PainValue,
    PersonRecords,
    PlanValue,
    RoutineValue,
    ScreeningValue,
    SessionValue,
)

__all__ = [
    "CheckInValue",
    "ClearanceValue",
    "DoseChangeValue",
    "ExerciseResultValue",
    "PainValue",
    "PersonRecords",
    "PlanValue",
    "ResourceIds",
    "RoutineValue",
    "ScreeningValue",
    "SessionValue",
    "bundle_resources",
    "export_bundle",
    "read_bundle",
]
