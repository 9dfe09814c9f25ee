"""`scapula progression check --history FILE`: the next step for one exercise (no database)."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from scapula.catalog import shipped_catalog
from scapula.cli.files import read_json_object
from scapula.core import ScapulaError
from scapula.core.catalog import Dose, Exercise
from scapula.core.catalog.describe import describe_dose
from scapula.core.progression import DoseDecision, SessionPain, decide

_SESSION_KEYS = ("date", "completed", "pain_before", "peak_pain", "pain_after", "next_morning_pain")
_TOP_KEYS = {"exercise", "dose", "variant", "baseline_pain", "recent_mean_pain", "sessions"}
_DOSE_KEYS = (
    "sets",
    "reps",
    "hold_seconds",
    "duration_seconds",
    "per_side",
    "rest_seconds",
    "positions",
    "frequency",
    "tempo",
)


@click.group()
def progression() -> None:
    """Progression by the pain-monitoring model."""


@progression.command("check")
@click.option(
    "--history",
    "history_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help='JSON: {"exercise", "dose", "variant", "baseline_pain", "recent_mean_pain", '
    '"sessions": [...]}; only "exercise" is required.',
)
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
def check(history_file: Path, as_json: bool) -> None:
    """Decide continue, progress, regress, stop or refer, with the reason and the next dose.

    The checks run in order of safety: refer, regress, stop (which also eases the next
    session), continue, progress. "variant" is the easier or harder version in use, as a
    previous answer named it; "recent_mean_pain" is the mean of the last 7 days' pain.
    """
    raw = _read(history_file)
    exercise = _exercise(raw.get("exercise"))
    sessions = [_session(item, index) for index, item in enumerate(_list(raw.get("sessions")))]
    result = decide(
        exercise,
        _dose(raw.get("dose"), exercise),
        sorted(sessions, key=lambda s: s.on),
        _pain(raw.get("baseline_pain"), "baseline_pain"),
        variant=_variant(raw.get("variant"), exercise),
        recent_mean_pain=_mean(raw.get("recent_mean_pain")),
    )
    if as_json:
        click.echo(json.dumps(_as_data(result), indent=2))
    else:
        click.echo(_as_text(result))


def _as_data(result: DoseDecision) -> dict[str, object]:
    return {
        "decision": str(result.decision),
        "reason": result.reason,
        "next_dose": result.next_dose.as_dict(),
        "next_variant": result.next_variant,
        "next_exercise": result.next_exercise,
        "source": result.source,
    }


def _as_text(result: DoseDecision) -> str:
    lines = [f"{result.decision.upper()}: {result.reason}"]
    if result.next_exercise:
        lines.append(f"Switch to: {shipped_catalog().get(result.next_exercise).name}")
    else:
        lines.append(f"Next dose: {describe_dose(result.next_dose)}")
        if result.next_variant:
            lines.append(f"Version: {result.next_variant}")
    lines.append(f"(Source: {result.source})")
    return "\n".join(lines)


def _read(path: Path) -> dict[str, Any]:
    data = read_json_object(path, option="--history")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ScapulaError("unknown key", field=sorted(unknown)[0])
    return data


def _exercise(value: object) -> Exercise:
    try:
        return shipped_catalog().get(str(value))
    except KeyError:
        raise ScapulaError(f"unknown exercise {value!r}", field="exercise") from None


def _dose(value: object, exercise: Exercise) -> Dose:
    if value is None:
        return exercise.dose
    if not isinstance(value, dict):
        raise ScapulaError("must be an object", field="dose")
    for key, item in value.items():
        if key not in _DOSE_KEYS:
            raise ScapulaError("unknown key", field=f"dose.{key}")
        if key in ("sets", "reps", "hold_seconds", "duration_seconds", "rest_seconds") and (
            item is not None and (isinstance(item, bool) or not isinstance(item, int) or item < 0)
        ):
            raise ScapulaError(f"must be a whole number, got {item!r}", field=f"dose.{key}")
    return Dose.from_dict(exercise.dose.as_dict() | value)


def _variant(value: object, exercise: Exercise) -> str | None:
    """A version the exercise's ladder names, written exactly as a previous answer gave it."""
    if value is None:
        return None
    named = {str(step.value) for step in (*exercise.progressions, *exercise.regressions)}
    if not isinstance(value, str) or value not in named:
        raise ScapulaError("must be a version this exercise's ladder names", field="variant")
    return value


def _mean(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 10:
        raise ScapulaError(
            f"must be a number from 0 to 10, got {value!r}", field="recent_mean_pain"
        )
    return float(value)


def _pain(value: object, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ScapulaError(f"must be a whole number from 0 to 10, got {value!r}", field=field)
    return value


def _list(value: object) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ScapulaError("must be a list", field="sessions")
    return value


def _session(item: object, index: int) -> SessionPain:
    where = f"sessions.{index}"
    if not isinstance(item, dict):
        raise ScapulaError("must be an object", field=where)
    unknown = set(item) - set(_SESSION_KEYS)
    if unknown:
        raise ScapulaError("unknown key", field=f"{where}.{sorted(unknown)[0]}")
    try:
        on = date.fromisoformat(str(item.get("date")))
    except ValueError:
        raise ScapulaError("must be a date like 2026-11-23", field=f"{where}.date") from None
    completed = item.get("completed", True)
    if not isinstance(completed, bool):
        raise ScapulaError("must be true or false", field=f"{where}.completed")
    pains = {key: _pain(item.get(key), f"{where}.{key}") for key in _SESSION_KEYS[2:]}
    return SessionPain(
        on,
        completed,
        pains["pain_before"],
        pains["peak_pain"],
        pains["pain_after"],
        pains["next_morning_pain"],
    )
