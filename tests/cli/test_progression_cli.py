"""`scapula progression check --history FILE --json`: decisions from a pain history."""

import json

import pytest
from click.testing import CliRunner

from scapula.catalog import shipped_catalog
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


def test_pain_above_five_stops_and_eases_the_next_session(tmp_path):
    history = HISTORY | {"sessions": [CALM | {"peak_pain": 7}]}
    data = json.loads(check(tmp_path, history).output)
    assert (data["decision"], data["next_dose"]["reps"]) == ("stop", 3)


def day(n, **pains):
    return CALM | {"date": f"2026-11-{n:02d}"} | pains


@pytest.mark.parametrize(
    ("history", "decision"),
    [
        pytest.param(
            {
                "sessions": [
                    day(2, peak_pain=7, next_morning_pain=6),
                    day(4, peak_pain=7, next_morning_pain=6),
                ]
            },
            "refer",
            id="defect 6: peak 7 with two next-morning flares",
        ),
        pytest.param(
            {"sessions": [day(n, peak_pain=6) for n in range(2, 6)]},
            "refer",
            id="defect 6: four sessions in a row at 6 out of 10",
        ),
        pytest.param(
            {"sessions": [CALM, day(3)], "recent_mean_pain": 6.0},
            "regress",
            id="defect 7: the week's pain 2 points above the baseline",
        ),
        pytest.param(
            {"sessions": [day(2, peak_pain=5, next_morning_pain=4)]},
            "regress",
            id="defect 8: pain of 5 not settled by the next morning",
        ),
        pytest.param(
            {
                "exercise": "corner-upper-back-stretch",
                "dose": None,
                "sessions": [day(2, pain_before=0, peak_pain=4, next_morning_pain=0)],
            },
            "stop",
            id="defect 10: the corner stretch at 4 out of 10",
        ),
        pytest.param(
            {"sessions": [CALM, day(3, completed=False)]},
            "continue",
            id="defect 11: a session left unfinished",
        ),
    ],
)
def test_the_corrected_answers(tmp_path, history, decision):
    result = check(tmp_path, HISTORY | history)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["decision"] == decision


def test_three_push_ups_progress_to_five(tmp_path):
    """Defect 9: a regressed dose sits on the ladder, so the step up is to 5, not 8."""
    history = {"exercise": "rhomboid-push-up", "dose": {"reps": 3}, "sessions": HISTORY["sessions"]}
    data = json.loads(check(tmp_path, history).output)
    assert (data["decision"], data["next_dose"]["reps"]) == ("progress", 5)


def test_a_regression_below_the_lowest_dose_names_the_easier_version(tmp_path):
    """Defect 9: from 3 push-ups a flare moves to the knee version, which the text prints."""
    history = {
        "exercise": "rhomboid-push-up",
        "dose": {"reps": 3},
        "baseline_pain": 3,
        "sessions": [CALM | {"next_morning_pain": 6}],
    }
    path = tmp_path / "history.json"
    path.write_text(json.dumps(history))
    result = CliRunner().invoke(cli, ["progression", "check", "--history", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("REGRESS: ")
    assert "Version: Keep your knees on the floor" in result.output
    data = json.loads(check(tmp_path, history).output)
    assert data["next_variant"].startswith("Keep your knees on the floor")
    history["variant"] = data["next_variant"]
    assert json.loads(check(tmp_path, history).output)["next_variant"].startswith("Put your hands")


def test_a_move_to_another_exercise_prints_its_name(tmp_path):
    history = {
        "exercise": "bent-over-row",
        "dose": {"reps": 5},
        "variant": shipped_catalog().get("bent-over-row").regressions[1].value,
        "sessions": [CALM | {"next_morning_pain": 6}],
    }
    path = tmp_path / "history.json"
    path.write_text(json.dumps(history))
    result = CliRunner().invoke(cli, ["progression", "check", "--history", str(path)])
    assert "Switch to: Bent-over rhomboid row (isometric)" in result.output
    assert json.loads(check(tmp_path, history).output)["next_exercise"] == "bent-over-isometric-row"


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
        ({"variant": "hanging upside down"}, "variant"),
        ({"recent_mean_pain": 12}, "recent_mean_pain"),
    ],
)
def test_bad_input_names_the_field_in_one_line_with_exit_2(tmp_path, change, field):
    result = check(tmp_path, HISTORY | change)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {field}: ")
    assert len(result.output.strip().splitlines()) == 1
