"""Every 4xx from the API has one shape: {"error": {"code", "message", "field"}}."""

import pytest

from scapula.api.errors import field_from_location


def assert_error_shape(response, status: int, code: str):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message", "field"}
    assert error["code"] == code
    assert error["message"]
    return error


def test_an_unknown_endpoint_answers_404_in_the_error_shape(owner_browser):
    assert_error_shape(owner_browser.get("/api/no-such-thing"), 404, "not_found")


def test_a_wrong_method_answers_405_and_says_which_methods_work(owner_browser):
    response = owner_browser.generic("POST", "/api/health")
    assert_error_shape(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET"


def test_an_anonymous_caller_gets_401_in_the_error_shape(phone):
    assert_error_shape(phone.get("/api/me"), 401, "not_authenticated")


def test_a_host_not_allowed_answers_400_in_the_error_shape(db):
    from django.test import Client

    response = Client(HTTP_HOST="not-allowed.example").get("/api/health")
    assert_error_shape(response, 400, "bad_request")


@pytest.mark.parametrize(
    ("location", "field"),
    [
        (("body", "payload", "pain"), "pain"),
        (("body", "payload", "steps", 0, "seconds"), "steps.0.seconds"),
        (("query", "limit"), "limit"),
        (("body", "payload"), "payload"),
        ((), None),
    ],
)
def test_validation_locations_become_the_users_field_name(location, field):
    assert field_from_location(location) == field


def test_health_needs_no_sign_in_and_reports_the_database(phone):
    response = phone.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"


def test_the_openapi_document_is_openapi_3_and_lists_the_endpoints(owner_browser):
    document = owner_browser.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert {"/api/health", "/api/me"} <= set(document["paths"])
    declared = document["paths"]["/api/me"]["get"]["responses"]
    assert {"401", "404", "422"} <= set(declared)
