"""System check: the shipped catalog parses and validates (error scapula.E002 otherwise)."""

from collections.abc import Iterable
from typing import Any

from django.apps import AppConfig
from django.core import checks

from scapula.catalog import shipped_catalog
from scapula.core.catalog import CatalogError


@checks.register()
def check_catalog_loads(
    app_configs: Iterable[AppConfig] | None = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """Report the first problem of the shipped catalog, naming file, exercise and field."""
    try:
        shipped_catalog()
    except CatalogError as error:
        return [checks.Error(str(error), hint="Fix the catalog file.", id="scapula.E002")]
    return []
