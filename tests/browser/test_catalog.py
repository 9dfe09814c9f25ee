"""Catalog pages in Chromium: every demonstration moves, phone-width screenshots, reduced motion."""

from urllib.parse import urlsplit

import pytest

from scapula.catalog import shipped_catalog

pytestmark = pytest.mark.browser

# The figure's pose: where every moving piece of the body currently is.
POSE_SIGNATURE = """
(t) => {
  const svg = document.querySelector('svg.demo-motion');
  svg.pauseAnimations();
  svg.setCurrentTime(t);
  return [...svg.querySelectorAll('.fig-moving path')].map((shape) => {
    const m = shape.getCTM();
    return [m.a, m.b, m.e, m.f].map((n) => n.toFixed(1)).join(',');
  }).join('|');
}
"""


@pytest.mark.parametrize("exercise_id", shipped_catalog().ids)
def test_each_exercise_page_animates_its_figure(open_page, screenshots, exercise_id):
    exercise = shipped_catalog().get(exercise_id)
    watched = open_page(f"/exercises/{exercise_id}/", width=390, height=844)
    folder = screenshots / "exercises"
    folder.mkdir(exist_ok=True)
    watched.page.screenshot(path=str(folder / f"{exercise_id}.png"), full_page=True)
    assert watched.console_errors == []
    moments = [keyframe.at * exercise.demo.seconds for keyframe in exercise.demo.keyframes]
    poses = {watched.page.evaluate(POSE_SIGNATURE, moment) for moment in moments}
    assert len(poses) >= 2


def test_the_library_loads_without_errors_or_other_hosts(open_page, live_scapula, screenshots):
    watched = open_page("/exercises/", width=390, height=844)
    watched.page.screenshot(path=str(screenshots / "library-390.png"), full_page=True)
    assert watched.console_errors == []
    assert watched.hosts == {urlsplit(live_scapula.base_url).netloc}


def test_reduced_motion_stills_the_animation_and_keeps_the_key_positions(chromium, live_scapula):
    context = chromium.new_context(reduced_motion="reduce", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_scapula.url("/exercises/cat-cow/"))
    assert not page.locator("svg.demo-motion .fig-moving").is_visible()
    assert page.locator("svg.demo-motion .fig-resting").is_visible()
    stills = page.locator(".fig-pair svg")
    assert stills.count() == 2
    assert stills.first.is_visible()
    context.close()


def test_the_library_filter_form_works_without_javascript(open_page):
    page = open_page("/exercises/").page
    page.click("summary")
    page.select_option("#id_driver", "serratus_anterior")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "driver=serratus_anterior" in page.url
    assert page.locator(".exercise-card").count() >= 1
