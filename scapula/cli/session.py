"""`scapula session script`: the timed steps of an exercise or of today's routine."""

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

import click

from scapula.catalog import shipped_catalog
from scapula.core import ScapulaError
from scapula.core.limits import PAIN_SCALE
from scapula.core.session import Script, compile_exercise
from scapula.core.session.status import ExerciseStatus, SessionStatus
from scapula.core.session.stops import StopChoice

if TYPE_CHECKING:
    from rich.console import Console

    from scapula.accounts.models import User
    from scapula.cli.terminal_player import Outcome
    from scapula.core.session.stops import StopReason
    from scapula.practice.services import ExerciseResult
    from scapula.practice.today import TodaysRoutine


@click.group()
def session() -> None:
    """Guided sessions."""


@session.command("script")
@click.option("--exercise", "exercise_id", help="One exercise at its catalog dose (no database).")
@click.option("--today", is_flag=True, help="Today's routine from your stored plan.")
@click.option("--json", "as_json", is_flag=True, help="Print the script as JSON.")
def script(exercise_id: str | None, today: bool, as_json: bool) -> None:
    """Print the timeline of steps, each with its plain label ("Left side, hold 2 of 5")."""
    if bool(exercise_id) == today:
        raise ScapulaError("give either --exercise ID or --today", field="--exercise")
    result = _today_script() if today else _exercise_script(exercise_id or "")
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    for step in result.steps:
        click.echo(f"{step.seconds:>4} s  {step.label}: {step.cue}")
    click.echo(f"Total: {result.total_seconds // 60} min {result.total_seconds % 60} s")


def _exercise_script(exercise_id: str) -> Script:
    """Compile one catalog exercise."""
    try:
        return compile_exercise(shipped_catalog().get(exercise_id))
    except KeyError:
        raise ScapulaError(
            f"unknown exercise {exercise_id!r}; see 'scapula exercises list'", field="--exercise"
        ) from None


def _today_script() -> Script:
    """Compile today's routine of the owner's stored plan, once the safety check allows."""
    return _today()[2].script


def _today() -> tuple["User", date, "TodaysRoutine"]:
    """Return the owner, today and today's routine: the same selector as the web player."""
    from scapula.cli.django_setup import setup_django

    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.practice.today import todays_routine
    from scapula.screening.selectors import require_open_gate

    owner, today = ensure_owner(), timezone.localdate()
    require_open_gate(user=owner, today=today)
    routine = todays_routine(user=owner, today=today)
    if routine is None:
        raise ScapulaError("no plan yet: do the self-assessment first", field="--today")
    return owner, today, routine


@session.command("start")
@click.option(
    "--speed",
    default=1.0,
    type=click.FloatRange(1, 1000),
    show_default=True,
    help="Run faster than real time (for a rehearsal).",
)
@click.option("--quiet", is_flag=True, help="No spoken cues.")
def start(speed: float, quiet: bool) -> None:
    """Play today's routine in the terminal and save it with its pain values."""
    from rich.console import Console

    from scapula.cli.terminal_player import Callbacks, Speaker, play

    owner, today, routine = _today()  # checks the safety gate and the plan, in one line
    console = Console()
    names = {item.exercise.id: item.exercise.name for item in routine.items}
    console.print(
        f"[bold]Today's session[/bold]: {routine.phase.name}, "
        f"{len(names)} exercises, about {routine.minutes} minutes."
    )
    console.print(f"[dim]{KEYS_HELP}[/dim]")
    pain_before = _ask_pain("Pain right now (0-10)")
    started_at = _now()
    peaks: dict[str, int] = {}
    reasons: dict[str, str] = {}

    def ask_peak(exercise_id: str) -> None:
        peaks[exercise_id] = _ask_pain(f"Worst pain during {names[exercise_id]} (0-10)")

    def after_hurt(exercise_id: str) -> bool:
        peaks[exercise_id], reasons[exercise_id], choice = _ask_after_stop(console)
        return choice == StopChoice.NEXT

    outcome = play(
        list(routine.script.steps),
        names,
        speed=speed,
        console=console,
        speaker=Speaker(console, enabled=not quiet),
        callbacks=Callbacks(on_exercise_end=ask_peak, on_hurt=after_hurt),
    )
    pain_after = _ask_pain("Pain after the session (0-10)")
    status = SessionStatus.STOPPED if outcome.ended_early else SessionStatus.COMPLETED
    results = _results(routine, outcome, peaks, reasons)
    _save(
        owner,
        SessionTimes(started_at, _now()),
        status,
        (pain_before, pain_after),
        routine.plan_id,
        results,
    )
    click.echo(f"Saved: {status}. Pain {pain_before} before, {pain_after} after.")
    ending = "hurt" if outcome.stopped else "ended" if outcome.ended_early else "done"
    _print_end(console, owner, today, names, results, ending=ending)


KEYS_HELP = "Keys while it runs: p pause, s skip exercise, b back, h stop: it hurts, q end."


class SessionTimes(NamedTuple):
    """When the session started and ended."""

    started_at: datetime
    ended_at: datetime


def _ask_after_stop(console: "Console") -> tuple[int, str, StopChoice]:
    """Ask pain and what happened by number, then offer the core's choices, the main one first."""
    from scapula.core.session.stops import STOP_CHOICE_LABELS, stop_options

    pain = _ask_pain("Stopped. Pain now (0-10)")
    reason = _ask_stop_reason(console)
    options = stop_options(reason, pain)
    if options.get_help:
        _print_get_help(console)
    if len(options.choices) == 1:
        console.print(f"[bold]{STOP_CHOICE_LABELS[options.primary]}.[/bold]")
        return pain, reason.value, options.primary
    for number, choice in enumerate(options.choices, start=1):
        main = " (main choice)" if number == 1 else ""
        console.print(f"  {number}  {STOP_CHOICE_LABELS[choice]}{main}")
    picked: int = click.prompt(
        "What next? (number)", type=click.IntRange(1, len(options.choices)), default=1
    )
    return pain, reason.value, options.choices[picked - 1]


def _ask_stop_reason(console: "Console") -> "StopReason":
    """Ask what happened with a numbered choice, then say what it means, as the web player does."""
    from scapula.core.session.stops import STOP_REASONS

    for number, choice in enumerate(STOP_REASONS, start=1):
        console.print(f"  {number}  {choice.label}")
    picked: int = click.prompt("What happened? (number)", type=click.IntRange(1, len(STOP_REASONS)))
    choice = STOP_REASONS[picked - 1]
    console.print(f"[bold]{choice.advice}[/bold]")
    return choice


def _print_get_help(console: "Console") -> None:
    """Show the warning signs and the emergency numbers, as the web player's card does."""
    from scapula.core.warning_signs import WARNING_SIGNS

    console.print("[bold red]Stop and get help if[/bold red]")
    for sign in WARNING_SIGNS:
        console.print(f"  - {sign.text}")
    console.print("Call your local emergency number (112, 911, 999) and do not drive yourself.")


def _print_end(
    console: "Console",
    owner: "User",
    today: date,
    names: dict[str, str],
    results: tuple["ExerciseResult", ...],
    *,
    ending: str,
) -> None:
    """Say what was done, each exercise's worst pain, and what comes next (the server's words)."""
    from scapula.core.session.status import EXERCISE_STATUS_WORDS
    from scapula.practice.next_steps import what_comes_next

    upcoming = what_comes_next(user=owner, today=today)
    # Any stop because it hurt gets the stop's acknowledgement, as in the web player.
    acknowledgements = {
        "hurt": upcoming.stopped_acknowledgement,
        "ended": upcoming.ended_acknowledgement,
        "done": upcoming.acknowledgement,
    }
    console.print(acknowledgements[ending])
    for result in results:
        words = EXERCISE_STATUS_WORDS[ExerciseStatus(result.status)]
        worst = f" (worst pain {result.peak_pain}/10)" if result.peak_pain is not None else ""
        console.print(f"  {names[result.exercise_id]}: {words}{worst}")
    console.print("[bold]What comes next[/bold]")
    for line in upcoming.lines:
        console.print(f"  - {line}")


def _ask_pain(question: str) -> int:
    value: int = click.prompt(question, type=click.IntRange(PAIN_SCALE.low, PAIN_SCALE.high))
    return value


def _now() -> datetime:
    from django.utils import timezone

    return timezone.now()


def _results(
    routine: "TodaysRoutine", outcome: "Outcome", peaks: dict[str, int], reasons: dict[str, str]
) -> tuple["ExerciseResult", ...]:
    """Turn what happened into one result per exercise of the routine."""
    from scapula.practice.services import ExerciseResult

    return tuple(
        ExerciseResult(
            exercise_id,
            outcome.statuses.get(exercise_id, ExerciseStatus.NOT_STARTED),
            peaks.get(exercise_id),
            reasons.get(exercise_id, ""),
            outcome.steps_done.get(exercise_id, 0),
        )
        for exercise_id in (item.exercise.id for item in routine.items)
    )


def _save(
    owner: "User",
    times: SessionTimes,
    status: str,
    pains: tuple[int, int],
    plan_id: int,
    results: tuple["ExerciseResult", ...],
) -> None:
    """Store the session through the same service the web uses."""
    import uuid

    from scapula.practice.services import SessionReport, record_session

    report = SessionReport(
        uuid.uuid4().hex,
        times.started_at,
        times.ended_at,
        status,
        pains[0],
        pains[1],
        results,
        plan_id,
    )
    record_session(user=owner, report=report, now=times.ended_at)
