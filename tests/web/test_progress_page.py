"""The progress page shows the pain trend, the charts and the sessions."""

import json

from scapula.accounts.services import ensure_owner


def test_the_progress_page_shows_the_trend_and_waits_for_a_plan_to_count_sessions(owner_browser):
    for score in (6, 6, 6, 3):
        owner_browser.post(
            "/api/pain", json.dumps({"score": score}), content_type="application/json"
        )
    ensure_owner()
    page = owner_browser.get("/progress/").content.decode()
    assert "Your progress" in page
    assert 'class="chart pain-chart"' in page
    # No plan yet: no days are planned, so no calendar of missed days.
    assert 'class="chart adherence-calendar"' not in page
    assert "Your sessions show here once you have a plan" in page
    assert "Your pain has fallen from 6.0 to 5.2, not yet by" in page
    assert "<table" in page


def test_the_progress_page_needs_a_signed_in_person(phone):
    response = phone.get("/progress/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_after_four_weeks_without_a_meaningful_fall_a_clinician_review_is_suggested(
    owner_browser,
):
    from datetime import timedelta
    from pathlib import Path

    from django.utils import timezone

    from scapula.plans.services import create_plan

    profile = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
    create_plan(
        user=ensure_owner(), profile=profile, today=timezone.localdate() - timedelta(weeks=4)
    )
    for score in (6, 6, 6, 6):
        owner_browser.post(
            "/api/pain", json.dumps({"score": score}), content_type="application/json"
        )
    page = owner_browser.get("/progress/").content.decode()
    assert "Time for a clinician to take a look" in page
    assert "week 5" in page


def test_no_review_is_suggested_in_the_first_weeks(owner_browser):
    from django.utils import timezone

    from scapula.plans.services import create_plan

    create_plan(user=ensure_owner(), profile={}, today=timezone.localdate())
    assert "Time for a clinician" not in owner_browser.get("/progress/").content.decode()


def test_with_a_plan_the_sessions_calendar_counts_the_planned_days(owner_browser):
    from django.utils import timezone

    from scapula.plans.services import create_plan

    create_plan(user=ensure_owner(), profile={}, today=timezone.localdate())
    page = owner_browser.get("/progress/").content.decode()
    assert 'class="chart adherence-calendar"' in page
    # First thing on the plan's first day nothing is missed yet.
    assert "Your first planned day is today" in page
    calendar = page.split('class="chart adherence-calendar"')[1].split("</svg>")[0]
    assert ": missed</title>" not in calendar
    assert ": today, not done yet</title>" in calendar
