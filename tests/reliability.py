"""Crash safety, shared by the tests and `make bench`: acknowledged writes survive kill -9."""

import os
import random
import signal
import sqlite3
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.support import RunningServer

CSRF = "c" * 32  # Django accepts any well-formed secret that cookie and header both carry


@dataclass
class Acknowledged:
    """Notes of the pain entries the server answered 201 for, and how many posts failed."""

    notes: list[str] = field(default_factory=list)
    failed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _post_entries(server: RunningServer, run: str, done: Acknowledged, stop: threading.Event):
    """Post pain entries one after another until the server dies; record each 201."""
    session = requests.Session()
    session.cookies.set("csrftoken", CSRF)
    session.headers.update(server.owner_headers())
    while not stop.is_set():
        note = f"{run}-{uuid.uuid4().hex}"
        try:
            response = session.post(
                server.url("/api/pain"),
                json={"score": 3, "context": "usual", "note": note},
                headers={"X-CSRFToken": CSRF},
                timeout=5,
            )
        except requests.RequestException:
            with done.lock:
                done.failed += 1
            time.sleep(0.01)
            continue
        if response.status_code == 201:
            with done.lock:
                done.notes.append(note)


def post_until_killed(
    server: RunningServer, rng: random.Random, *, clients: int = 4, within: float = 2.0
) -> Acknowledged:
    """Let clients post pain entries, then SIGKILL the server's process group at a random moment."""
    done, stop = Acknowledged(), threading.Event()
    run = uuid.uuid4().hex[:8]
    threads = [
        threading.Thread(target=_post_entries, args=(server, run, done, stop), daemon=True)
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.3 + rng.random() * within)
    # The whole group: granian's worker processes die with their parent, mid-request.
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(timeout=10)
    time.sleep(0.3)  # let the clients see refused connections before they stop
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    return done


def stored_notes(env: dict[str, str]) -> list[str]:
    """Read every stored pain entry's note straight from the database, not through the app."""
    url = env.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as connection:
            return [row[0] for row in connection.execute("SELECT note FROM tracking_painentry")]
    path = Path(env["SCAPULA_DATA_DIR"]) / "scapula.sqlite3"
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT note FROM tracking_painentry")]


def lost_and_duplicated(acknowledged: list[str], stored: list[str]) -> tuple[set[str], set[str]]:
    """Return the acknowledged notes that are missing, and every note stored more than once."""
    counts = Counter(stored)
    return set(acknowledged) - set(counts), {note for note, n in counts.items() if n > 1}
