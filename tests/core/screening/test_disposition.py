"""Screening dispositions: emergency beats urgent beats clinician beats missing beats M1."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scapula.core import ScapulaError
from scapula.core.screening import (
    QUESTION_IDS,
    QUESTIONS,
    RECHECK_IDS,
    is_recheck_due,
    parse_answers,
    screen,
    screen_recheck,
)

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def block_of(question_id: str) -> str:
    return next(q.block for q in QUESTIONS if q.id == question_id)


def test_the_questionnaire_has_the_ids_of_clinical_md():
    expected = [f"E{i}" for i in range(1, 9)] + [f"U{i}" for i in range(1, 8)]
    expected += [f"C{i}" for i in range(1, 12)] + ["M1"]
    assert list(QUESTION_IDS) == expected


def test_every_question_says_why_it_is_asked_and_cites_a_source():
    for question in QUESTIONS:
        assert question.why
        assert question.sources


def test_all_no_and_pain_that_changes_with_movement_may_proceed():
    result = screen(ALL_NO)
    assert (result.disposition, result.triggered, result.missing) == ("proceed", (), ())


def test_one_emergency_yes_means_emergency_even_with_questions_left():
    result = screen({"E3": True})
    assert result.disposition == "emergency"
    assert result.triggered == ("E3",)
    assert "M1" in result.missing


def test_urgent_and_clinician_answers_list_what_triggered_them():
    assert screen(ALL_NO | {"U5": True, "C2": True}).triggered == ("U5",)
    assert screen(ALL_NO | {"C2": True, "C9": True}).triggered == ("C2", "C9")


def test_pain_that_does_not_change_with_movement_needs_a_clinician():
    result = screen(ALL_NO | {"M1": False})
    assert (result.disposition, result.triggered) == ("clinician", ("M1",))


def test_an_unanswered_question_makes_it_incomplete():
    answers = dict(ALL_NO)
    del answers["C4"]
    assert screen(answers).disposition == "incomplete"
    assert screen(answers).missing == ("C4",)


@given(st.dictionaries(st.sampled_from(QUESTION_IDS), st.booleans()))
def test_the_precedence_holds_for_every_combination_of_answers(answers):
    result = screen(answers)
    yes_blocks = {block_of(qid) for qid, value in answers.items() if value and qid != "M1"}
    if "emergency" in yes_blocks:
        assert result.disposition == "emergency"
    elif "urgent" in yes_blocks:
        assert result.disposition == "urgent"
    elif "clinician" in yes_blocks:
        assert result.disposition == "clinician"
    elif len(answers) < len(QUESTION_IDS):
        assert result.disposition == "incomplete"
    elif answers["M1"] is False:
        assert result.disposition == "clinician"
    else:
        assert result.disposition == "proceed"
    assert all(answers.get(qid) is True for qid in result.triggered if qid != "M1")


def test_answers_with_an_unknown_id_are_refused_naming_it():
    with pytest.raises(ScapulaError) as caught:
        parse_answers({"E1": False, "Z9": True})
    assert caught.value.field == "Z9"


@pytest.mark.parametrize("value", ["yes", 1, None, 0.0])
def test_answers_that_are_not_true_or_false_are_refused_naming_the_question(value):
    with pytest.raises(ScapulaError) as caught:
        parse_answers({"E2": value})
    assert caught.value.field == "E2"


def test_the_weekly_recheck_asks_only_the_emergency_and_same_day_blocks():
    assert tuple(f"E{i}" for i in range(1, 9)) + tuple(f"U{i}" for i in range(1, 8)) == RECHECK_IDS
    assert screen_recheck(dict.fromkeys(RECHECK_IDS, False)).disposition == "proceed"
    assert screen_recheck(dict.fromkeys(RECHECK_IDS, False) | {"U3": True}).disposition == "urgent"


def test_the_recheck_is_due_after_seven_days():
    assert not is_recheck_due(date(2026, 11, 16), date(2026, 11, 22))
    assert is_recheck_due(date(2026, 11, 16), date(2026, 11, 23))
    assert is_recheck_due(None, date(2026, 11, 23))
