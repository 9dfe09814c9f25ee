"""The player on every screen size: the stop control and the countdown never leave the viewport.

Someone holding a stretch cannot scroll, so at each step of a whole session (moved on with
Playwright's clock), at the "it hurts" stage and on the end screen, the controls must be
inside the window, at phone, laptop and desktop sizes, upright and on their side.
"""

import time

import pytest

from tests.browser.conftest import make_ready

pytestmark = pytest.mark.browser

SIZES = [(320, 568), (390, 844), (1280, 800), (1920, 1080), (568, 320), (844, 390)]
RUNNING = ["#exercise-name", "#label", "#countdown", "#pause", "#skip", "#hurt", "#back"]

# Returns the selectors (of those given) that are hidden, not wholly inside the viewport, or,
# for a button, smaller than the 24 x 24 px target of WCAG 2.2.
OUTSIDE = """(selectors) => selectors.filter((selector) => {
    const element = document.querySelector(selector);
    if (!element || !element.offsetParent) return true;
    const box = element.getBoundingClientRect();
    const small = element.matches("button, a") && (box.width < 24 || box.height < 24);
    return small || box.height === 0 || box.top < 0 || box.left < 0
        || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5;
})"""


def outside(page, selectors):
    return page.evaluate(OUTSIDE, selectors)


def stage(page):
    return page.evaluate("document.querySelector('.stage:not([hidden])').id")


@pytest.fixture(scope="module")
def ready_server(chromium, live_scapula):
    context = chromium.new_context()
    make_ready(context.new_page(), live_scapula)
    context.close()
    return live_scapula


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_controls_stay_in_view_through_a_whole_session(
    chromium, ready_server, screenshots, width, height
):
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    # The page's clock stands still: only run_for moves it, so every step is seen.
    start = time.time() - 60  # the server refuses a session that starts in the future
    page.clock.install(time=start)
    page.goto(ready_server.url("/session/"))
    page.clock.pause_at(start + 30)
    page.locator("#stage-before .pain[data-pain='3']").click()
    page.click("#start")
    seen, hurt_done = set(), False
    for _ in range(400):
        now = stage(page)
        seen.add(now)
        if now == "stage-run":
            assert outside(page, RUNNING) == [], page.locator("#label").text_content()
            assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
            if len(seen) == 1:
                page.screenshot(path=str(screenshots / f"player-run-{width}x{height}.png"))
            if "stage-peak" in seen and not hurt_done:
                page.click("#hurt")
                continue
            page.clock.run_for(int(page.locator("#countdown").text_content()) * 1000)
        elif now == "stage-peak":
            assert outside(page, ["#stage-peak .pain[data-pain='10']"]) == []
            page.locator("#stage-peak .pain[data-pain='1']").click()
        elif now == "stage-hurt":
            page.locator("#stage-hurt .pain[data-pain='5']").click()
            page.check("input[name=reason][value='sharp or catching pain']")
            assert outside(page, ["#hurt-end", "#hurt-next"]) == []
            page.screenshot(path=str(screenshots / f"player-hurt-{width}x{height}.png"))
            hurt_done = True
            page.click("#hurt-next")
        elif now == "stage-after":
            assert outside(page, ["#stage-after .pain[data-pain='10']"]) == []
            page.locator("#stage-after .pain[data-pain='2']").click()
        else:
            break
    assert stage(page) == "stage-summary"
    page.wait_for_selector("#save-status:has-text('Saved.')")
    assert outside(page, ["#to-plan"]) == []
    page.screenshot(path=str(screenshots / f"player-end-{width}x{height}.png"))
    assert {"stage-run", "stage-peak", "stage-hurt", "stage-after"} <= seen
    context.close()
