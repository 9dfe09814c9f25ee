"""The personal plan: phases of daily routines generated from the self-assessment."""

from scapula.core.plan.advance import DecisionMark, PhaseSpan, PhaseStatus, current_phase
from scapula.core.plan.export import plan_as_dict, plan_from_dict
from scapula.core.plan.generate import PHASES, generate_plan
from scapula.core.plan.model import Phase, Plan, RoutineItem

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
    "plan_as_dict",
    "plan_from_dict",
]
