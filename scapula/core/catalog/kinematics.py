"""A 2D stick figure: segment directions in, joint positions out, and smooth in-betweens.

Every segment has an absolute direction in degrees: 0 points up, 90 points the way the
figure faces (right on screen), 180 points down, 270 points behind. Authors therefore
write "trunk 60" for a forward hinge and "upper_arm_near 180" for a hanging arm.
"""

import math
from dataclasses import dataclass

from scapula.core.catalog.model import Keyframe

VIEWS = ("side", "front")

# segment: (from joint, to joint, length)
SEGMENTS: dict[str, tuple[str, str, float]] = {
    "lower_trunk": ("hip", "mid", 20.0),
    "upper_trunk": ("mid", "neck", 22.0),
    "head": ("neck", "head", 12.0),
    "upper_arm_near": ("shoulder_near", "elbow_near", 22.0),
    "forearm_near": ("elbow_near", "wrist_near", 20.0),
    "upper_arm_far": ("shoulder_far", "elbow_far", 22.0),
    "forearm_far": ("elbow_far", "wrist_far", 20.0),
    "thigh_near": ("hip_near", "knee_near", 32.0),
    "shin_near": ("knee_near", "ankle_near", 30.0),
    "foot_near": ("ankle_near", "toe_near", 9.0),
    "thigh_far": ("hip_far", "knee_far", 32.0),
    "shin_far": ("knee_far", "ankle_far", 30.0),
    "foot_far": ("ankle_far", "toe_far", 9.0),
}
JOINTS = tuple(
    dict.fromkeys(
        [
            "hip",
            "mid",
            "neck",
            "head",
            "shoulder_near",
            "shoulder_far",
            "hip_near",
            "hip_far",
            *(seg[1] for seg in SEGMENTS.values()),
        ]
    )
)
HEAD_RADIUS = 8.0
# Sideways offsets of shoulders and hips from the spine, in the front view only.
_FRONT_SHOULDER = 10.0
_FRONT_HIP = 6.0

# How far the face is turned from straight ahead, -90 (figure's right) to 90 (its left):
# the front view shows it by moving the nose; it is not a segment.
HEAD_TURN = "head_turn"
POSE_KEYS = (*SEGMENTS, HEAD_TURN)

STANDING: dict[str, dict[str, float]] = {
    "side": {
        "lower_trunk": 0,
        "upper_trunk": 0,
        "head": 0,
        "upper_arm_near": 180,
        "forearm_near": 180,
        "upper_arm_far": 180,
        "forearm_far": 180,
        "thigh_near": 180,
        "shin_near": 180,
        "foot_near": 90,
        "thigh_far": 180,
        "shin_far": 180,
        "foot_far": 90,
        HEAD_TURN: 0,
    },
    "front": {
        "lower_trunk": 0,
        "upper_trunk": 0,
        "head": 0,
        "upper_arm_near": 170,
        "forearm_near": 180,
        "upper_arm_far": 190,
        "forearm_far": 180,
        "thigh_near": 178,
        "shin_near": 180,
        "foot_near": 120,
        "thigh_far": 182,
        "shin_far": 180,
        "foot_far": 240,
        HEAD_TURN: 0,
    },
}

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Pose:
    """Joint positions of the figure at one moment."""

    joints: dict[str, Point]


def _step(origin: Point, degrees: float, length: float) -> Point:
    """Return the point `length` away from origin in the given direction."""
    radians = math.radians(degrees)
    return origin[0] + math.sin(radians) * length, origin[1] - math.cos(radians) * length


def solve(angles: dict[str, float], view: str, root: Point = (0.0, 0.0)) -> Pose:
    """Place every joint from segment directions, with the hip at root."""
    joints: dict[str, Point] = {"hip": root}
    joints["mid"] = _step(root, angles["lower_trunk"], SEGMENTS["lower_trunk"][2])
    joints["neck"] = _step(joints["mid"], angles["upper_trunk"], SEGMENTS["upper_trunk"][2])
    joints["head"] = _step(joints["neck"], angles["head"], SEGMENTS["head"][2])
    joints["face"] = _face(joints["head"], angles, view)
    _place_girdles(joints, angles, view)
    for name, (start, end, length) in SEGMENTS.items():
        if end not in joints:
            joints[end] = _step(joints[start], angles[name], length)
    return Pose(joints)


def _face(head: Point, angles: dict[str, float], view: str) -> Point:
    """Place the face mark: ahead of the head in the side view, the nose in the front view."""
    if view == "side":
        return _step(head, angles["head"] + 90, HEAD_RADIUS * 0.5)
    turn = math.radians(max(-90.0, min(90.0, angles.get(HEAD_TURN, 0.0))))
    across = _step(head, angles["head"] + 90, -math.sin(turn) * HEAD_RADIUS * 0.6)
    return _step(across, angles["head"] + 180, HEAD_RADIUS * 0.15)


def _place_girdles(joints: dict[str, Point], angles: dict[str, float], view: str) -> None:
    """Put shoulders and hips on the spine (side view) or either side of it (front view)."""
    shoulder_offset = _FRONT_SHOULDER if view == "front" else 0.0
    hip_offset = _FRONT_HIP if view == "front" else 0.0
    across = angles["upper_trunk"] + 90
    below_neck = _step(joints["neck"], angles["upper_trunk"] + 180, 3.0)
    joints["shoulder_near"] = _step(below_neck, across, shoulder_offset)
    joints["shoulder_far"] = _step(below_neck, across, -shoulder_offset)
    hip_across = angles["lower_trunk"] + 90
    joints["hip_near"] = _step(joints["hip"], hip_across, hip_offset)
    joints["hip_far"] = _step(joints["hip"], hip_across, -hip_offset)


def posed(keyframe_angles: dict[str, float], view: str, anchor: str, at: Point) -> Pose:
    """Solve a pose and move it so that the anchor joint sits at the given point."""
    free = solve(keyframe_angles, view)
    ax, ay = free.joints[anchor]
    return solve(keyframe_angles, view, (at[0] - ax, at[1] - ay))


def full_angles(keyframes: tuple[Keyframe, ...], view: str) -> list[dict[str, float]]:
    """Return each keyframe's complete angles, unspecified ones carried from the one before."""
    current = dict(STANDING[view])
    result = []
    for keyframe in keyframes:
        current = {**current, **dict(keyframe.angles)}
        result.append(dict(current))
    return result


def _ease(fraction: float) -> float:
    """Smoothstep: slow out of one position and slow into the next."""
    return fraction * fraction * (3 - 2 * fraction)


def _turn(start: float, end: float, fraction: float) -> float:
    """Interpolate an angle the short way round."""
    delta = (end - start + 180) % 360 - 180
    return start + delta * fraction


def frames(keyframes: tuple[Keyframe, ...], view: str, count: int) -> list[Pose]:
    """Sample `count` evenly spaced poses over one loop that returns to the first keyframe."""
    angles = full_angles(keyframes, view)
    return [_pose_at(keyframes, angles, view, index / count) for index in range(count)]


def pose_at(keyframes: tuple[Keyframe, ...], view: str, time: float) -> Pose:
    """Return the in-between pose at a loop time in [0, 1)."""
    return _pose_at(keyframes, full_angles(keyframes, view), view, time % 1.0)


def _pose_at(
    keyframes: tuple[Keyframe, ...], angles: list[dict[str, float]], view: str, time: float
) -> Pose:
    """Return the in-between pose at a loop time in [0, 1)."""
    index = max(i for i, keyframe in enumerate(keyframes) if keyframe.at <= time)
    after = (index + 1) % len(keyframes)
    start_at = keyframes[index].at
    end_at = keyframes[after].at if after else 1.0
    span = end_at - start_at
    fraction = _ease((time - start_at) / span) if span > 0 else 0.0
    blend = {name: _turn(angles[index][name], angles[after][name], fraction) for name in POSE_KEYS}
    first, second = keyframes[index], keyframes[after]
    if first.anchor == second.anchor:
        point = _mix(first.anchor_at, second.anchor_at, fraction)
        return posed(blend, view, first.anchor, point)
    root_first = posed(angles[index], view, first.anchor, first.anchor_at).joints["hip"]
    root_second = posed(angles[after], view, second.anchor, second.anchor_at).joints["hip"]
    return solve(blend, view, _mix(root_first, root_second, fraction))


def _mix(a: Point, b: Point, fraction: float) -> Point:
    """Interpolate between two points."""
    return a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction


def keyframe_pose(keyframes: tuple[Keyframe, ...], view: str, index: int) -> Pose:
    """Return the exact pose of one keyframe."""
    angles = full_angles(keyframes, view)[index]
    keyframe = keyframes[index]
    return posed(angles, view, keyframe.anchor, keyframe.anchor_at)
