"""A work day's breaks: inside work hours and days, on the rhythm, from the person's own plan."""

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from scapula.catalog import shipped_catalog
from scapula.core.breaks import (
    BreakContent,
    BreakSettings,
    break_times,
    breaks_on,
    choose_content,
    is_desk_friendly,
    lay_out_day,
)
from scapula.core.breaks.content import DESK_POSITIONS
from scapula.core.plan.generate import FLOOR_POSITIONS

CATALOG = shipped_catalog()
EXERCISES = [e for e in CATALOG.entries if not e.is_self_test]
RELIEF_PHASE = [
    "bridge-and-reach-over",
    "bent-over-isometric-row",
    "corner-upper-back-stretch",
    "eleven-fifteen-stretch",
    "wall-neck-side-bend",
]
MONDAY, SATURDAY = date(2026, 11, 23), date(2026, 11, 28)


def known(ids):
    return [(CATALOG.get(i), CATALOG.get(i).dose) for i in ids]


def content_for(ids, settings):
    return choose_content(
        known(ids),
        micro_seconds=settings.micro_seconds,
        active_seconds=settings.active_minutes * 60,
    )


def minutes(at: time) -> int:
    return at.hour * 60 + at.minute


settings_strategy = st.builds(
    BreakSettings,
    enabled=st.just(True),
    work_days=st.sets(st.integers(0, 6), min_size=1).map(lambda days: tuple(sorted(days))),
    starts_at=st.integers(0, 12 * 60).map(lambda m: time(m // 60, m % 60)),
    ends_at=st.integers(12 * 60 + 1, 23 * 60 + 59).map(lambda m: time(m // 60, m % 60)),
    micro_every_minutes=st.integers(20, 30),
    micro_seconds=st.integers(30, 60),
    active_minutes=st.integers(3, 5),
)
plans = st.lists(st.sampled_from([e.id for e in EXERCISES]), max_size=8, unique=True)


def test_the_default_day_has_micro_breaks_every_20_minutes_and_an_active_break_each_hour():
    times = break_times(BreakSettings(enabled=True))
    assert times[:4] == (
        (time(9, 20), "micro"),
        (time(9, 40), "micro"),
        (time(10, 0), "active"),
        (time(10, 20), "micro"),
    )
    assert times[-1] == (time(16, 40), "micro")


def test_an_active_break_replaces_a_micro_break_at_the_same_moment():
    times = break_times(BreakSettings(enabled=True))
    assert (time(11, 0), "micro") not in times
    assert (time(11, 0), "active") in times


def test_nothing_is_laid_out_on_a_day_off_or_when_reminders_are_off():
    content = content_for(RELIEF_PHASE, BreakSettings())
    assert breaks_on(BreakSettings(enabled=True), content, SATURDAY) == ()
    assert breaks_on(BreakSettings(enabled=False), content, MONDAY) == ()
    assert breaks_on(BreakSettings(enabled=True), content, MONDAY)


def test_micro_breaks_use_desk_stretches_and_active_breaks_prefer_mobility():
    settings = BreakSettings(enabled=True)
    content = content_for([*RELIEF_PHASE, "wall-splat", "cat-cow"], settings)
    assert content.micro[0].exercise_id == "eleven-fifteen-stretch"
    assert content.active[0].exercise_id == "wall-splat"
    assert "cat-cow" not in {e.exercise_id for e in (*content.micro, *content.active)}
    assert "bridge-and-reach-over" not in {e.exercise_id for e in content.micro}


def test_a_micro_break_dose_is_shrunk_to_fit_and_said_in_words():
    settings = BreakSettings(enabled=True, micro_seconds=60)
    (first, *_) = content_for(
        ["corner-upper-back-stretch", "eleven-fifteen-stretch"], settings
    ).micro
    assert first.exercise_id == "eleven-fifteen-stretch"
    assert first.dose_text == "hold 15 s, each side"
    assert first.seconds <= 60


def test_without_desk_exercises_a_break_is_a_posture_change():
    (first, *_) = lay_out_day(
        BreakSettings(enabled=True), content_for(["cat-cow"], BreakSettings())
    )
    assert first.exercise is None
    assert "Stand up" in first.instruction


def test_breaks_rotate_through_the_exercises_of_their_kind():
    settings = BreakSettings(enabled=True)
    day = lay_out_day(settings, content_for(RELIEF_PHASE, settings))
    micro = [b.exercise.exercise_id for b in day if b.kind == "micro"][:3]
    assert len(set(micro)) == 3


@given(settings_strategy, st.dates())
def test_breaks_fall_only_inside_work_hours_and_on_work_days(settings, day):
    breaks = breaks_on(settings, BreakContent(), day)
    if day.weekday() not in settings.work_days:
        assert breaks == ()
    for item in breaks:
        assert minutes(settings.starts_at) < minutes(item.at)
        assert minutes(item.at) * 60 + item.seconds <= minutes(settings.ends_at) * 60


@given(settings_strategy)
def test_spacing_follows_the_interval_and_lengths_stay_in_range(settings):
    start = minutes(settings.starts_at)
    for item in lay_out_day(settings, BreakContent()):
        offset = minutes(item.at) - start
        if item.kind == "micro":
            assert offset % settings.micro_every_minutes == 0
            assert 30 <= item.seconds <= 60
        else:
            assert offset % 60 == 0
            assert 180 <= item.seconds <= 300


@given(settings_strategy, plans)
def test_content_comes_only_from_the_plan_and_never_from_the_floor(settings, plan):
    day = lay_out_day(settings, content_for(plan, settings))
    for item in day:
        if item.exercise is None:
            continue
        exercise = CATALOG.get(item.exercise.exercise_id)
        assert exercise.id in plan
        assert exercise.position in DESK_POSITIONS
        assert exercise.position not in FLOOR_POSITIONS
        assert is_desk_friendly(exercise)
        assert item.exercise.seconds <= item.seconds
