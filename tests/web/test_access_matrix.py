"""Every page and API operation, as seven people in clinic mode: each reaches only what is theirs.

The routes come from the URL resolver and the API's OpenAPI document, and each must have a
rule in tests/web/access_rules.py, so a new route cannot escape. The people: anonymous,
patients A and B (of clinician A), A's clinician, the clinic admin, and another clinic's
clinician with their patient C. A, B and C each hold distinctive records (a pain note, a
check-in activity, a session key); a patient's marker may show only in that patient's own
answers, or in their clinician's answers about them, never in anyone else's: pages, lists,
exports or error messages. Before and after each request every other patient's rows are
compared, so no one changes another person's records. Runs on SQLite, and on PostgreSQL
in CI's second pass (DATABASE_URL set), like every database test.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from scapula.accounts.models import User
from scapula.api.api import api
from scapula.clinic.access import patient_for
from scapula.core import Mode
from scapula.core.drivers import DRIVERS
from scapula.core.screening import QUESTION_IDS
from scapula.portability.records import owned_models
from scapula.practice.models import PracticeSession
from scapula.reminders.services import make_calendar_link
from scapula.screening.models import Screening
from scapula.tracking.models import PainEntry
from tests.clinic_support import browser_for, make_world
from tests.web.access_rules import (
    ANYONE,
    CLINIC_ADMIN,
    LINK_HOLDER,
    PATIENTS_CLINICIAN,
    RECORD_OWNER,
    SIGNED_IN,
    Rule,
    rule_for,
)

PROFILE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
PATIENTS = ("patient_a", "patient_b", "patient_c")
# Who goes first matters only for writes: a patient's own write (say, deleting everything)
# comes after every other person has tried theirs.
PEOPLE = ("anonymous", "admin", "other_clinician", "clinician", "patient_c", "patient_b")
PEOPLE += ("patient_a",)
NOBODY = "nobody"  # an id that belongs to no one: another's id must look exactly like it
UNKNOWN_ID = 987_654_321
# Route arguments that name someone's record, and the record each one names.
TARGETED = {"screening_id", "session_id", "entry_id", "token", "patient_id"}
STAFF_OWN_ANSWERS = tuple(code for code in range(200, 500) if code != 401)
PLAIN_ARGUMENTS = {
    "exercise_id": "wall-neck-side-bend",
    "driver_id": DRIVERS[0].id,
    "kind": "pain",
    "invitation_id": 999_999,
    "alert_id": 999_999,
    "uidb64": "MQ",
}


@dataclass(frozen=True)
class Route:
    """One route to call: its rule key, how to build its address, and its arguments."""

    key: str
    name: str  # the URL name (pages) or the OpenAPI path (API operations)
    kwargs: tuple[str, ...]
    is_operation: bool


def _resolver_routes() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(namespace:name, route text, argument names) of every URL pattern, walked recursively."""

    def visit(patterns, namespace: str, prefix: str):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                yield from visit(pattern.url_patterns, inner, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                name = f"{namespace}:{pattern.name}" if pattern.name else prefix + str(pattern)
                kwargs = tuple(pattern.pattern.regex.groupindex)
                yield name, prefix + str(pattern.pattern), kwargs

    yield from visit(get_resolver().url_patterns, "", "")


def all_routes() -> list[Route]:
    """Every page route (API operations by their document, each method on its own)."""
    document = api.get_openapi_schema()
    operation_paths = {path.removeprefix("/") for path in document["paths"]}
    routes = []
    for name, text, kwargs in _resolver_routes():
        as_document = text.replace("<", "{").replace(">", "}")
        if as_document not in operation_paths:  # the API's operations are added below
            routes.append(Route(name, name, kwargs, is_operation=False))
    for path, methods in document["paths"].items():
        kwargs = tuple(part[1:-1] for part in path.split("/") if part.startswith("{"))
        for method in methods:
            routes.append(Route(f"{method.upper()} {path}", path, kwargs, is_operation=True))
    return routes


ROUTES = all_routes()


def test_every_route_and_operation_has_a_rule():
    missing = [route.key for route in ROUTES if rule_for(route.key, route.kwargs) is None]
    assert not missing, (
        "these routes have no rule in tests/web/access_rules.py (say who may use each, "
        f"by name or by pattern): {missing}"
    )


def test_the_matrix_covers_the_api_operations_and_the_clinic_pages():
    keys = {route.key for route in ROUTES}
    assert {"GET /api/me", "POST /api/me/delete", "GET /api/export/json"} <= keys
    assert {"audit:clinic-audit", "audit:who-looked", "web:session"} <= keys


@dataclass
class Seeded:
    """The clinic world, each patient's records, and a signed-in browser for each person."""

    people: dict[str, User | None]
    records: dict[str, dict[str, Any]]
    markers: dict[str, tuple[str, ...]]
    import_document: str

    def clinician_of(self, patient: str) -> str:
        return "clinician" if patient in ("patient_a", "patient_b") else "other_clinician"


def _seed(client: Client, marker: str) -> None:
    """A patient's records, made through the API as the app's pages make them."""

    def send(method: str, path: str, body: dict) -> None:
        answer = client.generic(method, path, json.dumps(body), "application/json")
        assert answer.status_code in (200, 201), (path, answer.content[:300])

    send("POST", "/api/screening", {"answers": dict.fromkeys(QUESTION_IDS, False) | {"M1": True}})
    send("POST", "/api/plan", PROFILE)
    send("POST", "/api/pain", {"score": 5, "context": "usual", "note": f"{marker}-PAIN"})
    now = timezone.now()
    session = {
        "key": f"{marker}-SESSION",
        "started_at": (now - timezone.timedelta(minutes=30)).isoformat(),
        "ended_at": (now - timezone.timedelta(minutes=10)).isoformat(),
        "status": "completed",
        "pain_before": 4,
        "pain_after": 3,
        "exercises": [{"exercise": "bridge-and-reach-over", "status": "done", "steps_done": 3}],
    }
    send("POST", "/api/sessions", session)
    activities = [f"{marker}-ACTIVITY", "Carrying shopping", "A day at the desk"]
    send("POST", "/api/check-ins", {"ratings": [{"activity": a, "score": 4} for a in activities]})
    send("PUT", "/api/reminders", {"enabled": True, "session_at": "18:00"})


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker) -> Iterator[Seeded]:
    """The world and its records, made once for the module and rolled back at its end.

    Each test runs in a savepoint inside this transaction (pytest-django's `db`), so each
    route starts from the same records, whatever the routes before it changed.
    """
    clinic = override_settings(
        SCAPULA_MODE=Mode.CLINIC,
        ALLOWED_HOSTS=[*django_settings.ALLOWED_HOSTS, "clinic.example"],
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # speed only
    )
    with django_db_blocker.unblock(), clinic:
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield _seed_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def seeded(seeded_once, db) -> Seeded:
    return seeded_once


def _seed_world() -> Seeded:
    world = make_world()
    people: dict[str, User | None] = {"anonymous": None}
    people |= {name: getattr(world, name) for name in PEOPLE if name != "anonymous"}
    markers, records = {}, {}
    for patient in PATIENTS:
        marker = f"MARKER-{patient[-1].upper()}"
        person = people[patient]
        _seed(browser_for(person), marker)
        markers[patient] = (f"{marker}-PAIN", f"{marker}-SESSION", f"{marker}-ACTIVITY")
        records[patient] = {
            "screening_id": Screening.objects.filter(user=person).latest("pk").pk,
            "session_id": PracticeSession.objects.get(user=person).pk,
            "entry_id": PainEntry.objects.get(user=person, note=f"{marker}-PAIN").pk,
            "token": make_calendar_link(user=person),
            "patient_id": person.pk,
        }
    # Each clinician has looked at a patient, so accounts with an audit trail are covered.
    patient_for(world.clinician, world.patient_a.pk, what="progress")
    patient_for(world.other_clinician, world.patient_c.pk, what="plan")
    export = browser_for(people["patient_a"]).get("/api/export/json")
    return Seeded(people, records, markers, export.content.decode())


def _rows(seeded: Seeded) -> dict[str, Any]:
    """Each patient's records and account (its last sign-in aside), one query per table."""
    ids = {seeded.people[patient].pk: patient for patient in PATIENTS}  # type: ignore[union-attr]
    rows: dict[str, list[Any]] = {patient: [] for patient in PATIENTS}
    for account in User.objects.filter(pk__in=ids).order_by("pk").values():
        account.pop("last_login")
        rows[ids[account["id"]]].append(account)
    for model in owned_models():
        for row in model._default_manager.filter(user__in=ids).order_by("pk").values():
            rows[ids[row["user_id"]]].append((model._meta.label, row))
    return rows


def _address(route: Route, rule: Rule, seeded: Seeded, target: str | None) -> str:
    values: dict[str, Any] = {}
    for name in route.kwargs:
        if name in TARGETED:
            values[name] = UNKNOWN_ID if target == NOBODY else seeded.records[target][name]
            if name == "token" and target == NOBODY:
                values[name] = "no-such-link-0123456789"
        elif name in PLAIN_ARGUMENTS:
            values[name] = PLAIN_ARGUMENTS[name]
        else:
            pytest.fail(f"{route.key}: add a value for the argument {name} to the matrix")
    if route.is_operation:
        return "/api" + route.name.removeprefix("/api").format(**values) + rule.query
    return reverse(route.name, kwargs=values) + rule.query


def _call(client: Client, route: Route, rule: Rule, address: str, seeded: Seeded):
    body = rule.body
    if body == "IMPORT":
        if not route.is_operation:
            upload = SimpleUploadedFile("export.json", seeded.import_document.encode())
            return client.post(address, {"document": upload})
        body = json.loads(seeded.import_document)
    if not route.is_operation:
        return client.post(address, body) if rule.method == "POST" else client.get(address)
    data = json.dumps(body) if body is not None else ""
    return client.generic(rule.method, address, data, "application/json")


def _expected(rule: Rule, route: Route, viewer: str, target: str | None, seeded: Seeded):
    """The statuses the viewer may get; None for 'the sign-in answer'."""
    if rule.who in (ANYONE, LINK_HOLDER):
        return rule.refused if target == NOBODY else rule.ok
    if viewer == "anonymous":
        return None
    if rule.who == SIGNED_IN:
        # Staff have no records of their own: their answers may be "do the safety check
        # first" and the like; what matters is that they never show a patient's records.
        return STAFF_OWN_ANSWERS if viewer not in PATIENTS else rule.ok
    if rule.who == CLINIC_ADMIN:
        return rule.ok if viewer == "admin" else (404,)
    if rule.who == RECORD_OWNER:
        return rule.ok if viewer == target else rule.refused
    if rule.who == PATIENTS_CLINICIAN:
        mine = target in PATIENTS and seeded.clinician_of(target) == viewer
        return rule.ok if mine else rule.refused
    raise AssertionError(f"unknown rule {rule.who}")


def _sees(rule: Rule, viewer: str, target: str | None, patient: str, seeded: Seeded) -> bool:
    """Whether the viewer may read this patient's records in this answer."""
    if viewer == patient:
        return True
    if rule.who == LINK_HOLDER:
        return target == patient
    return (
        rule.who == PATIENTS_CLINICIAN
        and target == patient
        and (seeded.clinician_of(patient) == viewer)
    )


def _answer_text(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.key)
def test_each_person_reaches_only_their_own_records(seeded, route):
    rule = rule_for(route.key, route.kwargs)
    if rule is None:
        pytest.fail(f"{route.key} has no rule in tests/web/access_rules.py")
    targets = [*PATIENTS, NOBODY] if TARGETED & set(route.kwargs) else [None]
    browsers = {name: browser_for(person) for name, person in seeded.people.items()}
    problems: list[str] = []
    before = _rows(seeded)
    for viewer in PEOPLE:
        answers: dict[str | None, Any] = {}
        for target in targets:
            address = _address(route, rule, seeded, target)
            response = _call(browsers[viewer], route, rule, address, seeded)
            answers[target] = response
            where = f"{viewer} {rule.method} {address}"
            problems += _check_answer(rule, route, viewer, target, response, seeded, where)
            after = _rows(seeded)
            for patient in PATIENTS:
                allowed = viewer == patient or (
                    rule.who == PATIENTS_CLINICIAN and seeded.clinician_of(patient) == viewer
                )
                if not allowed and after[patient] != before[patient]:
                    problems.append(f"{where}: changed {patient}'s records")
            before = after
        problems += _same_as_nobody(rule, viewer, answers, seeded)
    assert not problems, "\n".join(problems)


def _check_answer(rule, route, viewer, target, response, seeded, where) -> list[str]:
    problems = []
    expected = _expected(rule, route, viewer, target, seeded)
    if expected is None:
        if route.is_operation:
            if response.status_code != 401:
                problems.append(f"{where}: {response.status_code}, not 401")
        elif response.status_code != 302 or "/accounts/login/" not in response["Location"]:
            problems.append(f"{where}: {response.status_code}, not the sign-in redirect")
    elif response.status_code not in expected:
        problems.append(f"{where}: {response.status_code}, expected one of {expected}")
    text = _answer_text(response)
    for patient in PATIENTS:
        shown = [m for m in seeded.markers[patient] if m in text]
        if shown and not _sees(rule, viewer, target, patient, seeded):
            problems.append(f"{where}: shows {patient}'s records ({shown})")
    own = seeded.markers.get(viewer, ())
    if rule.shows_own and own and response.status_code == 200 and not any(m in text for m in own):
        problems.append(f"{where}: does not show {viewer}'s own records")
    return problems


def _same_as_nobody(rule: Rule, viewer: str, answers: dict, seeded: Seeded) -> list[str]:
    """Refusing another's id must look like an id that is no one's, so ids cannot be probed."""
    # (The sign-in redirect names the page asked for, so anonymous answers differ anyway.)
    if NOBODY not in answers or rule.who in (ANYONE, LINK_HOLDER) or viewer == "anonymous":
        return []
    nobody = answers[NOBODY]
    problems = []
    for target, response in answers.items():
        if target == NOBODY or response.status_code not in (*rule.refused, 302):
            continue
        if rule.who == PATIENTS_CLINICIAN and seeded.clinician_of(target) == viewer:
            continue  # the viewer's own patient: an allowed answer, not a refusal
        if (response.status_code, response.get("Location")) != (
            nobody.status_code,
            nobody.get("Location"),
        ):
            problems.append(f"{viewer}: {target}'s id answers unlike an id that is no one's")
    return problems
