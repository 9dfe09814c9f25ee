"""Give 4xx answers that Django makes itself under /api/ (405, 404, 400) the shared JSON shape."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from scapula.api.errors import code_for_status, error_response

_MESSAGES = {
    400: "The request could not be read.",
    403: "You may not do this.",
    404: "There is no such endpoint.",
    405: "This endpoint does not accept that method.",
    413: "The request body is too large.",
}


class ApiErrorShapeMiddleware:
    """Rewrite non-JSON client errors on API paths into the error shape."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/api/") or not 400 <= response.status_code < 500:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        return self._reshape(response)

    def _reshape(self, response: HttpResponse) -> HttpResponse:
        """Copy status and Allow header into a JSON error response."""
        status = response.status_code
        message = _MESSAGES.get(status, "The request was refused.")
        reshaped = error_response(status, code_for_status(status), message)
        if response.has_header("Allow"):
            reshaped["Allow"] = response["Allow"]
        return reshaped
