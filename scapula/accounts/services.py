"""Writes for accounts: the personal-mode owner and its password."""

import copy
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models.signals import post_delete, post_save

from scapula.accounts.models import User
from scapula.core import ScapulaError

OWNER_USERNAME = "owner"


@dataclass(frozen=True)
class _CachedOwner:
    """The owner's row as read when the change stamp had this value."""

    user: User
    stamp: tuple[int, int, int]


# Every local request needs the owner; reading it once per process instead of once per
# request is safe because any change to an account moves the stamp, in every process.
_cached_owner: _CachedOwner | None = None
_generation = 0  # moved by changes in this process, at once and again on commit


def _stamp_path() -> Path:
    """Return the file whose identity changes whenever an account changes (any process)."""
    return Path(settings.DATA_DIR) / "accounts-changed"


def _change_stamp() -> tuple[int, int, int]:
    """Return this process's change count and the identity of the shared stamp file."""
    try:
        info = os.stat(_stamp_path())
    except FileNotFoundError:
        return (_generation, 0, 0)
    return (_generation, info.st_ino, info.st_mtime_ns)


def forget_owner() -> None:
    """Drop the cached owner so the next request reads it again."""
    global _cached_owner, _generation
    _generation += 1
    _cached_owner = None


def _announce_account_change() -> None:
    """Tell every process that an account changed: replace the stamp file with a new one."""
    forget_owner()
    path = _stamp_path()
    fresh = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    fresh.write_text(str(time.time_ns()))
    os.replace(fresh, path)


def _account_changed(**_kwargs: object) -> None:
    """Forget the owner now (this process) and announce the change once it is committed."""
    forget_owner()
    transaction.on_commit(_announce_account_change, robust=True)


post_save.connect(_account_changed, sender=User, dispatch_uid="scapula-owner-cache-save")
post_delete.connect(_account_changed, sender=User, dispatch_uid="scapula-owner-cache-delete")


def ensure_owner() -> User:
    """Return the local owner account, creating it on the first run."""
    global _cached_owner
    stamp = _change_stamp()  # before the read: a change during it makes the copy stale
    cached = _cached_owner
    if cached is not None and cached.stamp == stamp:
        return copy.copy(cached.user)  # a copy: callers may change and save their own
    owner = User.objects.filter(is_owner=True).first()
    if owner is None:
        return _create_owner()
    # Inside a transaction the row may be this transaction's own, not yet committed.
    if not connection.in_atomic_block:
        _cached_owner = _CachedOwner(copy.copy(owner), stamp)
    return owner


def _create_owner() -> User:
    """Create the owner account, or return the one another worker has just created."""
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
