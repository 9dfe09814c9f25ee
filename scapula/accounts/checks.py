"""System check: every model scapula stores has an owner, so no record is ever orphaned."""

from collections.abc import Iterable
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.core import checks
from django.db import models

# Models that are themselves the owners (a person, a clinic), not records owned by someone.
_OWNER_MODELS = frozenset({"accounts.User", "accounts.Clinic"})


@checks.register()
def check_every_record_has_an_owner(
    app_configs: Iterable[AppConfig] | None = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """Report scapula models that have no foreign key to the user model."""
    configs = app_configs or apps.get_app_configs()
    scapula_models = [
        model
        for config in configs
        if config.name.startswith("scapula.")
        for model in config.get_models()
    ]
    return [
        checks.Error(
            f"{model._meta.label} has no foreign key to the user model",
            hint="Derive it from scapula.accounts.models.UserOwnedModel.",
            obj=model,
            id="scapula.E001",
        )
        for model in find_models_without_owner(scapula_models)
    ]


def find_models_without_owner(candidates: Iterable[type[models.Model]]) -> list[type[models.Model]]:
    """Return the models, other than the user model, that do not point at a user."""
    return [
        model
        for model in candidates
        if model._meta.label not in _OWNER_MODELS and not _has_owner(model)
    ]


def _has_owner(model: type[models.Model]) -> bool:
    """Return whether the model points at the user model."""
    return any(
        _label(field.related_model) == settings.AUTH_USER_MODEL
        for field in model._meta.get_fields()
        if field.concrete and field.is_relation and field.related_model is not None
    )


def _label(related: "type[models.Model] | str") -> str:
    """Return "app.Model" for a related model, resolved or still a lazy string."""
    return related if isinstance(related, str) else related._meta.label
