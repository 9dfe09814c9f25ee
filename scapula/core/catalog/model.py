"""The catalog's values: exercises and self-tests, their doses, ladders, sources and demos."""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from scapula.core.sources import Citation

KINDS = ("exercise", "self_test")
DRIVER_IDS = ("levator_scapulae", "serratus_anterior", "thoracic_mobility", "postural_load")
CATEGORIES = ("mobility", "stretch", "activation", "strength", "assessment")
POSITIONS = (
    "standing",
    "wall",
    "seated",
    "floor-seated",
    "floor-supine",
    "floor-prone",
    "quadruped",
    "kneeling",
    "side-lying",
)
EQUIPMENT = (
    "wall",
    "door_frame",
    "foam_roller",
    "yoga_block",
    "dumbbell",
    "band",
    "pull_up_bar",
    "bench",
    "chair",
    "mat",
)
MUSCLES = (
    "trapezius",
    "rhomboids",
    "levator_scapulae",
    "latissimus_dorsi",
    "teres_major",
    "teres_minor",
    "serratus_anterior",
    "erector_spinae",
    "core",
    "glutes",
    "hamstrings",
    "pectorals",
    "triceps",
    "biceps",
    "deltoids",
)
NUMERIC_CHANGES = ("reps", "hold_seconds", "sets", "duration_seconds")
TEXT_CHANGES = ("load", "variant", "exercise")
MEASURE_UNITS = ("degrees", "rating")


@dataclass(frozen=True, slots=True)
class DriverLink:
    """One driver an exercise addresses, and why it does."""

    driver: str
    why: str


@dataclass(frozen=True, slots=True)
class Dose:
    """How much: sets of reps (each held, per side or not) or a timed duration, with rest."""

    sets: int = 1
    reps: int | None = None
    hold_seconds: int = 0
    duration_seconds: int | None = None
    per_side: bool = False
    rest_seconds: int = 0
    positions: tuple[str, ...] = ()
    frequency: str = "daily"
    tempo: str = ""

    def changed(self, variable: str, value: int) -> "Dose":
        """Return the dose with one numeric variable (reps, hold, sets, duration) changed."""
        if variable == "reps":
            return replace(self, reps=value)
        if variable == "hold_seconds":
            return replace(self, hold_seconds=value)
        if variable == "sets":
            return replace(self, sets=value)
        if variable == "duration_seconds":
            return replace(self, duration_seconds=value)
        raise ValueError(f"{variable} is not a numeric dose variable")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Dose":
        """Rebuild a dose from the data as_dict returned."""
        return cls(**{**data, "positions": tuple(data.get("positions", ()))})

    def as_dict(self) -> dict[str, object]:
        """Return the dose as plain JSON-ready data."""
        return {
            "sets": self.sets,
            "reps": self.reps,
            "hold_seconds": self.hold_seconds,
            "duration_seconds": self.duration_seconds,
            "per_side": self.per_side,
            "rest_seconds": self.rest_seconds,
            "positions": list(self.positions),
            "frequency": self.frequency,
            "tempo": self.tempo,
        }


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One step up (progression) or down (regression): one variable changed, and how."""

    change: str
    value: int | str
    note: str


@dataclass(frozen=True, slots=True)
class SourceLink:
    """A citation of a published source, with what this exercise takes from it."""

    citation: Citation
    gives: str


@dataclass(frozen=True, slots=True)
class Interpretation:
    """A detail the sources do not give: which field, what was chosen, and on what basis."""

    field: str
    note: str
    basis: str


@dataclass(frozen=True, slots=True)
class Measurement:
    """What a self-test records and when its result is worth flagging."""

    unit: str
    per_side: bool
    trials: int
    flag: str
    scale: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Prop:
    """A static object in a demonstration (floor, wall, roller...), with its geometry."""

    kind: str
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    attach: str = ""


@dataclass(frozen=True, slots=True)
class Keyframe:
    """One key position of a demonstration: segment directions and the joint kept in place."""

    at: float
    label: str
    angles: tuple[tuple[str, float], ...]
    anchor: str
    anchor_at: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Demo:
    """A looping 2D demonstration described by keyframes of segment directions."""

    view: str
    seconds: float
    props: tuple[Prop, ...]
    keyframes: tuple[Keyframe, ...]
    alt: str


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise or home self-test of the catalog, as validated from its data file."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    summary: str
    category: str
    position: str
    equipment: tuple[str, ...]
    muscles: tuple[str, ...]
    drivers: tuple[DriverLink, ...]
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    stop_rules: tuple[str, ...]
    cautions: tuple[str, ...]
    dose: Dose
    progressions: tuple[LadderStep, ...]
    regressions: tuple[LadderStep, ...]
    sources: tuple[SourceLink, ...]
    interpretations: tuple[Interpretation, ...]
    demo: Demo
    measurement: Measurement | None = None
    # True when any pain it brings on stops it, instead of the usual above-5/10 rule.
    stops_on_any_pain: bool = False
    file_name: str = field(default="", compare=False)

    @property
    def driver_ids(self) -> tuple[str, ...]:
        """Return the ids of the drivers this exercise addresses."""
        return tuple(link.driver for link in self.drivers)

    @property
    def is_self_test(self) -> bool:
        """Return whether this entry is a home self-test rather than an exercise."""
        return self.kind == "self_test"
