"""System check: every model scapula stores has an owner, so no record is ever orphaned."""

from collections.abc import Iterable
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.core import checks
from django.db import models

# Models that are themselves the owners, not records owned by someone.
_OWNER_MODELS = frozenset({"accounts.User"})


@checks.register()
def check_every_record_has_an_owner(
    app_configs: Iterable[AppConfig] | None = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """Report scapula models that have no foreign key to the user model."""
    configs = app_configs or apps.get_app_configs()
    return [
        checks.Error(
            f"{model._meta.label} has no foreign key to the user model",
            hint="Derive it from scapula.accounts.models.UserOwnedModel.",
            obj=model,
            id="scapula.E001",
        )
        for config in configs
        if config.name.startswith("scapula.")
        for model in config.get_models()
        if model._meta.label not in _OWNER_MODELS and not _has_owner(model)
    ]


def _has_owner(model: type[models.Model]) -> bool:
    """Return whether the model points at the user model."""
    return any(
        field.is_relation and field.related_model is not None
        and field.related_model._meta.label == settings.AUTH_USER_MODEL
        for field in model._meta.get_fields()
        if field.concrete
    )
