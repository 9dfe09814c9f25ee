"""After "it hurts": which choice is the main one, decided once for every player."""

import pytest

from scapula.core.session.status import ExerciseStatus, status_after_skipping
from scapula.core.session.stops import StopChoice, calls_for_easier, stop_options, stop_reason


@pytest.mark.parametrize("value", ["sharp or catching pain", "pain above 5"])
def test_a_painful_stop_puts_ending_the_session_first(value):
    options = stop_options(stop_reason(value), 3)
    assert options.primary is StopChoice.END
    assert options.choices == (StopChoice.END, StopChoice.NEXT)


def test_pain_above_5_puts_ending_first_whatever_the_reason():
    assert stop_options(stop_reason("other"), 6).primary is StopChoice.END
    assert stop_options(stop_reason("other"), 5).primary is StopChoice.NEXT
    assert stop_options(stop_reason("other"), None).primary is StopChoice.NEXT


@pytest.mark.parametrize("value", ["numbness or tingling", "dizziness"])
def test_a_warning_sign_offers_only_ending_with_the_get_help_card(value):
    options = stop_options(stop_reason(value), 0)
    assert options.choices == (StopChoice.END,)
    assert options.get_help


def test_only_painful_stops_make_the_exercise_easier():
    assert calls_for_easier("sharp or catching pain")
    assert not calls_for_easier("other")
    assert not calls_for_easier("")


def test_skipping_an_exercise_is_partial_once_some_work_was_done():
    assert status_after_skipping(0) is ExerciseStatus.SKIPPED
    assert status_after_skipping(4) is ExerciseStatus.PARTIAL


def test_before_a_reason_is_given_the_pain_score_decides():
    assert stop_options(None, 7).primary is StopChoice.END
    assert stop_options(None, 2).primary is StopChoice.NEXT
