"""The audit log as people read it: the clinic admin's whole log, and a patient's "who looked"."""

import re
from datetime import UTC, datetime

import pytest
import time_machine

from scapula.clinic.access import patient_for
from tests.clinic_support import browser_for, make_world, use_clinic_mode
from tests.plain_words import internal_words, readable_text

WHO_LOOKED = "/your-data/who-looked/"
CLINIC_AUDIT = "/clinic/audit/"


@pytest.fixture
def world(db, settings):
    """The clinic world, everyone with a name, in clinic mode."""
    use_clinic_mode(settings)
    world = make_world()
    names = {
        world.admin: ("Rui", "Costa"),
        world.clinician: ("Ana", "Silva"),
        world.other_clinician: ("Bo", "Lind"),
        world.patient_a: ("Maria", "Alves"),
        world.patient_b: ("João", "Reis"),
    }
    for person, (first, last) in names.items():
        person.first_name, person.last_name = first, last
        person.save()
    return world


def _text(response) -> str:
    return " ".join(readable_text(response.content.decode()).split())


def _entry_rows(response) -> list[str]:
    """The audit table's body rows, as the text of each."""
    body = response.content.decode().split("<tbody>", 1)[-1].split("</tbody>", 1)[0]
    return [" ".join(readable_text(row).split()) for row in re.findall(r"<tr>.*?</tr>", body, re.S)]


def test_a_patient_reads_who_looked_in_plain_words_in_their_own_time_zone(world):
    world.patient_a.time_zone = "Europe/Berlin"
    world.patient_a.save()
    with time_machine.travel(datetime(2026, 12, 3, 13, 5, tzinfo=UTC), tick=False):
        patient_for(world.clinician, world.patient_a.pk, what="progress")
        response = browser_for(world.patient_a).get(WHO_LOOKED)
    assert response.status_code == 200
    assert "Ana Silva (your clinician) looked at your progress on 3 December at 14:05" in _text(
        response
    )


def test_a_change_reads_as_changed_and_newest_comes_first(world):
    with time_machine.travel(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), tick=False):
        patient_for(world.clinician, world.patient_a.pk, what="pain diary")
    with time_machine.travel(datetime(2026, 12, 2, 9, 30, tzinfo=UTC), tick=False):
        patient_for(world.clinician, world.patient_a.pk, what="program", write=True)
        text = _text(browser_for(world.patient_a).get(WHO_LOOKED))
    changed = text.index("Ana Silva (your clinician) changed your program on 2 December at 09:30")
    looked = text.index("Ana Silva (your clinician) looked at your pain diary on 1 December")
    assert changed < looked


def test_everyone_sees_only_who_looked_at_their_own_records(world):
    patient_for(world.clinician, world.patient_a.pk, what="progress")
    for person in (world.patient_b, world.clinician, world.other_clinician, world.admin):
        response = browser_for(person).get(WHO_LOOKED)
        assert response.status_code == 200
        assert "Ana Silva" not in _text(response), person
        assert "Nobody else has looked at your records yet" in _text(response)


def test_the_owner_on_their_own_computer_reads_that_nobody_else_has_access(owner_browser):
    response = owner_browser.get(WHO_LOOKED)
    assert response.status_code == 200
    assert "Nobody else has access" in _text(response)


def test_your_data_links_to_who_looked(world):
    response = browser_for(world.patient_a).get("/your-data/")
    assert f'href="{WHO_LOOKED}"' in response.content.decode()


def test_signing_in_comes_first_for_both_pages(world):
    for path in (WHO_LOOKED, CLINIC_AUDIT):
        response = browser_for(None).get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_only_the_clinic_admin_finds_the_audit_log(world):
    patient_for(world.clinician, world.patient_a.pk, what="progress")
    people = (world.patient_a, world.patient_b, world.clinician, world.other_clinician)
    for person in people:
        assert browser_for(person).get(CLINIC_AUDIT).status_code == 404, person
    assert browser_for(world.admin).get(CLINIC_AUDIT).status_code == 200


def test_the_admin_reads_who_whose_records_what_when_and_from_where(world):
    with time_machine.travel(datetime(2026, 12, 3, 14, 5, tzinfo=UTC), tick=False):
        patient_for(
            world.clinician, world.patient_a.pk, what="progress", remote_addr="198.51.100.4"
        )
    with time_machine.travel(datetime(2026, 12, 3, 15, 0, tzinfo=UTC), tick=False):
        patient_for(world.clinician, world.patient_b.pk, what="plan", write=True)
    response = browser_for(world.admin).get(CLINIC_AUDIT)
    assert _entry_rows(response) == [
        "3 Dec 2026, 15:00 Ana Silva João Reis Changed: plan not known",
        "3 Dec 2026, 14:05 Ana Silva Maria Alves Looked at: progress 198.51.100.4",
    ]
    assert not internal_words(readable_text(response.content.decode()))


def test_the_admin_never_sees_another_clinics_log(world):
    patient_c = world.patient_b
    patient_c.clinic, patient_c.clinician = world.other_clinic, world.other_clinician
    patient_c.save()
    patient_for(world.other_clinician, patient_c.pk, what="progress")
    response = browser_for(world.admin).get(CLINIC_AUDIT)
    assert _entry_rows(response) == []
    assert "Bo Lind" not in _text(response)
    assert "João Reis" not in _text(response)


def test_the_admin_filters_by_clinician_and_by_patient(world):
    second = world.other_clinician  # moved to A's clinic, and given patient B
    second.clinic = world.clinic
    second.save()
    patient_b = world.patient_b
    patient_b.clinician = second
    patient_b.save()
    patient_for(world.clinician, world.patient_a.pk, what="progress")
    patient_for(second, patient_b.pk, what="plan")
    admin = browser_for(world.admin)

    by_clinician = _entry_rows(admin.get(CLINIC_AUDIT, {"clinician": second.pk}))
    assert [row.split(" ", 4)[-1] for row in by_clinician] == [
        "Bo Lind João Reis Looked at: plan not known"
    ]
    by_patient = _entry_rows(admin.get(CLINIC_AUDIT, {"patient": world.patient_a.pk}))
    assert len(by_patient) == 1
    assert "Maria Alves" in by_patient[0]
    both = {"clinician": second.pk, "patient": world.patient_a.pk}
    assert _entry_rows(admin.get(CLINIC_AUDIT, both)) == []


def test_a_filter_naming_someone_outside_the_log_is_refused_with_a_message(world):
    patient_for(world.clinician, world.patient_a.pk, what="progress")
    response = browser_for(world.admin).get(CLINIC_AUDIT, {"patient": world.other_clinician.pk})
    assert response.status_code == 400
    assert "These filters were not recognised" in _text(response)
    assert "Bo Lind" not in _text(response)


def test_the_log_shows_fifty_entries_a_page_and_keeps_the_filter_across_pages(world):
    for number in range(51):
        patient_for(world.clinician, world.patient_a.pk, what=f"progress {number}")
    admin = browser_for(world.admin)
    first = admin.get(CLINIC_AUDIT, {"patient": world.patient_a.pk})
    assert len(_entry_rows(first)) == 50
    assert "progress 50" in _entry_rows(first)[0]  # newest first
    assert "Page 1 of 2" in _text(first)
    older = f'href="?patient={world.patient_a.pk}&amp;page=2"'
    assert older in first.content.decode()
    second = admin.get(CLINIC_AUDIT, {"patient": world.patient_a.pk, "page": 2})
    rows = _entry_rows(second)
    assert len(rows) == 1
    assert "progress 0" in rows[0]
