"""`scapula link`: the sign-in link again, a new one on request, refused where it cannot work."""

from click.testing import CliRunner

from scapula.accounts.local_token import sign_in_token
from scapula.cli.main import cli
from scapula.core import Mode


def test_link_prints_the_same_sign_in_link_each_time():
    first = CliRunner().invoke(cli, ["link", "--port", "8123"])
    assert first.exit_code == 0
    assert first.output.strip() == f"http://127.0.0.1:8123/accounts/local/?token={sign_in_token()}"
    assert CliRunner().invoke(cli, ["link", "--port", "8123"]).output == first.output


def test_link_new_makes_a_new_token():
    before = sign_in_token()
    result = CliRunner().invoke(cli, ["link", "--new"])
    assert result.exit_code == 0
    assert sign_in_token() != before
    assert sign_in_token() in result.output


def test_link_for_another_device_is_refused_naming_the_option():
    result = CliRunner().invoke(cli, ["link", "--host", "192.168.1.5"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: --host: the sign-in link works only on this computer")


def test_link_in_clinic_mode_is_refused(settings):
    settings.SCAPULA_MODE = Mode.CLINIC
    result = CliRunner().invoke(cli, ["link"])
    assert result.exit_code == 2
    assert "clinic mode has no sign-in link" in result.output
