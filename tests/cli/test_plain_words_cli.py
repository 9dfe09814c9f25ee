"""The terminal speaks plain words too: no catalog ids, field paths or internal file names."""

import pytest
from click.testing import CliRunner

from scapula.catalog import shipped_catalog
from scapula.cli.main import cli
from tests.plain_words import internal_words


def read(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_plan_names_the_focus_in_words():
    output = read("plan", "--profile", "examples/profile.json")
    assert "Focus: A short, tight or weak levator scapulae" in output
    assert internal_words(output) == []


def test_the_exercise_list_names_reasons_positions_and_equipment_in_words():
    output = read("exercises", "list")
    assert "lying on your back" in output
    assert "foam roller" in output
    assert internal_words(output) == []


@pytest.mark.parametrize("exercise_id", shipped_catalog().ids)
def test_each_exercise_card_reads_in_plain_words(exercise_id):
    assert internal_words(read("exercises", "show", exercise_id)) == []
