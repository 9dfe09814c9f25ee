"""Whether exercise may be guided today, from the screening history (safety first)."""

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scapula.core.screening.disposition import is_recheck_due


class Gate(enum.Enum):
    """Why exercise is locked, or OPEN when it is not."""

    OPEN = "open"
    NEEDS_SCREENING = "needs_screening"
    EMERGENCY = "emergency"
    URGENT = "urgent"
    NEEDS_CLEARANCE = "needs_clearance"
    INCOMPLETE = "incomplete"
    RECHECK_DUE = "recheck_due"


@dataclass(frozen=True, slots=True)
class ScreeningRecord:
    """One stored screening: its disposition, its day, and whether it was a weekly re-check."""

    disposition: str
    on: date
    is_recheck: bool = False


_LOCKING = {"emergency": Gate.EMERGENCY, "urgent": Gate.URGENT, "incomplete": Gate.INCOMPLETE}


def exercise_gate(history: Sequence[ScreeningRecord], *, is_cleared: bool, today: date) -> Gate:
    """Return the gate for today; history is oldest first, is_cleared covers the latest full."""
    full = [record for record in history if not record.is_recheck]
    if not full:
        return Gate.NEEDS_SCREENING
    latest = history[-1]
    if latest.disposition in ("emergency", "urgent"):
        return _LOCKING[latest.disposition]
    # A weekly re-check cannot undo the result of the full screening: only a new one can.
    if full[-1].disposition in _LOCKING:
        return _LOCKING[full[-1].disposition]
    if full[-1].disposition == "clinician" and not is_cleared:
        return Gate.NEEDS_CLEARANCE
    completed = [record.on for record in history if record.disposition != "incomplete"]
    if is_recheck_due(max(completed), today):
        return Gate.RECHECK_DUE
    return Gate.OPEN


GATE_MESSAGES = {
    Gate.NEEDS_SCREENING: "Before any exercise, please take the two-minute safety check.",
    Gate.EMERGENCY: "Your safety check asked you to call for emergency help. Exercise stays "
    "locked; once you have been seen, take the safety check again.",
    Gate.URGENT: "Your safety check asked you to see a doctor today. Exercise stays locked "
    "until you have been seen and have taken the safety check again.",
    Gate.NEEDS_CLEARANCE: "Your safety check asked you to get checked first. Record your "
    "clinician's clearance to unlock the program.",
    Gate.INCOMPLETE: "Your safety check is not finished yet.",
    Gate.RECHECK_DUE: "It has been a week: please answer the emergency and same-day questions "
    "again before exercising.",
    Gate.OPEN: "",
}
