"""The personal plan: phases of daily routines generated from the self-assessment."""

from scapula.core.plan.generate import PHASES, Phase, Plan, RoutineItem, generate_plan

__all__ = ["PHASES", "Phase", "Plan", "RoutineItem", "generate_plan"]
