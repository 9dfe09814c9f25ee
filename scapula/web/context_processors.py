"""Values every page template can use."""

from django.conf import settings
from django.http import HttpRequest

from scapula import __version__
from scapula.core import Mode


def product(request: HttpRequest) -> dict[str, object]:
    """Return the version and the running mode for the layout."""
    return {
        "scapula_version": __version__,
        "personal_mode": settings.SCAPULA_MODE is Mode.PERSONAL,
    }
