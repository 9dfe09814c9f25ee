"""Values every page template can use."""

import functools

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
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


# The menu: (label, route, the routes whose pages belong to that entry).
NAV_SECTIONS = (
    ("Home", "web:home", ("web:home",)),
    ("Plan", "web:plan", ("web:plan", "web:assessment", "web:player")),
    (
        "Progress",
        "web:progress",
        (
            "web:progress",
            "web:pain-diary",
            "web:function-check-in",
            "web:sessions",
            "web:session",
            "web:summary",
        ),
    ),
    ("Exercises", "web:library", ("web:library", "web:exercise", "web:driver", "web:muscles")),
    ("Reminders", "web:reminders", ("web:reminders", "web:break")),
)
# A clinician's menu: their patients instead of a patient's own journey.
CLINICIAN_NAV_SECTIONS = (
    ("Home", "web:home", ("web:home",)),
    ("Patients", "workspace:patients", ("workspace:patients", "workspace:patient")),
    NAV_SECTIONS[3],
)


def navigation(request: HttpRequest) -> dict[str, object]:
    """Return the menu entries, each with its link and whether this page belongs to it."""
    match = getattr(request, "resolver_match", None)
    here = match.view_name if match else ""
    user = getattr(request, "user", None)
    clinician = isinstance(user, User) and user.is_clinician
    items = [
        {"label": label, "url": reverse(route), "current": here in routes}
        for label, route, routes in (CLINICIAN_NAV_SECTIONS if clinician else NAV_SECTIONS)
    ]
    return {"nav_items": items}
