"""The ladder: the nearest step for any dose, and regressions down to the easier versions.

Cases marked "defect 9" are from issue 12; each failed before the fix.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from scapula.catalog import shipped_catalog
from scapula.core.progression import SessionPain, decide

CATALOG = shipped_catalog()
PUSH_UP = CATALOG.get("rhomboid-push-up")
CORNER = CATALOG.get("corner-upper-back-stretch")
CAN_OPENERS = CATALOG.get("can-openers")
REACH_OVER = CATALOG.get("bridge-and-reach-over")
ROW = CATALOG.get("bent-over-row")
DAY = date(2026, 11, 2)
CALM = [
    SessionPain(DAY, True, 3, 2, 2, 3),
    SessionPain(DAY + timedelta(days=1), True, 3, 2, 2, 3),
]
FLARE = [SessionPain(DAY, True, 3, 2, 2, 6)]


def regressions(exercise, change):
    return [step.value for step in exercise.regressions if step.change == change]


def test_three_push_ups_after_a_regression_progress_to_five_not_eight():
    """Defect 9: a dose below the catalog dose is on the ladder, not counted as step 0."""
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=3), CALM, 3)
    assert (result.decision, result.next_dose.reps) == ("progress", 5)


def test_a_regressed_corner_stretch_climbs_back_to_30_seconds():
    """Defect 9: it used to 'progress' to the same 15-second dose for ever."""
    regressed = replace(CORNER.dose, hold_seconds=15)
    result = decide(
        CORNER,
        regressed,
        [SessionPain(DAY + timedelta(days=d), True, 0, 0, 0, 0) for d in range(2)],
        0,
    )
    assert result.next_dose == CORNER.dose


def test_a_second_regression_goes_lower():
    """Defect 9: from 3 push-ups the next step down is the knee version, not 3 again."""
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=3), FLARE, 3)
    assert result.decision == "regress"
    assert result.next_variant == regressions(PUSH_UP, "variant")[0]


@pytest.mark.parametrize(
    ("exercise", "easiest_words"),
    [
        pytest.param(PUSH_UP, "wall", id="defect 9: the push-up reaches the wall push-up"),
        pytest.param(CAN_OPENERS, "chair", id="defect 9: can openers reach the seated version"),
        pytest.param(REACH_OVER, "Lie on your side", id="defect 9: the reach-over reaches lying"),
    ],
)
def test_repeated_regressions_reach_the_easiest_variant_the_catalog_names(exercise, easiest_words):
    dose, variant = exercise.dose, None
    for _ in range(len(exercise.regressions)):
        result = decide(exercise, dose, FLARE, 3, variant=variant)
        dose, variant = result.next_dose, result.next_variant
    assert variant == regressions(exercise, "variant")[-1]
    assert easiest_words in variant


def test_at_the_easiest_variant_a_regression_keeps_it_and_says_so():
    wall = regressions(PUSH_UP, "variant")[-1]
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=3), FLARE, 3, variant=wall)
    assert (result.next_dose.reps, result.next_variant) == (3, wall)
    assert "easiest" in result.reason


def test_calm_sessions_on_a_variant_step_back_towards_the_usual_version():
    knees, table, _wall = regressions(PUSH_UP, "variant")
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=3), CALM, 3, variant=table)
    assert (result.decision, result.next_variant) == ("progress", knees)


def test_the_row_regresses_to_the_exercise_the_catalog_names():
    supported = regressions(ROW, "variant")[0]
    result = decide(ROW, replace(ROW.dose, reps=5), FLARE, 3, variant=supported)
    assert result.next_exercise == "bent-over-isometric-row"
    assert result.next_variant is None
    assert "bent-over" not in result.reason  # the reason uses the catalog's words, not ids


def test_a_dose_off_the_ladder_progresses_only_the_next_steps_variable():
    planned = replace(CORNER.dose, hold_seconds=45)  # e.g. longer holds for an older person
    history = [SessionPain(DAY + timedelta(days=d), True, 0, 0, 0, 0) for d in range(2)]
    result = decide(CORNER, planned, history, 0)
    assert result.next_dose == replace(planned, reps=2)


def test_a_dose_between_two_steps_progresses_to_the_next_one():
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=4), CALM, 3)
    assert result.next_dose.reps == 5


def test_a_dose_between_two_steps_regresses_to_the_one_below():
    result = decide(PUSH_UP, replace(PUSH_UP.dose, reps=6), FLARE, 3)
    assert result.next_dose.reps == 5
