"""The safety check in Chromium: emergencies first, no gaps, one marked exception, clearances."""

import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from scapula.core.screening import EXCEPTION_NOTE
from tests.browser.conftest import make_ready
from tests.browser.stepping import answer_this_step, next_step, walk_safety

pytestmark = pytest.mark.browser


def record_clearance(page):
    page.fill("#id_cleared_by", "Dr Lee, GP")
    page.get_by_role("button", name="Record clearance").click()
    expect(page.get_by_role("heading", name="You have been cleared")).to_be_visible()


def test_an_emergency_answer_shows_the_call_now_screen(open_page, screenshots):
    page = open_page("/safety/", width=390, height=844).page
    page.screenshot(path=str(screenshots / "safety-390.png"))
    page.locator("#q-E3 input[value=yes]").check()
    next_step(page)  # straight to the result: the later groups are not asked
    heading = page.get_by_role("heading", name="Call your emergency number now")
    expect(heading).to_be_visible()
    expect(page.get_by_text("Do not drive yourself", exact=False)).to_be_visible()
    page.screenshot(path=str(screenshots / "safety-emergency-390.png"), full_page=True)


def test_every_question_can_be_answered_from_the_keyboard(open_page):
    page = open_page("/safety/recheck/").page
    page.locator("#q-E1 input[value=no]").focus()
    page.keyboard.press("Space")
    assert page.locator("#q-E1 input[value=no]").is_checked()


def test_a_step_comes_back_with_a_focused_summary_that_links_to_the_question(
    open_page, screenshots
):
    page = open_page("/safety/", width=390, height=844).page
    answer_this_step(page)
    page.locator("#q-E2 input[value=no]").evaluate("input => { input.checked = false; }")
    next_step(page)
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Answer yes or no: With this back pain")
    page.screenshot(path=str(screenshots / "safety-step-error-390.png"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#q-E2$"))
    expect(page.locator("#E2-error")).to_have_text("Error: Please answer yes or no.")
    expect(page.locator("#q-E1 input[value=no]")).to_be_checked()  # the other answers stay


def test_every_target_is_at_least_24_pixels_on_a_phone(open_page):
    page = open_page("/safety/", width=390, height=844).page
    for target in page.locator(".choice, .step-actions .button, .why summary").all():
        box = target.bounding_box()
        assert box["width"] >= 24
        assert box["height"] >= 24


def test_a_clinician_answer_needs_every_red_flag_answered_before_any_clearance(open_page):
    page = open_page("/safety/").page
    next_step(page)  # nothing answered: the emergency group comes back first
    errors = page.locator("#form-errors")
    expect(errors).to_contain_text("Please answer every question")
    expect(errors.locator('a[href="#q-E1"]')).to_be_visible()
    expect(page.get_by_role("button", name="Record clearance")).to_have_count(0)
    walk_safety(page, yes=("C2",))
    expect(page.get_by_role("heading", name="Please get checked before you start")).to_be_visible()
    record_clearance(page)


def test_no_to_every_question_is_warned_at_m1_and_can_be_answered_again(open_page, screenshots):
    page = open_page("/safety/", width=390, height=844).page
    for _ in range(3):  # M1 is in the last group
        answer_this_step(page)
        next_step(page)
    note = page.locator("#q-M1 .exception-note")
    expect(note).to_have_text(EXCEPTION_NOTE)
    expect(page.locator("#q-M1")).to_contain_text("No, it stays the same whatever I do")
    page.locator("#q-M1").screenshot(path=str(screenshots / "safety-m1-390.png"))
    walk_safety(page, no=("M1",))
    expect(page.get_by_text("You answered No to", exact=False)).to_be_visible()
    page.get_by_role("link", name="take the safety check again").click()
    walk_safety(page)
    expect(page.get_by_role("heading", name="You can start, gently")).to_be_visible()


def test_pain_on_effort_can_be_cleared_by_a_doctor_who_knows_it(open_page, screenshots):
    page = open_page("/safety/", width=390, height=844).page
    walk_safety(page, yes=("U3",))
    expect(page.get_by_role("heading", name="Please contact a doctor today")).to_be_visible()
    page.screenshot(path=str(screenshots / "safety-urgent-history-390.png"), full_page=True)
    record_clearance(page)
    page.get_by_role("link", name="Next: your self-assessment").click()
    expect(page.get_by_role("heading", name="Your self-assessment")).to_be_visible()


def test_a_dizziness_stop_locks_the_plan_until_the_safety_check_is_taken_again(
    open_page, live_scapula
):
    page = open_page("/").page
    make_ready(page, live_scapula)
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    headers = {"X-CSRFToken": token, "Referer": live_scapula.url("/")}
    now = datetime.now(UTC).isoformat()
    session = {
        "key": "dizzy-stop-1",
        "started_at": now,
        "ended_at": now,
        "status": "stopped",
        "exercises": [
            {"exercise": "wall-neck-side-bend", "status": "stopped", "stop_reason": "dizziness"}
        ],
    }
    assert page.request.post(live_scapula.url("/api/sessions"), data=session, headers=headers).ok
    page.goto(live_scapula.url("/plan/"))
    expect(page.get_by_role("heading", name="Safety first")).to_be_visible()
    expect(page.get_by_text("numbness, pins and needles or dizziness", exact=False)).to_be_visible()
    page.get_by_role("link", name="Take the safety check again").click()
    walk_safety(page)
    expect(page.get_by_role("heading", name="You can start, gently")).to_be_visible()
    page.goto(live_scapula.url("/plan/"))
    expect(page.get_by_role("heading", name="Your plan")).to_be_visible()
