"""Page URLs."""

from django.urls import path

from scapula.web import catalog_views, views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("exercises/", catalog_views.library, name="library"),
    path("exercises/<slug:exercise_id>/", catalog_views.exercise_page, name="exercise"),
    path("why-it-hurts/<slug:driver_id>/", catalog_views.driver_page, name="driver"),
    path("muscles/", catalog_views.muscles_page, name="muscles"),
]
