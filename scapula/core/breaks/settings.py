"""Desk-break settings: work days and hours, break rhythm and lengths, snooze, session time."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from scapula.core.errors import ScapulaError
from scapula.core.sources import Citation

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# clinical.md §4: a micro-break every 20-30 min (McLean 2001: best at 20 min), 30-60 s long.
MICRO_EVERY_RANGE = (20, 30)
MICRO_SECONDS_RANGE = (30, 60)
# clinical.md §4: a 3-5 min active break once an hour (Henning 1997; Galinsky 2000).
ACTIVE_MINUTES_RANGE = (3, 5)
# UNSOURCED: the snooze range is ours; §4 only asks that prompts be short and snoozable.
SNOOZE_RANGE = (5, 30)

RHYTHM_SOURCES = (
    Citation("mclean-2001", "microbreaks every 20 min eased discomfort"),
    Citation("henning-1997", "three 30-s breaks and one 3-min break an hour"),
    Citation("galinsky-2000", "an extra 5-min break in each hour"),
)


@dataclass(frozen=True, slots=True)
class BreakSettings:
    """When someone works and how their desk breaks should run (defaults from clinical.md §4)."""

    enabled: bool = False
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    starts_at: time = time(9, 0)
    ends_at: time = time(17, 0)
    micro_every_minutes: int = 20
    micro_seconds: int = 60
    active_minutes: int = 3
    snooze_minutes: int = 10
    session_at: time | None = time(18, 0)

    def __post_init__(self) -> None:
        """Refuse a value outside its range, naming the field."""
        _check_days(self.work_days)
        for name in ("starts_at", "ends_at", "session_at"):
            value = getattr(self, name)
            if value is not None and (value.second or value.microsecond or value.tzinfo):
                raise ScapulaError("give a time in whole minutes, like 09:00", field=name)
        if self.starts_at >= self.ends_at:
            raise ScapulaError("the work day must end after it starts", field="ends_at")
        _check_range("micro_every_minutes", self.micro_every_minutes, MICRO_EVERY_RANGE)
        _check_range("micro_seconds", self.micro_seconds, MICRO_SECONDS_RANGE)
        _check_range("active_minutes", self.active_minutes, ACTIVE_MINUTES_RANGE)
        _check_range("snooze_minutes", self.snooze_minutes, SNOOZE_RANGE)

    @property
    def day_names(self) -> tuple[str, ...]:
        """Return the work days as short names, Monday first."""
        return tuple(DAY_NAMES[day] for day in self.work_days)

    def as_dict(self) -> dict[str, object]:
        """Return the settings as JSON-ready data (times as HH:MM, days as names)."""
        return {
            "enabled": self.enabled,
            "work_days": list(self.day_names),
            "starts_at": _hhmm(self.starts_at),
            "ends_at": _hhmm(self.ends_at),
            "micro_every_minutes": self.micro_every_minutes,
            "micro_seconds": self.micro_seconds,
            "active_minutes": self.active_minutes,
            "snooze_minutes": self.snooze_minutes,
            "session_at": _hhmm(self.session_at) if self.session_at else None,
        }


def parse_break_settings(
    data: Mapping[str, object], base: BreakSettings | None = None
) -> BreakSettings:
    """Return settings from JSON-like data laid over base; a bad key or value is named."""
    values = (base or BreakSettings()).as_dict()
    for key, value in data.items():
        if key not in values:
            raise ScapulaError(f"unknown setting {key!r}", field=key)
        values[key] = value
    return BreakSettings(
        enabled=_bool("enabled", values["enabled"]),
        work_days=parse_days(values["work_days"]),
        starts_at=parse_time("starts_at", values["starts_at"]),
        ends_at=parse_time("ends_at", values["ends_at"]),
        micro_every_minutes=_int("micro_every_minutes", values["micro_every_minutes"]),
        micro_seconds=_int("micro_seconds", values["micro_seconds"]),
        active_minutes=_int("active_minutes", values["active_minutes"]),
        snooze_minutes=_int("snooze_minutes", values["snooze_minutes"]),
        session_at=(
            None
            if values["session_at"] in (None, "")
            else parse_time("session_at", values["session_at"])
        ),
    )


def parse_days(value: object) -> tuple[int, ...]:
    """Return weekday numbers (Monday 0) from day names like ["mon", "tue"]."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list | tuple):
        raise ScapulaError("give a list of day names like mon, tue", field="work_days")
    days = []
    for name in value:
        if not isinstance(name, str) or name.lower() not in DAY_NAMES:
            raise ScapulaError(
                f"unknown day {name!r}; use: {', '.join(DAY_NAMES)}", field="work_days"
            )
        days.append(DAY_NAMES.index(name.lower()))
    return tuple(sorted(set(days)))


def parse_time(field: str, value: object) -> time:
    """Return a time of day from 'HH:MM', naming the field when it is not one."""
    if isinstance(value, time):
        return value
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        hours, minutes = value[:2], value[3:]
        if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
    raise ScapulaError(f"give a time as HH:MM (24-hour), got {value!r}", field=field)


def _check_days(days: tuple[int, ...]) -> None:
    """Refuse an empty or unknown set of work days."""
    if not days:
        raise ScapulaError("choose at least one work day", field="work_days")
    if any(not 0 <= day <= 6 for day in days) or list(days) != sorted(set(days)):
        raise ScapulaError("work days must be distinct weekdays, Monday first", field="work_days")


def _check_range(field: str, value: int, bounds: tuple[int, int]) -> None:
    """Refuse a whole number outside its range (the range follows clinical.md §4)."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ScapulaError(
            f"must be a whole number from {low} to {high}, got {value!r}", field=field
        )


def _int(field: str, value: object) -> int:
    """Return a whole number, refusing booleans, fractions and words."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ScapulaError(f"must be a whole number, got {value!r}", field=field)


def _bool(field: str, value: object) -> bool:
    """Return a true/false value, refusing anything else."""
    if isinstance(value, bool):
        return value
    raise ScapulaError(f"must be true or false, got {value!r}", field=field)


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")
