"""Each patient's summary for the clinician's list, rebuilt from recent rows at every write.

A write to a patient's records (a session, a pain entry, a screening, a progression
decision, a plan, a check-in) calls `refresh_summary` inside its own transaction
(scapula.clinic.signals), so the list reads one small row per patient and never a year
of entries, and a write that is rolled back takes its summary change with it. Only the
last WINDOW_DAYS days are read, plus the three readings the baseline rests on.
"""

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from scapula.accounts.models import Role, User
from scapula.clinic.models import PatientSummary
from scapula.core import Mode
from scapula.core.outcomes import PainReading, baseline_of, function_trend
from scapula.core.outcomes.flags import PatientFacts, patient_flags
from scapula.core.outcomes.pain import BASELINE_ENTRIES, RESTING_CONTEXTS
from scapula.core.outcomes.recent import WINDOW_DAYS, RecentDays, recent_days
from scapula.core.session import ExerciseStatus
from scapula.plans.selectors import current_plan
from scapula.practice.models import PracticeExercise, PracticeSession
from scapula.screening.models import Screening
from scapula.tracking.models import PainEntry
from scapula.tracking.selectors import function_check_ins


def keeps_summary(patient: User) -> bool:
    """Only clinic patients have a clinician's list to feed: the personal owner costs nothing."""
    return (
        settings.SCAPULA_MODE is Mode.CLINIC
        and patient.role == Role.PATIENT
        and patient.clinic_id is not None
    )


def refresh_summary(patient: User, today: date) -> PatientSummary:
    """Rebuild the patient's summary from their recent records and store it (about 10 queries)."""
    since = today - timedelta(days=WINDOW_DAYS)
    resting = PainEntry.objects.filter(user=patient, context__in=RESTING_CONTEXTS)
    first = resting.order_by("recorded_on", "created_at", "id")[:BASELINE_ENTRIES]
    baseline = baseline_of([PainReading(e.recorded_on, e.score, e.context) for e in first])
    recent_pain = resting.filter(recorded_on__gt=since, recorded_on__lte=today)
    readings = [
        PainReading(on, score, context)
        for on, score, context in recent_pain.values_list("recorded_on", "score", "context")
    ]
    sessions = PracticeSession.objects.filter(user=patient)
    statuses: dict[date, list[str]] = {}
    for on, status in sessions.filter(performed_on__gt=since).values_list("performed_on", "status"):
        statuses.setdefault(on, []).append(status)
    window = recent_days(ends_on=today, statuses=statuses, readings=readings, days=WINDOW_DAYS)
    last_at = sessions.order_by("-started_at", "-id").values_list("started_at", flat=True).first()
    stops = [
        [on.isoformat(), reason]
        for on, reason in PracticeExercise.objects.filter(
            user=patient, status=ExerciseStatus.STOPPED, session__performed_on__gt=since
        )
        .order_by("session__performed_on", "id")
        .values_list("session__performed_on", "stop_reason")
    ]
    screening = Screening.objects.filter(user=patient).order_by("-created_at", "-id").first()
    plan = current_plan(user=patient)
    values: dict[str, Any] = {
        "last_activity_at": last_at,
        "window_ends_on": today,
        "activity_days": list(window.activity),
        "pain_days": list(window.pain_sums),
        "pain_counts": list(window.pain_counts),
        "baseline_pain": baseline,
        "plan_starts_on": plan.starts_on if plan else None,
        "screening_disposition": screening.disposition if screening else "",
        "screening_cleared": bool(screening and screening.clearances.exists()),
        "function_improved": _function_improved(patient),
        "stops": stops,
    }
    flags = patient_flags(facts_from(values), today)
    values["flags"] = [flag.kind.value for flag in flags]
    summary, _ = PatientSummary.objects.update_or_create(user=patient, defaults=values)
    return summary


# The stored fields the core's facts are read from, for a query that needs no model rows.
FACT_FIELDS = (
    "last_activity_at",
    "window_ends_on",
    "activity_days",
    "pain_days",
    "pain_counts",
    "baseline_pain",
    "plan_starts_on",
    "screening_disposition",
    "screening_cleared",
    "function_improved",
    "stops",
)


def facts_of(summary: PatientSummary) -> PatientFacts:
    """Read a stored summary back as the core's facts."""
    return facts_from({name: getattr(summary, name) for name in FACT_FIELDS})


def facts_from(stored: dict[str, Any]) -> PatientFacts:
    """Read a summary's FACT_FIELDS (as a query's values give them) as the core's facts."""
    window = RecentDays(
        stored["window_ends_on"],
        stored["activity_days"],
        stored["pain_days"],
        stored["pain_counts"],
    )
    last_on = window.last_active_on()
    if last_on is None and stored["last_activity_at"] is not None:
        last_on = timezone.localtime(stored["last_activity_at"]).date()
    return PatientFacts(
        screening_disposition=stored["screening_disposition"],
        screening_cleared=stored["screening_cleared"],
        plan_starts_on=stored["plan_starts_on"],
        last_session_on=last_on,
        stops=tuple((date.fromisoformat(day), reason) for day, reason in stored["stops"]),
        recent=window,
        baseline=stored["baseline_pain"],
        function_improved=stored["function_improved"],
    )


def _function_improved(patient: User) -> bool:
    """Whether the PSFS shows a real change, from the check-ins whose ratings are stored.

    A check-in row is written before its ratings; a rebuild in between sees none of them.
    """
    rated = [check_in for check_in in function_check_ins(user=patient) if check_in.scores]
    return function_trend(rated).is_meaningful
