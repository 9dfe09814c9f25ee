"""`scapula serve`: migrate if needed and serve the app with a production server (granian)."""

import os
import socket

import click

from scapula.cli.django_setup import setup_django
from scapula.core import ScapulaError, check_listen_address, is_loopback_host


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Beyond this machine needs a password in personal mode.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="TCP port to listen on.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 32),
    help="Server processes (2 suits a clinic server on 2 cores).",
)
@click.option(
    "--threads",
    default=None,
    type=click.IntRange(1, 256),
    help="Request threads per process [default: 2 per CPU core, plus 1].",
)
def serve(host: str, port: int, workers: int, threads: int | None) -> None:
    """Run the web app and API (migrating the database first if needed)."""
    if not is_loopback_host(host):
        # Phones and other devices name this machine by its LAN address; the host check
        # in personal mode then relies on the owner's password instead.
        os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "*")
    setup_django(migrate=False)
    from django.conf import settings

    from scapula.accounts.services import ensure_owner, owner_has_password
    from scapula.config.startup import describe_database, prepare_instance

    prepare_instance(echo=click.echo)
    ensure_owner()
    check_listen_address(host, mode=settings.SCAPULA_MODE, has_password=owner_has_password())
    _check_port_free(host, port)
    click.echo(
        f"scapula is running at http://{_url_host(host)}:{port}/ "
        f"({settings.SCAPULA_MODE.value} mode, {describe_database()})."
    )
    _echo_sign_in_link(host, port)
    click.echo("Not medical advice. Press Ctrl+C to stop.")
    _run_granian(host, port, workers, threads)


def _echo_sign_in_link(host: str, port: int) -> None:
    """Print the link that signs this machine's browser in as the owner (personal mode)."""
    from django.conf import settings

    from scapula.accounts.local_token import sign_in_link
    from scapula.core import Mode

    if settings.SCAPULA_MODE is not Mode.PERSONAL:
        return
    if not (is_loopback_host(host) or host in ("0.0.0.0", "::")):  # noqa: S104 - comparison
        return  # this machine's browser cannot reach it by a loopback address: use the password
    click.echo("To sign in on this computer, open this link (keep it private):")
    click.echo(f"    {sign_in_link(_url_host(host), port)}")
    click.echo("See it again any time with: scapula link")


def _url_host(host: str) -> str:
    """Return the host as it goes into a URL (IPv6 in brackets, wildcard as loopback)."""
    if host in ("0.0.0.0", "::"):  # noqa: S104 - only for display
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def _check_port_free(host: str, port: int) -> None:
    """Fail in one line when another program already listens on the port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as error:
            raise ScapulaError(
                f"cannot listen on {host}:{port} ({error.strerror}); is scapula already "
                f"running? Choose another port with --port",
                field="--port",
            ) from error


def _default_threads() -> int:
    """Return enough threads to overlap database waits without oversubscribing the cores."""
    return (os.cpu_count() or 1) * 2 + 1


def _run_granian(host: str, port: int, workers: int, threads: int | None) -> None:
    """Serve the WSGI app with granian until interrupted."""
    from granian import Granian
    from granian.constants import Interfaces

    server = Granian(
        "scapula.config.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads or _default_threads(),
        log_access=False,
    )
    server.serve()
