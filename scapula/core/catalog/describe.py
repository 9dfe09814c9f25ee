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


# The catalog's ids in the words a person reads (pages, terminal, filters).
POSITION_NAMES = {
    "standing": "standing",
    "wall": "at a wall",
    "seated": "sitting on a chair",
    "floor-seated": "sitting on the floor",
    "floor-supine": "lying on your back",
    "floor-prone": "lying face down",
    "quadruped": "on hands and knees",
    "kneeling": "kneeling",
    "side-lying": "lying on your side",
}
EQUIPMENT_NAMES = {
    "wall": "wall",
    "door_frame": "door frame",
    "foam_roller": "foam roller",
    "yoga_block": "yoga block",
    "dumbbell": "dumbbell",
    "band": "resistance band",
    "pull_up_bar": "pull-up bar",
    "bench": "bench",
    "chair": "chair",
    "mat": "mat",
}
KIND_NAMES = {"exercise": "Exercises", "self_test": "Self-tests"}
# What each interpreted catalog field is, for "What the sources leave out".
FIELD_NAMES = {
    "category": "Kind of exercise",
    "cautions": "Take care",
    "demo": "Demonstration",
    "dose": "Starting dose",
    "dose.rest_seconds": "Rest between sets",
    "dose.tempo": "Speed of each rep",
    "dose.hold_seconds": "Hold time",
    "drivers": "Why it helps",
    "id": "Name",
    "measurement.flag": "When a result is worth noting",
    "muscles": "Muscles worked",
    "position": "Position",
    "progressions": "Harder versions",
    "regressions": "Easier versions",
    "steps": "How to do it",
    "stop_on_any_pain": "Stop at any pain",
}


def plain_name(identifier: str) -> str:
    """Say a catalog id in words ('latissimus_dorsi' -> 'latissimus dorsi')."""
    return identifier.replace("_", " ").replace("-", " ")


def position_name(position: str) -> str:
    """Say where an exercise is done, e.g. 'lying on your back'."""
    return POSITION_NAMES.get(position, plain_name(position))


def equipment_name(item: str) -> str:
    """Say a piece of equipment, e.g. 'foam roller'."""
    return EQUIPMENT_NAMES.get(item, plain_name(item))


def field_name(field: str) -> str:
    """Say which part of an exercise an interpretation is about, e.g. 'Rest between sets'."""
    return FIELD_NAMES.get(field, plain_name(field).replace(".", ": ").capitalize())
