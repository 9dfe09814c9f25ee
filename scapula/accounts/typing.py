"""Request type for views that only run for a signed-in person."""

from django.http import HttpRequest

from scapula.accounts.models import User


class AuthenticatedHttpRequest(HttpRequest):
    """An HttpRequest whose user is a real account (login_required or API auth ran first)."""

    user: User
