"""Walk the stepped safety check in Chromium, one group of questions at a time."""

from playwright.sync_api import expect

SEE_RESULT = "See what my answers mean"


def answer_this_step(page, *, yes=(), no=()):
    """Answer every question on the step: M1 yes, the rest no, unless listed."""
    for group in page.locator(".question").all():
        question_id = group.get_attribute("id").removeprefix("q-")
        says_yes = question_id in yes or (question_id == "M1" and question_id not in no)
        group.locator(f"input[value={'yes' if says_yes else 'no'}]").check()


def next_step(page):
    """Press the step's forward button (Next, or Next: check your answers)."""
    page.locator(".step-actions .primary").click()
    page.wait_for_load_state()


def walk_safety(page, *, yes=(), no=()):
    """Answer each step in turn and submit from the review."""
    while not page.get_by_role("button", name=SEE_RESULT).count():
        expect(page.locator(".step-count")).to_be_visible()
        answer_this_step(page, yes=yes, no=no)
        next_step(page)
    page.get_by_role("button", name=SEE_RESULT).click()
