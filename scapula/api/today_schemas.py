"""Typed answers of GET /api/session/today and GET /api/progress: the contract every client reads.

The player's service worker, the terminal player and the OpenAPI document all rely on
these shapes, so they are declared here field by field rather than as free dictionaries.
"""

from typing import Literal

from ninja import Field, Schema

from scapula.api.exercises import DoseOut


class TodayExerciseOut(Schema):
    """One exercise of today's routine at its current dose."""

    id: str
    place: str = Field(description='Where it comes in the session: "Exercise 2 of 4".')
    name: str
    dose: DoseOut
    dose_text: str = Field(description="The dose in plain words.")
    why: str = Field(description="Why the plan chose it, from the person's own assessment.")
    variant: str | None = Field(
        description="The easier or harder version the progression rules moved to (null: usual)."
    )
    seconds: int
    easier: str = Field(description="The easier version to offer when it hurts ('' if none).")
    stop_rules: list[str]


class StepOut(Schema):
    """One timed step of the session's script."""

    kind: Literal["prepare", "rep", "hold", "switch_side", "reposition", "rest"]
    seconds: int
    exercise: str
    side: str | None
    position: str | None
    set: int
    rep: int | None
    cue: str
    label: str = Field(description='What a person reads while it runs: "Left side, hold 2 of 5".')
    next: str = Field(description='What follows: "Next: right side", "Next: <exercise name>".')


class TodaySessionOut(Schema):
    """Today's routine ready to play: its phase, exercises and every step with its seconds."""

    date: str
    plan_id: int
    week: int
    phase: str
    minutes: int = Field(description="The session's length in whole minutes, as shown everywhere.")
    exercises: list[TodayExerciseOut]
    steps: list[StepOut]
    total_seconds: int


class DailyPainOut(Schema):
    date: str
    mean: float | None


class PainProgressOut(Schema):
    """Pain against its baseline."""

    baseline: float | None
    recent_mean: float | None
    change: float | None
    is_meaningful: bool
    message: str
    source: str
    daily: list[DailyPainOut]


class CheckInOut(Schema):
    date: str
    psfs: float
    ratings: dict[str, int]
    groc: int | None


class FunctionProgressOut(Schema):
    """Everyday activities (PSFS) against the first check-in."""

    baseline: float | None
    latest: float | None
    change: float | None
    is_meaningful: bool
    message: str
    source: str
    check_in_due: bool
    next_check_in: str
    check_ins: list[CheckInOut]


class CalendarDayOut(Schema):
    date: str
    status: str


class SessionsProgressOut(Schema):
    """Adherence: planned days, days done fully or partly, the rate and the streak."""

    planned_days: int
    done_days: int
    partial_days: int
    rate: float
    streak: int
    calendar: list[CalendarDayOut]


class ProgressOut(Schema):
    """What the progress page shows, as numbers with their sources."""

    date: str
    week: int | None
    pain: PainProgressOut
    function: FunctionProgressOut
    sessions: SessionsProgressOut
    needs_review: bool = Field(description="True when the week 4-6 review suggests a clinician.")
