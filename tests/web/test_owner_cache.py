"""The owner is read once per process, yet every change to the account is seen at once."""

import os

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from scapula.accounts import services
from scapula.accounts.models import User
from scapula.accounts.services import ensure_owner, set_display_name
from scapula.portability.deletion import delete_person
from tests.web.conftest import owner_client

# Committed for real (the cache never keeps a row read inside an open transaction).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts, and leaves, without an owner cached by another test."""
    services.forget_owner()
    yield
    services.forget_owner()


def owner_reads(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "accounts_user" in q["sql"]]


def test_the_second_request_finds_the_owner_without_asking_the_database():
    ensure_owner()
    browser = owner_client()
    browser.get("/api/session/today")
    with CaptureQueriesContext(connection) as queries:
        answer = browser.get("/api/session/today")
    assert answer.status_code == 403  # the owner, held back by the safety check, not a 401
    assert owner_reads(queries) == []


def test_a_new_name_is_used_on_the_next_request():
    set_display_name(user=ensure_owner(), name="Ana")
    ensure_owner()
    set_display_name(user=ensure_owner(), name="Ana Lima")
    assert ensure_owner().get_full_name() == "Ana Lima"


def test_a_change_made_by_another_process_is_seen():
    owner = ensure_owner()
    ensure_owner()
    # Another process (the other worker, or the command line) renames the owner and
    # announces it through the shared stamp file; nothing in this process is told.
    User.objects.filter(pk=owner.pk).update(first_name="Renamed elsewhere")
    stamp = services._stamp_path()
    other = stamp.with_name("other-process-stamp")
    other.write_text("changed")
    os.replace(other, stamp)
    assert ensure_owner().first_name == "Renamed elsewhere"


def test_a_name_rolled_back_is_never_kept():
    set_display_name(user=ensure_owner(), name="Ana")
    with transaction.atomic():
        set_display_name(user=ensure_owner(), name="Not kept")
        assert ensure_owner().first_name == "Not kept"
        transaction.set_rollback(True)
    assert ensure_owner().first_name == "Ana"


def test_after_deleting_everything_a_new_owner_is_used():
    first = ensure_owner()
    ensure_owner()
    delete_person(first)
    second = ensure_owner()
    assert second.pk != first.pk
    assert User.objects.filter(pk=second.pk, is_owner=True).exists()
    assert owner_client().get("/api/session/today").status_code == 403  # not a crash


def test_a_caller_changing_its_owner_does_not_change_the_next_one():
    mine = ensure_owner()
    ensure_owner()
    mine.first_name = "Unsaved"
    assert ensure_owner().first_name == ""
