"""Writes for accounts: the personal-mode owner and its password."""

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError

OWNER_USERNAME = "owner"


def ensure_owner() -> User:
    """Return the local owner account, creating it on the first run."""
    owner = User.objects.filter(is_owner=True).first()
    if owner is not None:
        return owner
    try:
        with transaction.atomic():
            owner = User(username=OWNER_USERNAME, is_owner=True)
            owner.set_unusable_password()
            owner.save()
            return owner
    except IntegrityError:
        # Another worker created it between our read and our write.
        return User.objects.get(is_owner=True)


def owner_has_password() -> bool:
    """Return whether the owner has set a password (needed to listen beyond loopback)."""
    owner = User.objects.filter(is_owner=True).first()
    return owner is not None and owner.has_usable_password()


@transaction.atomic
def set_owner_password(*, password: str) -> User:
    """Give the owner a password, checked by the configured password validators."""
    owner = ensure_owner()
    try:
        validate_password(password, user=owner)
    except ValidationError as error:
        raise ScapulaError(" ".join(error.messages), field="password") from error
    owner.set_password(password)
    owner.save(update_fields=["password"])
    return owner


@transaction.atomic
def clear_owner_password() -> None:
    """Remove the owner's password, returning the app to loopback-only use."""
    owner = ensure_owner()
    owner.set_unusable_password()
    owner.save(update_fields=["password"])


NAME_LENGTH = 150


def set_display_name(*, user: User, name: str) -> User:
    """Store the name a person wants on their summary (blank removes it)."""
    name = " ".join(name.split())
    if len(name) > NAME_LENGTH:
        raise ScapulaError(f"at most {NAME_LENGTH} characters", field="name")
    if "\x00" in name:
        raise ScapulaError("must not contain a NUL character", field="name")
    user.first_name, user.last_name = name, ""
    user.save(update_fields=["first_name", "last_name"])
    return user
