"""The start and end positions of a demonstration, the part that moves most, and its path."""

import math

from scapula.core.catalog.kinematics import Point, Pose, keyframe_pose, pose_at
from scapula.core.catalog.model import Demo

# Joints whose travel is worth an arrow: the ends of the limbs and the head.
TRACKED = (
    "wrist_near",
    "wrist_far",
    "elbow_near",
    "elbow_far",
    "head",
    "neck",
    "hip",
    "knee_near",
    "knee_far",
    "ankle_near",
    "ankle_far",
)
# A key position this close to the furthest one counts as reaching it (the earliest wins).
_NEAR_ENOUGH = 0.9
# Travel shorter than this (scene units) needs no arrow.
MIN_TRAVEL = 6.0
_NEAR_CHAIN = ("wrist_near", "elbow_near", "knee_near", "ankle_near")
_FAR_CHAIN = ("wrist_far", "elbow_far", "knee_far", "ankle_far")


def start_index(demo: Demo) -> int:
    """Return the key position a repetition starts from: the first."""
    del demo
    return 0


def end_index(demo: Demo) -> int:
    """Return the key position furthest from the start (the earliest of the nearly furthest)."""
    start = keyframe_pose(demo.keyframes, demo.view, 0)
    spread = [
        _spread(start, keyframe_pose(demo.keyframes, demo.view, index))
        for index in range(len(demo.keyframes))
    ]
    furthest = max(spread)
    if furthest <= 0:
        return len(demo.keyframes) - 1
    return next(i for i, value in enumerate(spread) if i and value >= furthest * _NEAR_ENOUGH)


def moving_joint(demo: Demo) -> str:
    """Return the tracked joint that travels furthest from the start to the end position."""
    start = keyframe_pose(demo.keyframes, demo.view, start_index(demo))
    end = keyframe_pose(demo.keyframes, demo.view, end_index(demo))
    return max(TRACKED, key=lambda joint: math.dist(start.joints[joint], end.joints[joint]))


def motion_path(demo: Demo, joint: str, samples: int = 16) -> list[Point]:
    """Return the joint's positions along the loop from the start to the end position."""
    begin = demo.keyframes[start_index(demo)].at
    finish = demo.keyframes[end_index(demo)].at
    times = [begin + (finish - begin) * i / (samples - 1) for i in range(samples - 1)]
    points = [pose_at(demo.keyframes, demo.view, t).joints[joint] for t in times]
    points.append(keyframe_pose(demo.keyframes, demo.view, end_index(demo)).joints[joint])
    return points


def worked_side(demo: Demo) -> str:
    """Return the body side the unmirrored figure works, "left" or "right".

    The near limbs are the figure's left in both views (it faces right in the side view and
    faces the viewer in the front view), so whichever chain travels further names the side.
    """
    start = keyframe_pose(demo.keyframes, demo.view, start_index(demo))
    end = keyframe_pose(demo.keyframes, demo.view, end_index(demo))
    near = sum(math.dist(start.joints[j], end.joints[j]) for j in _NEAR_CHAIN)
    far = sum(math.dist(start.joints[j], end.joints[j]) for j in _FAR_CHAIN)
    return "right" if far > near * 1.5 else "left"


def _spread(a: Pose, b: Pose) -> float:
    """Return how far apart two poses are: the summed travel of the tracked joints."""
    return sum(math.dist(a.joints[j], b.joints[j]) for j in (*TRACKED, "face"))
