"""The pain diary page: a score on a day without a session, and fixing a wrong entry."""

import pytest
from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.services import ensure_owner
from scapula.tracking.models import PainEntry
from scapula.tracking.services import record_pain


def test_pain_can_be_noted_on_a_day_without_a_session(owner_browser):
    response = owner_browser.post(
        "/progress/pain/", {"score": "4", "context": "usual", "site": "neck", "note": "long drive"}
    )
    assert response.status_code == 302
    entry = PainEntry.objects.get(user=ensure_owner())
    assert (entry.score, entry.context, entry.site, entry.note) == (
        4,
        "usual",
        "neck",
        "long drive",
    )
    page = owner_browser.get("/progress/pain/").content.decode()
    assert "How it is today, in general" in page
    assert "Neck" in page


@pytest.mark.parametrize("score", ["", "11", "-1", "four"])
def test_a_score_off_the_scale_shows_the_form_again_and_stores_nothing(owner_browser, score):
    response = owner_browser.post("/progress/pain/", {"score": score, "context": "usual"})
    assert response.status_code == 400
    assert "Some answers need another look" in response.content.decode()
    assert not PainEntry.objects.exists()


def test_a_wrong_score_can_be_corrected_and_a_wrong_entry_removed(owner_browser):
    owner = ensure_owner()
    entry = record_pain(user=owner, score=8, context="usual", today=timezone.localdate())
    owner_browser.post(f"/progress/pain/{entry.pk}/correct/", {"score": "3"})
    entry.refresh_from_db()
    assert entry.score == 3
    owner_browser.post(f"/progress/pain/{entry.pk}/delete/")
    assert not PainEntry.objects.exists()


def test_another_person_s_entry_cannot_be_changed(owner_browser):
    ensure_owner()
    other = User.objects.create_user(username="sam", password="a long password 123")
    entry = record_pain(user=other, score=5, context="usual", today=timezone.localdate())
    owner_browser.post(f"/progress/pain/{entry.pk}/correct/", {"score": "1"})
    owner_browser.post(f"/progress/pain/{entry.pk}/delete/")
    entry.refresh_from_db()
    assert entry.score == 5


def test_the_player_s_ratings_are_in_the_diary_and_a_correction_moves_the_trend(
    owner_browser, planned_owner
):
    from datetime import timedelta

    from scapula.practice.services import ExerciseResult, SessionReport, record_session

    started = timezone.now() - timedelta(hours=2)
    report = SessionReport(
        "diary-1",
        started,
        started + timedelta(minutes=10),
        "completed",
        6,
        3,
        (ExerciseResult("cat-cow", "done", 4, "", 20),),
    )
    record_session(user=planned_owner, report=report, now=timezone.now())
    page = owner_browser.get("/progress/pain/").content.decode()
    assert "Just before exercising" in page
    assert "The worst during a session" in page
    assert "Just after exercising" in page
    trend = owner_browser.get("/api/pain/trend").json()
    assert trend["recent_mean"] == 6  # pain at rest: the rating before, not the peak or after
    before = PainEntry.objects.get(user=planned_owner, context="before")
    owner_browser.post(f"/progress/pain/{before.pk}/correct/", {"score": "2"})
    assert owner_browser.get("/api/pain/trend").json()["recent_mean"] == 2
