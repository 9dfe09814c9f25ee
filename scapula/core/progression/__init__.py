"""Adaptive progression: continue, progress, regress, stop or refer, from pain after sessions."""

from scapula.core.progression.rules import (
    DECISIONS,
    Decision,
    SessionPain,
    decide,
    has_room_to_progress,
    step_down,
)

__all__ = [
    "DECISIONS",
    "Decision",
    "SessionPain",
    "decide",
    "has_room_to_progress",
    "step_down",
]
