"""The catalog over the JSON API: public, filterable, and with errors in the shared shape."""

from scapula.catalog import shipped_catalog


def test_anyone_can_list_the_catalog(phone):
    response = phone.get("/api/exercises")
    assert response.status_code == 200
    assert {entry["id"] for entry in response.json()} == set(shipped_catalog().ids)


def test_the_list_filters_by_driver_and_kind(phone):
    response = phone.get("/api/exercises", {"driver": "thoracic_mobility", "kind": "exercise"})
    entries = response.json()
    assert entries
    assert all("thoracic_mobility" in e["drivers"] and e["kind"] == "exercise" for e in entries)


def test_an_unknown_driver_is_a_422_naming_the_field(phone):
    response = phone.get("/api/exercises", {"driver": "gravity"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "driver"


def test_one_exercise_has_its_dose_and_sources(phone):
    detail = phone.get("/api/exercises/corner-upper-back-stretch").json()
    assert detail["dose"]["hold_seconds"] == 30
    assert len(detail["dose"]["positions"]) == 3
    assert detail["sources"][0]["seed_files"]


def test_an_unknown_exercise_is_a_404_naming_the_id(phone):
    response = phone.get("/api/exercises/handstand")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found"
    assert error["field"] == "exercise_id"
