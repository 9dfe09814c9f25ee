"""Writes for screening: record answers and clearances (each in one transaction)."""

from collections.abc import Mapping
from datetime import date

from django.db import transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.screening import Disposition, can_be_cleared, screen, screen_recheck
from scapula.screening.models import Clearance, Screening
from scapula.screening.selectors import latest_full_screening


@transaction.atomic
def record_screening(
    *, user: User, answers: Mapping[str, bool], today: date, is_recheck: bool = False
) -> Screening:
    """Judge the answers with the core rules and store them with the result."""
    result = screen_recheck(answers) if is_recheck else screen(answers)
    return Screening.objects.create(
        user=user,
        is_recheck=is_recheck,
        answers=dict(answers),
        disposition=result.disposition,
        triggered=list(result.triggered),
        missing=list(result.missing),
        screened_on=today,
    )


@transaction.atomic
def record_clearance(
    *, user: User, cleared_by: str, cleared_on: date, today: date, note: str = ""
) -> Clearance:
    """Store who cleared the person to start, once every red-flag question has an answer."""
    screening = latest_full_screening(user=user)
    if screening is None or not screening.is_clearable:
        raise ScapulaError(_not_clearable(screening), field="screening")
    if not cleared_by.strip():
        raise ScapulaError("say who cleared you (name or role)", field="cleared_by")
    if cleared_on > today:
        raise ScapulaError("cannot be in the future", field="cleared_on")
    if cleared_on < screening.screened_on:
        raise ScapulaError("must be on or after the day of your screening", field="cleared_on")
    return Clearance.objects.create(
        user=user,
        screening=screening,
        cleared_by=cleared_by.strip()[:200],
        cleared_on=cleared_on,
        note=note.strip(),
    )


def _not_clearable(screening: Screening | None) -> str:
    """Say in plain words why no clearance can be recorded now."""
    if screening is None:
        return "take the safety check first; a clearance follows its result"
    if screening.disposition == Disposition.INCOMPLETE or not can_be_cleared(
        Disposition.CLINICIAN, (), tuple(screening.missing)
    ):
        return "answer every emergency and same-day question of the safety check first"
    if screening.disposition == Disposition.URGENT:
        return "this result needs a doctor today and then a new safety check, not a clearance"
    return "your latest safety check does not ask for a clinician's clearance"
