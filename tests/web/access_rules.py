"""Who may use each route of the access matrix (tests/web/test_access_matrix.py).

Every route of the URL map and every API operation must find a rule here, by its name, by
its "METHOD /api/path", or by a pattern (any route taking a `patient_id`), or the matrix
fails naming it: a new door cannot escape the check.
"""

from dataclasses import dataclass, field
from typing import Any

from tests.web.test_api_bad_input import VALID_BODIES

# Who may use a route (the expected answer for each person and, where it takes one, whose id):
ANYONE = "anyone, signed in or not"
SIGNED_IN = "anyone signed in, each seeing only their own records"
RECORD_OWNER = "only the patient whose record the id names"
PATIENTS_CLINICIAN = "only the clinician of the patient the id names"
CLINIC_ADMIN = "only a clinic admin"
LINK_HOLDER = "whoever holds the secret link (no sign-in)"


@dataclass(frozen=True)
class Rule:
    """Who may use a route, how to call it, and what a success looks like."""

    who: str
    method: str = "GET"
    body: Any = None  # a form (pages) or JSON (API) body for a POST or PUT
    query: str = ""
    ok: tuple[int, ...] = (200,)
    # The signed-in patient's own markers must show (so their absence elsewhere means something).
    shows_own: bool = False
    # What a refusal of another's id looks like, when not a plain "not found".
    refused: tuple[int, ...] = (404,)
    notes: str = field(default="", compare=False)


def post(who: str, body: Any = None, ok: tuple[int, ...] = (302,), **more: Any) -> Rule:
    """A POST route: a page form that redirects, or an API body operation."""
    return Rule(who, method="POST", body=body if body is not None else {}, ok=ok, **more)


# Pages, by route name.
PAGES: dict[str, Rule] = {
    "web:home": Rule(ANYONE, ok=(200, 302), notes="a clinician is sent on to their patients"),
    "web:library": Rule(ANYONE),
    "web:exercise": Rule(ANYONE),
    "web:driver": Rule(ANYONE),
    "web:muscles": Rule(ANYONE),
    "web:manifest": Rule(ANYONE),
    "web:service-worker": Rule(ANYONE),
    "accounts:login": Rule(ANYONE),
    "accounts:logout": post(ANYONE),
    "web:safety": Rule(SIGNED_IN),
    "web:safety-recheck": Rule(SIGNED_IN),
    "web:safety-result": Rule(RECORD_OWNER),
    "web:safety-clearance": post(SIGNED_IN, {"cleared_by": "Dr Example"}, ok=(200, 302, 400)),
    "web:assessment": Rule(SIGNED_IN),
    "web:plan": Rule(SIGNED_IN),
    "web:handout": Rule(SIGNED_IN, ok=(200, 403)),
    "web:morning-pain": post(SIGNED_IN, {"score": 3}),
    "web:progress": Rule(SIGNED_IN),
    "web:pain-diary": post(SIGNED_IN, {"score": 4, "context": "usual", "note": "posted"}),
    "web:pain-correct": post(RECORD_OWNER, {"score": 9}, refused=(302,)),
    "web:pain-delete": post(RECORD_OWNER, refused=(302,)),
    "web:sessions": Rule(SIGNED_IN),
    "web:session": Rule(RECORD_OWNER),
    "web:your-data": Rule(SIGNED_IN),
    "web:export-json": Rule(SIGNED_IN, shows_own=True),
    "web:export-fhir": Rule(SIGNED_IN, shows_own=True),
    "web:export-csv": Rule(SIGNED_IN, shows_own=True),
    "web:import-json": post(SIGNED_IN, "IMPORT", ok=(200, 302, 400)),
    "web:delete-everything": post(SIGNED_IN, {"understood": "on"}),
    "web:function-check-in": Rule(SIGNED_IN, shows_own=True),
    "web:summary": Rule(SIGNED_IN),
    "web:player": Rule(SIGNED_IN),
    "web:reminders": Rule(SIGNED_IN),
    "web:reminders-revoke": post(SIGNED_IN, ok=(200,), notes="the new link, shown once"),
    "web:break": Rule(SIGNED_IN),
    "web:calendar-feed": Rule(LINK_HOLDER),
    "accounts:login-code": Rule(ANYONE, ok=(200, 302)),
    "accounts:password-reset": Rule(ANYONE, ok=(200, 302)),
    "accounts:password-reset-sent": Rule(ANYONE, ok=(200, 302)),
    "accounts:password-reset-confirm": Rule(ANYONE, ok=(200, 302), refused=(200, 302)),
    "accounts:password-reset-complete": Rule(ANYONE, ok=(200, 302)),
    "accounts:settings": Rule(SIGNED_IN),
    # Sign-in codes, the team, invitations and the patient list are staff pages: 404 for a patient.
    "accounts:two-step": Rule(SIGNED_IN, ok=(404,)),
    "accounts:local": Rule(ANYONE, ok=(404,), notes="personal mode only"),
    "invitation:team": Rule(SIGNED_IN, ok=(404,)),
    "invitation:invite-patient": Rule(SIGNED_IN, ok=(404,)),
    "invitation:revoke": post(SIGNED_IN, ok=(404,)),
    "invitation:join": Rule(ANYONE, ok=(200, 410), refused=(200, 410)),
    "workspace:patients": Rule(SIGNED_IN, ok=(404,)),
    "workspace:alert-seen": post(PATIENTS_CLINICIAN, ok=(302, 404)),
    "audit:clinic-audit": Rule(CLINIC_ADMIN),
    "audit:who-looked": Rule(SIGNED_IN),
    # The API's own pages (its operations are ruled one by one below).
    "api:openapi-json": Rule(ANYONE),
    "api:openapi-view": Rule(ANYONE),
    "api:api-root": Rule(ANYONE, ok=(404,), notes="nothing lives at /api/ itself"),
}

API_OK = (200, 201)
# API operations, by "METHOD /api/path" as the OpenAPI document names them.
OPERATIONS: dict[str, Rule] = {
    "GET /api/health": Rule(ANYONE),
    "GET /api/me": Rule(SIGNED_IN),
    "GET /api/program/changes": Rule(SIGNED_IN),
    "GET /api/exercises": Rule(ANYONE),
    "GET /api/exercises/{exercise_id}": Rule(ANYONE),
    "GET /api/screening": Rule(SIGNED_IN, ok=(200, 404)),
    "GET /api/plan": Rule(SIGNED_IN, ok=(200, 404)),
    "GET /api/session/today": Rule(SIGNED_IN, ok=(200, 403, 404, 409)),
    "GET /api/sessions": Rule(SIGNED_IN, shows_own=True),
    "GET /api/pain/trend": Rule(SIGNED_IN),
    "GET /api/check-ins": Rule(SIGNED_IN, shows_own=True),
    "GET /api/progress": Rule(SIGNED_IN, shows_own=True),
    "GET /api/reminders": Rule(SIGNED_IN),
    "GET /api/reminders/today": Rule(SIGNED_IN),
    "GET /api/export/json": Rule(SIGNED_IN, shows_own=True),
    "GET /api/export/csv": Rule(SIGNED_IN, query="?kind=pain", shows_own=True),
    "GET /api/export/pdf": Rule(SIGNED_IN, ok=(200, 403)),
    "GET /api/export/fhir": Rule(SIGNED_IN, shows_own=True),
    "POST /api/import/json": post(SIGNED_IN, "IMPORT", ok=(201, 400)),
    "PUT /api/reminders": Rule(
        SIGNED_IN, method="PUT", body=VALID_BODIES["PUT /api/reminders"], ok=API_OK
    ),
    "POST /api/reminders/revoke": post(SIGNED_IN, ok=API_OK),
    "POST /api/me/delete": post(SIGNED_IN, VALID_BODIES["POST /api/me/delete"], ok=API_OK),
}
for _operation in ("POST /api/screening", "POST /api/plan", "POST /api/pain"):
    OPERATIONS[_operation] = post(SIGNED_IN, VALID_BODIES[_operation], ok=API_OK)
# A session or check-in can be refused for a person without a plan or before the right day.
for _operation in ("POST /api/sessions", "POST /api/check-ins"):
    OPERATIONS[_operation] = post(SIGNED_IN, VALID_BODIES[_operation], ok=(200, 201, 400, 409))

# Rules by pattern, for routes to come: (what they match, test, rule).
PATTERNS: list[tuple[str, Any, Rule]] = [
    ("any route with a patient id", lambda args: "patient_id" in args, Rule(PATIENTS_CLINICIAN)),
]


def rule_for(key: str, kwargs: tuple[str, ...]) -> Rule | None:
    """The rule of a route ("web:plan" or "GET /api/plan"), by name first, then by pattern."""
    found = PAGES.get(key) or OPERATIONS.get(key)
    if found is not None:
        return found
    for _what, matches, rule in PATTERNS:
        if matches(kwargs):
            return rule
    return None
