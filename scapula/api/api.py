"""The NinjaAPI instance: routers, authentication and the OpenAPI document."""

from ninja import NinjaAPI, Swagger
from ninja.security import django_auth

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
