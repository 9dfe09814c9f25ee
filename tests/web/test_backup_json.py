"""The JSON dump (PostgreSQL's backup without pg_dump) keeps every value exactly."""

import json
from datetime import UTC, datetime

import pytest
from django.core import serializers
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.portability.backup import _exact, _json_dump
from scapula.tracking.models import PainEntry
from scapula.tracking.services import record_pain


@pytest.mark.django_db
def test_a_moment_with_a_few_microseconds_survives_the_dump_exactly():
    entry = record_pain(user=ensure_owner(), score=4, context="usual", today=timezone.localdate())
    moment = datetime(2026, 12, 3, 7, 59, 41, 412, tzinfo=UTC)  # under a millisecond
    PainEntry.objects.filter(pk=entry.pk).update(created_at=moment)
    text = json.dumps(_json_dump(), default=_exact)
    rows = [
        item.object
        for item in serializers.deserialize("python", json.loads(text)["objects"])
        if isinstance(item.object, PainEntry)
    ]
    assert rows[0].created_at == moment
