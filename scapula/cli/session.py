"""`scapula session script`: the timed steps of an exercise or of today's routine."""

import json

import click

from scapula.catalog import shipped_catalog
from scapula.core import ScapulaError
from scapula.core.session import Script, compile_exercise, compile_routine


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
    from scapula.cli.django_setup import setup_django

    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.core.screening import GATE_MESSAGES, Gate
    from scapula.plans.selectors import current_plan, todays_routine
    from scapula.screening.selectors import gate_for

    owner, today = ensure_owner(), timezone.localdate()
    gate = gate_for(user=owner, today=today)
    if gate is not Gate.OPEN:
        raise ScapulaError(GATE_MESSAGES[gate] + " (scapula screen)", field="--today")
    stored = current_plan(user=owner)
    if stored is None:
        raise ScapulaError("no plan yet: do the self-assessment first", field="--today")
    catalog = shipped_catalog()
    return compile_routine(
        [(catalog.get(eid), dose) for eid, dose in todays_routine(stored, today)]
    )
