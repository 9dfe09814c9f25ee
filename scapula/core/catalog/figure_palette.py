"""The figure's light-scheme colours and the small SVG pieces every part of a drawing uses."""

import math

from scapula.core.catalog.kinematics import Point

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


def animate(attribute: str, values: list[str], seconds: float) -> str:
    """Return a SMIL animate element looping through values."""
    joined = ";".join([*values, values[0]])
    return (
        f'<animate attributeName="{attribute}" dur="{seconds:g}s" repeatCount="indefinite" '
        f'calcMode="linear" values="{joined}"/>'
    )


def unit(a: Point, b: Point) -> Point:
    """Return the unit vector from a to b (pointing up when they coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (0.0, -1.0)
