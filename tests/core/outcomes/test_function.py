"""The PSFS and GROC check-ins: activities, when they are due, and what counts as change."""

from datetime import date, timedelta

import pytest

from scapula.core import ScapulaError
from scapula.core.outcomes import (
    FunctionCheckIn,
    check_activities,
    check_groc,
    check_in_due,
    check_rating,
    function_chart,
    function_trend,
    groc_label,
    next_check_in,
)

START = date(2026, 3, 2)


def check_in(days: int, *scores: int, groc: int | None = None) -> FunctionCheckIn:
    names = ("Reading", "Driving", "Carrying bags", "Sleeping", "Desk work")
    return FunctionCheckIn(
        START + timedelta(days=days), tuple(zip(names, scores, strict=False)), groc
    )


def test_three_to_five_different_activities_are_needed():
    assert check_activities([" Reading ", "Driving", "Sleeping", ""]) == (
        "Reading",
        "Driving",
        "Sleeping",
    )
    with pytest.raises(ScapulaError, match="name 3 to 5 activities, got 2") as error:
        check_activities(["Reading", "Driving"])
    assert error.value.field == "activities"
    with pytest.raises(ScapulaError, match="got 6"):
        check_activities(list("abcdef"))
    with pytest.raises(ScapulaError, match="different"):
        check_activities(["Reading", "reading", "Driving"])


@pytest.mark.parametrize("bad", [11, -1, 2.5, True, "5", None])
def test_a_rating_is_a_whole_number_from_0_to_10(bad):
    with pytest.raises(ScapulaError, match="0 to 10") as error:
        check_rating(bad, "ratings.Reading")
    assert error.value.field == "ratings.Reading"


@pytest.mark.parametrize("bad", [8, -8, 1.5, False, "3"])
def test_the_global_rating_runs_from_minus_7_to_7(bad):
    with pytest.raises(ScapulaError, match="-7 to 7"):
        check_groc(bad)
    assert check_groc(-7) == -7
    assert check_groc(7) == 7


def test_every_step_of_the_global_scale_has_words():
    assert groc_label(0) == "About the same"
    assert groc_label(4) == "Moderately better"
    assert groc_label(-7) == "A very great deal worse"


def test_a_check_in_is_due_at_the_start_and_every_two_weeks():
    assert check_in_due([], START)
    history = [check_in(0, 4, 5, 6)]
    assert not check_in_due(history, START + timedelta(days=13))
    assert check_in_due(history, START + timedelta(days=14))
    assert next_check_in(history, START + timedelta(days=3)) == START + timedelta(days=14)
    assert next_check_in(history, START + timedelta(days=20)) == START + timedelta(days=20)


def test_the_score_is_the_mean_and_two_points_up_is_a_real_change():
    first = check_in(0, 3, 4, 5)
    assert first.mean == 4
    almost = function_trend([first, check_in(14, 5, 6, 6, groc=2)])
    assert not almost.is_meaningful
    assert almost.change == pytest.approx(5.667 - 4, abs=0.01)
    assert "not yet by the 2 points" in almost.message
    real = function_trend([check_in(28, 6, 6, 6, groc=4), first])
    assert real.is_meaningful
    assert real.baseline == 4
    assert real.latest == 6
    assert "real improvement" in real.message
    assert "Stratford et al. 1995" in real.source


def test_one_check_in_is_not_yet_a_trend():
    trend = function_trend([check_in(0, 3, 4, 5)])
    assert trend.baseline == 4
    assert trend.change is None
    assert not trend.is_meaningful


def test_the_chart_describes_every_check_in_in_words():
    svg = function_chart([check_in(0, 3, 4, 5), check_in(14, 5, 6, 7, groc=3)])
    assert 'class="chart function-chart"' in svg
    assert "02 March 4.0; 16 March 6.0" in svg
    assert svg.count("<circle") == 2
    assert "No check-ins yet" in function_chart([])
