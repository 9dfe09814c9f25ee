"""`scapula screen`: the safety check in the terminal, or judged from a JSON file of answers."""

import json
from pathlib import Path

import click

from scapula.cli.files import read_json_object
from scapula.core.screening import (
    ADVICE,
    BLOCK_TITLES,
    QUESTIONS,
    ScreeningResult,
    parse_answers,
    screen,
)


@click.command("screen")
@click.option(
    "--answers",
    "answers_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON object of question id to true/false (no database is used).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def screen_command(answers_file: Path | None, as_json: bool) -> None:
    """Run the safety check: interactively (and store it), or from a file of answers."""
    if answers_file is not None:
        result = screen(
            parse_answers(
                read_json_object(
                    answers_file,
                    option="--answers",
                    what="a JSON object of question id to true/false",
                )
            )
        )
    else:
        result = _ask_and_store()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "disposition": result.disposition,
                    "triggered": list(result.triggered),
                    "missing": list(result.missing),
                }
            )
        )
    else:
        _print_result(result)


def _ask_and_store() -> ScreeningResult:
    """Ask each question in order; an emergency yes stops at once. Store the result."""
    answers: dict[str, bool] = {}
    block = ""
    for question in QUESTIONS:
        if question.block != block:
            block = question.block
            click.secho(f"\n{BLOCK_TITLES[block]}", bold=True)
        click.echo(f"  ({question.why})")
        answers[question.id] = click.confirm(f"{question.id}. {question.text}", default=None)
        if question.block == "emergency" and answers[question.id]:
            break  # no more questions: help comes first
    from scapula.cli.django_setup import setup_django

    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.screening.services import record_screening

    stored = record_screening(user=ensure_owner(), answers=answers, today=timezone.localdate())
    return ScreeningResult(stored.disposition, tuple(stored.triggered), tuple(stored.missing))


def _print_result(result: ScreeningResult) -> None:
    """Print the disposition, what triggered it, and what to do."""
    colour = {"emergency": "red", "urgent": "red", "clinician": "yellow"}.get(
        result.disposition, "green"
    )
    click.secho(f"\nResult: {result.disposition}", fg=colour, bold=True)
    if result.triggered:
        click.echo(f"Because of: {', '.join(result.triggered)}")
    if result.missing:
        click.echo(f"Not answered: {', '.join(result.missing)}")
    click.echo(ADVICE[result.disposition])
    click.echo("scapula does not diagnose; this is not medical advice.")
