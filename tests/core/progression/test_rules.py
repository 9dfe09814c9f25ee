"""Progression by the pain-monitoring model: each rule as a table of named cases.

The checks run in order of safety: refer, regress, stop and regress, continue, progress.
Cases marked "defect N" are the numbered defects of issue 12; each failed before its fix.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from scapula.catalog import shipped_catalog
from scapula.core.progression import SessionPain, decide

CATALOG = shipped_catalog()
ROW = CATALOG.get("bent-over-isometric-row")
PUSH_UP = CATALOG.get("rhomboid-push-up")
CORNER = CATALOG.get("corner-upper-back-stretch")
DAY = date(2026, 11, 2)


def session(day=0, *, completed=True, before=3, peak=2, after=2, morning=3):
    return SessionPain(DAY + timedelta(days=day), completed, before, peak, after, morning)


def case(history, expected, *, exercise=ROW, dose=None, baseline=3, id, **options):
    return pytest.param(
        exercise, dose or exercise.dose, history, baseline, options, expected, id=id
    )


def check(exercise, dose, history, baseline, options, expected):
    result = decide(exercise, dose, history, baseline, **options)
    assert result.decision == expected, result.reason
    assert result.reason
    return result


REFER = [
    case([session(0, morning=5), session(3, morning=6)], "refer", id="two flares in a week"),
    case(
        [session(0, peak=7, morning=6), session(2, peak=7, morning=6)],
        "refer",
        id="defect 6: peak 7 with two next-morning flares",
    ),
    case(
        [session(day, peak=6) for day in range(4)],
        "refer",
        id="defect 6: four sessions in a row at 6 out of 10",
    ),
    case(
        [session(0, morning=5), session(2, peak=5, morning=4)],
        "refer",
        id="a flare, then amber pain that did not settle",
    ),
    case(
        [session(0), session(2, morning=5)],
        "refer",
        recent_mean_pain=5.5,
        id="a flare in a week of pain 2 points above the baseline",
    ),
]

REGRESS = [
    case([session(0, before=3, morning=5)], "regress", id="a next-morning flare of 2 points"),
    case(
        [session(0, morning=5), session(9, morning=6)],
        "regress",
        id="flares more than a week apart",
    ),
    case(
        [session(0, before=3, peak=5, morning=4)],
        "regress",
        id="defect 8: pain of 5 not settled by the next morning",
    ),
    case(
        [session(0, before=2, peak=4, morning=3)],
        "regress",
        id="defect 8: pain of 4 not settled by the next morning",
    ),
    case(
        [
            session(0, before=4, morning=5),
            session(2, before=5, morning=6),
            session(4, before=6, morning=7),
        ],
        "regress",
        id="defect 7: a slow climb over the week in the sessions' own scores",
    ),
    case(
        [session(0), session(1)],
        "regress",
        recent_mean_pain=5.0,
        id="defect 7: the last 7 days' mean 2 points above the baseline",
    ),
]

STOP = [
    case([session(0, peak=6)], "stop", id="pain above 5 during it"),
    case([session(0, completed=False, peak=7)], "stop", id="pain above 5 in an unfinished session"),
    case(
        [session(0, before=2, peak=3, morning=2)],
        "stop",
        exercise=CORNER,
        id="defect 10: the corner stretch bringing on any pain",
    ),
    case(
        [session(0, before=0, peak=4, morning=0)],
        "stop",
        exercise=CORNER,
        id="defect 10: the corner stretch at 4 out of 10, which the general rule allows",
    ),
    case(
        [session(0, before=None, peak=1, morning=None)],
        "stop",
        exercise=CORNER,
        baseline=None,
        id="the corner stretch with pain and no score from before it",
    ),
]

CONTINUE = [
    case([], "continue", id="no sessions yet"),
    case([session(0, peak=4), session(1)], "continue", id="one calm session is not enough"),
    case(
        [session(0), session(1, before=3, peak=5, morning=3)],
        "continue",
        id="pain of 5 that settled by the next morning",
    ),
    case(
        [session(0, morning=None), session(1, morning=None)],
        "continue",
        id="unknown next mornings",
    ),
    case(
        [session(0), session(1, completed=False, peak=None), session(2)],
        "continue",
        id="defect 11: a skipped session between calm ones",
    ),
    case(
        [session(0), session(1), session(2, completed=False, peak=0)],
        "continue",
        id="defect 11: a skipped session scored 0 after two calm ones",
    ),
    case(
        [session(0, completed=False), session(1, completed=False)],
        "continue",
        id="defect 11: two unfinished sessions with low pain",
    ),
    case(
        [session(0), session(1)],
        "continue",
        recent_mean_pain=4.2,
        id="defect 7: the week's pain a little above the baseline",
    ),
    case(
        [session(0, before=3, peak=3, morning=3)],
        "continue",
        exercise=CORNER,
        id="the corner stretch with background pain it did not raise",
    ),
]

PROGRESS = [
    case([session(0), session(1)], "progress", id="two calm finished sessions"),
    case(
        [session(0, peak=4, morning=3), session(1), session(2)],
        "progress",
        id="two calm sessions after an acceptable one",
    ),
    case(
        [session(0), session(1)],
        "progress",
        recent_mean_pain=3.4,
        id="the week's pain steady at the baseline",
    ),
    case(
        [session(0, before=2, peak=2, morning=2), session(1, before=2, peak=2, morning=2)],
        "progress",
        exercise=CORNER,
        id="the corner stretch with no pain added",
    ),
]


@pytest.mark.parametrize(("exercise", "dose", "history", "baseline", "options", "expected"), REFER)
def test_refer(exercise, dose, history, baseline, options, expected):
    assert "clinician" in check(exercise, dose, history, baseline, options, expected).reason


@pytest.mark.parametrize(
    ("exercise", "dose", "history", "baseline", "options", "expected"), REGRESS
)
def test_regress(exercise, dose, history, baseline, options, expected):
    result = check(exercise, dose, history, baseline, options, expected)
    assert result.next_dose.reps == 3  # one step below the catalog dose


@pytest.mark.parametrize(("exercise", "dose", "history", "baseline", "options", "expected"), STOP)
def test_stop_and_regress(exercise, dose, history, baseline, options, expected):
    result = check(exercise, dose, history, baseline, options, expected)
    assert result.next_dose != dose  # defect 6: stopping also eases the next session


@pytest.mark.parametrize(
    ("exercise", "dose", "history", "baseline", "options", "expected"), CONTINUE
)
def test_continue(exercise, dose, history, baseline, options, expected):
    assert check(exercise, dose, history, baseline, options, expected).next_dose == dose


@pytest.mark.parametrize(
    ("exercise", "dose", "history", "baseline", "options", "expected"), PROGRESS
)
def test_progress(exercise, dose, history, baseline, options, expected):
    assert check(exercise, dose, history, baseline, options, expected).next_dose != dose


def test_two_calm_sessions_progress_one_variable_along_the_ladder():
    result = decide(ROW, ROW.dose, [session(0), session(1)], 3)
    assert result.next_dose == replace(ROW.dose, hold_seconds=5)


def test_the_next_progression_continues_up_the_ladder():
    after_first = replace(ROW.dose, hold_seconds=5)
    result = decide(ROW, after_first, [session(0), session(1)], 3)
    assert result.next_dose == replace(ROW.dose, hold_seconds=10)


def test_pain_above_5_names_the_limit_in_the_reason():
    assert "above 5" in decide(ROW, ROW.dose, [session(0, peak=6)], 3).reason


def test_a_flare_from_a_progressed_dose_goes_back_one_step():
    current = replace(ROW.dose, hold_seconds=5)
    assert decide(ROW, current, [session(0, morning=5)], 3).next_dose == ROW.dose


def test_four_sessions_at_6_ease_the_dose_then_refer():
    """Defect 6: the first stop already lowers the dose; a second in the same week refers."""
    first = decide(ROW, ROW.dose, [session(0, peak=6)], 3)
    assert (first.decision, first.next_dose.reps) == ("stop", 3)
    second = decide(ROW, first.next_dose, [session(0, peak=6), session(1, peak=6)], 3)
    assert second.decision == "refer"
    assert second.next_variant is not None  # below 3 squeezes: the upright version


def test_a_calm_session_after_two_flares_still_refers_but_keeps_the_dose():
    history = [session(0, morning=5), session(2, morning=5), session(3)]
    result = decide(ROW, ROW.dose, history, 3)
    assert (result.decision, result.next_dose) == ("refer", ROW.dose)


def test_the_week_over_week_rule_says_it_is_the_programs_own():
    result = decide(ROW, ROW.dose, [session(0), session(1)], 3, recent_mean_pain=5.0)
    assert "own" in result.reason


def test_stopping_for_sharp_pain_with_a_low_peak_still_makes_it_easier_next_time():
    stopped = replace(session(0, completed=False, peak=3, morning=3), stopped_for_pain=True)
    result = decide(ROW, ROW.dose, [stopped], 3)
    assert result.decision == "stop"
    assert result.next_dose != ROW.dose
    assert "because it hurt" in result.reason


def test_a_low_peak_without_a_painful_stop_keeps_the_dose():
    result = decide(ROW, ROW.dose, [session(0, completed=False, peak=3, morning=3)], 3)
    assert result.next_dose == ROW.dose
