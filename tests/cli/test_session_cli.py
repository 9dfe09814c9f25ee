"""`scapula session script`: one exercise (pure) or today's routine (stored plan, gated)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.screening.services import record_screening


def run(*args):
    return CliRunner().invoke(cli, ["session", "script", *args])


def test_the_script_of_one_exercise_lists_steps_and_their_total():
    result = run("--exercise", "bent-over-isometric-row", "--json")
    data = json.loads(result.output)
    holds = [s for s in data["steps"] if s["kind"] == "hold"]
    assert len(holds) == 10
    assert {s["seconds"] for s in holds} == {2}
    assert data["total_seconds"] == sum(s["seconds"] for s in data["steps"])


def test_the_script_in_words_uses_the_players_labels():
    result = run("--exercise", "bent-over-isometric-row")
    assert "   2 s  Left side, hold 2 of 5: Hold, 2 seconds." in result.output
    assert "rep_number" not in result.output
    assert "switch_side" not in result.output


def test_an_unknown_exercise_is_named_with_exit_2():
    result = run("--exercise", "handstand")
    assert result.exit_code == 2
    assert result.output.startswith("Error: --exercise: unknown exercise 'handstand'")


def test_one_of_exercise_or_today_is_needed():
    assert run().exit_code == 2


@pytest.mark.django_db
def test_today_is_refused_until_the_safety_check_allows_exercise():
    result = run("--today", "--json")
    assert result.exit_code == 2
    assert "safety check" in result.output


@pytest.mark.django_db
def test_today_compiles_the_current_phase_of_the_stored_plan():
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    profile = json.loads(Path("examples/profile.json").read_text())
    stored = create_plan(user=owner, profile=profile, today=today)
    data = json.loads(run("--today", "--json").output)
    prepared = [s["exercise"] for s in data["steps"] if s["kind"] == "prepare"]
    assert prepared == [item["exercise"] for item in stored.plan["phases"][0]["routine"]]


@pytest.mark.django_db
def test_the_terminal_player_runs_todays_routine_and_saves_the_pain_values():
    from scapula.practice.models import PracticeSession

    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    stored = create_plan(
        user=owner, profile=json.loads(Path("examples/profile.json").read_text()), today=today
    )
    count = len(stored.plan["phases"][0]["routine"])
    answers = "4\n" + "2\n" * count + "1\n"
    result = CliRunner().invoke(
        cli, ["session", "start", "--speed", "1000", "--quiet"], input=answers
    )
    assert result.exit_code == 0, result.output
    session = PracticeSession.objects.get()
    assert (session.status, session.pain_before, session.pain_after) == ("completed", 4, 1)
    assert {e.peak_pain for e in session.exercises.all()} == {2}
    assert "Saved: completed" in result.output


@pytest.mark.django_db
def test_it_hurts_in_the_terminal_asks_by_number_and_says_what_follows(monkeypatch):
    import contextlib

    from scapula.cli import terminal_player
    from scapula.practice.models import PracticeSession

    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    create_plan(
        user=owner, profile=json.loads(Path("examples/profile.json").read_text()), today=today
    )
    keys = iter(["h"])

    @contextlib.contextmanager
    def press_it_hurts():
        yield lambda: next(keys, None)

    monkeypatch.setattr(terminal_player, "single_keys", press_it_hurts)
    # Pain before 4; stopped at 6; "2" = sharp or catching pain; "1" = the main choice,
    # which after sharp pain is ending the session; pain after 3.
    result = CliRunner().invoke(
        cli, ["session", "start", "--speed", "1000", "--quiet"], input="4\n6\n2\n1\n3\n"
    )
    assert result.exit_code == 0, result.output
    assert "Sharp or catching pain" in result.output
    assert "one step easier" in result.output
    assert "1  End the session (main choice)" in result.output
    assert "2  Go on to the next exercise" in result.output
    assert "Saved: stopped" in result.output
    assert "Tomorrow morning scapula asks how your back feels" in result.output
    stopped = PracticeSession.objects.get().exercises.get(status="stopped")
    assert (stopped.peak_pain, stopped.stop_reason) == (6, "sharp or catching pain")


def _ready_with_keys(monkeypatch, keys):
    import contextlib

    from scapula.cli import terminal_player

    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    stored = create_plan(
        user=owner, profile=json.loads(Path("examples/profile.json").read_text()), today=today
    )
    pressed = iter(keys)

    @contextlib.contextmanager
    def scripted_keys():
        yield lambda: next(pressed, None)

    monkeypatch.setattr(terminal_player, "single_keys", scripted_keys)
    return len(stored.plan["phases"][0]["routine"])


@pytest.mark.django_db
def test_a_warning_sign_in_the_terminal_offers_only_ending_with_the_get_help_signs(monkeypatch):
    from scapula.practice.models import PracticeSession

    _ready_with_keys(monkeypatch, ["h"])
    # Pain before 2; stopped at 2; "4" = dizziness; no choice to make; pain after 2.
    result = CliRunner().invoke(
        cli, ["session", "start", "--speed", "1000", "--quiet"], input="2\n2\n4\n2\n"
    )
    assert result.exit_code == 0, result.output
    assert "Stop and get help if" in result.output
    assert "Go on to the next exercise" not in result.output
    assert "End the session." in result.output
    assert PracticeSession.objects.get().status == "stopped"
    assert "asks the safety questions again" in result.output


@pytest.mark.django_db
def test_a_mild_stop_in_the_terminal_goes_on_by_default_and_the_end_lists_each_exercise(
    monkeypatch,
):
    from scapula.practice.models import PracticeSession

    count = _ready_with_keys(monkeypatch, ["s", "h"])  # skip the first, stop the second
    # Pain before 2; stopped at 2; "5" = something else; Enter = the main choice (go on);
    # the worst pain of each exercise after it; pain after 1.
    answers = "2\n2\n5\n\n" + "1\n" * (count - 2) + "1\n"
    result = CliRunner().invoke(
        cli, ["session", "start", "--speed", "1000", "--quiet"], input=answers
    )
    assert result.exit_code == 0, result.output
    assert "1  Go on to the next exercise (main choice)" in result.output
    statuses = [e.status for e in PracticeSession.objects.get().exercises.order_by("order")]
    assert statuses == ["skipped", "stopped"] + ["done"] * (count - 2)
    assert ": Skipped" in result.output
    assert ": Stopped (worst pain 2/10)" in result.output


@pytest.mark.django_db
def test_ending_early_in_the_terminal_says_so_and_saves_what_was_done(monkeypatch):
    from scapula.practice.models import PracticeSession

    _ready_with_keys(monkeypatch, ["q"])
    result = CliRunner().invoke(
        cli, ["session", "start", "--speed", "1000", "--quiet"], input="2\n2\n"
    )
    assert result.exit_code == 0, result.output
    assert "Ended early" in result.output
    assert "today's work done" not in result.output
    assert PracticeSession.objects.get().status == "stopped"
