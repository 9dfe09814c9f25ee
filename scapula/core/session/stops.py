"""Why an exercise was stopped, and what that means next: the same choices in every player.

A warning-sign stop (numbness, pins and needles, dizziness) ends the session and calls for
the safety check again (clinical.md §3.7, "stop and screen"); a painful stop ends that
exercise for today, and the progression rules make it easier next time (§3.6-3.7).
"""

from dataclasses import dataclass
from enum import StrEnum

from scapula.core.limits import PAIN_SCALE
from scapula.core.progression.rules import ACCEPTABLE_PEAK


@dataclass(frozen=True, slots=True)
class StopReason:
    """One answer to "what happened?": its stored value, its words, and what follows."""

    value: str
    label: str
    is_warning_sign: bool
    advice: str
    is_painful: bool = False  # a stop that makes the exercise one step easier next time


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
    StopReason("pain above 5", "Pain above 5 out of 10", False, _PAINFUL, is_painful=True),
    StopReason(
        "sharp or catching pain", "Sharp or catching pain", False, _PAINFUL, is_painful=True
    ),
    StopReason("numbness or tingling", "Numbness or pins and needles", True, _WARNING),
    StopReason("dizziness", "Dizziness or a change in vision", True, _WARNING),
    StopReason("other", "Something else", False, "Rest, then go on only if it feels right."),
)


def stop_reason(value: str) -> StopReason:
    """Return the stop reason stored under a value (KeyError for an unknown one)."""
    return next(reason for reason in STOP_REASONS if reason.value == value)


def calls_for_easier(value: str) -> bool:
    """Whether a stored stop reason makes the exercise one step easier next time."""
    return any(reason.value == value and reason.is_painful for reason in STOP_REASONS)


class StopChoice(StrEnum):
    """What a person can do after stopping an exercise."""

    END = "end"
    NEXT = "next"


STOP_CHOICE_LABELS = {
    StopChoice.END: "End the session",
    StopChoice.NEXT: "Go on to the next exercise",
}


@dataclass(frozen=True, slots=True)
class StopOptions:
    """The choices after a stop, the main one first, and whether to show the get-help card."""

    choices: tuple[StopChoice, ...]
    get_help: bool

    @property
    def primary(self) -> StopChoice:
        """Return the choice offered as the main button."""
        return self.choices[0]


def stop_options(reason: StopReason | None, pain: int | None) -> StopOptions:
    """A warning sign offers only ending; a painful stop or pain above 5 puts ending first.

    reason is None while the person has not said what happened; pain None, no score yet.
    """
    if reason is not None and reason.is_warning_sign:
        return StopOptions((StopChoice.END,), get_help=True)
    painful = reason is not None and reason.is_painful
    if painful or (pain is not None and pain > ACCEPTABLE_PEAK):
        return StopOptions((StopChoice.END, StopChoice.NEXT), get_help=False)
    return StopOptions((StopChoice.NEXT, StopChoice.END), get_help=False)


def stops_as_data() -> dict[str, object]:
    """Return every reason with its options for each pain score (and none), for a player."""

    def options(reason: StopReason | None, pain: int | None) -> dict[str, object]:
        found = stop_options(reason, pain)
        return {"choices": [choice.value for choice in found.choices], "get_help": found.get_help}

    def table(reason: StopReason | None) -> dict[str, object]:
        return {
            "advice": reason.advice if reason else "",
            "no_pain": options(reason, None),
            "by_pain": [options(reason, pain) for pain in PAIN_SCALE.choices],
        }

    return {
        "labels": {choice.value: label for choice, label in STOP_CHOICE_LABELS.items()},
        "unanswered": table(None),
        "reasons": {reason.value: table(reason) for reason in STOP_REASONS},
    }
