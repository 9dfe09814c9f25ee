"""The clinician's workspace: only their own patients, their figures, flags and pain alerts."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from scapula.accounts.models import Role
from scapula.clinic.models import Alert, AuditEntry, PatientSummary
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.tracking.services import record_pain
from tests.clinic_support import browser_for, make_person, make_world, use_clinic_mode

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    use_clinic_mode(settings)
    world = make_world()
    world.patient_a.first_name = "Alma"
    world.patient_a.save()
    return world


def stopped_session(patient, *, reason="sharp or catching pain", peak=None, key="s1"):
    """A session stopped at its first exercise, stored through the service the player uses."""
    now = timezone.now()
    report = SessionReport(
        key=key,
        started_at=now - timedelta(minutes=10),
        ended_at=now - timedelta(minutes=5),
        status="stopped",
        pain_before=3,
        pain_after=None,
        exercises=(
            ExerciseResult("wall-neck-side-bend", "stopped", peak_pain=peak, stop_reason=reason),
        ),
    )
    return record_session(user=patient, report=report, now=now)[0]


def test_the_list_shows_only_the_clinicians_own_patients(world):
    colleague = make_person("cy@harbour.example", Role.CLINICIAN, world.clinic)
    make_person("theirs@mail.example", Role.PATIENT, world.clinic, colleague)
    make_person("elsewhere@mail.example", Role.PATIENT, world.other_clinic, world.other_clinician)
    page = browser_for(world.clinician).get("/clinic/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "Alma" in text
    assert "pat.b@mail.example" in text
    assert "theirs@mail.example" not in text
    assert "elsewhere@mail.example" not in text
    assert "2 patients" in text


def test_the_other_clinics_clinician_sees_none_of_them(world):
    text = browser_for(world.other_clinician).get("/clinic/").content.decode()
    assert "Alma" not in text
    assert "pat.b@mail.example" not in text
    assert "pat.c@mail.example" in text  # their own patient, of their own clinic


@pytest.mark.parametrize("who", ["patient_a", "admin", "other_clinician"])
def test_a_patient_page_is_not_found_for_anyone_but_their_clinician(world, who):
    page = browser_for(getattr(world, who)).get(f"/clinic/patients/{world.patient_a.pk}/")
    assert page.status_code == 404
    assert "Alma" not in page.content.decode()


@pytest.mark.parametrize("who", ["patient_a", "admin"])
def test_patients_and_admins_have_no_workspace(world, who):
    assert browser_for(getattr(world, who)).get("/clinic/").status_code == 404


def test_a_patient_page_read_is_audited_and_the_list_is_not(world):
    clinician = browser_for(world.clinician)
    clinician.get("/clinic/")
    assert not AuditEntry.objects.exists()
    page = clinician.get(f"/clinic/patients/{world.patient_a.pk}/")
    assert page.status_code == 200
    entry = AuditEntry.objects.get()
    assert (entry.user, entry.actor, entry.remote_addr) == (
        world.patient_a,
        world.clinician,
        "203.0.113.7",
    )


def test_a_sharp_pain_stop_alerts_the_clinician_once_and_is_marked_seen(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        session = stopped_session(world.patient_a)
        stopped_session(world.patient_a)  # the same key again: no second alert
    alert = Alert.objects.get()
    assert (alert.user, alert.clinician) == (world.patient_a, world.clinician)
    assert str(session.performed_on.day) in alert.message
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@harbour.example"]
    body = mail.outbox[0].body
    assert "Alma" not in body
    assert "pat.a" not in body
    assert "sharp" not in body.casefold()
    clinician = browser_for(world.clinician)
    listing = clinician.get("/clinic/").content.decode()
    assert "1 new" in listing
    assert "Stopped for sharp pain" in listing
    page = clinician.get(f"/clinic/patients/{world.patient_a.pk}/").content.decode()
    assert "Stopped with pain" in page
    assert "sharp or catching pain" in page
    assert "Mark seen" in page
    answer = clinician.post(f"/clinic/patients/{world.patient_a.pk}/alerts/{alert.pk}/seen/")
    assert answer.status_code == 302
    assert "1 new" not in clinician.get("/clinic/").content.decode()
    again = clinician.get(f"/clinic/patients/{world.patient_a.pk}/").content.decode()
    assert "Mark seen" not in again


def test_another_clinician_cannot_mark_an_alert_seen(world):
    stopped_session(world.patient_a)
    alert = Alert.objects.get()
    url = f"/clinic/patients/{world.patient_a.pk}/alerts/{alert.pk}/seen/"
    assert browser_for(world.other_clinician).post(url).status_code == 404
    alert.refresh_from_db()
    assert alert.seen_at is None


def test_numbness_and_pain_above_five_alert_but_a_calm_stop_does_not(world):
    stopped_session(world.patient_a, reason="numbness or tingling", key="n")
    stopped_session(world.patient_a, reason="other", peak=7, key="p")
    stopped_session(world.patient_b, reason="other", peak=3, key="calm")
    assert Alert.objects.filter(user=world.patient_a).count() == 2
    assert not Alert.objects.filter(user=world.patient_b).exists()
    listing = browser_for(world.clinician).get("/clinic/").content.decode()
    assert "Stopped for numbness, tingling or dizziness" in listing


def test_an_urgent_safety_check_alerts_and_flags(world):
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True, "U7": True}
    record_screening(user=world.patient_a, answers=answers, today=timezone.localdate())
    assert Alert.objects.get(user=world.patient_a).kind == "red_flag"
    listing = browser_for(world.clinician).get("/clinic/?flagged=1").content.decode()
    assert "Warning sign in the latest safety check" in listing
    assert "pat.b@mail.example" not in listing


def test_the_summary_changes_only_with_a_write_that_commits(world):
    today = timezone.localdate()
    record_pain(user=world.patient_a, score=4, context="usual", today=today)
    before = PatientSummary.objects.get(user=world.patient_a).pain_counts
    assert before[-1] == 1  # today's entry, the last day of the summary
    seen_inside = []

    def failing_write():
        with transaction.atomic():
            record_pain(user=world.patient_a, score=9, context="usual", today=today)
            seen_inside.append(PatientSummary.objects.get(user=world.patient_a).pain_counts[-1])
            raise RuntimeError("the write fails after the pain entry")

    with pytest.raises(RuntimeError):
        failing_write()
    assert seen_inside == [2]  # inside the failing transaction, the summary had both
    assert PatientSummary.objects.get(user=world.patient_a).pain_counts == before


def test_deleting_a_pain_entry_updates_the_summary(world):
    from scapula.tracking.services import delete_pain_entry

    today = timezone.localdate()
    entry = record_pain(user=world.patient_a, score=4, context="usual", today=today)
    delete_pain_entry(user=world.patient_a, entry_id=entry.pk)
    assert sum(PatientSummary.objects.get(user=world.patient_a).pain_counts) == 0


def test_the_personal_owner_keeps_no_summary(owner_browser):
    from scapula.accounts.services import ensure_owner

    owner = ensure_owner()
    record_pain(user=owner, score=4, context="usual", today=timezone.localdate())
    stopped_session(owner)
    assert not PatientSummary.objects.exists()
    assert not Alert.objects.exists()


def test_a_clinicians_home_is_the_patient_list_and_the_menu_says_patients(world):
    clinician = browser_for(world.clinician)
    home = clinician.get("/")
    assert home.status_code == 302
    assert home.url == "/clinic/"
    listing = clinician.get("/clinic/").content.decode()
    assert ">Patients</a>" in listing
    assert ">Plan</a>" not in listing
    patient_home = browser_for(world.patient_a).get("/").content.decode()
    assert ">Patients</a>" not in patient_home


def test_a_clinic_patient_can_still_delete_everything(world):
    from scapula.portability.deletion import delete_person

    today = timezone.localdate()
    for back in range(20):
        record_pain(user=world.patient_a, score=5, context="usual", today=today - timedelta(back))
    stopped_session(world.patient_a)
    delete_person(world.patient_a)
    assert not PatientSummary.objects.exists()
    assert not Alert.objects.exists()


def test_deleting_many_rows_at_once_rebuilds_the_summary_once_per_kind(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from scapula.practice.models import PracticeSession
    from scapula.tracking.models import PainEntry

    today = timezone.localdate()
    for back in range(30):
        record_pain(user=world.patient_a, score=5, context="usual", today=today - timedelta(back))
    stopped_session(world.patient_a, key="one")
    stopped_session(world.patient_a, key="two")
    with CaptureQueriesContext(connection) as few, transaction.atomic():
        PainEntry.objects.filter(user=world.patient_a).delete()
    with CaptureQueriesContext(connection) as cascade, transaction.atomic():
        PracticeSession.objects.filter(user=world.patient_a).delete()  # and their exercises
    summary = PatientSummary.objects.get(user=world.patient_a)
    assert sum(summary.pain_counts) == 0
    assert sum(summary.activity_days) == 0
    assert summary.last_activity_at is None
    assert summary.stops == []
    assert len(few) < 25  # one rebuild, not thirty
    assert len(cascade) < 40  # one rebuild for the sessions, one for their exercises


def test_pain_getting_worse_raises_one_alert_for_the_new_flag(world):
    today = timezone.localdate()
    for back in (20, 19, 18):
        record_pain(user=world.patient_a, score=3, context="usual", today=today - timedelta(back))
    assert not Alert.objects.exists()
    record_pain(user=world.patient_a, score=6, context="usual", today=today)
    record_pain(user=world.patient_a, score=7, context="morning", today=today)
    alert = Alert.objects.get()
    assert alert.kind == "flag"
    assert "Pain 2 or more points above the start" in alert.message
    page = browser_for(world.clinician).get(f"/clinic/patients/{world.patient_a.pk}/")
    assert "New flag" in page.content.decode()
