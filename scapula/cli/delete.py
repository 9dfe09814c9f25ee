"""`scapula delete-my-data`: remove the owner's account and every record in it."""

import click

from scapula.cli.django_setup import setup_django


@click.command("delete-my-data")
@click.option("--yes", is_flag=True, help="Do not ask; delete at once (for scripts).")
def delete_my_data(yes: bool) -> None:
    """Delete your account and everything in it, for good (export it first to keep a copy)."""
    if not yes:
        click.confirm(
            "This removes your safety checks, plan, sessions, pain diary and settings for good. "
            "Delete everything?",
            abort=True,
        )
    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.portability.deletion import delete_person

    removed = delete_person(ensure_owner())
    click.echo(f"Deleted {sum(removed.values())} records and the account. scapula starts afresh.")
