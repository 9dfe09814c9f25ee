"""A client that already has an answer is told so (304) instead of downloading it again."""

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from scapula.accounts.models import User
from scapula.core import Mode
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.screening.services import record_screening

PROFILE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())


@pytest.mark.parametrize("path", ["/api/exercises", "/api/exercises/corner-upper-back-stretch"])
def test_the_catalog_comes_with_a_strong_etag_and_a_304_when_it_is_unchanged(phone, path):
    first = phone.get(path)
    assert first.status_code == 200
    etag = first["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)  # strong: no W/ in front
    again = phone.get(path, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


def test_a_different_etag_gets_the_whole_catalog(phone):
    answer = phone.get("/api/exercises", headers={"if-none-match": '"an-older-release"'})
    assert answer.status_code == 200
    assert answer.json()


def test_each_filtered_list_has_its_own_etag(phone):
    everything = phone.get("/api/exercises")
    some = phone.get("/api/exercises", {"kind": "self_test"})
    assert everything["ETag"] != some["ETag"]
    assert len(some.json()) < len(everything.json())
    mixed_up = phone.get(
        "/api/exercises", {"kind": "self_test"}, headers={"if-none-match": everything["ETag"]}
    )
    assert mixed_up.status_code == 200


def test_an_unknown_exercise_is_still_a_404(phone):
    assert phone.get("/api/exercises/handstand").status_code == 404


def test_todays_routine_is_revalidated_and_304_while_it_is_the_same(planned_owner, owner_browser):
    first = owner_browser.get("/api/session/today")
    assert first.status_code == 200
    assert first["Cache-Control"] == "private, no-store"
    again = owner_browser.get("/api/session/today", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_a_new_plan_makes_the_old_etag_stale(planned_owner, owner_browser):
    old = owner_browser.get("/api/session/today")
    create_plan(user=planned_owner, profile=PROFILE, today=timezone.localdate())
    fresh = owner_browser.get("/api/session/today", headers={"if-none-match": old["ETag"]})
    assert fresh.status_code == 200
    assert fresh.json()["plan_id"] != old.json()["plan_id"]


def ready_person(username: str) -> Client:
    """A clinic patient, signed in, screened, with a plan from today."""
    person = User.objects.create_user(username=username, password="not-used-here-1")
    today = timezone.localdate()
    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
    record_screening(user=person, answers=answers, today=today)
    create_plan(user=person, profile=PROFILE, today=today)
    browser = Client()
    browser.force_login(person)
    return browser


def test_another_persons_etag_never_gets_a_304(db, settings):
    settings.SCAPULA_MODE = Mode.CLINIC
    ana, ben = ready_person("ana"), ready_person("ben")
    anas = ana.get("/api/session/today")
    bens = ben.get("/api/session/today", headers={"if-none-match": anas["ETag"]})
    assert bens.status_code == 200
    assert bens.json()["plan_id"] != anas.json()["plan_id"]


def test_the_safety_check_still_locks_today_whatever_etag_is_sent(owner_browser):
    answer = owner_browser.get("/api/session/today", headers={"if-none-match": "*"})
    assert answer.status_code == 403
