"""The clinician-scale query: every person's adherence and pain trend over a year of data.

Run inside an instance's environment (`python -m bench.cohort`): seeds 1,000 people with a
daily pain entry and (most days) a session for a year, then times `cohort_outcomes` for
the first 100 and for all 1,000 people and counts its SQL queries. Prints JSON.
"""

import json
import os
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from datetime import time as dtime

QUICK = os.environ.get("SCAPULA_BENCH_QUICK") == "1"
PEOPLE = 200 if QUICK else 1000
DAYS = 30 if QUICK else 365
RUNS = 5
BATCH = 5000


def seed(rng: random.Random) -> list[int]:
    """Create the people, their plans, diaries and sessions with bulk inserts."""
    from django.db import transaction
    from django.utils import timezone

    from scapula.accounts.models import User

    today = timezone.localdate()
    start = today - timedelta(days=DAYS - 1)
    days = [start + timedelta(days=n) for n in range(DAYS)]
    with transaction.atomic():
        users = User.objects.bulk_create(
            # "!" is Django's mark of an unusable password: nobody can sign in as them.
            User(username=f"person{n:04d}", password="!")  # noqa: S106
            for n in range(PEOPLE)
        )
        seed_records(users, days, rng)
    return [u.pk for u in users]


def seed_records(users: list, days: list, rng: random.Random) -> None:
    """Give each person a plan, a daily pain entry and, most days, a session (bulk inserts)."""
    from scapula.plans.models import StoredPlan
    from scapula.practice.models import PracticeSession
    from scapula.tracking.models import PainEntry

    StoredPlan.objects.bulk_create(
        StoredPlan(user=u, profile={}, plan={}, starts_on=days[0]) for u in users
    )
    PainEntry.objects.bulk_create(
        (
            PainEntry(
                user=u,
                score=max(0, min(10, 6 - n // 60 + rng.randint(-2, 2))),
                context="usual" if n % 3 else rng.choice(["before", "after", "morning"]),
                recorded_on=day,
            )
            for u in users
            for n, day in enumerate(days)
        ),
        batch_size=BATCH,
    )
    PracticeSession.objects.bulk_create(
        (
            PracticeSession(
                user=u, key=f"s{n:04d}", performed_on=day,
                started_at=datetime.combine(day, dtime(12), tzinfo=UTC),
                status=rng.choice(["completed", "completed", "completed", "partial"]),
            )
            for u in users
            for n, day in enumerate(days)
            if rng.random() < 0.8
        ),
        batch_size=BATCH,
    )  # fmt: skip


def measure(user_ids: list[int]) -> dict[str, float]:
    """Median wall time of cohort_outcomes over RUNS runs, and its query count."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from scapula.practice.cohort import cohort_outcomes

    today = timezone.localdate()
    cohort_outcomes(user_ids=user_ids, today=today)  # warm the caches once
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        cohort_outcomes(user_ids=user_ids, today=today)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        cohort_outcomes(user_ids=user_ids, today=today)
    return {"ms": round(statistics.median(times), 1), "queries": len(queries), "runs": RUNS}


def main() -> None:
    """Seed, measure at 100 and 1,000 people, print JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    ids = seed(random.Random(5))
    seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    result = {
        "people": PEOPLE,
        "days": DAYS,
        "seed_seconds": round(seconds, 1),
        "at_100": measure(ids[:100]),
        "at_1000": measure(ids),  # all of them
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
