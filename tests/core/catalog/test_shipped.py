"""The shipped catalog: every file loads, every required entry is there, true to sources."""

import re

import pytest

from scapula.catalog import DATA_DIR, shipped_catalog
from scapula.core.catalog import parse_exercise
from scapula.core.catalog.demo_svg import render_animation

SOURCE_EXERCISES = (
    "bent-over-isometric-row",
    "segmental-thoracic-mobilization",
    "wall-neck-side-bend",
    "shoulder-extension-dissociation",
    "corner-upper-back-stretch",
    "rhomboid-push-up",
    "wall-splat",
    "can-openers",
    "eleven-fifteen-stretch",
    "bridge-and-reach-over",
)
STRENGTH_AND_YOGA = (
    "pull-up",
    "chin-up",
    "bent-over-row",
    "seated-row",
    "single-arm-row",
    "back-extension",
    "superman",
    "plank",
    "side-plank",
    "cat-cow",
    "cobra",
    "downward-dog",
    "deadlift",
)
SCAPULAR_STRENGTH = ("standing-band-row", "prone-y-t-raise", "serratus-wall-slide")
SELF_TESTS = (
    "thoracic-rotation-test",
    "neck-side-bend-test",
    "neck-rotation-test",
    "scapula-check-test",
)
VIDEO_MOMENTS = {
    "bent-over-isometric-row": 372,
    "segmental-thoracic-mobilization": 495,
    "wall-neck-side-bend": 617,
    "shoulder-extension-dissociation": 714,
}
FILES = sorted(DATA_DIR.glob("*.toml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_shipped_file_parses(path):
    assert parse_exercise(path.read_text(), file_name=path.name).id == path.stem


def test_the_catalog_holds_exactly_the_required_entries():
    catalog = shipped_catalog()
    exercises = {e.id for e in catalog.select(kind="exercise")}
    tests = {e.id for e in catalog.select(kind="self_test")}
    assert exercises == set(SOURCE_EXERCISES) | set(STRENGTH_AND_YOGA) | set(SCAPULAR_STRENGTH)
    assert tests == set(SELF_TESTS)


def test_the_isometric_row_is_five_two_second_holds_on_each_side():
    dose = shipped_catalog().get("bent-over-isometric-row").dose
    assert (dose.reps, dose.hold_seconds, dose.per_side) == (5, 2, True)


def test_the_corner_stretch_holds_30_seconds_at_three_hand_heights_and_stops_on_pain():
    stretch = shipped_catalog().get("corner-upper-back-stretch")
    assert stretch.dose.hold_seconds == 30
    assert len(stretch.dose.positions) == 3
    assert stretch.dose.per_side
    assert any("pain" in rule.lower() for rule in stretch.stop_rules)


def test_only_the_corner_stretch_stops_on_any_pain():
    stricter = [e.id for e in shipped_catalog().entries if e.stops_on_any_pain]
    assert stricter == ["corner-upper-back-stretch"]


def test_the_bridge_and_reach_over_is_suggested_daily():
    assert shipped_catalog().get("bridge-and-reach-over").dose.frequency == "daily"


def test_the_deadlift_carries_cautions():
    assert len(shipped_catalog().get("deadlift").cautions) >= 2


@pytest.mark.parametrize(("exercise_id", "seconds"), VIDEO_MOMENTS.items())
def test_video_exercises_link_to_their_moment(exercise_id, seconds):
    moments = [s.citation.seconds for s in shipped_catalog().get(exercise_id).sources]
    assert seconds in moments


@pytest.mark.parametrize("exercise_id", SOURCE_EXERCISES + STRENGTH_AND_YOGA + SELF_TESTS)
def test_every_entry_has_sources_stop_rules_and_a_moving_demo(exercise_id):
    entry = shipped_catalog().get(exercise_id)
    assert entry.sources
    assert entry.stop_rules
    svg = render_animation(entry)
    moving = re.findall(r'values="([^"]+)"', svg)
    assert any(len(set(values.split(";"))) > 2 for values in moving)


@pytest.mark.parametrize("exercise_id", SELF_TESTS)
def test_self_tests_record_a_measurement(exercise_id):
    assert shipped_catalog().get(exercise_id).measurement is not None
