"""The home page in real Chromium: no errors, no other hosts, fits 320 px, keyboard usable."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_home_page_loads_without_errors_or_third_party_requests(
    open_page, live_scapula, screenshots
):
    watched = open_page("/")
    watched.page.screenshot(path=str(screenshots / "home.png"), full_page=True)
    assert watched.console_errors == []
    assert watched.hosts == {urlsplit(live_scapula.base_url).netloc}
    assert watched.page.get_by_role("heading", name="Not medical advice").is_visible()


def test_the_home_page_fits_a_320_pixel_phone_without_sideways_scrolling(open_page, screenshots):
    watched = open_page("/", width=320, height=640)
    watched.page.screenshot(path=str(screenshots / "home-320.png"), full_page=True)
    overflow = watched.page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    assert watched.page.get_by_role("heading", level=1).is_visible()


def test_the_first_tab_reveals_a_skip_link_to_the_content(open_page):
    page = open_page("/").page
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_emergency_card_is_shown_before_the_explanations(open_page):
    page = open_page("/").page
    danger = page.locator(".card.danger").bounding_box()
    drivers = page.locator("#why-it-hurts").bounding_box()
    assert danger["y"] < drivers["y"]


def test_the_api_reference_works_offline_under_the_content_policy(open_page, live_scapula):
    watched = open_page("/api/docs")
    assert watched.console_errors == []
    assert watched.hosts == {urlsplit(live_scapula.base_url).netloc}
    # Swagger UI draws the operations after its script has fetched the document.
    path = watched.page.locator(".opblock-summary-path", has_text="/api/health")
    expect(path).to_be_visible()
