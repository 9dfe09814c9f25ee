"""Emergency telephone numbers for the emergency screen, by country (clinical.md §1.3)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    """Where a number works, the number, and the country codes (ISO 3166) it serves."""

    region: str
    number: str
    countries: tuple[str, ...]


# The brief names 999, 112 and 911; the others are the well-known national numbers.
EMERGENCY_NUMBERS: tuple[EmergencyNumber, ...] = (
    EmergencyNumber(
        "European Union and most of Europe",
        "112",
        (
            "AT",
            "BE",
            "BG",
            "CH",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HR",
            "HU",
            "IE",
            "IS",
            "IT",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "NO",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
        ),
    ),
    EmergencyNumber("United Kingdom", "999", ("GB",)),
    EmergencyNumber("United States and Canada", "911", ("US", "CA")),
    EmergencyNumber("Australia", "000", ("AU",)),
    EmergencyNumber("New Zealand", "111", ("NZ",)),
    EmergencyNumber("India", "112", ("IN",)),
)
KNOWN_COUNTRIES = tuple(sorted(code for item in EMERGENCY_NUMBERS for code in item.countries))


def emergency_numbers(country: str | None = None) -> tuple[EmergencyNumber, ...]:
    """Return every number, the one for the configured country first."""
    if country is None:
        return EMERGENCY_NUMBERS
    first = tuple(item for item in EMERGENCY_NUMBERS if country in item.countries)
    return first + tuple(item for item in EMERGENCY_NUMBERS if item not in first)
