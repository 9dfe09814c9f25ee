"""GET /api/progress: pain, everyday activities, sessions and the review decision."""

from django.utils import timezone
from ninja import Router

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.api.today_schemas import ProgressOut
from scapula.practice.overview import overview_as_dict, progress_overview

router = Router(tags=["progress"])


@router.get("/progress", response={200: ProgressOut, **ERROR_RESPONSES})
def get_progress(request: AuthenticatedHttpRequest) -> ProgressOut:
    """Return what the progress page shows, as numbers with their sources."""
    return ProgressOut.model_validate(
        overview_as_dict(progress_overview(user=request.user, today=timezone.localdate()))
    )
