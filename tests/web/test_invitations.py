"""Joining a clinic by invitation: who may invite whom, the link's single use, and the join page."""

import re
import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from scapula.accounts.models import Role, User
from scapula.clinic.invitations import (
    INVITATION_LIFETIME,
    InvitationUnusableError,
    accept,
    digest_of,
    invitation_for,
    invite,
)
from scapula.clinic.models import Invitation
from scapula.core import ScapulaError
from tests.clinic_support import browser_for, make_world, use_clinic_mode
from tests.plain_words import internal_words, readable_text

NEW_PASSWORD = "a-fresh-passphrase-for-joining"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
LINK = re.compile(r'value="(https?://[^"]+/join/([^/"]+)/)"')


@pytest.fixture
def world(db, settings):
    use_clinic_mode(settings)
    return make_world()


def _link_from(response) -> tuple[str, str]:
    """The invitation link the page shows once, and its token."""
    found = LINK.search(response.content.decode())
    assert found, "the page shows the new link"
    return found.group(1), found.group(2)


def _join(client, token: str, **answers):
    form = {
        "name": "Jo Patient",
        "email": "jo@mail.example",
        "password": NEW_PASSWORD,
        "password_again": NEW_PASSWORD,
        "time_zone": "Europe/Lisbon",
    } | answers
    return client.post(f"/join/{token}/", form)


def _plain_words(response) -> list[str]:
    """Internal words on the page; e-mail addresses are what a person reads, so they go first."""
    text = EMAIL.sub("an address", readable_text(response.content.decode()))
    return internal_words(text)


def test_an_admin_invites_a_clinician_who_joins_and_reaches_the_workspace(world):
    admin = browser_for(world.admin)
    page = admin.post("/clinic/team/", {"email": "Cy@Harbour.example", "role": "clinician"})
    assert page.status_code == 200
    link, token = _link_from(page)
    assert "cy@harbour.example" in page.content.decode()
    assert len(mail.outbox) == 1
    assert link in mail.outbox[0].body
    assert "Harbour Physio" in mail.outbox[0].subject

    visitor = browser_for(None)
    join = visitor.get(f"/join/{token}/")
    assert join.status_code == 200
    assert "Join Harbour Physio" in join.content.decode()
    assert 'value="cy@harbour.example"' in join.content.decode()
    assert not _plain_words(join)
    done = _join(visitor, token, email="cy@harbour.example", name="Cy Clinician")
    assert done.status_code == 302
    assert done["Location"] == "/clinic/"
    cy = User.objects.get(email="cy@harbour.example")
    assert (cy.role, cy.clinic, cy.clinician, cy.username) == (
        Role.CLINICIAN,
        world.clinic,
        None,
        "cy@harbour.example",
    )
    assert cy.time_zone == "Europe/Lisbon"
    assert cy.get_full_name() == "Cy Clinician"
    assert int(visitor.session["_auth_user_id"]) == cy.pk


def test_the_team_page_lists_the_team_and_the_pending_invitations(world):
    admin = browser_for(world.admin)
    admin.post("/clinic/team/", {"email": "dee@harbour.example", "role": "admin"})
    page = admin.get("/clinic/team/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "ana@harbour.example" in text
    assert "dee@harbour.example" in text
    assert "pat.a@mail.example" not in text  # patients are not the admin's to list
    assert "bo@hill.example" not in text
    assert "/join/" not in text  # the link is shown once, when it is made
    assert not _plain_words(page)


def test_a_clinician_invites_a_patient_who_joins_and_lands_on_the_safety_check(world):
    clinician = browser_for(world.clinician)
    page = clinician.post("/clinic/invite/", {"email": ""})
    assert page.status_code == 200
    text = page.content.decode()
    _link, token = _link_from(page)
    assert "<svg" in text
    assert 'class="qr-code"' in text
    assert re.search(r'<script src="/static/scapula/invite[.\w]*\.js" defer>', text)
    assert "<script>" not in text
    assert not mail.outbox  # no e-mail given, none sent
    assert not _plain_words(page)

    visitor = browser_for(None)
    join = visitor.get(f"/join/{token}/")
    assert "Ana" in join.content.decode() or "ana@harbour.example" in join.content.decode()
    assert re.search(r'src="/static/scapula/join[.\w]*\.js"', join.content.decode())
    done = _join(visitor, token)
    assert done.status_code == 302
    assert done["Location"] == "/safety/"
    jo = User.objects.get(email="jo@mail.example")
    assert (jo.role, jo.clinic, jo.clinician) == (Role.PATIENT, world.clinic, world.clinician)
    safety = visitor.get("/safety/")
    assert safety.status_code == 200
    assert '<a href="/your-data/">Bring your records</a>' in safety.content.decode()


def test_a_patient_invitation_with_an_email_sends_the_link(world):
    page = browser_for(world.clinician).post("/clinic/invite/", {"email": "kim@mail.example"})
    link, _token = _link_from(page)
    assert mail.outbox[0].to == ["kim@mail.example"]
    assert link in mail.outbox[0].body


def test_a_link_works_once(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    assert _join(browser_for(None), token).status_code == 302
    again = browser_for(None)
    assert again.get(f"/join/{token}/").status_code == 410
    second = _join(again, token, email="other@mail.example")
    assert second.status_code == 410
    assert "already been used" in second.content.decode()
    assert not User.objects.filter(email="other@mail.example").exists()


def test_an_expired_link_is_refused_with_a_clear_page(world):
    long_ago = timezone.now() - INVITATION_LIFETIME - timedelta(minutes=1)
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=long_ago)
    page = browser_for(None).get(f"/join/{token}/")
    assert page.status_code == 410
    assert "has expired" in page.content.decode()
    assert _join(browser_for(None), token).status_code == 410
    assert not User.objects.filter(email="jo@mail.example").exists()


def test_a_withdrawn_link_is_refused(world):
    clinician = browser_for(world.clinician)
    _link, token = _link_from(clinician.post("/clinic/invite/", {"email": "kim@mail.example"}))
    invitation = Invitation.objects.get(token_digest=digest_of(token))
    withdrawn = clinician.post(f"/clinic/invitations/{invitation.pk}/withdraw/")
    assert withdrawn.status_code == 302
    assert withdrawn["Location"] == "/clinic/invite/"
    assert "was withdrawn" in clinician.get("/clinic/invite/").content.decode()
    assert "kim@mail.example" not in clinician.get("/clinic/invite/").content.decode()
    page = browser_for(None).get(f"/join/{token}/")
    assert page.status_code == 410
    assert "withdrawn" in page.content.decode()


def test_an_unknown_link_is_refused(world):
    page = browser_for(None).get("/join/not-a-real-token/")
    assert page.status_code == 410
    assert "not valid" in page.content.decode()


def test_a_departed_clinicians_links_stop_working(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    world.clinician.is_active = False
    world.clinician.save()
    assert browser_for(None).get(f"/join/{token}/").status_code == 410


@pytest.mark.parametrize("who", ["patient_a", "patient_b", "admin"])
def test_only_a_clinician_may_invite_patients(world, who):
    response = browser_for(getattr(world, who)).post("/clinic/invite/", {"email": ""})
    assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_another_clinics_clinician_invites_only_into_their_own_clinic(world):
    page = browser_for(world.other_clinician).post("/clinic/invite/", {"email": ""})
    _link, token = _link_from(page)
    _join(browser_for(None), token)
    jo = User.objects.get(email="jo@mail.example")
    assert (jo.clinic, jo.clinician) == (world.other_clinic, world.other_clinician)
    assert "Hill Street" not in browser_for(world.clinician).get("/clinic/invite/").content.decode()


@pytest.mark.parametrize("who", ["patient_a", "clinician", "other_clinician"])
def test_only_an_admin_sees_the_team_page_or_invites_clinicians(world, who):
    browser = browser_for(getattr(world, who))
    assert browser.get("/clinic/team/").status_code == 404
    assert browser.post("/clinic/team/", {"email": "x@y.example"}).status_code == 404
    assert not Invitation.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(world):
    anonymous = browser_for(None)
    for path in ("/clinic/team/", "/clinic/invite/"):
        response = anonymous.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_the_services_refuse_who_may_not_invite(world):
    now = timezone.now()
    from django.core.exceptions import PermissionDenied

    for sender, role in [
        (world.patient_a, Role.PATIENT),
        (world.clinician, Role.CLINICIAN),
        (world.clinician, Role.ADMIN),
        (world.admin, Role.PATIENT),
    ]:
        with pytest.raises(PermissionDenied):
            invite(sender=sender, role=role, email="z@mail.example", now=now)


def test_nobody_withdraws_someone_elses_invitation(world):
    invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    for who in (world.other_clinician, world.admin, world.patient_a):
        response = browser_for(who).post(f"/clinic/invitations/{invitation.pk}/withdraw/")
        assert response.status_code == 404
    anonymous = browser_for(None).post(f"/clinic/invitations/{invitation.pk}/withdraw/")
    assert anonymous.status_code == 302
    assert invitation_for(token, now=timezone.now()).revoked_at is None


def test_the_token_is_never_stored_in_plain_text(world):
    _link, token = _link_from(browser_for(world.clinician).post("/clinic/invite/", {"email": ""}))
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM clinic_invitation")
        rows = cursor.fetchall()
    assert len(rows) == 1
    assert not any(token in str(value) for value in rows[0])
    assert digest_of(token) in [str(value) for value in rows[0]]


def test_the_password_validators_apply_and_the_form_is_shown_again(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    page = _join(browser_for(None), token, password="password1", password_again="password1")
    text = page.content.decode()
    assert "Your account is not made yet" in text
    assert "too common" in text
    assert 'value="Jo Patient"' in text
    assert not User.objects.filter(email="jo@mail.example").exists()
    assert invitation_for(token, now=timezone.now()).accepted_at is None  # still usable


def test_two_different_passwords_are_refused(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    page = _join(browser_for(None), token, password_again="something-else-entirely")
    assert "not the same" in page.content.decode()
    assert not User.objects.filter(email="jo@mail.example").exists()


def test_an_email_someone_has_already_is_refused_with_the_form_shown_again(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    page = _join(browser_for(None), token, email="PAT.A@mail.example")
    text = page.content.decode()
    assert "already has an account with this e-mail" in text
    assert 'href="#id_email"' in text
    assert User.objects.filter(email__iexact="pat.a@mail.example").count() == 1
    assert invitation_for(token, now=timezone.now()).accepted_at is None


def test_an_unknown_time_zone_is_refused_and_a_blank_one_means_the_servers(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    with pytest.raises(ScapulaError) as refused:
        accept(
            token=token,
            email="jo@mail.example",
            password=NEW_PASSWORD,
            name="Jo",
            time_zone="Mars/Olympus",
            now=timezone.now(),
        )
    assert refused.value.field == "time_zone"
    _join(browser_for(None), token, time_zone="")
    assert User.objects.get(email="jo@mail.example").time_zone == ""


def test_inviting_an_email_that_has_an_account_is_refused(world):
    page = browser_for(world.admin).post(
        "/clinic/team/", {"email": "ana@harbour.example", "role": "clinician"}
    )
    assert page.status_code == 400
    assert "already has an account" in page.content.decode()
    assert not Invitation.objects.exists()


def test_a_signed_in_person_is_not_given_a_second_account(world):
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    page = _join(browser_for(world.patient_a), token)
    assert "signed in already" in page.content.decode()
    assert not User.objects.filter(email="jo@mail.example").exists()


@pytest.mark.django_db(transaction=True)
def test_two_accepts_at_once_make_one_account(settings):
    use_clinic_mode(settings)
    world = make_world()
    _invitation, token = invite(sender=world.clinician, role=Role.PATIENT, now=timezone.now())
    outcomes: list[str] = []

    def join_as(email: str) -> None:
        try:
            accept(
                token=token,
                email=email,
                password=NEW_PASSWORD,
                name="Twin",
                time_zone="",
                now=timezone.now(),
            )
            outcomes.append("joined")
        except InvitationUnusableError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=join_as, args=(f"twin{n}@mail.example",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["joined", "refused"]
    assert User.objects.filter(email__startswith="twin").count() == 1
