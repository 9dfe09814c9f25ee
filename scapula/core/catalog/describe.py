"""Doses and ladder steps in plain words, shared by the pages and the terminal."""

from scapula.core.catalog.model import Dose, LadderStep

FREQUENCIES = {
    "daily": "every day",
    "3_per_week": "3 times a week",
    "2_per_week": "twice a week",
    "as_test": "when you check your progress",
}
_UNITS = {"reps": "reps", "hold_seconds": "s hold", "sets": "sets", "duration_seconds": "s"}


def describe_dose(dose: Dose) -> str:
    """Say a dose in words, e.g. '5 reps, hold 2 s, each side, every day'."""
    if dose.reps == 1 and dose.hold_seconds and dose.sets == 1:
        parts = [f"hold {dose.hold_seconds} s"]  # a single hold reads better without "1 rep"
    else:
        amount = (
            f"{dose.reps} rep{_plural(dose.reps)}" if dose.reps else f"{dose.duration_seconds} s"
        )
        parts = [f"{dose.sets} sets of {amount}" if dose.sets > 1 else amount]
        if dose.hold_seconds:
            parts.append(f"hold {dose.hold_seconds} s")
    if dose.positions:
        parts.append(f"at each of {len(dose.positions)} positions")
    if dose.per_side:
        parts.append("each side")
    if dose.rest_seconds:
        parts.append(f"rest {dose.rest_seconds} s")
    parts.append(FREQUENCIES[dose.frequency])
    return ", ".join(parts)


def describe_step(step: LadderStep) -> str:
    """Say what a ladder step changes, e.g. 'hold 5 s' or 'switch to: Plank'."""
    if step.change in _UNITS:
        unit = _UNITS[step.change]
        return f"{step.value} {unit}" if step.change != "hold_seconds" else f"hold {step.value} s"
    if step.change == "exercise":
        return f"move on to {step.value}"
    return str(step.value)


def _plural(count: int | None) -> str:
    return "" if count == 1 else "s"
