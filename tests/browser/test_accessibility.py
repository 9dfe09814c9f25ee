"""Every page passes axe's WCAG 2.2 A and AA rules on a phone and a desktop, light and dark.

Walked twice: for a new person, and for one with a passed safety check, a plan and some
history. Each view is also saved as a full-page screenshot in test-results/screenshots/.
"""

from datetime import UTC, datetime, timedelta

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.conftest import ALL_NO, make_ready
from tests.page_walk import walked_pages

pytestmark = pytest.mark.browser

VIEWPORTS = ((390, 844), (1280, 800))
SCHEMES = ("light", "dark")


@pytest.fixture(scope="module")
def browser_page(chromium, live_scapula):
    """One page for the whole module: the state (new, then ready) lives on the server."""
    context = chromium.new_context()
    yield context.new_page()
    context.close()


def _api_headers(page, server) -> dict[str, str]:
    """Return the headers a same-origin API write needs (the CSRF token and a referer)."""
    page.goto(server.url("/"))
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return {"X-CSRFToken": token, "Referer": server.url("/")}


def add_history(page, server) -> None:
    """Add pain entries, one finished session and a first check-in through the API."""
    headers = _api_headers(page, server)
    for score in (4, 3):
        assert page.request.post(server.url("/api/pain"), data={"score": score}, headers=headers).ok
    today = page.request.get(server.url("/api/session/today")).json()
    start = datetime.now(UTC) - timedelta(minutes=20)
    session = {
        "key": "a11ywalk0001",
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=9)).isoformat(),
        "status": "completed",
        "pain_before": 3,
        "pain_after": 2,
        "exercises": [
            {"exercise": item["id"], "status": "done", "peak_pain": 2, "steps_done": 5}
            for item in today["exercises"]
        ],
    }
    assert page.request.post(server.url("/api/sessions"), data=session, headers=headers).ok
    ratings = [
        {"activity": name, "score": score}
        for name, score in (("Reading in bed", 4), ("Carrying shopping", 5), ("Desk day", 6))
    ]
    check_in = {"ratings": ratings}
    assert page.request.post(server.url("/api/check-ins"), data=check_in, headers=headers).ok


@pytest.fixture(scope="module")
def ready_walk(browser_page, live_scapula):
    """Make the person ready, with history; return the screening's id for its result page."""
    make_ready(browser_page, live_scapula)
    headers = _api_headers(browser_page, live_scapula)
    response = browser_page.request.post(
        live_scapula.url("/api/screening"), data=ALL_NO, headers=headers
    )
    add_history(browser_page, live_scapula)
    return response.json()["id"]


def check_every_view(page, server, walked, state: str, screenshots) -> None:
    """Open one page; run axe at each width and scheme; screenshot each; fail on any violation."""
    page.set_viewport_size({"width": VIEWPORTS[0][0], "height": VIEWPORTS[0][1]})
    response = page.goto(server.url(walked.path), wait_until="networkidle")
    assert response is not None, walked.path
    assert response.status < 500, walked.path
    failures = []
    for width, height in VIEWPORTS:
        page.set_viewport_size({"width": width, "height": height})
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            name = f"{walked.label}-{state}-{width}-{scheme}.png"
            page.screenshot(path=str(screenshots / name), full_page=True)
            if violations := axe_violations(page):
                failures.append(f"-- {width} px, {scheme}:\n{describe(violations)}")
    assert not failures, f"{walked.path} ({state}) has accessibility violations:\n" + "\n".join(
        failures
    )


@pytest.mark.parametrize("walked", walked_pages(), ids=lambda walked: walked.label)
def test_a_new_person_can_use_every_page(browser_page, live_scapula, walked, screenshots):
    check_every_view(browser_page, live_scapula, walked, "new", screenshots)


@pytest.mark.parametrize(
    "walked", walked_pages(screening_id=0, session_id=0), ids=lambda walked: walked.label
)
def test_a_person_with_a_plan_and_history_can_use_every_page(
    browser_page, live_scapula, ready_walk, walked, screenshots
):
    if walked.route == "web:safety-result":
        walked = type(walked)(walked.label, walked.route, f"/safety/result/{ready_walk}/")
    if walked.route == "web:session":
        latest = browser_page.request.get(live_scapula.url("/api/sessions")).json()[0]["id"]
        walked = type(walked)(walked.label, walked.route, f"/progress/sessions/{latest}/")
    check_every_view(browser_page, live_scapula, walked, "ready", screenshots)
