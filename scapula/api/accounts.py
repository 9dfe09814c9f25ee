"""GET /api/me: who the API is acting for."""

from django.conf import settings
from django.http import HttpRequest
from ninja import Router, Schema

from scapula.api.schemas import ERROR_RESPONSES

router = Router(tags=["accounts"])


class MeOut(Schema):
    """The signed-in account and the mode the server runs in."""

    username: str
    is_owner: bool
    mode: str


@router.get("/me", response={200: MeOut, **ERROR_RESPONSES})
def me(request: HttpRequest) -> MeOut:
    """Return the account the request acts for (the owner on this machine in personal mode)."""
    user = request.user
    return MeOut(
        username=user.get_username(),
        is_owner=bool(getattr(user, "is_owner", False)),
        mode=settings.SCAPULA_MODE.value,
    )
