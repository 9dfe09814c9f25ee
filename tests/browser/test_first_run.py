"""Journey 1 in Chromium: safety check, self-assessment, plan, then today's first exercise."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def answer_every_question(page, *, yes=()):
    for group in page.locator(".question").all():
        question_id = group.get_attribute("id").removeprefix("q-")
        answer = "yes" if question_id in yes or question_id == "M1" else "no"
        group.locator(f"input[value={answer}]").check()


def test_a_new_person_goes_from_the_safety_check_to_todays_first_exercise(open_page, screenshots):
    page = open_page("/", width=390, height=844).page
    page.get_by_role("link", name="Start with the two-minute safety check").click()
    answer_every_question(page)
    page.get_by_role("button", name="See what my answers mean").click()
    expect(page.get_by_role("heading", name="You can start, gently")).to_be_visible()

    page.get_by_role("link", name="Next: your self-assessment").click()
    page.fill("#id_minutes_per_day", "12")
    for item in ("door_frame", "foam_roller"):  # a wall is always at hand, never asked
        page.locator(f"input[name=equipment][value={item}]").check()
    page.locator("input[name=pain_sites][value=between_shoulder_blades]").check()
    page.fill("#id_thoracic_rotation_left", "40")
    page.fill("#id_thoracic_rotation_right", "55")
    page.fill("#id_sitting_hours", "9")
    page.screenshot(path=str(screenshots / "assessment-390.png"), full_page=True)
    page.get_by_role("button", name="Build my plan").click()

    expect(page.get_by_role("heading", name="Your plan")).to_be_visible()
    page.screenshot(path=str(screenshots / "plan-390.png"), full_page=True)
    first = page.locator(".routine li h3 a").first
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
    expect(page.locator("svg.demo-motion")).to_be_visible()
