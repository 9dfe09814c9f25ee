"""Sign-in, sign-out, password reset and the "Your account" pages."""

from django.urls import path

from scapula.accounts import reset_views, settings_views, views
from scapula.accounts.local_views import local_sign_in

app_name = "accounts"

urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("login/code/", views.sign_in_code, name="login-code"),
    path("logout/", views.sign_out, name="logout"),
    path("password-reset/", reset_views.reset_request, name="password-reset"),
    path("password-reset/sent/", reset_views.reset_sent, name="password-reset-sent"),
    path(
        "password-reset/<uidb64>/<token>/",
        reset_views.reset_confirm,
        name="password-reset-confirm",
    ),
    path("password-reset/done/", reset_views.reset_complete, name="password-reset-complete"),
    path("settings/", settings_views.account_settings, name="settings"),
    path("settings/two-step/", settings_views.two_step, name="two-step"),
    path("local/", local_sign_in, name="local"),
]
