"""Journey 1 in Chromium: safety check, self-assessment, plan, then today's first exercise."""

import pytest
from playwright.sync_api import expect

from tests.browser.stepping import SEE_RESULT, answer_this_step, next_step

pytestmark = pytest.mark.browser


def test_a_new_person_goes_from_the_safety_check_to_todays_first_exercise(
    open_page, live_scapula, screenshots
):
    page = open_page("/", width=390, height=844).page
    page.get_by_role("link", name="Start with the two-minute safety check").click()
    progress = page.get_by_role("progressbar", name="Safety check progress")
    for number in (1, 2):
        expect(page.locator(".step-count")).to_have_text(f"Step {number} of 5")
        expect(progress).to_have_attribute("value", str(number))
        page.screenshot(path=str(screenshots / f"safety-step-{number}-390.png"), full_page=True)
        answer_this_step(page)
        next_step(page)

    # Halfway through, the page is reloaded and the tab closed: nothing is lost.
    page.locator("#q-C3 input[value=no]").check()
    page.reload()
    expect(page.locator(".step-count")).to_have_text("Step 3 of 5")
    reopened = page.context.new_page()
    page.close()
    page = reopened
    page.goto(live_scapula.url("/safety/?step=2"))
    expect(page.locator("#q-U4 input[value=no]")).to_be_checked()
    next_step(page)
    for number in (3, 4):
        expect(page.locator(".step-count")).to_have_text(f"Step {number} of 5")
        page.screenshot(path=str(screenshots / f"safety-step-{number}-390.png"), full_page=True)
        answer_this_step(page)
        next_step(page)
    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    page.screenshot(path=str(screenshots / "safety-review-390.png"), full_page=True)
    page.get_by_role("button", name=SEE_RESULT).click()
    expect(page.get_by_role("heading", name="You can start, gently")).to_be_visible()

    page.get_by_role("link", name="Next: your self-assessment").click()
    expect(page.get_by_role("progressbar", name="Self-assessment progress")).to_be_visible()
    page.fill("#id_minutes_per_day", "12")
    for item in ("door_frame", "foam_roller"):  # a wall is always at hand, never asked
        page.locator(f"input[name=equipment][value={item}]").check()
    page.screenshot(path=str(screenshots / "assessment-step-1-390.png"), full_page=True)
    next_step(page)
    page.get_by_role("group", name="Can you kneel, or be on hands and knees?").get_by_label(
        "No"
    ).check()
    page.screenshot(path=str(screenshots / "assessment-step-2-390.png"), full_page=True)
    next_step(page)
    page.locator("input[name=pain_sites][value=between_shoulder_blades]").check()
    page.fill("#id_sitting_hours", "9")
    page.screenshot(path=str(screenshots / "assessment-step-3-390.png"), full_page=True)
    next_step(page)

    # A mistyped test result comes back naming the test and the side.
    page.fill("#id_thoracic_rotation_left", "400")
    page.fill("#id_thoracic_rotation_right", "55")
    next_step(page)
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Upper-back rotation test, left side")
    page.screenshot(path=str(screenshots / "assessment-step-error-390.png"))
    page.reload()  # the step is shown again with what was typed, not lost
    expect(page.locator("#id_thoracic_rotation_right")).to_have_value("55")
    page.fill("#id_thoracic_rotation_left", "40")
    page.screenshot(path=str(screenshots / "assessment-step-4-390.png"), full_page=True)
    next_step(page)

    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    expect(page.get_by_text("Door frame, Foam roller")).to_be_visible()
    page.screenshot(path=str(screenshots / "assessment-review-390.png"), full_page=True)
    page.get_by_role("button", name="Build my plan").click()

    expect(page.get_by_role("heading", name="Your plan")).to_be_visible()
    page.screenshot(path=str(screenshots / "plan-390.png"), full_page=True)
    first = page.locator(".routine li h3 a").first
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
    expect(page.locator("svg.demo-motion")).to_be_visible()
