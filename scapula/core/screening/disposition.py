"""What the answers mean: emergency, urgent, clinician, incomplete or proceed (clinical.md §1.3)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from scapula.core.errors import ScapulaError
from scapula.core.screening.questions import QUESTION_IDS, QUESTIONS, RECHECK_IDS

DISPOSITIONS = ("emergency", "urgent", "clinician", "incomplete", "proceed")
RECHECK_DAYS = 7  # the emergency and same-day blocks are asked again at least weekly


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """The disposition, the questions that triggered it, and those left unanswered."""

    disposition: str
    triggered: tuple[str, ...]
    missing: tuple[str, ...]


def parse_answers(
    raw: Mapping[str, object], *, allowed: tuple[str, ...] = QUESTION_IDS
) -> dict[str, bool]:
    """Check a mapping of question id to true/false; an unknown id or other value is named."""
    answers: dict[str, bool] = {}
    for question_id, value in raw.items():
        if question_id not in allowed:
            raise ScapulaError(f"unknown question id {question_id!r}", field=question_id)
        if not isinstance(value, bool):
            raise ScapulaError(f"must be true or false, got {value!r}", field=question_id)
        answers[question_id] = value
    return answers


def screen(answers: Mapping[str, bool]) -> ScreeningResult:
    """Apply the precedence: any E yes, then any U, then any C, then missing, then M1 no."""
    missing = tuple(qid for qid in QUESTION_IDS if qid not in answers)
    for block, disposition in (
        ("emergency", "emergency"),
        ("urgent", "urgent"),
        ("clinician", "clinician"),
    ):
        triggered = _yes_in(answers, block)
        if triggered:
            return ScreeningResult(disposition, triggered, missing)
    if missing:
        return ScreeningResult("incomplete", (), missing)
    if answers["M1"] is False:
        return ScreeningResult("clinician", ("M1",), ())
    return ScreeningResult("proceed", (), ())


def screen_recheck(answers: Mapping[str, bool]) -> ScreeningResult:
    """Judge a weekly re-check of the emergency and same-day blocks only."""
    missing = tuple(qid for qid in RECHECK_IDS if qid not in answers)
    for block in ("emergency", "urgent"):
        triggered = _yes_in(answers, block)
        if triggered:
            return ScreeningResult(block, triggered, missing)
    return ScreeningResult("incomplete" if missing else "proceed", (), missing)


def _yes_in(answers: Mapping[str, bool], block: str) -> tuple[str, ...]:
    """Return the ids of a block answered yes."""
    return tuple(q.id for q in QUESTIONS if q.block == block and answers.get(q.id) is True)


def is_recheck_due(last_screened_on: date | None, today: date) -> bool:
    """Return whether the weekly re-check of the red flags is due before exercising."""
    return last_screened_on is None or (today - last_screened_on).days >= RECHECK_DAYS


ADVICE = {
    "emergency": "Call your emergency number now (112, 911, 999). Do not exercise and do not "
    "drive yourself.",
    "urgent": "Contact a doctor today. The program stays locked until you have been seen and "
    "have taken the safety check again.",
    "clinician": "Get checked by a doctor or physiotherapist before starting; record their "
    "clearance to unlock the program.",
    "incomplete": "Some questions have no answer yet; nothing is guided until all are answered.",
    "proceed": "You can start, gently, at the low starting doses. Stop any exercise that takes "
    "your pain above 5 out of 10.",
}
