"""Every record a person owns, model by model, each row's references before the row."""

from graphlib import TopologicalSorter

from django.apps import apps
from django.db import models
from django.db.migrations.recorder import MigrationRecorder

from scapula.accounts.models import User, UserOwnedModel


def owned_models() -> list[type[UserOwnedModel]]:
    """Return every model holding someone's records, referenced models before referencing ones."""
    owned = [
        model
        for model in apps.get_models()
        if issubclass(model, UserOwnedModel) and model._meta.label.startswith(_SCAPULA_APPS)
    ]
    graph = {
        model: {
            field.related_model
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model in owned
        }
        for model in owned
    }
    # Sorted first so the order is the same on every run, whatever the app registry's order.
    ordered = sorted(owned, key=lambda m: m._meta.label)
    sorter = TopologicalSorter({model: graph[model] for model in ordered})
    return list(sorter.static_order())


def owned_rows(model: type[UserOwnedModel], user: User) -> models.QuerySet[UserOwnedModel]:
    """Return one person's rows of a model, oldest first, so exports are stable."""
    return model._default_manager.filter(user=user).order_by("pk")


def has_records(user: User) -> bool:
    """Return whether the person owns any record at all."""
    return any(owned_rows(model, user).exists() for model in owned_models())


def schema_version() -> dict[str, str]:
    """The newest applied migration of each scapula app: what an export's rows were shaped by."""
    latest: dict[str, str] = {}
    for app, name in MigrationRecorder.Migration.objects.values_list("app", "name"):
        if app in _OWN_APP_LABELS and name > latest.get(app, ""):
            latest[app] = name
    return dict(sorted(latest.items()))


def known_migrations() -> dict[str, set[str]]:
    """The migrations this version of scapula ships, per app."""
    from django.db.migrations.loader import MigrationLoader

    known: dict[str, set[str]] = {}
    for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations:
        if app in _OWN_APP_LABELS:
            known.setdefault(app, set()).add(name)
    return known


_SCAPULA_APPS = ("accounts.", "plans.", "practice.", "reminders.", "screening.", "tracking.")
_OWN_APP_LABELS = frozenset(label.rstrip(".") for label in _SCAPULA_APPS)
