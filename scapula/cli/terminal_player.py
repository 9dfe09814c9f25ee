"""The session player in a terminal: a Rich live countdown, spoken cues, single-key controls."""

import contextlib
import select
import shutil
import subprocess
import sys
import termios
import time
import tty
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.text import Text

from scapula.core.session import ExerciseStatus, Step
from scapula.core.session.status import status_after_skip

KEYS_HELP = "[p] pause  [s] skip  [h] stop: it hurts  [q] end the session"


@dataclass
class Outcome:
    """What happened while playing: results per exercise and how the session ended."""

    statuses: dict[str, ExerciseStatus] = field(default_factory=dict)
    steps_done: dict[str, int] = field(default_factory=dict)
    hurt_at: str | None = None
    ended_early: bool = False


class Speaker:
    """Speak cues with espeak-ng when it is installed; stay silent (with a note) otherwise."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self.command = shutil.which("espeak-ng") if enabled else None
        self.process: subprocess.Popen[bytes] | None = None
        if enabled and self.command is None:
            console.print(
                "[dim]Spoken cues need espeak-ng (apt install espeak-ng); "
                "continuing silently.[/dim]"
            )

    def say(self, text: str) -> None:
        if self.command is None:
            return
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
        self.process = subprocess.Popen(
            [self.command, text], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )


@contextlib.contextmanager
def single_keys() -> Iterator[Callable[[], str | None]]:
    """Yield a reader of single key presses (None when none); a no-op without a terminal."""
    if not sys.stdin.isatty():
        yield lambda: None
        return
    saved = termios.tcgetattr(sys.stdin)
    tty.setcbreak(sys.stdin.fileno())
    try:
        yield lambda: sys.stdin.read(1) if select.select([sys.stdin], [], [], 0)[0] else None
    finally:
        termios.tcsetattr(sys.stdin, termios.TCSADRAIN, saved)


def _panel(
    step: Step, remaining: float, index: int, steps: list[Step], names: dict[str, str], paused: bool
) -> Panel:
    """Draw the current step: exercise, side, countdown, cue, next and the keys."""
    following = steps[index + 1] if index + 1 < len(steps) else None
    side = f" · {step.side} side" if step.side else ""
    countdown = Text(f"{max(0, int(remaining + 0.999))}", style="bold green", justify="center")
    body = Group(
        Text(f"{names[step.exercise]}{side}", style="bold"),
        Text(f"step {index + 1} of {len(steps)} · {step.kind.replace('_', ' ')}"),
        countdown,
        Text(("PAUSED. " if paused else "") + step.cue, justify="center"),
        Text(
            f"Next: {following.kind.replace('_', ' ')}, {following.seconds} s"
            if following
            else "Next: the end",
            style="dim",
        ),
        Text(KEYS_HELP, style="dim"),
    )
    return Panel(body, title="scapula", subtitle="Not medical advice")


def play(
    steps: list[Step],
    names: dict[str, str],
    *,
    speed: float,
    console: Console,
    speaker: Speaker,
    on_exercise_end: Callable[[str], None],
) -> Outcome:
    """Run the steps with a monotonic clock; return what was done."""
    outcome = Outcome()
    index = 0
    with single_keys() as read_key, Live(console=console, auto_refresh=False) as live:
        while index < len(steps):
            step = steps[index]
            outcome.statuses.setdefault(step.exercise, ExerciseStatus.DONE)
            speaker.say(step.cue)
            key = _run_step(step, index, steps, names, speed, live, read_key)
            if key in ("h", "q"):
                outcome.hurt_at = step.exercise if key == "h" else None
                outcome.ended_early = key == "q"
                outcome.statuses[step.exercise] = (
                    ExerciseStatus.STOPPED if key == "h" else ExerciseStatus.SKIPPED
                )
                return outcome
            if key == "s":
                outcome.statuses[step.exercise] = status_after_skip(
                    step.kind, outcome.statuses[step.exercise]
                )
            else:
                outcome.steps_done[step.exercise] = outcome.steps_done.get(step.exercise, 0) + 1
            index += 1
            if index == len(steps) or steps[index].exercise != step.exercise:
                live.stop()
                on_exercise_end(step.exercise)
                live.start()
    return outcome


def _run_step(
    step: Step,
    index: int,
    steps: list[Step],
    names: dict[str, str],
    speed: float,
    live: Live,
    read_key: Callable[[], str | None],
) -> str | None:
    """Count one step down; return the key that ended it early (s, h, q) or None."""
    ends_at = time.monotonic() + step.seconds / speed
    paused_left: float | None = None
    while True:
        key = read_key()
        if key == "p" and paused_left is None:
            paused_left = ends_at - time.monotonic()
        elif key == "p" and paused_left is not None:
            ends_at, paused_left = time.monotonic() + paused_left, None
        if key in ("s", "h", "q"):
            return key
        left = paused_left if paused_left is not None else ends_at - time.monotonic()
        if paused_left is None and left <= 0:
            return None
        live.update(
            _panel(step, left * speed, index, steps, names, paused_left is not None), refresh=True
        )
        time.sleep(min(0.1, max(0.0, left)) if paused_left is None else 0.1)
