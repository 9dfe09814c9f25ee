"""The sign-in link in a real browser: a stranger is told where it is; the link signs in."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_browser_without_the_link_is_told_where_it_is_then_the_link_signs_it_in(
    chromium, live_scapula, screenshots
):
    context = chromium.without_sign_in.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_scapula.url("/progress/"))
    expect(page.get_by_role("heading", name="Sign in on this computer")).to_be_visible()
    expect(page.get_by_text("scapula link")).to_be_visible()
    page.screenshot(path=str(screenshots / "sign-in-link-needed-390.png"), full_page=True)
    assert page.request.get(live_scapula.url("/api/me")).status == 401

    page.goto(live_scapula.sign_in_link("/progress/"))
    assert page.url == live_scapula.url("/progress/")  # the token left the address bar
    assert live_scapula.token not in page.content()
    cookie = next(c for c in context.cookies() if c["name"].startswith("scapula-owner-"))
    assert cookie["httpOnly"]
    assert cookie["sameSite"] == "Lax"
    assert live_scapula.token not in cookie["value"]
    assert page.evaluate("document.cookie").find("scapula-owner") == -1  # not readable by scripts
    assert page.request.get(live_scapula.url("/api/me")).json()["username"] == "owner"
    context.close()


def test_a_wrong_link_shows_a_clear_page(chromium, live_scapula):
    context = chromium.without_sign_in.new_context()
    page = context.new_page()
    response = page.goto(live_scapula.url("/accounts/local/?token=not-the-right-one"))
    assert response.status == 403
    expect(page.get_by_role("heading", name="That sign-in link does not work")).to_be_visible()
    context.close()
