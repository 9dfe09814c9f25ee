"""`scapula exercises` and `scapula catalog`: JSON for machines, text for people, no database."""

import json

import pytest
from click.testing import CliRunner

from scapula.cli.main import cli
from tests.core.catalog.test_shipped import (
    SCAPULAR_STRENGTH,
    SELF_TESTS,
    SOURCE_EXERCISES,
    STRENGTH_AND_YOGA,
)
from tests.support import run_scapula

DETAIL_KEYS = {
    "id",
    "name",
    "kind",
    "drivers",
    "category",
    "position",
    "equipment",
    "steps",
    "cues",
    "mistakes",
    "stop_rules",
    "dose",
    "progressions",
    "regressions",
    "sources",
    "demo",
}


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def test_list_json_lists_every_exercise_and_self_test():
    result = invoke("exercises", "list", "--json")
    assert result.exit_code == 0
    ids = {entry["id"] for entry in json.loads(result.output)}
    assert ids == set(SOURCE_EXERCISES + STRENGTH_AND_YOGA + SCAPULAR_STRENGTH + SELF_TESTS)


def test_list_can_filter_by_driver():
    result = invoke("exercises", "list", "--driver", "levator_scapulae", "--json")
    entries = json.loads(result.output)
    assert entries
    assert all("levator_scapulae" in entry["drivers"] for entry in entries)


def test_list_prints_a_table_for_people():
    result = invoke("exercises", "list")
    assert "corner-upper-back-stretch" in result.output


def test_show_json_of_the_corner_stretch_gives_three_heights_at_30_seconds_and_the_pain_rule():
    result = invoke("exercises", "show", "corner-upper-back-stretch", "--json")
    detail = json.loads(result.output)
    assert set(detail) >= DETAIL_KEYS
    assert detail["dose"]["hold_seconds"] == 30
    assert len(detail["dose"]["positions"]) == 3
    assert any("pain" in rule.lower() for rule in detail["stop_rules"])


def test_show_json_of_the_isometric_row_gives_five_reps_of_two_seconds_per_side():
    detail = json.loads(invoke("exercises", "show", "bent-over-isometric-row", "--json").output)
    assert detail["dose"]["reps"] == 5
    assert detail["dose"]["hold_seconds"] == 2
    assert detail["dose"]["per_side"] is True
    video = next(s for s in detail["sources"] if s["key"] == "precision-movement-video")
    assert video["url"] == "https://youtu.be/3SoCJ1sUUYc?t=372"
    assert video["seed_files"] == ["000_fca66c3075d42d5c.txt", "001_e585ba5b4ee6573a.txt"]


def test_show_prints_steps_and_stop_rules_for_people():
    result = invoke("exercises", "show", "can-openers")
    assert "Steps" in result.output
    assert "Stop if" in result.output


def test_an_unknown_exercise_is_one_line_and_exit_2():
    result = invoke("exercises", "show", "handstand")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Error: ID: unknown exercise 'handstand'; see 'scapula exercises list'"
    )


def test_demo_prints_an_svg_document():
    result = invoke("exercises", "demo", "wall-splat", "--mirror")
    assert result.output.startswith("<svg")
    assert "matrix(-1" in result.output


def test_validate_reports_the_shipped_catalog():
    result = invoke("catalog", "validate")
    assert result.exit_code == 0
    assert result.output.strip() == "OK: 26 exercises and 4 self-tests."


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        ('reps = "five"', "dose.reps"),
        ('equipment = ["kettlebell"]', "equipment"),
    ],
)
def test_validate_names_file_exercise_and_field_of_a_bad_file(tmp_path, broken, field):
    from tests.core.catalog.helpers import VALID, replaced

    original = "reps = 5" if field == "dose.reps" else "equipment = []"
    path = tmp_path / "test-squeeze.toml"
    path.write_text(replaced(original, broken, VALID))
    result = invoke("catalog", "validate", str(path))
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: test-squeeze.toml: exercise test-squeeze: {field}: ")


def test_catalog_commands_need_no_database(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "SCAPULA_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/unreachable",
    }
    result = run_scapula("exercises", "show", "plank", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "plank"
