"""`scapula import ...`: records from a file in a standard format, into an empty account."""

from pathlib import Path

import click

from scapula.cli.django_setup import setup_django
from scapula.core import ScapulaError


@click.group("import")
def import_group() -> None:
    """Bring your data in from a file another app (or scapula) wrote."""


@import_group.command("fhir")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_fhir_command(file: Path) -> None:
    """Read a FHIR R4 Bundle into your empty account.

    FILE is a bundle as `scapula export fhir` writes it; nothing is stored if any part is wrong.
    """
    try:
        text = file.read_bytes()
    except OSError as error:
        raise ScapulaError(f"cannot read {file}: {error.strerror}", field="FILE") from None
    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.portability.fhir import import_fhir

    click.echo(import_fhir(ensure_owner(), text).words())


@import_group.command("json")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_json_command(file: Path) -> None:
    """Read a JSON export (`scapula export json`) into your empty account, all or nothing."""
    from scapula.cli.files import read_json_object

    document = read_json_object(file, option="FILE", what="a scapula export")
    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.portability.json_export import import_person

    counts = import_person(ensure_owner(), document)
    click.echo(f"Brought in {sum(counts.values())} records.")
