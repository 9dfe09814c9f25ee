"""The plan as plain JSON-ready data (the shape `scapula plan --json` prints)."""

from typing import Any

from scapula.core.plan.generate import Plan


def plan_as_dict(plan: Plan) -> dict[str, Any]:
    """Return drivers (score, flag, evidence, missing) and phases with their routines."""
    return {
        "drivers": [
            {
                "id": score.driver,
                "score": score.score,
                "flagged": score.flagged,
                "evidence": [
                    {"points": e.points, "text": e.text, "source": e.source} for e in score.evidence
                ],
                "missing": list(score.missing),
            }
            for score in plan.drivers
        ],
        "focus": list(plan.focus),
        "phases": [
            {
                "name": phase.name,
                "weeks": list(phase.weeks),
                "uncovered": list(phase.uncovered),
                "routine": [
                    {
                        "exercise": item.exercise,
                        "name": item.name,
                        "dose": item.dose.as_dict(),
                        "seconds": item.seconds,
                        "why": item.why,
                    }
                    for item in phase.routine
                ],
            }
            for phase in plan.phases
        ],
    }
