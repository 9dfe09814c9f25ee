"""The progress page shows the pain trend, the charts and the sessions."""

import json

from scapula.accounts.services import ensure_owner


def test_the_progress_page_shows_the_trend_and_both_charts(owner_browser):
    for score in (6, 6, 6, 3):
        owner_browser.post(
            "/api/pain", json.dumps({"score": score}), content_type="application/json"
        )
    ensure_owner()
    page = owner_browser.get("/progress/").content.decode()
    assert "Your progress" in page
    assert 'class="chart pain-chart"' in page
    assert 'class="chart adherence-calendar"' in page
    assert "Your pain has fallen from 6.0 to 5.2, not yet by" in page
    assert "<table" in page


def test_the_progress_page_needs_a_signed_in_person(phone):
    response = phone.get("/progress/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
