"""The personal plan: phases of daily routines generated from the self-assessment."""

from scapula.core.plan.generate import PHASES, Phase, Plan, RoutineItem, generate_plan
from scapula.core.plan.timing import estimate_seconds

__all__ = ["PHASES", "Phase", "Plan", "RoutineItem", "estimate_seconds", "generate_plan"]
