"""The plain words a player shows for each step, so the web and the terminal say the same.

"Left side, hold 2 of 5", "Rep 3 of 10", "Rest", "Get ready"; and what follows:
"Next: right side", "Next: <exercise name>". No step counts: people count reps, not steps.
"""

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from scapula.core.catalog import Dose

if TYPE_CHECKING:
    from scapula.core.session.script import Step

END_NEXT = "Next: the end"
# Steps where the exercise itself is done, so where it happens (side, position, set) matters.
_WORK_KINDS = frozenset({"rep", "hold"})


def exercise_place(number: int, total: int) -> str:
    """Say where in the session an exercise is: "Exercise 2 of 4"."""
    return f"Exercise {number} of {total}"


def next_exercise(name: str) -> str:
    """Say which exercise follows: "Next: Wall angel"."""
    return f"Next: {name}"


def label_steps(steps: Sequence["Step"], dose: Dose, *, last_next: str) -> tuple["Step", ...]:
    """Return one exercise's steps with their label and what comes next filled in."""
    labelled = []
    for index, step in enumerate(steps):
        following = steps[index + 1] if index + 1 < len(steps) else None
        up_next = last_next if following is None else _next(step, following, dose)
        labelled.append(replace(step, label=step_label(step, dose), up_next=up_next))
    return tuple(labelled)


def step_label(step: "Step", dose: Dose) -> str:
    """Return the big label of one step: where it happens, then what it is."""
    if step.kind not in _WORK_KINDS:
        return _sentence([_what(step, dose)])
    in_set = [f"set {step.set_number} of {dose.sets}"] if dose.sets > 1 else []
    return _sentence([*_where(step, dose), _what(step, dose), *in_set])


def _next(step: "Step", following: "Step", dose: Dose) -> str:
    """Say the following step briefly: its side when it changes, else what it is."""
    if following.kind == "switch_side":
        return f"Next: {following.side} side"
    if step.kind == "prepare":
        return f"Next: {_lower_first(step_label(following, dose))}"
    return f"Next: {_what(following, dose)}"


def _where(step: "Step", dose: Dose) -> list[str]:
    """Side and position of a step, the position only when the exercise has more than one."""
    parts = []
    if step.side:
        parts.append(f"{step.side} side")
    if step.position and len(dose.positions) > 1:
        parts.append(f"position {dose.positions.index(step.position) + 1} of {len(dose.positions)}")
    return parts


def _what(step: "Step", dose: Dose) -> str:
    """What the step is, counted in the exercise's own reps."""
    reps = dose.reps or 1
    counted = dose.duration_seconds is None and reps > 1 and step.rep_number is not None
    if step.kind == "rep":
        return f"rep {step.rep_number} of {reps}" if counted else "get into position"
    if step.kind == "hold":
        return f"hold {step.rep_number} of {reps}" if counted else "hold"
    if step.kind == "switch_side":
        return f"switch to the {step.side} side"
    if step.kind == "reposition" and step.position in dose.positions:
        return f"change to position {dose.positions.index(step.position) + 1}"
    return {"prepare": "get ready", "rest": "rest", "reposition": "change position"}[step.kind]


def _sentence(parts: Sequence[str]) -> str:
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
