"""The plan as JSON-ready data: the one writer and the one reader of the stored shape.

The same shape is what `scapula plan --json` prints and what `GET /api/plan` returns, so
nothing outside this module reads or writes the plan's keys.
"""

from collections.abc import Mapping
from typing import Any

from scapula.core.assessment import DriverScore
from scapula.core.assessment.scoring import Evidence
from scapula.core.catalog.model import Dose
from scapula.core.plan.model import Phase, Plan, RoutineItem


def plan_as_dict(plan: Plan) -> dict[str, Any]:
    """Return drivers (score, flag, evidence, missing) and phases with their routines."""
    return {
        "drivers": [driver_as_dict(score) for score in plan.drivers],
        "focus": list(plan.focus),
        "phases": [phase_as_dict(phase) for phase in plan.phases],
        "notices": list(plan.notices),
    }


def driver_as_dict(score: DriverScore) -> dict[str, Any]:
    """Return one driver's score with its evidence and what is missing."""
    return {
        "id": score.driver,
        "score": score.score,
        "flagged": score.flagged,
        "evidence": [
            {"points": e.points, "text": e.text, "source": e.source} for e in score.evidence
        ],
        "missing": list(score.missing),
    }


def phase_as_dict(phase: Phase) -> dict[str, Any]:
    """Return one phase with its weeks, uncovered drivers and routine."""
    return {
        "name": phase.name,
        "weeks": list(phase.weeks),
        "uncovered": list(phase.uncovered),
        "routine": [item_as_dict(item) for item in phase.routine],
    }


def item_as_dict(item: RoutineItem) -> dict[str, Any]:
    """Return one routine item with its dose as plain data."""
    return {
        "exercise": item.exercise,
        "name": item.name,
        "dose": item.dose.as_dict(),
        "seconds": item.seconds,
        "why": item.why,
        "caveat": item.caveat,
    }


def plan_from_dict(data: Mapping[str, Any]) -> Plan:
    """Rebuild the plan from the data plan_as_dict returned (stored plans of any age)."""
    return Plan(
        drivers=tuple(_driver(d) for d in data["drivers"]),
        phases=tuple(_phase(p) for p in data["phases"]),
        focus=tuple(data["focus"]),
        notices=tuple(data.get("notices", ())),
    )


def _driver(data: Mapping[str, Any]) -> DriverScore:
    return DriverScore(
        driver=data["id"],
        score=data["score"],
        flagged=data["flagged"],
        evidence=tuple(Evidence(e["points"], e["text"], e["source"]) for e in data["evidence"]),
        missing=tuple(data["missing"]),
    )


def _phase(data: Mapping[str, Any]) -> Phase:
    first, last = data["weeks"]
    return Phase(
        name=data["name"],
        weeks=(first, last),
        routine=tuple(_item(i) for i in data["routine"]),
        uncovered=tuple(data.get("uncovered", ())),
    )


def _item(data: Mapping[str, Any]) -> RoutineItem:
    return RoutineItem(
        exercise=data["exercise"],
        name=data["name"],
        dose=Dose.from_dict(data["dose"]),
        seconds=data["seconds"],
        why=data["why"],
        caveat=data.get("caveat", ""),
    )
