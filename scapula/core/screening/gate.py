"""Whether exercise may be guided today, from the screening history (safety first)."""

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scapula.core.screening.disposition import Disposition, can_be_cleared, is_recheck_due
from scapula.core.screening.questions import RECHECK_IDS


class Gate(enum.Enum):
    """Why exercise is locked, or OPEN when it is not."""

    OPEN = "open"
    NEEDS_SCREENING = "needs_screening"
    EMERGENCY = "emergency"
    URGENT = "urgent"
    NEEDS_CLEARANCE = "needs_clearance"
    INCOMPLETE = "incomplete"
    RECHECK_DUE = "recheck_due"
    RESCREEN_DUE = "rescreen_due"


@dataclass(frozen=True, slots=True)
class ScreeningRecord:
    """One stored screening: its disposition, day, kind, and the questions behind it."""

    disposition: str
    on: date
    is_recheck: bool = False
    triggered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def has_unanswered_red_flags(self) -> bool:
        """Return whether an emergency or same-day question was left without an answer."""
        return self.disposition == Disposition.INCOMPLETE or any(
            qid in RECHECK_IDS for qid in self.missing
        )


def exercise_gate(history: Sequence[ScreeningRecord], *, is_cleared: bool, today: date) -> Gate:
    """Return the gate for today; history is oldest first, is_cleared covers the latest full."""
    full = [record for record in history if not record.is_recheck]
    if not full:
        return Gate.NEEDS_SCREENING
    latest, screening = history[-1], full[-1]
    is_cleared = is_cleared and can_be_cleared(
        screening.disposition, screening.triggered, screening.missing
    )
    if Disposition.EMERGENCY in (latest.disposition, screening.disposition):
        return Gate.EMERGENCY
    if _is_locking_recheck(latest, screening, is_cleared):
        return Gate.URGENT
    # A weekly re-check cannot undo the result of the full screening: only a new one can.
    # Records stored before every red flag had to be answered are read the same way.
    if screening.has_unanswered_red_flags:
        return Gate.INCOMPLETE
    if screening.disposition == Disposition.URGENT and not is_cleared:
        return Gate.URGENT
    if screening.disposition == Disposition.CLINICIAN and not is_cleared:
        return Gate.NEEDS_CLEARANCE
    completed = [record.on for record in history if record.disposition != Disposition.INCOMPLETE]
    if is_recheck_due(max(completed), today):
        return Gate.RECHECK_DUE
    return Gate.OPEN


def _is_locking_recheck(
    latest: ScreeningRecord, screening: ScreeningRecord, is_cleared: bool
) -> bool:
    """Return whether the latest record is a same-day re-check that no clearance covers."""
    if not latest.is_recheck or latest.disposition != Disposition.URGENT:
        return False
    # A re-check repeating only the history a clinician cleared does not lock again:
    # otherwise a cleared past cancer or effort pain would lock the program every week.
    is_covered = (
        is_cleared
        and bool(latest.triggered)
        and set(latest.triggered) <= set(screening.triggered)
        and can_be_cleared(latest.disposition, latest.triggered, latest.missing)
    )
    return not is_covered


def with_rescreen(gate: Gate, *, is_rescreen_due: bool) -> Gate:
    """Close an open gate (or one waiting for the weekly check) while a re-screen is due."""
    if is_rescreen_due and gate in (Gate.OPEN, Gate.RECHECK_DUE):
        return Gate.RESCREEN_DUE
    return gate


GATE_MESSAGES = {
    Gate.NEEDS_SCREENING: "Before any exercise, please take the two-minute safety check.",
    Gate.EMERGENCY: "Your safety check asked you to call for emergency help. Exercise stays "
    "locked; once you have been seen, take the safety check again.",
    Gate.URGENT: "Your safety check asked you to see a doctor today. Exercise stays locked "
    "until you have been seen: then take the safety check again, or record the doctor's "
    "clearance where your result offers it.",
    Gate.NEEDS_CLEARANCE: "Your safety check asked you to get checked first. Record your "
    "clinician's clearance to unlock the program.",
    Gate.INCOMPLETE: "Your safety check is not finished yet: some questions have no answer.",
    Gate.RECHECK_DUE: "It has been a week: please answer the emergency and same-day questions "
    "again before exercising.",
    Gate.RESCREEN_DUE: "Something in your recent sessions calls for a fresh safety check: a "
    "stop for numbness, pins and needles or dizziness, pain above 5 out of 10 more than once, "
    "advice to see a clinician, or no clear change after four weeks. Please take the safety "
    "check again before exercising.",
    Gate.OPEN: "",
}
