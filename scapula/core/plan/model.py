"""The plan's values: a driver profile and phases of daily routines, each item with its reason."""

from dataclasses import dataclass

from scapula.core.assessment import DriverScore
from scapula.core.catalog.model import Dose
from scapula.core.plan.advance import PhaseSpan


@dataclass(frozen=True, slots=True)
class RoutineItem:
    """One exercise of a daily routine: its dose, time, and the reason it was chosen."""

    exercise: str
    name: str
    dose: Dose
    seconds: int
    why: str
    caveat: str = ""  # how far the evidence behind the reason goes, in one line


@dataclass(frozen=True, slots=True)
class Phase:
    """A block of weeks with its daily routine, and any focus driver nothing could cover."""

    name: str
    weeks: tuple[int, int]
    routine: tuple[RoutineItem, ...]
    uncovered: tuple[str, ...] = ()

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """Return the ids of the routine's exercises, in order."""
        return tuple(item.exercise for item in self.routine)

    @property
    def span(self) -> PhaseSpan:
        """Return what the phase-advance rule needs: name, weeks and exercises."""
        return PhaseSpan(self.name, self.weeks, self.exercise_ids)


@dataclass(frozen=True, slots=True)
class Plan:
    """The driver profile, the phases built from it, and what the person should know first.

    The last phase has no end: it carries on after its first planned week.
    """

    drivers: tuple[DriverScore, ...]
    phases: tuple[Phase, ...]
    focus: tuple[str, ...]
    notices: tuple[str, ...] = ()

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """Return every exercise of every phase once, in the order first met."""
        return tuple(dict.fromkeys(e for phase in self.phases for e in phase.exercise_ids))

    def planned_dose(self, exercise_id: str) -> Dose:
        """Return the dose the plan starts an exercise at (its first appearance)."""
        return next(
            item.dose
            for phase in self.phases
            for item in phase.routine
            if item.exercise == exercise_id
        )
