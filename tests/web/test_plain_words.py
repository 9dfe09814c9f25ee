"""Every page speaks plain words: no internal file names, field paths, ids or source markers.

The walk covers every page route of the URL map (or its reason for being left out), for a
new person and for one with a plan and some history, and every exercise of the catalog.
"""

import json

import pytest
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.practice.models import PracticeSession
from scapula.practice.today import todays_routine
from scapula.screening.models import Screening
from tests.page_walk import NOT_WALKED, named_page_routes, walked_pages
from tests.plain_words import internal_words, readable_text


def test_every_page_route_is_walked_or_left_out_with_a_reason():
    walked = {page.route for page in walked_pages(screening_id=1, session_id=1)}
    forgotten = named_page_routes() - walked - set(NOT_WALKED)
    assert not forgotten, f"add these routes to tests/page_walk.py: {sorted(forgotten)}"
    stale = set(NOT_WALKED) - named_page_routes()
    assert not stale, f"these excluded routes no longer exist: {sorted(stale)}"


def test_the_check_finds_internal_words_a_person_should_not_read():
    html = (
        "<p>Source: clinical.md §3.7</p><p>dose.rest_seconds: UNSOURCED</p><p>levator_scapulae</p>"
    )
    kinds = " ".join(internal_words(readable_text(html)))
    for kind in ("document name", "section sign", "dotted field path", "underscore id", "capitals"):
        assert kind in kinds
    assert internal_words(readable_text("<p>Rest: 30 seconds, e.g. after a set.</p>")) == []


def _post(client, path: str, body: dict) -> None:
    response = client.post(path, json.dumps(body), content_type="application/json")
    assert response.status_code in (200, 201), (path, response.content)


def _add_history(client) -> None:
    """Pain entries, a finished session and a first check-in, as the app's own pages send them."""
    for score in (5, 4, 3):
        _post(client, "/api/pain", {"score": score})
    routine = todays_routine(user=ensure_owner(), today=timezone.localdate())
    now = timezone.now()
    exercises = [
        {"exercise": item.exercise.id, "status": "done", "peak_pain": 2, "steps_done": 5}
        for item in routine.items
    ]
    session = {
        "key": "plainwords01",
        "started_at": (now - timezone.timedelta(minutes=20)).isoformat(),
        "ended_at": (now - timezone.timedelta(minutes=10)).isoformat(),
        "status": "completed",
        "pain_before": 3,
        "pain_after": 2,
        "exercises": exercises,
    }
    _post(client, "/api/sessions", session)
    ratings = [{"activity": name, "score": 5} for name in ("Reading", "Shopping", "Desk day")]
    _post(client, "/api/check-ins", {"ratings": ratings})


def _words_out_of_place(client, pages) -> list[str]:
    problems = []
    for page in pages:
        response = client.get(page.path)
        assert response.status_code < 500, page.path
        if response.get("Content-Type", "").startswith("text/html"):
            problems += [
                f"{page.path}: {found}"
                for found in internal_words(readable_text(response.content.decode()))
            ]
    return problems


@pytest.mark.django_db
def test_a_new_person_reads_plain_words_on_every_page(owner_browser):
    problems = _words_out_of_place(owner_browser, walked_pages(exercises="all"))
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_a_person_with_a_plan_and_history_reads_plain_words_on_every_page(
    owner_browser, planned_owner
):
    _add_history(owner_browser)
    screening = Screening.objects.filter(user=planned_owner).latest("pk")
    session = PracticeSession.objects.filter(user=planned_owner).latest("pk")
    pages = walked_pages(screening_id=screening.pk, session_id=session.pk, exercises="all")
    problems = _words_out_of_place(owner_browser, pages)
    assert not problems, "\n".join(problems)
