"""Clinic personas shared by the clinic tests: two clinics, their staff and patients."""

from dataclasses import dataclass

from django.test import Client

from scapula.accounts.models import Clinic, Role, User
from scapula.core import Mode

PASSWORD = "a-long-clinic-passphrase-41"
CLINIC_HOST = {"REMOTE_ADDR": "203.0.113.7", "HTTP_HOST": "clinic.example"}


@dataclass(frozen=True)
class ClinicWorld:
    """Clinician A with patients A and B, A's clinic admin, another clinic's clinician and C."""

    clinic: Clinic
    other_clinic: Clinic
    admin: User
    clinician: User
    other_clinician: User
    patient_a: User
    patient_b: User
    patient_c: User


def use_clinic_mode(settings) -> None:
    """Serve as a clinic server does: no personal owner, every request signs in."""
    settings.SCAPULA_MODE = Mode.CLINIC
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "clinic.example"]


def make_person(email: str, role: Role, clinic: Clinic, clinician: User | None = None) -> User:
    """Create an active account with the shared test password."""
    person = User(
        username=email, email=email, role=role, clinic=clinic, clinician=clinician, is_active=True
    )
    person.set_password(PASSWORD)
    person.save()
    return person


def make_world() -> ClinicWorld:
    """Create two clinics with their people (needs the database)."""
    clinic = Clinic.objects.create(name="Harbour Physio")
    other = Clinic.objects.create(name="Hill Street Clinic")
    clinician = make_person("ana@harbour.example", Role.CLINICIAN, clinic)
    other_clinician = make_person("bo@hill.example", Role.CLINICIAN, other)
    return ClinicWorld(
        clinic=clinic,
        other_clinic=other,
        admin=make_person("admin@harbour.example", Role.ADMIN, clinic),
        clinician=clinician,
        other_clinician=other_clinician,
        patient_a=make_person("pat.a@mail.example", Role.PATIENT, clinic, clinician),
        patient_b=make_person("pat.b@mail.example", Role.PATIENT, clinic, clinician),
        patient_c=make_person("pat.c@mail.example", Role.PATIENT, other, other_clinician),
    )


def browser_for(person: User | None) -> Client:
    """Return a browser from another machine, signed in as the person (None: anonymous)."""
    client = Client(**CLINIC_HOST)
    if person is not None:
        client.force_login(person)
    return client
