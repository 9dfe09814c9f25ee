"""`scapula accounts create` and `list`: clinic accounts opened and listed from the terminal."""

import json

import pytest
from click.testing import CliRunner

from scapula.accounts.models import Clinic, Role, User
from scapula.cli.main import cli

STRONG = "a-long-clinic-passphrase-41"


def accounts(*args, password_input=None):
    return CliRunner().invoke(cli, ["accounts", *args], input=password_input)


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "password.txt"
    path.write_text(STRONG + "\n")
    return path


def create(email, *options, password_file):
    return accounts("create", email, *options, "--password-file", str(password_file))


def test_an_admin_is_opened_with_a_new_clinic_and_signs_in_by_e_mail(db, password_file):
    result = create(
        "Admin@Harbour.example",
        "--role",
        "admin",
        "--clinic",
        "Harbour Physio",
        password_file=password_file,
    )
    assert result.exit_code == 0, result.output
    assert (
        "Account opened: Admin@harbour.example (clinic admin) at Harbour Physio." in result.output
    )
    admin = User.objects.get(email__iexact="admin@harbour.example")
    assert (admin.role, admin.clinic.name, admin.username) == (
        Role.ADMIN,
        "Harbour Physio",
        "admin@harbour.example",
    )
    assert admin.check_password(STRONG)
    assert admin.password.startswith("argon2")


def test_a_patient_joins_their_clinicians_clinic(db, password_file):
    create(
        "ana@harbour.example",
        "--role",
        "clinician",
        "--clinic",
        "Harbour Physio",
        password_file=password_file,
    )
    result = create(
        "pat@mail.example",
        "--role",
        "patient",
        "--clinician",
        "ANA@harbour.example",
        password_file=password_file,
    )
    assert result.exit_code == 0, result.output
    patient = User.objects.get(email="pat@mail.example")
    assert patient.clinician.email == "ana@harbour.example"
    assert patient.clinic.name == "Harbour Physio"
    assert Clinic.objects.count() == 1


def test_the_password_is_asked_twice_at_a_prompt_when_no_file_is_given(db):
    result = accounts(
        "create",
        "bo@hill.example",
        "--role",
        "clinician",
        "--clinic",
        "Hill Street",
        password_input=f"{STRONG}\n{STRONG}\n",
    )
    assert result.exit_code == 0, result.output
    assert STRONG not in result.output  # not echoed
    assert User.objects.get(email="bo@hill.example").check_password(STRONG)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["not-an-address", "--role", "patient"], "email"),
        (["ana@harbour.example", "--role", "clinician"], "clinic"),
        (["pat@mail.example", "--role", "patient", "--clinician", "nobody@x.example"], "clinician"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_with_exit_code_2(db, password_file, args, field):
    result = create(*args, password_file=password_file)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert result.output.startswith(f"Error: {field}: ")
    assert not User.objects.filter(role__in=[Role.PATIENT, Role.CLINICIAN]).exists()


def test_a_weak_password_is_refused_by_the_password_rules(db, tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("short\n")
    result = create("pat@mail.example", "--role", "patient", password_file=weak)
    assert result.exit_code == 2
    assert result.output.startswith("Error: password: This password is too short.")
    assert not User.objects.filter(email="pat@mail.example").exists()


def test_a_clinician_of_another_clinic_is_refused(db, password_file):
    create(
        "bo@hill.example",
        "--role",
        "clinician",
        "--clinic",
        "Hill Street",
        password_file=password_file,
    )
    result = create(
        "pat@mail.example",
        "--role",
        "patient",
        "--clinic",
        "Harbour Physio",
        "--clinician",
        "bo@hill.example",
        password_file=password_file,
    )
    assert result.exit_code == 2
    assert "Error: clinician: bo@hill.example works at another clinic" in result.output
    assert not Clinic.objects.filter(name="Harbour Physio").exists()  # nothing half-written


def test_a_second_account_with_the_same_address_is_refused(db, password_file):
    create(
        "ana@harbour.example",
        "--role",
        "clinician",
        "--clinic",
        "Harbour",
        password_file=password_file,
    )
    result = create(
        "ANA@harbour.example", "--role", "admin", "--clinic", "Harbour", password_file=password_file
    )
    assert result.exit_code == 2
    assert "Error: email: already has an account" in result.output


def test_the_list_shows_each_account_and_never_a_password_hash(db, password_file):
    create(
        "ana@harbour.example",
        "--role",
        "clinician",
        "--clinic",
        "Harbour Physio",
        password_file=password_file,
    )
    create(
        "pat@mail.example",
        "--role",
        "patient",
        "--clinician",
        "ana@harbour.example",
        password_file=password_file,
    )
    listed = json.loads(accounts("list", "--json").output)
    assert listed == [
        {
            "email": "ana@harbour.example",
            "role": "Clinician",
            "clinic": "Harbour Physio",
            "clinician": "",
            "active": True,
            "last_sign_in": None,
        },
        {
            "email": "pat@mail.example",
            "role": "Patient",
            "clinic": "Harbour Physio",
            "clinician": "ana@harbour.example",
            "active": True,
            "last_sign_in": None,
        },
    ]
    text = accounts("list").output
    assert "pat@mail.example" in text
    assert "last sign-in never" in text
    assert "argon2" not in text
    assert "pbkdf2" not in text
