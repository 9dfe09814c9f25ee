"""Personal mode: the browser on the owner's own machine is signed in without a password."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port

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


class PersonalModeMiddleware:
    """Treat requests from this machine as the owner's, in personal mode only.

    The owner is attached to the request rather than logged in, so no session row is
    written for each local request (API clients and the CLI send no cookies).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.SCAPULA_MODE is Mode.PERSONAL
            and not request.user.is_authenticated
            and is_same_machine_request(request)
        ):
            request.user = ensure_owner()
        return self.get_response(request)


class PageLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Require sign-in for pages; the API answers 401 in JSON itself instead of redirecting."""

    def process_view(self, request, view_func, view_args, view_kwargs):  # type: ignore[no-untyped-def]
        if request.path.startswith("/api/"):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)
