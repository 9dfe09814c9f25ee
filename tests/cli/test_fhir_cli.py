"""`scapula export fhir` and `scapula import fhir`: the same bundle out and back in."""

import json

import pytest
from click.testing import CliRunner
from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle

from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from scapula.tracking.models import PainEntry
from scapula.tracking.services import record_pain
from tests.fhir_support import normalised, seed_person
from tests.support import fresh_database_env, run_scapula

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_with_records():
    return seed_person(ensure_owner(), timezone.localdate())


def test_export_writes_a_valid_r4_bundle_to_the_file(owner_with_records, tmp_path):
    out = tmp_path / "me.json"
    result = CliRunner().invoke(cli, ["export", "fhir", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Wrote your records as FHIR to {out}." in result.stderr
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection"
    assert bundle["entry"][0]["resource"]["name"] == [{"text": "Ana Pereira"}]


def test_export_to_a_dash_prints_the_bundle(owner_with_records):
    result = CliRunner().invoke(cli, ["export", "fhir", "--out", "-"])
    assert result.exit_code == 0, result.stderr
    kinds = {e["resource"]["resourceType"] for e in json.loads(result.stdout)["entry"]}
    assert {"Patient", "Observation", "CarePlan", "Procedure"} <= kinds


def test_an_unwritable_path_fails_in_one_line_with_exit_2(tmp_path):
    target = tmp_path / "no-such-folder" / "me.json"
    result = CliRunner().invoke(cli, ["export", "fhir", "--out", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(f"Error: --out: cannot write {target}")


def test_import_into_an_account_that_has_records_is_refused(owner_with_records, tmp_path):
    from scapula.portability.fhir import export_fhir_json

    out = tmp_path / "ana.json"
    out.write_text(
        export_fhir_json(user=owner_with_records, today=timezone.localdate(), now=timezone.now())
    )
    PainEntry.objects.all().delete()
    # The account still has its sessions and plan: an import would mix two histories.
    refused = CliRunner().invoke(cli, ["import", "fhir", str(out)])
    assert refused.exit_code == 2
    assert "Error: account: this account already has records" in refused.stderr


def test_import_of_a_file_that_is_not_a_bundle_fails_in_one_line(tmp_path):
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"resourceType": "Bundle", "type": "searchset"}))
    result = CliRunner().invoke(cli, ["import", "fhir", str(wrong)])
    assert result.exit_code == 2
    assert result.stderr == "Error: type: must be 'collection', got 'searchset'\n"
    missing = CliRunner().invoke(cli, ["import", "fhir", str(tmp_path / "gone.json")])
    assert missing.exit_code == 2
    assert missing.stderr.startswith("Error: FILE: cannot read")


def test_the_round_trip_through_a_fresh_database_gives_the_same_resources(
    owner_with_records, tmp_path
):
    record_pain(user=owner_with_records, score=2, context="morning", today=timezone.localdate())
    first = CliRunner().invoke(cli, ["export", "fhir", "--out", "-"])
    assert first.exit_code == 0, first.stderr
    exported = tmp_path / "first.json"
    exported.write_text(first.stdout)
    with fresh_database_env(tmp_path / "data") as env:
        imported = run_scapula("import", "fhir", str(exported), env=env)
        assert imported.returncode == 0, imported.stderr
        assert "Imported 255 pain scores, 5 check-ins, 3 safety checks" in imported.stdout
        assert "and the program." in imported.stdout
        again = run_scapula("export", "fhir", "--out", "-", env=env)
        assert again.returncode == 0, again.stderr
    assert normalised(json.loads(again.stdout)) == normalised(json.loads(first.stdout))
