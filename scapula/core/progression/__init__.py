"""Adaptive progression: continue, progress, regress, stop or refer, from pain after sessions."""

from scapula.core.progression.ladder import (
    Move,
    Place,
    has_room_to_progress,
    ladder_places,
    step_down,
    step_up,
)
from scapula.core.progression.model import Decision, DoseDecision, SessionPain
from scapula.core.progression.rules import decide

__all__ = [
    "Decision",
    "DoseDecision",
    "Move",
    "Place",
    "SessionPain",
    "decide",
    "has_room_to_progress",
    "ladder_places",
    "step_down",
    "step_up",
]
