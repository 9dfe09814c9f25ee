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
    """Create the data directory (private to the user) if it does not exist yet."""
    directory = Path(path).expanduser()
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise ImproperlyConfigured(
            f"SCAPULA_DATA_DIR: cannot create {directory} ({error.strerror})"
        ) from error
    if not os.access(directory, os.W_OK):
        raise ImproperlyConfigured(f"SCAPULA_DATA_DIR: {directory} is not writable")
    return directory


def load_or_create_secret_key(data_dir: Path) -> str:
    """Return the signing key kept in the data dir, creating it once on the first run."""
    key_file = data_dir / SECRET_KEY_FILE
    try:
        # O_EXCL: when several server workers start at once, exactly one writes the key.
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
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
