"""Session scripts: exact holds, one side then the other, positions in order, honest totals."""

import pytest

from scapula.catalog import shipped_catalog
from scapula.core.session import STEP_KINDS, compile_exercise, compile_routine

CATALOG = shipped_catalog()


def holds(script, side):
    return [s for s in script.steps if s.kind == "hold" and s.side == side]


def test_the_isometric_row_has_five_two_second_holds_on_each_side():
    script = compile_exercise(CATALOG.get("bent-over-isometric-row"))
    for side in ("left", "right"):
        assert [s.seconds for s in holds(script, side)] == [2, 2, 2, 2, 2]


def test_all_reps_run_on_one_side_before_the_other():
    script = compile_exercise(CATALOG.get("bent-over-isometric-row"))
    sides = [s.side for s in script.steps if s.kind in ("rep", "hold")]
    assert sides == ["left"] * 10 + ["right"] * 10
    assert [s.kind for s in script.steps].count("switch_side") == 1


def test_the_corner_stretch_holds_30_seconds_at_three_heights_on_each_side():
    stretch = CATALOG.get("corner-upper-back-stretch")
    script = compile_exercise(stretch)
    for side in ("left", "right"):
        side_holds = holds(script, side)
        assert [s.seconds for s in side_holds] == [30, 30, 30]
        assert [s.position for s in side_holds] == list(stretch.dose.positions)


@pytest.mark.parametrize("exercise_id", CATALOG.ids)
def test_the_total_is_the_sum_of_the_steps_and_every_step_is_known(exercise_id):
    script = compile_exercise(CATALOG.get(exercise_id))
    assert script.total_seconds == sum(step.seconds for step in script.steps)
    assert all(step.kind in STEP_KINDS and step.seconds > 0 for step in script.steps)
    assert all(step.cue for step in script.steps)
    assert script.steps[0].kind == "prepare"


def test_a_timed_exercise_holds_for_its_duration_in_each_set_with_rest_between():
    plank = CATALOG.get("plank")
    script = compile_exercise(plank)
    assert [s.seconds for s in script.steps if s.kind == "hold"] == (
        [plank.dose.duration_seconds] * plank.dose.sets
    )
    assert [s.kind for s in script.steps].count("rest") == plank.dose.sets - 1


def test_a_routine_runs_its_exercises_in_order():
    items = [(CATALOG.get(i), CATALOG.get(i).dose) for i in ("cat-cow", "wall-splat")]
    script = compile_routine(items)
    prepares = [s.exercise for s in script.steps if s.kind == "prepare"]
    assert prepares == ["cat-cow", "wall-splat"]
    assert script.as_dict()["total_seconds"] == script.total_seconds


def test_a_session_s_minutes_are_rounded_and_never_zero():
    from scapula.core.session import about_minutes

    assert about_minutes(916) == 15
    assert about_minutes(29) == 1
    assert about_minutes(630) == 10


def test_only_numbness_tingling_and_dizziness_are_warning_sign_stops():
    from scapula.core.session.stops import STOP_REASONS, stop_reason

    warning = {reason.value for reason in STOP_REASONS if reason.is_warning_sign}
    assert warning == {"numbness or tingling", "dizziness"}
    assert "safety questions again" in stop_reason("dizziness").advice
    assert "one step easier" in stop_reason("sharp or catching pain").advice
