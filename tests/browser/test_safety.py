"""The safety check in Chromium: an emergency answer stops everything at once."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_an_emergency_answer_shows_the_call_now_screen(open_page, screenshots):
    page = open_page("/safety/", width=390, height=844).page
    page.screenshot(path=str(screenshots / "safety-390.png"))
    page.locator("#q-E3 input[value=yes]").check()
    page.get_by_role("button", name="See what my answers mean").click()
    page.wait_for_load_state()
    heading = page.get_by_role("heading", name="Call your emergency number now")
    expect(heading).to_be_visible()
    expect(page.get_by_text("Do not drive yourself", exact=False)).to_be_visible()
    page.screenshot(path=str(screenshots / "safety-emergency-390.png"), full_page=True)


def test_every_question_can_be_answered_from_the_keyboard(open_page):
    page = open_page("/safety/check-in/").page
    page.locator("#q-E1 input[value=no]").focus()
    page.keyboard.press("Space")
    assert page.locator("#q-E1 input[value=no]").is_checked()
