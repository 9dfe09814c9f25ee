"""Clinic-mode pages: the program editor of one patient, for their clinician."""

from django.urls import URLPattern, path

from scapula.web import program_views

app_name = "program"

urlpatterns: list[URLPattern] = [
    path("<int:patient_id>/", program_views.program_page, name="editor"),
]
