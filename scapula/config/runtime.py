"""Start-up helpers for settings: the environment, the data directory and the signing key."""

import os
import secrets
import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from django.core.exceptions import ImproperlyConfigured

from scapula.core import Config, ConfigError, parse_config

SECRET_KEY_FILE = "secret_key"  # noqa: S105 - a file name, not a secret
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def load_config() -> Config:
    """Parse the process environment, turning a bad value into ImproperlyConfigured."""
    default_dir = platformdirs.user_data_dir("scapula", appauthor=False)
    try:
        config = parse_config(os.environ, default_data_dir=default_dir)
    except ConfigError as error:
        raise ImproperlyConfigured(str(error)) from error
    _check_time_zone(config.time_zone)
    return config


def _check_time_zone(name: str) -> None:
    """Fail at start-up when the configured time zone is unknown."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ImproperlyConfigured(
            f"SCAPULA_TIME_ZONE: unknown time zone {name!r}; use a name such as Europe/Paris"
        ) from error


def ensure_data_dir(path: str) -> Path:
    """Create the data directory private to the user (0700), or make an existing one so."""
    directory = Path(path).expanduser()
    try:
        directory.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    except OSError as error:
        raise ImproperlyConfigured(
            f"SCAPULA_DATA_DIR: cannot create {directory} ({error.strerror})"
        ) from error
    if not os.access(directory, os.W_OK):
        raise ImproperlyConfigured(f"SCAPULA_DATA_DIR: {directory} is not writable")
    # It holds health data and the signing key; an older install made it world-readable.
    _make_private(directory, PRIVATE_DIR)
    return directory


def secure_sqlite_files(database: Path) -> None:
    """Create the SQLite file as 0600 and tighten it and its journal files when they exist.

    SQLite gives the -wal and -shm files the database file's own permissions, so a file
    created private here keeps all of them private.
    """
    if not database.parent.is_dir():
        return
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    except OSError as error:
        raise ImproperlyConfigured(f"cannot create {database} ({error.strerror})") from error
    for suffix in SQLITE_COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            _make_private(companion, PRIVATE_FILE)


def _make_private(path: Path, mode: int) -> None:
    """Set path's permissions to mode when they are wider; stop start-up if that fails."""
    if path.stat().st_mode & 0o777 == mode:
        return
    try:
        path.chmod(mode)
    except OSError as error:
        raise ImproperlyConfigured(
            f"cannot make {path} private to its owner ({error.strerror}); run chmod {mode:o} {path}"
        ) from error


def load_or_create_secret_key(data_dir: Path) -> str:
    """Return the signing key kept in the data dir, creating it once on the first run."""
    key_file = data_dir / SECRET_KEY_FILE
    try:
        # O_EXCL: when several server workers start at once, exactly one writes the key.
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _make_private(key_file, PRIVATE_FILE)
        return _read_key(key_file)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_urlsafe(50))
        handle.flush()
        os.fsync(handle.fileno())
    return _read_key(key_file)


def _read_key(key_file: Path) -> str:
    """Read a key file, waiting briefly for a worker that is still writing it."""
    for _ in range(50):
        key = key_file.read_text().strip()
        if key:
            return key
        time.sleep(0.02)
    raise ImproperlyConfigured(f"DJANGO_SECRET_KEY: {key_file} is empty; delete it to regenerate")
