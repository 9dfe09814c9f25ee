"""The progress page in Chromium: charts render without errors and fit a phone."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_progress_page_draws_its_charts_on_a_phone(chromium, live_scapula, screenshots):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(live_scapula.url("/safety/"))
    token = next(c["value"] for c in context.cookies() if c["name"] == "csrftoken")
    headers = {"X-CSRFToken": token, "Referer": live_scapula.url("/")}
    for score in (6, 5, 6, 4):
        assert page.request.post(
            live_scapula.url("/api/pain"), data={"score": score}, headers=headers
        ).ok
    page.goto(live_scapula.url("/progress/"))
    expect(page.locator("svg.pain-chart")).to_be_visible()
    expect(page.get_by_text("Your sessions show here once you have a plan")).to_be_visible()
    page.screenshot(path=str(screenshots / "progress-390.png"), full_page=True)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    assert errors == []
    context.close()
