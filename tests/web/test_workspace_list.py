"""The patient list: the same number of queries for any number of patients, sorting, filters."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from scapula.accounts.models import Role
from scapula.plans.models import StoredPlan
from scapula.tracking.services import record_pain
from tests.clinic_support import browser_for, make_person, make_world, use_clinic_mode
from tests.web.test_workspace import stopped_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    use_clinic_mode(settings)
    return make_world()


def add_patients(world, count, start=0):
    today = timezone.localdate()
    for n in range(start, start + count):
        patient = make_person(f"p{n:03d}@mail.example", Role.PATIENT, world.clinic, world.clinician)
        StoredPlan.objects.create(user=patient, profile={}, plan={}, starts_on=today)
        record_pain(user=patient, score=n % 10, context="usual", today=today)
        stopped_session(patient, reason="other", key=f"k{n}")


def list_queries(browser):
    # A first request may note the session's last-seen time; measure the list's own queries.
    browser.get("/clinic/")
    with CaptureQueriesContext(connection) as queries:
        assert browser.get("/clinic/").status_code == 200
    return len(queries)


def test_the_list_takes_the_same_queries_for_3_and_30_patients(world):
    browser = browser_for(world.clinician)
    add_patients(world, 3)
    few = list_queries(browser)
    add_patients(world, 27, start=3)
    page = browser.get("/clinic/").content.decode()
    assert "32 patients" in page  # with patient A and B of the world
    assert list_queries(browser) == few


def names_in_order(page, names):
    return sorted(names, key=page.index)


def test_sorting_by_pain_change_puts_the_most_worsened_first(world):
    today = timezone.localdate()
    for patient, scores in ((world.patient_a, (2, 2, 2, 3)), (world.patient_b, (2, 2, 2, 8))):
        for back, score in enumerate(scores):
            day = today - timedelta(days=20 - back * 6)
            record_pain(user=patient, score=score, context="usual", today=day)
    browser = browser_for(world.clinician)
    names = ["pat.a@mail.example", "pat.b@mail.example"]
    by_pain = browser.get("/clinic/?sort=pain").content.decode()
    assert names_in_order(by_pain, names) == names[::-1]
    assert "Pain 2 or more points above the start" in by_pain
    by_name = browser.get("/clinic/?sort=name").content.decode()
    assert names_in_order(by_name, names) == names


def test_filters_for_no_session_in_7_days_and_by_name(world):
    today = timezone.localdate()
    StoredPlan.objects.create(
        user=world.patient_a, profile={}, plan={}, starts_on=today - timedelta(days=10)
    )
    StoredPlan.objects.create(user=world.patient_b, profile={}, plan={}, starts_on=today)
    browser = browser_for(world.clinician)
    idle = browser.get("/clinic/?idle=1").content.decode()
    assert "pat.a@mail.example" in idle
    assert "pat.b@mail.example" not in idle
    assert "No session in 7 days" in idle
    found = browser.get("/clinic/?q=pat.b").content.decode()
    assert "pat.b@mail.example" in found
    assert "pat.a@mail.example" not in found
    nobody = browser.get("/clinic/?q=zz-nobody").content.decode()
    assert "No patient matches" in nobody


def test_the_list_shows_adherence_and_a_sparkline_without_scripts(world):
    today = timezone.localdate()
    StoredPlan.objects.create(
        user=world.patient_a, profile={}, plan={}, starts_on=today - timedelta(days=30)
    )
    record_pain(user=world.patient_a, score=5, context="usual", today=today - timedelta(days=1))
    stopped_session(world.patient_a, reason="other")
    page = browser_for(world.clinician).get("/clinic/").content.decode()
    assert '<svg class="sparkline"' in page
    assert "<script" not in page.split("<main", 1)[1]
    # One partly done day (today, stopped) of 7 planned: 0.5 / 7 = 7 %.
    assert "7 %" in page


def test_the_patient_page_shows_charts_sessions_and_screenings(world):
    from scapula.core.screening import QUESTION_IDS
    from scapula.screening.services import record_screening

    today = timezone.localdate()
    record_screening(
        user=world.patient_a,
        answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True},
        today=today,
    )
    record_pain(user=world.patient_a, score=5, context="usual", today=today)
    stopped_session(world.patient_a, reason="dizziness")
    page = browser_for(world.clinician).get(f"/clinic/patients/{world.patient_a.pk}/")
    text = page.content.decode()
    assert "pain-chart" in text
    assert "Stopped Wall neck side bend: dizziness or a change in vision" in text
    assert "a warning sign" in text
    assert "Full safety check" in text
    assert "Fine to start" in text
