"""Render a demonstration as SVG: a looping animation, or key positions as stills.

The figure is drawn from filled shapes (`body.py`) over a floor and filled props. Colours
are presentation attributes, so a still reads the same anywhere (a page, a handout); the
web's figure.css swaps them for dark mode and, under reduced motion, swaps the moving
figure inside an animation for the still start position that the same SVG carries.
"""

import math
from html import escape

from scapula.core.catalog.body import Part, Piece, body_parts, placement
from scapula.core.catalog.demo_parse import SCENE_HEIGHT, SCENE_WIDTH
from scapula.core.catalog.figure_palette import (
    ARROW,
    BACKDROP,
    GHOST,
    INK,
    SHADOW,
    TONE_FILLS,
    animate,
    unit,
)
from scapula.core.catalog.kinematics import Pose, frames, keyframe_pose, pose_at
from scapula.core.catalog.model import Demo, Exercise
from scapula.core.catalog.positions import (
    MIN_TRAVEL,
    end_index,
    motion_path,
    moving_joint,
    start_index,
    worked_side,
)
from scapula.core.catalog.props_svg import attached_props, static_props

FRAMES_PER_LOOP = 60
# The bending torso morphs through every second pose: smooth enough, and half the size.
MORPH_STEP = 2

# Which tracked joint's arrow sits outside the body, and how far.
ARROW_CLEARANCE = 7.0
SIDE_NAMES = {"left": "Left side", "right": "Right side"}
# Room around the figure's joints for its flesh and head, in scene units.
FRAME_MARGIN = 14.0
# Props that fit beside the figure and should stay in the frame (a wall as wide as the
# scene, behind a front view, does not count).
SMALL_PROPS = ("wall", "door_frame", "foam_roller", "yoga_block", "bench", "chair", "pull_up_bar")
CENTRED_PROPS = ("foam_roller", "yoga_block", "pull_up_bar")


def render_animation(exercise: Exercise, *, mirrored: bool = False, dom_id: str = "") -> str:
    """Return an SVG that loops the demonstration forever (mirrored for the other side).

    It also carries the still start position, hidden unless figure.css shows it instead
    of the motion for people who ask for reduced motion.
    """
    demo = exercise.demo
    poses = frames(demo.keyframes, demo.view, FRAMES_PER_LOOP)
    start = keyframe_pose(demo.keyframes, demo.view, start_index(demo))
    end = keyframe_pose(demo.keyframes, demo.view, end_index(demo))
    seconds = demo.seconds
    moving = (
        _shadow(demo, poses, seconds)
        + _figure(demo, poses, seconds)
        + attached_props(demo, poses, seconds, "near")
    )
    resting = _static_scene_figure(demo, start) + _arrow(demo)
    content = (
        static_props(demo)
        + _ghost(demo, end)
        + f'<g class="fig-moving">{moving}</g>'
        + f'<g class="fig-resting" display="none">{resting}</g>'
    )
    prefix = dom_id or f"demo-{exercise.id}" + ("-other" if mirrored else "")
    return _svg(demo, prefix, exercise.name, alt_text(exercise), content, mirrored, "demo-motion")


def render_still(
    exercise: Exercise, index: int, *, mirrored: bool = False, dom_id: str = ""
) -> str:
    """Return an SVG of one key position, labelled for screen readers."""
    demo = exercise.demo
    pose = keyframe_pose(demo.keyframes, demo.view, index)
    content = static_props(demo) + _static_scene_figure(demo, pose)
    prefix = dom_id or f"still-{exercise.id}-{index}" + ("-other" if mirrored else "")
    label = demo.keyframes[index].label
    title = f"{exercise.name}: position {index + 1}"
    return _svg(demo, prefix, title, label, content, mirrored, "demo-still")


def render_start(exercise: Exercise, *, mirrored: bool = False, dom_id: str = "") -> str:
    """Return the start position, with a faint end position and an arrow of the movement."""
    demo = exercise.demo
    index, other = start_index(demo), end_index(demo)
    return _key_position(exercise, index, other, "start", mirrored, dom_id, with_arrow=True)


def render_end(exercise: Exercise, *, mirrored: bool = False, dom_id: str = "") -> str:
    """Return the end position, with a faint start position behind it."""
    demo = exercise.demo
    index, other = end_index(demo), start_index(demo)
    return _key_position(exercise, index, other, "end", mirrored, dom_id, with_arrow=False)


def render_moment(exercise: Exercise, time: float) -> str:
    """Return an SVG of the in-between pose at a loop time in [0, 1) (for previews)."""
    demo = exercise.demo
    pose = pose_at(demo.keyframes, demo.view, time)
    content = static_props(demo) + _static_scene_figure(demo, pose)
    return _svg(
        demo, f"moment-{exercise.id}", exercise.name, f"at {time:.2f}", content, False, "demo-still"
    )


def alt_text(exercise: Exercise) -> str:
    """Return the text alternative: the author's, or the key positions in order."""
    if exercise.demo.alt:
        return exercise.demo.alt
    labels = "; then ".join(keyframe.label for keyframe in exercise.demo.keyframes)
    return f"A figure demonstrates {exercise.name}: {labels}; and repeats."


def side_name(exercise: Exercise, *, mirrored: bool) -> str:
    """Return "Left side" or "Right side": the side the (mirrored) figure works."""
    side = worked_side(exercise.demo)
    if mirrored:
        side = "right" if side == "left" else "left"
    return SIDE_NAMES[side]


def _key_position(
    exercise: Exercise,
    index: int,
    other: int,
    which: str,
    mirrored: bool,
    dom_id: str,
    *,
    with_arrow: bool,
) -> str:
    """Return a still of one key position over a ghost of the other one."""
    demo = exercise.demo
    pose = keyframe_pose(demo.keyframes, demo.view, index)
    ghost = keyframe_pose(demo.keyframes, demo.view, other)
    content = (
        static_props(demo)
        + _ghost(demo, ghost)
        + _static_scene_figure(demo, pose)
        + (_arrow(demo) if with_arrow else "")
    )
    side = f", {side_name(exercise, mirrored=mirrored).lower()}" if exercise.dose.per_side else ""
    title = f"{exercise.name}{side}: {which} position"
    prefix = dom_id or f"{which}-{exercise.id}" + ("-other" if mirrored else "")
    label = demo.keyframes[index].label
    return _svg(demo, prefix, title, label, content, mirrored, f"demo-still {which}")


def _svg(
    demo: Demo, prefix: str, title: str, desc: str, content: str, mirrored: bool, css: str
) -> str:
    """Wrap content in an accessible SVG element, mirrored around the centre if asked."""
    transform = f' transform="matrix(-1 0 0 1 {SCENE_WIDTH:g} 0)"' if mirrored else ""
    x, y, width, height = framing(demo)
    if mirrored:
        x = SCENE_WIDTH - x - width
    box = f'x="{x:g}" y="{y:g}" width="{width:g}" height="{height:g}"'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:g} {y:g} {width:g} {height:g}"'
        f' class="fig {css}" role="img" aria-labelledby="{prefix}-title {prefix}-desc">'
        f'<title id="{prefix}-title">{escape(title)}</title>'
        f'<desc id="{prefix}-desc">{escape(desc)}</desc>'
        f'<rect class="fig-backdrop" {box} fill="{BACKDROP}"/>'
        f'<g class="scene"{transform}>{content}</g></svg>'
    )


def framing(demo: Demo) -> tuple[float, float, float, float]:
    """Return the part of the scene to show: the figure over its whole loop and its props.

    The same frame for every view of one exercise, so start and end compare at a glance;
    never wider than 2:1 nor taller than square, and never outside the scene.
    """
    xs, ys = [], []
    for pose in frames(demo.keyframes, demo.view, 24):
        for x, y in pose.joints.values():
            xs.append(x)
            ys.append(y)
    left, right = min(xs) - FRAME_MARGIN, max(xs) + FRAME_MARGIN
    top, bottom = min(ys) - FRAME_MARGIN, max(ys) + FRAME_MARGIN
    for prop in demo.props:
        if prop.kind == "floor":
            bottom = max(bottom, prop.y + 6)
        elif prop.kind == "band" or (prop.kind in SMALL_PROPS and (prop.size or 0) <= 60):
            width = prop.size or 10
            start = prop.x - width / 2 if prop.kind in CENTRED_PROPS else prop.x
            left, right = min(left, start - 4), max(right, start + width + 4)
            if prop.kind == "band":
                top, bottom = min(top, prop.y - 6), max(bottom, prop.y + 6)
    width, height = right - left, bottom - top
    width, height = max(width, height), max(height, width / 2)
    width, height = min(width, SCENE_WIDTH), min(height, SCENE_HEIGHT)
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    x = min(max(centre_x - width / 2, 0.0), SCENE_WIDTH - width)
    y = min(max(centre_y - height / 2, 0.0), SCENE_HEIGHT - height)
    if bottom > y + height:  # keep the floor in view
        y = min(bottom - height, SCENE_HEIGHT - height)
    return round(x, 1), round(y, 1), round(width, 1), round(height, 1)


def _tone(part: Part, tone: str) -> str:
    """Return the tone of a shape: the darker variant on the far side of the body."""
    return f"{tone}-far" if part.side == "far" and f"{tone}-far" in TONE_FILLS else tone


def _part_group(part: Part, body: str) -> str:
    """Wrap a part's shapes in a group that outlines them in ink."""
    return (
        f'<g class="fig-part fig-{part.name}" stroke="{INK}" stroke-width="0.7" '
        f'stroke-linejoin="round">{body}</g>'
    )


def _figure(demo: Demo, poses: list[Pose], seconds: float) -> str:
    """Return the body moving through the sampled poses.

    Rigid pieces are drawn once and moved by animated transforms (small and exact);
    the torso, which bends, morphs its outline.
    """
    local = body_parts(poses[0], demo.view, local=True)
    sequences = [body_parts(pose, demo.view) for pose in poses]
    far_props = attached_props(demo, poses, seconds, "far")
    groups = []
    for index, part in enumerate(local):
        pieces = []
        for number, piece in enumerate(part.pieces):
            if piece.origin:
                pieces.append(_moving_piece(part, piece, poses, seconds))
                continue
            for which, shape in enumerate(piece.shapes):
                values = [parts[index].pieces[number].shapes[which].d for parts in sequences]
                tone = _tone(part, shape.tone)
                morph = animate("d", values[::MORPH_STEP], seconds) if len(set(values)) > 1 else ""
                pieces.append(
                    f'<path class="fig-{tone}" fill="{TONE_FILLS[tone]}" d="{values[0]}">'
                    f"{morph}</path>"
                )
        groups.append(_part_group(part, "".join(pieces)))
        if part.name == "far-arm":
            groups.append(far_props)
    return "".join(groups)


def _moving_piece(part: Part, piece: Piece, poses: list[Pose], seconds: float) -> str:
    """Return a rigid piece drawn at its origin, translated and turned through the poses."""
    placements = [placement(pose, piece) for pose in poses]
    moves = [f"{_number(x)} {_number(y)}" for (x, y), _ in [*placements, placements[0]]]
    shapes = "".join(
        f'<path class="fig-{_tone(part, s.tone)}" fill="{TONE_FILLS[_tone(part, s.tone)]}" '
        f'd="{s.d}"/>'
        for s in piece.shapes
    )
    inner = shapes
    if piece.toward:
        turns = _unwrapped([angle for _, angle in placements])
        inner = (
            f'<g transform="rotate({_number(turns[0])})">'
            f"{_animate_transform('rotate', [_number(t) for t in turns], seconds)}{shapes}</g>"
        )
    return (
        f'<g transform="translate({moves[0]})">'
        f"{_animate_transform('translate', moves, seconds)}{inner}</g>"
    )


def _number(value: float) -> str:
    """Format a coordinate or angle with one decimal, never as "-0.0"."""
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _unwrapped(angles: list[float]) -> list[float]:
    """Return angles made continuous (no jump of 360), closing the loop the short way."""
    result = [angles[0]]
    for angle in [*angles[1:], angles[0]]:
        result.append(result[-1] + (angle - result[-1] + 180) % 360 - 180)
    return result


def _animate_transform(kind: str, values: list[str], seconds: float) -> str:
    """Return a SMIL transform animation through values, already closing the loop."""
    return (
        f'<animateTransform attributeName="transform" type="{kind}" dur="{seconds:g}s" '
        f'repeatCount="indefinite" calcMode="linear" values="{";".join(values)}"/>'
    )


def _static_figure(demo: Demo, pose: Pose) -> str:
    """Return the body in one pose, with the props it holds."""
    groups = []
    for part in body_parts(pose, demo.view):
        shapes = "".join(
            f'<path class="fig-{_tone(part, s.tone)}" fill="{TONE_FILLS[_tone(part, s.tone)]}"'
            f' d="{s.d}"/>'
            for s in part.shapes
        )
        groups.append(_part_group(part, shapes))
        if part.name == "far-arm":
            groups.append(attached_props(demo, [pose], 0, "far"))
    return "".join(groups) + attached_props(demo, [pose], 0, "near")


def _static_scene_figure(demo: Demo, pose: Pose) -> str:
    """Return the ground shadow and the body in one pose."""
    return _shadow(demo, [pose], 0) + _static_figure(demo, pose)


def _ghost(demo: Demo, pose: Pose) -> str:
    """Return a faint, flat silhouette of another key position, to show where the move goes."""
    shapes = "".join(
        f'<path d="{s.d}"/>' for part in body_parts(pose, demo.view) for s in part.shapes
    )
    return f'<g class="fig-ghost" fill="{GHOST}" opacity="0.22">{shapes}</g>'


def _floor_y(demo: Demo, poses: list[Pose]) -> float:
    """Return where the floor is: the floor prop, or just below the lowest joint."""
    floor = next((p.y for p in demo.props if p.kind == "floor"), None)
    if floor is not None:
        return floor
    return min(SCENE_HEIGHT - 2, max(y for pose in poses for _, y in pose.joints.values()) + 3)


def _shadow(demo: Demo, poses: list[Pose], seconds: float) -> str:
    """Return a soft ground shadow under the figure, following it when it moves."""
    if not any(p.kind == "floor" for p in demo.props):
        return ""
    floor = _floor_y(demo, poses)
    spans = []
    for pose in poses:
        xs = [x for x, _ in pose.joints.values()]
        spans.append(((min(xs) + max(xs)) / 2, (max(xs) - min(xs)) / 2 + 6))
    cx = [f"{c:.1f}" for c, _ in spans]
    rx = [f"{r:.1f}" for _, r in spans]
    animation = animate("cx", cx, seconds) + animate("rx", rx, seconds) if seconds else ""
    return (
        f'<ellipse class="fig-shadow" cx="{cx[0]}" cy="{floor + 0.8:g}" rx="{rx[0]}" ry="2.6" '
        f'fill="{SHADOW}" fill-opacity="0.14">{animation}</ellipse>'
    )


def _arrow(demo: Demo) -> str:
    """Return an arrow beside the part that moves most, from the start toward the end."""
    joint = moving_joint(demo)
    path = motion_path(demo, joint)
    if math.dist(path[0], path[-1]) < MIN_TRAVEL:
        return ""
    start = keyframe_pose(demo.keyframes, demo.view, start_index(demo))
    centre = start.joints["mid"]
    middle = path[len(path) // 2]
    away = unit(centre, middle)
    shifted = [(x + away[0] * ARROW_CLEARANCE, y + away[1] * ARROW_CLEARANCE) for x, y in path]
    trimmed = shifted[2:-2] if len(shifted) > 6 else shifted
    line = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in trimmed)
    tip, before = trimmed[-1], trimmed[-2]
    heading = unit(before, tip)
    side = (-heading[1], heading[0])
    head_at = (tip[0] + heading[0] * 4.0, tip[1] + heading[1] * 4.0)
    wing = [
        (tip[0] + side[0] * 3.6 - heading[0] * 1.5, tip[1] + side[1] * 3.6 - heading[1] * 1.5),
        (tip[0] - side[0] * 3.6 - heading[0] * 1.5, tip[1] - side[1] * 3.6 - heading[1] * 1.5),
    ]
    head = f"M{head_at[0]:.1f} {head_at[1]:.1f}" + "".join(f"L{x:.1f} {y:.1f}" for x, y in wing)
    return (
        f'<g class="fig-arrow" fill="{ARROW}" stroke="{ARROW}">'
        f'<path d="{line}" fill="none" stroke-width="1.6" stroke-linecap="round" '
        f'stroke-linejoin="round"/>'
        f'<path d="{head}Z" stroke-width="0.8" stroke-linejoin="round"/></g>'
    )
