"""The personal-mode sign-in token: a secret file in the data directory, its link and cookie."""

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse

TOKEN_FILE_NAME = "sign-in-token"  # noqa: S105 - a file name, not the secret
PRIVATE = 0o600
COOKIE_SALT = "scapula.accounts.local-owner"
COOKIE_AGE = 60 * 60 * 24 * 365  # a year: this is the owner's own browser on their own machine
BEARER = "bearer "


@dataclass(frozen=True)
class _CachedToken:
    """The token as read from the file while the file had this identity."""

    token: str
    identity: tuple[int, int, int]


# Every local request checks the token; a stat per request is cheap, a read is not needed.
_cached: _CachedToken | None = None
_lock = threading.Lock()


def token_path() -> Path:
    """Return the file holding this instance's sign-in token."""
    return Path(settings.DATA_DIR) / TOKEN_FILE_NAME


def _identity(info: os.stat_result) -> tuple[int, int, int]:
    """Return what changes when the file is replaced or rewritten."""
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def sign_in_token() -> str:
    """Return the sign-in token, creating its file (readable by the owner only) on first need."""
    global _cached
    path = token_path()
    try:
        info = os.stat(path)
    except FileNotFoundError:
        _create(path)
        info = os.stat(path)
    cached = _cached
    if cached is not None and cached.identity == _identity(info):
        return cached.token
    with _lock:
        if stat.S_IMODE(info.st_mode) & 0o077:
            # Copied or restored with wider permissions: other users of the machine could
            # read it and act as the owner.
            os.chmod(path, PRIVATE)
            info = os.stat(path)
        token = path.read_text(encoding="ascii").strip()
        if not token:
            raise RuntimeError(f"the sign-in token file {path} is empty; delete it and restart")
        _cached = _CachedToken(token, _identity(info))
    return token


def _create(path: Path) -> None:
    """Write a new token into place atomically, never replacing one another process wrote."""
    fresh = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    # The mode is given at creation: the secret is never readable by others, not even briefly.
    descriptor = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another worker was first: keep theirs
            os.link(fresh, path)
    finally:
        fresh.unlink(missing_ok=True)


def new_sign_in_token() -> str:
    """Replace the token, so every old link and every signed-in browser stops working."""
    path = token_path()
    path.unlink(missing_ok=True)
    return sign_in_token()


def is_sign_in_token(candidate: str) -> bool:
    """Return whether candidate is the sign-in token (compared in constant time)."""
    return hmac.compare_digest(candidate.encode(), sign_in_token().encode())


def sign_in_link(host: str, port: int | str) -> str:
    """Return the one-time sign-in link for a browser on this machine."""
    query = urlencode({"token": sign_in_token()})
    return f"http://{host}:{port}{reverse('accounts:local')}?{query}"


def _cookie_proof() -> str:
    """Return what the cookie holds: derived from the token, so the token itself never is."""
    return hashlib.sha256(f"scapula-owner-cookie:{sign_in_token()}".encode()).hexdigest()


def cookie_name(request: HttpRequest) -> str:
    """Return the cookie's name, one per port: browsers share cookies between ports."""
    _host, port = split_domain_port(request.get_host())
    return f"scapula-owner-{port or 'default'}"


def remember_owner(request: HttpRequest, response: HttpResponse) -> None:
    """Set the signed, HttpOnly cookie that makes this browser the owner's."""
    response.set_signed_cookie(
        cookie_name(request),
        _cookie_proof(),
        salt=COOKIE_SALT,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def carries_owner_cookie(request: HttpRequest) -> bool:
    """Return whether the request carries a valid owner cookie for the current token."""
    name = cookie_name(request)
    if name not in request.COOKIES:
        return False
    value = request.get_signed_cookie(name, default=None, salt=COOKIE_SALT, max_age=COOKIE_AGE)
    return value is not None and hmac.compare_digest(value.encode(), _cookie_proof().encode())


def carries_owner_bearer(request: HttpRequest) -> bool:
    """Return whether the request sends `Authorization: Bearer <token>` (the owner's scripts)."""
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith(BEARER):
        return False
    return is_sign_in_token(header[len(BEARER) :].strip())
