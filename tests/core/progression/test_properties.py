"""Properties that hold for any pain history: safety first, and doses only along the ladder."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scapula.catalog import shipped_catalog
from scapula.core.catalog import Dose
from scapula.core.progression import (
    Decision,
    Place,
    SessionPain,
    decide,
    ladder_places,
    step_down,
    step_up,
)

CATALOG = shipped_catalog()
EXERCISES = [
    CATALOG.get(i)
    for i in (
        "bent-over-isometric-row",
        "rhomboid-push-up",
        "corner-upper-back-stretch",
        "bent-over-row",
    )
]
DAY = date(2026, 11, 2)
pains = st.one_of(st.none(), st.integers(0, 10))
histories = st.lists(
    st.builds(
        lambda day, *rest: SessionPain(DAY + timedelta(days=day), *rest),
        st.integers(0, 30),
        st.booleans(),
        pains,
        pains,
        pains,
        pains,
    ),
    max_size=6,
).map(lambda sessions: sorted(sessions, key=lambda s: s.on))


@st.composite
def places(draw):
    exercise = draw(st.sampled_from(EXERCISES))
    own = [p for p in ladder_places(exercise) if p.exercise is None]
    return exercise, draw(st.sampled_from(own))


def _flare(session, baseline):
    before = session.pain_before if session.pain_before is not None else baseline
    morning = session.next_morning_pain
    return before is not None and morning is not None and morning >= before + 2


@given(places(), histories, pains)
def test_a_decision_always_has_a_reason_and_never_progresses_after_pain_or_a_skip(
    where, history, baseline
):
    exercise, place = where
    result = decide(exercise, place.dose, history, baseline, variant=place.variant)
    assert result.decision in set(Decision)
    assert result.reason
    if history:
        latest = history[-1]
        risky = (
            (latest.peak_pain is not None and latest.peak_pain > 3)
            or _flare(latest, baseline)
            or not latest.completed
        )
        if risky:
            assert result.decision != Decision.PROGRESS


@given(places(), histories, pains)
def test_two_flares_within_7_days_always_refer(where, history, baseline):
    exercise, place = where
    if not history:
        return
    today = history[-1].on
    flares = [s for s in history if (today - s.on).days < 7 and _flare(s, baseline)]
    result = decide(exercise, place.dose, history, baseline, variant=place.variant)
    if len(flares) >= 2:
        assert result.decision == Decision.REFER


@given(places(), histories, pains)
def test_doses_move_only_to_a_neighbouring_rung_of_the_ladder(where, history, baseline):
    exercise, place = where
    result = decide(exercise, place.dose, history, baseline, variant=place.variant)
    rungs = ladder_places(exercise)
    after = Place(result.next_dose, result.next_variant, result.next_exercise)
    assert after in rungs
    assert abs(rungs.index(after) - rungs.index(place)) <= 1


doses = st.builds(
    Dose,
    sets=st.integers(1, 4),
    reps=st.integers(1, 15),
    hold_seconds=st.integers(0, 60),
)


@given(st.sampled_from(EXERCISES), doses)
def test_from_any_dose_a_step_up_raises_and_a_step_down_lowers(exercise, dose):
    up, down = step_up(exercise, dose), step_down(exercise, dose)
    if up is not None:
        assert up.place != Place(dose)
        assert all(
            getattr(up.place.dose, n) >= getattr(dose, n) for n in ("sets", "reps", "hold_seconds")
        )
    if down is not None:
        assert down.place != Place(dose)
        assert all(
            getattr(down.place.dose, n) <= getattr(dose, n)
            for n in ("sets", "reps", "hold_seconds")
        )


@given(st.sampled_from(EXERCISES), doses)
def test_climbing_from_any_dose_reaches_the_top_in_a_bounded_number_of_steps(exercise, dose):
    place, steps = Place(dose), 0
    while (
        move := step_up(exercise, place.dose, variant=place.variant)
    ) and not move.place.exercise:
        place, steps = move.place, steps + 1
        assert steps <= len(ladder_places(exercise))
