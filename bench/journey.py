"""Load: simulated people run the daily journey against one server for a fixed time.

Each simulated person is a signed-in clinic account with its own browser session and runs,
again and again with no pause: today's session, save a session, log pain, open progress.
The people are split over two client processes so the Python client is not one core.
"""

import statistics
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime

import requests

from tests.reliability import CSRF

PEOPLE = 100
SECONDS = 120
PROCESSES = 2
EXPECTED = {"today": 200, "session": 201, "pain": 201, "progress": 200}


def _journey(http: requests.Session, base: str) -> list[tuple[str, float, bool]]:
    """One pass of the daily journey; each step's name, latency (ms) and success."""
    now = datetime.now(UTC).isoformat()
    session = {
        "key": uuid.uuid4().hex,
        "started_at": now,
        "ended_at": now,
        "status": "completed",
        "pain_before": 4,
        "pain_after": 3,
        "exercises": [],
    }
    steps = [
        ("today", "GET", "/api/session/today", None),
        ("session", "POST", "/api/sessions", session),
        ("pain", "POST", "/api/pain", {"score": 3, "context": "after"}),
        ("progress", "GET", "/progress/", None),
    ]
    results = []
    for name, method, path, body in steps:
        started = time.perf_counter()
        try:
            response = http.request(
                method, base + path, json=body, headers={"X-CSRFToken": CSRF}, timeout=30
            )
            ok = response.status_code == EXPECTED[name]
        except requests.RequestException:
            ok = False
        results.append((name, (time.perf_counter() - started) * 1000, ok))
    return results


def _person(base: str, cookie: str, deadline: float, out: list) -> None:
    """Run journeys until the deadline, appending every step's result to out."""
    http = requests.Session()
    http.cookies.set("sessionid", cookie)
    http.cookies.set("csrftoken", CSRF)
    while time.monotonic() < deadline:
        out.extend(_journey(http, base))


def _client(base: str, cookies: list[str], seconds: float) -> list[tuple[str, float, bool]]:
    """One client process: a thread per simulated person."""
    out: list[tuple[str, float, bool]] = []
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_person, args=(base, cookie, deadline, out)) for cookie in cookies
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out


def _percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(base: str, cookies: list[str], seconds: float | None = None) -> dict[str, object]:
    """Run the load (SECONDS unless told) and summarise: requests, errors, throughput, p50, p99."""
    seconds = seconds or SECONDS
    groups = [cookies[n::PROCESSES] for n in range(PROCESSES)]
    started = time.monotonic()
    with ProcessPoolExecutor(PROCESSES) as pool:
        parts = list(pool.map(_client, [base] * PROCESSES, groups, [seconds] * PROCESSES))
    elapsed = time.monotonic() - started
    results = [item for part in parts for item in part]
    latencies = [ms for _name, ms, _ok in results]
    by_step = {
        name: round(_percentile([ms for n, ms, _ok in results if n == name], 0.99), 1)
        for name in EXPECTED
    }
    return {
        "people": len(cookies),
        "seconds": round(elapsed, 1),
        "requests": len(results),
        "errors": sum(1 for *_rest, ok in results if not ok),
        "requests_per_s": round(len(results) / elapsed),
        "p50_ms": round(statistics.median(latencies), 1),
        "p99_ms": round(_percentile(latencies, 0.99), 1),
        "p99_ms_by_step": by_step,
    }
