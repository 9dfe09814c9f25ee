"""Give 4xx answers that Django makes itself under /api/ (405, 404, 400) the shared JSON shape."""

import json
from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse

from scapula.api.errors import code_for_status, error_response
from scapula.portability.json_export import IMPORT_MAX_BYTES

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


JSON_TYPES = ("application/json",)
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class JsonBodyMiddleware:
    """Read an API request's body once, by its content type, before anything else does.

    Every API body is a JSON object: anything else is refused here with the shared error
    shape, so no view (nor the CSRF check, which would parse a form) meets a multipart
    body, an array, or a NUL character that PostgreSQL cannot store.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and request.method in BODY_METHODS:
            refusal = self._refusal(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def _refusal(self, request: HttpRequest) -> HttpResponse | None:
        """Return the answer to a body no endpoint can take, or None for a usable one."""
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length in ("0", "") and "chunked" not in request.META.get("HTTP_TRANSFER_ENCODING", ""):
            return None  # no body: the endpoint decides whether it needs one
        kind = request.content_type or ""
        if not (kind in JSON_TYPES or (kind.startswith("application/") and kind.endswith("+json"))):
            message = f"Send the body as application/json, not {kind or 'an unnamed type'}."
            return error_response(415, "unsupported_media_type", message, "Content-Type")
        try:
            data = json.loads(_body(request))
        except RequestDataTooBig:
            return error_response(413, "too_large", _MESSAGES[413], "body")
        except (ValueError, UnicodeDecodeError, RecursionError):
            return error_response(400, "invalid_json", "The body is not valid JSON.", "body")
        if not isinstance(data, dict):
            return error_response(400, "invalid", "The body must be a JSON object.", "body")
        where = _nul_at(data)
        if where is not None:
            return error_response(
                400, "invalid", f"{where}: must not contain a NUL character.", where
            )
        return None


# Routes whose body may be larger than the usual limit: a whole export coming back in.
LARGE_BODIES = {"/api/import/json": IMPORT_MAX_BYTES}


def _body(request: HttpRequest) -> bytes:
    """The body, read once; an import may be as large as its own limit, not the usual one."""
    limit = LARGE_BODIES.get(request.path)
    if limit is None:
        return request.body
    data = request.read(limit + 1)
    if len(data) > limit:
        raise RequestDataTooBig("the export is larger than any scapula export")
    # Kept where Django's own request.body looks, so the endpoint reads the same bytes.
    request._body = data
    return data


def _nul_at(value: object, path: str = "") -> str | None:
    """The dotted place of the first text holding a NUL character (keys too), or None."""
    if isinstance(value, str):
        return (path or "body") if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            place = f"{path}.{key}" if path else str(key)
            if "\x00" in str(key):
                return path or "body"
            found = _nul_at(item, place)
            if found:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _nul_at(item, f"{path}.{index}" if path else str(index))
            if found:
                return found
    return None
