"""Joining a clinic: invitations sent by its admins and clinicians, and accepting one.

Nobody signs up on a clinic server. An admin invites clinicians and admins; a clinician
invites their own patients. The link carries a random token; only its SHA-256 is stored,
so a copy of the database cannot join anyone, and finding a row by that digest needs no
constant-time comparison (nothing about the token leaks through the lookup's timing).
"""

import datetime as dt
import functools
import hashlib
import secrets
import smtplib
import zoneinfo

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404

from scapula.accounts.models import Role, User
from scapula.clinic.models import Invitation
from scapula.core import ScapulaError

INVITATION_LIFETIME = dt.timedelta(days=7)
NAME_LENGTH = 150
# A token_urlsafe(32) is 43 characters; anything much longer is not one of ours.
TOKEN_MAX_LENGTH = 100

# Who may invite whom: an admin builds the team, a clinician brings in their patients.
INVITABLE_ROLES: dict[str, tuple[str, ...]] = {
    Role.ADMIN: (Role.CLINICIAN, Role.ADMIN),
    Role.CLINICIAN: (Role.PATIENT,),
}


class InvitationUnusableError(ScapulaError):
    """The link cannot be used (unknown, expired, used or withdrawn); say which, plainly."""

    code = "invitation_unusable"


def digest_of(token: str) -> str:
    """Return the SHA-256 (hex) under which an invitation's token is stored."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def invitable_roles(sender: User) -> tuple[str, ...]:
    """Return the roles this person may invite (none for patients or people outside a clinic)."""
    if not sender.is_active or sender.clinic_id is None:
        return ()
    return INVITABLE_ROLES.get(sender.role, ())


def invite(*, sender: User, role: str, email: str = "", now: dt.datetime) -> tuple[Invitation, str]:
    """Create an invitation to the sender's clinic; return it with the token for the link."""
    if role not in invitable_roles(sender) or sender.clinic is None:
        raise PermissionDenied("You cannot invite someone to this role.")
    email = _checked_email(email, required=role != Role.PATIENT)
    if email and _email_taken(email):
        raise ScapulaError("Someone already has an account with this e-mail.", field="email")
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=sender,
        clinic=sender.clinic,
        role=role,
        email=email,
        token_digest=digest_of(token),
        expires_at=now + INVITATION_LIFETIME,
    )
    return invitation, token


def invitation_for(token: str, *, now: dt.datetime) -> Invitation:
    """Return the invitation this token opens, or raise InvitationUnusableError saying why."""
    invitation = None
    if 0 < len(token) <= TOKEN_MAX_LENGTH:
        invitation = (
            Invitation.objects.select_related("user", "clinic")
            .filter(token_digest=digest_of(token))
            .first()
        )
    if invitation is None:
        raise InvitationUnusableError("This invitation link is not valid. Ask for a new one.")
    if invitation.accepted_at is not None:
        raise InvitationUnusableError(
            "This invitation link has already been used. Sign in instead, "
            "or ask for a new invitation."
        )
    sender = invitation.user
    # A link dies with its sender's place in the clinic: a departed clinician's links stop.
    withdrawn = not sender.is_active or sender.clinic_id != invitation.clinic_id
    if invitation.revoked_at is not None or withdrawn:
        raise InvitationUnusableError("This invitation was withdrawn. Ask for a new one.")
    if invitation.expires_at <= now:
        raise InvitationUnusableError("This invitation link has expired. Ask for a new one.")
    return invitation


def accept(
    *, token: str, email: str, password: str, name: str, time_zone: str, now: dt.datetime
) -> User:
    """Create the invited person's account and use up the invitation; all or nothing."""
    with transaction.atomic():
        invitation = invitation_for(token, now=now)
        # Claimed by a conditional write: of two accepts at once, only one finds it unused.
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(accepted_at=now)
        if claimed != 1:
            raise InvitationUnusableError("This invitation link has already been used.")
        person = _new_account(invitation, email=email, name=name, time_zone=time_zone)
        try:
            validate_password(password, user=person)
        except ValidationError as error:
            raise ScapulaError(" ".join(error.messages), field="password") from error
        person.set_password(password)
        try:
            with transaction.atomic():  # a savepoint: a twin account is the e-mail's fault
                person.save()
        except IntegrityError as error:
            raise ScapulaError(
                "Someone already has an account with this e-mail.", field="email"
            ) from error
        Invitation.objects.filter(pk=invitation.pk).update(accepted_by=person)
    return person


def _new_account(invitation: Invitation, *, email: str, name: str, time_zone: str) -> User:
    """Return the unsaved account the invitation makes, its answers checked field by field."""
    email = _checked_email(email, required=True)
    if _email_taken(email):
        raise ScapulaError("Someone already has an account with this e-mail.", field="email")
    name = " ".join(name.split())
    if not name:
        raise ScapulaError("Write the name your clinic knows you by.", field="name")
    if len(name) > NAME_LENGTH or "\x00" in name:
        raise ScapulaError(f"Use at most {NAME_LENGTH} letters for your name.", field="name")
    is_patient = invitation.role == Role.PATIENT
    return User(
        username=email,
        email=email,
        first_name=name,
        role=invitation.role,
        clinic_id=invitation.clinic_id,
        clinician=invitation.user if is_patient else None,
        time_zone=checked_time_zone(time_zone),
        is_active=True,
    )


def revoke(*, sender: User, invitation_id: int, now: dt.datetime) -> Invitation:
    """Withdraw one of the sender's own pending invitations; anyone else's is not found."""
    invitation = pending_invitations(sender, now=now).filter(pk=invitation_id).first()
    if invitation is None:
        raise Http404("No such invitation.")
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(revoked_at=now)
    invitation.revoked_at = now
    return invitation


def pending_invitations(sender: User, *, now: dt.datetime) -> QuerySet[Invitation]:
    """Return the sender's invitations that can still be used, newest first."""
    if not invitable_roles(sender):
        return Invitation.objects.none()
    return Invitation.objects.filter(
        user=sender,
        clinic=sender.clinic,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=now,
    )


def clinic_team(admin: User) -> QuerySet[User]:
    """Return the clinic's clinicians and admins, for its admin (nobody for anyone else)."""
    if not admin.is_clinic_admin or admin.clinic_id is None:
        return User.objects.none()
    return User.objects.filter(
        clinic_id=admin.clinic_id, role__in=[Role.CLINICIAN, Role.ADMIN], is_active=True
    ).order_by("role", "first_name", "email")


def send_invitation(invitation: Invitation, *, link: str) -> bool:
    """E-mail the link to the invited address; return whether the mail server took it."""
    if not invitation.email:
        return False
    sender = invitation.user.get_full_name() or invitation.user.email
    body = (
        f"{sender} invites you to join {invitation.clinic.name} on scapula.\n\n"
        f"Open this link to make your account (it works once, for "
        f"{INVITATION_LIFETIME.days} days):\n{link}\n\n"
        "If you did not expect this, you can ignore this e-mail.\n"
    )
    try:
        send_mail(f"Join {invitation.clinic.name} on scapula", body, None, [invitation.email])
    except (OSError, smtplib.SMTPException):
        return False  # the page still shows the link, so it can be given another way
    return True


def checked_time_zone(name: str) -> str:
    """Return a known IANA zone name, or blank for the server's zone; else a field error.

    To be unified with the accounts time-zone setting (they check the same thing).
    """
    name = name.strip()
    if name and name not in _known_zones():
        raise ScapulaError("This is not a time zone scapula knows.", field="time_zone")
    return name


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _checked_email(email: str, *, required: bool) -> str:
    """Return the address in lower case, or raise a field error a person can act on."""
    email = email.strip().lower()
    if not email:
        if required:
            raise ScapulaError("Write the e-mail address.", field="email")
        return ""
    try:
        validate_email(email)
    except ValidationError:
        raise ScapulaError("This does not look like an e-mail address.", field="email") from None
    return email


def _email_taken(email: str) -> bool:
    return (
        User.objects.filter(email__iexact=email).exists()
        or User.objects.filter(username__iexact=email).exists()
    )
