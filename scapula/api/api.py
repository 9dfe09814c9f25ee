"""The NinjaAPI instance: routers, authentication and the OpenAPI document."""

from django.conf import settings
from django.http import HttpRequest
from ninja import NinjaAPI, Swagger
from ninja.security import django_auth
from ninja.throttling import UserRateThrottle

from scapula import __version__
from scapula.api import (
    accounts,
    check_ins,
    exercises,
    health,
    plans,
    portability,
    practice,
    program,
    progress,
    reminders,
    screening,
    tracking,
)
from scapula.api.errors import register_error_handlers


class SettingsRateThrottle(UserRateThrottle):
    """Limit each person (or, signed out, each address) to SCAPULA_API_RATE_LIMIT requests.

    The rate is read at each request, so a test or an operator's change takes effect
    without rebuilding the API; None switches the limit off.
    """

    def __init__(self) -> None:
        self.num_requests, self.duration = None, None

    def allow_request(self, request: HttpRequest) -> bool:
        """Count this request against its sender's window; False when over the limit."""
        rate = settings.SCAPULA_API_RATE_LIMIT
        if rate is None:
            return True
        self.num_requests, self.duration = rate
        return super().allow_request(request)


api = NinjaAPI(
    title="scapula API",
    version=__version__,
    description=(
        "JSON API of scapula, a corrective-exercise program for pain between the shoulder "
        "blades. Every request body is a JSON object sent as application/json (anything "
        "else answers 415), and no text in it may contain a NUL character. "
        "Every 4xx answer has the body "
        '{"error": {"code": ..., "message": ..., "field": ...}}. Not medical advice.'
    ),
    auth=django_auth,
    throttle=SettingsRateThrottle(),
    openapi_url="/openapi.json",
    docs=Swagger(settings={"validatorUrl": None}),
    docs_url="/docs",
    urls_namespace="api",
)

register_error_handlers(api)
api.add_router("/", health.router)
api.add_router("/", accounts.router)
api.add_router("/", exercises.router)
api.add_router("/", screening.router)
api.add_router("/", plans.router)
api.add_router("/", practice.router)
api.add_router("/", tracking.router)
api.add_router("/", check_ins.router)
api.add_router("/", progress.router)
api.add_router("/", reminders.router)
api.add_router("/", portability.router)
api.add_router("/", program.router)
