"""Outcomes: pain over time, adherence, what counts as a meaningful change, and charts."""

from scapula.core.outcomes.adherence import Adherence, adherence, calendar, streak
from scapula.core.outcomes.charts import adherence_calendar, improvement_line, pain_chart
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
    "PAIN_CONTEXTS",
    "PAIN_SITES",
    "Adherence",
    "PainReading",
    "PainTrend",
    "adherence",
    "adherence_calendar",
    "baseline_of",
    "calendar",
    "improvement_line",
    "is_meaningful_improvement",
    "needs_clinician_review",
    "pain_chart",
    "pain_trend",
    "rolling_mean",
    "streak",
]
