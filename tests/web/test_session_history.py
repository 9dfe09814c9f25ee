"""Session history: every saved session, and one session's exercises, pain and stops."""

from datetime import timedelta

from django.utils import timezone

from scapula.accounts.models import User
from scapula.practice.services import ExerciseResult, SessionReport, record_session

ROW, CAT = "bent-over-isometric-row", "cat-cow"


def _stopped_session(owner, *, key="s1", reason="numbness or tingling", days_ago=1):
    started = timezone.now() - timedelta(days=days_ago)
    report = SessionReport(
        key,
        started,
        started + timedelta(minutes=12),
        "stopped",
        4,
        6,
        (
            ExerciseResult(CAT, "done", 2, "", 30),
            ExerciseResult(ROW, "stopped", 7, reason, 8),
            ExerciseResult("serratus-wall-slide", "not_started", None, "", 0),
        ),
    )
    session, _ = record_session(user=owner, report=report, now=timezone.now())
    return session


def test_the_history_lists_each_session_with_how_it_went(owner_browser, planned_owner):
    _stopped_session(planned_owner)
    page = owner_browser.get("/progress/sessions/").content.decode()
    assert "Stopped early" in page
    assert "1 of 3" in page
    stop = "Stopped Bent-over rhomboid row (isometric): numbness or pins and needles (7/10)."
    assert stop in page


def test_a_session_s_page_shows_each_exercise_in_words(owner_browser, planned_owner):
    session = _stopped_session(planned_owner)
    response = owner_browser.get(f"/progress/sessions/{session.pk}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "12 minutes" in page
    assert "Not reached" in page
    assert "not_started" not in page
    assert "Numbness or pins and needles <strong>(a warning sign)</strong>" in page
    assert "4/10" in page
    assert "6/10" in page


def test_a_reason_in_the_person_s_own_words_is_shown_as_written(owner_browser, planned_owner):
    session = _stopped_session(planned_owner, reason="my shoulder clicked")
    page = owner_browser.get(f"/progress/sessions/{session.pk}/").content.decode()
    assert "my shoulder clicked" in page
    assert "warning sign" not in page


def test_the_history_without_sessions_leads_to_the_plan(owner_browser, planned_owner):
    page = owner_browser.get("/progress/sessions/").content.decode()
    assert "No sessions saved yet" in page
    assert 'href="/plan/"' in page


def test_another_person_s_session_is_not_found(owner_browser, planned_owner):
    other = User.objects.create_user(username="sam", password="a long password 123")
    theirs = _stopped_session(other, key="theirs")
    assert owner_browser.get(f"/progress/sessions/{theirs.pk}/").status_code == 404
    assert "Bent-over" not in owner_browser.get("/progress/sessions/").content.decode()


def test_the_progress_page_links_to_the_history(owner_browser, planned_owner):
    assert 'href="/progress/sessions/"' in owner_browser.get("/progress/").content.decode()
