"""GET /api/exercises and /api/exercises/{id}: the catalog as JSON (public, no sign-in)."""

import enum

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema

from scapula.api.schemas import ERROR_RESPONSES
from scapula.catalog import shipped_catalog
from scapula.core.catalog.export import exercise_detail, exercise_summary
from scapula.core.catalog.model import DRIVER_IDS, EQUIPMENT, KINDS, POSITIONS

router = Router(tags=["exercises"])

# Built from the core's own vocabularies, so the API can never drift from the catalog.
DriverId = enum.Enum("DriverId", {word: word for word in DRIVER_IDS}, type=str)  # type: ignore[misc]
PositionName = enum.Enum("PositionName", {w: w for w in POSITIONS}, type=str)  # type: ignore[misc]
EquipmentName = enum.Enum(  # type: ignore[misc]
    "EquipmentName", {w: w for w in ("none", *EQUIPMENT)}, type=str
)
KindName = enum.Enum("KindName", {w: w for w in KINDS}, type=str)  # type: ignore[misc]


def _value(choice: enum.Enum | None) -> str | None:
    return None if choice is None else str(choice.value)


class ExerciseFilters(Schema):
    """Optional filters; every one given must match."""

    driver: DriverId | None = None
    position: PositionName | None = None
    equipment: EquipmentName | None = None
    kind: KindName | None = None
    q: str = ""


class ExerciseSummaryOut(Schema):
    """One catalog entry in a list."""

    id: str
    name: str
    kind: str
    summary: str
    drivers: list[str]
    category: str
    position: str
    equipment: list[str]


class DriverLinkOut(Schema):
    id: str
    why: str


class DoseOut(Schema):
    """How much of an exercise: sets of reps (held, per side) or a timed duration, with rest."""

    sets: int
    reps: int | None
    hold_seconds: int
    duration_seconds: int | None
    per_side: bool
    rest_seconds: int
    positions: list[str]
    frequency: str
    tempo: str


class LadderStepOut(Schema):
    change: str
    value: int | str
    note: str


class SourceOut(Schema):
    key: str
    citation: str
    moment: str | None
    url: str | None
    seed_files: list[str]
    gives: str


class InterpretationOut(Schema):
    field: str
    note: str
    basis: str


class MeasurementOut(Schema):
    unit: str
    per_side: bool
    trials: int
    flag: str
    scale: list[str]


class DemoOut(Schema):
    view: str
    seconds: float
    alt: str
    key_positions: list[str]


class ExerciseDetailOut(Schema):
    """Everything about one exercise or self-test."""

    id: str
    name: str
    kind: str
    summary: str
    aliases: list[str]
    drivers: list[DriverLinkOut]
    category: str
    position: str
    equipment: list[str]
    muscles: list[str]
    steps: list[str]
    cues: list[str]
    mistakes: list[str]
    stop_rules: list[str]
    cautions: list[str]
    dose: DoseOut
    progressions: list[LadderStepOut]
    regressions: list[LadderStepOut]
    sources: list[SourceOut]
    interpretations: list[InterpretationOut]
    measurement: MeasurementOut | None
    demo: DemoOut


@router.get("/exercises", auth=None, response={200: list[ExerciseSummaryOut], **ERROR_RESPONSES})
def list_exercises(
    request: HttpRequest, filters: Query[ExerciseFilters]
) -> list[dict[str, object]]:
    """List the catalog, filtered by driver, position, equipment, kind and search words."""
    entries = shipped_catalog().select(
        driver=_value(filters.driver),
        position=_value(filters.position),
        equipment=_value(filters.equipment),
        kind=_value(filters.kind),
        query=filters.q,
    )
    return [exercise_summary(entry) for entry in entries]


@router.get(
    "/exercises/{exercise_id}", auth=None, response={200: ExerciseDetailOut, **ERROR_RESPONSES}
)
def get_exercise(request: HttpRequest, exercise_id: str) -> dict[str, object]:
    """Return one exercise or self-test with everything the catalog knows about it."""
    try:
        return exercise_detail(shipped_catalog().get(exercise_id))
    except KeyError:
        raise Http404(f"No exercise with id {exercise_id!r}.") from None
