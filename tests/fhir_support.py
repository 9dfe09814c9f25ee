"""A person with every kind of record the FHIR export holds, and bundles compared by content."""

import json
from datetime import timedelta
from typing import Any

from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.services import set_display_name
from scapula.core.catalog import Dose
from scapula.core.screening import RECHECK_IDS
from scapula.practice.models import DoseChange
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.practice.today import todays_routine
from scapula.screening.models import Clearance, Screening
from scapula.screening.services import record_screening
from scapula.tracking.services import record_pain
from tests.history import seed_ten_weeks

CAT, ROW = "cat-cow", "bent-over-isometric-row"


def seed_person(user: User, today) -> User:
    """Ten weeks of records, a name, a stop for numbness, a re-check, a clearance, a dose change."""
    seed_ten_weeks(user, today)
    set_display_name(user=user, name="Ana Pereira")
    record_pain(
        user=user,
        score=4,
        context="usual",
        today=today - timedelta(days=1),
        site="top_of_shoulder",
        side="left",
        note="After a long drive",
    )
    started = timezone.now() - timedelta(days=2, hours=3)
    record_session(
        user=user,
        report=SessionReport(
            "stop-numbness",
            started,
            started + timedelta(minutes=9),
            "stopped",
            3,
            5,
            (
                ExerciseResult(CAT, "done", 2, "", 30),
                ExerciseResult(ROW, "stopped", 6, "numbness or tingling", 8),
                ExerciseResult("serratus-wall-slide", "not_started", None, "", 0),
            ),
        ),
        now=timezone.now(),
    )
    recheck = dict.fromkeys(RECHECK_IDS, False)
    record_screening(user=user, answers=recheck, today=today, is_recheck=True)
    first = Screening.objects.filter(user=user).order_by("created_at", "id").first()
    Clearance.objects.create(
        user=user, screening=first, cleared_by="Dr Silva", cleared_on=first.screened_on
    )
    item = todays_routine(user=user, today=today).items[0]
    harder: Dose = item.dose.changed("sets", item.dose.sets + 1)
    DoseChange.objects.create(
        user=user,
        exercise_id=item.exercise.id,
        decision="progress",
        reason="Two calm sessions in a row: one step harder.",
        source="progression rules",
        dose=harder.as_dict(),
        decided_on=today - timedelta(days=3),
    )
    return user


def normalised(bundle: dict[str, Any]) -> dict[str, Any]:
    """The bundle with its ids, addresses and export time replaced by neutral labels."""
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    for entry in bundle["entry"]:
        kind = entry["resource"]["resourceType"]
        counts[kind] = counts.get(kind, 0) + 1
        label = f"{kind}#{counts[kind]}"
        labels[entry["fullUrl"]] = label
        labels[entry["resource"]["id"]] = label
    text = json.dumps({key: value for key, value in bundle.items() if key != "timestamp"})
    for address in sorted(labels, key=len, reverse=True):
        text = text.replace(address, labels[address])
    return json.loads(text)
