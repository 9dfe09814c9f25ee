"""The database itself refuses to change an audit entry (docs/decisions/0007-clinic-roles.md).

The model already refuses an update; the trigger also stops raw SQL, a bulk `update()` and
any other program on the same database. Deleting stays possible: a patient's erasure of
their own records takes their audit entries with them.
"""

from django.db import migrations

REFUSAL = "audit entries are append-only"

SQLITE_CREATE = [
    f"""
    CREATE TRIGGER clinic_auditentry_no_update BEFORE UPDATE ON clinic_auditentry
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END
    """
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS clinic_auditentry_no_update"]

POSTGRESQL_CREATE = [
    f"""
    CREATE OR REPLACE FUNCTION clinic_auditentry_refuse_update() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION '{REFUSAL}'; END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER clinic_auditentry_no_update BEFORE UPDATE ON clinic_auditentry
    FOR EACH ROW EXECUTE FUNCTION clinic_auditentry_refuse_update()
    """,
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS clinic_auditentry_no_update ON clinic_auditentry",
    "DROP FUNCTION IF EXISTS clinic_auditentry_refuse_update()",
]

STATEMENTS = {
    "sqlite": (SQLITE_CREATE, SQLITE_DROP),
    "postgresql": (POSTGRESQL_CREATE, POSTGRESQL_DROP),
}


def _run(schema_editor, which: int) -> None:
    vendor = schema_editor.connection.vendor
    if vendor not in STATEMENTS:
        # scapula supports only these two; another database would lose the guarantee silently.
        raise RuntimeError(f"no append-only trigger for the {vendor} database")
    for statement in STATEMENTS[vendor][which]:
        schema_editor.execute(statement)


def refuse_updates(apps, schema_editor) -> None:
    """Create the trigger that refuses every UPDATE of an audit entry."""
    _run(schema_editor, 0)


def allow_updates(apps, schema_editor) -> None:
    """Drop the trigger again (migrating backwards)."""
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [("clinic", "0001_initial")]

    operations = [migrations.RunPython(refuse_updates, allow_updates)]
