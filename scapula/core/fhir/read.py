"""A FHIR bundle back into plain records: what scapula wrote, with every field checked."""

from collections.abc import Mapping
from typing import Any

from scapula.core.errors import ScapulaError
from scapula.core.fhir.codes import (
    EXERCISE_THERAPY_CODE,
    LOINC,
    NPRS_CODE,
    PAIN_PART_SYSTEM,
    PAIN_SIDE_WORDS,
    SAFETY_CHECK_URL,
    SAFETY_RECHECK_URL,
    SNOMED,
    has_coding,
)
from scapula.core.fhir.entries import Entry
from scapula.core.fhir.read_answers import read_check_in, read_screening
from scapula.core.fhir.read_program import read_careplan
from scapula.core.fhir.read_sessions import read_procedure
from scapula.core.fhir.values import (
    CheckInValue,
    PainValue,
    PersonRecords,
    PlanValue,
    ScreeningValue,
    SessionValue,
)
from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import PAIN_CONTEXTS, PAIN_SITES

# Resources scapula writes for readers but rebuilds itself from the rest on import.
DERIVED = frozenset({"Questionnaire", "ServiceRequest", "ActivityDefinition"})
PART_WORDS = {"moment": PAIN_CONTEXTS, "site": PAIN_SITES, "side": tuple(PAIN_SIDE_WORDS)}


def read_bundle(bundle: Mapping[str, Any], *, known_exercises: frozenset[str]) -> PersonRecords:
    """Return the records of a scapula FHIR collection, or name the first field that is wrong."""
    entries = _entries(bundle)
    names: list[str] = []
    pains: list[PainValue] = []
    check_ins: list[CheckInValue] = []
    screenings: list[ScreeningValue] = []
    plans: list[PlanValue] = []
    sessions: list[SessionValue] = []
    ignored: dict[str, int] = {}
    for entry in entries:
        kind = entry.kind
        if kind == "Patient":
            names.append(_name(entry))
        elif kind == "Observation" and has_coding(entry.get("code"), LOINC, NPRS_CODE):
            pains.append(_pain(entry))
        elif kind == "QuestionnaireResponse" and _is_safety_check(entry):
            screenings.append(read_screening(entry))
        elif kind == "QuestionnaireResponse":
            check_ins.append(read_check_in(entry))
        elif kind == "CarePlan":
            plans.append(read_careplan(entry, known_exercises))
        elif kind == "Procedure" and has_coding(entry.get("code"), SNOMED, EXERCISE_THERAPY_CODE):
            sessions.append(read_procedure(entry, known_exercises))
        elif kind not in DERIVED:
            ignored[kind] = ignored.get(kind, 0) + 1
    if len(names) != 1:
        raise ScapulaError(f"must hold exactly one Patient, found {len(names)}", field="entry")
    if len(plans) > 1:
        raise ScapulaError(f"must hold at most one CarePlan, found {len(plans)}", field="entry")
    _check_unique_keys(sessions)
    check_ins.sort(key=lambda check_in: check_in.taken_at)
    return PersonRecords(
        name=names[0],
        activities=tuple(name for name, _score in check_ins[0].ratings) if check_ins else (),
        pains=tuple(pains),
        check_ins=tuple(check_ins),
        screenings=tuple(sorted(screenings, key=lambda s: s.answered_at)),
        plan=plans[0] if plans else None,
        sessions=tuple(sorted(sessions, key=lambda s: s.started_at)),
        ignored=ignored,
    )


def _entries(bundle: Mapping[str, Any]) -> list[Entry]:
    """The bundle's resources; refuse anything but a collection Bundle."""
    if bundle.get("resourceType") != "Bundle":
        raise ScapulaError("must be 'Bundle'", field="resourceType")
    if bundle.get("type") != "collection":
        raise ScapulaError(f"must be 'collection', got {bundle.get('type')!r}", field="type")
    found = bundle.get("entry") or []
    if not isinstance(found, list):
        raise ScapulaError("must be a list of entries", field="entry")
    entries = []
    for index, item in enumerate(found):
        resource = item.get("resource") if isinstance(item, Mapping) else None
        if not isinstance(resource, Mapping):
            raise ScapulaError("has no resource", field=f"entry[{index}].resource")
        entries.append(Entry(index, resource))
    return entries


def _name(entry: Entry) -> str:
    """The person's name: the text of their first name, or its given and family parts."""
    names = entry.get("name") or []
    if not names:
        return ""
    first = names[0]
    if first.get("text"):
        return str(first["text"]).strip()
    return " ".join([*first.get("given", []), first.get("family", "")]).strip()


def _pain(entry: Entry) -> PainValue:
    """One NPRS Observation as a pain score, with its moment, site and side."""
    score = entry.whole("valueQuantity.value")
    PAIN_SCALE.check(score, field=entry.field("valueQuantity.value"))
    parts = _parts(entry)
    if "moment" not in parts:
        entry.fail("component", "needs the moment the score was taken (usual, morning, ...)")
    notes = entry.get("note") or []
    return PainValue(
        key=str(entry.index),
        score=score,
        context=parts["moment"],
        day=entry.day("effectiveDateTime"),
        recorded_at=entry.moment("issued"),
        site=parts.get("site", ""),
        side=parts.get("side", ""),
        note="\n".join(str(note.get("text", "")) for note in notes).strip(),
    )


def _parts(entry: Entry) -> dict[str, str]:
    """The moment, site and side components of a pain score, each checked against its list."""
    found: dict[str, str] = {}
    for index, component in enumerate(entry.get("component") or []):
        codings = [c for c in component["code"].get("coding", []) if c.get("system")]
        name = next((c["code"] for c in codings if c["system"] == PAIN_PART_SYSTEM), None)
        if name not in PART_WORDS:
            continue  # a component scapula did not write: not one of its parts
        path = f"component[{index}].valueCodeableConcept.coding[0].code"
        value = entry.text(path)
        if value not in PART_WORDS[name]:
            entry.fail(path, f"unknown {name} {value!r}; use one of: {', '.join(PART_WORDS[name])}")
        found[name] = value
    return found


def _is_safety_check(entry: Entry) -> bool:
    return entry.get("questionnaire") in (SAFETY_CHECK_URL, SAFETY_RECHECK_URL)


def _check_unique_keys(sessions: list[SessionValue]) -> None:
    seen: set[str] = set()
    for session in sessions:
        if session.key in seen:
            raise ScapulaError(f"session {session.key!r} appears twice", field="entry")
        seen.add(session.key)
