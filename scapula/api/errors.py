"""Map every failure to the one error shape: {"error": {"code", "message", "field"}}."""

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from scapula.core import ScapulaError
from scapula.core.screening import ExerciseLockedError

_LOCATIONS = frozenset({"body", "query", "path", "header", "cookie", "form"})


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    """Return the JSON body shared by every 4xx answer."""
    return {"error": {"code": code, "message": message, "field": field}}


def error_response(status: int, code: str, message: str, field: str | None = None) -> JsonResponse:
    """Return a JSON error response in the shared shape."""
    return JsonResponse(error_body(code, message, field), status=status)


def code_for_status(status: int) -> str:
    """Return a stable machine-readable code for an HTTP status."""
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")


def field_from_location(location: Sequence[Any]) -> str | None:
    """Turn pydantic's error location into the dotted name of the user's field."""
    parts = [str(part) for part in location]
    if parts and parts[0] in _LOCATIONS:
        # A body schema parameter adds its own name after "body"; the user never sees it.
        parts = parts[2:] if parts[0] == "body" and len(parts) > 2 else parts[1:]
    return ".".join(parts) or None


def _validation_message(error: dict[str, Any], field: str | None) -> str:
    """Phrase the first validation problem as a sentence naming the field."""
    text = str(error.get("msg", "is not valid"))
    return f"{field}: {text}" if field else text


def _field_of(request: HttpRequest) -> str | None:
    """Name the path parameter a 404 is about, when the route has exactly one."""
    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match else {}
    return next(iter(kwargs)) if len(kwargs) == 1 else None


def register_error_handlers(api: NinjaAPI) -> None:
    """Install the handlers that give every API failure the shared shape."""

    @api.exception_handler(ValidationError)
    def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        first = exc.errors[0] if exc.errors else {}
        field = field_from_location(first.get("loc", ()))
        return error_response(422, "invalid", _validation_message(first, field), field)

    @api.exception_handler(ExerciseLockedError)
    def on_locked(request: HttpRequest, exc: ExerciseLockedError) -> HttpResponse:
        return error_response(403, exc.code, exc.message, None)

    @api.exception_handler(ScapulaError)
    def on_domain_error(request: HttpRequest, exc: ScapulaError) -> HttpResponse:
        return error_response(400, exc.code, exc.message, exc.field)

    @api.exception_handler(AuthenticationError)
    def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(401, "not_authenticated", "Sign in to use this endpoint.")

    @api.exception_handler(Throttled)
    def on_throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
        response = error_response(
            429, "too_many_requests", "Too many requests: wait a moment, then try again."
        )
        response["Retry-After"] = str(max(1, round(exc.wait or 1)))
        return response

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return error_response(exc.status_code, code_for_status(exc.status_code), exc.message)

    @api.exception_handler(RequestDataTooBig)
    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(413, "too_large", "The request body is too large.")

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(404, "not_found", str(exc) or "Not found.", _field_of(request))
