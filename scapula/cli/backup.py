"""`scapula backup FILE` and `scapula restore FILE`: the whole instance, safely copied."""

from pathlib import Path

import click

from scapula.cli.django_setup import setup_django


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(file: Path) -> None:
    """Copy the whole database to FILE, consistently, even while the server runs."""
    setup_django()
    from scapula.portability.backup import backup

    kind = backup(file)
    click.echo(f"Backed up to {file} ({kind.value}). Keep it somewhere safe: it holds health data.")


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def restore_command(file: Path) -> None:
    """Restore a backup into this instance, which must be empty (stop the server first)."""
    setup_django()
    from scapula.portability.backup import restore

    kind = restore(file)
    click.echo(f"Restored {file} ({kind.value}); the database is up to date.")
