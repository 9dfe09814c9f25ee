"""Every page a person can reach, built from the URL map, for the accessibility and wording walks.

A named page route must be walked here or excluded with a reason in NOT_WALKED, so a new
page cannot be forgotten (tests/web/test_page_walk.py checks it).
"""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from scapula.catalog import shipped_catalog
from scapula.core.drivers import DRIVERS

# Namespaces whose routes are not pages a person reads.
NOT_PAGE_NAMESPACES = {"api": "the JSON API, for programs, not a page a person reads"}

NOT_WALKED = {
    "web:pain-correct": "POST only: corrects a diary entry, then returns to the diary",
    "web:pain-delete": "POST only: removes a diary entry, then returns to the diary",
    "web:morning-pain": "POST only: a GET goes back to the plan",
    "web:reminders-revoke": "POST only: makes a new calendar link, shown once",
    "web:calendar-feed": "an iCalendar feed for calendar apps, not a page",
    "web:manifest": "the web-app manifest (JSON), not a page",
    "web:service-worker": "the service worker script, not a page",
    "accounts:logout": "POST only: signs out, then goes to the start page",
    "accounts:login-code": "only after a password step (test_clinic_accounts_two_step.py)",
    "accounts:password-reset-confirm": "only from an e-mailed link (test_clinic_accounts_reset.py)",
    "accounts:two-step": "clinic staff only (tests/web/test_clinic_accounts_two_step.py)",
    "web:import-json": "POST only: brings an uploaded export in, then returns to Your data",
    "web:delete-everything": "POST only: deletes everything, then goes to the start page",
    "web:export-json": "a JSON download, not a page",
    "web:export-csv": "a CSV download, not a page",
    "web:export-fhir": "a FHIR JSON download, not a page",
    "invitation:team": "clinic mode only, for admins; tests/web/test_invitations.py reads it",
    "invitation:invite-patient": "clinic mode only, for clinicians; test_invitations reads it",
    "invitation:revoke": "POST only: withdraws an invitation, then returns to its page",
    "invitation:join": "needs a live invitation link; tests/web/test_invitations.py reads it",
    "web:handout": "a PDF download, not a page (tests/web/test_handout.py reads its text)",
    "program:editor": "a clinician's page in clinic mode, beyond the personal walk's owner "
    "(tests/web/test_program_editor.py reads it in plain words)",
    "workspace:patients": "clinic mode, clinicians only (tests/web/test_workspace*.py walk it)",
    "workspace:patient": "clinic mode, clinicians only (tests/web/test_workspace*.py walk it)",
    "workspace:alert-seen": "POST only: marks an alert seen, then returns to the patient's page",
    "audit:clinic-audit": (
        "clinic admins only, and the walk signs in as the personal-mode owner "
        "(tests/web/test_audit_pages.py reads its words)"
    ),
}

# A sample of the catalog for the slow browser walk: one each-side exercise, one self-test.
SAMPLE_EXERCISES = ("wall-neck-side-bend", "thoracic-rotation-test")


@dataclass(frozen=True)
class WalkedPage:
    """One page of the walk: a short label for file names, its route name and its path."""

    label: str
    route: str
    path: str


def named_page_routes() -> set[str]:
    """Return every named route of the URL map outside the API ("namespace:name")."""
    names: set[str] = set()

    def visit(patterns, namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                if inner not in NOT_PAGE_NAMESPACES:
                    visit(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    visit(get_resolver().url_patterns, "")
    return names


def walked_pages(
    *, screening_id: int | None = None, session_id: int | None = None, exercises=SAMPLE_EXERCISES
) -> list[WalkedPage]:
    """Return the pages to walk; pass the ids of a safety check and a session once they exist."""
    if exercises == "all":
        exercises = shipped_catalog().ids
    pages = [
        WalkedPage("home", "web:home", reverse("web:home")),
        WalkedPage("library", "web:library", reverse("web:library")),
        WalkedPage("library-filtered", "web:library", reverse("web:library") + "?q=row"),
        WalkedPage("muscles", "web:muscles", reverse("web:muscles")),
        WalkedPage("safety", "web:safety", reverse("web:safety")),
        WalkedPage("safety-recheck", "web:safety-recheck", reverse("web:safety-recheck")),
        WalkedPage("safety-clearance", "web:safety-clearance", reverse("web:safety-clearance")),
        WalkedPage("assessment", "web:assessment", reverse("web:assessment")),
        WalkedPage("plan", "web:plan", reverse("web:plan")),
        WalkedPage("player", "web:player", reverse("web:player")),
        WalkedPage("progress", "web:progress", reverse("web:progress")),
        WalkedPage("pain-diary", "web:pain-diary", reverse("web:pain-diary")),
        WalkedPage("sessions", "web:sessions", reverse("web:sessions")),
        WalkedPage("your-data", "web:your-data", reverse("web:your-data")),
        WalkedPage("who-looked", "audit:who-looked", reverse("audit:who-looked")),
        WalkedPage("check-in", "web:function-check-in", reverse("web:function-check-in")),
        WalkedPage("summary", "web:summary", reverse("web:summary")),
        WalkedPage("reminders", "web:reminders", reverse("web:reminders")),
        WalkedPage("break", "web:break", reverse("web:break")),
        WalkedPage("login", "accounts:login", reverse("accounts:login")),
        WalkedPage("sign-in-link", "accounts:local", reverse("accounts:local")),
        WalkedPage("account", "accounts:settings", reverse("accounts:settings")),
        WalkedPage("reset", "accounts:password-reset", reverse("accounts:password-reset")),
        WalkedPage(
            "reset-sent", "accounts:password-reset-sent", reverse("accounts:password-reset-sent")
        ),
        WalkedPage(
            "reset-done",
            "accounts:password-reset-complete",
            reverse("accounts:password-reset-complete"),
        ),
    ]
    for exercise_id in exercises:
        path = reverse("web:exercise", args=[exercise_id])
        pages.append(WalkedPage(f"exercise-{exercise_id}", "web:exercise", path))
    pages.append(WalkedPage("exercise-mirrored", "web:exercise", f"{path}?side=other"))
    for driver in DRIVERS:
        path = reverse("web:driver", args=[driver.id])
        pages.append(WalkedPage(f"driver-{driver.id}", "web:driver", path))
    if screening_id is not None:
        path = reverse("web:safety-result", args=[screening_id])
        pages.append(WalkedPage("safety-result", "web:safety-result", path))
    if session_id is not None:
        path = reverse("web:session", args=[session_id])
        pages.append(WalkedPage("session", "web:session", path))
    return pages
