"""`scapula export ...`: the owner's data in standard formats, written to a file."""

import click


@click.group("export")
def export() -> None:
    """Write your data to a file in a standard format."""
