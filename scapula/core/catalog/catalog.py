"""The whole catalog: lookup, filters and search, and the checks that span files."""

from collections.abc import Iterable
from dataclasses import dataclass

from scapula.core.catalog.errors import CatalogError
from scapula.core.catalog.model import Exercise


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every exercise and self-test, in a stable order (exercises first, then by name)."""

    entries: tuple[Exercise, ...]

    def get(self, exercise_id: str) -> Exercise:
        """Return one entry by id, or raise KeyError naming it."""
        for entry in self.entries:
            if entry.id == exercise_id:
                return entry
        raise KeyError(exercise_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Return every id in catalog order."""
        return tuple(entry.id for entry in self.entries)

    def select(
        self,
        *,
        kind: str | None = None,
        driver: str | None = None,
        position: str | None = None,
        equipment: str | None = None,
        query: str = "",
    ) -> tuple[Exercise, ...]:
        """Return the entries matching every given filter; query matches names and aliases."""
        return tuple(
            entry
            for entry in self.entries
            if (kind is None or entry.kind == kind)
            and (driver is None or driver in entry.driver_ids)
            and (position is None or entry.position == position)
            and (equipment is None or _fits_equipment(entry, equipment))
            and matches_query(entry, query)
        )


def _fits_equipment(entry: Exercise, equipment: str) -> bool:
    """'none' selects exercises that need nothing; a name selects those that use it."""
    return not entry.equipment if equipment == "none" else equipment in entry.equipment


def matches_query(entry: Exercise, query: str) -> bool:
    """Return whether every word of the query appears in the name, aliases or summary."""
    words = query.lower().split()
    haystack = " ".join((entry.name, *entry.aliases, entry.id)).lower()
    return all(word in haystack for word in words)


def build_catalog(entries: Iterable[Exercise], *, other_ids: Iterable[str] = ()) -> Catalog:
    """Check ids are unique and every referenced exercise exists, then order the entries.

    other_ids names exercises that exist elsewhere (checking one file against the rest).
    """
    items = list(entries)
    _check_unique_ids(items)
    known = {entry.id for entry in items} | set(other_ids)
    for entry in items:
        _check_references(entry, known)
    ordered = sorted(items, key=lambda e: (e.kind != "exercise", e.name.lower()))
    return Catalog(tuple(ordered))


def _check_unique_ids(items: list[Exercise]) -> None:
    """Fail when two files declare the same id."""
    seen: dict[str, str] = {}
    for entry in items:
        if entry.id in seen:
            raise CatalogError(
                f"is also declared in {seen[entry.id]}",
                file=entry.file_name,
                exercise=entry.id,
                field="id",
            )
        seen[entry.id] = entry.file_name


def _check_references(entry: Exercise, known: set[str]) -> None:
    """Fail when a ladder step points at an exercise the catalog does not hold."""
    for key, ladder in (("progressions", entry.progressions), ("regressions", entry.regressions)):
        for index, step in enumerate(ladder):
            if step.change == "exercise" and step.value not in known:
                raise CatalogError(
                    f"names unknown exercise {step.value!r}",
                    file=entry.file_name,
                    exercise=entry.id,
                    field=f"{key}[{index}].value",
                )
