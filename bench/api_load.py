"""Throughput and latency of today's routine and a pain entry under wrk, on one running server."""

import json
import os
import statistics
import subprocess
from pathlib import Path

from tests.support import RunningServer

WRK_DIR = Path(__file__).resolve().parent / "wrk"
RUNS = 3
SECONDS = 5
ENDPOINTS = {
    "session_today": ("GET /api/session/today", "/api/session/today", "get.lua"),
    "pain_post": ("POST /api/pain", "/api/pain", "post_pain.lua"),
}


def wrk(url: str, script: str, *, token: str, clients: int, seconds: int) -> dict[str, float]:
    """Run wrk once, as the owner (the sign-in token as a bearer header); return its summary."""
    threads = min(clients, 2)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "-s", script, url],
        cwd=WRK_DIR,
        env=os.environ | {"SCAPULA_TOKEN": token},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(server: RunningServer, path: str, script: str, clients: int) -> dict[str, object]:
    """Warm up, then run wrk RUNS times; medians of throughput, p50 and p99."""
    url, token = server.url(path), server.token
    wrk(url, script, token=token, clients=clients, seconds=1)
    runs = [wrk(url, script, token=token, clients=clients, seconds=SECONDS) for _ in range(RUNS)]
    rates = [run["requests"] / (run["duration_us"] / 1e6) for run in runs]
    return {
        "requests_per_s": round(statistics.median(rates)),
        "p50_ms": round(statistics.median(run["p50_us"] for run in runs) / 1000, 2),
        "p99_ms": round(statistics.median(run["p99_us"] for run in runs) / 1000, 2),
        "errors": sum(int(run["socket_errors"] + run["non_2xx"]) for run in runs),
        # Socket errors include requests wrk gave up on after its 2 s timeout.
        "socket_errors": sum(int(run["socket_errors"]) for run in runs),
        "non_2xx": sum(int(run["non_2xx"]) for run in runs),
        "runs": RUNS,
        "seconds_per_run": SECONDS,
        "clients": clients,
    }


def measure_all(server: RunningServer) -> dict[str, dict[str, object]]:
    """Both endpoints at 1 and at 50 concurrent clients."""
    results = {}
    for name, (label, path, script) in ENDPOINTS.items():
        for clients in (1, 50):
            results[f"{name}_c{clients}"] = {"label": label} | measure(
                server, path, script, clients
            )
    return results
