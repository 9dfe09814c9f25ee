"""`scapula plan --profile FILE --json`: the driver profile and phases, with no database."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scapula.cli.main import cli


def plan(tmp_path, content, *extra):
    path = tmp_path / "profile.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return CliRunner().invoke(cli, ["plan", "--profile", str(path), *extra])


def test_the_example_profile_gives_drivers_and_three_phases(tmp_path):
    example = json.loads(Path("examples/profile.json").read_text())
    result = plan(tmp_path, example, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [d["id"] for d in data["drivers"]] == [
        "levator_scapulae",
        "serratus_anterior",
        "thoracic_mobility",
        "postural_load",
    ]
    assert {"id", "score", "flagged", "evidence"} <= set(data["drivers"][0])
    assert [p["name"] for p in data["phases"]] == [
        "Relief and activation",
        "Mobility and control",
        "Strength",
        "Maintenance",
    ]
    item = data["phases"][0]["routine"][0]
    assert {"exercise", "dose", "seconds", "why"} <= set(item)


def test_the_text_view_marks_the_focus_and_says_it_is_not_medical_advice(tmp_path):
    result = plan(
        tmp_path,
        {
            "pain_sites": ["between_shoulder_blades"],
            "tests": {"thoracic_rotation_deg": {"left": 35}},
        },
    )
    assert "Focus: A stiff upper (thoracic) spine" in result.output
    assert "Not medical advice" in result.output


def test_an_unknown_word_is_one_line_naming_it_with_exit_2(tmp_path):
    result = plan(tmp_path, {"equipment": ["rowing_machine"]}, "--json")
    assert result.exit_code == 2
    assert result.output.startswith("Error: equipment: unknown value 'rowing_machine'")


def test_a_file_that_is_not_json_is_named(tmp_path):
    result = plan(tmp_path, "{not json", "--json")
    assert result.exit_code == 2
    assert result.output.startswith("Error: --profile: ")


@pytest.mark.django_db
def test_without_a_profile_the_stored_plan_is_shown(tmp_path):
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.plans.services import create_plan

    example = json.loads(Path("examples/profile.json").read_text())
    create_plan(user=ensure_owner(), profile=example, today=timezone.localdate())
    result = CliRunner().invoke(cli, ["plan", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["phases"][0]["name"] == "Relief and activation"


@pytest.mark.django_db
def test_without_a_profile_or_a_stored_plan_it_says_how_to_make_one():
    result = CliRunner().invoke(cli, ["plan"])
    assert result.exit_code == 2
    assert "no plan stored yet" in result.output


def test_the_plan_prints_the_winging_notice_and_an_ongoing_maintenance_phase(tmp_path):
    from click.testing import CliRunner

    from scapula.cli.plan import plan_command

    profile = tmp_path / "profile.json"
    profile.write_text('{"tests": {"scapula_winging": "obvious"}}')
    result = CliRunner().invoke(plan_command, ["--profile", str(profile)])
    assert result.exit_code == 0, result.output
    assert "physiotherapist" in result.output
    assert "Maintenance (from week 13 on" in result.output
    assert "How sure is this?" in result.output
