"""`scapula link`: print the personal-mode sign-in link again (or a new one)."""

import click

from scapula.cli.django_setup import setup_django
from scapula.core import ScapulaError


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address scapula serve listens on (this computer).",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="The port scapula serve listens on.",
)
@click.option(
    "--new",
    "renew",
    is_flag=True,
    help="Make a new link; browsers signed in with the old one must open the new one.",
)
def link(host: str, port: int, renew: bool) -> None:
    """Print the link that signs this computer's browser in (personal mode)."""
    setup_django(migrate=False)
    from django.conf import settings

    from scapula.accounts.local_token import new_sign_in_token, sign_in_link
    from scapula.core import Mode, is_loopback_host

    if settings.SCAPULA_MODE is not Mode.PERSONAL:
        raise ScapulaError("clinic mode has no sign-in link; people sign in with their accounts")
    if not is_loopback_host(host):
        raise ScapulaError(
            "the sign-in link works only on this computer (127.0.0.1, localhost or ::1); "
            "other devices sign in with the password",
            field="--host",
        )
    if renew:
        new_sign_in_token()
    url_host = f"[{host}]" if ":" in host else host
    click.echo(sign_in_link(url_host, port))
