"""`scapula export ...`: the owner's data in standard formats, written to a file."""

import json

import click

from scapula.cli.django_setup import setup_django
from scapula.cli.files import write_output, write_output_bytes

OUT = click.option(
    "--out", required=True, metavar="FILE", help="Where to write it ('-' for the screen)."
)
CSV_KINDS = ("pain", "sessions", "check-ins")


@click.group("export")
def export() -> None:
    """Write your data to a file in a standard format."""


@export.command("json")
@OUT
def export_json(out: str) -> None:
    """Everything you own in scapula, as JSON that `scapula import json` reads back."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.portability.json_export import export_person

    document = export_person(ensure_owner(), now=timezone.now())
    write_output(json.dumps(document, indent=2, ensure_ascii=False) + "\n", out)
    _done(out, "everything you own")


@export.command("csv")
@OUT
@click.option(
    "--kind",
    type=click.Choice(CSV_KINDS),
    default="pain",
    show_default=True,
    help="Which table: pain entries, sessions or check-ins.",
)
def export_csv_command(out: str, kind: str) -> None:
    """One table as CSV for a spreadsheet (cells that look like formulas are made text)."""
    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.portability.csv_export import csv_kind, export_csv

    write_output(export_csv(ensure_owner(), csv_kind(kind)), out)
    _done(out, f"your {kind}")


@export.command("pdf")
@OUT
@click.option(
    "--base-url",
    default="http://127.0.0.1:8000/",
    show_default=True,
    help="Where the exercise pages are served, for the QR codes.",
)
def export_pdf(out: str, base_url: str) -> None:
    """Today's routine as a printable handout: positions, steps, doses, when to stop."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.portability.handout import HandoutRequest, handout_pdf

    request = HandoutRequest(ensure_owner(), timezone.localdate(), base_url)
    write_output_bytes(handout_pdf(request), out)
    _done(out, "your exercise handout")


@export.command("fhir")
@OUT
def export_fhir_command(out: str) -> None:
    """Your records as a FHIR R4 Bundle (collection) for another health app."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.portability.fhir import export_fhir_json

    text = export_fhir_json(user=ensure_owner(), today=timezone.localdate(), now=timezone.now())
    write_output(text, out)
    _done(out, "your records as FHIR")


def _done(out: str, what: str) -> None:
    if out != "-":
        click.echo(f"Wrote {what} to {out}.", err=True)
