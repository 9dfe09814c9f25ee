"""Invitation pages: the admin's team, the clinician's "invite a patient", and joining."""

import segno
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required, login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST

from scapula.accounts.models import Role
from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.clinic.invitations import (
    INVITATION_LIFETIME,
    InvitationUnusableError,
    accept,
    clinic_team,
    invitable_roles,
    invitation_for,
    invite,
    pending_invitations,
    revoke,
    send_invitation,
)
from scapula.clinic.models import Invitation
from scapula.core import ScapulaError
from scapula.web.invitation_forms import JoinForm, PatientInviteForm, StaffInviteForm

# The backend that signs people in by e-mail; the session remembers it for later requests.
MODEL_BACKEND = "scapula.accounts.backends.EmailOrUsernameBackend"
CLINICIAN_HOME = "/clinic/"  # the workspace


@login_required
def team_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """For a clinic admin: the clinic's clinicians and admins, pending invitations, invite."""
    if Role.CLINICIAN not in invitable_roles(request.user):
        raise Http404("No such page.")
    form = StaffInviteForm(request.POST if request.method == "POST" else None)
    created = _invite_from(request, form, role=form.data.get("role", ""))
    context = {
        "form": form,
        "team": clinic_team(request.user),
        "pending": pending_invitations(request.user, now=timezone.now()),
        "created": created,
    }
    return render(request, "web/clinic/team_page.html", context, status=_status(form))


@login_required
def invite_patient_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """For a clinician: invite a patient by a link (and a QR code), and the pending ones."""
    if Role.PATIENT not in invitable_roles(request.user):
        raise Http404("No such page.")
    form = PatientInviteForm(request.POST if request.method == "POST" else None)
    created = _invite_from(request, form, role=Role.PATIENT)
    context = {
        "form": form,
        "pending": pending_invitations(request.user, now=timezone.now()),
        "created": created,
    }
    return render(request, "web/clinic/invite_page.html", context, status=_status(form))


def _invite_from(
    request: AuthenticatedHttpRequest, form: StaffInviteForm | PatientInviteForm, *, role: str
) -> dict[str, object] | None:
    """Make the invitation a valid posted form asks for; return what the page shows once."""
    if not form.is_bound or not form.is_valid():
        return None
    try:
        invitation, token = invite(
            sender=request.user, role=role, email=form.cleaned_data["email"], now=timezone.now()
        )
    except PermissionDenied:
        form.add_error(None, "You cannot invite someone to this role.")
        return None
    except ScapulaError as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return None
    link = request.build_absolute_uri(reverse("invitation:join", args=[token]))
    return {
        "invitation": invitation,
        "link": link,
        "qr": _qr_svg(link),
        "mailed": send_invitation(invitation, link=link),
        "days": INVITATION_LIFETIME.days,
    }


def _qr_svg(link: str) -> SafeString:
    """The link as a QR code, drawn inline as SVG (no outside service sees the link)."""
    code = segno.make(link, error="m")
    svg = code.svg_inline(
        scale=5, border=2, dark="#000000", light="#ffffff", svgclass="qr-code", lineclass=None
    )
    # segno's own markup, made from the link by segno: nothing a person typed reaches it raw.
    labelled = svg.replace("<svg ", '<svg role="img" aria-label="QR code of the link" ', 1)
    return mark_safe(labelled)  # noqa: S308


@login_required
@require_POST
def revoke_invitation(request: AuthenticatedHttpRequest, invitation_id: int) -> HttpResponse:
    """Withdraw one of your own pending invitations; then back to the page it was made on."""
    invitation = revoke(sender=request.user, invitation_id=invitation_id, now=timezone.now())
    messages.success(request, _withdrawn_message(invitation))
    if request.user.is_clinic_admin:
        return redirect("invitation:team")
    return redirect("invitation:invite-patient")


def _withdrawn_message(invitation: Invitation) -> str:
    if invitation.email:
        return f"The invitation to {invitation.email} was withdrawn: its link no longer works."
    return "The invitation was withdrawn: its link no longer works."


@login_not_required
def join_page(request: HttpRequest, token: str) -> HttpResponse:
    """The invited person's page: who invites them, to which clinic, and the account form."""
    try:
        invitation = invitation_for(token, now=timezone.now())
    except InvitationUnusableError as error:
        # 410: the link is dead; only a dead token can reach the log with this path.
        context = {"message": error.message}
        return render(request, "web/clinic/join_unusable.html", context, status=410)
    if request.user.is_authenticated:
        return render(request, "web/clinic/join_signed_in.html", {"invitation": invitation})
    posted = request.method == "POST"
    form = JoinForm(request.POST if posted else None, initial={"email": invitation.email})
    if posted and form.is_valid():
        try:
            person = accept(
                token=token,
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                name=form.cleaned_data["name"],
                time_zone=form.cleaned_data["time_zone"],
                now=timezone.now(),
            )
        except InvitationUnusableError as error:
            context = {"message": error.message}
            return render(request, "web/clinic/join_unusable.html", context, status=410)
        except ScapulaError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            login(request, person, backend=MODEL_BACKEND)
            return _welcome(request, person.role)
    is_patient = invitation.role == Role.PATIENT
    page: dict[str, object] = {"invitation": invitation, "form": form, "is_patient": is_patient}
    # 200 even with errors: Django logs the path of every 4xx answer, and this one holds a
    # live token.
    return render(request, "web/clinic/join_page.html", page)


def _welcome(request: HttpRequest, role: str) -> HttpResponse:
    """Send the new person to where they start: a patient to the safety check."""
    if role == Role.PATIENT:
        messages.success(
            request,
            format_html(
                "Welcome. Used scapula on your own computer? "
                '<a href="{}">Bring your records</a> before you start the safety check.',
                reverse("web:your-data"),
            ),
        )
        return redirect("web:safety")
    messages.success(request, "Welcome. Your account is ready.")
    if role == Role.ADMIN:
        return redirect("invitation:team")
    return redirect(CLINICIAN_HOME)


def _status(form: StaffInviteForm | PatientInviteForm) -> int:
    return 400 if form.errors else 200
