"""Your data: a full JSON copy and its import, CSV tables, and deleting everything."""

import csv
import io
import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from django.apps import apps
from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from scapula.core import ScapulaError
from scapula.portability.deletion import delete_person
from scapula.portability.json_export import export_person, import_person
from scapula.portability.records import owned_models, owned_rows
from scapula.reminders.services import ensure_reminder_settings
from scapula.tracking.models import PainEntry
from scapula.tracking.services import record_check_in, record_pain
from tests.history import seed_ten_weeks


def _seeded(user):
    seed_ten_weeks(user, timezone.localdate())
    ensure_reminder_settings(user=user)
    return user


def _comparable(document):
    """The records with their own ids and references left out: equal up to ids."""
    result = {}
    for label, rows in document["records"].items():
        result[label] = [
            {k: v for k, v in row.items() if k != "id" and not k.endswith("_id")} for row in rows
        ]
    return result


@pytest.mark.django_db
def test_an_export_brought_into_a_fresh_account_exports_the_same_again():
    alex = _seeded(User.objects.create_user(username="alex"))
    first = export_person(alex, now=timezone.now())
    fresh = User.objects.create_user(username="fresh")
    counts = import_person(fresh, json.loads(json.dumps(first)))
    again = export_person(fresh, now=timezone.now())
    assert sum(counts.values()) > 100
    assert _comparable(again) == _comparable(first)
    assert first["records"]["practice.practiceexercise"]


@pytest.mark.django_db
def test_the_export_never_carries_the_calendar_secret():
    alex = _seeded(User.objects.create_user(username="alex"))
    settings_row = export_person(alex, now=timezone.now())["records"]["reminders.remindersettings"]
    assert "feed_token" not in settings_row[0]
    assert "feed_token_digest" not in settings_row[0]


@pytest.mark.django_db
def test_an_import_into_an_account_with_records_is_refused_and_changes_nothing():
    alex = _seeded(User.objects.create_user(username="alex"))
    document = export_person(alex, now=timezone.now())
    before = PainEntry.objects.filter(user=alex).count()
    with pytest.raises(ScapulaError, match="already has records"):
        import_person(alex, document)
    assert PainEntry.objects.filter(user=alex).count() == before


@pytest.mark.django_db
def test_a_file_from_a_newer_scapula_is_refused_with_a_clear_message():
    alex = _seeded(User.objects.create_user(username="alex"))
    document = export_person(alex, now=timezone.now())
    document["schema"]["practice"] = "9999_from_the_future"
    fresh = User.objects.create_user(username="fresh")
    with pytest.raises(ScapulaError, match="newer version of scapula") as raised:
        import_person(fresh, document)
    assert raised.value.field == "schema"
    assert not PainEntry.objects.filter(user=fresh).exists()


@pytest.mark.django_db
def test_a_bad_row_names_its_place_and_nothing_is_written():
    alex = _seeded(User.objects.create_user(username="alex"))
    document = export_person(alex, now=timezone.now())
    document["records"]["tracking.painentry"][5]["context"] = "lunch"
    fresh = User.objects.create_user(username="fresh")
    with pytest.raises(ScapulaError) as raised:
        import_person(fresh, document)
    assert raised.value.field == "records.tracking.painentry.5.context"
    assert not any(owned_rows(model, fresh).exists() for model in owned_models())


@pytest.mark.django_db
def test_a_score_off_the_scale_is_refused_at_its_row():
    alex = _seeded(User.objects.create_user(username="alex"))
    document = export_person(alex, now=timezone.now())
    document["records"]["tracking.painentry"][3]["score"] = 12
    fresh = User.objects.create_user(username="fresh")
    with pytest.raises(ScapulaError, match="outside its allowed range") as raised:
        import_person(fresh, document)
    assert raised.value.field == "records.tracking.painentry.3"
    assert not PainEntry.objects.filter(user=fresh).exists()


@pytest.mark.parametrize("document", [[], None, "x", {"format": "other"}])
@pytest.mark.django_db
def test_something_that_is_not_an_export_is_refused(document):
    with pytest.raises(ScapulaError):
        import_person(User.objects.create_user(username="fresh"), document)


@pytest.mark.django_db
def test_deleting_leaves_no_row_of_the_person_in_any_table_and_others_untouched():
    alex = _seeded(User.objects.create_user(username="alex"))
    sam = User.objects.create_user(username="sam")
    record_pain(user=sam, score=3, context="usual", today=timezone.localdate())
    alex_id = alex.pk
    removed = delete_person(alex)
    assert sum(removed.values()) > 100
    # Every model in the project with a reference to a person, not only scapula's own.
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is User:
                rows = model._default_manager.filter(**{field.attname: alex_id})
                assert not rows.exists(), f"{model._meta.label}.{field.name}"
    assert not User.objects.filter(pk=alex_id).exists()
    assert PainEntry.objects.filter(user=sam).count() == 1


def test_the_csv_neutralises_formulas_but_keeps_negative_numbers(owner_browser):
    owner = ensure_owner()
    today = timezone.localdate()
    record_pain(user=owner, score=4, context="usual", today=today, note="=HYPERLINK(1)")
    ratings = [("+Lifting", 3), ("Reading", 4), ("-Driving", 5)]
    record_check_in(user=owner, ratings=ratings, groc=None, today=today - timedelta(days=14))
    record_check_in(user=owner, ratings=ratings, groc=-3, today=today)
    response = owner_browser.get("/your-data/pain.csv")
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][-1] == "'=HYPERLINK(1)"
    assert rows[1][2] == "How it is today, in general"
    check_ins = list(
        csv.reader(io.StringIO(owner_browser.get("/your-data/check-ins.csv").content.decode()))
    )
    assert check_ins[1][1] == "'+Lifting"
    assert check_ins[-1][3] == "-3"


def test_the_page_downloads_everything_as_json(owner_browser):
    record_pain(user=ensure_owner(), score=5, context="usual", today=timezone.localdate())
    page = owner_browser.get("/your-data/").content.decode()
    assert 'href="/your-data/export.json"' in page
    assert 'href="/your-data/fhir.json"' in page
    assert owner_browser.get("/your-data/fhir.json")["Content-Type"] == "application/fhir+json"
    document = json.loads(owner_browser.get("/your-data/export.json").content)
    assert document["records"]["tracking.painentry"][0]["score"] == 5


def test_deleting_on_the_web_needs_the_tick_then_removes_everything(owner_browser):
    owner = ensure_owner()
    record_pain(user=owner, score=5, context="usual", today=timezone.localdate())
    refused = owner_browser.post("/your-data/delete/", {})
    assert refused.status_code == 400
    assert "Tick the box" in refused.content.decode()
    assert PainEntry.objects.exists()
    done = owner_browser.post("/your-data/delete/", {"understood": "on"})
    assert done.status_code == 302
    assert not PainEntry.objects.exists()
    assert owner_browser.get("/").status_code == 200  # a fresh owner, starting afresh


def test_an_upload_brings_an_export_into_a_fresh_start(owner_browser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    alex = _seeded(User.objects.create_user(username="alex"))
    body = json.dumps(export_person(alex, now=timezone.now())).encode()
    upload = SimpleUploadedFile("scapula.json", body, content_type="application/json")
    response = owner_browser.post("/your-data/import/", {"document": upload})
    assert response.status_code == 302
    expected = PainEntry.objects.filter(user=alex).count()
    assert PainEntry.objects.filter(user=ensure_owner()).count() == expected


def test_an_upload_that_is_not_json_shows_the_form_again(owner_browser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("notes.json", b"not json", content_type="application/json")
    response = owner_browser.post("/your-data/import/", {"document": upload})
    assert response.status_code == 400
    assert "This file is not JSON" in response.content.decode()


def test_the_api_deletes_only_with_the_confirmation(owner_browser):
    record_pain(user=ensure_owner(), score=5, context="usual", today=timezone.localdate())
    wrong = owner_browser.post(
        "/api/me/delete", {"confirm": "yes"}, content_type="application/json"
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"]["field"] == "confirm"
    right = owner_browser.post(
        "/api/me/delete", {"confirm": "delete my data"}, content_type="application/json"
    )
    assert right.status_code == 200
    assert right.json()["deleted"]["tracking.painentry"] == 1
    assert not PainEntry.objects.exists()


def test_the_api_exports_and_imports_the_same_document(owner_browser):
    alex = _seeded(User.objects.create_user(username="alex"))
    body = json.dumps(export_person(alex, now=timezone.now()))
    response = owner_browser.post("/api/import/json", body, content_type="application/json")
    assert response.status_code == 201
    exported = owner_browser.get("/api/export/json")
    assert exported["Cache-Control"] == "no-store"
    expected = PainEntry.objects.filter(user=alex).count()
    assert len(json.loads(exported.content)["records"]["tracking.painentry"]) == expected


@pytest.mark.django_db
def test_the_cli_writes_the_export_and_names_an_unwritable_path(tmp_path):
    record_pain(user=ensure_owner(), score=5, context="usual", today=timezone.localdate())
    out = tmp_path / "copy.json"
    assert CliRunner().invoke(cli, ["export", "json", "--out", str(out)]).exit_code == 0
    assert json.loads(out.read_text())["records"]["tracking.painentry"][0]["score"] == 5
    bad = CliRunner().invoke(cli, ["export", "csv", "--out", str(tmp_path / "no" / "x.csv")])
    assert bad.exit_code == 2
    assert "--out" in bad.output
    assert not (tmp_path / "no").exists()


@pytest.mark.django_db
def test_the_cli_deletes_after_asking():
    record_pain(user=ensure_owner(), score=5, context="usual", today=timezone.localdate())
    kept = CliRunner().invoke(cli, ["delete-my-data"], input="n\n")
    assert kept.exit_code == 1
    assert PainEntry.objects.exists()
    gone = CliRunner().invoke(cli, ["delete-my-data"], input="y\n")
    assert gone.exit_code == 0
    assert not PainEntry.objects.exists()


def _fresh_import(mutate):
    source = User.objects.filter(username="alex").first()
    source = source or _seeded(User.objects.create_user(username="alex"))
    document = export_person(source, now=timezone.now())
    mutate(document["records"])
    fresh = User.objects.create_user(username=f"fresh{User.objects.count()}")
    with pytest.raises(ScapulaError) as raised:
        import_person(fresh, document)
    assert not any(owned_rows(model, fresh).exists() for model in owned_models())
    return raised.value


@pytest.mark.django_db
def test_a_plan_that_is_not_a_plan_is_refused_before_it_breaks_the_pages():
    def garble(records):
        records["plans.storedplan"][0]["plan"] = "garbage"

    assert "working program" in _fresh_import(garble).message


@pytest.mark.django_db
def test_a_date_given_as_a_number_is_named():
    def number(records):
        records["tracking.painentry"][0]["recorded_on"] = 5

    assert _fresh_import(number).field == "records.tracking.painentry.0.recorded_on"


@pytest.mark.django_db
def test_a_repeated_unique_value_is_named_not_a_crash():
    def repeat(records):
        sessions = records["practice.practicesession"]
        sessions[1]["key"] = sessions[0]["key"]

    assert _fresh_import(repeat).field == "records.practice.practicesession.1"


@pytest.mark.django_db
def test_an_id_used_twice_or_a_true_as_an_id_is_refused():
    def twice(records):
        records["tracking.painentry"][1]["id"] = records["tracking.painentry"][0]["id"]

    def boolean(records):
        records["tracking.painentry"][0]["id"] = True

    assert _fresh_import(twice).field == "records.tracking.painentry.1.id"
    assert _fresh_import(boolean).field == "records.tracking.painentry.0"


@pytest.mark.django_db
def test_an_unwritable_export_leaves_no_hidden_file_behind(tmp_path):
    record_pain(user=ensure_owner(), score=5, context="usual", today=timezone.localdate())
    target = tmp_path / "already-a-folder"
    target.mkdir()
    result = CliRunner().invoke(cli, ["export", "json", "--out", str(target)])
    assert result.exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["already-a-folder"]
