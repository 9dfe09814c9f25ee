"""The values progression works with: a session's pains, the five decisions, the result."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from scapula.core.catalog import Dose

SOURCE = (
    "The pain-monitoring model (Silbernagel et al. 2007); how its limits are combined "
    "is this program's own cautious rule"
)


class Decision(StrEnum):
    """What the rules decide for the next session; equal to the words stored for it."""

    CONTINUE = "continue"
    PROGRESS = "progress"
    REGRESS = "regress"
    STOP = "stop"
    REFER = "refer"


@dataclass(frozen=True, slots=True)
class SessionPain:
    """What one session of the exercise showed.

    `completed` is False when the exercise was skipped or not finished: such a session
    never counts as a calm one, but its pain still counts against progressing.
    `stopped_for_pain` is True when the person stopped it for sharp or catching pain or
    pain above 5, whatever peak score they gave: that stop alone makes it easier next time.
    """

    on: date
    completed: bool
    pain_before: int | None
    peak_pain: int | None
    pain_after: int | None
    next_morning_pain: int | None
    stopped_for_pain: bool = False


@dataclass(frozen=True, slots=True)
class DoseDecision:
    """What to do next time, why in plain words, and the dose and version to use.

    `next_variant` is the catalog's wording of the version to do from now on (None: the
    usual one). `next_exercise` is set when the ladder moves on, or back, to another
    catalog exercise; that exercise then starts at its own dose, and `next_dose` is the
    current exercise's dose unchanged.
    """

    decision: Decision
    reason: str
    next_dose: Dose
    source: str = SOURCE
    next_variant: str | None = None
    next_exercise: str | None = None
