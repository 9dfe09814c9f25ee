"""Crash safety at length: kill -9 rounds on SQLite, and on a durable PostgreSQL that crashes too.

Each round, four clients post pain entries and the server's whole process group is killed
at a random moment. On PostgreSQL (fsync on) the database server is then stopped in
"immediate" mode as well, which skips the checkpoint as a crash would, and restarted, so
acknowledged rows must come back from its write-ahead log.
"""

import random
from pathlib import Path

from bench.instance import serving
from bench.postgres import Postgres
from tests.reliability import lost_and_duplicated, post_until_killed, stored_notes

ROUNDS = 5


def run(env: dict[str, str], log_dir: Path, postgres: Postgres | None = None) -> dict[str, int]:
    """Kill and restart ROUNDS times; count what was acknowledged, lost and duplicated."""
    rng = random.Random(7)
    acknowledged: list[str] = []
    for _round in range(ROUNDS):
        with serving(env, log_dir) as server:
            acknowledged += post_until_killed(server, rng).notes
        if postgres is not None:
            postgres.crash()
            postgres.start()
    with serving(env, log_dir):
        stored = stored_notes(env)
    lost, duplicated = lost_and_duplicated(acknowledged, stored)
    return {
        "rounds": ROUNDS,
        "acknowledged": len(acknowledged),
        "stored": len(stored),
        "lost": len(lost),
        "duplicated": len(duplicated),
    }
