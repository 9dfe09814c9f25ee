"""Desk breaks (clinical.md §4): settings, the day's breaks from the person's plan, a calendar."""

from scapula.core.breaks.content import (
    BreakContent,
    BreakExercise,
    choose_content,
    is_desk_friendly,
)
from scapula.core.breaks.schedule import (
    EVIDENCE,
    EVIDENCE_SOURCES,
    KINDS,
    DeskBreak,
    break_times,
    breaks_on,
    lay_out_day,
)
from scapula.core.breaks.settings import (
    ACTIVE_MINUTES_RANGE,
    DAY_NAMES,
    MICRO_EVERY_RANGE,
    MICRO_SECONDS_RANGE,
    RHYTHM_SOURCES,
    SNOOZE_RANGE,
    BreakSettings,
    parse_break_settings,
)

__all__ = [
    "ACTIVE_MINUTES_RANGE",
    "DAY_NAMES",
    "EVIDENCE",
    "EVIDENCE_SOURCES",
    "KINDS",
    "MICRO_EVERY_RANGE",
    "MICRO_SECONDS_RANGE",
    "RHYTHM_SOURCES",
    "SNOOZE_RANGE",
    "BreakContent",
    "BreakExercise",
    "BreakSettings",
    "DeskBreak",
    "break_times",
    "breaks_on",
    "choose_content",
    "is_desk_friendly",
    "lay_out_day",
    "parse_break_settings",
]
