"""Read the app's settings from an environment mapping into one validated value."""

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from scapula.core.emergency import KNOWN_COUNTRIES
from scapula.core.errors import ConfigError

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_SQLITE_SYNC_LEVELS = ("FULL", "NORMAL", "EXTRA")
_RATE_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
DEFAULT_API_RATE = "1200/minute"


class Mode(enum.Enum):
    """Who the server is for: one local owner, or many accounts on a clinic server."""

    PERSONAL = "personal"
    CLINIC = "clinic"


class DatabaseKind(enum.Enum):
    """The two supported database engines."""

    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting the app reads from its environment, already validated."""

    data_dir: str
    database_kind: DatabaseKind
    database_url: str
    sqlite_path: str | None
    sqlite_synchronous: str
    mode: Mode
    debug: bool
    secret_key: str | None
    allowed_hosts: tuple[str, ...]
    csrf_trusted_origins: tuple[str, ...]
    is_https: bool
    behind_tls_proxy: bool
    api_rate_limit: tuple[int, int] | None
    time_zone: str
    log_level: str
    country: str | None


def parse_config(env: Mapping[str, str], *, default_data_dir: str) -> Config:
    """Build a Config from env, raising ConfigError naming the first bad variable."""
    data_dir = env.get("SCAPULA_DATA_DIR", "").strip() or default_data_dir
    database_kind, database_url, sqlite_path = _parse_database(env, data_dir)
    mode = Mode(_parse_choice(env, "SCAPULA_MODE", [m.value for m in Mode], "personal"))
    is_https = _parse_bool(env, "SCAPULA_HTTPS", default=False)
    behind_tls_proxy = _parse_bool(env, "SCAPULA_BEHIND_TLS_PROXY", default=False)
    if mode is Mode.CLINIC and not (is_https or behind_tls_proxy):
        # Clinic mode carries many people's health data: never over plain HTTP by accident.
        raise ConfigError(
            "clinic mode needs HTTPS: set SCAPULA_HTTPS=true, or SCAPULA_BEHIND_TLS_PROXY=true "
            "when a proxy in front of scapula encrypts every connection",
            field="SCAPULA_HTTPS",
        )
    return Config(
        data_dir=data_dir,
        database_kind=database_kind,
        database_url=database_url,
        sqlite_path=sqlite_path,
        sqlite_synchronous=_parse_choice(
            env, "SCAPULA_SQLITE_SYNCHRONOUS", _SQLITE_SYNC_LEVELS, "FULL", upper=True
        ),
        mode=mode,
        debug=_parse_bool(env, "DJANGO_DEBUG", default=False),
        secret_key=_parse_secret_key(env),
        allowed_hosts=_parse_list(env, "DJANGO_ALLOWED_HOSTS", default=_LOCAL_HOSTS),
        csrf_trusted_origins=_parse_origins(env),
        is_https=is_https,
        behind_tls_proxy=behind_tls_proxy,
        api_rate_limit=_parse_rate(env),
        time_zone=env.get("SCAPULA_TIME_ZONE", "").strip() or "UTC",
        log_level=_parse_choice(env, "SCAPULA_LOG_LEVEL", _LOG_LEVELS, "INFO", upper=True),
        country=_parse_country(env),
    )


def _parse_database(env: Mapping[str, str], data_dir: str) -> tuple[DatabaseKind, str, str | None]:
    """Return the engine, the URL and (for SQLite) the file path."""
    url = env.get("DATABASE_URL", "").strip()
    if not url:
        path = f"{data_dir.rstrip('/')}/scapula.sqlite3"
        return DatabaseKind.SQLITE, f"sqlite:///{path}", path
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("postgres", "postgresql", "pgsql"):
        if not urlsplit(url).path.strip("/"):
            raise ConfigError(
                "needs a database name, e.g. postgres://user@host/scapula", field="DATABASE_URL"
            )
        return DatabaseKind.POSTGRESQL, url, None
    if scheme == "sqlite":
        # sqlite:///relative.sqlite3 or sqlite:////absolute/path.sqlite3, as in dj-database-url.
        path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else ""
        if path in ("", ":memory:"):
            raise ConfigError(
                "needs a file path, e.g. sqlite:////home/me/scapula.sqlite3", field="DATABASE_URL"
            )
        return DatabaseKind.SQLITE, url, path
    raise ConfigError(
        f"unsupported scheme {scheme or '(none)'!r}; use postgres://... or sqlite:///...",
        field="DATABASE_URL",
    )


def _parse_bool(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    """Read a yes/no variable; anything else is an error naming it."""
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"must be true or false, got {raw!r}", field=name)


def _parse_choice(
    env: Mapping[str, str],
    name: str,
    choices: "list[str] | tuple[str, ...]",
    default: str,
    *,
    upper: bool = False,
) -> str:
    """Read a variable that must be one of a few words."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    value = raw.upper() if upper else raw.lower()
    if value not in choices:
        raise ConfigError(f"must be one of {', '.join(choices)}; got {raw!r}", field=name)
    return value


def _parse_list(env: Mapping[str, str], name: str, *, default: tuple[str, ...]) -> tuple[str, ...]:
    """Read a comma-separated list; unset or empty means the default."""
    raw = env.get(name, "")
    items = tuple(item.strip() for item in raw.split(",") if item.strip())
    return items or default


def _parse_origins(env: Mapping[str, str]) -> tuple[str, ...]:
    """Read trusted origins, each of which must carry its scheme."""
    origins = _parse_list(env, "DJANGO_CSRF_TRUSTED_ORIGINS", default=())
    for origin in origins:
        if urlsplit(origin).scheme not in ("http", "https"):
            raise ConfigError(
                f"{origin!r} must start with http:// or https://",
                field="DJANGO_CSRF_TRUSTED_ORIGINS",
            )
    return origins


def _parse_secret_key(env: Mapping[str, str]) -> str | None:
    """Read the signing key; None means the app keeps a generated one in its data dir."""
    raw = env.get("DJANGO_SECRET_KEY", "").strip()
    if not raw:
        return None
    if len(raw) < 32:
        raise ConfigError("must be at least 32 characters long", field="DJANGO_SECRET_KEY")
    return raw


def _parse_country(env: Mapping[str, str]) -> str | None:
    """Read the two-letter country whose emergency number is shown first."""
    raw = env.get("SCAPULA_COUNTRY", "").strip().upper()
    if not raw:
        return None
    if raw not in KNOWN_COUNTRIES:
        raise ConfigError(
            f"unknown country {raw!r}; use one of {', '.join(KNOWN_COUNTRIES)}",
            field="SCAPULA_COUNTRY",
        )
    return raw


def _parse_rate(env: Mapping[str, str]) -> tuple[int, int] | None:
    """Read the API rate limit as (requests, seconds), e.g. 1200/minute; off means none."""
    raw = env.get("SCAPULA_API_RATE_LIMIT", "").strip().lower() or DEFAULT_API_RATE
    if raw == "off":
        return None
    count, _, period = raw.partition("/")
    if not count.isdigit() or int(count) < 1 or period not in _RATE_PERIODS:
        raise ConfigError(
            f"must be a number of requests per second, minute, hour or day (e.g. "
            f"{DEFAULT_API_RATE}) or off; got {raw!r}",
            field="SCAPULA_API_RATE_LIMIT",
        )
    return int(count), _RATE_PERIODS[period]
