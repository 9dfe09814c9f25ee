"""Named numeric limits: every form, API schema, CLI option and database check is built from these.

Each range is written once here, so the web, the API, the terminal and the database refuse
the same values with the same words.
"""

from dataclasses import dataclass

from scapula.core.errors import ScapulaError


@dataclass(frozen=True, slots=True)
class Limit:
    """An inclusive range of numbers, with the unit people read it in."""

    low: int
    high: int
    unit: str = ""

    @property
    def choices(self) -> range:
        """Return every whole number in the range (a 0-10 button row, say)."""
        return range(self.low, self.high + 1)

    def describe(self) -> str:
        """Say the range in words: 'from 0 to 10'."""
        unit = f" {self.unit}" if self.unit else ""
        return f"from {self.low:g} to {self.high:g}{unit}"

    def check(self, value: object, *, field: str) -> int:
        """Return a whole number inside the range, or name the field and the range."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise ScapulaError(
                f"must be a whole number {self.describe()}, got {value!r}", field=field
            )
        return int(self.check_number(value, field=field))

    def check_number(self, value: object, *, field: str) -> float:
        """Return a number (whole or not) inside the range, or name the field and the range."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ScapulaError(f"must be a number, got {value!r}", field=field)
        if not self.low <= value <= self.high:
            raise ScapulaError(f"must be {self.describe()}, got {value:g}", field=field)
        return float(value)


PAIN_SCALE = Limit(0, 10)  # NPRS (clinical.md §2.1)
GROC_SCALE = Limit(-7, 7)  # the 15-point global rating of change (§2.4)
MINUTES_PER_DAY = Limit(5, 60, "minutes")
AGE = Limit(12, 110, "years")
DEGREES = Limit(0, 180, "degrees")
HOURS_PER_DAY = Limit(0, 24, "hours")
# A clinician's dose for one exercise: wide enough for every rung of the catalog's ladders
# (at most 3 sets, 10 reps, 30 s holds, 45 s timed work), narrow enough to catch a typo.
DOSE_SETS = Limit(1, 5, "sets")
DOSE_REPS = Limit(1, 30, "repetitions")
DOSE_HOLD_SECONDS = Limit(0, 120, "seconds")
DOSE_DURATION_SECONDS = Limit(5, 300, "seconds")
