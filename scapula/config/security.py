"""Cross-cutting protections: no caching of health data, session time-outs, no tokens in logs."""

import hashlib
import hmac
import logging
import re
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject

# Public answers a signed-in person may also get: they hold no health data and keep their
# own caching (the catalog's ETag, the worker's revalidation, the manifest's hour).
PUBLIC_PATHS = ("/api/health", "/api/exercises", "/manifest.webmanifest", "/sw.js")
CALENDAR_PATH = re.compile(r"/calendar/[^/\s\"']+\.ics")
MASKED_CALENDAR_PATH = "/calendar/[hidden].ics"

PERSON_HEADER = "X-Scapula-Person"

SIGNED_IN_AT = "scapula_signed_in_at"
LAST_SEEN = "scapula_last_seen"
# Writing the last-seen time on every request would save the session row each time; a
# minute's precision is enough for a time-out counted in minutes.
LAST_SEEN_PRECISION = 60


def carries_health_data(request: HttpRequest) -> bool:
    """Return whether the answer to this request is about one person's health."""
    path = request.path
    if CALENDAR_PATH.fullmatch(path):
        return True  # the feed holds session times and is opened by its secret, not a session
    if path.startswith(PUBLIC_PATHS) or path.startswith(settings.STATIC_URL):
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class NoStoreMiddleware:
    """Forbid every cache (browser, proxy, back-forward) to keep a copy of health data.

    This includes /api/session/today, which used `private, no-cache` so that a browser
    revalidated its stored copy: no-store means the browser keeps none, so its 304 now only
    helps a client that keeps its own copy (the service worker's offline cache, a script).
    On a shared clinic computer no copy left behind outweighs the saved bytes.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        already = "no-store" in response.get("Cache-Control", "")
        if carries_health_data(request) and not already:
            response["Cache-Control"] = "private, no-store"
        return response


def person_key(user: object) -> str:
    """Return an opaque, stable name for a signed-in person ("" for nobody).

    The browser keys its offline copies and unsent sessions by it; it reveals no user id.
    """
    if not getattr(user, "is_authenticated", False):
        return ""
    message = f"scapula-person:{user.pk}".encode()  # type: ignore[attr-defined]
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:24]


class PersonKeyMiddleware:
    """Name the signed-in person to the page (request.person_key) and to the service worker.

    The header lets the worker file each answer under its person without reading the page.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Lazy: the personal-mode owner is attached to the request further in.
        request.person_key = SimpleLazyObject(lambda: person_key(request.user))  # type: ignore[attr-defined]
        response = self.get_response(request)
        key = person_key(getattr(request, "user", None))
        if key:
            response[PERSON_HEADER] = key
        return response


class SessionTimeoutMiddleware:
    """End a signed-in session after SESSION_IDLE_TIMEOUT idle seconds or SESSION_COOKIE_AGE.

    Django renews a session's expiry whenever it is saved, so the maximum age is counted
    here from the first signed-in request, not from the cookie.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is not None and session.get(SESSION_KEY) is not None:
            self._check(request)
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> None:
        """Sign out an expired session, else record that it was used now."""
        session = request.session
        now = int(time.time())
        signed_in_at = session.setdefault(SIGNED_IN_AT, now)
        last_seen = session.get(LAST_SEEN, now)
        idle = settings.SESSION_IDLE_TIMEOUT
        if now - signed_in_at > settings.SESSION_COOKIE_AGE or (idle and now - last_seen > idle):
            logout(request)  # flushes the session: the request goes on signed out
            return
        if now - last_seen >= LAST_SEEN_PRECISION or LAST_SEEN not in session:
            session[LAST_SEEN] = now


class CalendarTokenFilter(logging.Filter):
    """Mask the secret of a calendar link in every log line (a 404 logs its whole path)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/calendar/" in message:
            record.msg = CALENDAR_PATH.sub(MASKED_CALENDAR_PATH, message)
            record.args = None
        return True
