"""`scapula accounts`: open clinic accounts and list them (the same service as the web)."""

import json
from pathlib import Path

import click

from scapula.cli.django_setup import setup_django
from scapula.core import ScapulaError

ROLES = ("admin", "clinician", "patient")


@click.group()
def accounts() -> None:
    """Open and list the accounts of a clinic server."""


def _read_password(password_file: Path | None) -> str:
    """Return the password from the file (first line), or asked twice without echo."""
    if password_file is None:
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))
    try:
        text = password_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ScapulaError(f"cannot read {password_file}", field="password file") from error
    lines = text.splitlines()
    return lines[0] if lines else ""


@accounts.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the person does.")
@click.option("--clinic", default="", help="Clinic name; created if new. Needed for staff.")
@click.option("--clinician", default="", help="A patient's clinician, by e-mail address.")
@click.option(
    "--password-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the password from this file's first line instead of asking.",
)
def create(email: str, role: str, clinic: str, clinician: str, password_file: Path | None) -> None:
    """Open an account that signs in with EMAIL and a password."""
    setup_django()
    from scapula.accounts.models import Role
    from scapula.accounts.people import NewAccount, create_account

    password = _read_password(password_file)
    user = create_account(
        NewAccount(
            email=email, role=Role(role), password=password, clinic=clinic, clinician=clinician
        )
    )
    where = f" at {user.clinic.name}" if user.clinic else ""
    click.echo(f"Account opened: {user.email} ({Role(user.role).label.lower()}){where}.")


@accounts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the accounts as JSON.")
def list_command(as_json: bool) -> None:
    """List every account: e-mail, role, clinic, clinician, active, last sign-in."""
    setup_django()
    from scapula.accounts.people import list_accounts

    rows = list_accounts()
    if as_json:
        listed = [
            {
                "email": row.email,
                "role": row.role,
                "clinic": row.clinic,
                "clinician": row.clinician,
                "active": row.active,
                "last_sign_in": row.last_sign_in.isoformat() if row.last_sign_in else None,
            }
            for row in rows
        ]
        click.echo(json.dumps(listed, indent=2))
        return
    if not rows:
        click.echo("No accounts yet.")
        return
    for row in rows:
        last = row.last_sign_in.strftime("%Y-%m-%d %H:%M") if row.last_sign_in else "never"
        parts = [row.email, row.role, row.clinic or "no clinic"]
        if row.clinician:
            parts.append(f"clinician {row.clinician}")
        parts += ["active" if row.active else "switched off", f"last sign-in {last}"]
        click.echo("  ·  ".join(parts))
