"""Plain, JSON-ready views of catalog entries for the CLI and the API."""

from typing import Any

from scapula.core.catalog.demo_svg import alt_text
from scapula.core.catalog.model import Exercise, LadderStep, SourceLink
from scapula.core.sources import citation_url, resolve


def exercise_summary(exercise: Exercise) -> dict[str, Any]:
    """Return the fields a list of exercises shows."""
    return {
        "id": exercise.id,
        "name": exercise.name,
        "kind": exercise.kind,
        "summary": exercise.summary,
        "drivers": list(exercise.driver_ids),
        "category": exercise.category,
        "position": exercise.position,
        "equipment": list(exercise.equipment),
    }


def exercise_detail(exercise: Exercise) -> dict[str, Any]:
    """Return everything about one exercise."""
    return {
        **exercise_summary(exercise),
        "aliases": list(exercise.aliases),
        "muscles": list(exercise.muscles),
        "drivers": [{"id": link.driver, "why": link.why} for link in exercise.drivers],
        "steps": list(exercise.steps),
        "cues": list(exercise.cues),
        "mistakes": list(exercise.mistakes),
        "stop_rules": list(exercise.stop_rules),
        "cautions": list(exercise.cautions),
        "dose": exercise.dose.as_dict(),
        "progressions": [_step(step) for step in exercise.progressions],
        "regressions": [_step(step) for step in exercise.regressions],
        "sources": [_source(link) for link in exercise.sources],
        "interpretations": [
            {"field": i.field, "note": i.note, "basis": i.basis} for i in exercise.interpretations
        ],
        "measurement": _measurement(exercise),
        "demo": {
            "view": exercise.demo.view,
            "seconds": exercise.demo.seconds,
            "alt": alt_text(exercise),
            "key_positions": [keyframe.label for keyframe in exercise.demo.keyframes],
        },
    }


def _step(step: LadderStep) -> dict[str, Any]:
    return {"change": step.change, "value": step.value, "note": step.note}


def _source(link: SourceLink) -> dict[str, Any]:
    source = resolve(link.citation)
    return {
        "key": source.key,
        "citation": source.citation,
        "moment": link.citation.detail or None,
        "url": citation_url(link.citation),
        "seed_files": list(source.seed_files),
        "gives": link.gives,
    }


def _measurement(exercise: Exercise) -> dict[str, Any] | None:
    measurement = exercise.measurement
    if measurement is None:
        return None
    return {
        "unit": measurement.unit,
        "per_side": measurement.per_side,
        "trials": measurement.trials,
        "flag": measurement.flag,
        "scale": list(measurement.scale),
    }
