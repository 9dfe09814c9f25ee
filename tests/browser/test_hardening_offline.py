"""A shared browser on a clinic server: offline copies and unsent sessions stay each person's."""

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Error, expect

from tests.browser.conftest import make_ready
from tests.support import fresh_database_env, scapula_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a-long-clinic-passphrase-41"
PEOPLE = ("ana@harbour.example", "ben@harbour.example")
MAKE_PEOPLE = f"""
from scapula.accounts.models import Clinic, Role, User
clinic = Clinic.objects.create(name="Harbour Physio")
for email in {PEOPLE!r}:
    User.objects.create_user(username=email, email=email, password={PASSWORD!r},
                             role=Role.PATIENT, clinic=clinic)
"""
QUEUED_KEYS = """Object.keys(localStorage).filter((k) => k.startsWith('scapula-outbox'))
    .flatMap((k) => JSON.parse(localStorage.getItem(k)).map((item) => item.key))"""


@pytest.fixture(scope="module")
def clinic_server(tmp_path_factory):
    """`scapula serve` in clinic mode on loopback, with two patients of one clinic."""
    root = tmp_path_factory.mktemp("clinic-instance")
    with fresh_database_env(root / "data") as env:
        env |= {"SCAPULA_MODE": "clinic", "SCAPULA_BEHIND_TLS_PROXY": "true"}
        with scapula_server(env, root) as server:
            subprocess.run(
                [sys.executable, "manage.py", "shell", "-c", MAKE_PEOPLE],
                cwd=ROOT,
                env=env | {"DJANGO_SETTINGS_MODULE": "scapula.config.settings"},
                check=True,
                capture_output=True,
            )
            yield server


def sign_in(page, server, email: str) -> str:
    """Sign in through the form; return the page's person key."""
    page.goto(server.url("/accounts/login/"))
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page.evaluate("document.documentElement.dataset.person")


def open_player_and_wait_for_its_copy(page, server) -> None:
    page.goto(server.url("/session/"))
    expect(page.get_by_role("heading", name="Today's session")).to_be_visible()
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("async () => Boolean(await caches.match('/session/'))")


def play_a_short_session(page) -> None:
    """Start, stop for pain, end: the player saves (or queues) the session."""
    page.locator("#stage-before .pain[data-pain='3']").click()
    page.click("#start")
    expect(page.locator("#stage-run")).to_be_visible()
    page.click("#hurt")
    page.locator("#stage-hurt .pain[data-pain='4']").click()
    page.click("#hurt-end")
    page.locator("#stage-after .pain[data-pain='2']").click()
    expect(page.locator("#save-status")).to_contain_text("Saved on this device")


def test_the_next_person_never_gets_the_previous_persons_copies_or_queue(chromium, clinic_server):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    ana = sign_in(page, clinic_server, PEOPLE[0])
    make_ready(page, clinic_server)
    open_player_and_wait_for_its_copy(page, clinic_server)
    # Ana stops a session while the server cannot be reached: it waits on this device.
    page.route("**/api/sessions", lambda route: route.abort("connectionreset"))
    play_a_short_session(page)
    page.unroute("**/api/sessions")
    anas_unsent = page.evaluate(QUEUED_KEYS)
    assert len(anas_unsent) == 1
    page.goto(clinic_server.url("/plan/"))
    page.click("text=Sign out")
    page.wait_for_load_state()

    ben = sign_in(page, clinic_server, PEOPLE[1])
    assert ben
    assert ben != ana
    context.set_offline(True)
    with pytest.raises(Error):  # nothing of Ana's is served to Ben, not even offline
        page.goto(clinic_server.url("/session/"))
    context.set_offline(False)
    sent: list[str] = []
    page.on(
        "request",
        lambda r: sent.append(r.post_data or "") if r.url.endswith("/api/sessions") else None,
    )
    make_ready(page, clinic_server)
    open_player_and_wait_for_its_copy(page, clinic_server)
    page.wait_for_timeout(500)  # the player's flush at start has run

    names = page.evaluate("caches.keys()")
    assert not any(name.endswith(ana) for name in names), names
    assert not any(anas_unsent[0] in body for body in sent)
    # Signing out cleared the device (Clear-Site-Data): Ana's queue is gone, never Ben's.
    assert page.evaluate(QUEUED_KEYS) == []

    context.set_offline(True)
    page.goto(clinic_server.url("/session/"))
    expect(page.get_by_role("heading", name="Today's session")).to_be_visible()
    assert page.evaluate("document.documentElement.dataset.person") == ben
    context.close()
