"""The pain diary over the API and the CLI: stored, trended, bad values named."""

import json

import pytest
from click.testing import CliRunner

from scapula.cli.main import cli
from scapula.tracking.models import PainEntry


def post(client, body):
    return client.post("/api/pain", json.dumps(body), content_type="application/json")


def test_a_pain_score_is_stored_for_the_owner(owner_browser):
    response = post(
        owner_browser,
        {"score": 5, "context": "morning", "site": "between_shoulder_blades", "side": "left"},
    )
    assert response.status_code == 201
    entry = PainEntry.objects.get()
    assert (entry.score, entry.context, entry.side) == (5, "morning", "left")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"score": 11}, "score"),
        ({"score": -1}, "score"),
        ({"score": True}, "score"),
        ({"score": 3, "context": "lunch"}, "context"),
        ({"score": 3, "site": "knee"}, "site"),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_stored(owner_browser, body, field):
    response = post(owner_browser, body)
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["field"] == field
    assert not PainEntry.objects.exists()


def test_the_trend_needs_entries_then_reports_against_the_baseline(owner_browser):
    assert owner_browser.get("/api/pain/trend").json()["message"].startswith("Not enough")
    for score in (6, 6, 6):
        post(owner_browser, {"score": score})
    trend = owner_browser.get("/api/pain/trend").json()
    assert trend["baseline"] == 6
    assert trend["is_meaningful"] is False


@pytest.mark.django_db
def test_scapula_log_pain_records_and_reports_the_trend():
    result = CliRunner().invoke(cli, ["log", "pain", "4", "--when", "morning"])
    assert result.exit_code == 0
    assert result.output.startswith("Recorded 4/10 (morning).")
    assert PainEntry.objects.get().score == 4


def test_scapula_log_pain_refuses_eleven_naming_the_argument():
    result = CliRunner().invoke(cli, ["log", "pain", "11"])
    assert result.exit_code == 2
    assert "SCORE" in result.output
