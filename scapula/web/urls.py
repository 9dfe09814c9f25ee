"""Page URLs."""

from django.urls import path

from scapula.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
]
