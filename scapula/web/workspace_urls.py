"""Clinic-mode pages: workspace."""

from django.urls import URLPattern, path  # noqa: F401

app_name = "workspace"

urlpatterns: list[URLPattern] = []
