"""The ownership check: every record scapula stores belongs to a user."""

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
