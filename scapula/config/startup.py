"""Bring an instance up to date before serving: migrations and static files."""

from collections.abc import Callable

from django.conf import settings
from django.core import checks
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from scapula.core import ConfigError


def has_pending_migrations() -> bool:
    """Return whether the database is behind the code's migrations."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    targets = executor.loader.graph.leaf_nodes()
    return bool(executor.migration_plan(targets))


def check_instance() -> None:
    """Run Django's system checks; the first error stops start-up in one line."""
    errors = [m for m in checks.run_checks() if m.level >= checks.ERROR]
    if errors:
        raise ConfigError(f"{errors[0].msg} [{errors[0].id}]")


def prepare_instance(*, echo: Callable[[str], None]) -> None:
    """Check, migrate if needed and collect static files, reporting what was done."""
    check_instance()
    if has_pending_migrations():
        echo("Updating the database...")
        call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def describe_database() -> str:
    """Describe the default database without revealing its password."""
    database = settings.DATABASES[DEFAULT_DB_ALIAS]
    if database["ENGINE"].endswith("sqlite3"):
        return f"SQLite at {database['NAME']}"
    host = database.get("HOST") or "localhost"
    port = database.get("PORT") or 5432
    return f"PostgreSQL {database['NAME']} on {host}:{port}"
