"""Why an exercise was stopped, and what that means next: the same choices in every player.

A warning-sign stop (numbness, pins and needles, dizziness) ends the session and calls for
the safety check again (clinical.md §3.7, "stop and screen"); a painful stop ends that
exercise for today, and the progression rules make it easier next time (§3.6-3.7).
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StopReason:
    """One answer to "what happened?": its stored value, its words, and what follows."""

    value: str
    label: str
    is_warning_sign: bool
    advice: str


_PAINFUL = (
    "That exercise is over for today. Next time it starts one step easier; if the pain is "
    "still there tomorrow morning, say so when scapula asks."
)
_WARNING = (
    "Stop the session now and rest. If it does not settle within a few minutes, or comes "
    "with chest pain, breathlessness or weakness, get help at once. Before exercising again, "
    "scapula will ask the safety questions again."
)

STOP_REASONS = (
    StopReason("pain above 5", "Pain above 5 out of 10", False, _PAINFUL),
    StopReason("sharp or catching pain", "Sharp or catching pain", False, _PAINFUL),
    StopReason("numbness or tingling", "Numbness or pins and needles", True, _WARNING),
    StopReason("dizziness", "Dizziness or a change in vision", True, _WARNING),
    StopReason("other", "Something else", False, "Rest, then go on only if it feels right."),
)


def stop_reason(value: str) -> StopReason:
    """Return the stop reason stored under a value (KeyError for an unknown one)."""
    return next(reason for reason in STOP_REASONS if reason.value == value)
