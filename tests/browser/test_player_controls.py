"""The player's controls as a person uses them: keys only, skip a whole exercise, back, it hurts.

Time moves on Playwright's clock. The warning-sign stop closes the safety gate, so it runs
last in this module (each module has its own server and database).
"""

import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import make_ready

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def ready_server(chromium, live_scapula):
    context = chromium.new_context()
    make_ready(context.new_page(), live_scapula)
    context.close()
    live_scapula.screened_at = time.time()
    return live_scapula


@pytest.fixture
def page(chromium, ready_server):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    paused_clock(page, ready_server)
    yield page
    context.close()


def paused_clock(page, server):
    """Open the player with the page's clock stopped: only the test moves time on."""
    # The session starts after the safety check (a stop counts only after it) and not in
    # the future, which the server refuses.
    begins = max(time.time() - 30, server.screened_at + 1)
    time.sleep(max(0.0, begins - time.time()))
    page.clock.install(time=begins - 30)
    page.goto(server.url("/session/"))
    page.clock.pause_at(begins)


def stored(page, server):
    return page.request.get(server.url("/api/sessions")).json()


def start(page, pain=2):
    page.locator(f"#stage-before .pain[data-pain='{pain}']").click()
    page.click("#start")
    page.wait_for_selector("#stage-run:not([hidden])")


def name(page):
    return page.locator("#exercise-name").text_content()


def finish(page, peak=1, after=1):
    """Let every remaining exercise run to its end, answering each pain question."""
    for _ in range(3000):
        if page.locator("#stage-after:not([hidden])").count():
            break
        if page.locator("#stage-peak:not([hidden])").count():
            page.locator(f"#stage-peak .pain[data-pain='{peak}']").click()
        page.clock.run_for(2000)
    page.locator(f"#stage-after .pain[data-pain='{after}']").click()
    page.wait_for_selector("#save-status:has-text('Saved.')")


def tab_to(page, selector):
    """Press Tab until the focus is on `selector` (a keyboard user's way there)."""
    for _ in range(80):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_the_site_chrome_is_hidden_and_no_step_counts_are_shown(page):
    expect(page.locator(".site-header")).to_be_visible()
    start(page)
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator("#label")).to_have_text("Get ready")
    expect(page.locator("#next")).to_have_text("Next: left side, rep 1 of 3")
    expect(page.locator("#progress")).to_have_attribute("aria-label", "Exercise 1 of 5")
    assert "step 1 of" not in page.locator("body").inner_text().lower()


def test_one_press_skips_the_exercise_and_records_it_as_skipped(page, ready_server):
    before = len(stored(page, ready_server))
    start(page)
    first = name(page)
    page.click("#skip")
    # Nothing was done, so no pain question: the next exercise's get-ready runs at once.
    expect(page.locator("#exercise-name")).not_to_have_text(first)
    expect(page.locator("#label")).to_have_text("Get ready")
    finish(page)
    session = stored(page, ready_server)
    assert len(session) == before + 1
    assert session[0]["exercises"][0]["status"] == "skipped"
    assert session[0]["exercises"][0]["steps_done"] == 0


def test_skip_works_while_paused_and_some_work_done_is_partial(page, ready_server):
    start(page)
    first = name(page)
    page.clock.run_for(12_000)  # past the get-ready and into the reps
    page.click("#pause")
    expect(page.locator("#pause")).to_have_text("Resume")
    page.click("#skip")
    # Some reps were done: the pain question comes, then the next exercise.
    page.locator("#stage-peak .pain[data-pain='2']").click()
    expect(page.locator("#exercise-name")).not_to_have_text(first)
    expect(page.locator("#pause")).to_have_text("Pause")
    finish(page)
    exercise = stored(page, ready_server)[0]["exercises"][0]
    assert (exercise["status"], exercise["peak_pain"]) == ("partial", 2)
    assert exercise["steps_done"] > 0


def test_back_goes_to_the_start_of_the_exercise_then_to_the_one_before(page):
    start(page)
    first = name(page)
    page.clock.run_for(12_000)
    assert page.locator("#label").text_content() != "Get ready"
    page.click("#back")
    expect(page.locator("#label")).to_have_text("Get ready")
    assert name(page) == first
    page.click("#skip")
    expect(page.locator("#exercise-name")).not_to_have_text(first)
    page.click("#back")  # at the second exercise's start: back to the first
    expect(page.locator("#exercise-name")).to_have_text(first)


def test_each_step_is_announced_once_not_every_second(page):
    start(page)
    page.evaluate("""() => {
        window.changes = 0;
        new MutationObserver(() => { window.changes += 1; })
            .observe(document.getElementById('announce'),
                     {childList: true, characterData: true, subtree: true});
    }""")
    page.clock.run_for(3000)  # inside the 5-second get-ready
    assert page.evaluate("window.changes") == 0
    page.clock.run_for(2500)  # the first rep starts
    expect(page.locator("#announce")).to_contain_text("Left side, rep 1 of 3")
    assert page.evaluate("window.changes") == 1


@pytest.mark.parametrize(
    ("pain", "reason", "primary", "secondary"),
    [
        (4, "sharp or catching pain", "#hurt-end", "#hurt-next"),
        (6, "other", "#hurt-end", "#hurt-next"),
        (2, "other", "#hurt-next", "#hurt-end"),
    ],
)
def test_after_a_painful_stop_ending_the_session_is_the_main_button(
    page, pain, reason, primary, secondary
):
    start(page)
    page.click("#hurt")
    page.locator(f"#stage-hurt .pain[data-pain='{pain}']").click()
    page.check(f"input[name=reason][value='{reason}']")
    expect(page.locator(primary)).to_have_class("button primary")
    expect(page.locator(secondary)).to_be_visible()
    expect(page.locator(secondary)).not_to_have_class("button primary")
    first = page.locator("#hurt-choices button").first
    assert first.get_attribute("id") == primary[1:]
    # Buttons keep their shape: a rounded rectangle, not a squashed oval.
    box = page.locator(primary).bounding_box()
    assert box["height"] >= 44
    assert box["width"] > 2 * box["height"]
    assert page.locator(primary).evaluate("b => parseFloat(getComputedStyle(b).borderRadius)") <= 16


def test_the_end_screen_says_what_was_done_the_pains_and_what_comes_tomorrow(page):
    start(page, pain=3)
    page.click("#skip")
    finish(page, peak=2, after=1)
    summary = page.locator("#stage-summary")
    expect(summary.locator("h2")).to_have_text("Session done")
    expect(summary).to_contain_text("Skipped")
    expect(summary).to_contain_text("Done")
    expect(page.locator("#summary-pain")).to_contain_text("Before: 3")
    expect(page.locator("#summary-pain")).to_contain_text("Worst during it: 2")
    expect(page.locator("#summary-pain")).to_contain_text("After: 1")
    expect(page.locator("#next-list")).to_contain_text(
        "Tomorrow morning scapula asks how your back"
    )
    expect(page.locator("#next-list")).to_contain_text("next session")


def test_a_whole_session_played_with_the_keyboard_alone_is_saved(page, ready_server):
    before = len(stored(page, ready_server))
    tab_to(page, "#stage-before .pain[data-pain='2']")
    page.keyboard.press("Enter")
    tab_to(page, "#start")
    page.keyboard.press("Enter")
    page.wait_for_selector("#stage-run:not([hidden])")
    # The focus starts on the exercise's name; Space pauses and resumes.
    assert page.evaluate("document.activeElement.id") == "exercise-name"
    page.keyboard.press(" ")
    expect(page.locator("#pause")).to_have_text("Resume")
    page.keyboard.press(" ")
    expect(page.locator("#pause")).to_have_text("Pause")
    page.keyboard.press("s")  # skip the first exercise
    expect(page.locator("#label")).to_have_text("Get ready")
    page.keyboard.press("h")  # it hurts, on the second
    expect(page.locator("#stage-hurt")).to_be_visible()
    tab_to(page, "#stage-hurt .pain[data-pain='3']")
    page.keyboard.press("Enter")
    tab_to(page, "#hurt-next")
    page.keyboard.press("Enter")
    for _ in range(3000):
        if page.locator("#stage-after:not([hidden])").count():
            break
        if page.locator("#stage-peak:not([hidden])").count():
            tab_to(page, "#stage-peak .pain[data-pain='1']")
            page.keyboard.press("Enter")
        page.clock.run_for(2000)
    tab_to(page, "#stage-after .pain[data-pain='1']")
    page.keyboard.press("Enter")
    page.wait_for_selector("#save-status:has-text('Saved.')")
    expect(page.locator("#summary-title")).to_be_focused()
    session = stored(page, ready_server)
    assert len(session) == before + 1
    statuses = [exercise["status"] for exercise in session[0]["exercises"]]
    assert statuses[:2] == ["skipped", "stopped"]
    assert set(statuses[2:]) == {"done"}


def test_the_keys_are_listed_on_the_page(page):
    page.click(".keys-help summary")
    keys = page.locator(".keys-help")
    for words in ("Space", "pause or resume", "skip this exercise", "stop: it hurts"):
        expect(keys).to_contain_text(words)


def test_the_screen_is_kept_on_while_running_and_let_go_at_the_end(chromium, ready_server):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script("""
        window.wake = {requests: 0, releases: 0};
        window.seen = 'visible';
        Object.defineProperty(document, 'visibilityState', {get: () => window.seen});
        Object.defineProperty(navigator, 'wakeLock', {value: {request: async () => {
            window.wake.requests += 1;
            return {release: async () => { window.wake.releases += 1; }};
        }}});
    """)
    page = context.new_page()
    paused_clock(page, ready_server)
    start(page)
    assert page.evaluate("window.wake.requests") == 1
    # The browser drops the lock when the page is hidden; it is taken again on return.
    page.evaluate("window.seen = 'hidden'; document.dispatchEvent(new Event('visibilitychange'))")
    page.evaluate("window.seen = 'visible'; document.dispatchEvent(new Event('visibilitychange'))")
    assert page.evaluate("window.wake") == {"requests": 2, "releases": 0}
    page.click("#hurt")
    page.click("#hurt-end")
    page.locator("#stage-after .pain[data-pain='1']").click()
    expect(page.locator("#stage-summary")).to_be_visible()
    assert page.evaluate("window.wake.releases") == 1
    context.close()


def test_with_less_motion_the_still_figure_shows_instead_of_the_animation(chromium, ready_server):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, reduced_motion="reduce")
    page = context.new_page()
    paused_clock(page, ready_server)
    start(page)
    figure = page.locator(".player-figure:not([hidden])")
    expect(figure.locator(".still svg")).to_be_visible()
    expect(figure.locator(".motion")).to_be_hidden()
    context.close()


def test_a_warning_sign_offers_only_ending_with_the_get_help_card(page, ready_server):
    """Last in the module: a dizziness stop asks for the safety questions again."""
    start(page)
    page.click("#hurt")
    page.locator("#stage-hurt .pain[data-pain='2']").click()
    page.check("input[name=reason][value='dizziness']")
    expect(page.locator("#hurt-next")).to_be_hidden()
    expect(page.locator("#hurt-end")).to_have_class("button primary")
    expect(page.locator("#hurt-help")).to_be_visible()
    expect(page.locator("#hurt-help")).to_contain_text("Stop and get help if")
    page.click("#hurt-end")
    page.locator("#stage-after .pain[data-pain='2']").click()
    page.wait_for_selector("#save-status:has-text('Saved.')")
    expect(page.locator("#summary-title")).to_have_text("Session stopped")
    # The server's answer names the safety questions before the next session.
    expect(page.locator("#next-list")).to_contain_text("asks the safety questions again")
