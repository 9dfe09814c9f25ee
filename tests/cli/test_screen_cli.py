"""`scapula screen`: from a JSON file (pure) or interactively (stored for the owner)."""

import json

import pytest
from click.testing import CliRunner

from scapula.cli.main import cli
from scapula.core.screening import QUESTION_IDS
from scapula.screening.models import Screening

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def run_with_file(tmp_path, content, *extra):
    path = tmp_path / "answers.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return CliRunner().invoke(cli, ["screen", "--answers", str(path), *extra])


def test_a_file_of_answers_prints_the_disposition_as_json(tmp_path):
    result = run_with_file(tmp_path, ALL_NO | {"C2": True}, "--json")
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "disposition": "clinician",
        "triggered": ["C2"],
        "missing": [],
        "clearable": True,
    }


def test_one_clinician_answer_and_nothing_else_is_incomplete(tmp_path):
    output = json.loads(run_with_file(tmp_path, {"C2": True}, "--json").output)
    assert output["disposition"] == "incomplete"
    assert len(output["missing"]) == len(QUESTION_IDS) - 1
    assert output["clearable"] is False


def test_the_questions_are_listed_with_the_answer_that_raises_each():
    result = CliRunner().invoke(cli, ["screen", "--questions", "--json"])
    assert result.exit_code == 0
    questions = json.loads(result.output)
    assert [q["id"] for q in questions] == list(QUESTION_IDS)
    assert all(set(q) == {"id", "tier", "text", "raises_on"} for q in questions)
    assert [q["id"] for q in questions if q["raises_on"] is False] == ["M1"]
    assert {q["tier"] for q in questions} == {"emergency", "urgent", "clinician", "mechanical"}


def test_questions_and_answers_together_are_refused_in_one_line(tmp_path):
    result = run_with_file(tmp_path, ALL_NO, "--questions")
    assert result.exit_code == 2
    assert (
        result.output.strip() == "Error: --answers: give either --questions or --answers, not both"
    )


def test_missing_answers_are_listed(tmp_path):
    answers = dict(ALL_NO)
    del answers["U2"]
    assert json.loads(run_with_file(tmp_path, answers, "--json").output)["missing"] == ["U2"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"E1": "no"}, "Error: E1: must be true or false, got 'no'"),
        ({"Q7": True}, "Error: Q7: unknown question id 'Q7'"),
        ("[true]", "Error: --answers: must hold a JSON object of question id to true/false"),
    ],
)
def test_bad_answers_are_one_line_naming_the_field_with_exit_2(tmp_path, content, message):
    result = run_with_file(tmp_path, content, "--json")
    assert result.exit_code == 2
    assert result.output.strip() == message


@pytest.mark.django_db
def test_answering_interactively_stops_at_an_emergency_and_stores_it():
    result = CliRunner().invoke(cli, ["screen"], input="n\ny\n")
    assert result.exit_code == 0
    assert "Result: emergency" in result.output
    assert "Call your emergency number now" in result.output
    stored = Screening.objects.get()
    assert stored.answers == {"E1": False, "E2": True}
    assert stored.triggered == ["E2"]


@pytest.mark.django_db
def test_answering_no_to_everything_interactively_proceeds():
    answers = "".join("y\n" if qid == "M1" else "n\n" for qid in QUESTION_IDS)
    result = CliRunner().invoke(cli, ["screen"], input=answers)
    assert "Result: proceed" in result.output
    assert "the one question where No is the answer" in result.output
    assert Screening.objects.get().disposition == "proceed"
