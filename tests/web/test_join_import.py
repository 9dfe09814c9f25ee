"""A person who used scapula on their own computer brings their records into a clinic account."""

import io
import json

import pytest
from django.utils import timezone

from scapula.accounts.models import Role, User
from scapula.clinic.invitations import invite
from scapula.portability.json_export import export_person
from scapula.screening.models import Screening
from scapula.tracking.models import PainEntry
from tests.clinic_support import browser_for, make_world, use_clinic_mode
from tests.history import seed_ten_weeks

PASSWORD = "a-fresh-passphrase-for-joining"


@pytest.mark.django_db
def test_a_personal_owners_export_comes_into_a_freshly_joined_patient(settings):
    use_clinic_mode(settings)
    world = make_world()
    owner = User.objects.create_user(username="home-owner")
    seed_ten_weeks(owner, timezone.localdate())
    document = export_person(owner, now=timezone.now())
    document["person"] = {"name": "Someone Else", "role": "admin", "is_superuser": True}
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    browser = browser_for(None)
    joined = browser.post(
        f"/join/{token}/",
        {
            "name": "Jo Patient",
            "email": "jo@mail.example",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "time_zone": "Europe/Lisbon",
        },
    )
    assert joined["Location"] == "/safety/"
    upload = io.BytesIO(json.dumps(document).encode())
    upload.name = "scapula.json"
    brought = browser.post("/your-data/import/", {"document": upload})
    assert brought.status_code == 302, brought.content.decode()[:2000]
    jo = User.objects.get(email="jo@mail.example")
    assert PainEntry.objects.filter(user=jo).count() == PainEntry.objects.filter(user=owner).count()
    assert Screening.objects.filter(user=jo).exists()
    assert browser.get("/plan/").status_code == 200
    # The clinic account stays what the invitation made it.
    assert (jo.role, jo.clinic, jo.clinician) == (Role.PATIENT, world.clinic, world.clinician)
    assert (jo.is_owner, jo.is_staff, jo.is_superuser) == (False, False, False)
    assert jo.get_full_name() == "Jo Patient"
