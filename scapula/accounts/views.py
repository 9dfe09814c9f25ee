"""Sign-in (with the lockout page and the optional code step) and sign-out."""

import logging
import time
from typing import Any

import django_otp
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView

from scapula.accounts.forms import CodeForm, SignInForm
from scapula.accounts.limits import limit_posts
from scapula.accounts.models import User
from scapula.accounts.two_step import check_code, has_two_step

log = logging.getLogger("scapula.accounts")

PENDING_KEY = "scapula_second_step"
PENDING_SECONDS = 5 * 60  # the code must follow the password within five minutes
CODE_TRIES = 5  # then the password is asked again


def lockout_minutes() -> int:
    """Return how long a locked account waits, in whole minutes."""
    return max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None, credentials: object
) -> HttpResponse:
    """Show the sign-in page again, saying plainly that the account is locked for a while."""
    form = SignInForm(request)
    form.fields["username"].initial = request.POST.get("username", "")
    context = {"form": form, "locked_minutes": lockout_minutes(), "next": _next(request)}
    return render(request, "accounts/login.html", context, status=429)


def _next(request: HttpRequest) -> str:
    """Return the page to go to after signing in, as the form carried it."""
    return str(request.POST.get("next", request.GET.get("next", "")))


class SignInView(auth_views.LoginView):
    """The password step; people with an authenticator app go on to the code step."""

    template_name = "accounts/login.html"
    form_class = SignInForm
    redirect_authenticated_user = False

    def form_valid(self, form: SignInForm) -> HttpResponse:  # type: ignore[override]
        """Sign in, or remember who passed the password step and ask for the code."""
        user = form.get_user()
        if not has_two_step(user):
            return super().form_valid(form)
        self.request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": getattr(user, "backend", ""),
            "since": time.time(),
            "next": self.get_success_url(),
            "tries": 0,
        }
        return redirect("accounts:login-code")


def _pending(request: HttpRequest) -> tuple[User, dict[str, Any]] | None:
    """Return who passed the password step and is still within time and tries."""
    pending = request.session.get(PENDING_KEY)
    if not isinstance(pending, dict):
        return None
    if time.time() - float(pending.get("since", 0)) > PENDING_SECONDS:
        return None
    if int(pending.get("tries", 0)) >= CODE_TRIES:
        return None
    user = User.objects.filter(pk=int(pending.get("user") or 0), is_active=True).first()
    return (user, pending) if user is not None else None


@method_decorator(login_not_required, name="dispatch")
@method_decorator(sensitive_post_parameters("code"), name="dispatch")
@method_decorator(never_cache, name="dispatch")
class SignInCodeView(TemplateView):
    """The second step: the code from the authenticator app of the person who passed the first."""

    template_name = "accounts/login_code.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Ask for the code, or go back to the password if that step has lapsed."""
        if _pending(request) is None:
            return self._start_again(request)
        return self.render_to_response({"form": CodeForm()})

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Sign in on a matching code; count a wrong one."""
        found = _pending(request)
        if found is None:
            return self._start_again(request)
        user, pending = found
        form = CodeForm(request.POST)
        device = check_code(user=user, code=form.data.get("code", "")) if form.is_valid() else None
        if device is None:
            pending["tries"] = int(pending.get("tries", 0)) + 1
            request.session[PENDING_KEY] = pending
            log.warning("Wrong sign-in code for %r", user.get_username())
            if form.is_valid():
                form.add_error("code", "That code does not match. Type the code the app shows now.")
            return self.render_to_response({"form": form}, status=200)
        del request.session[PENDING_KEY]
        auth.login(request, user, backend=pending.get("backend") or None)
        django_otp.login(request, device)
        return HttpResponseRedirect(pending.get("next") or reverse(settings.LOGIN_REDIRECT_URL))

    def _start_again(self, request: HttpRequest) -> HttpResponse:
        """Drop a lapsed second step and return to the password page."""
        request.session.pop(PENDING_KEY, None)
        return redirect(reverse("accounts:login") + "?again=1")


class SignOutView(auth_views.LogoutView):
    """Sign out, and tell the browser to drop this site's caches, cookies and offline data."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Sign out; the header also clears the service worker's caches and queued sessions."""
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response


sign_in = limit_posts("sign-in", "SCAPULA_SIGN_IN_RATE")(SignInView.as_view())
sign_in_code = limit_posts("sign-in", "SCAPULA_SIGN_IN_RATE")(SignInCodeView.as_view())
sign_out = SignOutView.as_view()
