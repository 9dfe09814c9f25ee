"""Reading settings from the environment: defaults, and a clear error naming each bad variable."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scapula.core import ConfigError, DatabaseKind, Mode, parse_config

DATA_DIR = "/home/alex/.local/share/scapula"


def parse(**env: str):
    return parse_config(env, default_data_dir=DATA_DIR)


def error_field(**env: str) -> str | None:
    with pytest.raises(ConfigError) as caught:
        parse(**env)
    return caught.value.field


def test_an_empty_environment_runs_personal_mode_on_sqlite_in_the_data_dir():
    config = parse()
    assert config.mode is Mode.PERSONAL
    assert config.database_kind is DatabaseKind.SQLITE
    assert config.sqlite_path == f"{DATA_DIR}/scapula.sqlite3"
    assert config.debug is False
    assert config.allowed_hosts == ("localhost", "127.0.0.1", "[::1]")


def test_the_data_dir_variable_moves_the_sqlite_file():
    config = parse(SCAPULA_DATA_DIR="/srv/scapula")
    assert config.data_dir == "/srv/scapula"
    assert config.sqlite_path == "/srv/scapula/scapula.sqlite3"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "pgsql"])
def test_a_postgres_url_selects_postgresql(scheme):
    config = parse(DATABASE_URL=f"{scheme}://app@127.0.0.1:5432/scapula")
    assert config.database_kind is DatabaseKind.POSTGRESQL
    assert config.sqlite_path is None


def test_a_sqlite_url_names_the_file():
    config = parse(DATABASE_URL="sqlite:////var/lib/scapula/db.sqlite3")
    assert config.database_kind is DatabaseKind.SQLITE
    assert config.sqlite_path == "/var/lib/scapula/db.sqlite3"


@pytest.mark.parametrize(
    "url", ["mysql://app@host/db", "postgres://app@host", "sqlite://", "not a url"]
)
def test_an_unusable_database_url_names_database_url(url):
    assert error_field(DATABASE_URL=url) == "DATABASE_URL"


def test_an_unsupported_scheme_is_named_in_the_message():
    with pytest.raises(ConfigError, match="unsupported scheme 'mysql'"):
        parse(DATABASE_URL="mysql://app@host/db")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DJANGO_DEBUG", "maybe"),
        ("SCAPULA_HTTPS", "2"),
        ("SCAPULA_MODE", "hospital"),
        ("SCAPULA_LOG_LEVEL", "loud"),
        ("SCAPULA_SQLITE_SYNCHRONOUS", "OFF"),
        ("DJANGO_SECRET_KEY", "too-short"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "scapula.example.org"),
        ("SCAPULA_BEHIND_TLS_PROXY", "perhaps"),
        ("SCAPULA_API_RATE_LIMIT", "fast"),
        ("SCAPULA_API_RATE_LIMIT", "0/minute"),
        ("SCAPULA_API_RATE_LIMIT", "100/fortnight"),
    ],
)
def test_each_bad_value_names_its_variable(name, value):
    assert error_field(**{name: value}) == name


def test_the_error_message_starts_with_the_variable_name():
    with pytest.raises(ConfigError) as caught:
        parse(DJANGO_DEBUG="maybe")
    assert str(caught.value) == "DJANGO_DEBUG: must be true or false, got 'maybe'"


def test_clinic_mode_and_lowercase_sync_level_are_accepted():
    config = parse(SCAPULA_MODE="Clinic", SCAPULA_SQLITE_SYNCHRONOUS="normal", SCAPULA_HTTPS="1")
    assert config.mode is Mode.CLINIC
    assert config.sqlite_synchronous == "NORMAL"


def test_allowed_hosts_are_split_on_commas():
    config = parse(DJANGO_ALLOWED_HOSTS=" scapula.example.org , 10.0.0.2 ,")
    assert config.allowed_hosts == ("scapula.example.org", "10.0.0.2")


@given(st.sampled_from(["1", "true", "TRUE", "yes", "On", " true "]))
def test_every_spelling_of_yes_turns_debug_on(value):
    assert parse(DJANGO_DEBUG=value).debug is True


@given(
    st.text(max_size=8).filter(
        lambda text: (
            text.strip().lower() not in {"1", "true", "yes", "on", "0", "false", "no", "off", ""}
        )
    )
)
def test_anything_that_is_not_yes_or_no_is_refused(value):
    assert error_field(DJANGO_DEBUG=value) == "DJANGO_DEBUG"


def test_the_country_picks_the_emergency_number_shown_first():
    from scapula.core.emergency import emergency_numbers

    assert parse(SCAPULA_COUNTRY="gb").country == "GB"
    assert emergency_numbers("GB")[0].number == "999"
    assert emergency_numbers("US")[0].number == "911"
    assert emergency_numbers(None)[0].number == "112"


def test_an_unknown_country_names_the_variable():
    assert error_field(SCAPULA_COUNTRY="XX") == "SCAPULA_COUNTRY"


def test_clinic_mode_over_plain_http_is_refused_naming_the_https_variable():
    with pytest.raises(ConfigError) as caught:
        parse(SCAPULA_MODE="clinic")
    assert caught.value.field == "SCAPULA_HTTPS"
    assert "SCAPULA_BEHIND_TLS_PROXY=true" in str(caught.value)


def test_clinic_mode_explicitly_over_http_is_refused_too():
    assert error_field(SCAPULA_MODE="clinic", SCAPULA_HTTPS="false") == "SCAPULA_HTTPS"


def test_clinic_mode_starts_with_https_or_behind_a_tls_proxy():
    assert parse(SCAPULA_MODE="clinic", SCAPULA_HTTPS="true").is_https is True
    behind = parse(SCAPULA_MODE="clinic", SCAPULA_BEHIND_TLS_PROXY="true")
    assert behind.behind_tls_proxy is True
    assert behind.is_https is False


def test_personal_mode_needs_neither_https_nor_a_proxy():
    config = parse()
    assert config.is_https is False
    assert config.behind_tls_proxy is False


def test_the_api_rate_limit_is_on_by_default_and_can_be_changed_or_switched_off():
    assert parse().api_rate_limit == (1200, 60)
    assert parse(SCAPULA_API_RATE_LIMIT="30/Second").api_rate_limit == (30, 1)
    assert parse(SCAPULA_API_RATE_LIMIT="5000/hour").api_rate_limit == (5000, 3600)
    assert parse(SCAPULA_API_RATE_LIMIT="off").api_rate_limit is None
