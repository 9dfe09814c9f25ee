"""Parse one catalog TOML text into a validated Exercise."""

import re
import tomllib

from scapula.core.catalog.demo_parse import read_demo
from scapula.core.catalog.errors import CatalogError
from scapula.core.catalog.model import (
    CATEGORIES,
    DRIVER_IDS,
    EQUIPMENT,
    KINDS,
    MEASURE_UNITS,
    MUSCLES,
    NUMERIC_CHANGES,
    POSITIONS,
    TEXT_CHANGES,
    Dose,
    DriverLink,
    Exercise,
    Interpretation,
    LadderStep,
    Measurement,
    SourceLink,
)
from scapula.core.catalog.reader import Reader
from scapula.core.sources import SOURCES, VIDEO_URL, Citation

SCHEMA_VERSION = 1
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MOMENT = re.compile(r"^(\d{1,2}):([0-5]\d)$")


def parse_exercise(text: str, *, file_name: str) -> Exercise:
    """Parse and validate one exercise file; raise CatalogError naming file, id and field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(
            f"is not valid TOML ({error})", file=file_name, exercise="", field=None
        ) from error
    raw_id = data.get("id")
    exercise_id = raw_id if isinstance(raw_id, str) else ""
    reader = Reader(data, file=file_name, exercise=exercise_id)
    exercise = _read_exercise(reader, file_name)
    reader.reject_unknown()
    return exercise


def _read_exercise(reader: Reader, file_name: str) -> Exercise:
    """Read every top-level field in order."""
    if reader.integer("schema", minimum=1) != SCHEMA_VERSION:
        reader.fail("schema", f"this version of scapula reads schema {SCHEMA_VERSION}")
    exercise_id = _read_id(reader, file_name)
    kind = reader.choice("kind", KINDS)
    exercise = Exercise(
        id=exercise_id,
        kind=kind,
        name=reader.text("name"),
        aliases=reader.texts("aliases", (), required=False),
        summary=reader.text("summary"),
        category=_read_category(reader, kind),
        position=reader.choice("position", POSITIONS),
        equipment=reader.choices("equipment", EQUIPMENT),
        muscles=reader.choices("muscles", MUSCLES, ()),
        drivers=_read_drivers(reader),
        steps=reader.texts("steps"),
        cues=reader.texts("cues"),
        mistakes=reader.texts("mistakes"),
        stop_rules=reader.texts("stop_rules"),
        stops_on_any_pain=reader.boolean("stop_on_any_pain", False),
        cautions=reader.texts("cautions", (), required=False),
        dose=_read_dose(reader.table("dose")),
        progressions=reader.each("progressions", _read_step, ()),
        regressions=reader.each("regressions", _read_step, ()),
        sources=reader.each("sources", _read_source),
        interpretations=reader.each("interpretations", _read_interpretation, ()),
        demo=read_demo(reader.table("demo")),
        measurement=_read_measurement(reader, kind),
        file_name=file_name,
    )
    _check_ladder(reader, "progressions", exercise.progressions, exercise.dose, rising=True)
    _check_ladder(reader, "regressions", exercise.regressions, exercise.dose, rising=False)
    return exercise


def _read_id(reader: Reader, file_name: str) -> str:
    """Read the id: lowercase words joined by hyphens, matching the file name."""
    exercise_id = reader.text("id")
    if not _ID.match(exercise_id):
        reader.fail("id", f"{exercise_id!r} must be lowercase words joined by hyphens")
    if file_name.endswith(".toml") and file_name.rsplit("/", 1)[-1] != f"{exercise_id}.toml":
        reader.fail("id", f"must match the file name ({exercise_id}.toml)")
    return exercise_id


def _read_category(reader: Reader, kind: str) -> str:
    """Read the category; self-tests are always 'assessment', exercises never."""
    category = reader.choice("category", CATEGORIES)
    if (category == "assessment") != (kind == "self_test"):
        reader.fail("category", "self-tests use 'assessment'; exercises use another category")
    return category


def _read_drivers(reader: Reader) -> tuple[DriverLink, ...]:
    """Read the drivers addressed, each with the reason why."""
    links = reader.each(
        "drivers", lambda item: DriverLink(item.choice("id", DRIVER_IDS), item.text("why"))
    )
    if not links:
        reader.fail("drivers", "must name at least one driver")
    if len({link.driver for link in links}) != len(links):
        reader.fail("drivers", "names the same driver twice")
    return links


def _read_dose(dose: Reader) -> Dose:
    """Read the default dose: reps or a duration, never both."""
    reps = dose.optional_integer("reps", minimum=1)
    duration = dose.optional_integer("duration_seconds", minimum=1)
    if (reps is None) == (duration is None):
        dose.fail(None, "give either reps or duration_seconds, not both or neither")
    result = Dose(
        sets=dose.integer("sets", 1, minimum=1),
        reps=reps,
        hold_seconds=dose.integer("hold_seconds", 0),
        duration_seconds=duration,
        per_side=dose.boolean("per_side"),
        rest_seconds=dose.integer("rest_seconds", 0),
        positions=dose.texts("positions", (), required=False),
        frequency=dose.choice(
            "frequency", ("daily", "3_per_week", "2_per_week", "as_test"), "daily"
        ),
        tempo=dose.text("tempo") if "tempo" in dose.data else "",
    )
    dose.reject_unknown()
    return result


def _read_step(item: Reader) -> LadderStep:
    """Read one ladder step: one variable, its new value, and a note."""
    change = item.choice("change", (*NUMERIC_CHANGES, *TEXT_CHANGES))
    numeric = change in NUMERIC_CHANGES
    value: int | str = item.integer("value", minimum=1) if numeric else item.text("value")
    return LadderStep(change=change, value=value, note=item.text("note"))


def _check_ladder(
    reader: Reader, key: str, steps: tuple[LadderStep, ...], dose: Dose, *, rising: bool
) -> None:
    """Each numeric step moves its variable the ladder's way; an exercise step comes last."""
    current = {name: getattr(dose, name) for name in NUMERIC_CHANGES}
    for index, step in enumerate(steps):
        if step.change == "exercise" and index < len(steps) - 1:
            # Moving to another exercise leaves this one's ladder: nothing can follow it.
            reader.fail(
                f"{key}[{index}].change", "a move to another exercise must be the last step"
            )
        if step.change not in NUMERIC_CHANGES:
            continue
        before, after = current.get(step.change), step.value
        assert isinstance(after, int)
        if before is None:
            reader.fail(f"{key}[{index}].change", f"the dose has no {step.change} to change")
        if (after <= before) if rising else (after >= before):
            direction = "raise" if rising else "lower"
            reader.fail(f"{key}[{index}].value", f"must {direction} {step.change} from {before}")
        current[step.change] = after


def _read_source(item: Reader) -> SourceLink:
    """Read a citation: a known source key, an optional video moment, what it gives."""
    key = item.choice("key", tuple(SOURCES))
    seconds = None
    moment = ""
    if "moment" in item.data:
        moment = item.text("moment")
        match = _MOMENT.match(moment)
        if not match:
            item.fail("moment", f"must be mm:ss, got {moment!r}")
        if SOURCES[key].url != VIDEO_URL:
            item.fail("moment", "only the video source has moments")
        seconds = int(match.group(1)) * 60 + int(match.group(2))
    return SourceLink(Citation(key, moment, seconds), item.text("gives"))


def _read_interpretation(item: Reader) -> Interpretation:
    """Read a marker for a detail the sources leave out."""
    return Interpretation(item.text("field"), item.text("note"), item.text("basis"))


def _read_measurement(reader: Reader, kind: str) -> Measurement | None:
    """Read what a self-test records; exercises have none."""
    if kind != "self_test":
        if "measurement" in reader.data:
            reader.fail("measurement", "only self-tests have a measurement")
        return None
    table = reader.table("measurement")
    measurement = Measurement(
        unit=table.choice("unit", MEASURE_UNITS),
        per_side=table.boolean("per_side"),
        trials=table.integer("trials", minimum=1),
        flag=table.text("flag"),
        scale=table.texts("scale", (), required=False),
    )
    if measurement.unit == "rating" and not measurement.scale:
        table.fail("scale", "a rating needs its scale, e.g. ['none', 'subtle', 'obvious']")
    table.reject_unknown()
    return measurement
