"""The exercise catalog: validated values parsed from TOML text, and their demonstrations."""

from scapula.core.catalog.catalog import Catalog, build_catalog, matches_query
from scapula.core.catalog.errors import CatalogError
from scapula.core.catalog.model import Dose, Exercise, LadderStep
from scapula.core.catalog.parse import parse_exercise

__all__ = [
    "Catalog",
    "CatalogError",
    "Dose",
    "Exercise",
    "LadderStep",
    "build_catalog",
    "matches_query",
    "parse_exercise",
]
