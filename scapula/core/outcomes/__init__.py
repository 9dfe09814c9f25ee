"""Outcomes: pain over time and what counts as a meaningful change."""

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
    "PainReading",
    "PainTrend",
    "baseline_of",
    "is_meaningful_improvement",
    "needs_clinician_review",
    "pain_trend",
    "rolling_mean",
]
