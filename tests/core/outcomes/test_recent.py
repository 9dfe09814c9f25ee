"""The compact last weeks give the same answers as the rules on the rows themselves."""

import random
from datetime import date, timedelta

import pytest

from scapula.core.outcomes import PAIN_CONTEXTS, PainReading, adherence, rolling_mean
from scapula.core.outcomes.recent import recent_days

TODAY = date(2026, 11, 23)


def ago(days):
    return TODAY - timedelta(days=days)


def random_history(rng):
    statuses = {}
    for _ in range(rng.randint(0, 40)):
        day = ago(rng.randint(0, 45))
        statuses.setdefault(day, []).append(rng.choice(["completed", "partial", "stopped"]))
    readings = [
        PainReading(ago(rng.randint(0, 45)), rng.randint(0, 10), rng.choice(PAIN_CONTEXTS))
        for _ in range(rng.randint(0, 60))
    ]
    return statuses, readings


@pytest.mark.parametrize("seed", range(40))
def test_adherence_and_the_seven_day_mean_equal_the_rules_on_the_rows(seed):
    rng = random.Random(seed)
    statuses, readings = random_history(rng)
    written = ago(rng.choice([0, 0, 1, 3]))  # the list may be read days after the last write
    window = recent_days(
        ends_on=written,
        statuses={d: s for d, s in statuses.items() if d <= written},
        readings=[r for r in readings if r.on <= written],
    )
    kept = {d: s for d, s in statuses.items() if d <= written}
    on_rows = [r for r in readings if r.on <= written]
    assert window.pain_mean(TODAY) == pytest.approx(rolling_mean(on_rows, TODAY))
    for days in (7, 28):
        starts_on = ago(rng.randint(0, 60))
        start = max(starts_on, TODAY - timedelta(days=days - 1))
        expected = adherence(kept, start=start, today=TODAY)
        rate = window.adherence_rate(starts_on=starts_on, today=TODAY, days=days)
        if expected.planned:
            assert rate == pytest.approx(expected.rate)
        else:
            assert rate is None


def test_daily_pain_and_the_last_day_with_a_session():
    window = recent_days(
        ends_on=ago(1),
        statuses={ago(3): ["partial"], ago(50): ["completed"]},
        readings=[
            PainReading(ago(2), 4),
            PainReading(ago(2), 6, "before"),
            PainReading(ago(2), 9, "peak"),
        ],
    )
    assert window.daily_pain(TODAY, days=4) == (None, 5.0, None, None)
    assert window.last_active_on() == ago(3)
    assert window.activity_on(ago(3)) == 0.5
