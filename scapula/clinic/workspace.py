"""Reads for the clinician's workspace: the patient list and one patient's page.

The list reads each listed patient's summary row (kept current by every write, see
scapula.clinic.summary) and the unread alert counts: three queries however many patients
a clinician has, and no year of rows. The core works out adherence, the pain change and
the flags from those facts on the day the list is shown.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Count, Q

from scapula.accounts.models import User
from scapula.clinic.access import visible_patients
from scapula.clinic.alerts import alerts_of
from scapula.clinic.models import Alert, PatientSummary
from scapula.clinic.summary import FACT_FIELDS, facts_from, facts_of
from scapula.core.outcomes.flags import Flag, FlagKind, PatientFacts, pain_change, patient_flags
from scapula.practice.history import PastSession, session_history
from scapula.practice.overview import ProgressOverview, progress_overview
from scapula.screening.models import Screening

SPARK_DAYS = 28
SORTS = {
    "name": "Name",
    "activity": "Last activity, latest first",
    "adherence": "Adherence over 7 days, lowest first",
    "pain": "Pain change, most worsened first",
}


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One patient of the list, as the clinician reads it."""

    id: int
    name: str
    email: str
    last_activity_at: datetime | None
    adherence_7: float | None
    adherence_28: float | None
    facts: PatientFacts  # the sparkline is drawn from these, for the rows shown only
    pain_change: float | None
    flags: tuple[Flag, ...]
    unread_alerts: int


def display_name(person: User) -> str:
    """The person's name, or their e-mail address without one."""
    return person.get_full_name().strip() or person.email or person.username


def patient_rows(
    actor: User,
    *,
    today: date,
    sort: str = "name",
    flagged_only: bool = False,
    idle_only: bool = False,
    search: str = "",
) -> list[PatientRow]:
    """The actor's patients with their figures (nobody else's), filtered and sorted."""
    patients = visible_patients(actor)
    if search.strip():
        words = search.strip()
        patients = patients.filter(
            Q(first_name__icontains=words)
            | Q(last_name__icontains=words)
            | Q(email__icontains=words)
        )
    # Plain values, not model rows: a thousand patients are read in a few milliseconds.
    people = patients.order_by("id").values("id", "first_name", "last_name", "email", "username")
    summaries = {
        stored.pop("user_id"): stored
        for stored in PatientSummary.objects.filter(user__in=patients.values("id")).values(
            "user_id", *FACT_FIELDS
        )
    }
    unread = dict(
        Alert.objects.filter(user__in=patients.values("id"), seen_at__isnull=True)
        .values("user_id")
        .annotate(count=Count("id"))
        .values_list("user_id", "count")
    )
    rows = [
        _row(person, summaries.get(person["id"]), unread.get(person["id"], 0), today)
        for person in people
    ]
    if flagged_only:
        rows = [row for row in rows if row.flags]
    if idle_only:
        rows = [row for row in rows if any(f.kind == FlagKind.NO_SESSION for f in row.flags)]
    return sort_rows(rows, sort)


def _row(
    person: Mapping[str, Any], summary: dict[str, Any] | None, unread: int, today: date
) -> PatientRow:
    facts = facts_from(summary) if summary is not None else PatientFacts()
    name = f"{person['first_name']} {person['last_name']}".strip()
    return PatientRow(
        id=person["id"],
        name=name or person["email"] or person["username"],
        email=person["email"],
        last_activity_at=summary["last_activity_at"] if summary else None,
        adherence_7=facts.recent.adherence_rate(
            starts_on=facts.plan_starts_on, today=today, days=7
        ),
        adherence_28=facts.recent.adherence_rate(
            starts_on=facts.plan_starts_on, today=today, days=28
        ),
        facts=facts,
        pain_change=pain_change(facts, today),
        flags=patient_flags(facts, today),
        unread_alerts=unread,
    )


def sort_rows(rows: list[PatientRow], sort: str) -> list[PatientRow]:
    """Sort by name, latest activity, lowest adherence or most worsened pain (unknown last)."""
    by_name = sorted(rows, key=lambda row: row.name.casefold())
    if sort == "activity":
        return sorted(
            by_name, key=lambda r: (r.last_activity_at is None, -_stamp(r.last_activity_at))
        )
    if sort == "adherence":
        return sorted(by_name, key=lambda r: (r.adherence_7 is None, r.adherence_7 or 0.0))
    if sort == "pain":
        return sorted(by_name, key=lambda r: (r.pain_change is None, -(r.pain_change or 0.0)))
    return by_name


def _stamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else 0.0


@dataclass(frozen=True, slots=True)
class PatientPage:
    """Everything the clinician's page about one patient shows."""

    patient: User
    name: str
    overview: ProgressOverview
    sessions: list[PastSession]
    screenings: list[Screening]
    alerts: list[Alert]
    flags: tuple[Flag, ...]


def patient_page(patient: User, *, today: date) -> PatientPage:
    """Gather one patient's progress, sessions, screenings with clearances, alerts and flags.

    The patient comes from scapula.clinic.access.patient_for, which checked and audited
    the look; nothing here decides who may see what.
    """
    summary = PatientSummary.objects.filter(user=patient).first()
    screenings = Screening.objects.filter(user=patient).prefetch_related("clearances")
    return PatientPage(
        patient=patient,
        name=display_name(patient),
        overview=progress_overview(user=patient, today=today),
        sessions=session_history(user=patient, limit=50),
        screenings=list(screenings.order_by("-created_at", "-id")),
        alerts=list(alerts_of(patient)[:50]),
        flags=patient_flags(facts_of(summary), today) if summary else (),
    )
