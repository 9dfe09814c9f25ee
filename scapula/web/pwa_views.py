"""The web app manifest and the service worker, so the player installs and works offline."""

from functools import lru_cache
from pathlib import Path

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control

from scapula import __version__

SERVICE_WORKER = Path(__file__).resolve().parent / "static" / "scapula" / "sw.js"


@login_not_required
@cache_control(max_age=3600)
def manifest(request: HttpRequest) -> JsonResponse:
    """Describe the installable app: name, start page, colours and icons."""
    icons = [
        {
            "src": static(f"scapula/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": "any",
        }
        for size in (192, 512)
    ] + [
        {
            "src": static(f"scapula/icon-maskable-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": "maskable",
        }
        for size in (192, 512)
    ]
    data = {
        "name": "scapula: exercise for upper-back pain",
        "short_name": "scapula",
        "description": "A guided corrective-exercise program for pain between the shoulder "
        "blades. Not medical advice.",
        "start_url": "/plan/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f7f8f6",
        "theme_color": "#1f6f5c",
        "icons": icons,
    }
    response = JsonResponse(data)
    response["Content-Type"] = "application/manifest+json"
    return response


@lru_cache(maxsize=1)
def _service_worker_source() -> str:
    return SERVICE_WORKER.read_text(encoding="utf-8").replace("__VERSION__", __version__)


@login_not_required
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    """Serve the service worker from the root, so it may control every page."""
    return HttpResponse(_service_worker_source(), content_type="text/javascript")
