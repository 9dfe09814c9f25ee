"""`scapula progress`: the charts in the terminal and the same figures as JSON."""

import json

import pytest
from click.testing import CliRunner
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from tests.history import seed_ten_weeks, session_status
from tests.support import fresh_database_env, run_scapula

pytestmark = pytest.mark.django_db


@pytest.fixture
def history():
    return seed_ten_weeks(ensure_owner(), timezone.localdate())


def test_json_gives_the_trend_check_ins_and_sessions(history):
    result = CliRunner().invoke(cli, ["progress", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["week"] == 10
    assert data["pain"]["baseline"] == pytest.approx(6.0)
    assert data["pain"]["is_meaningful"] is True
    daily = {d["date"]: d["mean"] for d in data["pain"]["daily"]}
    today = timezone.localdate()
    assert daily[today.isoformat()] == history["pain"][today]
    assert len(data["function"]["check_ins"]) == 5
    assert data["function"]["check_ins"][0]["groc"] is None
    assert data["function"]["check_ins"][-1]["groc"] == 3
    # Day 70 is today, still without a session: it is not counted until one is done.
    assert data["sessions"]["planned_days"] == 69
    assert data["sessions"]["done_days"] + data["sessions"]["partial_days"] == 60
    assert len(data["sessions"]["calendar"]) == 28
    assert data["needs_review"] is False


def test_the_terminal_shows_three_charts_in_words_and_blocks(history):
    result = CliRunner().invoke(cli, ["progress"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Pain (0-10" in out
    assert "a meaningful improvement" in out
    assert "Everyday activities" in out
    assert "Somewhat better" in out
    assert "■" in out
    assert "·" in out
    statuses = [session_status(n) for n in range(70)]
    done, partly = statuses.count("completed"), statuses.count("partial")
    assert f"{done} of 69 planned days done, {partly} partly" in out  # today still open


def test_with_nothing_recorded_it_says_so():
    result = CliRunner().invoke(cli, ["progress"])
    assert result.exit_code == 0
    assert "Not enough pain entries yet" in result.output


def test_a_first_command_on_a_new_machine_creates_the_database(tmp_path):
    with fresh_database_env(tmp_path / "data") as env:
        logged = run_scapula("log", "pain", "4", env=env)
        assert logged.returncode == 0, logged.stderr
        assert "Recorded 4/10" in logged.stdout
        assert "Updating the database" in logged.stderr
        shown = run_scapula("progress", "--json", env=env)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["pain"]["baseline"] == 4.0
        assert shown.stderr == ""
