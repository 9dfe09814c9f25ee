"""`scapula progression check --history FILE --json`: decisions from a pain history."""

import json

import pytest
from click.testing import CliRunner

from scapula.cli.main import cli

CALM = {
    "date": "2026-11-02",
    "completed": True,
    "pain_before": 3,
    "peak_pain": 2,
    "pain_after": 2,
    "next_morning_pain": 3,
}
HISTORY = {
    "exercise": "bent-over-isometric-row",
    "dose": {"sets": 1, "reps": 5, "hold_seconds": 2, "per_side": True},
    "baseline_pain": 4,
    "sessions": [CALM, CALM | {"date": "2026-11-03"}],
}


def check(tmp_path, history):
    path = tmp_path / "history.json"
    path.write_text(json.dumps(history))
    return CliRunner().invoke(cli, ["progression", "check", "--history", str(path), "--json"])


def test_two_calm_sessions_progress_the_hold(tmp_path):
    result = check(tmp_path, HISTORY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["decision"] == "progress"
    assert data["next_dose"]["hold_seconds"] == 5
    assert data["reason"]


def test_pain_above_five_stops(tmp_path):
    history = HISTORY | {"sessions": [CALM | {"peak_pain": 7}]}
    assert json.loads(check(tmp_path, history).output)["decision"] == "stop"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"exercise": "handstand"}, "exercise"),
        ({"baseline_pain": 11}, "baseline_pain"),
        ({"dose": {"reps": "five"}}, "dose.reps"),
        ({"sessions": [CALM | {"peak_pain": True}]}, "sessions.0.peak_pain"),
        ({"sessions": [CALM | {"date": "yesterday"}]}, "sessions.0.date"),
        ({"sessions": [CALM | {"mood": 3}]}, "sessions.0.mood"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_input_names_the_field_in_one_line_with_exit_2(tmp_path, change, field):
    result = check(tmp_path, HISTORY | change)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {field}: ")
    assert len(result.output.strip().splitlines()) == 1
