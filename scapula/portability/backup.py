"""Back up the whole instance while it runs, and restore a backup into an empty instance.

SQLite is copied with its online backup API (a consistent snapshot even while the server
writes). PostgreSQL goes through `pg_dump` / `pg_restore` when they are installed, and
otherwise through a logical JSON dump of every table. A restore refuses a file made by a
newer scapula (its schema has migrations this version does not know) and an instance that
already holds someone's records, and then changes nothing.
"""

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.portability.records import has_records, known_migrations, schema_version

JSON_FORMAT = "scapula-backup"
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# scapula's apps: Django's own tables (content types, permissions) are rebuilt by migrate,
# and sign-in sessions are not worth keeping.
BACKED_UP_APPS = ("accounts", "plans", "practice", "reminders", "screening", "tracking")


class BackupKind(StrEnum):
    """How a backup file was made."""

    SQLITE = "SQLite snapshot"
    PG_DUMP = "pg_dump archive"
    JSON = "JSON dump"


def backup(path: Path) -> BackupKind:
    """Write a consistent copy of the whole database to a file, whole or not at all."""
    with _written_whole(path) as temporary:
        if connection.vendor == "sqlite":
            _sqlite_snapshot(temporary)
            return BackupKind.SQLITE
        tool = pg_tool("pg_dump")
        if tool:
            _run([tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={temporary}"])
            return BackupKind.PG_DUMP
        text = json.dumps(_json_dump(), ensure_ascii=False, default=_exact)
        temporary.write_text(text, encoding="utf-8")
        return BackupKind.JSON


def restore(path: Path) -> BackupKind:
    """Replace an empty instance's database with a backup, then bring its schema up to date."""
    kind = backup_kind(path)
    _refuse_newer(_schema_in(path, kind))
    if not instance_is_empty():
        raise ScapulaError(
            "this instance already holds records; restore only into an empty one", field="FILE"
        )
    if kind is BackupKind.SQLITE:
        _restore_sqlite(path)
    elif kind is BackupKind.PG_DUMP:
        _restore_pg_dump(path)
    else:
        _restore_json(json.loads(path.read_text(encoding="utf-8")))  # read by _schema_in
    connection.close()
    call_command("migrate", interactive=False, verbosity=0)
    return kind


def backup_kind(path: Path) -> BackupKind:
    """Tell what a backup file is from its first bytes, refusing what no backup looks like."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise ScapulaError(f"cannot read {path}: {error.strerror}", field="FILE") from None
    if head.startswith(SQLITE_MAGIC):
        kind = BackupKind.SQLITE
    elif head.startswith(PG_DUMP_MAGIC):
        kind = BackupKind.PG_DUMP
    elif head.lstrip().startswith(b"{"):
        kind = BackupKind.JSON
    else:
        raise ScapulaError(f"{path} is not a scapula backup", field="FILE")
    if kind is BackupKind.SQLITE and connection.vendor != "sqlite":
        raise ScapulaError("a SQLite snapshot restores only into SQLite", field="FILE")
    if kind is BackupKind.PG_DUMP and connection.vendor != "postgresql":
        raise ScapulaError("a pg_dump archive restores only into PostgreSQL", field="FILE")
    return kind


def instance_is_empty() -> bool:
    """Whether nobody has records here (a fresh owner made at start-up does not count)."""
    users = list(User.objects.all()[:2])
    if len(users) > 1:
        return False
    return not users or (users[0].is_owner and not has_records(users[0]))


def pg_tool(name: str) -> str | None:
    """Find a PostgreSQL client tool: SCAPULA_PG_BIN, the PATH, then Debian's versioned dirs."""
    configured = os.environ.get("SCAPULA_PG_BIN")
    if configured:
        # Told where the tools are: look nowhere else (an empty folder means "use JSON").
        tool = Path(configured) / name
        return str(tool) if tool.is_file() else None
    found = shutil.which(name)
    if found:
        return found
    # Debian keeps one folder per major version; the newest can talk to every older server.
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=_major, reverse=True)
    return str(versions[0]) if versions else None


def _major(tool: Path) -> float:
    """The major version in a path like /usr/lib/postgresql/15/bin/pg_dump."""
    try:
        return float(tool.parent.parent.name)
    except ValueError:
        return 0.0


@contextmanager
def _written_whole(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside the target, renamed over it only once complete."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.")
    except OSError as error:
        raise ScapulaError(f"cannot write {path}: {error.strerror}", field="FILE") from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o600)  # a backup holds health data: owner-only, like the database
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _sqlite_snapshot(target: Path) -> None:
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
    finally:
        destination.close()


def _restore_sqlite(path: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _restore_pg_dump(path: Path) -> None:
    tool = pg_tool("pg_restore")
    if tool is None:
        raise ScapulaError("pg_restore is needed to restore this archive", field="FILE")
    # The archive may lack tables a newer schema added: start from an empty schema rather
    # than --clean, which drops only what the archive names. The instance is empty.
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    connection.close()
    try:
        database = f"--dbname={connection.settings_dict['NAME']}"
        _run([tool, "--no-owner", "--no-privileges", "--single-transaction", database, str(path)])
    except ScapulaError:
        call_command("migrate", interactive=False, verbosity=0)  # back to an empty instance
        raise


def _json_dump() -> dict[str, object]:
    configs = [apps.get_app_config(label) for label in BACKED_UP_APPS]
    models = [model for config in configs for model in config.get_models()]
    # Django's "python" serializer keeps the values themselves; its "json" one would cut
    # times to milliseconds, and the restored rows would not be equal to the backed-up ones.
    objects = [
        serializers.serialize("python", model._default_manager.order_by("pk")) for model in models
    ]
    return {
        "format": JSON_FORMAT,
        "schema": schema_version(),
        "objects": [row for rows in objects for row in rows],
    }


def _exact(value: object) -> str:
    """A stored value JSON has no type for, as text that reads back exactly (ISO 8601)."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()  # microseconds and offset kept
    return str(value)  # Decimal, UUID


@transaction.atomic
def _restore_json(document: object) -> None:
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise ScapulaError("is not a scapula backup", field="FILE")
    if document.get("schema") != schema_version():
        # Rows load into today's tables as they are: only a dump of this very schema fits.
        raise ScapulaError(
            "this JSON dump was made by another version of scapula; restore it with that "
            "version, then upgrade",
            field="FILE",
        )
    User.objects.all().delete()  # at most the empty owner made at start-up
    try:
        objects = list(serializers.deserialize("python", document["objects"]))
    except (KeyError, TypeError, serializers.base.DeserializationError) as error:
        raise ScapulaError(f"the dump's rows cannot be read ({error})", field="FILE") from None
    for item in objects:
        item.save()
    models = {type(item.object) for item in objects}
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), list(models)):
            cursor.execute(statement)


def _schema_in(path: Path, kind: BackupKind) -> dict[str, str]:
    """The newest migration of each scapula app recorded in a backup file."""
    if kind is BackupKind.SQLITE:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = source.execute("SELECT app, name FROM django_migrations").fetchall()
        except sqlite3.DatabaseError:
            raise ScapulaError(f"{path} is not a scapula database", field="FILE") from None
        finally:
            source.close()
    elif kind is BackupKind.PG_DUMP:
        rows = _pg_dump_migrations(path)
    else:
        try:
            schema = json.loads(path.read_text(encoding="utf-8")).get("schema", {})
            rows = [(str(app), str(name)) for app, name in schema.items()]
        except (ValueError, AttributeError, UnicodeDecodeError, RecursionError):
            raise ScapulaError(f"{path} is not a scapula backup", field="FILE") from None
    newest: dict[str, str] = {}
    for app, name in rows:
        if name > newest.get(app, ""):
            newest[app] = name
    return newest


def _pg_dump_migrations(path: Path) -> list[tuple[str, str]]:
    tool = pg_tool("pg_restore")
    if tool is None:
        raise ScapulaError("pg_restore is needed to read this archive", field="FILE")
    listing = _run([tool, "--data-only", "--table=django_migrations", "--file=-", str(path)])
    rows = re.findall(r"^\d+\t(\w+)\t(\w+)\t", listing, flags=re.MULTILINE)
    if not rows:
        raise ScapulaError(f"{path} holds no scapula database", field="FILE")
    return rows


def _refuse_newer(schema: dict[str, str]) -> None:
    known = known_migrations()
    for app, name in schema.items():
        if app in known and name not in known[app]:
            raise ScapulaError(
                f"the backup comes from a newer version of scapula ({app} {name}); "
                "update scapula, then restore",
                field="FILE",
            )


def _pg_environment() -> dict[str, str]:
    """The database for pg_dump and pg_restore as libpq variables: nothing in argv to leak."""
    settings = connection.settings_dict
    variables = {
        "PGDATABASE": settings.get("NAME"),
        "PGUSER": settings.get("USER"),
        "PGPASSWORD": settings.get("PASSWORD"),
        "PGHOST": settings.get("HOST"),
        "PGPORT": settings.get("PORT"),
        "PGSSLMODE": (settings.get("OPTIONS") or {}).get("sslmode"),
    }
    return {name: str(value) for name, value in variables.items() if value}


def _run(command: list[str]) -> str:
    env = dict(os.environ) | _pg_environment()
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["failed"])[-1]
        raise ScapulaError(f"{Path(command[0]).name}: {last}", field="FILE")
    return result.stdout
