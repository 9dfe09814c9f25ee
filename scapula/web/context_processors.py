"""Values every page template can use."""

import functools

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from scapula import __version__
from scapula.accounts.models import User
from scapula.core import Mode
from scapula.reminders.selectors import reminders_active


def product(request: HttpRequest) -> dict[str, object]:
    """Return the version and the running mode for the layout."""
    return {
        "scapula_version": __version__,
        "personal_mode": settings.SCAPULA_MODE is Mode.PERSONAL,
    }


def reminders(request: HttpRequest) -> dict[str, object]:
    """Say whether this page should run the desk-break prompts (asked only when shown)."""
    user = request.user if hasattr(request, "user") else None

    # Cached per request: the layout asks twice (the script tag and the body attribute).
    @functools.cache
    def is_on() -> bool:
        if not isinstance(user, User):
            return False
        return reminders_active(user=user, today=timezone.localdate())

    return {"reminders_on": is_on}
