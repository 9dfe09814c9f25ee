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
from scapula.core.session.labels import exercise_place
from scapula.core.session.status import EFFORT_STEPS, status_after_skipping

KEYS_HELP = "[p] pause  [s] skip exercise  [b] back  [h] stop: it hurts  [q] end the session"


@dataclass
class Outcome:
    """What happened while playing: results per exercise and how the session ended."""

    statuses: dict[str, ExerciseStatus] = field(default_factory=dict)
    steps_done: dict[str, int] = field(default_factory=dict)
    effort_done: dict[str, int] = field(default_factory=dict)
    stopped: list[str] = field(default_factory=list)  # exercises stopped because they hurt
    ended_early: bool = False

    def forget(self, exercise_id: str) -> None:
        """Start an exercise's record again (Back went to its start)."""
        for record in (self.statuses, self.steps_done, self.effort_done):
            record.pop(exercise_id, None)
        if exercise_id in self.stopped:
            self.stopped.remove(exercise_id)


@dataclass(frozen=True)
class Callbacks:
    """What the caller asks the person at the end of an exercise and after "it hurts"."""

    on_exercise_end: Callable[[str], None]
    on_hurt: Callable[[str], bool]  # True: go on to the next exercise; False: end the session


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


def _panel(step: Step, remaining: float, place: str, name: str, paused: bool) -> Panel:
    """Draw the current step: exercise, its plain label, countdown, cue, what follows, the keys."""
    countdown = Text(f"{max(0, int(remaining + 0.999))}", style="bold green", justify="center")
    body = Group(
        Text(f"{name} · {place}", style="bold"),
        Text(step.label, style="bold", justify="center"),
        countdown,
        Text(("PAUSED. " if paused else "") + step.cue, justify="center"),
        Text(step.up_next, style="dim", justify="center"),
        Text(KEYS_HELP, style="dim"),
    )
    return Panel(body, title="scapula", subtitle="Not medical advice")


def _first_of(steps: list[Step], index: int) -> int:
    """Return the index of the first step of the exercise at `index`."""
    while index > 0 and steps[index - 1].exercise == steps[index].exercise:
        index -= 1
    return index


def _after(steps: list[Step], index: int) -> int:
    """Return the index of the first step of the next exercise (len(steps) at the end)."""
    exercise = steps[index].exercise
    while index < len(steps) and steps[index].exercise == exercise:
        index += 1
    return index


def _places(steps: list[Step]) -> dict[str, str]:
    """Say where each exercise comes: "Exercise 2 of 4"."""
    order = list(dict.fromkeys(step.exercise for step in steps))
    return {exercise: exercise_place(n, len(order)) for n, exercise in enumerate(order, start=1)}


def play(
    steps: list[Step],
    names: dict[str, str],
    *,
    speed: float,
    console: Console,
    speaker: Speaker,
    callbacks: Callbacks,
) -> Outcome:
    """Run the steps with a monotonic clock; return what was done."""
    outcome = Outcome()
    places = _places(steps)
    index = 0
    with single_keys() as read_key, Live(console=console, auto_refresh=False) as live:

        def ask(question: Callable[[str], bool | None], exercise_id: str) -> bool | None:
            """Ask outside the live panel, so the prompt is readable."""
            live.stop()
            try:
                return question(exercise_id)
            finally:
                live.start()

        while index < len(steps):
            step = steps[index]
            exercise = step.exercise
            speaker.say(step.cue)
            view = _View(live, places[exercise], names[exercise])
            key = _run_step(step, speed, view, read_key)
            if key == "b":
                index = _back(steps, index, outcome)
                continue
            if key == "q":
                outcome.statuses[exercise] = status_after_skipping(
                    outcome.effort_done.get(exercise, 0)
                )
                outcome.ended_early = True
                return outcome
            if key == "h":
                outcome.statuses[exercise] = ExerciseStatus.STOPPED
                outcome.stopped.append(exercise)
                if not ask(callbacks.on_hurt, exercise):
                    outcome.ended_early = True
                    return outcome
                index = _after(steps, index)
                continue
            if key == "s":
                done = outcome.effort_done.get(exercise, 0)
                outcome.statuses[exercise] = status_after_skipping(done)
                index = _after(steps, index)
            else:
                _count(outcome, step)
                index += 1
            if index == len(steps) or steps[index].exercise != exercise:
                outcome.statuses.setdefault(exercise, ExerciseStatus.DONE)
                if outcome.statuses[exercise] != ExerciseStatus.SKIPPED:
                    ask(callbacks.on_exercise_end, exercise)
    return outcome


def _count(outcome: Outcome, step: Step) -> None:
    """Record a step run to its end."""
    exercise = step.exercise
    outcome.steps_done[exercise] = outcome.steps_done.get(exercise, 0) + 1
    if step.kind in EFFORT_STEPS:
        outcome.effort_done[exercise] = outcome.effort_done.get(exercise, 0) + 1


def _back(steps: list[Step], index: int, outcome: Outcome) -> int:
    """Back to the start of this exercise, or from its start to the previous exercise."""
    first = _first_of(steps, index)
    target = first if index > first or first == 0 else _first_of(steps, first - 1)
    outcome.forget(steps[target].exercise)
    return target


@dataclass(frozen=True)
class _View:
    """Where a step is drawn, and the exercise it belongs to."""

    live: Live
    place: str
    name: str


def _run_step(
    step: Step, speed: float, view: _View, read_key: Callable[[], str | None]
) -> str | None:
    """Count one step down; return the key that ended it early (s, b, h, q) or None.

    Skip, Back and "it hurts" work while paused too.
    """
    ends_at = time.monotonic() + step.seconds / speed
    paused_left: float | None = None
    while True:
        key = read_key()
        if key == "p" and paused_left is None:
            paused_left = ends_at - time.monotonic()
        elif key == "p" and paused_left is not None:
            ends_at, paused_left = time.monotonic() + paused_left, None
        if key in ("s", "b", "h", "q"):
            return key
        left = paused_left if paused_left is not None else ends_at - time.monotonic()
        if paused_left is None and left <= 0:
            return None
        panel = _panel(step, left * speed, view.place, view.name, paused_left is not None)
        view.live.update(panel, refresh=True)
        time.sleep(min(0.1, max(0.0, left)) if paused_left is None else 0.1)
