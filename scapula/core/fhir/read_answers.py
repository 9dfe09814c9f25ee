"""QuestionnaireResponses back into check-ins (PSFS and GROC) and safety checks."""

import re
from datetime import datetime

from scapula.core.fhir.codes import EXT_CLEARANCE, SAFETY_RECHECK_URL
from scapula.core.fhir.entries import Entry, extensions, part
from scapula.core.fhir.questionnaires import GROC_LINK
from scapula.core.fhir.values import CheckInValue, ClearanceValue, ScreeningValue
from scapula.core.limits import GROC_SCALE
from scapula.core.outcomes.function import check_rating
from scapula.core.screening import QUESTION_IDS, RECHECK_IDS

ACTIVITY_LINK = re.compile(r"activity-(\d+)")


def read_check_in(entry: Entry) -> CheckInValue:
    """One PSFS check-in: the activities by their text, each 0-10, and the GROC if given."""
    ratings: list[tuple[int, str, int]] = []
    groc: int | None = None
    for index, _item in enumerate(entry.get("item") or []):
        path = f"item[{index}]"
        link = entry.text(f"{path}.linkId")
        answer = f"{path}.answer[0].valueInteger"
        if link == GROC_LINK:
            groc = GROC_SCALE.check(entry.whole(answer), field=entry.field(answer))
            continue
        found = ACTIVITY_LINK.fullmatch(link)
        if found is None:
            entry.fail(f"{path}.linkId", f"is not a question scapula asks: {link!r}")
        score = check_rating(entry.whole(answer), entry.field(answer))
        ratings.append((int(found.group(1)), entry.text(f"{path}.text").strip(), score))
    if not ratings:
        entry.fail("item", "holds no activity ratings: not a check-in scapula can read")
    return CheckInValue(
        key=str(entry.index),
        taken_at=_authored(entry),
        ratings=tuple((name, score) for _position, name, score in sorted(ratings)),
        groc=groc,
    )


def read_screening(entry: Entry) -> ScreeningValue:
    """One safety check: each answered question yes or no, and any clinician's clearance."""
    is_recheck = entry.get("questionnaire") == SAFETY_RECHECK_URL
    asked = RECHECK_IDS if is_recheck else QUESTION_IDS
    answers: dict[str, bool] = {}
    for index, _item in enumerate(entry.get("item") or []):
        path = f"item[{index}]"
        link = entry.text(f"{path}.linkId")
        if link not in asked:
            entry.fail(f"{path}.linkId", f"is not a question of this safety check: {link!r}")
        value = entry.get(f"{path}.answer[0].valueBoolean")
        if value is None and not entry.get(f"{path}.answer"):
            continue  # left unanswered
        if not isinstance(value, bool):
            entry.fail(f"{path}.answer[0].valueBoolean", "must be true or false")
        answers[link] = value
    return ScreeningValue(
        key=str(entry.index),
        answered_at=_authored(entry),
        is_recheck=is_recheck,
        answers=answers,
        clearances=tuple(
            _clearance(entry, index) for index, _ext in extensions(entry.resource, EXT_CLEARANCE)
        ),
    )


def _clearance(entry: Entry, index: int) -> ClearanceValue:
    base = f"extension[{index}]"
    extension = entry.get(base)
    parts: dict[str, str] = {}
    for name in ("cleared-by", "cleared-on", "note"):
        found = part(extension, name)
        parts[name] = f"{base}.extension[{found[0]}]" if found else ""
    if not parts["cleared-by"] or not parts["cleared-on"]:
        entry.fail(base, "a clearance needs who cleared you and the day")
    note = entry.text(f"{parts['note']}.valueString") if parts["note"] else ""
    return ClearanceValue(
        cleared_by=entry.text(f"{parts['cleared-by']}.valueString"),
        cleared_on=entry.day(f"{parts['cleared-on']}.valueDate"),
        note=note,
    )


def _authored(entry: Entry) -> datetime:
    return entry.moment("authored")
