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

if TYPE_CHECKING:
    from rich.console import Console

    from scapula.accounts.models import User
    from scapula.cli.terminal_player import Outcome
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
    """Print the timeline of steps: prepare, rep, hold, switch side, reposition, rest."""
    if bool(exercise_id) == today:
        raise ScapulaError("give either --exercise ID or --today", field="--exercise")
    result = _today_script() if today else _exercise_script(exercise_id or "")
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    for step in result.steps:
        side = f" [{step.side}]" if step.side else ""
        click.echo(f"{step.seconds:>4} s  {step.kind:<11}{side}  {step.cue}")
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

    from scapula.cli.terminal_player import Speaker, play

    owner, _today_date, routine = _today()  # checks the safety gate and the plan, in one line
    console = Console()
    names = {item.exercise.id: item.exercise.name for item in routine.items}
    console.print(
        f"[bold]Today's session[/bold]: {routine.phase.name}, "
        f"{len(names)} exercises, about {routine.minutes} minutes."
    )
    pain_before = _ask_pain("Pain right now (0-10)")
    started_at = _now()
    peaks: dict[str, int] = {}

    def ask_peak(exercise_id: str) -> None:
        peaks[exercise_id] = _ask_pain(f"Peak pain during {names[exercise_id]} (0-10)")

    outcome = play(
        list(routine.script.steps),
        names,
        speed=speed,
        console=console,
        speaker=Speaker(console, enabled=not quiet),
        on_exercise_end=ask_peak,
    )
    reason = ""
    if outcome.hurt_at:
        peaks[outcome.hurt_at] = _ask_pain("Stopped. Pain now (0-10)")
        reason = _ask_stop_reason(console)
    pain_after = _ask_pain("Pain after the session (0-10)")
    ended_early = outcome.hurt_at or outcome.ended_early
    status = SessionStatus.STOPPED if ended_early else SessionStatus.COMPLETED
    results = _results(routine, outcome, peaks, reason)
    _save(
        owner,
        SessionTimes(started_at, _now()),
        status,
        (pain_before, pain_after),
        routine.plan_id,
        results,
    )
    click.echo(f"Saved: {status}. Pain {pain_before} before, {pain_after} after.")


class SessionTimes(NamedTuple):
    """When the session started and ended."""

    started_at: datetime
    ended_at: datetime


def _ask_stop_reason(console: "Console") -> str:
    """Ask what happened with a numbered choice, then say what it means, as the web player does."""
    from scapula.core.session.stops import STOP_REASONS

    for number, choice in enumerate(STOP_REASONS, start=1):
        console.print(f"  {number}  {choice.label}")
    picked: int = click.prompt(
        "What happened? (number)", type=click.IntRange(1, len(STOP_REASONS)), default=1
    )
    choice = STOP_REASONS[picked - 1]
    console.print(f"[bold]{choice.advice}[/bold]")
    return choice.value


def _ask_pain(question: str) -> int:
    value: int = click.prompt(question, type=click.IntRange(PAIN_SCALE.low, PAIN_SCALE.high))
    return value


def _now() -> datetime:
    from django.utils import timezone

    return timezone.now()


def _results(
    routine: "TodaysRoutine", outcome: "Outcome", peaks: dict[str, int], reason: str
) -> tuple["ExerciseResult", ...]:
    """Turn what happened into one result per exercise of the routine."""
    from scapula.practice.services import ExerciseResult

    return tuple(
        ExerciseResult(
            exercise_id,
            outcome.statuses.get(exercise_id, ExerciseStatus.NOT_STARTED),
            peaks.get(exercise_id),
            reason if exercise_id == outcome.hurt_at else "",
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
