"""Reading one bundle entry: typed values at a path, failing with the entry's field named."""

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NoReturn

from scapula.core.errors import ScapulaError


class Entry:
    """One resource of a bundle and its position, so every problem names its field."""

    def __init__(self, index: int, resource: Mapping[str, Any]) -> None:
        self.index = index
        self.resource = resource

    @property
    def kind(self) -> str:
        """The resource type."""
        return str(self.resource.get("resourceType", ""))

    def field(self, path: str) -> str:
        """The full name of a field of this entry's resource."""
        return f"entry[{self.index}].resource.{path}"

    def fail(self, path: str, message: str) -> NoReturn:
        """Refuse the bundle, naming the field."""
        raise ScapulaError(message, field=self.field(path))

    def get(self, path: str) -> Any:
        """Return the value at a dotted path (list positions as numbers), or None."""
        value: Any = self.resource
        for part in path.replace("[", ".").replace("]", "").split("."):
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif isinstance(value, Mapping):
                value = value.get(part)
            else:
                return None
        return value

    def text(self, path: str, *, required: bool = True) -> str:
        """Return the string at a path ('' when optional and absent)."""
        value = self.get(path)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(path, "is missing; scapula needs it here")
        return value

    def whole(self, path: str) -> int:
        """Return the whole number at a path."""
        value = self.get(path)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"must be a whole number, got {value!r}")
        return value

    def optional_whole(self, path: str) -> int | None:
        """Return the whole number at a path, or None when there is none."""
        return None if self.get(path) is None else self.whole(path)

    def moment(self, path: str) -> datetime:
        """Return the date and time with its offset at a path."""
        value = str(self.get(path))
        try:
            found = datetime.fromisoformat(value)
        except ValueError:
            found = None
        if found is None or "T" not in value or found.tzinfo is None:
            self.fail(path, "must be a date and time with its offset, e.g. 2026-11-23T08:00:00Z")
        return found

    def optional_moment(self, path: str) -> datetime | None:
        """Return the date and time at a path, or None when there is none."""
        return None if self.get(path) is None else self.moment(path)

    def day(self, path: str) -> date:
        """Return the calendar day at a path (a date, or the day of a date-time as written)."""
        value = self.get(path)
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            self.fail(path, "must be a day, e.g. 2026-11-23")


def extensions(data: Any, url: str) -> list[tuple[int, Mapping[str, Any]]]:
    """Return the extensions with a url, each with its position in the list."""
    found = data.get("extension") if isinstance(data, Mapping) else None
    return [
        (index, item)
        for index, item in enumerate(found or [])
        if isinstance(item, Mapping) and item.get("url") == url
    ]


def part(data: Mapping[str, Any], name: str) -> tuple[int, Mapping[str, Any]] | None:
    """Return the first part of a complex extension with a name, and its position."""
    parts = extensions(data, name)
    return parts[0] if parts else None


def value_of(data: Mapping[str, Any]) -> Any:
    """Return the value[x] of an extension or answer, whatever its type."""
    for key, value in data.items():
        if key.startswith("value"):
            return value
    return None
