"""Clinic accounts: create one (admin, clinician or patient) and list them, for every door."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import BaseUserManager
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from scapula.accounts.models import Clinic, Role, User
from scapula.core import ScapulaError

USERNAME_LENGTH = 150  # User.username's max_length
CLINIC_NAME_LENGTH = 150


@dataclass(frozen=True)
class NewAccount:
    """What is needed to open an account; the password is checked by Django's validators."""

    email: str
    role: Role
    password: str
    clinic: str = ""
    clinician: str = ""


@dataclass(frozen=True)
class AccountRow:
    """One account as listed for an administrator (never its password)."""

    email: str
    role: str
    clinic: str
    clinician: str
    active: bool
    last_sign_in: datetime | None


def _clean_email(raw: str) -> str:
    """Return the address as stored (domain in lower case), or raise naming the field."""
    email = BaseUserManager.normalize_email(raw.strip())
    try:
        validate_email(email)
    except ValidationError as error:
        raise ScapulaError("is not a valid e-mail address", field="email") from error
    if len(email) > USERNAME_LENGTH:
        raise ScapulaError(f"must be at most {USERNAME_LENGTH} characters", field="email")
    if User.objects.filter(email__iexact=email).exists():
        raise ScapulaError("already has an account", field="email")
    if User.objects.filter(username=email.lower()).exists():
        raise ScapulaError("already has an account", field="email")
    return email


def _clinic_named(name: str, role: Role) -> Clinic | None:
    """Return the clinic with this name, creating it when new; staff must name one."""
    name = " ".join(name.split())
    if not name:
        if role in (Role.CLINICIAN, Role.ADMIN):
            raise ScapulaError(f"is needed for a {role.label.lower()}", field="clinic")
        return None
    if len(name) > CLINIC_NAME_LENGTH:
        raise ScapulaError(f"must be at most {CLINIC_NAME_LENGTH} characters", field="clinic")
    clinic = Clinic.objects.filter(name__iexact=name).order_by("pk").first()
    return clinic or Clinic.objects.create(name=name)


def _clinician_named(email: str, role: Role, clinic: Clinic | None) -> User | None:
    """Return the patient's clinician, who must be a clinician of the same clinic."""
    email = email.strip()
    if not email:
        return None
    if role is not Role.PATIENT:
        raise ScapulaError("is only given for a patient", field="clinician")
    clinician = User.objects.filter(email__iexact=email, role=Role.CLINICIAN).first()
    if clinician is None:
        raise ScapulaError(f"no clinician has the address {email}", field="clinician")
    if clinic is not None and clinician.clinic_id != clinic.pk:
        raise ScapulaError(f"{email} works at another clinic", field="clinician")
    return clinician


@transaction.atomic
def create_account(new: NewAccount) -> User:
    """Open an account that signs in with its e-mail address and the given password."""
    if new.role not in Role.values:
        raise ScapulaError(f"must be one of {', '.join(Role.values)}", field="role")
    role = Role(new.role)
    email = _clean_email(new.email)
    clinic = _clinic_named(new.clinic, role)
    clinician = _clinician_named(new.clinician, role, clinic)
    if clinic is None and clinician is not None:
        clinic = clinician.clinic  # a patient joins their clinician's clinic
    user = User(username=email.lower(), email=email, role=role, clinic=clinic, clinician=clinician)
    try:
        validate_password(new.password, user=user)
    except ValidationError as error:
        raise ScapulaError(" ".join(error.messages), field="password") from error
    user.set_password(new.password)
    user.save()
    return user


def list_accounts() -> list[AccountRow]:
    """Return every account by clinic, then admins, clinicians and patients, by address."""
    people = User.objects.select_related("clinic", "clinician").order_by(
        "clinic__name", "role", "email", "username"
    )
    return [
        AccountRow(
            email=person.email or person.username,
            role=Role(person.role).label,
            clinic=person.clinic.name if person.clinic else "",
            clinician=(person.clinician.email or person.clinician.username)
            if person.clinician
            else "",
            active=person.is_active,
            last_sign_in=person.last_login,
        )
        for person in people
    ]
