"""A past session in plain words: what the history, the summary and the CLI show."""

import pytest

from scapula.core.session.history import exercise_words, session_words, stop_words
from scapula.core.session.status import ExerciseStatus, SessionStatus
from scapula.core.session.stops import STOP_REASONS


@pytest.mark.parametrize("status", list(SessionStatus))
def test_every_session_status_has_words_without_underscores(status):
    words = session_words(status.value)
    assert words
    assert "_" not in words
    assert words != status.value


@pytest.mark.parametrize("status", list(ExerciseStatus))
def test_every_exercise_status_has_words_without_underscores(status):
    words = exercise_words(status.value)
    assert words
    assert "_" not in words
    assert words != status.value


def test_a_not_started_exercise_reads_as_not_reached():
    assert exercise_words("not_started") == "Not reached"


@pytest.mark.parametrize("reason", STOP_REASONS, ids=lambda r: r.value)
def test_a_stored_stop_reason_reads_as_its_label(reason):
    assert stop_words(reason.value) == (reason.label, reason.is_warning_sign)


def test_a_numbness_stop_is_marked_as_a_warning_sign():
    assert stop_words("numbness or tingling")[1] is True


def test_a_persons_own_words_are_kept_and_not_a_warning_sign():
    assert stop_words("my shoulder clicked") == ("my shoulder clicked", False)


def test_an_unknown_stored_status_is_shown_as_it_is():
    assert session_words("abandoned") == "abandoned"
    assert exercise_words("paused") == "paused"


def test_a_partly_done_exercise_reads_as_partly_done():
    assert exercise_words("partial") == "Partly done"
