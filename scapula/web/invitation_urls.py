"""Clinic-mode pages: invitation."""

from django.urls import URLPattern, path  # noqa: F401

app_name = "invitation"

urlpatterns: list[URLPattern] = []
