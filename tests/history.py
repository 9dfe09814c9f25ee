"""A seeded ten-week history: a plan, daily pain, sessions and two-weekly check-ins.

Pain falls from about 6 to about 3, sessions happen on most days (some partly, some
missed), and the activities score rises from 4 to 7, so every chart has something to show.
"""

import json
from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from scapula.accounts.models import User
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.screening.services import record_screening
from scapula.tracking.services import record_check_in, record_pain

WEEKS = 10
PROFILE = json.loads((Path(__file__).parents[1] / "examples" / "profile.json").read_text())
ACTIVITIES = ("Reading in bed", "Carrying shopping", "A full day at the desk")


def pain_on(day_number: int) -> int:
    """Usual pain on a day of the history: a slow fall with a weekly wobble."""
    return round(6 - 3 * day_number / (WEEKS * 7) + (1 if day_number % 7 == 3 else 0))


def session_status(day_number: int) -> str | None:
    """Most days done, every fifth partly, every seventh missed."""
    if day_number % 7 == 6:
        return None
    return "partial" if day_number % 5 == 4 else "completed"


def seed_ten_weeks(user: User, today) -> dict[str, object]:
    """Store the history for `user`, ending today; return what a reader should see."""
    start = today - timedelta(weeks=WEEKS) + timedelta(days=1)
    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
    record_screening(user=user, answers=answers, today=start)
    record_screening(user=user, answers=answers, today=today)
    create_plan(user=user, profile=PROFILE, today=start)
    scores = {}
    for n in range((today - start).days + 1):
        day = start + timedelta(days=n)
        scores[day] = pain_on(n)
        record_pain(user=user, score=pain_on(n), context="usual", today=day)
        status = session_status(n)
        if status:
            seed_session(user, day, status, n)
        if n % 14 == 0:
            psfs = 4 + 3 * n // (WEEKS * 7)
            ratings = [(name, min(10, psfs + i % 2)) for i, name in enumerate(ACTIVITIES)]
            record_check_in(user=user, ratings=ratings, groc=None if n == 0 else 3, today=day)
    return {"start": start, "pain": scores}


def seed_session(user: User, day, status: str, n: int) -> None:
    started = timezone.make_aware(datetime.combine(day, time(8, 0)))
    report = SessionReport(
        key=f"seed-{day.isoformat()}",
        started_at=started,
        ended_at=started + timedelta(minutes=12),
        status=status,
        pain_before=pain_on(n),
        pain_after=pain_on(n),
        exercises=(ExerciseResult("bent-over-isometric-row", "done", 2, "", 10),),
    )
    record_session(user=user, report=report, now=started + timedelta(minutes=12))
