"""Filled body shapes for a pose: tapered limbs, a torso, a head with hair, hands and feet.

Every shape is an SVG path whose commands depend only on the view, never on the pose, so
two poses' paths can be morphed into each other; the rigid pieces can also be drawn once
at their own origin and moved by a translation and a rotation.
"""

import math
from dataclasses import dataclass

from scapula.core.catalog.kinematics import HEAD_RADIUS, Point, Pose

# Tones a shape is filled with; the far side of the body gets the darker "-far" variant.
TONES = ("top", "skin", "legs", "shoe", "hair", "feature")


@dataclass(frozen=True, slots=True)
class Shape:
    """One filled outline and the tone it is painted in."""

    tone: str
    d: str


@dataclass(frozen=True, slots=True)
class Piece:
    """Shapes that move together.

    A rigid piece hangs from the joint `origin` toward the joint `toward`; drawn with
    `local=True`, its shapes start at (0, 0) and point down the y axis, so that moving it
    is a translation to the origin and a rotation (`placement`). Without `toward` it only
    moves. A piece without an origin bends with the pose and is always drawn in place.
    """

    shapes: tuple[Shape, ...]
    origin: str = ""
    toward: str = ""


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of the body outlined as one (an arm, a leg, the torso, the head)."""

    name: str
    side: str  # "near", "far" or "" for the middle of the body
    pieces: tuple[Piece, ...]

    @property
    def shapes(self) -> tuple[Shape, ...]:
        """Return every shape of the part in painting order."""
        return tuple(shape for piece in self.pieces for shape in piece.shapes)


Placement = tuple[Point, float]  # where a rigid piece's origin goes, and its rotation
# Radii (half-widths) at the start and end of each limb segment.
_UPPER_ARM, _FOREARM, _HAND = (4.3, 3.3), (3.1, 2.3), (2.5, 2.2)
_THIGH, _SHIN, _FOOT = (6.4, 4.4), (4.3, 2.9), (2.7, 2.0)
# The torso's half-widths along the spine (fraction from hip to neck, front, back).
_SIDE_TORSO = (
    (0.08, 6.0, 7.0),
    (0.34, 6.0, 6.0),
    (0.55, 6.4, 5.8),
    (0.78, 7.3, 6.4),
    (0.93, 5.6, 6.0),
)
_FRONT_TORSO = (
    (0.08, 9.6, 9.6),
    (0.34, 8.6, 8.6),
    (0.55, 8.6, 8.6),
    (0.8, 11.0, 11.0),
    (0.93, 12.6, 12.6),
)
# Below this fraction of the spine the torso is drawn in the trousers' tone.
_WAIST = 0.26


def body_parts(pose: Pose, view: str, *, local: bool = False) -> tuple[Part, ...]:
    """Return the body's parts in painting order, back to front (see `Piece` for local)."""
    placer = _Placer(pose, local)
    return (
        _arm(placer, "far"),
        _leg(placer, "far"),
        _torso(pose, view, placer),
        _head(pose, view, placer),
        _leg(placer, "near"),
        _arm(placer, "near"),
    )


def placement(pose: Pose, piece: Piece) -> Placement:
    """Return the translation and rotation (degrees) that put a rigid piece in the pose."""
    origin = pose.joints[piece.origin]
    if not piece.toward:
        return origin, 0.0
    dx, dy = _unit(origin, pose.joints[piece.toward])
    return origin, math.degrees(math.atan2(-dx, dy))


class _Placer:
    """Draw shapes along a segment (from its origin, pointing down) in place or locally."""

    def __init__(self, pose: Pose, local: bool) -> None:
        self.pose = pose
        self.local = local

    def length(self, origin: str, toward: str) -> float:
        """Return the distance between two joints."""
        return math.dist(self.pose.joints[origin], self.pose.joints[toward])

    def place(self, origin: str, toward: str, point: Point) -> Point:
        """Return a segment-local point in the coordinates the shapes are drawn in."""
        if self.local:
            return point
        start = self.pose.joints[origin]
        down = _unit(start, self.pose.joints[toward]) if toward else (0.0, 1.0)
        across = (down[1], -down[0])
        return (
            start[0] + point[0] * across[0] + point[1] * down[0],
            start[1] + point[0] * across[1] + point[1] * down[1],
        )

    def capsule(
        self, joints: tuple[str, str], a: float, b: float, radii: tuple[float, float]
    ) -> str:
        """Return a capsule along a segment, from distance a to distance b."""
        origin, toward = joints
        start = self.place(origin, toward, (0.0, a))
        end = self.place(origin, toward, (0.0, b))
        return capsule(start, radii[0], end, radii[1])

    def segment(self, origin: str, toward: str, tone: str, radii: tuple[float, float]) -> Shape:
        """Return a capsule over the whole segment between two joints."""
        length = self.length(origin, toward)
        return Shape(tone, self.capsule((origin, toward), 0.0, length, radii))


def _arm(placer: _Placer, side: str) -> Part:
    """Upper arm in the shirt, forearm and hand in skin."""
    shoulder, elbow, wrist = (f"{j}_{side}" for j in ("shoulder", "elbow", "wrist"))
    fore = placer.length(elbow, wrist)
    hand = Shape("skin", placer.capsule((elbow, wrist), fore + 0.8, fore + 4.6, _HAND))
    forearm = Piece((placer.segment(elbow, wrist, "skin", _FOREARM), hand), elbow, wrist)
    sleeve = Piece((placer.segment(shoulder, elbow, "top", _UPPER_ARM),), shoulder, elbow)
    return Part(f"{side}-arm", side, (forearm, sleeve))


def _leg(placer: _Placer, side: str) -> Part:
    """Thigh and shin in trousers, the foot in a shoe from heel to toe."""
    hip, knee, ankle, toe = (f"{j}_{side}" for j in ("hip", "knee", "ankle", "toe"))
    shoe = Shape("shoe", placer.capsule((ankle, toe), -2.2, placer.length(ankle, toe), _FOOT))
    return Part(
        f"{side}-leg",
        side,
        (
            Piece((shoe,), ankle, toe),
            Piece((placer.segment(knee, ankle, "legs", _SHIN),), knee, ankle),
            Piece((placer.segment(hip, knee, "legs", _THIGH),), hip, knee),
        ),
    )


def _torso(pose: Pose, view: str, placer: _Placer) -> Part:
    """The neck, the shirt over the chest and the trousers over the hips."""
    profile = _SIDE_TORSO if view == "side" else _FRONT_TORSO
    neck_length = placer.length("neck", "head") * 0.55
    neck = Shape("skin", placer.capsule(("neck", "head"), 0.0, neck_length, (3.0, 2.8)))
    pieces = [
        Piece((neck,), "neck", "head"),
        Piece((Shape("top", _torso_outline(pose, profile, 0.0, 1.0)),)),
    ]
    if view == "front":
        pieces.append(
            Piece(
                (placer.segment("hip_far", "hip_near", "legs", (6.6, 6.6)),), "hip_far", "hip_near"
            )
        )
    else:
        pieces.append(Piece((Shape("legs", _torso_outline(pose, profile, 0.0, _WAIST)),)))
    return Part("torso", "", tuple(pieces))


def _torso_outline(
    pose: Pose, profile: tuple[tuple[float, float, float], ...], low: float, high: float
) -> str:
    """Return the closed, smooth outline of the trunk between two fractions of the spine."""
    hip, mid, neck = (pose.joints[j] for j in ("hip", "mid", "neck"))
    control = (2 * mid[0] - (hip[0] + neck[0]) / 2, 2 * mid[1] - (hip[1] + neck[1]) / 2)
    stations = [(t, f, b) for t, f, b in profile if low <= t <= high]
    if high < 1.0:
        last = max(t for t, _, _ in profile if t <= high)
        front, back = next((f, b) for t, f, b in profile if t == last)
        stations.append((high, front, back))
    front_side, back_side = [], []
    for t, front, back in stations:
        point, tangent = _quadratic(hip, control, neck, t)
        normal = (-tangent[1], tangent[0])  # the way the figure faces
        front_side.append(_along(point, normal, front))
        back_side.append(_along(point, normal, -back))
    start, tangent = _quadratic(hip, control, neck, low)
    end, end_tangent = _quadratic(hip, control, neck, high)
    normal = (-tangent[1], tangent[0])
    bottom = _along(_along(start, tangent, -2.0), normal, -1.0)
    top = _along(end, end_tangent, 1.6 if high >= 1.0 else 0.0)
    ring = [bottom, *front_side, top, *reversed(back_side)]
    return smooth_closed(ring)


def _head(pose: Pose, view: str, placer: _Placer) -> Part:
    """A round head with hair over the back and top, and a nose (side) or face mark (front).

    Drawn along the neck-to-head segment, whose local x axis points behind the figure.
    """
    length = placer.length("neck", "head")

    def at(x: float, y: float) -> Point:
        return placer.place("neck", "head", (x, y))

    centre = at(0.0, length)
    behind = _unit(centre, at(1.0, length))
    up = _unit(at(0.0, 0.0), centre)
    shapes = []
    if view == "side":
        shapes.append(Shape("skin", circle(at(-(HEAD_RADIUS - 0.6), length), 1.7)))
    shapes.append(Shape("skin", circle(centre, HEAD_RADIUS)))
    if view == "side":
        back = _unit((0.0, 0.0), (up[0] * 0.7 + behind[0] * 0.72, up[1] * 0.7 + behind[1] * 0.72))
        shapes.append(Shape("hair", _cap(centre, HEAD_RADIUS + 0.35, back, -0.12)))
    else:
        shapes.append(Shape("hair", _cap(centre, HEAD_RADIUS + 0.35, up, 0.3)))
    pieces = [Piece(tuple(shapes), "neck", "head")]
    if view == "front":
        face = (0.0, 0.0) if placer.local else pose.joints["face"]
        pieces.append(Piece((Shape("feature", circle(face, 1.5)),), "face"))
    return Part("head", "", tuple(pieces))


def capsule(a: Point, radius_a: float, b: Point, radius_b: float) -> str:
    """Return a tapered capsule: the hull of a circle at a and a circle at b."""
    axis = _unit(a, b)
    length = math.dist(a, b)
    normal = (-axis[1], axis[0])
    sine = (radius_a - radius_b) / length if length > 1e-6 else 0.0
    sine = max(-0.9, min(0.9, sine))
    cosine = math.sqrt(1 - sine * sine)
    one = (normal[0] * cosine + axis[0] * sine, normal[1] * cosine + axis[1] * sine)
    two = (-normal[0] * cosine + axis[0] * sine, -normal[1] * cosine + axis[1] * sine)
    # The arc round the narrower end is the shorter one.
    wide_first = radius_a >= radius_b
    a1, b1 = _along(a, one, radius_a), _along(b, one, radius_b)
    a2, b2 = _along(a, two, radius_a), _along(b, two, radius_b)
    return (
        f"M{_xy(a1)}L{_xy(b1)}A{radius_b:g} {radius_b:g} 0 {0 if wide_first else 1} 0 {_xy(b2)}"
        f"L{_xy(a2)}A{radius_a:g} {radius_a:g} 0 {1 if wide_first else 0} 0 {_xy(a1)}Z"
    )


def circle(centre: Point, radius: float) -> str:
    """Return a circle as a path, so that it can be morphed like every other shape."""
    left, right = (centre[0] - radius, centre[1]), (centre[0] + radius, centre[1])
    arc = f"A{radius:g} {radius:g} 0 1 0"
    return f"M{_xy(left)}{arc} {_xy(right)}{arc} {_xy(left)}Z"


def _cap(centre: Point, radius: float, toward: Point, offset: float) -> str:
    """Return the part of a circle beyond a chord across it, on the side `toward` points to."""
    across = (-toward[1], toward[0])
    chord = offset * radius
    half = math.sqrt(radius * radius - chord * chord)
    base = _along(centre, toward, chord)
    start, end = _along(base, across, half), _along(base, across, -half)
    apex = _along(centre, toward, radius)
    r = f"{radius:g} {radius:g} 0 0 0"
    return f"M{_xy(start)}A{r} {_xy(apex)}A{r} {_xy(end)}Z"


def smooth_closed(points: list[Point]) -> str:
    """Return a closed Catmull-Rom curve through the points, as cubic Bézier segments."""
    count = len(points)
    parts = [f"M{_xy(points[0])}"]
    for index in range(count):
        p0, p1 = points[index - 1], points[index]
        p2, p3 = points[(index + 1) % count], points[(index + 2) % count]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{_xy(c1)} {_xy(c2)} {_xy(p2)}")
    return "".join(parts) + "Z"


def _quadratic(a: Point, control: Point, b: Point, t: float) -> tuple[Point, Point]:
    """Return the point and unit tangent of a quadratic Bézier curve at t."""
    u = 1 - t
    point = (
        u * u * a[0] + 2 * u * t * control[0] + t * t * b[0],
        u * u * a[1] + 2 * u * t * control[1] + t * t * b[1],
    )
    slope = (
        2 * u * (control[0] - a[0]) + 2 * t * (b[0] - control[0]),
        2 * u * (control[1] - a[1]) + 2 * t * (b[1] - control[1]),
    )
    return point, _unit((0.0, 0.0), slope)


def _unit(a: Point, b: Point) -> Point:
    """Return the unit vector from a to b (pointing down when they coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (0.0, 1.0)


def _along(origin: Point, direction: Point, distance: float) -> Point:
    """Return the point `distance` from origin along a unit direction."""
    return origin[0] + direction[0] * distance, origin[1] + direction[1] * distance


def _mix(a: Point, b: Point, fraction: float) -> Point:
    """Interpolate between two points."""
    return a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction


def _xy(point: Point) -> str:
    """Format a point with one decimal, the precision the scene needs."""
    return f"{point[0]:.1f} {point[1]:.1f}"
