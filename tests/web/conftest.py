"""Web test personas: the owner's own browser, and a phone on the local network."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client

LOCAL = {"REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1:8000"}
PHONE = {"REMOTE_ADDR": "192.168.1.20", "HTTP_HOST": "scapula.lan:8000"}


def owner_client() -> Client:
    """A browser on this machine that has opened the sign-in link `scapula serve` prints."""
    from scapula.accounts.local_token import sign_in_link

    client = Client(**LOCAL)
    response = client.get(sign_in_link("127.0.0.1", 8000))
    assert response.status_code == 302, "the sign-in link did not sign the browser in"
    return client


def owner_script_headers() -> dict[str, str]:
    """The header the owner's own scripts send: the sign-in token as a bearer token."""
    from scapula.accounts.local_token import sign_in_token

    return {"HTTP_AUTHORIZATION": f"Bearer {sign_in_token()}"}


@pytest.fixture
def owner_browser(db) -> Client:
    """A browser on the machine that runs scapula, signed in by the owner's sign-in link."""
    return owner_client()


@pytest.fixture
def stranger(db) -> Client:
    """Another program or user on the same machine: loopback, but without the link."""
    return Client(**LOCAL)


@pytest.fixture
def phone(db, settings) -> Client:
    """A phone on the same Wi-Fi, reaching the laptop by its network name."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "scapula.lan"]
    return Client(**PHONE)


@pytest.fixture
def keep_connections_open_between_requests():
    """Stop Django closing the test transaction's connection at each in-process request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def screened_owner(owner_browser):
    """The owner, with a safety check that lets exercise go ahead today."""
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    owner = ensure_owner()
    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
    record_screening(user=owner, answers=answers, today=timezone.localdate())
    return owner


@pytest.fixture
def planned_owner(screened_owner):
    """The screened owner with a plan from the example profile, started three days ago."""
    import json
    from datetime import timedelta
    from pathlib import Path

    from django.utils import timezone

    from scapula.plans.services import create_plan

    profile = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
    start = timezone.localdate() - timedelta(days=3)
    create_plan(user=screened_owner, profile=profile, today=start)
    return screened_owner
