"""The sign-in link of personal mode: it remembers the owner's browser on this machine."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from scapula.accounts.local_token import is_sign_in_token, remember_owner
from scapula.accounts.middleware import is_personal_mode, is_same_machine_request
from scapula.accounts.services import owner_has_password

WRONG = "wrong"
ELSEWHERE = "elsewhere"


@login_not_required
@require_safe
def local_sign_in(request: HttpRequest) -> HttpResponse:
    """Sign this browser in with the link's token, or say where the link is."""
    if not is_personal_mode():
        raise Http404("Clinic mode has no sign-in link.")
    token = request.GET.get("token")
    if token is None:
        return _page(request, problem=None, status=200)
    if not is_same_machine_request(request):
        return _page(request, problem=ELSEWHERE, status=403)
    if not is_sign_in_token(token):
        return _page(request, problem=WRONG, status=403)
    # A redirect, so the token leaves the address bar, the history and any Referer header.
    response = redirect(_next_page(request))
    remember_owner(request, response)
    _keep_private(response)
    return response


def _next_page(request: HttpRequest) -> str:
    """Return the page the person asked for, if it is on this site, else the start page."""
    wanted = request.GET.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return reverse("web:home")


def _page(request: HttpRequest, *, problem: str | None, status: int) -> HttpResponse:
    """Render the page that says where the sign-in link is (and what went wrong, if anything)."""
    next_page = _next_page(request)
    context = {
        "problem": problem,
        "signed_in": request.user.is_authenticated,
        "next_page": next_page,
        "password_sign_in": owner_has_password(),
        "login_url": f"{reverse('accounts:login')}?{urlencode({'next': next_page})}",
    }
    response = render(request, "accounts/local_sign_in.html", context, status=status)
    _keep_private(response)
    return response


def _keep_private(response: HttpResponse) -> None:
    """Keep the page (and any token in its address) out of caches and Referer headers."""
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
