"""Benchmark instances: a fresh database (SQLite file or PostgreSQL), seeded, then served."""

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support import RunningServer, scapula_server

ROOT = Path(__file__).resolve().parent.parent
WORKERS = "2"  # one per core, as the README advises for a 2-core server


def instance_env(data_dir: Path, database_url: str | None, **extra: str) -> dict[str, str]:
    """Environment of an instance in data_dir on SQLite, or on the given PostgreSQL database.

    Never the user's own data dir or database: the shell's settings are left out.
    """
    kept = {"SCAPULA_BENCH_QUICK"}
    env = {
        key: value
        for key, value in os.environ.items()
        if key in kept or not (key.startswith(("DJANGO_", "SCAPULA_")) or key == "DATABASE_URL")
    }
    env |= {"SCAPULA_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "scapula.config.settings"}
    # The load is the measurement: no API throttle. Loopback only, so clinic mode may run
    # over plain HTTP as if a TLS proxy stood in front.
    env |= {"SCAPULA_API_RATE_LIMIT": "off", "SCAPULA_BEHIND_TLS_PROXY": "true"}
    if database_url:
        env["DATABASE_URL"] = database_url
    return env | extra


def seed(env: dict[str, str], *args: str) -> object:
    """Run `python -m bench.seed ARGS` in the instance's environment; return what it prints."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.seed", *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output) if output.strip() else None


@contextlib.contextmanager
def serving(env: dict[str, str], log_dir: Path) -> Iterator[RunningServer]:
    """`scapula serve` with two workers on a free loopback port."""
    with scapula_server(env, log_dir, "--workers", WORKERS) as server:
        yield server
