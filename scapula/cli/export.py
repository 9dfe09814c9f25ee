"""`scapula export ...`: the owner's data in standard formats, written to a file."""

from pathlib import Path

import click

from scapula.cli.django_setup import setup_django
from scapula.core import ScapulaError

STDOUT = "-"


@click.group("export")
def export() -> None:
    """Write your data to a file in a standard format."""


@export.command("fhir")
@click.option(
    "--out",
    "out",
    required=True,
    metavar="FILE",
    help="Where to write the FHIR R4 bundle (JSON); '-' writes it to the terminal.",
)
def export_fhir_command(out: str) -> None:
    """Write your records as a FHIR R4 Bundle (collection) for another health app."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.portability.fhir import export_fhir_json

    text = export_fhir_json(user=ensure_owner(), today=timezone.localdate(), now=timezone.now())
    if out == STDOUT:
        click.echo(text, nl=False)
        return
    path = Path(out)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ScapulaError(f"cannot write {path}: {error.strerror}", field="--out") from None
    click.echo(f"Wrote your records as FHIR to {path}.", err=True)
