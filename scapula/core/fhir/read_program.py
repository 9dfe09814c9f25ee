"""The CarePlan back into the program: the profile it was built from, and its decisions."""

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

from scapula.core.catalog import Dose
from scapula.core.catalog.describe import FREQUENCIES
from scapula.core.fhir.codes import EXT_DOSE_CHANGE, EXT_PROFILE
from scapula.core.fhir.entries import Entry, extensions, part
from scapula.core.fhir.values import DoseChangeValue, PlanValue
from scapula.core.progression import Decision

DECISIONS = tuple(decision.value for decision in Decision)


def read_careplan(entry: Entry, known_exercises: frozenset[str]) -> PlanValue:
    """The program: its start, the profile to build it again from, and every dose decision."""
    found = extensions(entry.resource, EXT_PROFILE)
    if not found:
        entry.fail("extension", "has no self-assessment profile to build the program from")
    return PlanValue(
        key=str(entry.index),
        starts_on=entry.day("period.start"),
        created_at=entry.moment("created"),
        profile=_profile(entry, f"extension[{found[0][0]}].valueAttachment.data"),
        phase="",
        dose_changes=tuple(
            _dose_change(entry, f"extension[{index}]", known_exercises)
            for index, _ext in extensions(entry.resource, EXT_DOSE_CHANGE)
        ),
    )


def _profile(entry: Entry, path: str) -> Mapping[str, Any]:
    """The profile: a JSON object, base64-encoded in the attachment."""
    try:
        profile = json.loads(base64.b64decode(entry.text(path), validate=True))
    except (binascii.Error, ValueError):
        entry.fail(path, "must be a JSON object in base64")
    if not isinstance(profile, dict):
        entry.fail(path, "must be a JSON object in base64")
    return profile


def _dose_change(entry: Entry, base: str, known: frozenset[str]) -> DoseChangeValue:
    """One progression decision with the dose it set."""
    paths = _parts(entry, base)

    def text(name: str, *, required: bool = True) -> str:
        if name not in paths:
            if required:
                entry.fail(base, f"a dose decision needs its {name}")
            return ""
        return entry.text(f"{paths[name]}.{_value_key(entry.get(paths[name]))}")

    for name in ("exercise", "switch-to"):
        exercise = text(name, required=name == "exercise")
        if exercise and exercise not in known:
            entry.fail(f"{paths[name]}.valueCode", f"unknown exercise {exercise!r}")

    decision = text("decision")
    if decision not in DECISIONS:
        entry.fail(base, f"unknown decision {decision!r}; use one of: {', '.join(DECISIONS)}")
    if "dose" not in paths or "decided-on" not in paths:
        entry.fail(base, "a dose decision needs its day and its dose")
    return DoseChangeValue(
        exercise_id=text("exercise"),
        decision=decision,
        reason=text("reason"),
        source=text("source", required=False),
        dose=read_dose(entry, paths["dose"]),
        decided_on=entry.day(f"{paths['decided-on']}.valueDate"),
        variant=text("version", required=False),
        switch_to=text("switch-to", required=False),
    )


def read_dose(entry: Entry, base: str) -> Dose:
    """A dose from its complex extension: sets, reps, hold, duration, sides, rest, frequency."""
    paths = _parts(entry, base)

    def number(name: str, default: int | None) -> int | None:
        if name not in paths:
            return default
        return entry.whole(f"{paths[name]}.{_value_key(entry.get(paths[name]))}")

    frequency = entry.text(f"{paths['frequency']}.valueCode") if "frequency" in paths else "daily"
    if frequency not in FREQUENCIES:
        entry.fail(f"{base}.extension", f"unknown frequency {frequency!r}")
    positions = tuple(
        entry.text(f"{base}.extension[{index}].valueString")
        for index, _ext in extensions(entry.get(base), "position")
    )
    each_side = entry.get(f"{paths['each-side']}.valueBoolean") if "each-side" in paths else False
    return Dose(
        sets=number("sets", 1) or 1,
        reps=number("reps", None),
        hold_seconds=number("hold-seconds", 0) or 0,
        duration_seconds=number("duration-seconds", None),
        per_side=each_side is True,
        rest_seconds=number("rest-seconds", 0) or 0,
        positions=positions,
        frequency=frequency,
        tempo=entry.text(f"{paths['tempo']}.valueString") if "tempo" in paths else "",
    )


def _parts(entry: Entry, base: str) -> dict[str, str]:
    """The path of each named part of a complex extension."""
    extension = entry.get(base)
    names = {item.get("url") for item in (extension or {}).get("extension", [])}
    found = {}
    for name in names:
        located = part(extension, str(name))
        if located is not None:
            found[str(name)] = f"{base}.extension[{located[0]}]"
    return found


def _value_key(data: Any) -> str:
    """The value[x] key of an extension part (valueString, valueCode, ...)."""
    if isinstance(data, Mapping):
        return next((key for key in data if key.startswith("value")), "value")
    return "value"
