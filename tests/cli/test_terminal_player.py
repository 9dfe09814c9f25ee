"""The terminal player: skip a whole exercise with one key, back, and what gets recorded."""

import contextlib
import io

from rich.console import Console

from scapula.catalog import shipped_catalog
from scapula.cli import terminal_player
from scapula.core.session import compile_routine

CATALOG = shipped_catalog()
ROW, CAT = "bent-over-isometric-row", "cat-cow"


def play_pressing(monkeypatch, keys, *, on_hurt=lambda _exercise: True):
    """Play two exercises at high speed, pressing `keys` one per step as the steps start."""
    pressed = iter(keys)
    asked: list[str] = []

    @contextlib.contextmanager
    def scripted_keys():
        yield lambda: next(pressed, None)

    monkeypatch.setattr(terminal_player, "single_keys", scripted_keys)
    steps = list(compile_routine([(CATALOG.get(i), CATALOG.get(i).dose) for i in (ROW, CAT)]).steps)
    console = Console(file=io.StringIO(), width=100)
    outcome = terminal_player.play(
        steps,
        {ROW: "Row", CAT: "Cat-cow"},
        speed=1000,
        console=console,
        speaker=terminal_player.Speaker(console, enabled=False),
        callbacks=terminal_player.Callbacks(on_exercise_end=asked.append, on_hurt=on_hurt),
    )
    return outcome, steps, asked, console.file.getvalue()


def test_one_key_skips_the_whole_exercise_as_skipped_and_asks_no_pain(monkeypatch):
    outcome, _steps, asked, _screen = play_pressing(monkeypatch, ["s"])
    assert outcome.statuses == {ROW: "skipped", CAT: "done"}
    assert outcome.steps_done.get(ROW, 0) == 0
    assert asked == [CAT]


def test_skipping_after_some_reps_is_partial(monkeypatch):
    keys = [None] * 4 + ["s"]  # get ready, rep, hold, rest done; then skip
    outcome, _steps, asked, _screen = play_pressing(monkeypatch, keys)
    assert outcome.statuses[ROW] == "partial"
    assert asked == [ROW, CAT]


def test_skip_works_while_paused(monkeypatch):
    outcome, _steps, _asked, _screen = play_pressing(monkeypatch, ["p", "s"])
    assert outcome.statuses[ROW] == "skipped"


def test_a_routine_played_through_is_done_and_shows_plain_labels(monkeypatch):
    outcome, steps, asked, screen = play_pressing(monkeypatch, [])
    assert outcome.statuses == {ROW: "done", CAT: "done"}
    assert outcome.steps_done[ROW] == sum(step.exercise == ROW for step in steps)
    assert asked == [ROW, CAT]
    assert "Exercise 1 of 2" in screen
    assert "step 1 of" not in screen


def test_back_goes_to_the_start_of_the_exercise(monkeypatch):
    keys = [None, None, "b"]  # two steps done, then back: the exercise starts again
    outcome, steps, _asked, _screen = play_pressing(monkeypatch, keys)
    assert outcome.steps_done[ROW] == sum(step.exercise == ROW for step in steps)


def test_it_hurts_then_going_on_stops_that_exercise_only(monkeypatch):
    outcome, _steps, asked, _screen = play_pressing(monkeypatch, ["h"])
    assert outcome.statuses == {ROW: "stopped", CAT: "done"}
    assert not outcome.ended_early
    assert asked == [CAT]


def test_it_hurts_then_ending_ends_the_session(monkeypatch):
    outcome, _steps, asked, _screen = play_pressing(
        monkeypatch, ["h"], on_hurt=lambda _exercise: False
    )
    assert outcome.ended_early
    assert outcome.statuses == {ROW: "stopped"}
    assert asked == []
