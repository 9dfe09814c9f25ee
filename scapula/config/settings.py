"""The one settings module: every value comes from the environment (see .env.example)."""

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONE, SELF

from scapula.config.runtime import (
    ensure_data_dir,
    load_config,
    load_or_create_secret_key,
    secure_sqlite_files,
)
from scapula.core import ConfigError, DatabaseKind, Mode

PACKAGE_DIR = Path(__file__).resolve().parent.parent

CONFIG = load_config()
DATA_DIR = ensure_data_dir(CONFIG.data_dir)

SCAPULA_MODE: Mode = CONFIG.mode
SCAPULA_COUNTRY = CONFIG.country
SECRET_KEY = CONFIG.secret_key or load_or_create_secret_key(DATA_DIR)
DEBUG = CONFIG.debug
ALLOWED_HOSTS = list(CONFIG.allowed_hosts)
CSRF_TRUSTED_ORIGINS = list(CONFIG.csrf_trusted_origins)

INSTALLED_APPS = [
    # Before django.contrib.auth, so its createsuperuser (which checks the password) wins.
    "scapula.accounts",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "ninja",
    # Accounts: sign-in lockout and the optional second step (see "Accounts" below).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "scapula.catalog",
    "scapula.screening",
    "scapula.plans",
    "scapula.practice",
    "scapula.tracking",
    "scapula.reminders",
    "scapula.portability",
    "scapula.clinic",
    "scapula.api",
    "scapula.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside WhiteNoise, so static files keep their long caching.
    "scapula.config.security.NoStoreMiddleware",
    "scapula.config.security.PersonKeyMiddleware",
    # Pages carry inline SVG demonstrations; compressed they are a fraction of the size.
    # Django masks the CSRF token per response, which blunts BREACH-style attacks.
    "django.middleware.gzip.GZipMiddleware",
    # Before the CSRF check, which would otherwise parse a multipart body as a form.
    "scapula.api.middleware.JsonBodyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "scapula.config.security.SessionTimeoutMiddleware",
    "scapula.accounts.middleware.PersonalModeMiddleware",
    "scapula.accounts.middleware.PageLoginRequiredMiddleware",
    # Accounts: each person's own time zone for "today" in pages and the API.
    "scapula.accounts.timezone.PersonTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "scapula.api.middleware.ApiErrorShapeMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Accounts: last, as django-axes asks: turns a locked-out sign-in into the locked page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "scapula.config.urls"
WSGI_APPLICATION = "scapula.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "scapula.web.context_processors.product",
                "scapula.web.context_processors.reminders",
                "scapula.web.context_processors.navigation",
            ],
        },
    },
]


# Each request thread keeps its connection for a minute instead of opening one (and
# running the PRAGMAs below) per request; a broken one is noticed before it is reused.
CONNECTION_MAX_AGE = 60


def _database() -> dict[str, Any]:
    """Return the default database: SQLite in WAL mode, or PostgreSQL from DATABASE_URL."""
    if CONFIG.database_kind is DatabaseKind.POSTGRESQL:
        parsed = dj_database_url.parse(
            CONFIG.database_url, conn_max_age=CONNECTION_MAX_AGE, conn_health_checks=True
        )
        return dict(parsed)
    sqlite_path = Path(CONFIG.sqlite_path or DATA_DIR / "scapula.sqlite3").expanduser()
    secure_sqlite_files(sqlite_path)
    # synchronous=FULL by default: an acknowledged write must survive power loss, not
    # only a crashed process (docs/decisions/0003-sqlite-durability.md).
    pragmas = (
        "PRAGMA journal_mode=WAL;"
        f"PRAGMA synchronous={CONFIG.sqlite_synchronous};"
        "PRAGMA busy_timeout=5000;"
        "PRAGMA foreign_keys=ON;"
    )
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(sqlite_path),
        "OPTIONS": {"init_command": pragmas, "transaction_mode": "IMMEDIATE", "timeout": 5},
        # The PRAGMAs run once per connection, so a kept connection keeps them.
        "CONN_MAX_AGE": CONNECTION_MAX_AGE,
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"NAME": str(sqlite_path.with_name("test_" + sqlite_path.name))},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ---------------------------------------------------------------- Accounts
# Sign-in, password storage, lockout, password reset by e-mail, the optional second step.
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"
AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: refuses a locked account before any password is checked.
    "scapula.accounts.backends.LockoutBackend",
    "scapula.accounts.backends.EmailOrUsernameBackend",
]
# Argon2 for new and changed passwords; PBKDF2 still verifies (and upgrades) older hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]
# Ten wrong passwords lock that account (whatever the address) for 15 minutes: a guesser
# spread over many addresses is stopped too; the per-address limit below slows one address.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks for the address too; locking an address would lock a whole clinic behind
# one router, so addresses are slowed by SCAPULA_SIGN_IN_RATE instead.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]  # more are added below, each with its reason
AXES_VERBOSE = False  # no start-up banner on every command
AXES_USERNAME_CALLABLE = "scapula.accounts.backends.lockout_key"
AXES_LOCKOUT_CALLABLE = "scapula.accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "password", "code"]
# Attempts per network address (django-ratelimit), read at each request: "count/period".
SCAPULA_SIGN_IN_RATE = os.environ.get("SCAPULA_SIGN_IN_RATE", "20/m")
SCAPULA_PASSWORD_RESET_RATE = os.environ.get("SCAPULA_PASSWORD_RESET_RATE", "10/h")
RATELIMIT_USE_CACHE = "ratelimit"
# Counts are kept per server process: no cache server is needed, at the cost of each
# worker process counting on its own.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "scapula-ratelimit",
    },
}
PASSWORD_RESET_TIMEOUT = 60 * 60
OTP_TOTP_ISSUER = "scapula"
# E-mail (password reset links): printed on the console unless an SMTP host is given.
EMAIL_HOST = os.environ.get("SCAPULA_EMAIL_HOST", "").strip()
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    _port = os.environ.get("SCAPULA_EMAIL_PORT", "").strip() or "587"
    if not _port.isdigit():
        raise ConfigError("must be a port number, such as 587", field="SCAPULA_EMAIL_PORT")
    EMAIL_PORT = int(_port)
    EMAIL_HOST_USER = os.environ.get("SCAPULA_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("SCAPULA_EMAIL_PASSWORD", "")
    _tls = os.environ.get("SCAPULA_EMAIL_TLS", "1").strip().lower()
    EMAIL_USE_TLS = _tls not in {"0", "no", "false"}
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("SCAPULA_EMAIL_FROM", "").strip() or "scapula@localhost"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = CONFIG.time_zone
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Request size: enough for a month of offline sessions, small enough to refuse abuse.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000_000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2_000

# Clinic mode: many people, shared computers. A session lasts at most a working day and
# ends after half an hour unused. Personal mode: the owner's own devices; a month at most,
# and a week unused ends it (a lost phone does not stay signed in for ever).
if CONFIG.mode is Mode.CLINIC:
    SESSION_COOKIE_AGE = 60 * 60 * 12
    SESSION_IDLE_TIMEOUT = 60 * 30
else:
    SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
    SESSION_IDLE_TIMEOUT = 60 * 60 * 24 * 7
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = CONFIG.is_https
CSRF_COOKIE_SECURE = CONFIG.is_https
if CONFIG.is_https:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    # Applies to names under the server's own host only (never to its parent domain).
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_SSL_REDIRECT = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS += [
    # security.W021 asks for HSTS preload. Preloading is a decision about a whole
    # registrable domain, submitted to the browsers' list by its owner; a clinic's copy
    # of scapula usually runs on one host of the clinic's domain, so it must not claim it.
    "security.W021",
]

# Only the app's own origin: no CDN, no third-party host, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "manifest-src": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

NINJA_PAGINATION_PER_PAGE = 50
# Requests per person (or per address when signed out) and window: (count, seconds).
# Counted in each worker's own memory cache: with N workers a sender may get up to N
# times the limit, which is fine for a limit meant to stop runaway clients, and costs no
# database write per request.
SCAPULA_API_RATE_LIMIT = CONFIG.api_rate_limit

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # A calendar link is a password: a 404 for one would otherwise log it in full.
    "filters": {"hide_calendar_tokens": {"()": "scapula.config.security.CalendarTokenFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["hide_calendar_tokens"],
        }
    },
    "root": {"handlers": ["console"], "level": CONFIG.log_level},
    "loggers": {
        "django": {"handlers": ["console"], "level": CONFIG.log_level, "propagate": False},
        # runserver's request lines, which Django sends to a handler of its own.
        "django.server": {"handlers": ["console"], "level": CONFIG.log_level, "propagate": False},
    },
}
