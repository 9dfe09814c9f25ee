"""Password reset by a single-use link that expires (Django's views, with plain-language pages)."""

import logging
from typing import Any

from axes.utils import reset as clear_failures
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.urls import reverse_lazy

from scapula.accounts.forms import NewPasswordForm, ResetRequestForm
from scapula.accounts.limits import limit_posts

log = logging.getLogger("scapula.accounts")


class ResetRequestView(auth_views.PasswordResetView):
    """Ask for the address; the next page reads the same whether or not it has an account."""

    form_class = ResetRequestForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-sent")

    def form_valid(self, form: ResetRequestForm) -> HttpResponse:  # type: ignore[override]
        """Send the link, unless any host name would be accepted (a link could then mislead)."""
        if "*" in settings.ALLOWED_HOSTS:
            # The link names the host the request named; with every host accepted, a
            # stranger could have a link to their own site mailed to someone else.
            log.warning("Password reset link not sent: set DJANGO_ALLOWED_HOSTS to this server")
            return super(auth_views.PasswordResetView, self).form_valid(form)
        return super().form_valid(form)


class ResetSentView(auth_views.PasswordResetDoneView):
    """Say a link is on its way if the address has an account."""

    template_name = "accounts/password_reset_sent.html"


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choose a new password from the link; a used or expired link is refused."""

    form_class = NewPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password-reset-complete")

    def form_valid(self, form: NewPasswordForm) -> HttpResponse:  # type: ignore[override]
        """Store the password and lift any lockout: whoever reads the mail owns the account."""
        response = super().form_valid(form)
        clear_failures(username=form.user.get_username())
        return response

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Add how long a new link lasts, for the page that refuses an old one."""
        context = super().get_context_data(**kwargs)
        context["link_minutes"] = settings.PASSWORD_RESET_TIMEOUT // 60
        return context


class ResetCompleteView(auth_views.PasswordResetCompleteView):
    """Say the password is changed and link to sign-in."""

    template_name = "accounts/password_reset_complete.html"


reset_request = limit_posts("password-reset", "SCAPULA_PASSWORD_RESET_RATE")(
    ResetRequestView.as_view()
)
reset_sent = ResetSentView.as_view()
reset_confirm = limit_posts("password-reset", "SCAPULA_PASSWORD_RESET_RATE")(
    ResetConfirmView.as_view()
)
reset_complete = ResetCompleteView.as_view()
