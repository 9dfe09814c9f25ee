"""GET /api/program/changes: the clinician's changes to the signed-in person's program."""

from ninja import Field, Router, Schema

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.api.schemas import ERROR_RESPONSES
from scapula.clinic.program import program_changes_for

router = Router(tags=["program"])


class ProgramChangeOut(Schema):
    """One change as the patient reads it."""

    kind: str = Field(description="swap, dose, add, remove or note")
    who: str
    when: str = Field(description="When it was made (ISO 8601)")
    what: str = Field(description="The change in plain words, with the new dose")
    why: str = Field(description="The clinician's reason")


class ProgramChangesOut(Schema):
    """The changes, newest first; today's routine (GET /api/session/today) already has them."""

    changes: list[ProgramChangeOut]


@router.get("/program/changes", response={200: ProgramChangesOut, **ERROR_RESPONSES})
def program_changes(request: AuthenticatedHttpRequest) -> ProgramChangesOut:
    """Return who changed the person's program, when, what and why, newest first."""
    return ProgramChangesOut(
        changes=[
            ProgramChangeOut(
                kind=c.kind, who=c.who, when=c.when.isoformat(), what=c.what, why=c.why
            )
            for c in program_changes_for(request.user)
        ]
    )
