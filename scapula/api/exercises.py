"""GET /api/exercises and /api/exercises/{id}: the catalog as JSON (public, no sign-in)."""

import enum
from functools import lru_cache

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from pydantic import TypeAdapter

from scapula.api.conditional import conditional_json
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


# The catalog only changes with a new release, so each answer is rendered once per process
# and browsers are told to check back (304 when nothing changed) rather than download again.
CATALOG_CACHING = "no-cache"
_SUMMARIES = TypeAdapter(list[ExerciseSummaryOut])


@lru_cache(maxsize=256)
def _list_json(
    driver: str | None, position: str | None, equipment: str | None, kind: str | None, q: str
) -> bytes:
    """Render one filtered list of the catalog, through its schema."""
    entries = shipped_catalog().select(
        driver=driver, position=position, equipment=equipment, kind=kind, query=q
    )
    summaries = _SUMMARIES.validate_python([exercise_summary(entry) for entry in entries])
    return _SUMMARIES.dump_json(summaries)


@lru_cache(maxsize=256)
def _detail_json(exercise_id: str) -> bytes:
    """Render one catalog entry through its schema (KeyError, not kept, when there is none)."""
    detail = exercise_detail(shipped_catalog().get(exercise_id))
    return ExerciseDetailOut.model_validate(detail).model_dump_json().encode()


@router.get("/exercises", auth=None, response={200: list[ExerciseSummaryOut], **ERROR_RESPONSES})
def list_exercises(request: HttpRequest, filters: Query[ExerciseFilters]) -> HttpResponse:
    """List the catalog, filtered by driver, position, equipment, kind and search words."""
    body = _list_json(
        _value(filters.driver),
        _value(filters.position),
        _value(filters.equipment),
        _value(filters.kind),
        filters.q,
    )
    return conditional_json(request, body, cache_control=CATALOG_CACHING)


@router.get(
    "/exercises/{exercise_id}", auth=None, response={200: ExerciseDetailOut, **ERROR_RESPONSES}
)
def get_exercise(request: HttpRequest, exercise_id: str) -> HttpResponse:
    """Return one exercise or self-test with everything the catalog knows about it."""
    try:
        body = _detail_json(exercise_id)
    except KeyError:
        raise Http404(f"No exercise with id {exercise_id!r}.") from None
    return conditional_json(request, body, cache_control=CATALOG_CACHING)
