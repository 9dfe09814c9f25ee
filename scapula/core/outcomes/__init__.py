"""Outcomes: pain over time, adherence, what counts as a meaningful change, and charts."""

from scapula.core.outcomes.adherence import Adherence, adherence, calendar, streak
from scapula.core.outcomes.charts import (
    adherence_calendar,
    function_chart,
    improvement_line,
    pain_chart,
)
from scapula.core.outcomes.function import (
    GROC_LABELS,
    GROC_QUESTION,
    FunctionCheckIn,
    FunctionTrend,
    check_activities,
    check_groc,
    check_in_due,
    check_rating,
    function_trend,
    groc_label,
    next_check_in,
)
from scapula.core.outcomes.pain import (
    PAIN_CONTEXTS,
    PAIN_SITES,
    PainReading,
    PainTrend,
    baseline_of,
    is_meaningful_improvement,
    needs_clinician_review,
    pain_trend,
    rolling_mean,
)

__all__ = [
    "GROC_LABELS",
    "GROC_QUESTION",
    "PAIN_CONTEXTS",
    "PAIN_SITES",
    "Adherence",
    "FunctionCheckIn",
    "FunctionTrend",
    "PainReading",
    "PainTrend",
    "adherence",
    "adherence_calendar",
    "baseline_of",
    "calendar",
    "check_activities",
    "check_groc",
    "check_in_due",
    "check_rating",
    "function_chart",
    "function_trend",
    "groc_label",
    "improvement_line",
    "is_meaningful_improvement",
    "needs_clinician_review",
    "next_check_in",
    "pain_chart",
    "pain_trend",
    "rolling_mean",
    "streak",
]
