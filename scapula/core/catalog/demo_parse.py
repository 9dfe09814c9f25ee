"""Read and validate the [demo] table: view, loop length, props and keyframes."""

from scapula.core.catalog.kinematics import JOINTS, POSE_KEYS, VIEWS
from scapula.core.catalog.model import Demo, Keyframe, Prop
from scapula.core.catalog.reader import Reader

PROP_KINDS = (
    "floor",
    "wall",
    "door_frame",
    "foam_roller",
    "yoga_block",
    "bench",
    "chair",
    "pull_up_bar",
    "mat",
    "dumbbell",
    "band",
)
# Props that follow a joint of the figure rather than stay put.
ATTACHED_PROPS = ("dumbbell", "band")
SCENE_WIDTH = 200.0
SCENE_HEIGHT = 150.0


def read_demo(demo: Reader) -> Demo:
    """Read a demonstration; keyframes start at 0 and rise strictly below 1."""
    result = Demo(
        view=demo.choice("view", VIEWS),
        seconds=_positive(demo, "seconds"),
        props=demo.each("props", _read_prop, ()),
        keyframes=demo.each("keyframes", _read_keyframe),
        alt=demo.text("alt") if "alt" in demo.data else "",
    )
    _check_timeline(demo, result.keyframes)
    demo.reject_unknown()
    return result


def _positive(reader: Reader, key: str) -> float:
    """Read a number above zero."""
    value = reader.number(key)
    if value <= 0:
        reader.fail(key, f"must be above zero, got {value:g}")
    return value


def _read_prop(item: Reader) -> Prop:
    """Read one prop; attached props name the joint they follow."""
    kind = item.choice("kind", PROP_KINDS)
    attach = item.choice("attach", JOINTS) if kind in ATTACHED_PROPS else ""
    return Prop(
        kind=kind,
        x=item.number("x", 0.0),
        y=item.number("y", 0.0),
        size=item.number("size", 0.0),
        attach=attach,
    )


def _read_keyframe(item: Reader) -> Keyframe:
    """Read one key position: its time, label, segment directions and anchor."""
    pose = item.table("pose")
    angles = tuple((name, pose.number(name)) for name in pose.data if name in POSE_KEYS)
    pose.reject_unknown()
    at = item.number("at")
    if not 0 <= at < 1:
        item.fail("at", f"must be from 0 up to (not including) 1, got {at:g}")
    return Keyframe(
        at=at,
        label=item.text("label"),
        angles=angles,
        anchor=item.choice("anchor", JOINTS),
        anchor_at=_read_point(item, "anchor_at"),
    )


def _read_point(item: Reader, key: str) -> tuple[float, float]:
    """Read [x, y] inside the scene."""
    value = item.raw(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        item.fail(key, f"must be [x, y], got {value!r}")
    x, y = float(value[0]), float(value[1])
    if not (0 <= x <= SCENE_WIDTH and 0 <= y <= SCENE_HEIGHT):
        item.fail(key, f"must lie inside the {SCENE_WIDTH:g} x {SCENE_HEIGHT:g} scene")
    return x, y


def _check_timeline(demo: Reader, keyframes: tuple[Keyframe, ...]) -> None:
    """Keyframes: at least two, the first at 0, times strictly rising."""
    if len(keyframes) < 2:
        demo.fail("keyframes", "a demonstration needs at least two keyframes")
    if keyframes[0].at != 0:
        demo.fail("keyframes[0].at", "the first keyframe must be at 0")
    for index in range(1, len(keyframes)):
        if keyframes[index].at <= keyframes[index - 1].at:
            demo.fail(f"keyframes[{index}].at", "keyframe times must rise")
