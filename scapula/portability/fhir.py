"""A person's data as a FHIR R4 Bundle (collection), and the same bundle read back in.

Every door (`scapula export fhir`, `GET /api/export/fhir`, `scapula import fhir`) calls
these two services; the mapping itself is the core's (`scapula.core.fhir`).
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from django.db import transaction
from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.services import set_display_name
from scapula.catalog import shipped_catalog
from scapula.clinic.signals import deferred_summaries
from scapula.core import ScapulaError
from scapula.core.fhir import PersonRecords, ResourceIds, export_bundle, read_bundle
from scapula.core.fhir.codes import SCAPULA
from scapula.plans.models import StoredPlan
from scapula.portability.fhir_records import person_records
from scapula.portability.fhir_validation import check_export, check_import
from scapula.portability.fhir_writes import write_records
from scapula.practice.models import DoseChange, PracticeSession
from scapula.screening.models import Screening
from scapula.tracking.models import OutcomeCheckIn, PainEntry, PsfsActivity

FHIR_JSON = "application/fhir+json"
# What an import writes; an account holding any of these is not empty.
PERSON_DATA = (
    PainEntry,
    PsfsActivity,
    OutcomeCheckIn,
    Screening,
    StoredPlan,
    DoseChange,
    PracticeSession,
)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote, counted, and the resources it left aside."""

    pains: int
    check_ins: int
    screenings: int
    sessions: int
    plan: bool
    ignored: dict[str, int] = field(default_factory=dict)

    def words(self) -> str:
        """Say what was imported, in one sentence."""
        parts = [
            _count(self.pains, "pain score"),
            _count(self.check_ins, "check-in"),
            _count(self.screenings, "safety check"),
            _count(self.sessions, "session"),
        ]
        said = ", ".join(parts) + (" and the program" if self.plan else "")
        left = ", ".join(f"{count} {kind}" for kind, count in sorted(self.ignored.items()))
        return f"Imported {said}." + (f" Left aside (not kept by scapula): {left}." if left else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def export_fhir(*, user: User, today: date, now: datetime) -> dict[str, Any]:
    """Return the person's records as a validated FHIR R4 collection Bundle."""
    records = person_records(user=user, today=today)
    bundle = export_bundle(records, ids=ResourceIds(account_seed(user)), now=_local(now))
    check_export(bundle)
    return bundle


def export_fhir_json(*, user: User, today: date, now: datetime) -> str:
    """Return the Bundle as FHIR JSON text."""
    bundle = export_fhir(user=user, today=today, now=now)
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


def account_seed(user: User) -> UUID:
    """The seed of the account's resource ids: the same on every export of this account."""
    return uuid5(NAMESPACE_URL, f"{SCAPULA}/account/{user.pk}/{user.date_joined.isoformat()}")


def import_fhir(user: User, bundle_json: str | bytes) -> ImportSummary:
    """Write a scapula FHIR bundle into an empty account, all or nothing."""
    bundle = check_import(_parse(bundle_json))
    records = read_bundle(bundle, known_exercises=frozenset(shipped_catalog().ids))
    with transaction.atomic(), deferred_summaries():
        # Lock the account so two imports at once cannot both find it empty.
        locked = User.objects.select_for_update().get(pk=user.pk)
        _require_empty(locked)
        if records.name and not locked.first_name:
            set_display_name(user=user, name=records.name)
        write_records(locked, records)
    return _summary(records)


def _parse(bundle_json: str | bytes) -> object:
    try:
        return json.loads(bundle_json)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ScapulaError(f"is not valid JSON ({error})", field="bundle") from None


def _require_empty(user: User) -> None:
    """Refuse to mix an import with records the account already has."""
    if any(model.objects.filter(user=user).exists() for model in PERSON_DATA):
        raise ScapulaError(
            "this account already has records; import into a new, empty account",
            field="account",
        )


def _summary(records: PersonRecords) -> ImportSummary:
    return ImportSummary(
        pains=len(records.pains),
        check_ins=len(records.check_ins),
        screenings=len(records.screenings),
        sessions=len(records.sessions),
        plan=records.plan is not None,
        ignored=dict(records.ignored),
    )


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment
