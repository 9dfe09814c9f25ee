"""Emergency telephone numbers to show on the emergency screen (clinical.md §1.3)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    """Where a number works, and the number."""

    region: str
    number: str


# The brief names 999, 112 and 911; the others are the well-known national numbers.
EMERGENCY_NUMBERS: tuple[EmergencyNumber, ...] = (
    EmergencyNumber("European Union and most of Europe", "112"),
    EmergencyNumber("United Kingdom", "999"),
    EmergencyNumber("United States and Canada", "911"),
    EmergencyNumber("Australia", "000"),
    EmergencyNumber("New Zealand", "111"),
    EmergencyNumber("India", "112"),
)


def emergency_numbers() -> tuple[EmergencyNumber, ...]:
    """Return the list of emergency numbers, most widely valid first."""
    return EMERGENCY_NUMBERS
