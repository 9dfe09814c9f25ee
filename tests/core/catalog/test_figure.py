"""The figure: filled body shapes, a true mirror, distinct start and end, readable by all."""

import math
import re
from xml.etree import ElementTree

import pytest

from scapula.catalog import shipped_catalog
from scapula.core.catalog.body import body_parts, placement
from scapula.core.catalog.demo_svg import (
    render_animation,
    render_end,
    render_start,
    render_still,
    side_name,
)
from scapula.core.catalog.kinematics import keyframe_pose
from scapula.core.catalog.positions import end_index, worked_side

from .helpers import make_exercise

SVG = "{http://www.w3.org/2000/svg}"
CATALOG = shipped_catalog()
ALL = [CATALOG.get(i) for i in CATALOG.ids]
ONE_SIDED = [e for e in ALL if e.dose.per_side]


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)  # noqa: S314 - our own SVG


def body_paths(root: ElementTree.Element) -> list[ElementTree.Element]:
    """Return every path drawn inside the figure's body parts."""
    return [
        path
        for group in root.iter(f"{SVG}g")
        if "fig-part" in group.get("class", "").split()
        for path in group.iter(f"{SVG}path")
    ]


def numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_every_shipped_figure_renders_as_well_formed_svg(exercise):
    for svg in (
        render_animation(exercise),
        render_animation(exercise, mirrored=True),
        render_start(exercise),
        render_end(exercise, mirrored=True),
        *(render_still(exercise, i) for i in range(len(exercise.demo.keyframes))),
    ):
        root = parse(svg)
        assert root.find(f"{SVG}title").text
        assert root.find(f"{SVG}desc").text
        assert root.get("role") == "img"


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_the_body_is_filled_shapes_not_stroked_lines(exercise):
    for svg in (render_animation(exercise), render_start(exercise)):
        root = parse(svg)
        paths = body_paths(root)
        assert len(paths) >= 16  # two arms, two legs, torso, head: several shapes each
        assert all(p.get("fill", "none") not in ("none", "") for p in paths)
        assert not list(root.iter(f"{SVG}polyline"))
        assert not list(root.iter(f"{SVG}line"))


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_start_and_end_are_different_positions(exercise):
    demo = exercise.demo
    start = keyframe_pose(demo.keyframes, demo.view, 0)
    end = keyframe_pose(demo.keyframes, demo.view, end_index(demo))
    assert max(math.dist(start.joints[j], end.joints[j]) for j in start.joints) > 2
    assert render_start(exercise) != render_end(exercise)


def test_the_end_is_the_earliest_position_that_reaches_furthest():
    back_extension = CATALOG.get("back-extension")
    assert end_index(back_extension.demo) == 2  # the lift, not the hold just after it


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_the_mirrored_figure_is_the_reflection_of_the_unmirrored_one(exercise):
    plain, mirrored = parse(render_start(exercise)), parse(render_start(exercise, mirrored=True))
    plain_scene = plain.find(f"{SVG}g")
    mirrored_scene = mirrored.find(f"{SVG}g")
    assert plain_scene.get("transform") is None
    assert mirrored_scene.get("transform") == "matrix(-1 0 0 1 200 0)"
    assert ElementTree.tostring(plain_scene.find(f"{SVG}g")) == ElementTree.tostring(
        mirrored_scene.find(f"{SVG}g")
    )
    assert len(plain_scene) == len(mirrored_scene)


def test_the_still_start_is_inside_the_animation_for_reduced_motion():
    root = parse(render_animation(CATALOG.get("cat-cow")))
    resting = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "fig-resting")
    moving = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "fig-moving")
    assert resting.get("display") == "none"  # shown only by the reduced-motion stylesheet
    assert not list(resting.iter(f"{SVG}animate")) + list(resting.iter(f"{SVG}animateTransform"))
    assert list(moving.iter(f"{SVG}animateTransform"))


def test_the_start_shows_where_the_move_goes():
    start = parse(render_start(CATALOG.get("standing-band-row")))
    classes = {g.get("class") for g in start.iter(f"{SVG}g")}
    assert {"fig-ghost", "fig-arrow"} <= classes


def test_rigid_pieces_drawn_locally_land_where_the_still_draws_them():
    exercise = CATALOG.get("single-arm-row")
    pose = keyframe_pose(exercise.demo.keyframes, "side", 1)
    local, placed = body_parts(pose, "side", local=True), body_parts(pose, "side")
    arm = next(p for p in local if p.name == "near-arm").pieces[1]
    (ox, oy), degrees = placement(pose, arm)
    turn = math.radians(degrees)
    x, y = numbers(arm.shapes[0].d)[:2]
    moved = (
        ox + x * math.cos(turn) - y * math.sin(turn),
        oy + x * math.sin(turn) + y * math.cos(turn),
    )
    expected = numbers(next(p for p in placed if p.name == "near-arm").pieces[1].shapes[0].d)[:2]
    assert math.dist(moved, expected) < 0.2


def test_one_sided_figures_are_named_by_the_side_they_work():
    row = CATALOG.get("single-arm-row")  # the near arm rows: the figure's left
    assert worked_side(row.demo) == "left"
    assert side_name(row, mirrored=False) == "Left side"
    assert side_name(row, mirrored=True) == "Right side"
    stretch = CATALOG.get("wall-neck-side-bend")  # the far hand reaches down: its right
    assert side_name(stretch, mirrored=False) == "Right side"


@pytest.mark.parametrize("exercise", ONE_SIDED, ids=lambda e: e.id)
def test_a_one_sided_still_says_its_side_to_screen_readers(exercise):
    title = parse(render_end(exercise, mirrored=True)).find(f"{SVG}title").text
    assert side_name(exercise, mirrored=True).lower() in title


def test_a_still_has_no_animation_and_a_made_up_exercise_renders():
    exercise = make_exercise()
    assert "<animate" not in render_start(exercise)
    assert "<animate" not in render_end(exercise)
    assert "Arm back" in render_end(exercise)
