"""Typed access to one TOML table that reports the dotted path of any bad field."""

import difflib
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeVar

from scapula.core.catalog.errors import CatalogError

T = TypeVar("T")
_MISSING = object()


class Reader:
    """Read fields from a parsed TOML table, failing with file, exercise and field named."""

    def __init__(self, data: dict[str, Any], *, file: str, exercise: str, path: str = "") -> None:
        self.data = data
        self.file = file
        self.exercise = exercise
        self.path = path
        self._seen: set[str] = set()

    def fail(self, key: str | None, message: str) -> NoReturn:
        """Raise a CatalogError about one field of this table."""
        raise CatalogError(message, file=self.file, exercise=self.exercise, field=self._at(key))

    def _typo_hint(self, key: str) -> str:
        """Point at a present key that looks like a misspelling of the missing one."""
        close = difflib.get_close_matches(key, [k for k in self.data if k != key], n=1)
        return f" (found {close[0]!r}: a typo?)" if close else ""

    def _at(self, key: str | None) -> str | None:
        if key is None:
            return self.path or None
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, default: Any) -> Any:
        self._seen.add(key)
        value = self.data.get(key, default)
        if value is _MISSING:
            self.fail(key, "is missing" + self._typo_hint(key))
        # Defaults are given as tuples (immutable); TOML itself only ever yields lists.
        return list(value) if isinstance(value, tuple) else value

    def raw(self, key: str, default: Any = _MISSING) -> Any:
        """Return a value as parsed, for shapes the typed readers do not cover."""
        return self._get(key, default)

    def text(self, key: str, default: Any = _MISSING) -> str:
        """Return a non-empty string."""
        value = self._get(key, default)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"must be a non-empty text, got {_show(value)}")
        return value.strip()

    def integer(self, key: str, default: Any = _MISSING, *, minimum: int = 0) -> int:
        """Return a whole number at least `minimum` (booleans are refused)."""
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be a whole number, got {_show(value)}")
        if value < minimum:
            self.fail(key, f"must be at least {minimum}, got {value}")
        return value

    def optional_integer(self, key: str, *, minimum: int = 0) -> int | None:
        """Return a whole number, or None when the key is absent."""
        if key not in self.data:
            self._seen.add(key)
            return None
        return self.integer(key, minimum=minimum)

    def number(self, key: str, default: Any = _MISSING) -> float:
        """Return an int or float (booleans are refused)."""
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, got {_show(value)}")
        return float(value)

    def boolean(self, key: str, default: Any = _MISSING) -> bool:
        """Return true or false."""
        value = self._get(key, default)
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, got {_show(value)}")
        return value

    def choice(self, key: str, choices: Sequence[str], default: Any = _MISSING) -> str:
        """Return one of a fixed set of words."""
        value = self.text(key, default)
        if value not in choices:
            self.fail(key, f"unknown value {value!r}; use one of: {', '.join(choices)}")
        return value

    def texts(self, key: str, default: Any = _MISSING, *, required: bool = True) -> tuple[str, ...]:
        """Return a list of non-empty strings (non-empty list when required)."""
        value = self._get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(key, f"must be a list of texts, got {_show(value)}")
        if required and not value:
            self.fail(key, "must list at least one item")
        return tuple(v.strip() for v in value)

    def choices(self, key: str, allowed: Sequence[str], default: Any = _MISSING) -> tuple[str, ...]:
        """Return a list whose items all come from a fixed set, without repeats."""
        items = self.texts(key, default, required=False)
        for item in items:
            if item not in allowed:
                self.fail(key, f"unknown value {item!r}; use any of: {', '.join(allowed)}")
        if len(set(items)) != len(items):
            self.fail(key, "lists the same value twice")
        return items

    def table(self, key: str, default: Any = _MISSING) -> "Reader":
        """Return a reader for a nested table."""
        value = self._get(key, default)
        if not isinstance(value, dict):
            self.fail(key, f"must be a table, got {_show(value)}")
        return Reader(value, file=self.file, exercise=self.exercise, path=self._at(key) or key)

    def tables(self, key: str, default: Any = _MISSING) -> list["Reader"]:
        """Return readers for an array of tables ([[key]] blocks)."""
        value = self._get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"must be a list of tables ([[{key}]] blocks), got {_show(value)}")
        prefix = self._at(key) or key
        return [
            Reader(item, file=self.file, exercise=self.exercise, path=f"{prefix}[{index}]")
            for index, item in enumerate(value)
        ]

    def each(
        self, key: str, read: Callable[["Reader"], T], default: Any = _MISSING
    ) -> tuple[T, ...]:
        """Read every table of an array of tables with `read`, checking unknown keys."""
        results = []
        for item in self.tables(key, default):
            results.append(read(item))
            item.reject_unknown()
        return tuple(results)

    def reject_unknown(self) -> None:
        """Fail on keys nobody read: they are usually typos."""
        for key in self.data:
            if key not in self._seen:
                self.fail(key, "is not a known field (check its spelling)")


def _show(value: object) -> str:
    """Describe a bad value briefly for an error message."""
    if value is _MISSING:
        return "nothing"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
