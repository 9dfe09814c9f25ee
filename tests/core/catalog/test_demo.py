"""Demos: the figure keeps its proportions, stays anchored, loops, mirrors, has text."""

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from scapula.core.catalog.demo_svg import alt_text, render_animation, render_still
from scapula.core.catalog.kinematics import SEGMENTS, frames, keyframe_pose, pose_at, solve

from .helpers import make_exercise

EXERCISE = make_exercise()
angles = st.fixed_dictionaries({name: st.floats(-360, 360) for name in SEGMENTS})


def distance(a, b):
    return math.dist(a, b)


@given(angles, st.sampled_from(["side", "front"]))
def test_every_pose_keeps_the_segment_lengths(pose_angles, view):
    pose = solve(pose_angles, view)
    for start, end, length in SEGMENTS.values():
        assert math.isclose(distance(pose.joints[start], pose.joints[end]), length, abs_tol=1e-6)


def test_the_anchored_joint_stays_put_through_the_loop():
    for pose in frames(EXERCISE.demo.keyframes, "side", 30):
        assert distance(pose.joints["ankle_near"], (100, 137)) < 1e-6


def test_the_loop_starts_at_the_first_key_position():
    first = keyframe_pose(EXERCISE.demo.keyframes, "side", 0)
    assert pose_at(EXERCISE.demo.keyframes, "side", 0.0).joints == first.joints


def test_the_figure_moves_between_key_positions():
    start = pose_at(EXERCISE.demo.keyframes, "side", 0.0)
    middle = pose_at(EXERCISE.demo.keyframes, "side", 0.5)
    assert distance(start.joints["wrist_near"], middle.joints["wrist_near"]) > 5


def test_the_animation_loops_forever_over_the_demo_length():
    svg = render_animation(EXERCISE)
    assert 'repeatCount="indefinite"' in svg
    assert 'dur="4s"' in svg
    near_arm = svg[svg.index('class="fig-part fig-near-arm"') :]
    near_arm = near_arm[: near_arm.index("</g></g></g>")]
    turns = re.findall(r'type="rotate"[^>]*values="([^"]+)"', near_arm)
    values = max((t.split(";") for t in turns), key=lambda v: len(set(v)))
    assert values[0] == values[-1]
    assert len(set(values)) > 10


def test_the_animation_has_a_title_and_a_text_alternative():
    svg = render_animation(EXERCISE)
    assert 'role="img"' in svg
    assert "<title" in svg
    assert "Standing; then Arm back" in svg


def test_the_generated_alternative_lists_the_key_positions_in_order():
    assert alt_text(EXERCISE) == (
        "A figure demonstrates Test squeeze: Standing; then Arm back; and repeats."
    )


def test_mirroring_flips_the_scene_for_the_other_side():
    assert 'transform="matrix(-1 0 0 1 200 0)"' in render_animation(EXERCISE, mirrored=True)
    assert "matrix(-1" not in render_animation(EXERCISE)


def test_a_still_shows_one_key_position_without_animation():
    still = render_still(EXERCISE, 1)
    assert "<animate" not in still
    assert "Arm back" in still
