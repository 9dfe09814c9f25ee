"""The database really is SQLite in WAL mode (or PostgreSQL), and the signing key is kept safely."""

import stat

import pytest
from django.db import connection

from scapula.config.runtime import load_or_create_secret_key


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys():
    if connection.vendor != "sqlite":
        pytest.skip("this run uses PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


def test_the_signing_key_is_created_once_private_and_then_reused(tmp_path):
    first = load_or_create_secret_key(tmp_path)
    second = load_or_create_secret_key(tmp_path)
    assert first == second
    assert len(first) >= 50
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600
