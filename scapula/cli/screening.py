"""`scapula screen`: the safety check in the terminal, or judged from a JSON file of answers."""

import json
from pathlib import Path

import click

from scapula.cli.files import read_json_object
from scapula.core import ScapulaError
from scapula.core.screening import (
    ANSWER_LABELS,
    BLOCK_TITLES,
    EXCEPTION_NOTE,
    QUESTIONS,
    Disposition,
    ScreeningResult,
    advice_for,
    parse_answers,
    questions_as_data,
    screen,
)


@click.command("screen")
@click.option(
    "--answers",
    "answers_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON object of question id to true/false (no database is used).",
)
@click.option(
    "--questions", "list_questions", is_flag=True, help="List the questions and what raises each."
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def screen_command(answers_file: Path | None, list_questions: bool, as_json: bool) -> None:
    """Run the safety check: interactively (and store it), or from a file of answers."""
    if list_questions:
        if answers_file is not None:
            raise ScapulaError("give either --questions or --answers, not both", field="--answers")
        _print_questions(as_json)
        return
    if answers_file is not None:
        raw = read_json_object(
            answers_file, option="--answers", what="a JSON object of question id to true/false"
        )
        result = screen(parse_answers(raw))
    else:
        result = _ask_and_store()
    if as_json:
        click.echo(json.dumps(_as_data(result)))
    else:
        _print_result(result)


def _as_data(result: ScreeningResult) -> dict[str, object]:
    """Return the result as the JSON the command prints."""
    return {
        "disposition": result.disposition.value,
        "triggered": list(result.triggered),
        "missing": list(result.missing),
        "clearable": result.is_clearable,
    }


def _print_questions(as_json: bool) -> None:
    """Print every question with its tier and the answer that raises its flag."""
    if as_json:
        click.echo(json.dumps(questions_as_data()))
        return
    for question in QUESTIONS:
        raises = "yes" if question.raises_on else "NO"
        click.echo(f"{question.id} [{question.tier}, raised by {raises}] {question.text}")


def _ask_and_store() -> ScreeningResult:
    """Ask each question in order; an emergency yes stops at once. Store the result."""
    answers: dict[str, bool] = {}
    block = ""
    for question in QUESTIONS:
        if question.block != block:
            block = question.block
            click.secho(f"\n{BLOCK_TITLES[block]}", bold=True)
        click.echo(f"  ({question.why})")
        if not question.raises_on:
            yes, no = ANSWER_LABELS.get(question.id, ("Yes", "No"))
            click.secho(f"  {EXCEPTION_NOTE} (y: {yes}; n: {no})", fg="yellow", bold=True)
        answers[question.id] = click.confirm(f"{question.id}. {question.text}", default=None)
        if question.block == "emergency" and answers[question.id]:
            break  # no more questions: help comes first
    from scapula.cli.django_setup import setup_django

    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.screening.services import record_screening

    stored = record_screening(user=ensure_owner(), answers=answers, today=timezone.localdate())
    return ScreeningResult(
        Disposition(stored.disposition), tuple(stored.triggered), tuple(stored.missing)
    )


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
    click.echo(advice_for(result.disposition, is_clearable=result.is_clearable))
    click.echo("scapula does not diagnose; this is not medical advice.")
