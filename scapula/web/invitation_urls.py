"""Clinic-mode pages: inviting people to the clinic, and joining by an invitation."""

from django.urls import URLPattern, path

from scapula.web import invitation_views

app_name = "invitation"

urlpatterns: list[URLPattern] = [
    path("clinic/team/", invitation_views.team_page, name="team"),
    path("clinic/invite/", invitation_views.invite_patient_page, name="invite-patient"),
    path(
        "clinic/invitations/<int:invitation_id>/withdraw/",
        invitation_views.revoke_invitation,
        name="revoke",
    ),
    path("join/<str:token>/", invitation_views.join_page, name="join"),
]
