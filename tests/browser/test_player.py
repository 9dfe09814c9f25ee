"""The session player in Chromium: a routine end to end on Playwright's clock, it-hurts, offline."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import make_ready

pytestmark = pytest.mark.browser


@pytest.fixture
def player(chromium, live_scapula):
    """A browser page on the owner's machine with a screened user and a plan."""
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    make_ready(page, live_scapula)
    yield page
    context.close()


def sessions(live_scapula, page):
    return page.request.get(live_scapula.url("/api/sessions")).json()


def pick_pain(page, stage, value):
    page.locator(f"#{stage} .pain[data-pain='{value}']").click()


def run_until_asked(page):
    """Move the page's clock on, a few seconds at a time, until a pain question shows."""
    asked = "#stage-peak:not([hidden]), #stage-after:not([hidden])"
    for _ in range(2000):
        if page.locator(asked).count():
            return
        page.clock.run_for(2000)
    raise AssertionError("no pain question after the exercise's time had passed")


def test_a_routine_runs_end_to_end_and_it_hurts_is_recorded(player, live_scapula, screenshots):
    page = player
    # The page's clock is Playwright's: the test moves time on instead of waiting for it.
    page.clock.install()
    page.goto(live_scapula.url("/session/"))
    pick_pain(page, "stage-before", 4)
    page.click("#start")
    page.wait_for_selector("#stage-run:not([hidden])")
    page.screenshot(path=str(screenshots / "player-390.png"))
    # First exercise runs to its end; its peak pain is asked.
    run_until_asked(page)
    pick_pain(page, "stage-peak", 2)
    # Second exercise: stop, it hurts.
    page.wait_for_selector("#stage-run:not([hidden])")
    page.click("#hurt")
    pick_pain(page, "stage-hurt", 6)
    page.check("input[name=reason][value='sharp or catching pain']")
    page.click("#hurt-next")
    # The rest run to their end.
    while not page.locator("#stage-after").is_visible():
        run_until_asked(page)
        if page.locator("#stage-peak").is_visible():
            pick_pain(page, "stage-peak", 1)
    pick_pain(page, "stage-after", 3)
    page.wait_for_selector("#save-status:has-text('Saved.')")
    expect(page.locator("#acknowledgement")).to_have_text(
        "Stopping when it hurts was the right call."
    )
    page.screenshot(path=str(screenshots / "player-summary-390.png"), full_page=True)
    (stored,) = sessions(live_scapula, page)
    assert (stored["pain_before"], stored["pain_after"], stored["status"]) == (4, 3, "completed")
    stopped = stored["exercises"][1]
    assert (stopped["status"], stopped["peak_pain"], stopped["stop_reason"]) == (
        "stopped",
        6,
        "sharp or catching pain",
    )


def test_a_session_finished_offline_is_stored_exactly_once(player, live_scapula):
    page = player
    before = len(sessions(live_scapula, page))
    # In real time the first exercise is still running when "it hurts" is pressed.
    page.goto(live_scapula.url("/session/"))
    pick_pain(page, "stage-before", 2)
    page.click("#start")
    page.wait_for_selector("#stage-run:not([hidden])")
    page.context.set_offline(True)
    page.click("#hurt")
    pick_pain(page, "stage-hurt", 5)
    page.click("#hurt-end")
    pick_pain(page, "stage-after", 2)
    page.wait_for_selector("#save-status:has-text('when you are back online')")
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.wait_for_selector("#save-status:has-text('Saved.')")
    page.evaluate("window.dispatchEvent(new Event('online'))")  # a second flush sends nothing
    page.reload()  # and neither does the next visit
    page.wait_for_timeout(500)
    after = sessions(live_scapula, page)
    assert len(after) == before + 1
    assert after[0]["status"] == "stopped"


def test_the_player_opens_again_with_no_network_once_visited(player, live_scapula):
    page = player
    page.goto(live_scapula.url("/session/"))
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # The worker has cached the player, today's routine and their files once it is active.
    page.wait_for_function("""async () => {
        return Boolean(await caches.match('/session/'));
    }""")
    page.context.set_offline(True)
    page.goto(live_scapula.url("/session/"))
    expect(page.get_by_role("heading", name="Today's session")).to_be_visible()
    pick_pain(page, "stage-before", 1)
    page.click("#start")
    expect(page.locator("#countdown")).to_be_visible()
    page.context.set_offline(False)
