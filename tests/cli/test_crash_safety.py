"""Nothing acknowledged is lost: `scapula serve` killed with SIGKILL mid-write keeps every 201.

Runs on SQLite, and on PostgreSQL when DATABASE_URL is set. Killing the app server does
not kill PostgreSQL, so a committed row is safe there even on CI's fsync=off server; the
proof that PostgreSQL itself survives a crash (immediate stop, fsync on) is in `make bench`.
"""

import random

import pytest
import requests

from tests.reliability import lost_and_duplicated, post_until_killed, stored_notes
from tests.support import fresh_database_env, scapula_server

pytestmark = pytest.mark.server


def test_every_acknowledged_pain_entry_survives_kill_9_exactly_once(tmp_path):
    rng = random.Random(20261123)
    acknowledged: list[str] = []
    with fresh_database_env(tmp_path / "data") as env:
        for _round in range(2):
            with scapula_server(env, tmp_path, "--workers", "2") as server:
                done = post_until_killed(server, rng)
            assert done.notes, "the server acknowledged nothing before it was killed"
            acknowledged += done.notes
        with scapula_server(env, tmp_path) as server:
            assert requests.get(server.url("/api/health"), timeout=5).status_code == 200
            stored = stored_notes(env)
    lost, duplicated = lost_and_duplicated(acknowledged, stored)
    assert not lost
    assert not duplicated
