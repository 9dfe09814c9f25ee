"""Error handlers: JSON in the shared error shape under /api/, a friendly page elsewhere."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse

from scapula.api.errors import code_for_status, error_response
from scapula.web.views import render_error_page

_PAGES = {
    400: ("Something in that request was wrong", "Go back and try again."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Page not found", "There is nothing at this address."),
    500: (
        "Something went wrong on our side",
        "Your saved data is safe. Please try again in a moment.",
    ),
}


def _respond(request: HttpRequest, status: int) -> HttpResponse:
    """Answer an error in the form the caller expects."""
    title, text = _PAGES[status]
    if request.path.startswith("/api/"):
        return error_response(status, code_for_status(status), title + ".")
    return render_error_page(request, status, title, text)


@login_not_required
def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer 400."""
    return _respond(request, 400)


@login_not_required
def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer 403."""
    return _respond(request, 403)


@login_not_required
def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer 404."""
    return _respond(request, 404)


@login_not_required
def server_error(request: HttpRequest) -> HttpResponse:
    """Answer 500."""
    return _respond(request, 500)
