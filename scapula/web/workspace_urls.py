"""Clinic-mode pages: the clinician's workspace (patient list, patient page, alerts)."""

from django.urls import URLPattern, path

from scapula.web import workspace_views

app_name = "workspace"

urlpatterns: list[URLPattern] = [
    path("", workspace_views.patient_list, name="patients"),
    path("patients/<int:patient_id>/", workspace_views.patient_detail, name="patient"),
    path(
        "patients/<int:patient_id>/alerts/<int:alert_id>/seen/",
        workspace_views.alert_seen,
        name="alert-seen",
    ),
]
