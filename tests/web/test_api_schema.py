"""Property-based API tests generated from /api/openapi.json: no 5xx, answers match the schema."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from scapula.config.wsgi import application


@pytest.fixture
def api_schema(db, keep_connections_open_between_requests):
    """The live OpenAPI document of the app, loaded through its own WSGI handler."""
    loaded = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    # Text with a NUL character is refused by design (PostgreSQL cannot store it; the API
    # description says so, and tests/web/test_api_hostile_bodies.py checks the refusal).
    loaded.config.generation.update(allow_x00=False)
    return loaded


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_to_its_documented_contract(case):
    # The WSGI client does not decompress; compressed answers are covered by the server tests.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/api/session/today", {"phase", "minutes", "exercises", "steps", "total_seconds"}),
        ("/api/progress", {"pain", "function", "sessions", "needs_review"}),
    ],
)
def test_today_and_progress_answer_with_a_typed_schema(owner_browser, path, fields):
    document = owner_browser.get("/api/openapi.json").json()
    reference = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    name = reference["schema"]["$ref"].rsplit("/", 1)[-1]
    schema = document["components"]["schemas"][name]
    assert fields <= set(schema["properties"])
    assert fields <= set(schema.get("required", ()))
