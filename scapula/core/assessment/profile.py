"""The self-assessment profile: constraints (with defaults) and test results (each optional)."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from scapula.core.catalog.model import EQUIPMENT
from scapula.core.errors import ScapulaError
from scapula.core.limits import AGE, DEGREES, HOURS_PER_DAY, MINUTES_PER_DAY, Limit

PAIN_SITES = ("between_shoulder_blades", "neck", "top_of_shoulder")
PAIN_SIDES = ("left", "right", "both")
WORSE_WITH = (
    "sitting",
    "phone",
    "desk_work",
    "driving",
    "lifting",
    "reaching_overhead",
    "lying_down",
)
WINGING = ("none", "subtle", "obvious", "unknown")
SIDES = ("left", "right")
ALWAYS_AT_HAND = frozenset({"wall"})  # every home has a wall; nobody needs to tick it
PERSON_EQUIPMENT = tuple(e for e in EQUIPMENT if e not in ALWAYS_AT_HAND)
_DEGREE_TESTS = ("thoracic_rotation_deg", "neck_side_bend_deg", "neck_rotation_deg")
_HOUR_TESTS = ("sitting_hours", "phone_hours", "breaks_per_hour")
_TOP_KEYS = (
    "age",
    "pregnant",
    "osteoporosis",
    "minutes_per_day",
    "equipment",
    "floor_ok",
    "kneeling_ok",
    "pain_sites",
    "pain_side",
    "worse_with",
    "tests",
)


@dataclass(frozen=True, slots=True)
class SideMeasure:
    """A range-of-motion result in degrees for each side (None where not measured)."""

    left: float | None = None
    right: float | None = None


@dataclass(frozen=True, slots=True)
class TestResults:
    """What the home self-tests found; None means skipped ("I can't do this now")."""

    thoracic_rotation_deg: SideMeasure | None = None
    neck_side_bend_deg: SideMeasure | None = None
    neck_rotation_deg: SideMeasure | None = None
    scapula_winging: str | None = None
    sitting_hours: float | None = None
    phone_hours: float | None = None
    breaks_per_hour: float | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the plan is built from."""

    age: int | None = None
    pregnant: bool = False
    osteoporosis: bool = False
    minutes_per_day: int = 12
    equipment: frozenset[str] = frozenset()
    floor_ok: bool = True
    kneeling_ok: bool = True
    pain_sites: tuple[str, ...] = ()
    pain_side: str | None = None
    worse_with: tuple[str, ...] = ()
    tests: TestResults = field(default_factory=TestResults)


def parse_profile(raw: Mapping[str, object]) -> Profile:
    """Validate a profile object; unknown keys or words are errors naming them."""
    _reject_unknown(raw, _TOP_KEYS, prefix="")
    return Profile(
        age=_optional_int(raw, "age", AGE),
        pregnant=_bool(raw, "pregnant", False),
        osteoporosis=_bool(raw, "osteoporosis", False),
        minutes_per_day=_optional_int(raw, "minutes_per_day", MINUTES_PER_DAY) or 12,
        # Older stored profiles list "wall"; it is still read, and the planner ignores it.
        equipment=frozenset(_words(raw, "equipment", EQUIPMENT)),
        floor_ok=_bool(raw, "floor_ok", True),
        kneeling_ok=_bool(raw, "kneeling_ok", True),
        pain_sites=_words(raw, "pain_sites", PAIN_SITES),
        pain_side=_choice(raw, "pain_side", PAIN_SIDES),
        worse_with=_words(raw, "worse_with", WORSE_WITH),
        tests=_parse_tests(raw.get("tests", {})),
    )


def _fail(field_name: str, message: str) -> ScapulaError:
    return ScapulaError(message, field=field_name)


def _reject_unknown(raw: Mapping[str, object], known: tuple[str, ...], *, prefix: str) -> None:
    for key in raw:
        if key not in known:
            raise _fail(prefix + key, f"unknown key; use any of: {', '.join(known)}")


def _optional_int(raw: Mapping[str, object], key: str, limit: Limit) -> int | None:
    return None if raw.get(key) is None else limit.check(raw[key], field=key)


def _bool(raw: Mapping[str, object], key: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise _fail(key, f"must be true or false, got {value!r}")
    return value


def _words(raw: Mapping[str, object], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise _fail(key, f"must be a list, got {value!r}")
    for word in value:
        if word not in allowed:
            raise _fail(key, f"unknown value {word!r}; use any of: {', '.join(allowed)}")
    return tuple(dict.fromkeys(value))


def _choice(raw: Mapping[str, object], key: str, allowed: tuple[str, ...]) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise _fail(key, f"unknown value {value!r}; use one of: {', '.join(allowed)}")
    return str(value)


def _parse_tests(raw: object) -> TestResults:
    if not isinstance(raw, Mapping):
        raise _fail("tests", f"must be an object, got {raw!r}")
    _reject_unknown(raw, (*_DEGREE_TESTS, "scapula_winging", *_HOUR_TESTS), prefix="tests.")
    degrees = {key: _side_measure(raw.get(key), f"tests.{key}") for key in _DEGREE_TESTS}
    hours = {
        key: None
        if raw.get(key) is None
        else HOURS_PER_DAY.check_number(raw[key], field=f"tests.{key}")
        for key in _HOUR_TESTS
    }
    winging = raw.get("scapula_winging")
    if winging is not None and winging not in WINGING:
        raise _fail(
            "tests.scapula_winging", f"unknown value {winging!r}; use any of: {', '.join(WINGING)}"
        )
    return TestResults(
        scapula_winging=None if winging in (None, "unknown") else str(winging),
        **degrees,  # type: ignore[arg-type]
        **hours,  # type: ignore[arg-type]
    )


def _side_measure(raw: object, name: str) -> SideMeasure | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise _fail(name, f"must be an object with left and right, got {raw!r}")
    _reject_unknown(raw, SIDES, prefix=f"{name}.")
    values = {
        side: None
        if raw.get(side) is None
        else DEGREES.check_number(raw[side], field=f"{name}.{side}")
        for side in SIDES
    }
    if values["left"] is None and values["right"] is None:
        return None
    return SideMeasure(**values)


TEST_LABELS = {
    "thoracic_rotation_deg": "upper-back rotation",
    "neck_side_bend_deg": "neck side bend",
    "neck_rotation_deg": "neck rotation",
    "scapula_winging": "the shoulder-blade check",
    "sitting_hours": "hours sitting",
    "phone_hours": "hours on the phone",
    "breaks_per_hour": "breaks per hour",
}
