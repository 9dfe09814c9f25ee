"""What the answers mean: emergency, urgent, incomplete, clinician or proceed (clinical.md §1.3)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from scapula.core.errors import ScapulaError
from scapula.core.screening.questions import (
    QUESTION_IDS,
    QUESTIONS,
    QUESTIONS_BY_ID,
    RECHECK_IDS,
    Question,
)

RECHECK_DAYS = 7  # the emergency and same-day blocks are asked again at least weekly


class Disposition(StrEnum):
    """What a screening asks the person to do; equal to the plain strings that are stored."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    CLINICIAN = "clinician"
    INCOMPLETE = "incomplete"
    PROCEED = "proceed"


@dataclass(frozen=True, slots=True)
class LinkedFlag:
    """Answers that raise a flag only together: every id must have its raising answer."""

    ids: tuple[str, ...]
    disposition: Disposition


# scapula's own conservative rule, where clinical.md is silent on the combination: pain
# between the shoulder blades, especially on exertion, can be an angina or heart-attack
# warning (§1.1, cardiac row), and C8 is the heart-condition check (§1.3). Left-sided pain
# or pain on exertion (U3) together with C8 is a same-day matter, named by both answers.
LINKED_FLAGS = (
    LinkedFlag(("M2", "C8"), Disposition.URGENT),
    LinkedFlag(("U3", "C8"), Disposition.URGENT),
)


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """The disposition, the questions that triggered it, and those left unanswered."""

    disposition: Disposition
    triggered: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def is_clearable(self) -> bool:
        """Return whether a clinician's recorded clearance may open the gate after it."""
        return can_be_cleared(self.disposition, self.triggered, self.missing)


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
    """Apply the precedence: emergency, same-day, unanswered red flags, clinician, proceed."""
    missing = tuple(qid for qid in QUESTION_IDS if qid not in answers)
    emergency = _raised(answers, "emergency")
    if emergency:
        return ScreeningResult(Disposition.EMERGENCY, emergency, missing)
    urgent = _raised(answers, "urgent") + _linked(answers, Disposition.URGENT)
    if urgent:
        return ScreeningResult(Disposition.URGENT, _unique(urgent), missing)
    # Nothing else counts while an emergency or same-day question has no answer (§1.3:
    # those blocks come first); a "see a clinician" answer must not hide them.
    if any(qid in RECHECK_IDS for qid in missing):
        return ScreeningResult(Disposition.INCOMPLETE, (), missing)
    clinician = _raised(answers, "clinician") + _raised(answers, "mechanical")
    if clinician:
        return ScreeningResult(Disposition.CLINICIAN, clinician, missing)
    if missing:
        return ScreeningResult(Disposition.INCOMPLETE, (), missing)
    return ScreeningResult(Disposition.PROCEED, (), ())


def screen_recheck(answers: Mapping[str, bool]) -> ScreeningResult:
    """Judge a weekly re-check of the emergency and same-day blocks only."""
    missing = tuple(qid for qid in RECHECK_IDS if qid not in answers)
    for block in (Disposition.EMERGENCY, Disposition.URGENT):
        triggered = _raised(answers, block)
        if triggered:
            return ScreeningResult(block, triggered, missing)
    disposition = Disposition.INCOMPLETE if missing else Disposition.PROCEED
    return ScreeningResult(disposition, (), missing)


def can_be_cleared(disposition: str, triggered: tuple[str, ...], missing: tuple[str, ...]) -> bool:
    """Return whether a clinician's clearance may open the gate after this result."""
    if any(qid in RECHECK_IDS for qid in missing):
        return False
    if disposition == Disposition.CLINICIAN:
        return True
    # A same-day result can be cleared only when a lasting, known history raised it (a past
    # cancer, effort pain, fragile bones, a weak immune system): answering again cannot
    # change those, so without a clearance the person would stay locked out for good.
    # A symptom that passes (fever, shingles, a numb hand) is cleared by a new check instead.
    return disposition == Disposition.URGENT and all(
        _is_known_history(QUESTIONS_BY_ID[qid]) for qid in triggered if qid in QUESTIONS_BY_ID
    )


def _is_known_history(question: Question) -> bool:
    """Return whether a raised question reports a history rather than a passing symptom."""
    return question.is_history or question.block not in ("emergency", "urgent")


def _raised(answers: Mapping[str, bool], block: str) -> tuple[str, ...]:
    """Return the ids of a block whose answer, on its own, raises the flag."""
    return tuple(
        q.id
        for q in QUESTIONS
        if q.block == block and q.raises_alone and answers.get(q.id) is q.raises_on
    )


def _linked(answers: Mapping[str, bool], disposition: Disposition) -> tuple[str, ...]:
    """Return the ids of every linked flag of this disposition whose answers all raise it."""
    return tuple(
        qid
        for link in LINKED_FLAGS
        if link.disposition is disposition
        and all(answers.get(qid) is QUESTIONS_BY_ID[qid].raises_on for qid in link.ids)
        for qid in link.ids
    )


def _unique(ids: tuple[str, ...]) -> tuple[str, ...]:
    """Return the ids once each, in questionnaire order."""
    return tuple(qid for qid in QUESTION_IDS if qid in ids)


def is_recheck_due(last_screened_on: date | None, today: date) -> bool:
    """Return whether the weekly re-check of the red flags is due before exercising."""
    return last_screened_on is None or (today - last_screened_on).days >= RECHECK_DAYS


ADVICE = {
    Disposition.EMERGENCY: "Call your emergency number now (112, 911, 999). Do not exercise "
    "and do not drive yourself.",
    Disposition.URGENT: "Contact a doctor today. The program stays locked until you have been "
    "seen and have taken the safety check again.",
    Disposition.CLINICIAN: "Get checked by a doctor or physiotherapist before starting; record "
    "their clearance to unlock the program.",
    Disposition.INCOMPLETE: "Some questions have no answer yet; nothing is guided until every "
    "question is answered.",
    Disposition.PROCEED: "You can start, gently, at the low starting doses. Stop any exercise "
    "that takes your pain above 5 out of 10.",
}
CLEARABLE_ADVICE = (
    "Contact a doctor today. If a doctor who knows this history has seen you and said you may "
    "exercise, record who and when to unlock the program."
)


def advice_for(disposition: str, *, is_clearable: bool) -> str:
    """Return what to do now after a disposition, in plain words."""
    if disposition == Disposition.URGENT and is_clearable:
        return CLEARABLE_ADVICE
    return ADVICE[Disposition(disposition)]
