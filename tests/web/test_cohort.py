"""Outcomes for many people at once equal the per-user ones, in a constant number of queries."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scapula.accounts.models import User
from scapula.core.outcomes import PAIN_CONTEXTS, adherence
from scapula.plans.models import StoredPlan
from scapula.plans.selectors import current_plan
from scapula.practice.cohort import QUERIES, cohort_outcomes
from scapula.practice.models import PracticeSession
from scapula.practice.selectors import session_statuses
from scapula.tracking.models import PainEntry
from scapula.tracking.selectors import pain_trend_for

TODAY = date(2026, 11, 23)


def seed_person(rng: random.Random, number: int) -> User:
    """A person with a random diary, random sessions and zero, one or two plans."""
    user = User.objects.create(username=f"pat{number}")
    for _ in range(rng.choice([0, 1, 1, 2])):
        start = TODAY - timedelta(days=rng.randint(-3, 90))
        # Some name the neck, which lets a smaller fall count as possible (§2.1).
        profile = {"pain_sites": rng.choice([[], ["neck"], ["between_shoulder_blades"]])}
        StoredPlan.objects.create(user=user, profile=profile, plan={}, starts_on=start)
    PainEntry.objects.bulk_create(
        PainEntry(
            user=user,
            score=rng.randint(0, 10),
            context=rng.choice([*PAIN_CONTEXTS, "usual", "usual"]),
            recorded_on=TODAY - timedelta(days=rng.randint(-2, 100)),
        )
        for _ in range(rng.choice([0, 2, 5, 40]))
    )
    PracticeSession.objects.bulk_create(
        PracticeSession(
            user=user,
            key=f"k{number}x{index:05d}",
            started_at=datetime(2026, 1, 1, tzinfo=UTC),
            performed_on=day,
            status=rng.choice(["completed", "partial", "stopped"]),
        )
        for index, day in enumerate(_session_days(rng))
    )
    return user


def _session_days(rng: random.Random) -> list[date]:
    """Days with sessions: a recent unbroken run (sometimes today, sometimes long), then others."""
    run_end = TODAY - timedelta(days=rng.choice([0, 0, 1, 2]))
    run = [run_end - timedelta(days=n) for n in range(rng.choice([0, 3, 12, 50]))]
    scattered = [TODAY - timedelta(days=rng.randint(-2, 100)) for _ in range(rng.randint(0, 30))]
    return run + scattered + scattered[:3]  # some days hold two sessions


def per_user(user: User):
    """What the progress page computes for one person."""
    statuses = session_statuses(user=user)
    stored = current_plan(user=user)
    start = stored.starts_on if stored else TODAY
    return (
        pain_trend_for(user=user, today=TODAY),
        adherence(statuses, start=start, today=TODAY),
    )


@pytest.mark.django_db
def test_the_bulk_outcomes_equal_what_each_persons_progress_page_shows():
    rng = random.Random(7)
    people = [seed_person(rng, number) for number in range(40)]
    outcomes = cohort_outcomes(user_ids=[p.pk for p in people], today=TODAY)
    for person in people:
        trend, kept = per_user(person)
        assert outcomes[person.pk].trend == trend, person.username
        assert outcomes[person.pk].adherence == kept, person.username


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_number_of_people():
    rng = random.Random(11)
    people = [seed_person(rng, number) for number in range(30)]
    counts = []
    for group in (people[:3], people):
        with CaptureQueriesContext(connection) as queries:
            cohort_outcomes(user_ids=[p.pk for p in group], today=TODAY)
        counts.append(len(queries))
    assert counts == [QUERIES, QUERIES]


@pytest.mark.django_db
def test_nobody_asked_about_means_no_query():
    with CaptureQueriesContext(connection) as queries:
        assert cohort_outcomes(user_ids=[], today=TODAY) == {}
    assert len(queries) == 0
