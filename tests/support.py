"""Helpers that start a real `scapula serve` process on a free loopback port."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests

from scapula.accounts.local_token import TOKEN_FILE_NAME

SCAPULA = str(Path(sys.executable).with_name("scapula"))


def free_port() -> int:
    """Return a TCP port that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def fresh_database_env(data_dir: Path) -> Iterator[dict[str, str]]:
    """Yield an environment for a new, empty instance: SQLite in data_dir, or a new PG database."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env["SCAPULA_DATA_DIR"] = str(data_dir)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        env.pop("DATABASE_URL", None)
        yield env
        return
    name = f"scapula_{uuid.uuid4().hex[:12]}"
    _run_admin_sql(url, f'CREATE DATABASE "{name}"')
    try:
        env["DATABASE_URL"] = urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
        yield env
    finally:
        _run_admin_sql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_admin_sql(url: str, statement: str) -> None:
    """Run one statement outside a transaction on the server's maintenance database."""
    import psycopg

    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(statement)


def run_scapula(
    *args: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run the scapula console script and capture what it prints."""
    return subprocess.run(
        [SCAPULA, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


# Servers running now, so a test browser can open each one's sign-in link.
RUNNING: list["RunningServer"] = []


class RunningServer:
    """A `scapula serve` process; its base URL, its captured output and its sign-in token."""

    def __init__(
        self, process: subprocess.Popen, base_url: str, log_path: Path, data_dir: Path
    ) -> None:
        self.process = process
        self.base_url = base_url
        self.log_path = log_path
        self.data_dir = data_dir

    @property
    def token(self) -> str:
        """Return the personal-mode sign-in token this server made on start."""
        return (self.data_dir / TOKEN_FILE_NAME).read_text().strip()

    @property
    def has_owner_link(self) -> bool:
        """Whether this server has a personal-mode owner to sign in as (clinic servers do not)."""
        return (self.data_dir / TOKEN_FILE_NAME).exists()

    def sign_in_link(self, next_path: str = "/") -> str:
        """Return the sign-in link, as `scapula serve` prints it, going on to next_path."""
        return self.url(f"/accounts/local/?token={self.token}&next={next_path}")

    def owner_headers(self) -> dict[str, str]:
        """Return the header the owner's own scripts send (the token as a bearer token)."""
        return {"Authorization": f"Bearer {self.token}"}

    def url(self, path: str) -> str:
        """Return the absolute URL of a path on this server."""
        return self.base_url + path

    def log(self) -> str:
        """Return everything the server printed so far."""
        return self.log_path.read_text()


@contextlib.contextmanager
def scapula_server(env: dict[str, str], log_dir: Path, *extra: str) -> Iterator[RunningServer]:
    """Start `scapula serve` on a free port, wait until healthy, and stop it afterwards."""
    port = free_port()
    log_path = log_dir / f"serve-{port}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [SCAPULA, "serve", "--port", str(port), *extra],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    data_dir = Path(env["SCAPULA_DATA_DIR"])
    server = RunningServer(process, f"http://127.0.0.1:{port}", log_path, data_dir)
    try:
        _wait_until_healthy(server)
        RUNNING.append(server)
        yield server
    finally:
        if server in RUNNING:
            RUNNING.remove(server)
        _stop(process)


def _wait_until_healthy(server: RunningServer, timeout: float = 60) -> None:
    """Poll /api/health until it answers, or fail with the server's output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"scapula serve exited early:\n{server.log()}")
        with contextlib.suppress(requests.ConnectionError):
            if requests.get(server.url("/api/health"), timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"scapula serve did not become healthy:\n{server.log()}")


def _stop(process: subprocess.Popen) -> None:
    """Stop the server and its workers, politely first."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class OwnerBrowser:
    """A Playwright browser whose new contexts have opened each server's sign-in link.

    The owner's browser on their own machine opens the link `scapula serve` prints once;
    every fresh test context does the same, through the context's own cookie jar.
    """

    def __init__(self, browser, servers: list[RunningServer]) -> None:
        self.without_sign_in = browser
        self.servers = servers  # read at each new context: servers come and go

    def new_context(self, **options):
        """Open a context signed in to every running server."""
        context = self.without_sign_in.new_context(**options)
        for server in self.servers:
            if not server.has_owner_link:
                continue  # a clinic server: its people sign in for themselves
            response = context.request.get(server.sign_in_link())
            assert response.ok, f"the sign-in link of {server.base_url} did not work"
        return context

    def new_page(self, **options):
        """Open a page in a new signed-in context (closed with the page)."""
        context = self.new_context(**options)
        page = context.new_page()
        page.on("close", lambda _page: context.close())
        return page

    def __getattr__(self, name: str):
        return getattr(self.without_sign_in, name)
