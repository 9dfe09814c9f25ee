"""Every API operation refuses bad input with a 4xx naming the field, and changes nothing.

The cases are built from the OpenAPI document, so an operation added later is covered:
for each body property a wrong type, a missing required value, values out of range
(numbers past their limits, strings past their length, words outside their list) and
unknown ids; for each item of a list of objects the same, one level down; for each path
parameter an unknown id; for each query parameter with a list of words an unknown word;
and for each body an oversized one. Before and after each case every table is read
whole and compared.
"""

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from scapula.accounts.services import ensure_owner
from scapula.api.api import api
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.screening.services import record_screening

DOCUMENT = api.get_openapi_schema()
SCHEMAS = DOCUMENT["components"]["schemas"]
PROFILE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
UNKNOWN_ID = 987_654_321

# A body each operation accepts, so that a case changes exactly one thing. An operation
# with a body and no entry here fails the test below until one is added.
VALID_BODIES: dict[str, dict[str, Any]] = {
    "POST /api/screening": {"answers": dict.fromkeys(QUESTION_IDS, False) | {"M1": True}},
    "POST /api/plan": PROFILE,
    "POST /api/sessions": {
        "key": "bad-input-0001",
        "started_at": "2026-11-23T08:00:00Z",
        "status": "completed",
        "pain_before": 4,
        "exercises": [{"exercise": "bridge-and-reach-over", "status": "done", "steps_done": 3}],
    },
    "POST /api/pain": {"score": 3, "context": "usual", "site": "neck", "side": "left"},
    "POST /api/check-ins": {
        "ratings": [
            {"activity": "Reading in bed", "score": 4},
            {"activity": "Carrying shopping", "score": 5},
            {"activity": "A day at the desk", "score": 6},
        ]
    },
    "PUT /api/reminders": {
        "enabled": True,
        "work_days": ["mon", "tue", "wed", "thu", "fri"],
        "starts_at": "09:00",
        "ends_at": "17:00",
        "micro_every_minutes": 25,
        "micro_seconds": 45,
        "active_minutes": 4,
        "snooze_minutes": 10,
        "session_at": "18:00",
    },
    # Last: accepting it deletes everything the valid examples before it stored.
    "POST /api/me/delete": {"confirm": "delete my data"},
}
# Profile values are typed by the core, not the schema; these are wrong for each key.
PROFILE_WRONG = {
    "age": "forty",
    "minutes_per_day": -5,
    "equipment": ["trampoline"],
    "floor_ok": "sometimes",
    "kneeling_ok": 3,
    "pain_sites": ["elbow"],
    "pain_side": "middle",
    "worse_with": "sitting",
    "tests": {"scapula_winging": "very"},
}


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref, and take the non-null branch of an optional value."""
    if "$ref" in schema:
        return resolve(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]])
    options = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    return resolve(options[0]) if len(options) == 1 else schema


def wrong_values(name: str, schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Values of the wrong type, out of range, or naming something that does not exist."""
    kind = schema.get("type")
    wrong_type = {"integer": "seven", "number": "seven", "string": 12345, "boolean": "maybe"}
    if kind in wrong_type:
        yield "wrong type", wrong_type[kind]
    if kind in ("integer", "number"):
        yield "a boolean", True  # JSON true is not 1
    if kind in ("object", "array"):
        yield "wrong type", "not a " + kind
    if "maximum" in schema:
        yield "above maximum", schema["maximum"] + 1
    if "minimum" in schema:
        yield "below minimum", schema["minimum"] - 1
    if "maxLength" in schema:
        yield "too long", "x" * (schema["maxLength"] + 1)
    if schema.get("minLength", 0) > 1:
        yield "too short", "x"
    if "enum" in schema:
        yield "unknown word", "no-such-word"
    if kind == "integer" and (name == "id" or name.endswith("_id")):
        yield "unknown id", UNKNOWN_ID


def body_cases(operation: str, valid: dict[str, Any], schema: dict[str, Any]) -> Iterator[tuple]:
    """(case name, body, field expected in the error) for every property of a body schema."""
    for name, raw in schema.get("properties", {}).items():
        prop = resolve(raw)
        if name in schema.get("required", []):
            yield f"{name} missing", {k: v for k, v in valid.items() if k != name}, name
        for why, value in wrong_values(name, prop):
            yield f"{name} {why}", valid | {name: value}, name
        if operation == "POST /api/plan" and name in PROFILE_WRONG:
            yield f"{name} wrong for the core", valid | {name: PROFILE_WRONG[name]}, name
        items = resolve(prop.get("items", {}))
        if items.get("properties") and valid.get(name):
            for why, item, field in body_cases(operation, valid[name][0], items):
                yield f"{name}.0: {why}", valid | {name: [item]}, f"{name}.0.{field}"
        if isinstance(prop.get("additionalProperties"), dict) and valid.get(name):
            key = next(iter(valid[name]))
            for why, value in wrong_values(key, prop["additionalProperties"]):
                yield (
                    f"{name}.{key} {why}",
                    valid | {name: valid[name] | {key: value}},
                    (f"{name}.{key}"),
                )


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation in the document."""
    for path, methods in DOCUMENT["paths"].items():
        for method, operation in methods.items():
            yield method.upper(), path, operation


def cases() -> Iterator[Any]:
    """Every bad-input case of every operation, as pytest parameters."""
    for method, path, operation in operations():
        label = f"{method} {path}"
        for parameter in operation.get("parameters", []):
            schema = resolve(parameter.get("schema", {}))
            if parameter["in"] == "path":
                url = path.replace("{" + parameter["name"] + "}", "no-such-thing")
                yield pytest.param(method, url, None, parameter["name"], id=f"{label} unknown id")
            elif "enum" in schema:
                url = f"{path}?{parameter['name']}=no-such-word"
                yield pytest.param(method, url, None, parameter["name"], id=f"{label} bad query")
        if "requestBody" in operation:
            schema = resolve(operation["requestBody"]["content"]["application/json"]["schema"])
            valid = VALID_BODIES.get(label, {})
            for why, body, field in body_cases(label, copy.deepcopy(valid), schema):
                yield pytest.param(method, path, body, field, id=f"{label} {why}")
            yield pytest.param(method, path, "x" * 1_100_000, None, id=f"{label} oversized")


CASES = list(cases())


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table."""
    return {
        model._meta.db_table: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
    }


@pytest.fixture
def ready(owner_browser):
    """The owner, past the safety check and with a plan, so no gate hides a bad value."""
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    create_plan(user=owner, profile=PROFILE, today=today)
    return owner_browser


@pytest.mark.parametrize(("method", "url", "body", "field"), CASES)
def test_bad_input_is_a_4xx_naming_the_field_and_changes_nothing(ready, method, url, body, field):
    before = snapshot()
    data = body if isinstance(body, str) else json.dumps(body)
    response = ready.generic(method, url, data if body is not None else "", "application/json")
    assert 400 <= response.status_code < 500, response.content[:300]
    error = response.json()["error"]
    if field is None:  # an oversized body has no field to name
        assert (response.status_code, error["code"]) == (413, "too_large")
    else:
        # The named field, or a part of it (a nested profile value names its own key).
        assert error["field"] == field or error["field"].startswith(field + "."), error
    assert snapshot() == before


def test_every_operation_with_a_body_has_a_valid_example_and_bad_cases():
    with_body = {f"{m} {p}" for m, p, op in operations() if "requestBody" in op}
    assert with_body <= set(VALID_BODIES), "add a valid body for the new operation"
    for label in with_body:
        assert sum(1 for case in CASES if case.id.startswith(label + " ")) > 1, label


def test_every_valid_example_is_accepted(ready):
    for label, body in VALID_BODIES.items():
        method, path = label.split(" ")
        response = ready.generic(method, path, json.dumps(body), "application/json")
        assert response.status_code in (200, 201), (label, response.content[:300])
