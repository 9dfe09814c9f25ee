"""The session player in Chromium: page bytes, time until usable on a slow phone, timer drift.

- bytes transferred for the player page (compressed, first visit, no cache);
- time until the player is usable on a throttled mobile profile (median of runs);
- timer drift over at least 15 minutes of steps, on Chromium's simulated clock (the
  production timing code runs; time only passes faster).
"""

import json
import statistics
from datetime import UTC, datetime, timedelta

from tests.support import OwnerBrowser, RunningServer

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
RUNS = 5


def page_bytes(browser, url: str) -> int:
    """Return the compressed bytes of every response loading the player page."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes: list[float] = []
    cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
    page.goto(url, wait_until="networkidle")
    context.close()
    return int(sum(sizes))


def time_to_usable(browser, url: str, *, returning: bool) -> float:
    """Return ms from navigation until the pain buttons answer, on a slow phone profile.

    A returning visitor has been to the player before (unthrottled), so the browser holds
    its cached files and the service worker; a first visit starts from nothing.
    """
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    if returning:
        page.goto(url)
        expect(page.locator("#stage-before .pain").first).to_be_enabled(timeout=30_000)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        },
    )
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(url, wait_until="commit")
    first = page.locator("#stage-before .pain").first
    expect(first).to_be_enabled(timeout=30_000)
    first.click()
    expect(page.locator("#start")).to_be_enabled()
    # performance.now() counts from this navigation's start.
    usable = page.evaluate("performance.now()")
    context.close()
    return float(usable)


MARKS = """() => {
  window.__marks = [];
  const bar = document.getElementById('progress');
  new MutationObserver(() => window.__marks.push([Number(bar.value), performance.now()]))
    .observe(bar, {attributes: true, attributeFilter: ['value']});
}"""


def timer_drift(browser, url: str) -> dict[str, float]:
    """Play a whole session on the simulated clock; compare each step's start to its schedule."""
    context = browser.new_context()
    page = context.new_page()
    page.clock.install()
    page.goto(url)
    # Frozen time: only run_for moves the clock, so the harness's own delays are not counted.
    page.clock.pause_at(datetime.now(UTC) + timedelta(seconds=5))
    steps = json.loads(page.locator("#session-data").text_content())["steps"]
    page.evaluate(MARKS)
    page.locator("#stage-before .pain").first.click()
    page.click("#start")
    while not page.locator("#stage-after").is_visible():
        page.clock.run_for(1000)
        if page.locator("#stage-peak").is_visible():
            page.locator("#stage-peak .pain").first.click()
    marks = page.evaluate("window.__marks")
    context.close()
    return _drift(steps, marks)


def drift_over(browser, url: str, *, minimum_seconds: int) -> dict[str, float]:
    """Play sessions back to back until at least minimum_seconds of steps have run."""
    runs = []
    while sum(run["session_seconds"] for run in runs) < minimum_seconds:
        runs.append(timer_drift(browser, url))
    return {
        "max_ms": max(run["max_ms"] for run in runs),
        "final_ms": runs[-1]["final_ms"],
        "session_seconds": sum(run["session_seconds"] for run in runs),
        "sessions": len(runs),
    }


def _drift(steps: list[dict], marks: list[list[float]]) -> dict[str, float]:
    """Worst and final distance (ms) between when each step began and when it should have."""
    started = {int(index): t for index, t in marks}
    errors, expected = [], 0.0
    for number in range(1, len(steps) + 1):
        step = steps[number - 1]
        new_exercise = number == 1 or steps[number - 2]["exercise"] != step["exercise"]
        if new_exercise:
            # Each exercise starts after a pain question: its schedule starts there.
            expected = started[number]
        errors.append(abs(started[number] - expected))
        expected += step["seconds"] * 1000
    return {
        "max_ms": max(errors),
        "final_ms": errors[-1],
        "session_seconds": sum(s["seconds"] for s in steps),
    }


def measure_all(server: RunningServer) -> dict[str, dict[str, object]]:
    """Every player figure, against the player page of server, as the owner's browser."""
    from playwright.sync_api import sync_playwright

    url = server.url("/session/")
    with sync_playwright() as playwright:
        bare = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        # Each context opens the sign-in link first, as the owner does once.
        browser = OwnerBrowser(bare, [server])
        size = page_bytes(browser, url)
        usable = [time_to_usable(browser, url, returning=True) for _ in range(RUNS)]
        first = [time_to_usable(browser, url, returning=False) for _ in range(RUNS)]
        drift = drift_over(browser, url, minimum_seconds=15 * 60)
        browser.close()
    return {
        "player_page_bytes": {"value": size, "unit": "bytes", "runs": 1},
        "player_usable_ms": {
            "value": round(statistics.median(usable), 1),
            "unit": "ms (median)",
            "runs": RUNS,
            "profile": "150 ms latency, 1.6 Mbit/s, CPU 4x slower",
        },
        "player_first_visit_ms": {
            "value": round(statistics.median(first), 1),
            "unit": "ms (median)",
            "runs": RUNS,
            "profile": "150 ms latency, 1.6 Mbit/s, CPU 4x slower",
        },
        "timer_drift_ms": {
            "value": drift["max_ms"],
            "final": drift["final_ms"],
            "unit": "ms",
            "runs": drift["sessions"],
            "session_seconds": drift["session_seconds"],
            "clock": "Chromium's simulated clock (Playwright clock API)",
        },
    }
