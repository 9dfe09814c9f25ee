"""Render a demonstration as SVG: a looping animation, or key positions as stills.

The figure is drawn from filled shapes (`body.py`) over a floor and filled props. Colours
are presentation attributes, so a still reads the same anywhere (a page, a handout); the
web's figure.css swaps them for dark mode and, under reduced motion, swaps the moving
figure inside an animation for the still start position that the same SVG carries.
"""

import math
from html import escape

from scapula.core.catalog.body import Part, Piece, body_parts, capsule, placement
from scapula.core.catalog.demo_parse import SCENE_HEIGHT, SCENE_WIDTH
from scapula.core.catalog.kinematics import Point, Pose, frames, keyframe_pose, pose_at
from scapula.core.catalog.model import Demo, Exercise, Prop
from scapula.core.catalog.positions import (
    MIN_TRAVEL,
    end_index,
    motion_path,
    moving_joint,
    start_index,
    worked_side,
)

FRAMES_PER_LOOP = 60
# The bending torso morphs through every second pose: smooth enough, and half the size.
MORPH_STEP = 2

# Light-scheme colours; figure.css has the dark-scheme ones for the same classes.
TONE_FILLS = {
    "top": "#2b8a70",
    "top-far": "#1c5a4a",
    "skin": "#e2bc9c",
    "skin-far": "#b08a70",
    "legs": "#4a5a6e",
    "legs-far": "#2e3947",
    "shoe": "#353a42",
    "shoe-far": "#22262c",
    "hair": "#4a3a30",
    "feature": "#9a6a50",
}
INK = "#1d2925"
BACKDROP = "#f3f7f5"
GROUND = "#dde5e1"
GROUND_EDGE = "#a9b7b0"
PROP_FILL = "#cdd7d2"
PROP_EDGE = "#8d9c95"
MAT = "#9ccfbf"
BAND = "#7a5cc8"
ARROW = "#c4530c"
GHOST = "#2b8a70"
SHADOW = "#000000"
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
        + _attached_props(demo, poses, seconds, "near")
    )
    resting = _static_scene_figure(demo, start) + _arrow(demo)
    content = (
        _static_props(demo)
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
    content = _static_props(demo) + _static_scene_figure(demo, pose)
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
    content = _static_props(demo) + _static_scene_figure(demo, pose)
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
        _static_props(demo)
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


def _animate(attribute: str, values: list[str], seconds: float) -> str:
    """Return a SMIL animate element looping through values."""
    joined = ";".join([*values, values[0]])
    return (
        f'<animate attributeName="{attribute}" dur="{seconds:g}s" repeatCount="indefinite" '
        f'calcMode="linear" values="{joined}"/>'
    )


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
    far_props = _attached_props(demo, poses, seconds, "far")
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
                morph = _animate("d", values[::MORPH_STEP], seconds) if len(set(values)) > 1 else ""
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
            groups.append(_attached_props(demo, [pose], 0, "far"))
    return "".join(groups) + _attached_props(demo, [pose], 0, "near")


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
    animation = _animate("cx", cx, seconds) + _animate("rx", rx, seconds) if seconds else ""
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
    away = _unit(centre, middle)
    shifted = [(x + away[0] * ARROW_CLEARANCE, y + away[1] * ARROW_CLEARANCE) for x, y in path]
    trimmed = shifted[2:-2] if len(shifted) > 6 else shifted
    line = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in trimmed)
    tip, before = trimmed[-1], trimmed[-2]
    heading = _unit(before, tip)
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


def _unit(a: Point, b: Point) -> Point:
    """Return the unit vector from a to b (pointing up when they coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (0.0, -1.0)


def _static_props(demo: Demo) -> str:
    """Return the floor and every prop that stays put, as filled shapes."""
    return "".join(_prop(prop) for prop in demo.props if not prop.attach)


def _prop(prop: Prop) -> str:
    """Return one prop that stays put."""
    x, y, size = prop.x, prop.y, prop.size
    if prop.kind == "floor":
        return (
            f'<rect class="fig-ground" x="0" y="{y:g}" width="{SCENE_WIDTH:g}" '
            f'height="{SCENE_HEIGHT - y:g}" fill="{GROUND}"/>'
            f'<rect class="fig-ground-edge" x="0" y="{y:g}" width="{SCENE_WIDTH:g}" height="1" '
            f'fill="{GROUND_EDGE}"/>'
        )
    if prop.kind == "mat":
        return (
            f'<rect class="fig-mat" x="{x:g}" y="{y - 2.5:g}" width="{size or 80:g}" '
            f'height="3" rx="1.5" fill="{MAT}"/>'
        )
    shapes = {
        "wall": _rect(x, 0, size or 8, y or SCENE_HEIGHT),
        "door_frame": _rect(x, 10, size or 6, (y or 140) - 10),
        "foam_roller": f'<circle cx="{x:g}" cy="{y - (size or 7):g}" r="{size or 7:g}"/>'
        f'<circle cx="{x:g}" cy="{y - (size or 7):g}" r="{(size or 7) * 0.45:g}" '
        f'class="fig-prop-detail" fill="{PROP_EDGE}"/>',
        "yoga_block": _rect(x - (size or 14) / 2, y - 9, size or 14, 9, 1),
        "bench": _rect(x + 4, y + 4, 4, 140 - y - 4)
        + _rect(x + (size or 60) - 8, y + 4, 4, 140 - y - 4)
        + _rect(x, y, size or 60, 5, 1.5),
        "chair": _rect(x, y - 35, 4, 35 + 140 - y)
        + _rect(x + (size or 30) - 3, y, 3, 140 - y)
        + _rect(x, y, size or 30, 4, 1),
        "pull_up_bar": _rect(x - (size or 30) / 2 - 2, 0, 3, y)
        + _rect(x + (size or 30) / 2 - 1, 0, 3, y)
        + _rect(x - (size or 30) / 2 - 3, y - 1.5, (size or 30) + 6, 3, 1.5),
    }
    return (
        f'<g class="fig-prop prop-{prop.kind}" fill="{PROP_FILL}" stroke="{PROP_EDGE}" '
        f'stroke-width="0.8">{shapes[prop.kind]}</g>'
    )


def _rect(x: float, y: float, width: float, height: float, rounded: float = 0) -> str:
    """Return a rectangle element."""
    corner = f' rx="{rounded:g}"' if rounded else ""
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}"{corner}/>'


def _attached_props(demo: Demo, poses: list[Pose], seconds: float, side: str) -> str:
    """Return the held props on one side of the body (a dumbbell, a band to a hand)."""
    held = [p for p in demo.props if p.attach and p.attach.endswith(f"_{side}")]
    if side == "near":
        held += [p for p in demo.props if p.attach and not p.attach.endswith(("_near", "_far"))]
    return "".join(_held(prop, poses, seconds) for prop in held)


def _grip(pose: Pose, joint: str) -> Point:
    """Return where a hand holds something: the palm just past a wrist, else the joint."""
    if not joint.startswith("wrist_"):
        return pose.joints[joint]
    elbow = pose.joints[joint.replace("wrist", "elbow")]
    wrist = pose.joints[joint]
    direction = _unit(elbow, wrist)
    return wrist[0] + direction[0] * 2.8, wrist[1] + direction[1] * 2.8


def _held(prop: Prop, poses: list[Pose], seconds: float) -> str:
    """Return a dumbbell in a hand, or a band from its anchor to a hand."""
    grips = [_grip(pose, prop.attach) for pose in poses]
    if prop.kind == "dumbbell":
        moves = [f"{x:.1f},{y:.1f}" for x, y in grips]
        animation = (
            f'<animateTransform attributeName="transform" type="translate" dur="{seconds:g}s" '
            f'repeatCount="indefinite" values="{";".join([*moves, moves[0]])}"/>'
            if len(grips) > 1
            else ""
        )
        return (
            f'<g class="fig-dumbbell" transform="translate({moves[0]})">'
            f'<g fill="{TONE_FILLS["shoe"]}" stroke="{INK}" stroke-width="0.5">'
            f'<rect x="-6.5" y="-1" width="13" height="2" rx="1"/>'
            f'<rect x="-7.5" y="-4" width="3.4" height="8" rx="1.2"/>'
            f'<rect x="4.1" y="-4" width="3.4" height="8" rx="1.2"/></g>{animation}</g>'
        )
    anchor = (prop.x, prop.y)
    shapes = [capsule(anchor, 1.1, grip, 0.9) for grip in grips]
    animation = _animate("d", shapes, seconds) if len(shapes) > 1 else ""
    return (
        f'<g class="fig-band">'
        f'<rect class="fig-band-anchor" x="{prop.x - 2.5:g}" y="{prop.y - 2.5:g}" width="5" '
        f'height="5" rx="1.2" fill="{PROP_FILL}" stroke="{PROP_EDGE}" stroke-width="0.8"/>'
        f'<path class="fig-band-strap" fill="{BAND}" d="{shapes[0]}">{animation}</path></g>'
    )
