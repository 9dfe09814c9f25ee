"""Page views: each parses the request, calls the core or a service, and renders."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from scapula.core.drivers import DRIVERS
from scapula.core.sources import resolve_all
from scapula.core.warning_signs import THORACIC_PAIN_SOURCES, WARNING_SIGNS


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """Say what scapula is, that it is not medical advice, and when to get help instead."""
    context = {
        "drivers": [(driver, resolve_all(driver.sources)) for driver in DRIVERS],
        "warning_signs": [(sign, resolve_all((sign.source,))) for sign in WARNING_SIGNS],
        "thoracic_sources": resolve_all(THORACIC_PAIN_SOURCES),
    }
    return render(request, "web/home.html", context)


def render_error_page(request: HttpRequest, status: int, title: str, text: str) -> HttpResponse:
    """Render the shared error page with a status, a heading and one sentence."""
    context = {"status": status, "title": title, "text": text}
    return render(request, "web/error.html", context, status=status)
