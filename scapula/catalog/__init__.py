"""Load the catalog shipped in this package (one TOML file per exercise) through the core."""

from functools import lru_cache
from pathlib import Path

from scapula.core.catalog import Catalog, build_catalog, parse_exercise

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_catalog(folder: Path) -> Catalog:
    """Parse every *.toml file of a folder into a checked catalog."""
    entries = [
        parse_exercise(path.read_text(encoding="utf-8"), file_name=path.name)
        for path in sorted(folder.glob("*.toml"))
    ]
    return build_catalog(entries)


def read_catalog_file(path: Path) -> Catalog:
    """Parse a single exercise file into a one-entry catalog."""
    return build_catalog([parse_exercise(path.read_text(encoding="utf-8"), file_name=path.name)])


@lru_cache(maxsize=1)
def shipped_catalog() -> Catalog:
    """Return the catalog shipped with scapula (parsed once per process)."""
    return read_catalog(DATA_DIR)
