"""Clinic-mode pages: invitation."""

from django.urls import path  # noqa: F401

app_name = "invitation"

urlpatterns: list = []
