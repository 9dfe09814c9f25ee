"""Desk-break reminders in Chromium: turned on with notification permission, a prompt at the
break time (the page clock is moved forward, never waited for), and the break page's demo."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from scapula.core.screening import QUESTION_IDS

pytestmark = pytest.mark.browser

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
# Every question answered so that nothing is raised (M1 is the one raised by No).
ALL_NO = {"answers": dict.fromkeys(QUESTION_IDS, False) | {"M1": True}}
MONDAY_9AM = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
# Notifications have no DOM; this stand-in keeps the real permission and shows each one as a
# button that runs the page's click handler, so the test can see and click it.
RECORD_NOTIFICATIONS = """
(() => {
  const Real = window.Notification;
  if (!Real) return;
  class Recorded {
    constructor(title, options) {
      this.onclick = null;
      const show = () => {
        const button = document.createElement("button");
        button.className = "test-notification";
        button.textContent = `${title} | ${(options || {}).body || ""}`;
        button.addEventListener("click", () => this.onclick && this.onclick());
        document.body.append(button);
      };
      if (document.body) show(); else addEventListener("DOMContentLoaded", show);
    }
    static get permission() { return Real.permission; }
    static requestPermission() { return Real.requestPermission(); }
  }
  window.Notification = Recorded;
})();
"""


@pytest.fixture
def worker(chromium, live_scapula):
    """A phone-sized page on the owner's machine, screened, with a plan, at 09:00 on a Monday."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, timezone_id="UTC")
    context.grant_permissions(["notifications"], origin=live_scapula.url(""))
    context.add_init_script(RECORD_NOTIFICATIONS)
    page = context.new_page()
    page.clock.install(time=MONDAY_9AM)
    page.goto(live_scapula.url("/safety/"))
    token = next(c["value"] for c in context.cookies() if c["name"] == "csrftoken")
    headers = {"X-CSRFToken": token, "Referer": live_scapula.url("/")}
    assert page.request.post(live_scapula.url("/api/screening"), data=ALL_NO, headers=headers).ok
    assert page.request.post(live_scapula.url("/api/plan"), data=EXAMPLE, headers=headers).ok
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, errors
    context.close()


def overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_a_break_prompt_appears_at_its_time_and_opens_the_break(worker, live_scapula, screenshots):
    page, errors = worker
    page.goto(live_scapula.url("/plan/"))
    page.get_by_role("link", name="Desk-break reminders").click()
    page.screenshot(path=str(screenshots / "reminders-settings-390.png"), full_page=True)
    assert overflow(page) == 0
    page.get_by_label("Remind me to take desk breaks").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").first).to_contain_text("Reminders are on.")
    expect(page.locator("#notify-status")).to_have_text("Notifications are allowed on this device.")

    page.goto(live_scapula.url("/plan/"))
    expect(page.locator("body")).to_have_attribute("data-reminders", "/api/reminders/today")
    expect(page.locator(".break-banner")).to_have_count(0)  # 09:00: nothing is due yet
    page.clock.fast_forward("20:30")
    notification = page.locator(".test-notification")
    expect(notification).to_contain_text("scapula: micro-break | 11:15 stretch: hold 15 s")
    expect(page.locator(".break-banner")).to_contain_text("Micro-break · 09:20")

    notification.click()
    expect(page.locator("h1")).to_have_text("Micro-break: 11:15 stretch")
    expect(page.locator("figure.break-demo svg")).to_be_visible()
    expect(page.locator("#break-countdown")).to_have_text("60")
    page.screenshot(path=str(screenshots / "break-page-390.png"), full_page=True)
    assert overflow(page) == 0

    page.get_by_role("button", name="Snooze 10 min").click()
    expect(page).to_have_url(live_scapula.url("/plan/"))
    expect(page.locator(".break-banner")).to_have_count(0)
    page.clock.fast_forward("10:30")
    expect(page.locator(".break-banner")).to_contain_text("Micro-break · 09:20")
    assert errors == []


def test_the_countdown_runs_down_and_says_when_the_break_is_over(worker, live_scapula):
    page, errors = worker
    page.goto(live_scapula.url("/break/?kind=micro&at=09:20"))
    expect(page.locator("#break-countdown")).to_have_text("60")
    page.clock.run_for(30_000)
    expect(page.locator("#break-countdown")).to_have_text("30")
    page.clock.run_for(31_000)
    expect(page.locator("#break-status")).to_contain_text("Time is up")
    assert errors == []
