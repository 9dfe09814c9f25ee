"""Backup while a writer runs, restore into an empty instance, and every table equal.

Runs on the database the suite runs on: SQLite by default, PostgreSQL in CI (there both
through pg_dump and through the JSON dump used where pg_dump is missing).
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import fresh_database_env, run_scapula

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[2]
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")

SEED = """
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.utils import timezone
from scapula.accounts.services import ensure_owner
from tests.history import seed_ten_weeks
seed_ten_weeks(ensure_owner(), timezone.localdate())
"""
WRITER = """
import sys, time, django; django.setup()
from django.utils import timezone
from scapula.accounts.services import ensure_owner
from scapula.tracking.services import record_pain
owner, end, n = ensure_owner(), time.monotonic() + float(sys.argv[1]), 0
while time.monotonic() < end:
    record_pain(user=owner, score=n % 11, context="usual", today=timezone.localdate(), note=f"w{n}")
    n += 1
    if n == 5:
        print("writing", flush=True)
print(n, flush=True)
"""
DUMP = """
import json, django; django.setup()
from django.apps import apps
from django.core import serializers
from scapula.portability.backup import BACKED_UP_APPS
tables = {}
for label in BACKED_UP_APPS:
    for model in apps.get_app_config(label).get_models():
        rows = serializers.serialize("json", model._default_manager.order_by("pk"))
        tables[model._meta.label] = json.loads(rows)
print(json.dumps(tables))
"""


def _python(script: str, env: dict[str, str], *args: str) -> subprocess.Popen:
    env = env | {"DJANGO_SETTINGS_MODULE": "scapula.config.settings"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )


def _tables(env: dict[str, str]) -> dict[str, list[dict]]:
    process = _python(DUMP, env)
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0
    return json.loads(out)


def _backup_while_writing(env: dict[str, str], target: Path) -> tuple[dict, dict]:
    """Seed, start a writer, back up mid-write; return the tables before and after writing."""
    assert _python(SEED, env).wait(timeout=300) == 0
    seeded = _tables(env)
    writer = _python(WRITER, env, "4")
    assert writer.stdout.readline().strip() == "writing"
    result = run_scapula("backup", str(target), env=env)
    assert result.returncode == 0, result.stderr
    out, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0
    assert int(out.split()[-1]) > 5
    return seeded, _tables(env)


def _assert_consistent_snapshot(restored: dict, seeded: dict, final: dict) -> None:
    """Every table as it was, and the diary a prefix of the live one, taken mid-write."""
    for label in seeded:
        if label != "tracking.PainEntry":
            assert restored[label] == final[label], label
    diary = restored["tracking.PainEntry"]
    assert len(seeded["tracking.PainEntry"]) <= len(diary) <= len(final["tracking.PainEntry"])
    assert diary == final["tracking.PainEntry"][: len(diary)]


@pytest.mark.parametrize(
    "tools",
    [
        "found",
        pytest.param(
            "missing",
            marks=pytest.mark.skipif(
                not ON_POSTGRES, reason="the JSON dump is PostgreSQL's fallback"
            ),
        ),
    ],
)
def test_a_backup_taken_while_writing_restores_every_table(tmp_path, tools):
    extra = {"SCAPULA_PG_BIN": str(tmp_path)} if tools == "missing" else {}
    target = tmp_path / "scapula.backup"
    with fresh_database_env(tmp_path / "source") as source:
        seeded, final = _backup_while_writing(source | extra, target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with fresh_database_env(tmp_path / "empty") as empty:
        result = run_scapula("restore", str(target), env=empty | extra)
        assert result.returncode == 0, result.stderr
        _assert_consistent_snapshot(_tables(empty), seeded, final)
        again = run_scapula("restore", str(target), env=empty | extra)
    assert again.returncode == 2
    assert "already holds records" in again.stderr


@pytest.mark.skipif(ON_POSTGRES, reason="tampers with a SQLite snapshot")
def test_a_snapshot_from_a_newer_scapula_is_refused_and_nothing_changes(tmp_path):
    target = tmp_path / "scapula.backup"
    with fresh_database_env(tmp_path / "source") as source:
        run_scapula("log", "pain", "4", env=source)
        assert run_scapula("backup", str(target), env=source).returncode == 0
    with sqlite3.connect(target) as snapshot:
        snapshot.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('practice', '9999_from_the_future', '2030-01-01')"
        )
    with fresh_database_env(tmp_path / "empty") as empty:
        result = run_scapula("restore", str(target), env=empty)
        assert result.returncode == 2
        assert "newer version of scapula" in result.stderr
        assert _tables(empty)["tracking.PainEntry"] == []


def test_a_file_that_is_no_backup_is_refused_in_one_line(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list")
    with fresh_database_env(tmp_path / "empty") as empty:
        result = run_scapula("restore", str(junk), env=empty)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"Error: FILE: {junk} is not a scapula backup"


def test_an_unwritable_backup_path_is_named(tmp_path):
    with fresh_database_env(tmp_path / "source") as source:
        result = run_scapula("backup", str(tmp_path / "missing" / "x.backup"), env=source)
    assert result.returncode == 2
    assert "cannot write" in result.stderr


@pytest.mark.skipif(not ON_POSTGRES, reason="the JSON dump is PostgreSQL's fallback")
def test_a_json_dump_from_a_newer_scapula_is_refused_and_nothing_changes(tmp_path):
    no_tools = {"SCAPULA_PG_BIN": str(tmp_path)}
    target = tmp_path / "scapula.backup"
    with fresh_database_env(tmp_path / "source") as source:
        run_scapula("log", "pain", "4", env=source | no_tools)
        assert run_scapula("backup", str(target), env=source | no_tools).returncode == 0
    dump = json.loads(target.read_text())
    dump["schema"]["practice"] = "9999_from_the_future"
    target.write_text(json.dumps(dump))
    with fresh_database_env(tmp_path / "empty") as empty:
        result = run_scapula("restore", str(target), env=empty | no_tools)
        assert result.returncode == 2
        assert "newer version of scapula" in result.stderr
        assert _tables(empty)["tracking.PainEntry"] == []
