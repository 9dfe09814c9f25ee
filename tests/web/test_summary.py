"""The clinician summary: who it is about, the dates, the stops and why, readable in print."""

from datetime import timedelta

from django.utils import timezone

from scapula.accounts.models import User
from scapula.practice.services import ExerciseResult, SessionReport, record_session

ROW = "bent-over-isometric-row"


def _stop(owner, *, days_ago, reason, key):
    started = timezone.now() - timedelta(days=days_ago)
    report = SessionReport(
        key,
        started,
        started + timedelta(minutes=9),
        "stopped",
        3,
        5,
        (ExerciseResult(ROW, "stopped", 6, reason, 4),),
    )
    record_session(user=owner, report=report, now=timezone.now())


def test_the_person_s_name_is_saved_and_printed_at_the_top(owner_browser, planned_owner):
    response = owner_browser.post("/progress/summary/", {"name": "  Alex   Morgan "})
    assert response.status_code == 302
    page = owner_browser.get("/progress/summary/").content.decode()
    assert '<h1 id="summary-title">Exercise summary: Alex Morgan</h1>' in page


def test_a_name_too_long_shows_the_form_again_with_the_message(owner_browser, planned_owner):
    response = owner_browser.post("/progress/summary/", {"name": "x" * 151})
    assert response.status_code == 400
    assert "Some answers need another look" in response.content.decode()
    assert User.objects.get(pk=planned_owner.pk).first_name == ""


def test_the_summary_lists_recent_stops_with_their_reasons(owner_browser, planned_owner):
    _stop(planned_owner, days_ago=2, reason="dizziness", key="a")
    _stop(planned_owner, days_ago=1, reason="sharp or catching pain", key="b")
    _stop(planned_owner, days_ago=40, reason="pain above 5", key="old")
    page = owner_browser.get("/progress/summary/").content.decode()
    assert "Dizziness or a change in vision <strong>(warning sign)</strong>" in page
    assert "Sharp or catching pain" in page
    assert "Pain above 5 out of 10" not in page
    assert "<dt>Stops, last 4 weeks</dt><dd>2</dd>" in page


def test_the_summary_names_its_dates_and_no_internal_document(owner_browser, planned_owner):
    page = owner_browser.get("/progress/summary/").content.decode()
    assert "plan started" in page
    assert "now in week 1" in page
    assert "clinical.md" not in page
    assert "Pain over the last four weeks" in page


def test_a_long_plan_charts_every_week_of_it_up_to_twelve(owner_browser):
    from scapula.accounts.services import ensure_owner
    from tests.history import seed_ten_weeks

    seed_ten_weeks(ensure_owner(), timezone.localdate())
    page = owner_browser.get("/progress/summary/").content.decode()
    assert "Pain over the last 10 weeks" in page
    assert "The last 10 weeks." in page
