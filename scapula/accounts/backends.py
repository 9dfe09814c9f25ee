"""Sign-in backends: the lockout check first, then the e-mail address (or user name)."""

import logging
from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from scapula.accounts.models import User

log = logging.getLogger("scapula.accounts")


def find_account(identifier: str) -> User | None:
    """Return the account an e-mail address (any case) or an exact user name names."""
    identifier = identifier.strip()
    if not identifier:
        return None
    if "@" in identifier:
        found = User.objects.filter(email__iexact=identifier).first()
        if found is not None:
            return found
    return User.objects.filter(username=identifier).first()


class EmailOrUsernameBackend(ModelBackend):
    """Check a password for the account named by its e-mail address or its user name.

    Clinic accounts sign in by e-mail address; personal mode's owner by the name "owner".
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        """Return the account when the password matches and the account may sign in."""
        if username is None or password is None:
            return None
        user = find_account(username)
        if user is None:
            # Hash anyway, so an unknown address takes as long to refuse as a known one.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


class LockoutBackend(AxesStandaloneBackend):  # type: ignore[misc]
    """django-axes' lockout check, for sign-ins that come with a request.

    Without a request there is no attempt from the network to count: that is Django's
    test client `login()` or a command on the server itself. Every page and API sign-in
    passes its request, so each of them is checked.
    """

    def authenticate(  # type: ignore[no-untyped-def]
        self, request, username=None, password=None, **kwargs
    ):
        """Refuse a locked account (raising, as axes does); otherwise let the next backend check."""
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_key(request: HttpRequest | None, credentials: dict[str, Any] | None) -> str | None:
    """Return what failures are counted against: the account's user name when it exists.

    So "Ana@Clinic.example" and "ana@clinic.example" count as one account, and a
    success (which axes records by user name) clears the failures typed by e-mail.
    """
    typed = (credentials or {}).get("username")
    if typed is None and request is not None:
        typed = request.POST.get("username")
    if not typed:
        return None
    account = find_account(str(typed))
    return account.get_username() if account is not None else str(typed).strip().lower()


@receiver(user_login_failed, dispatch_uid="scapula-log-failed-sign-in")
def log_failed_sign_in(
    sender: object, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    """Log each refused sign-in with the name typed and the address, never the password."""
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    log.warning(
        "Sign-in refused for %r from %s", (credentials or {}).get("username", ""), address or "?"
    )
