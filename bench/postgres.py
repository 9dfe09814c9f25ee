"""A throw-away PostgreSQL 15 server on loopback for the benchmark, durable (fsync on)."""

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.support import free_port

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(*command: str) -> None:
    """Run a server command as the postgres user when we are root (initdb refuses root)."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, stdout=subprocess.DEVNULL)


class Postgres:
    """One server in a temporary directory; `url` points at its `scapula` database."""

    def __init__(self, root: Path, port: int) -> None:
        self.root, self.port = root, port
        self.url = f"postgres://app@127.0.0.1:{port}/scapula"

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}"
        _as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.root / "data"), "-w", "-l",
            str(self.root / "server.log"), "-o", options, "start",
        )  # fmt: skip

    def database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        _as_postgres(
            str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "app", name
        )
        return f"postgres://app@127.0.0.1:{self.port}/{name}"

    def crash(self) -> None:
        """Stop at once without a checkpoint, as a crash would: restart replays the WAL."""
        data = str(self.root / "data")
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", data, "-m", "immediate", "stop")


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[Postgres]:
    """Create, start and finally remove a PostgreSQL server with the default fsync=on."""
    root = Path(tempfile.mkdtemp(prefix="scapula-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    server = Postgres(root, free_port())
    _as_postgres(str(PG_BIN / "initdb"), "-D", str(root / "data"), "-U", "app", "--auth=trust")
    server.start()
    try:
        server.database("scapula")
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.crash()
        shutil.rmtree(root, ignore_errors=True)
