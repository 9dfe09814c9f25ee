"""Compile exercises into a session script: a timeline of timed steps with spoken cues.

Per-side exercises run every rep on one side, then the other; positions (the corner
stretch's hand heights) run in order on each side; holds last exactly their seconds.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from scapula.core.catalog import Dose, Exercise
from scapula.core.session.labels import END_NEXT, label_steps, next_exercise

STEP_KINDS = ("prepare", "rep", "hold", "switch_side", "reposition", "rest")
PREPARE_SECONDS = 5  # the get-ready countdown before each exercise
REP_SECONDS = 3  # moving into a rep or into the held position
SWITCH_SECONDS = 5
REPOSITION_SECONDS = 5
SIDES = ("left", "right")
SECONDS_PER_MINUTE = 60


def about_minutes(seconds: int) -> int:
    """Say a length in whole minutes, as people read it: rounded, and never 0."""
    return max(1, round(seconds / SECONDS_PER_MINUTE))


@dataclass(frozen=True, slots=True)
class Step:
    """One timed moment of a session."""

    kind: str
    seconds: int
    exercise: str
    cue: str
    side: str | None = None
    position: str | None = None
    set_number: int = 1
    rep_number: int | None = None
    label: str = ""  # what a person reads while it runs: "Left side, hold 2 of 5"
    up_next: str = ""  # what follows: "Next: right side", "Next: Wall angel"

    def as_dict(self) -> dict[str, object]:
        """Return the step as JSON-ready data."""
        return {
            "kind": self.kind,
            "seconds": self.seconds,
            "exercise": self.exercise,
            "side": self.side,
            "position": self.position,
            "set": self.set_number,
            "rep": self.rep_number,
            "cue": self.cue,
            "label": self.label,
            "next": self.up_next,
        }


@dataclass(frozen=True, slots=True)
class Script:
    """Every step of a session in order, and its total length."""

    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> int:
        """Return the sum of every step's seconds."""
        return sum(step.seconds for step in self.steps)

    @property
    def minutes(self) -> int:
        """Return the length in whole minutes, as every interface shows it."""
        return about_minutes(self.total_seconds)

    def as_dict(self) -> dict[str, object]:
        """Return {"steps": [...], "total_seconds": N}."""
        return {
            "steps": [step.as_dict() for step in self.steps],
            "total_seconds": self.total_seconds,
        }


def compile_routine(items: Sequence[tuple[Exercise, Dose]]) -> Script:
    """Compile exercises in order, each at its dose; each one's last step names the next."""
    steps: list[Step] = []
    for index, (exercise, dose) in enumerate(items):
        own = list(compile_exercise(exercise, dose).steps)
        if index + 1 < len(items):
            own[-1] = replace(own[-1], up_next=next_exercise(items[index + 1][0].name))
        steps += own
    return Script(tuple(steps))


def compile_exercise(exercise: Exercise, dose: Dose | None = None) -> Script:
    """Compile one exercise at a dose (its catalog dose by default)."""
    dose = dose or exercise.dose
    sides: tuple[str | None, ...] = SIDES if dose.per_side else (None,)
    position = _first(dose.positions)
    on_side = f" Start on the {sides[0]} side." if sides[0] else ""
    hand = f" Position: {position}." if position else ""
    cue = f"Get ready: {exercise.name}.{on_side}{hand} {exercise.cues[0]}"
    steps = [Step("prepare", PREPARE_SECONDS, exercise.id, cue, side=sides[0], position=position)]
    for index, side in enumerate(sides):
        if index:
            steps.append(
                Step(
                    "switch_side",
                    SWITCH_SECONDS,
                    exercise.id,
                    f"Switch to the {side} side.",
                    side=side,
                    position=_first(dose.positions),
                )
            )
        steps += _one_side(exercise, dose, side)
    return Script(label_steps(steps, dose, last_next=END_NEXT))


def _first(positions: tuple[str, ...]) -> str | None:
    return positions[0] if positions else None


def _one_side(exercise: Exercise, dose: Dose, side: str | None) -> list[Step]:
    """All positions and sets on one side."""
    steps: list[Step] = []
    positions: tuple[str | None, ...] = dose.positions or (None,)
    for index, position in enumerate(positions):
        if index:
            steps.append(
                Step(
                    "reposition",
                    REPOSITION_SECONDS,
                    exercise.id,
                    f"Change position: {position}.",
                    side=side,
                    position=position,
                )
            )
        for set_number in range(1, dose.sets + 1):
            if set_number > 1 and dose.rest_seconds:
                steps.append(
                    Step(
                        "rest",
                        dose.rest_seconds,
                        exercise.id,
                        f"Rest. Set {set_number} of {dose.sets} next.",
                        side=side,
                        position=position,
                        set_number=set_number,
                    )
                )
            steps += _one_set(exercise, dose, side, position, set_number)
    return steps


@dataclass(frozen=True, slots=True)
class _Where:
    """Where in the exercise a step happens: side, position and set."""

    side: str | None
    position: str | None
    set_number: int

    def step(
        self, kind: str, seconds: int, exercise: str, cue: str, rep: int | None = None
    ) -> Step:
        return Step(
            kind,
            seconds,
            exercise,
            cue,
            side=self.side,
            position=self.position,
            set_number=self.set_number,
            rep_number=rep,
        )


def _one_set(
    exercise: Exercise, dose: Dose, side: str | None, position: str | None, set_number: int
) -> list[Step]:
    """The reps (each with its hold) or the timed hold of one set."""
    where = _Where(side, position, set_number)
    if dose.duration_seconds is not None:
        cue = f"Hold for {dose.duration_seconds} seconds. {_cue(exercise, 1)}"
        return [where.step("hold", dose.duration_seconds, exercise.id, cue)]
    reps = dose.reps or 1
    steps: list[Step] = []
    for rep in range(1, reps + 1):
        cue = f"{rep} of {reps}. {_cue(exercise, rep)}" if reps > 1 else _cue(exercise, rep)
        steps.append(where.step("rep", REP_SECONDS, exercise.id, cue, rep))
        if dose.hold_seconds:
            steps.append(
                where.step(
                    "hold",
                    dose.hold_seconds,
                    exercise.id,
                    f"Hold, {dose.hold_seconds} seconds.",
                    rep,
                )
            )
        # A single-set dose uses its rest as the pause between one rep and the next.
        if dose.sets == 1 and dose.rest_seconds and rep < reps:
            steps.append(where.step("rest", dose.rest_seconds, exercise.id, "Relax.", rep))
    return steps


def _cue(exercise: Exercise, rep: int) -> str:
    """Return the exercise's cues in turn, so the voice does not repeat one phrase."""
    return exercise.cues[(rep - 1) % len(exercise.cues)]
