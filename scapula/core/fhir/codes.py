"""The code systems, codes and extension addresses the FHIR export uses (docs/decisions/0006)."""

from typing import Any

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# The HL7 Physical Activity IG's PACarePlan profile: the US Core category its parent needs
# and the IG's own PhysicalActivity category (pa-careplan, category slice "PA").
US_CORE_CAREPLAN_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
PA_TEMPORARY_CODES = "http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes"
FHIR_EXTENSION = "http://hl7.org/fhir/StructureDefinition"

# scapula has no web address of its own: its definitions live under a reserved domain
# that can never resolve or clash with anyone else's (RFC 2606).
SCAPULA = "https://scapula.invalid/fhir"
CODE_SYSTEM = f"{SCAPULA}/CodeSystem"
EXTENSION = f"{SCAPULA}/StructureDefinition"

PAIN_MOMENT_SYSTEM = f"{CODE_SYSTEM}/pain-moment"
PAIN_SITE_SYSTEM = f"{CODE_SYSTEM}/pain-site"
PAIN_SIDE_SYSTEM = f"{CODE_SYSTEM}/pain-side"
PAIN_PART_SYSTEM = f"{CODE_SYSTEM}/pain-score-part"
SESSION_ENDING_SYSTEM = f"{CODE_SYSTEM}/session-ending"
EXERCISE_SYSTEM = f"{CODE_SYSTEM}/exercise"
SESSION_KEY_SYSTEM = f"{SCAPULA}/session-key"

SAFETY_CHECK_URL = f"{SCAPULA}/Questionnaire/safety-check"
SAFETY_RECHECK_URL = f"{SCAPULA}/Questionnaire/safety-recheck"

EXT_PROFILE = f"{EXTENSION}/assessment-profile"
EXT_DOSE = f"{EXTENSION}/exercise-dose"
EXT_VERSION = f"{EXTENSION}/exercise-version"
EXT_DOSE_CHANGE = f"{EXTENSION}/dose-change"
EXT_CLEARANCE = f"{EXTENSION}/clearance"
EXT_RESULT = f"{EXTENSION}/safety-check-result"
EXT_PAIN_BEFORE = f"{EXTENSION}/pain-before"
EXT_PAIN_AFTER = f"{EXTENSION}/pain-after"
EXT_SESSION_EXERCISE = f"{EXTENSION}/session-exercise"
EXT_MIN_VALUE = f"{FHIR_EXTENSION}/minValue"
EXT_MAX_VALUE = f"{FHIR_EXTENSION}/maxValue"

NPRS_CODE = "72514-3"
NPRS_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
EXERCISE_THERAPY_CODE = "229065009"
EXERCISE_THERAPY_DISPLAY = "Exercise therapy"
SCORE_UNIT = "{score}"

PAIN_MOMENT_WORDS = {
    "usual": "Usual pain",
    "morning": "The morning after a session",
    "before": "Before a session",
    "peak": "Worst during a session",
    "after": "After a session",
}
PAIN_SITE_WORDS = {
    "between_shoulder_blades": "Between the shoulder blades",
    "neck": "Neck",
    "top_of_shoulder": "Top of the shoulder",
}
PAIN_SIDE_WORDS = {"left": "Left", "right": "Right", "both": "Both sides"}
PAIN_PART_WORDS = {
    "moment": "When the score was taken",
    "site": "Where it hurts",
    "side": "Which side",
}


def coding(system: str, code: str, display: str = "") -> dict[str, Any]:
    """Return a Coding, with its display when there is one."""
    found: dict[str, Any] = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def concept(system: str, code: str, display: str = "", text: str = "") -> dict[str, Any]:
    """Return a CodeableConcept of one coding, with a text when given."""
    found: dict[str, Any] = {"coding": [coding(system, code, display)]}
    if text:
        found["text"] = text
    return found


def nprs_concept() -> dict[str, Any]:
    """The LOINC code of a 0-10 pain score."""
    return concept(LOINC, NPRS_CODE, NPRS_DISPLAY, "Pain score (0-10)")


def exercise_therapy_concept() -> dict[str, Any]:
    """The SNOMED CT code of exercise therapy."""
    return concept(SNOMED, EXERCISE_THERAPY_CODE, EXERCISE_THERAPY_DISPLAY, "Exercise therapy")


def survey_category() -> dict[str, Any]:
    """The observation category of a score the person reports."""
    return concept(OBSERVATION_CATEGORY, "survey", "Survey")


def physical_activity_category() -> dict[str, Any]:
    """The Physical Activity IG's category for its care plans and service requests."""
    return concept(PA_TEMPORARY_CODES, "PhysicalActivity", "Physical Activity")


def careplan_categories() -> list[dict[str, Any]]:
    """A physical activity care plan's categories, as the IG's PACarePlan profile sets them."""
    return [
        concept(US_CORE_CAREPLAN_CATEGORY, "assess-plan", "Assessment and Plan of Treatment"),
        physical_activity_category(),
    ]


def has_coding(value: object, system: str, code: str) -> bool:
    """Return whether a CodeableConcept (as JSON data) carries a system and code."""
    if not isinstance(value, dict):
        return False
    codings = value.get("coding") or []
    return any(
        isinstance(item, dict) and item.get("system") == system and item.get("code") == code
        for item in codings
    )
