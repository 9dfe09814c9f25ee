"""Personal mode stays on this machine unless the owner has a password."""

import pytest

from scapula.core import ListenRefusedError, Mode, check_listen_address, is_loopback_host


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.0.0.53", "::1", "[::1]", "localhost", "LOCALHOST"]
)
def test_loopback_hosts_are_recognised(host):
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.2", "example.org", ""])
def test_network_hosts_are_not_loopback(host):
    assert not is_loopback_host(host)


def test_personal_mode_without_a_password_refuses_a_network_address():
    with pytest.raises(ListenRefusedError) as caught:
        check_listen_address("0.0.0.0", mode=Mode.PERSONAL, has_password=False)
    assert caught.value.field == "--host"
    assert "scapula password set" in caught.value.message


@pytest.mark.parametrize(
    ("host", "mode", "has_password"),
    [
        ("127.0.0.1", Mode.PERSONAL, False),
        ("0.0.0.0", Mode.PERSONAL, True),
        ("0.0.0.0", Mode.CLINIC, False),
    ],
)
def test_listening_is_allowed_when_nobody_else_can_be_signed_in(host, mode, has_password):
    check_listen_address(host, mode=mode, has_password=has_password)
