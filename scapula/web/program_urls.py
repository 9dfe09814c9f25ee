"""Clinic-mode pages: program."""

from django.urls import path  # noqa: F401

app_name = "program"

urlpatterns: list = []
