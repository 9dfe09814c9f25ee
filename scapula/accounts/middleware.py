"""Personal mode: the owner's own browser is signed in by the link `scapula serve` prints."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse

from scapula.accounts.local_token import carries_owner_bearer, carries_owner_cookie
from scapula.accounts.services import ensure_owner
from scapula.core import Mode, is_loopback_host


def is_same_machine_request(request: HttpRequest) -> bool:
    """Return whether the request comes from this machine and names it as the host."""
    if "HTTP_X_FORWARDED_FOR" in request.META or "HTTP_FORWARDED" in request.META:
        return False  # proxied: the real client is elsewhere
    remote = request.META.get("REMOTE_ADDR", "")
    # The Host check defeats DNS rebinding: a web page on another site that resolves its
    # own name to 127.0.0.1 still sends its own name as the Host.
    host, _port = split_domain_port(request.get_host())
    return is_loopback_host(remote) and is_loopback_host(host or "")


def is_owner_request(request: HttpRequest) -> bool:
    """Return whether a request from this machine proves it is the owner's (cookie or token)."""
    if carries_owner_cookie(request):
        return True
    if carries_owner_bearer(request):
        # A browser never adds this header to a cross-site request on its own, so the
        # owner's scripts need no CSRF token.
        request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
        return True
    return False


def is_personal_mode() -> bool:
    """Return whether this instance runs in personal mode."""
    return settings.SCAPULA_MODE is Mode.PERSONAL


class PersonalModeMiddleware:
    """Treat requests from this machine that prove they are the owner's as the owner's.

    Coming from this machine is not enough: any program or other user on it could then
    read the owner's health records. The proof is the cookie the sign-in link sets, or the
    sign-in token as a bearer header. The owner is attached to the request rather than
    logged in, so no session row is written for each local request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            is_personal_mode()
            and not request.user.is_authenticated
            and is_same_machine_request(request)
            and is_owner_request(request)
        ):
            request.user = ensure_owner()
        return self.get_response(request)


class PageLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Require sign-in for pages; the API answers 401 in JSON itself instead of redirecting."""

    def process_view(self, request, view_func, view_args, view_kwargs):  # type: ignore[no-untyped-def]
        if request.path.startswith("/api/"):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)

    def handle_no_permission(self, request, view_func):  # type: ignore[no-untyped-def]
        """On the owner's machine, say where the sign-in link is instead of asking a password."""
        if is_personal_mode() and is_same_machine_request(request):
            return redirect_to_login(request.get_full_path(), reverse("accounts:local"))
        return super().handle_no_permission(request, view_func)
