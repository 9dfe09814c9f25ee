"""The scapula command in-process: version, help, password and info."""

import pytest
from click.testing import CliRunner

from scapula import __version__
from scapula.accounts.services import owner_has_password
from scapula.cli.main import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version_prints_the_package_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"scapula {__version__}"


def test_help_lists_the_commands_and_says_it_is_not_medical_advice(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("serve", "password", "info"):
        assert command in result.output
    assert "Not medical advice" in result.output


def test_serve_help_documents_host_and_port(runner):
    result = runner.invoke(cli, ["serve", "--help"])
    assert "--host" in result.output
    assert "--port" in result.output


def test_a_port_out_of_range_is_refused_naming_the_option(runner):
    result = runner.invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2
    assert "--port" in result.output


@pytest.mark.django_db
def test_password_set_protects_the_owner(runner):
    result = runner.invoke(
        cli, ["password", "set"], input="shoulder-blades-42\nshoulder-blades-42\n"
    )
    assert result.exit_code == 0, result.output
    assert owner_has_password()


@pytest.mark.django_db
def test_a_weak_password_is_refused_in_one_line_with_exit_2(runner):
    result = runner.invoke(cli, ["password", "set", "--password", "short"])
    assert result.exit_code == 2
    error_lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error_lines) == 1
    assert error_lines[0].startswith("Error: password: ")
    assert not owner_has_password()


@pytest.mark.django_db
def test_password_clear_removes_it(runner):
    runner.invoke(cli, ["password", "set", "--password", "shoulder-blades-42"])
    result = runner.invoke(cli, ["password", "clear"])
    assert result.exit_code == 0
    assert not owner_has_password()


def test_info_names_the_data_dir_and_database(runner, settings):
    result = runner.invoke(cli, ["info"])
    assert result.exit_code == 0
    assert str(settings.DATA_DIR) in result.output
    assert ("SQLite" in result.output) or ("PostgreSQL" in result.output)
