"""Charts are SVG with a title and a text alternative, and show the improvement band."""

from datetime import date, timedelta

from scapula.core.outcomes import PainReading, adherence_calendar, improvement_line, pain_chart

TODAY = date(2026, 11, 23)


def test_the_improvement_line_is_two_points_and_thirty_percent_below_baseline():
    assert improvement_line(6) == 4
    assert improvement_line(8) == 5.6


def test_the_pain_chart_draws_points_the_mean_the_baseline_and_describes_itself():
    readings = [PainReading(TODAY - timedelta(days=n), 6 - n % 3) for n in range(10)]
    svg = pain_chart(readings, today=TODAY, baseline=6)
    assert svg.count("<circle") == 10
    assert 'class="mean"' in svg
    assert 'class="baseline"' in svg
    assert 'class="band"' in svg
    assert "10 days with pain entries" in svg


def test_an_empty_chart_says_so():
    assert "No pain entries" in pain_chart([], today=TODAY, baseline=None)


def test_the_calendar_names_each_day_for_screen_readers():
    svg = adherence_calendar([(TODAY, "done"), (TODAY - timedelta(days=1), "missed")])
    assert "Last four weeks: 1 day done, 0 days partly done, 1 day missed." in svg
    assert "<title>Mon 23 Nov: done</title>" in svg


def test_the_starting_level_is_a_quiet_labelled_line_not_an_alarm():
    readings = [PainReading(TODAY, 6, "usual")]
    svg = pain_chart(readings, today=TODAY, baseline=6.0)
    assert "#c2412d" not in svg
    assert "start 6.0" in svg
    assert "meaningful improvement" in svg


def test_with_a_few_days_on_record_each_dot_shows_its_score():
    readings = [PainReading(TODAY - timedelta(days=1), 7, "usual"), PainReading(TODAY, 5, "usual")]
    svg = pain_chart(readings, today=TODAY, baseline=None)
    assert '<text class="value"' in svg
    assert ">7</text>" in svg
    assert ">5</text>" in svg


def test_with_many_days_on_record_the_dots_are_not_labelled():
    readings = [PainReading(TODAY - timedelta(days=d), 4, "usual") for d in range(20)]
    assert '<text class="value"' not in pain_chart(readings, today=TODAY, baseline=None)
