"""Exactly-once sync: sessions saved through a connection that drops at random points.

Each POST of the player's outbox meets a fate chosen at random: it goes through; it is
refused before reaching the server; or it reaches the server, is stored, and the reply is
lost on the way back (the case an idempotency key exists for). Sessions are played one
after another, each visit flushing what earlier ones left queued. In the end the
connection heals and every session is stored exactly once.
"""

import json
import random

import pytest
from playwright.sync_api import Error, expect

from tests.browser.conftest import make_ready

pytestmark = pytest.mark.browser

SESSIONS = 6
FATES = ["stored, reply lost", "refused", "through"]


@pytest.fixture
def page(chromium, live_scapula):
    """A player page whose requests page.route can see (no service worker in between)."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
    page = context.new_page()
    make_ready(page, live_scapula)
    yield page
    context.close()


class FlakyNetwork:
    """Decides the fate of each POST /api/sessions and remembers every key sent."""

    def __init__(self, rng: random.Random) -> None:
        # Every fate happens at least twice, in a random order, before chance takes over.
        self.fates = FATES * 2
        rng.shuffle(self.fates)
        self.rng = rng
        self.keys: list[str] = []  # a key appears again each time its session is re-sent
        self.seen: list[str] = []

    def handle(self, route) -> None:
        """Forward, refuse, or forward and then drop the reply."""
        if route.request.method != "POST":
            route.continue_()
            return
        self.keys.append(json.loads(route.request.post_data)["key"])
        fate = self.fates.pop() if self.fates else self.rng.choice(FATES)
        self.seen.append(fate)
        try:
            if fate == "refused":
                route.abort("connectionreset")
            elif fate == "stored, reply lost":
                route.fetch()  # the server stores it and answers...
                route.abort("connectionreset")  # ...but the answer never arrives
            else:
                route.continue_()
        except Error:
            # The page moved on and Chromium cancelled the request itself: one more drop point.
            self.seen.append("cancelled by navigation")


def play_a_short_session(page, url: str) -> None:
    """Start a session, stop it with "it hurts", end it: it is queued and sent.

    The page plays in real time, so the first exercise is still running when "it hurts"
    is pressed, even on a busy machine.
    """
    page.goto(url)
    page.locator("#stage-before .pain[data-pain='3']").click()
    page.click("#start")
    expect(page.locator("#stage-run")).to_be_visible()
    page.click("#hurt")
    page.locator("#stage-hurt .pain[data-pain='4']").click()
    page.click("#hurt-end")
    page.locator("#stage-after .pain[data-pain='2']").click()
    expect(page.locator("#stage-summary")).to_be_visible()
    expect(page.locator("#save-status")).not_to_be_empty()  # this send has met its fate


def outbox(page) -> list:
    key = "'scapula-outbox-' + document.documentElement.dataset.person"
    return json.loads(page.evaluate(f"localStorage.getItem({key}) || '[]'"))


def test_sessions_sent_through_a_dropping_connection_are_stored_exactly_once(page, live_scapula):
    before = {s["key"] for s in page.request.get(live_scapula.url("/api/sessions")).json()}
    network = FlakyNetwork(random.Random(20261123))
    page.route("**/api/sessions", network.handle)
    for _ in range(SESSIONS):
        play_a_short_session(page, live_scapula.url("/session/"))
    page.unroute("**/api/sessions")
    # The connection is back: each 'online' event flushes until the outbox is empty.
    for _ in range(20):
        if not outbox(page):
            break
        page.evaluate("window.dispatchEvent(new Event('online'))")
        page.wait_for_timeout(250)
    assert outbox(page) == []
    stored = [s["key"] for s in page.request.get(live_scapula.url("/api/sessions")).json()]
    new = [key for key in stored if key not in before]
    assert {"stored, reply lost", "refused", "through"} <= set(network.seen)
    # Every session once (the keys are made on the device, one per session), none twice.
    assert len(new) == SESSIONS
    assert len(set(new)) == SESSIONS
    assert set(network.keys) <= set(new)
