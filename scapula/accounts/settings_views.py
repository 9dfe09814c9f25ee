"""The "Your account" page (name and time zone) and the second-step set-up page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from scapula.accounts.forms import AccountSettingsForm, CodeForm
from scapula.accounts.models import User
from scapula.accounts.services import set_display_name
from scapula.accounts.timezone import set_time_zone
from scapula.accounts.two_step import (
    confirm_two_step,
    has_two_step,
    may_use_two_step,
    pending_device,
    setup_qr_svg,
    setup_secret,
    turn_off_two_step,
)
from scapula.core import ScapulaError

FIELD_OF_ERROR = {"name": "name", "time_zone": "time_zone"}


def _person(request: HttpRequest) -> User:
    """Return the signed-in person (pages here always have one)."""
    user = request.user
    assert isinstance(user, User)
    return user


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    """Show and change the person's name and time zone."""
    person = _person(request)
    initial = {"name": person.get_full_name(), "time_zone": person.time_zone}
    form = AccountSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                set_display_name(user=person, name=form.cleaned_data["name"])
                set_time_zone(user=person, name=form.cleaned_data["time_zone"])
        except ScapulaError as error:
            form.add_error(FIELD_OF_ERROR.get(error.field or ""), error.message)
        else:
            messages.success(request, "Your account is saved.")
            return redirect("accounts:settings")
    context = {
        "form": form,
        "zone_is_set": bool(person.time_zone),
        "now_here": timezone.localtime(),
        "two_step_offered": may_use_two_step(person),
        "two_step_on": has_two_step(person),
    }
    return render(request, "accounts/settings.html", context)


@login_required
def two_step(request: HttpRequest) -> HttpResponse:
    """Set up (or turn off) the code from an authenticator app, for clinic staff."""
    person = _person(request)
    if not may_use_two_step(person):
        raise Http404("Only clinic staff use a second sign-in step.")
    is_on = has_two_step(person)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if is_on:
                turn_off_two_step(user=person, code=form.cleaned_data["code"])
                messages.success(request, "Signing in no longer asks for a code.")
            else:
                confirm_two_step(user=person, code=form.cleaned_data["code"])
                messages.success(request, "Signing in now asks for a code from your app.")
        except ScapulaError as error:
            form.add_error("code", error.message)
        else:
            return redirect("accounts:settings")
    context: dict[str, object] = {"form": form, "is_on": is_on}
    if not is_on:
        device = pending_device(person)
        context |= {"qr_svg": setup_qr_svg(device), "secret": setup_secret(device)}
    return render(request, "accounts/two_step.html", context, status=400 if form.errors else 200)
