"""The ownership check: every record scapula stores belongs to a user."""

import pytest
from django.core import checks
from django.db import models
from django.test.utils import isolate_apps

from scapula.accounts.checks import find_models_without_owner
from scapula.accounts.models import UserOwnedModel


def test_the_shipped_models_pass_the_ownership_check():
    errors = [m for m in checks.run_checks() if m.id == "scapula.E001"]
    assert errors == []


@isolate_apps("scapula.accounts")
def test_a_record_without_an_owner_is_reported():
    class Orphan(models.Model):
        note = models.TextField()

        class Meta:
            app_label = "accounts"

    class PainEntry(UserOwnedModel):
        score = models.IntegerField()

        class Meta:
            app_label = "accounts"

    assert find_models_without_owner([Orphan, PainEntry]) == [Orphan]


def test_the_shipped_catalog_passes_its_start_up_check():
    assert [m for m in checks.run_checks() if m.id == "scapula.E002"] == []


def test_a_broken_catalog_stops_start_up_naming_the_file(monkeypatch):
    from scapula.catalog import checks as catalog_checks
    from scapula.config.startup import check_instance
    from scapula.core import ConfigError
    from scapula.core.catalog import CatalogError

    def broken():
        raise CatalogError(
            "must be a whole number", file="plank.toml", exercise="plank", field="dose.reps"
        )

    monkeypatch.setattr(catalog_checks, "shipped_catalog", broken)
    with pytest.raises(ConfigError) as caught:
        check_instance()
    assert str(caught.value) == (
        "plank.toml: exercise plank: dose.reps: must be a whole number [scapula.E002]"
    )
