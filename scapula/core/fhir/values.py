"""Plain values of a person's records, as the FHIR mapping writes and reads them."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from scapula.core.catalog import Dose


@dataclass(frozen=True, slots=True)
class PainValue:
    """One pain score: the day it describes, the moment it was recorded, and its context."""

    key: str
    score: int
    context: str
    day: date
    recorded_at: datetime
    site: str = ""
    side: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class CheckInValue:
    """One PSFS check-in: each named activity's 0-10 rating and, after the first, the GROC."""

    key: str
    taken_at: datetime
    ratings: tuple[tuple[str, int], ...]
    groc: int | None = None


@dataclass(frozen=True, slots=True)
class ClearanceValue:
    """A clinician's go-ahead recorded after a screening: who, when, and any note."""

    cleared_by: str
    cleared_on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class ScreeningValue:
    """One safety check: the moment it was answered, the yes/no answers, and its result."""

    key: str
    answered_at: datetime
    is_recheck: bool
    answers: Mapping[str, bool]
    disposition: str = ""
    clearances: tuple[ClearanceValue, ...] = ()


@dataclass(frozen=True, slots=True)
class DoseChangeValue:
    """A progression decision for one exercise and the dose it set from then on."""

    exercise_id: str
    decision: str
    reason: str
    source: str
    dose: Dose
    decided_on: date
    variant: str = ""
    switch_to: str = ""


@dataclass(frozen=True, slots=True)
class RoutineValue:
    """One exercise of today's routine at the dose the plan and progression set."""

    exercise_id: str
    name: str
    dose: Dose
    dose_words: str
    why: str = ""
    variant: str = ""


@dataclass(frozen=True, slots=True)
class PlanValue:
    """The current program: the profile it was built from, today's routine and its decisions."""

    key: str
    starts_on: date
    created_at: datetime
    profile: Mapping[str, Any]
    phase: str
    routine: tuple[RoutineValue, ...] = ()
    dose_changes: tuple[DoseChangeValue, ...] = ()


@dataclass(frozen=True, slots=True)
class ExerciseResultValue:
    """How one exercise of a session ended, with its worst pain and why it stopped."""

    exercise_id: str
    status: str
    peak_pain: int | None = None
    stop_reason: str = ""
    steps_done: int = 0
    name: str = ""  # the exercise as people know it, for the note


@dataclass(frozen=True, slots=True)
class SessionValue:
    """One sitting of a routine: when, how it ended, pain before and after, each exercise."""

    key: str
    started_at: datetime
    status: str
    ended_at: datetime | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    exercises: tuple[ExerciseResultValue, ...] = ()
    in_plan: bool = False  # done in the current program


@dataclass(frozen=True, slots=True)
class PersonRecords:
    """Everything one person's FHIR export holds (and an import gives back)."""

    name: str = ""
    activities: tuple[str, ...] = ()  # the PSFS activities, in the order first named
    pains: tuple[PainValue, ...] = ()
    check_ins: tuple[CheckInValue, ...] = ()
    screenings: tuple[ScreeningValue, ...] = ()
    plan: PlanValue | None = None
    sessions: tuple[SessionValue, ...] = ()
    ignored: Mapping[str, int] = field(default_factory=dict)  # resources an import skipped
