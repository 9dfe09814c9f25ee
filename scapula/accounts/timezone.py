"""Each person's own time zone: stored on the account, switched on for each of their requests."""

import functools
import zoneinfo
from collections.abc import Callable

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from scapula.accounts.models import User
from scapula.core import ScapulaError

ZONE_NAME_LENGTH = 64  # User.time_zone's max_length


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Return every IANA zone name this machine knows, sorted (the choices a person sees)."""
    return tuple(sorted(zoneinfo.available_timezones()))


def zone_of(user: object) -> zoneinfo.ZoneInfo | None:
    """Return the person's chosen zone, or None for the server's (blank or no longer known)."""
    name = getattr(user, "time_zone", "")
    if not name or name not in zone_names():
        return None
    return zoneinfo.ZoneInfo(name)


@transaction.atomic
def set_time_zone(*, user: User, name: str) -> User:
    """Store the person's time zone (an IANA name such as Europe/Paris; blank: the server's)."""
    name = name.strip()
    if name and (len(name) > ZONE_NAME_LENGTH or name not in zone_names()):
        raise ScapulaError(
            "is not a time zone this server knows; pick one from the list",
            field="time_zone",
        )
    user.time_zone = name
    user.save(update_fields=["time_zone"])
    return user


class PersonTimeZoneMiddleware:
    """Make "today" and shown times follow the signed-in person's zone for this request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        zone = zone_of(user) if user is not None and user.is_authenticated else None
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        try:
            return self.get_response(request)
        finally:
            # Threads serve many people: never leave one person's zone for the next request.
            timezone.deactivate()
