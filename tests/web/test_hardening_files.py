"""The data directory, the database files and the signing key are private to their owner."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from scapula.config.runtime import ensure_data_dir, load_or_create_secret_key, secure_sqlite_files

ROOT = Path(__file__).resolve().parents[2]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """Files made as on a typical system, where new files are world-readable (umask 022)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_data_dir_is_made_private(tmp_path):
    directory = ensure_data_dir(str(tmp_path / "new" / "scapula"))
    assert mode_of(directory) == 0o700


def test_an_existing_world_readable_data_dir_is_tightened(tmp_path):
    directory = tmp_path / "old"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)
    ensure_data_dir(str(directory))
    assert mode_of(directory) == 0o700


def test_a_new_database_file_is_created_private(tmp_path):
    database = tmp_path / "scapula.sqlite3"
    secure_sqlite_files(database)
    assert database.exists()
    assert mode_of(database) == 0o600


def test_existing_database_and_journal_files_are_tightened(tmp_path):
    database = tmp_path / "scapula.sqlite3"
    files = [database, tmp_path / "scapula.sqlite3-wal", tmp_path / "scapula.sqlite3-shm"]
    for path in files:
        path.write_bytes(b"")
        path.chmod(0o644)
    secure_sqlite_files(database)
    assert [mode_of(path) for path in files] == [0o600, 0o600, 0o600]


def test_an_existing_readable_signing_key_is_tightened(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("k" * 60)
    key_file.chmod(0o644)
    assert load_or_create_secret_key(tmp_path) == "k" * 60
    assert mode_of(key_file) == 0o600


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


SHOW_JOURNAL_MODES = """
import os
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM django_migrations")
    name = connection.settings_dict["NAME"]
    print(*(oct(os.stat(name + s).st_mode & 0o777) for s in ("-wal", "-shm")))
"""


def test_a_fresh_instance_keeps_every_file_private_while_in_use(tmp_path):
    data_dir = tmp_path / "instance"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SCAPULA_"))}
    env.pop("DATABASE_URL", None)
    env |= {"SCAPULA_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "scapula.config.settings"}
    manage(env, "migrate", "--verbosity", "0")
    assert mode_of(data_dir) == 0o700
    assert mode_of(data_dir / "scapula.sqlite3") == 0o600
    assert mode_of(data_dir / "secret_key") == 0o600
    shown = manage(env, "shell", "--verbosity", "0", "-c", SHOW_JOURNAL_MODES)
    assert shown.split() == ["0o600", "0o600"]
