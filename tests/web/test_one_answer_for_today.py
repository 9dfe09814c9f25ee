"""Every door names the same phase, exercises, doses and minutes for today, and one morning
score moves the doses the same way whichever door it comes through."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.utils import timezone
from icalendar import Calendar

from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from scapula.core.catalog.describe import describe_dose
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.practice.models import DoseChange, PracticeSession
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.practice.today import todays_routine
from scapula.reminders.feed import calendar_for
from scapula.reminders.selectors import known_exercises
from scapula.screening.services import record_screening
from scapula.tracking.models import PainEntry
from scapula.tracking.services import record_pain

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
ROW = "bent-over-isometric-row"
CLEAR = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


@pytest.fixture
def held_owner(owner_browser):
    """Five weeks into a plan whose first phase (weeks 1-3) is held: one exercise progressed."""
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=CLEAR, today=today)
    create_plan(user=owner, profile=EXAMPLE, today=today - timedelta(weeks=5))
    DoseChange.objects.create(
        user=owner,
        exercise_id=ROW,
        decision="progress",
        reason="Two calm sessions in a row.",
        source="the pain-monitoring model",
        dose={"sets": 1, "reps": 5, "hold_seconds": 5, "per_side": False, "rest_seconds": 0},
        decided_on=today - timedelta(weeks=2),
    )
    return owner


def test_a_phase_held_past_its_weeks_is_today_s_phase_everywhere(owner_browser, held_owner):
    today = timezone.localdate()
    routine = todays_routine(user=held_owner, today=today)
    assert routine.status.index == 0
    assert routine.status.is_held
    names = [item.exercise.name for item in routine.items]
    assert routine.dose_of(ROW).hold_seconds == 5

    api = owner_browser.get("/api/session/today").json()
    assert api["phase"] == routine.phase.name
    assert [e["name"] for e in api["exercises"]] == names
    assert next(e for e in api["exercises"] if e["id"] == ROW)["dose"]["hold_seconds"] == 5
    assert api["total_seconds"] == routine.total_seconds

    page = owner_browser.get("/plan/").content.decode()
    assert f"<strong>{routine.phase.name}</strong>, since" in page
    assert f"about {routine.minutes} minute" in page
    assert describe_dose(routine.dose_of(ROW)) in page

    script = CliRunner().invoke(cli, ["session", "script", "--today", "--json"])
    assert script.exit_code == 0, script.output
    assert json.loads(script.output)["total_seconds"] == routine.total_seconds

    feed = Calendar.from_ical(calendar_for(user=held_owner, today=today, now=timezone.now()))
    session_event = next(e for e in feed.walk("VEVENT") if "routine" in str(e.get("description")))
    description = str(session_event.get("description"))
    assert f"about {routine.minutes} min" in description
    assert all(name in description for name in names)

    met = known_exercises(user=held_owner, day=today)
    assert [exercise.name for exercise, _dose in met[: len(names)]] == names
    assert {e.id: d for e, d in met}[ROW].hold_seconds == 5


def test_the_minutes_shown_are_the_session_s_own_length(owner_browser, held_owner):
    api = owner_browser.get("/api/session/today").json()
    plan = owner_browser.get("/api/plan").json()
    assert api["minutes"] == plan["minutes_today"] == max(1, round(api["total_seconds"] / 60))
    page = owner_browser.get("/session/").content.decode()
    assert f"about {api['minutes']} minute" in page


def _regress(owner, exercise_id, *, dose, **moved):
    """Store a regress decision for today, with the version or exercise it moved to."""
    DoseChange.objects.create(
        user=owner,
        exercise_id=exercise_id,
        decision="regress",
        reason="One step easier next time.",
        source="the pain-monitoring model",
        dose=dose,
        decided_on=timezone.localdate(),
        **moved,
    )


def _two_calm_sessions(owner):
    """Two completed calm sessions of the row, each followed by a calm morning."""
    now = timezone.now()
    for days_ago in (2, 1):
        started = now - timedelta(days=days_ago)
        report = SessionReport(
            f"calm-{days_ago}-aaaa",
            started,
            started + timedelta(minutes=10),
            "completed",
            3,
            2,
            (ExerciseResult(ROW, "done", 2, "", 20),),
        )
        session, _ = record_session(user=owner, report=report, now=now)
        if days_ago == 2:
            record_pain(
                user=owner,
                score=3,
                context="morning",
                today=session.performed_on + timedelta(days=1),
            )


def _send_morning(door, client, score):
    if door == "web":
        assert client.post("/morning-pain/", {"score": str(score)}).status_code == 302
    elif door == "api":
        response = client.post(
            "/api/pain", {"score": score, "context": "morning"}, content_type="application/json"
        )
        assert response.status_code in (200, 201), response.content
    else:
        result = CliRunner().invoke(cli, ["log", "pain", str(score), "--when", "morning"])
        assert result.exit_code == 0, result.output


def _decisions(owner):
    return sorted(
        (c.exercise_id, c.decision, json.dumps(c.dose, sort_keys=True))
        for c in DoseChange.objects.filter(user=owner)
    )


@pytest.mark.parametrize("door", ["web", "api", "cli"])
def test_a_morning_score_moves_the_doses_the_same_through_every_door(
    owner_browser, planned_owner, door
):
    owner, today = planned_owner, timezone.localdate()
    _two_calm_sessions(owner)

    _send_morning(door, owner_browser, 3)

    decisions = _decisions(owner)
    row = [d for d in decisions if d[0] == ROW]
    assert [d[1] for d in row] == ["progress"]
    assert json.loads(row[0][2])["hold_seconds"] == 5
    assert todays_routine(user=owner, today=today).dose_of(ROW).hold_seconds == 5


@pytest.mark.parametrize("door", ["web", "api", "cli"])
def test_a_second_morning_score_on_the_same_day_changes_nothing(owner_browser, planned_owner, door):
    owner = planned_owner
    _two_calm_sessions(owner)
    _send_morning(door, owner_browser, 3)
    before = (_decisions(owner), PainEntry.objects.filter(user=owner).count())

    _send_morning(door, owner_browser, 3)

    assert (_decisions(owner), PainEntry.objects.filter(user=owner).count()) == before


def test_a_session_synced_the_next_day_counts_for_the_day_it_was_done(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=CLEAR, today=today)
    yesterday_evening = timezone.localtime().replace(hour=20, minute=0) - timedelta(days=1)
    response = owner_browser.post(
        "/api/sessions",
        {
            "key": "offline-yesterday-1",
            "started_at": yesterday_evening.isoformat(),
            "ended_at": (yesterday_evening + timedelta(minutes=12)).isoformat(),
            "status": "completed",
            "exercises": [],
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["performed_on"] == (today - timedelta(days=1)).isoformat()
    assert PracticeSession.objects.get(user=owner).performed_on == today - timedelta(days=1)


def test_a_session_that_starts_tomorrow_is_refused_naming_the_field(owner_browser):
    ensure_owner()
    tomorrow = timezone.now() + timedelta(days=1)
    response = owner_browser.post(
        "/api/sessions",
        {"key": "clock-wrong-1", "started_at": tomorrow.isoformat(), "status": "completed"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "started_at"
    assert not PracticeSession.objects.exists()


def test_the_pains_given_in_the_player_are_diary_entries_and_show_a_trend(owner_browser):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=CLEAR, today=today)
    for days_ago in (1, 0):
        started = timezone.now() - timedelta(days=days_ago, minutes=20)
        body = {
            "key": f"two-sessions-{days_ago}",
            "started_at": started.isoformat(),
            "status": "completed",
            "pain_before": 4,
            "pain_after": 3,
            "exercises": [{"exercise": ROW, "status": "done", "peak_pain": 5, "steps_done": 9}],
        }
        response = owner_browser.post("/api/sessions", body, content_type="application/json")
        assert response.status_code == 201
    contexts = sorted(PainEntry.objects.filter(user=owner).values_list("context", flat=True))
    assert contexts == ["after", "after", "before", "before", "peak", "peak"]
    trend = owner_browser.get("/api/pain/trend").json()
    assert trend["baseline"] == 4
    assert "Not enough" not in trend["message"]
    owner_browser.post(
        "/api/sessions", {**body, "key": "two-sessions-0"}, content_type="application/json"
    )
    assert PainEntry.objects.filter(user=owner).count() == 6  # a repeat stores nothing twice


def test_an_exercise_that_brought_on_dizziness_is_held_out_of_today_until_a_new_screening(
    owner_browser,
):
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(user=owner, answers=CLEAR, today=today)
    create_plan(user=owner, profile=EXAMPLE, today=today)
    routine = todays_routine(user=owner, today=today)
    first = routine.items[0].exercise.id
    started = timezone.now()  # after the screening
    report = SessionReport(
        "dizzy-stop-aaaa",
        started,
        timezone.now(),
        "stopped",
        3,
        3,
        (ExerciseResult(first, "stopped", 4, "dizziness", 3),),
    )
    record_session(user=owner, report=report, now=started)

    held = todays_routine(user=owner, today=today)
    assert first not in [item.exercise.id for item in held.items]
    assert owner_browser.get("/api/session/today").status_code == 403

    record_screening(user=owner, answers=CLEAR, today=today)
    again = todays_routine(user=owner, today=today)
    assert first in [item.exercise.id for item in again.items]


def test_a_decision_that_moves_to_another_exercise_changes_today_s_routine(
    owner_browser, planned_owner
):
    owner, today = planned_owner, timezone.localdate()
    planned = todays_routine(user=owner, today=today).items[-1].exercise
    _regress(owner, planned.id, dose=planned.dose.as_dict(), switch_to=ROW)
    ids = [e["id"] for e in owner_browser.get("/api/session/today").json()["exercises"]]
    assert planned.id not in ids
    assert ROW in ids


def test_the_version_a_decision_moved_to_is_shown_and_played(owner_browser, planned_owner):
    owner = planned_owner
    _regress(
        owner,
        ROW,
        dose={"sets": 1, "reps": 3, "hold_seconds": 2},
        variant="Lean on a table with one hand.",
    )
    row = next(
        e for e in owner_browser.get("/api/session/today").json()["exercises"] if e["id"] == ROW
    )
    assert row["variant"] == "Lean on a table with one hand."
    assert "Lean on a table with one hand." in owner_browser.get("/plan/").content.decode()


def test_the_player_lists_the_version_to_do_for_now(owner_browser, planned_owner):
    _regress(
        planned_owner,
        ROW,
        dose={"sets": 1, "reps": 3, "hold_seconds": 2},
        variant="Lean on a table with one hand.",
    )
    page = owner_browser.get("/session/").content.decode()
    assert "For now: Lean on a table with one hand." in page
