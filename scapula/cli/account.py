"""`scapula password`: protect the owner account so the app can be reached from other devices."""

import click

from scapula.cli.django_setup import setup_django


@click.group()
def password() -> None:
    """Set or remove the owner's password (needed to serve beyond this machine)."""


@password.command("set")
@click.password_option("--password", prompt="New password", help="Read from a prompt if omitted.")
def set_password(password: str) -> None:
    """Set the owner's password (at least 10 characters, not a common one)."""
    setup_django()
    from scapula.accounts.services import set_owner_password

    owner = set_owner_password(password=password)
    click.echo(f"Password set. From another device, sign in as '{owner.username}'.")


@password.command("clear")
def clear_password() -> None:
    """Remove the owner's password; the app then serves this machine only."""
    setup_django()
    from scapula.accounts.services import clear_owner_password

    clear_owner_password()
    click.echo("Password removed. scapula now listens on this machine only.")
