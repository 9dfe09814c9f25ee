"""Where the server may listen: personal mode stays on loopback unless the owner has a password."""

import ipaddress

from scapula.core.config import Mode
from scapula.core.errors import ListenRefusedError

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """Return whether a host name or address only reaches this machine."""
    bare = host.strip().strip("[]").lower()
    if bare in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


def check_listen_address(host: str, *, mode: Mode, has_password: bool) -> None:
    """Raise ListenRefusedError if listening on host would expose a password-less account."""
    if mode is Mode.CLINIC or is_loopback_host(host) or has_password:
        return
    # Personal mode signs the local browser in with no password; on a network address
    # anyone who can reach the port would be signed in as the owner.
    raise ListenRefusedError(
        f"personal mode listens only on this machine (127.0.0.1) until you set a password; "
        f"run 'scapula password set' first, then 'scapula serve --host {host}' again",
        field="--host",
    )
