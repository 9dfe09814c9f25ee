"""Progression by the pain-monitoring model: safety first, one variable at a time."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scapula.catalog import shipped_catalog
from scapula.core.progression import DECISIONS, SessionPain, decide

ROW = shipped_catalog().get("bent-over-isometric-row")
DAY = date(2026, 11, 2)


def session(day=0, *, completed=True, before=3, peak=2, after=2, morning=3):
    return SessionPain(DAY + timedelta(days=day), completed, before, peak, after, morning)


def test_with_no_sessions_the_dose_stays():
    assert decide(ROW, ROW.dose, [], 3).decision == "continue"


def test_two_calm_completed_sessions_progress_one_variable_along_the_ladder():
    result = decide(ROW, ROW.dose, [session(0), session(1)], 3)
    assert result.decision == "progress"
    assert result.next_dose == replace(ROW.dose, hold_seconds=5)


def test_the_next_progression_continues_up_the_ladder():
    after_first = replace(ROW.dose, hold_seconds=5)
    result = decide(ROW, after_first, [session(0), session(1)], 3)
    assert result.next_dose == replace(ROW.dose, hold_seconds=10)


def test_one_calm_session_is_not_enough():
    assert decide(ROW, ROW.dose, [session(0, peak=4), session(1)], 3).decision == "continue"


def test_pain_above_5_during_it_stops_the_exercise_today():
    result = decide(ROW, ROW.dose, [session(0, peak=6)], 3)
    assert result.decision == "stop"
    assert "above 5" in result.reason


def test_a_next_morning_flare_of_two_points_regresses_one_step():
    current = replace(ROW.dose, hold_seconds=5)
    result = decide(ROW, current, [session(0, before=3, morning=5)], 3)
    assert result.decision == "regress"
    assert result.next_dose == ROW.dose


def test_at_the_bottom_of_the_ladder_regress_uses_the_catalog_regression():
    result = decide(ROW, ROW.dose, [session(0, before=2, morning=4)], 2)
    assert result.next_dose.reps == 3


def test_two_flares_within_a_week_pause_progression_and_refer():
    result = decide(ROW, ROW.dose, [session(0, morning=5), session(3, morning=6)], 3)
    assert result.decision == "refer"
    assert "clinician" in result.reason


def test_flares_more_than_a_week_apart_only_regress():
    result = decide(ROW, ROW.dose, [session(0, morning=5), session(9, morning=6)], 3)
    assert result.decision == "regress"


def test_an_unknown_next_morning_does_not_count_as_calm():
    result = decide(ROW, ROW.dose, [session(0, morning=None), session(1, morning=None)], 3)
    assert result.decision == "continue"


pains = st.one_of(st.none(), st.integers(0, 10))


@given(
    st.lists(
        st.builds(
            session,
            st.integers(0, 30),
            completed=st.booleans(),
            before=pains,
            peak=pains,
            after=pains,
            morning=pains,
        ),
        max_size=6,
    ),
    pains,
)
def test_a_decision_always_comes_with_a_reason_and_never_raises_the_dose_after_pain(
    history, baseline
):
    history = sorted(history, key=lambda s: s.on)
    result = decide(ROW, ROW.dose, history, baseline)
    assert result.decision in DECISIONS
    assert result.reason
    if history and history[-1].peak_pain is not None and history[-1].peak_pain > 3:
        assert result.decision != "progress"
