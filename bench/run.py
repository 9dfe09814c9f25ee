"""make bench: measure every figure of product.md §5 and prove crash safety and load at length.

Writes bench/results.json and prints each figure beside its budget. Sections:
`cli_start` (start-up of the installed command), `player` (Chromium), `api_load` (wrk
against `scapula serve`), `cohort` (the clinician-scale query), `journey` (100 people for
2 minutes) and `crash` (kill -9 rounds), on SQLite and on a throw-away PostgreSQL 15
(fsync on) on loopback. The machine is shared and noisy: figures are medians of runs.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import api_load, cli_start, crash, journey, player  # noqa: E402
from bench.instance import instance_env, seed, serving  # noqa: E402
from bench.postgres import throwaway_postgres  # noqa: E402
from bench.report import machine, print_table  # noqa: E402
from bench.table import table  # noqa: E402


def log(message: str) -> None:
    """Say what runs now, so a long run shows progress."""
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def server_figures(tmp: Path, database: str, url: str | None, results: dict) -> None:
    """Personal-mode instance: API figures under wrk (and the player figures on SQLite)."""
    env = instance_env(tmp / f"{database}-api", url)
    seed(env, "owner")
    with serving(env, tmp) as server:
        if database == "sqlite":
            log("player: page bytes, time to usable, timer drift (Chromium)")
            results["player"] = player.measure_all(server)
        log(f"api: wrk on {database}")
        results["api"][database] = api_load.measure_all(server)


def cohort_figures(tmp: Path, database: str, url: str | None, results: dict) -> None:
    """Seed 1,000 people with a year of data in their own database; time the outcomes."""
    log(f"cohort: seeding and timing on {database}")
    env = instance_env(tmp / f"{database}-cohort", url)
    output = subprocess.run(
        [sys.executable, "-m", "bench.cohort"], env=env, cwd=ROOT, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    results["cohort"][database] = json.loads(output.strip().splitlines()[-1])


def workspace_figures(tmp: Path, database: str, url: str | None, results: dict) -> None:
    """Clinic-mode instance: a clinician's patient list of 1,000 patients with a year each."""
    log(f"workspace: seeding and timing the patient list on {database}")
    env = instance_env(tmp / f"{database}-workspace", url, SCAPULA_MODE="clinic")
    output = subprocess.run(
        [sys.executable, "-m", "bench.workspace"], env=env, cwd=ROOT, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    results["workspace"][database] = json.loads(output.strip().splitlines()[-1])


def journey_figures(tmp: Path, database: str, url: str | None, results: dict) -> None:
    """Clinic-mode instance with 100 signed-in people running the daily journey."""
    log(f"journey: {journey.PEOPLE} people for {journey.SECONDS} s on {database}")
    env = instance_env(tmp / f"{database}-journey", url, SCAPULA_MODE="clinic")
    cookies = seed(env, "users", str(journey.PEOPLE))
    with serving(env, tmp) as server:
        results["journey"][database] = journey.run(server.base_url, list(cookies))


def shorten_for_a_quick_check() -> None:
    """SCAPULA_BENCH_QUICK=1 checks the harness in about two minutes; its figures mean nothing."""
    api_load.RUNS, api_load.SECONDS = 1, 1
    journey.SECONDS, crash.ROUNDS, player.RUNS = 5, 1, 1


def main() -> None:
    """Run every section and write bench/results.json."""
    if os.environ.get("SCAPULA_BENCH_QUICK") == "1":
        shorten_for_a_quick_check()
    started = time.monotonic()
    results: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds")}
    results |= {
        "machine": machine(),
        "api": {},
        "cohort": {},
        "workspace": {},
        "journey": {},
        "crash": {},
    }
    log("cli: start-up of the installed command")
    results["cli"] = cli_start.measure_all()
    with tempfile.TemporaryDirectory(prefix="scapula-bench-") as name:
        tmp = Path(name)
        server_figures(tmp, "sqlite", None, results)
        cohort_figures(tmp, "sqlite", None, results)
        workspace_figures(tmp, "sqlite", None, results)
        journey_figures(tmp, "sqlite", None, results)
        log("crash: kill -9 rounds on sqlite")
        results["crash"]["sqlite"] = crash.run(instance_env(tmp / "sqlite-crash", None), tmp)
        with throwaway_postgres() as postgres:
            server_figures(tmp, "postgresql", postgres.url, results)
            cohort_figures(tmp, "postgresql", postgres.database("cohort"), results)
            workspace_figures(tmp, "postgresql", postgres.database("workspace"), results)
            journey_figures(tmp, "postgresql", postgres.database("journey"), results)
            log("crash: kill -9 rounds on postgresql, which crashes too")
            env = instance_env(tmp / "postgresql-crash", postgres.database("crash"))
            results["crash"]["postgresql"] = crash.run(env, tmp, postgres)
    results["wall_seconds"] = round(time.monotonic() - started)
    results["table"] = table(results)
    name = "results-quick.json" if os.environ.get("SCAPULA_BENCH_QUICK") == "1" else "results.json"
    (ROOT / "bench" / name).write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


if __name__ == "__main__":
    main()
