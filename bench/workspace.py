"""The clinician's dashboard: the patient list of 1,000 patients with a year of records each.

Run inside a clinic instance's environment (`python -m bench.workspace`): seeds one clinic,
a clinician with 1,000 patients and another with 100, a year of pain entries and (most
days) a session for everyone with bulk inserts, then builds every summary with the real
`refresh_summary` (a bulk insert sends no signals), and writes a last day for a few
patients through the services, so the signal path is measured too. Times GET /clinic/
(the whole page, rendered) and counts its queries at 100 and 1,000 patients. Prints JSON.
"""

import json
import os
import random
import statistics
from datetime import timedelta
from time import perf_counter

QUICK = os.environ.get("SCAPULA_BENCH_QUICK") == "1"
PEOPLE = 200 if QUICK else 1000
SMALL = 100
DAYS = 30 if QUICK else 365
THROUGH_SERVICES = 5
RUNS = 5
BATCH = 5000


def seed(rng: random.Random) -> tuple[object, object, float]:
    """Create the clinic, its clinicians and patients with a year of records each."""
    from django.db import transaction
    from django.utils import timezone

    from bench.cohort import seed_records
    from scapula.accounts.models import Clinic, Role, User
    from scapula.clinic.models import Alert
    from scapula.clinic.summary import refresh_summary

    today = timezone.localdate()
    start = today - timedelta(days=DAYS - 1)
    days = [start + timedelta(days=n) for n in range(DAYS)]
    with transaction.atomic():
        clinic = Clinic.objects.create(name="Bench Clinic")
        # "!" is Django's mark of an unusable password: nobody can sign in as them.
        big, small = (
            User.objects.create(
                username=name, email=f"{name}@bench.example", password="!",  # noqa: S106
                role=Role.CLINICIAN, clinic=clinic,
            )
            for name in ("clinician", "clinician-small")
        )  # fmt: skip
        patients = User.objects.bulk_create(
            User(
                username=f"patient{n:04d}", email=f"patient{n:04d}@bench.example",
                first_name=f"Patient {n:04d}", password="!",  # noqa: S106
                role=Role.PATIENT, clinic=clinic, clinician=big if n < PEOPLE else small,
            )
            for n in range(PEOPLE + SMALL)
        )  # fmt: skip
        seed_records(patients, days, rng)
        for patient in patients:
            refresh_summary(patient, today)
        Alert.objects.bulk_create(
            Alert(user=u, clinician=big, kind="pain_stop", message="Stopped.", source=f"b:{u.pk}")
            for u in patients[: PEOPLE // 10]
        )
    started = perf_counter()
    for patient in patients[:THROUGH_SERVICES]:
        _write_a_day(patient, today)
    per_write_ms = (perf_counter() - started) * 1000 / (2 * THROUGH_SERVICES)
    return big, small, per_write_ms


def _write_a_day(patient: object, today: object) -> None:
    """A pain entry and a stopped session through the services, as the web and API do."""
    from django.utils import timezone

    from scapula.practice.services import ExerciseResult, SessionReport, record_session
    from scapula.tracking.services import record_pain

    record_pain(user=patient, score=4, context="usual", today=today)
    now = timezone.now()
    report = SessionReport(
        key=f"bench-{patient.pk}", started_at=now - timedelta(minutes=9), ended_at=now,
        status="stopped", pain_before=4, pain_after=None,
        exercises=(ExerciseResult("wall-neck-side-bend", "stopped", 7, "sharp or catching pain"),),
    )  # fmt: skip
    record_session(user=patient, report=report, now=now)


def measure(clinician: object) -> dict[str, float]:
    """Median time of the whole list page over RUNS runs, and its query count."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    browser = Client(HTTP_HOST="localhost", REMOTE_ADDR="203.0.113.7")
    browser.force_login(clinician)
    assert browser.get("/clinic/").status_code == 200  # warm the caches once
    times = []
    for _ in range(RUNS):
        started = perf_counter()
        browser.get("/clinic/")
        times.append((perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        answer = browser.get("/clinic/?sort=pain")
    assert answer.status_code == 200
    return {"ms": round(statistics.median(times), 1), "queries": len(queries), "runs": RUNS}


def main() -> None:
    """Seed, measure at 100 and 1,000 patients, print JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")
    os.environ.setdefault("SCAPULA_MODE", "clinic")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from scapula.config.startup import prepare_instance

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    prepare_instance(echo=lambda _line: None)  # migrate and collect the static files
    started = perf_counter()
    big, small, per_write_ms = seed(random.Random(5))
    seconds = perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    result = {
        "people": PEOPLE,
        "days": DAYS,
        "seed_seconds": round(seconds, 1),
        "write_through_services_ms": round(per_write_ms, 1),
        "at_100": measure(small),
        "at_1000": measure(big),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
