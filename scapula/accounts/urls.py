"""Sign-in and sign-out pages."""

from django.contrib.auth import views as auth_views
from django.urls import path

from scapula.accounts.local_views import local_sign_in

app_name = "accounts"

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="accounts/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("local/", local_sign_in, name="local"),
]
