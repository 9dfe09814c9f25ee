"""The exercise figure in Chromium: visible on the exercise and break pages, light and dark."""

import pytest

from tests.browser.conftest import make_ready

pytestmark = pytest.mark.browser

# Exercises that show a wall, the floor, a band and one side at a time.
SHOWN = ("wall-splat", "back-extension", "standing-band-row", "single-arm-row")


def figure_box(page, selector: str) -> dict:
    """Return the bounding box of the drawn body inside the first matching SVG."""
    return page.locator(f"{selector} .fig-part").first.bounding_box()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("exercise_id", SHOWN)
def test_the_figures_are_visible_on_the_exercise_page(
    chromium, live_scapula, screenshots, exercise_id, width, scheme
):
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(live_scapula.url(f"/exercises/{exercise_id}/"))
    demonstration = page.locator(".demonstration")
    folder = screenshots / "figures"
    folder.mkdir(exist_ok=True)
    demonstration.screenshot(path=str(folder / f"{exercise_id}-{width}-{scheme}.png"))
    for selector in ("svg.demo-motion .fig-moving", ".fig-pair li:first-child svg"):
        box = figure_box(page, selector)
        assert box is not None
        assert box["width"] > 5
        assert box["height"] > 5
    assert page.get_by_text("Start", exact=True).first.is_visible()
    assert page.get_by_text("End", exact=True).first.is_visible()
    # The dark scheme repaints the backdrop; the light one keeps the SVG's own colour.
    backdrop = page.locator("svg.demo-motion .fig-backdrop").evaluate(
        "(r) => getComputedStyle(r).fill"
    )
    assert (backdrop == "rgb(243, 247, 245)") == (scheme == "light")
    context.close()


def test_a_one_sided_exercise_shows_both_sides_side_by_side(open_page):
    page = open_page("/exercises/single-arm-row/", width=1280).page
    left = page.get_by_role("heading", name="Left side").bounding_box()
    right = page.get_by_role("heading", name="Right side").bounding_box()
    assert left["y"] == right["y"]
    assert left["x"] < right["x"]


def test_the_break_page_shows_the_figure(chromium, live_scapula, screenshots):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    make_ready(page, live_scapula)
    page.goto(live_scapula.url("/break/?kind=micro"))
    box = figure_box(page, ".break-demo svg .fig-moving")
    page.screenshot(path=str(screenshots / "figures" / "break-390.png"))
    assert box is not None
    assert box["width"] > 5
    assert box["height"] > 5
    context.close()
