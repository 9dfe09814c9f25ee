"""Guided sessions: the timeline of steps a player runs."""

from scapula.core.session.script import (
    STEP_KINDS,
    Script,
    Step,
    about_minutes,
    compile_exercise,
    compile_routine,
)
from scapula.core.session.status import ExerciseStatus, SessionStatus

__all__ = [
    "STEP_KINDS",
    "ExerciseStatus",
    "Script",
    "SessionStatus",
    "Step",
    "about_minutes",
    "compile_exercise",
    "compile_routine",
]
