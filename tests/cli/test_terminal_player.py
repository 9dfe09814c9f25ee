"""The terminal player: skipping the work of an exercise records it as skipped, not done."""

import contextlib
import io

from rich.console import Console

from scapula.catalog import shipped_catalog
from scapula.cli import terminal_player
from scapula.core.session import compile_exercise

ROW = "bent-over-isometric-row"


def play_pressing(monkeypatch, keys):
    """Play one exercise at high speed, pressing `keys` one per step as the steps start."""
    pressed = iter(keys)

    @contextlib.contextmanager
    def scripted_keys():
        yield lambda: next(pressed, None)

    monkeypatch.setattr(terminal_player, "single_keys", scripted_keys)
    steps = list(compile_exercise(shipped_catalog().get(ROW)).steps)
    console = Console(file=io.StringIO())
    return terminal_player.play(
        steps,
        {ROW: "Row"},
        speed=1000,
        console=console,
        speaker=terminal_player.Speaker(console, enabled=False),
        on_exercise_end=lambda _exercise: None,
    ), steps


def test_skipping_every_step_records_the_exercise_as_skipped(monkeypatch):
    outcome, _steps = play_pressing(monkeypatch, ["s"] * 200)
    assert outcome.statuses[ROW] == "skipped"
    assert outcome.steps_done.get(ROW, 0) == 0


def test_a_routine_played_through_is_done(monkeypatch):
    outcome, steps = play_pressing(monkeypatch, [])
    assert outcome.statuses[ROW] == "done"
    assert outcome.steps_done[ROW] == len(steps)
