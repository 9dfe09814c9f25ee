"""Render a demonstration as SVG: a looping animation, or the key positions as stills."""

from html import escape

from scapula.core.catalog.demo_parse import SCENE_HEIGHT, SCENE_WIDTH
from scapula.core.catalog.kinematics import HEAD_RADIUS, Pose, frames, keyframe_pose, pose_at
from scapula.core.catalog.model import Demo, Exercise, Prop

FRAMES_PER_LOOP = 60
NEAR = "#1f6f5c"
FAR = "#8fbfae"
PROP = "#8a9792"
PROP_FILL = "#dfe7e3"
FACE = "#ffffff"
FACE_RADIUS = 1.8

_LIMBS = {
    "far-arm": ("shoulder_far", "elbow_far", "wrist_far"),
    "far-leg": ("hip_far", "knee_far", "ankle_far", "toe_far"),
    "near-leg": ("hip_near", "knee_near", "ankle_near", "toe_near"),
    "near-arm": ("shoulder_near", "elbow_near", "wrist_near"),
}


def render_animation(exercise: Exercise, *, mirrored: bool = False, dom_id: str = "") -> str:
    """Return an SVG that loops the demonstration forever (mirrored for the other side)."""
    demo = exercise.demo
    poses = frames(demo.keyframes, demo.view, FRAMES_PER_LOOP)
    body = "".join(_animated_figure(demo, poses))
    props = "".join(_prop(prop, poses, demo.seconds) for prop in demo.props)
    prefix = dom_id or f"demo-{exercise.id}"
    return _svg(prefix, exercise.name, alt_text(exercise), props + body, mirrored, "demo-motion")


def render_still(exercise: Exercise, index: int, *, mirrored: bool = False) -> str:
    """Return an SVG of one key position, labelled for screen readers."""
    demo = exercise.demo
    pose = keyframe_pose(demo.keyframes, demo.view, index)
    label = demo.keyframes[index].label
    content = "".join(_prop(prop, [pose], demo.seconds) for prop in demo.props)
    content += "".join(_static_figure(pose))
    prefix = f"still-{exercise.id}-{index}"
    return _svg(
        prefix, f"{exercise.name}: position {index + 1}", label, content, mirrored, "demo-still"
    )


def render_moment(exercise: Exercise, time: float) -> str:
    """Return an SVG of the in-between pose at a loop time in [0, 1) (for previews)."""
    demo = exercise.demo
    pose = pose_at(demo.keyframes, demo.view, time)
    content = "".join(_prop(prop, [pose], demo.seconds) for prop in demo.props)
    content += "".join(_static_figure(pose))
    return _svg(
        f"moment-{exercise.id}", exercise.name, f"at {time:.2f}", content, False, "demo-still"
    )


def alt_text(exercise: Exercise) -> str:
    """Return the text alternative: the author's, or the key positions in order."""
    if exercise.demo.alt:
        return exercise.demo.alt
    labels = "; then ".join(keyframe.label for keyframe in exercise.demo.keyframes)
    return f"A figure demonstrates {exercise.name}: {labels}; and repeats."


def _svg(prefix: str, title: str, desc: str, content: str, mirrored: bool, css: str) -> str:
    """Wrap content in an accessible SVG element, mirrored around the centre if asked."""
    transform = f' transform="matrix(-1 0 0 1 {SCENE_WIDTH:g} 0)"' if mirrored else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SCENE_WIDTH:g} {SCENE_HEIGHT:g}"'
        f' class="{css}" role="img" aria-labelledby="{prefix}-title {prefix}-desc">'
        f'<title id="{prefix}-title">{escape(title)}</title>'
        f'<desc id="{prefix}-desc">{escape(desc)}</desc>'
        f'<g class="scene"{transform}>{content}</g></svg>'
    )


def _points(pose: Pose, joints: tuple[str, ...]) -> str:
    """Return an SVG points list for a chain of joints."""
    return " ".join(f"{pose.joints[j][0]:.1f},{pose.joints[j][1]:.1f}" for j in joints)


def _spine(pose: Pose) -> str:
    """Return a smooth path from hip through mid-back to neck."""
    (hx, hy), (mx, my), (nx, ny) = (pose.joints[j] for j in ("hip", "mid", "neck"))
    cx, cy = 2 * mx - (hx + nx) / 2, 2 * my - (hy + ny) / 2
    return f"M{hx:.1f} {hy:.1f}Q{cx:.1f} {cy:.1f} {nx:.1f} {ny:.1f}"


def _animate(attribute: str, values: list[str], seconds: float) -> str:
    """Return a SMIL animate element looping through values."""
    joined = ";".join([*values, values[0]])
    return (
        f'<animate attributeName="{attribute}" dur="{seconds:g}s" repeatCount="indefinite" '
        f'calcMode="linear" values="{joined}"/>'
    )


def _limb_attributes(name: str) -> str:
    colour = FAR if name.startswith("far") else NEAR
    return (
        f'class="limb {name}" fill="none" stroke="{colour}" stroke-width="6" '
        f'stroke-linecap="round" stroke-linejoin="round"'
    )


def _animated_figure(demo: Demo, poses: list[Pose]) -> list[str]:
    """Return the figure's elements, each with an animation over the sampled poses."""
    seconds = demo.seconds
    parts = []
    for name, joints in list(_LIMBS.items())[:2]:
        values = [_points(pose, joints) for pose in poses]
        parts.append(
            f'<polyline {_limb_attributes(name)} points="{values[0]}">'
            f"{_animate('points', values, seconds)}</polyline>"
        )
    spine = [_spine(pose) for pose in poses]
    parts.append(
        f'<path class="spine" fill="none" stroke="{NEAR}" stroke-width="8" '
        f'stroke-linecap="round" d="{spine[0]}">{_animate("d", spine, seconds)}</path>'
    )
    xs = [f"{pose.joints['head'][0]:.1f}" for pose in poses]
    ys = [f"{pose.joints['head'][1]:.1f}" for pose in poses]
    parts.append(
        f'<circle class="head" r="{HEAD_RADIUS:g}" fill="{NEAR}" cx="{xs[0]}" '
        f'cy="{ys[0]}">{_animate("cx", xs, seconds)}{_animate("cy", ys, seconds)}'
        f"</circle>"
    )
    fx = [f"{pose.joints['face'][0]:.1f}" for pose in poses]
    fy = [f"{pose.joints['face'][1]:.1f}" for pose in poses]
    parts.append(
        f'<circle class="face" r="{FACE_RADIUS:g}" fill="{FACE}" cx="{fx[0]}" '
        f'cy="{fy[0]}">{_animate("cx", fx, seconds)}{_animate("cy", fy, seconds)}'
        f"</circle>"
    )
    for name, joints in list(_LIMBS.items())[2:]:
        values = [_points(pose, joints) for pose in poses]
        parts.append(
            f'<polyline {_limb_attributes(name)} points="{values[0]}">'
            f"{_animate('points', values, seconds)}</polyline>"
        )
    return parts


def _static_figure(pose: Pose) -> list[str]:
    """Return the figure's elements in one pose, without animation."""
    limbs = list(_LIMBS.items())
    parts = [f'<polyline {_limb_attributes(n)} points="{_points(pose, j)}"/>' for n, j in limbs[:2]]
    parts.append(
        f'<path class="spine" fill="none" stroke="{NEAR}" stroke-width="8" '
        f'stroke-linecap="round" d="{_spine(pose)}"/>'
    )
    hx, hy = pose.joints["head"]
    parts.append(
        f'<circle class="head" r="{HEAD_RADIUS:g}" fill="{NEAR}" cx="{hx:.1f}" cy="{hy:.1f}"/>'
    )
    fx, fy = pose.joints["face"]
    parts.append(
        f'<circle class="face" r="{FACE_RADIUS:g}" fill="{FACE}" cx="{fx:.1f}" cy="{fy:.1f}"/>'
    )
    parts += [
        f'<polyline {_limb_attributes(n)} points="{_points(pose, j)}"/>' for n, j in limbs[2:]
    ]
    return parts


def _prop(prop: Prop, poses: list[Pose], seconds: float) -> str:
    """Return one prop; a prop attached to a joint follows it."""
    if prop.attach:
        return _attached_prop(prop, poses, seconds)
    x, y, size = prop.x, prop.y, prop.size
    shapes = {
        "floor": f'<line x1="0" y1="{y:g}" x2="{SCENE_WIDTH:g}" y2="{y:g}" stroke-width="2"/>',
        "mat": f'<rect x="{x:g}" y="{y - 3:g}" width="{size or 80:g}" height="3" rx="1"/>',
        "wall": f'<rect x="{x:g}" y="0" width="{size or 8:g}" height="{y or SCENE_HEIGHT:g}"/>',
        "door_frame": f'<rect x="{x:g}" y="10" width="{size or 6:g}" '
        f'height="{(y or 140) - 10:g}"/>',
        "foam_roller": f'<circle cx="{x:g}" cy="{y - (size or 7):g}" r="{size or 7:g}"/>',
        "yoga_block": f'<rect x="{x - (size or 14) / 2:g}" y="{y - 9:g}" width="{size or 14:g}"'
        f' height="9" rx="1"/>',
        "bench": f'<rect x="{x:g}" y="{y:g}" width="{size or 60:g}" height="5" rx="1"/>'
        f'<line x1="{x + 6:g}" y1="{y + 5:g}" x2="{x + 6:g}" y2="140"/>'
        f'<line x1="{x + (size or 60) - 6:g}" y1="{y + 5:g}" '
        f'x2="{x + (size or 60) - 6:g}" y2="140"/>',
        "chair": f'<rect x="{x:g}" y="{y:g}" width="{size or 30:g}" height="4"/>'
        f'<line x1="{x:g}" y1="{y - 35:g}" x2="{x:g}" y2="140"/>'
        f'<line x1="{x + (size or 30):g}" y1="{y:g}" x2="{x + (size or 30):g}" y2="140"/>',
        "pull_up_bar": f'<line x1="{x - (size or 30) / 2:g}" y1="{y:g}" '
        f'x2="{x + (size or 30) / 2:g}" y2="{y:g}" stroke-width="4"/>',
    }
    return (
        f'<g class="prop prop-{prop.kind}" fill="{PROP_FILL}" stroke="{PROP}" '
        f'stroke-width="1.5">{shapes[prop.kind]}</g>'
    )


def _attached_prop(prop: Prop, poses: list[Pose], seconds: float) -> str:
    """Return a dumbbell at a joint, or a band from a fixed point to a joint."""
    points = []
    for pose in poses:
        jx, jy = pose.joints[prop.attach]
        if prop.kind == "dumbbell":
            points.append(f"{jx - 6:.1f},{jy:.1f} {jx + 6:.1f},{jy:.1f}")
        else:
            points.append(f"{prop.x:.1f},{prop.y:.1f} {jx:.1f},{jy:.1f}")
    width = 6 if prop.kind == "dumbbell" else 2
    animation = _animate("points", points, seconds) if len(points) > 1 else ""
    return (
        f'<polyline class="prop prop-{prop.kind}" fill="none" stroke="{PROP}" '
        f'stroke-width="{width}" stroke-linecap="round" points="{points[0]}">'
        f"{animation}</polyline>"
    )
