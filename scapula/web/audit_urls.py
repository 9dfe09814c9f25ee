"""Clinic-mode pages: the clinic's audit log, and each person's "who looked at my records"."""

from django.urls import URLPattern, path

from scapula.web import audit_views

app_name = "audit"

urlpatterns: list[URLPattern] = [
    path("clinic/audit/", audit_views.clinic_audit, name="clinic-audit"),
    path("your-data/who-looked/", audit_views.who_looked, name="who-looked"),
]
