"""GET /api/health: is the app up and can it reach its database."""

from django.db import DatabaseError, connection
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status

from scapula import __version__
from scapula.api.schemas import ERROR_RESPONSES

router = Router(tags=["health"])


class HealthOut(Schema):
    """The app's state, for monitors and load balancers."""

    status: str
    version: str
    database: str


def _database_state() -> str:
    """Return "ok" when a trivial query succeeds, else "unavailable"."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


@router.get("/health", auth=None, response={200: HealthOut, 503: HealthOut, **ERROR_RESPONSES})
def health(request: HttpRequest) -> Status[HealthOut]:
    """Report whether the app is running and its database answers."""
    database = _database_state()
    status = "ok" if database == "ok" else "unavailable"
    body = HealthOut(status=status, version=__version__, database=database)
    return Status(200 if status == "ok" else 503, body)
