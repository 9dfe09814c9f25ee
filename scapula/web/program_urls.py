"""Clinic-mode pages: program."""

from django.urls import URLPattern, path  # noqa: F401

app_name = "program"

urlpatterns: list[URLPattern] = []
