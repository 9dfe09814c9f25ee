"""The library, exercise, driver and muscle pages."""

import pytest

from scapula.catalog import shipped_catalog
from scapula.core.drivers import DRIVERS

ALL_IDS = shipped_catalog().ids


def text_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_the_library_lists_every_exercise_and_self_test(phone):
    page = text_of(phone.get("/exercises/"))
    for exercise_id in ALL_IDS:
        assert f'href="/exercises/{exercise_id}/"' in page


def test_the_library_filters_by_driver(phone):
    page = text_of(phone.get("/exercises/", {"driver": "levator_scapulae"}))
    chosen = {e.id for e in shipped_catalog().select(driver="levator_scapulae")}
    for exercise_id in ALL_IDS:
        assert (f'href="/exercises/{exercise_id}/"' in page) == (exercise_id in chosen)


def test_the_library_filters_by_equipment_you_do_not_need(phone):
    page = text_of(phone.get("/exercises/", {"equipment": "none"}))
    assert 'href="/exercises/bent-over-isometric-row/"' in page
    assert 'href="/exercises/pull-up/"' not in page


def test_the_library_searches_names_and_aliases(phone):
    page = text_of(phone.get("/exercises/", {"q": "corner"}))
    assert 'href="/exercises/corner-upper-back-stretch/"' in page
    assert 'href="/exercises/plank/"' not in page


def test_an_unknown_filter_is_named_and_the_valid_ones_still_apply(phone):
    page = text_of(phone.get("/exercises/", {"driver": "gravity", "equipment": "none"}))
    assert "Reason it hurts: Select a valid choice." in page
    assert 'href="/exercises/bent-over-isometric-row/"' in page
    assert 'href="/exercises/pull-up/"' not in page


@pytest.mark.parametrize("exercise_id", ALL_IDS)
def test_every_exercise_page_shows_demo_steps_stop_rules_and_sources(phone, exercise_id):
    page = text_of(phone.get(f"/exercises/{exercise_id}/"))
    exercise = shipped_catalog().get(exercise_id)
    assert "<animate" in page
    assert exercise.steps[0].replace("'", "&#x27;") in page
    assert "Stop this exercise if" in page
    assert "Stop and get help if" in page
    assert "Sources" in page


def test_a_video_exercise_links_to_its_moment(phone):
    page = text_of(phone.get("/exercises/wall-neck-side-bend/"))
    assert 'href="https://youtu.be/3SoCJ1sUUYc?t=617"' in page
    assert "watch at 10:17" in page


def test_the_corner_stretch_page_lists_its_three_hand_heights(phone):
    page = text_of(phone.get("/exercises/corner-upper-back-stretch/"))
    for position in shipped_catalog().get("corner-upper-back-stretch").dose.positions:
        assert position in page


def test_the_other_side_is_shown_mirrored(phone):
    page = text_of(phone.get("/exercises/can-openers/", {"side": "other"}))
    assert 'class="fig demo-motion"' in page
    animation = page[page.index('class="fig demo-motion"') :]
    assert animation.index("matrix(-1 0 0 1 200 0)") < animation.index("</svg>")
    assert "Right side, moving." in page
    assert '<a href="?">Show the other side moving</a>' in page


def test_the_exercise_page_shows_the_animation_and_labelled_start_and_end(phone):
    page = text_of(phone.get("/exercises/cat-cow/"))
    assert page.count("<svg") >= 3
    assert 'class="fig demo-motion"' in page
    assert 'class="fig demo-still start"' in page
    assert 'class="fig demo-still end"' in page
    assert "<strong>Start</strong>" in page
    assert "<strong>End</strong>" in page
    assert "Left side" not in page
    assert "scapula/figure" in page


def test_a_one_sided_exercise_shows_start_and_end_for_each_side(phone):
    page = text_of(phone.get("/exercises/single-arm-row/"))
    assert "<h3>Left side</h3>" in page
    assert "<h3>Right side</h3>" in page
    assert page.count('class="fig demo-still start"') == 2
    assert page.count('class="fig demo-still end"') == 2
    assert "Single-arm dumbbell row, right side: end position" in page


def test_an_unknown_exercise_is_a_404_page(phone):
    response = phone.get("/exercises/handstand/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("driver", DRIVERS, ids=lambda d: d.id)
def test_each_driver_page_states_its_caveat_and_exercises(phone, driver):
    page = text_of(phone.get(f"/why-it-hurts/{driver.id}/"))
    assert "How sure is this?" in page
    assert driver.caveat[:40] in page
    first = shipped_catalog().select(driver=driver.id)[0]
    assert f'href="/exercises/{first.id}/"' in page


def test_the_muscles_page_describes_the_upper_back_muscles(phone):
    page = text_of(phone.get("/muscles/"))
    for name in (
        "Trapezius",
        "Rhomboids",
        "Levator scapulae",
        "Latissimus dorsi",
        "Teres major and minor",
        "Serratus anterior",
    ):
        assert name in page
