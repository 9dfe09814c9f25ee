"""`scapula log pain N`: add a pain score to this computer's owner's diary."""

import click

from scapula.cli.django_setup import setup_django
from scapula.core.outcomes import PAIN_CONTEXTS, PAIN_SITES


@click.group("log")
def log() -> None:
    """Record pain in your diary."""


@log.command("pain")
@click.argument("score", type=click.IntRange(0, 10))
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
    from scapula.tracking.selectors import pain_trend_for
    from scapula.tracking.services import record_pain

    owner, today = ensure_owner(), timezone.localdate()
    record_pain(user=owner, score=score, context=context, today=today, site=site or "", note=note)
    click.echo(
        f"Recorded {score}/10 ({context}). {pain_trend_for(user=owner, today=today).message}"
    )
