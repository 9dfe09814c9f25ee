"""The personal plan: phases of daily routines generated from the self-assessment."""

from scapula.core.plan.advance import DecisionMark, PhaseSpan, PhaseStatus, current_phase
from scapula.core.plan.generate import PHASES, Phase, Plan, RoutineItem, generate_plan

__all__ = [
    "PHASES",
    "DecisionMark",
    "Phase",
    "PhaseSpan",
    "PhaseStatus",
    "Plan",
    "RoutineItem",
    "current_phase",
    "generate_plan",
]
