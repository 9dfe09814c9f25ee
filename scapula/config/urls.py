"""Top-level URL map: pages at /, the JSON API at /api/."""

from django.urls import include, path

from scapula.api.api import api

urlpatterns = [
    path("", include("scapula.web.urls")),
    path("accounts/", include("scapula.accounts.urls")),
    path("", include("scapula.web.invitation_urls")),
    path("clinic/", include("scapula.web.workspace_urls")),
    path("clinic/program/", include("scapula.web.program_urls")),
    path("", include("scapula.web.audit_urls")),
    path("api/", api.urls),
]

handler400 = "scapula.config.handlers.bad_request"
handler403 = "scapula.config.handlers.permission_denied"
handler404 = "scapula.config.handlers.page_not_found"
handler500 = "scapula.config.handlers.server_error"
