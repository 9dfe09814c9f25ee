"""Catalog pages in Chromium: every demonstration moves, phone-width screenshots, reduced motion."""

from urllib.parse import urlsplit

import pytest

from scapula.catalog import shipped_catalog

pytestmark = pytest.mark.browser

# The figure's pose: every limb's current points, and where the head and face are.
POSE_SIGNATURE = """
(t) => {
  const svg = document.querySelector('svg.demo-motion');
  svg.pauseAnimations();
  svg.setCurrentTime(t);
  const limbs = [...svg.querySelectorAll('polyline.limb')].map(
    (p) => [...p.animatedPoints].map((pt) => pt.x.toFixed(1) + ',' + pt.y.toFixed(1)).join(' '));
  const circles = [...svg.querySelectorAll('circle.head, circle.face')].map(
    (c) => c.cx.animVal.value.toFixed(1) + ',' + c.cy.animVal.value.toFixed(1));
  return limbs.join('|') + '|' + circles.join('|');
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


def test_reduced_motion_hides_the_animation_and_keeps_the_key_positions(chromium, live_scapula):
    context = chromium.new_context(reduced_motion="reduce", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_scapula.url("/exercises/cat-cow/"))
    assert not page.locator("svg.demo-motion").is_visible()
    stills = page.locator("ol.stills svg")
    assert stills.count() >= 2
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
