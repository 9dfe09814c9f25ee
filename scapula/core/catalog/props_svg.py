"""The props of a demonstration as filled SVG shapes: the floor, a wall, a bench, held weights."""

from scapula.core.catalog.body import capsule
from scapula.core.catalog.demo_parse import SCENE_HEIGHT, SCENE_WIDTH
from scapula.core.catalog.figure_palette import (
    BAND,
    GROUND,
    GROUND_EDGE,
    INK,
    MAT,
    PROP_EDGE,
    PROP_FILL,
    TONE_FILLS,
    animate,
    unit,
)
from scapula.core.catalog.kinematics import Point, Pose
from scapula.core.catalog.model import Demo, Prop


def static_props(demo: Demo) -> str:
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


def attached_props(demo: Demo, poses: list[Pose], seconds: float, side: str) -> str:
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
    direction = unit(elbow, wrist)
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
    animation = animate("d", shapes, seconds) if len(shapes) > 1 else ""
    return (
        f'<g class="fig-band">'
        f'<rect class="fig-band-anchor" x="{prop.x - 2.5:g}" y="{prop.y - 2.5:g}" width="5" '
        f'height="5" rx="1.2" fill="{PROP_FILL}" stroke="{PROP_EDGE}" stroke-width="0.8"/>'
        f'<path class="fig-band-strap" fill="{BAND}" d="{shapes[0]}">{animation}</path></g>'
    )
