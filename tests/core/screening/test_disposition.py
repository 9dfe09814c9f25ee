"""Screening dispositions: emergency, same-day, unanswered red flags, clinician, proceed."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scapula.core import ScapulaError
from scapula.core.screening import (
    ADVICE,
    QUESTION_IDS,
    QUESTIONS,
    QUESTIONS_BY_ID,
    RECHECK_IDS,
    Disposition,
    advice_for,
    is_recheck_due,
    parse_answers,
    screen,
    screen_recheck,
)

ALL_NO = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}


def raises(question_id: str, answers: dict[str, bool]) -> bool:
    return answers.get(question_id) is QUESTIONS_BY_ID[question_id].raises_on


def test_the_questionnaire_has_the_ids_of_clinical_md_and_scapulas_own():
    expected = [f"E{i}" for i in range(1, 9)] + [f"U{i}" for i in range(1, 9)]
    expected += [f"C{i}" for i in range(1, 14)] + ["M1", "M2"]
    assert list(QUESTION_IDS) == expected


def test_every_question_says_why_it_is_asked_and_cites_a_source():
    for question in QUESTIONS:
        assert question.why
        assert question.sources


def test_disposition_values_equal_the_stored_strings():
    assert [str(d) for d in Disposition] == [
        "emergency",
        "urgent",
        "clinician",
        "incomplete",
        "proceed",
    ]
    assert Disposition("clinician") == "clinician"


# Each case: answers on top of all-clear (or alone), the disposition, what triggered it.
PRECEDENCE_CASES = {
    "all_clear_proceeds": (ALL_NO, "proceed", ()),
    "one_emergency_yes_alone_is_an_emergency": ({"E3": True}, "emergency", ("E3",)),
    "one_same_day_yes_alone_is_urgent": ({"U5": True}, "urgent", ("U5",)),
    "a_clinician_yes_alone_is_incomplete": ({"C2": True}, "incomplete", ()),
    "a_clinician_yes_with_one_red_flag_unanswered_is_incomplete": (
        {k: v for k, v in (ALL_NO | {"C2": True}).items() if k != "U4"},
        "incomplete",
        (),
    ),
    "a_clinician_yes_with_every_red_flag_answered_needs_a_clinician": (
        {k: v for k, v in (ALL_NO | {"C2": True}).items() if k != "C9"},
        "clinician",
        ("C2",),
    ),
    "emergency_beats_same_day": (ALL_NO | {"E1": True, "U5": True}, "emergency", ("E1",)),
    "same_day_beats_clinician": (ALL_NO | {"U5": True, "C2": True}, "urgent", ("U5",)),
    "clinician_answers_are_listed_in_order": (
        ALL_NO | {"C9": True, "C2": True},
        "clinician",
        ("C2", "C9"),
    ),
    "pain_that_does_not_change_with_movement_needs_a_clinician": (
        ALL_NO | {"M1": False},
        "clinician",
        ("M1",),
    ),
    "an_unanswered_clinician_question_alone_is_incomplete": (
        {k: v for k, v in ALL_NO.items() if k != "C4"},
        "incomplete",
        (),
    ),
}


@pytest.mark.parametrize(
    ("answers", "disposition", "triggered"),
    PRECEDENCE_CASES.values(),
    ids=PRECEDENCE_CASES.keys(),
)
def test_precedence(answers, disposition, triggered):
    result = screen(answers)
    assert (result.disposition, result.triggered) == (disposition, triggered)


def test_one_clinician_answer_and_nothing_else_lists_every_other_question_as_missing():
    result = screen({"C2": True})
    assert result.disposition == "incomplete"
    assert len(result.missing) == len(QUESTION_IDS) - 1
    assert not result.is_clearable


# Each case: the answers on top of all-clear, the disposition, and whether a clearance may open.
HISTORY_CASES = {
    "cancer_with_new_or_different_pain_is_same_day_and_clearable": (
        {"U1": True, "C12": True},
        "urgent",
        True,
    ),
    "cancer_with_familiar_pain_needs_a_clinician": ({"C12": True}, "clinician", True),
    "effort_pain_is_same_day_and_clearable": ({"U3": True}, "urgent", True),
    "fragile_bones_after_a_small_strain_is_same_day_and_clearable": (
        {"U6": True, "C6": True},
        "urgent",
        True,
    ),
    "long_term_steroids_weakening_immunity_is_same_day_and_clearable": (
        {"U8": True, "C6": True},
        "urgent",
        True,
    ),
    "a_fever_is_same_day_and_not_clearable": ({"U2": True}, "urgent", False),
    "shingles_is_same_day_and_not_clearable": ({"U5": True}, "urgent", False),
    "a_history_with_a_passing_symptom_is_not_clearable": (
        {"U3": True, "U5": True},
        "urgent",
        False,
    ),
    "an_emergency_is_never_clearable": ({"E1": True}, "emergency", False),
}


@pytest.mark.parametrize(
    ("extra", "disposition", "clearable"), HISTORY_CASES.values(), ids=HISTORY_CASES.keys()
)
def test_known_history(extra, disposition, clearable):
    result = screen(ALL_NO | extra)
    assert (result.disposition, result.is_clearable) == (disposition, clearable)


def test_a_history_result_with_an_emergency_question_unanswered_is_not_clearable():
    answers = {k: v for k, v in (ALL_NO | {"U3": True}).items() if k != "E2"}
    result = screen(answers)
    assert (result.disposition, result.is_clearable) == ("urgent", False)


# Each case: the answers on top of all-clear, the disposition and the questions named.
CARDIAC_AND_AGE_CASES = {
    "left_sided_pain_alone_proceeds": ({"M2": True}, "proceed", ()),
    "left_sided_pain_with_a_heart_condition_is_same_day": (
        {"M2": True, "C8": True},
        "urgent",
        ("C8", "M2"),
    ),
    "effort_pain_with_a_heart_condition_names_both": (
        {"U3": True, "C8": True},
        "urgent",
        ("U3", "C8"),
    ),
    "a_heart_condition_alone_needs_a_clinician": ({"C8": True}, "clinician", ("C8",)),
    "a_13_year_old_with_a_recurrent_episode_needs_a_clinician": (
        {"C13": True},
        "clinician",
        ("C13",),
    ),
    "a_78_year_old_with_a_recurrent_episode_needs_a_clinician": (
        {"C13": True},
        "clinician",
        ("C13",),
    ),
}


@pytest.mark.parametrize(
    ("extra", "disposition", "triggered"),
    CARDIAC_AND_AGE_CASES.values(),
    ids=CARDIAC_AND_AGE_CASES.keys(),
)
def test_cardiac_link_and_age(extra, disposition, triggered):
    result = screen(ALL_NO | extra)
    assert (result.disposition, result.triggered) == (disposition, triggered)


def test_every_question_raises_on_yes_except_m1():
    assert [q.id for q in QUESTIONS if not q.raises_on] == ["M1"]


@given(st.dictionaries(st.sampled_from(QUESTION_IDS), st.booleans()))
def test_the_precedence_holds_for_every_combination_of_answers(answers):
    result = screen(answers)
    raised = {QUESTIONS_BY_ID[q].block for q in answers if raises(q, answers) and q != "M2"}
    red_flag_missing = any(qid not in answers for qid in RECHECK_IDS)
    if "emergency" in raised:
        assert result.disposition == "emergency"
    elif "urgent" in raised or (raises("M2", answers) and raises("C8", answers)):
        assert result.disposition == "urgent"
    elif red_flag_missing:
        assert result.disposition == "incomplete"
    elif raised & {"clinician", "mechanical"}:
        assert result.disposition == "clinician"
    elif len(answers) < len(QUESTION_IDS):
        assert result.disposition == "incomplete"
    else:
        assert result.disposition == "proceed"
    assert all(raises(qid, answers) for qid in result.triggered)
    if result.is_clearable:
        assert not red_flag_missing


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
    expected = tuple(f"E{i}" for i in range(1, 9)) + tuple(f"U{i}" for i in range(1, 9))
    assert expected == RECHECK_IDS
    assert screen_recheck(dict.fromkeys(RECHECK_IDS, False)).disposition == "proceed"
    assert screen_recheck(dict.fromkeys(RECHECK_IDS, False) | {"U3": True}).disposition == "urgent"


def test_the_recheck_is_due_after_seven_days():
    assert not is_recheck_due(date(2026, 11, 16), date(2026, 11, 22))
    assert is_recheck_due(date(2026, 11, 16), date(2026, 11, 23))
    assert is_recheck_due(None, date(2026, 11, 23))


def test_a_clearable_same_day_result_says_a_clearance_can_be_recorded():
    assert "record who and when" in advice_for("urgent", is_clearable=True)
    assert advice_for("urgent", is_clearable=False) == ADVICE[Disposition.URGENT]
