"""The audit log is append-only in the database itself, on SQLite and on PostgreSQL.

Runs on whichever database the run uses: SQLite by default, PostgreSQL in CI's second pass
(DATABASE_URL set), so the trigger of each is proved where it is installed.
"""

import pytest
from django.db import DatabaseError, connection, transaction

from scapula.clinic.access import patient_for
from scapula.clinic.models import AuditEntry
from scapula.portability.deletion import delete_person
from tests.clinic_support import browser_for, make_world, use_clinic_mode


@pytest.fixture
def looked_at(db):
    """A's clinician has looked at A's progress once."""
    world = make_world()
    patient_for(world.clinician, world.patient_a.pk, what="progress", remote_addr="203.0.113.7")
    return world, AuditEntry.objects.get()


def test_raw_sql_cannot_change_an_audit_entry(looked_at):
    _world, entry = looked_at
    table = connection.ops.quote_name(AuditEntry._meta.db_table)
    change = f"UPDATE {table} SET what = %s WHERE id = %s"  # noqa: S608
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(change, ["nothing", entry.pk])
    assert AuditEntry.objects.get().what == "progress"


def test_a_bulk_update_cannot_change_an_audit_entry_either(looked_at):
    world, _entry = looked_at
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.update(actor=world.other_clinician, remote_addr="")
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.remote_addr) == (world.clinician, "203.0.113.7")


def test_the_model_refuses_to_save_a_changed_entry(looked_at):
    _world, entry = looked_at
    entry.what = "nothing"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()


def test_a_patients_erasure_of_their_records_takes_their_audit_entries(looked_at):
    world, _entry = looked_at
    patient_for(world.clinician, world.patient_b.pk, what="plan")
    delete_person(world.patient_a)
    assert list(AuditEntry.objects.values_list("user__email", flat=True)) == [world.patient_b.email]


@pytest.mark.parametrize("person", ["clinician", "admin"])
def test_staff_cannot_erase_their_account_and_with_it_the_trail(looked_at, settings, person):
    use_clinic_mode(settings)
    world, _entry = looked_at
    browser = browser_for(getattr(world, person))
    page = browser.post("/your-data/delete/", {"understood": "on"})
    assert page.status_code == 400
    assert "closed by the clinic" in page.content.decode()
    api = browser.post("/api/me/delete", {"confirm": "delete my data"}, "application/json")
    assert api.status_code == 400
    assert "closed by the clinic" in api.json()["error"]["message"]
    assert AuditEntry.objects.count() == 1
    world.patient_a.refresh_from_db()
    assert world.patient_a.clinician == world.clinician
