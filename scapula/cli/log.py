"""`scapula log pain N`: add a pain score to this computer's owner's diary."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from scapula.cli.django_setup import setup_django
from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import PAIN_CONTEXTS, PAIN_SITES

if TYPE_CHECKING:
    from scapula.practice.models import DoseChange


@click.group("log")
def log() -> None:
    """Record pain in your diary."""


@log.command("pain")
@click.argument("score", type=click.IntRange(PAIN_SCALE.low, PAIN_SCALE.high))
@click.option(
    "--when",
    "context",
    type=click.Choice(PAIN_CONTEXTS),
    default="usual",
    show_default=True,
    help="The moment the score describes.",
)
@click.option(
    "--where", "site", type=click.Choice(PAIN_SITES), default=None, help="Where it hurts."
)
@click.option("--note", default="", help="Anything worth remembering.")
def pain(score: int, context: str, site: str | None, note: str) -> None:
    """Record a pain score from 0 (none) to 10 (worst imaginable)."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.practice.morning import MORNING, record_morning_pain
    from scapula.tracking.selectors import pain_trend_for
    from scapula.tracking.services import record_pain

    owner, today = ensure_owner(), timezone.localdate()
    if context == MORNING:
        result = record_morning_pain(
            user=owner, score=score, today=today, site=site or "", note=note
        )
        if not result.is_new:
            click.echo(f"This morning's pain was already recorded: {result.entry.score}/10.")
            return
        _echo_changes(result.changes)
    else:
        record_pain(
            user=owner, score=score, context=context, today=today, site=site or "", note=note
        )
    click.echo(
        f"Recorded {score}/10 ({context}). {pain_trend_for(user=owner, today=today).message}"
    )


def _echo_changes(changes: Sequence["DoseChange"]) -> None:
    """Say which doses the morning review changed, and why, as the plan page does."""
    from scapula.catalog import shipped_catalog

    catalog = shipped_catalog()
    for change in changes:
        click.echo(f"{catalog.get(change.exercise_id).name}: {change.reason}")
