"""A patient's flags for the clinician's list, from a summary's facts and the day."""

from datetime import date, timedelta

from scapula.core.outcomes import PainReading
from scapula.core.outcomes.flags import FlagKind, PatientFacts, pain_change, patient_flags
from scapula.core.outcomes.recent import recent_days
from scapula.core.outcomes.sparkline import pain_sparkline

TODAY = date(2026, 11, 23)


def ago(days):
    return TODAY - timedelta(days=days)


def pain(readings):
    """The last weeks of a patient with these pain readings and no sessions."""
    return recent_days(ends_on=TODAY, statuses={}, readings=readings)


def kinds(facts, today=TODAY):
    return [f.kind for f in patient_flags(facts, today)]


CALM = PatientFacts(plan_starts_on=ago(10), last_session_on=ago(1))


def test_a_calm_patient_in_week_two_has_no_flags():
    assert kinds(CALM) == []


def test_an_emergency_or_same_day_answer_is_a_red_flag_and_cited():
    for disposition in ("emergency", "urgent"):
        flags = patient_flags(
            PatientFacts(screening_disposition=disposition, plan_starts_on=ago(3)), TODAY
        )
        assert flags[0].kind == FlagKind.RED_FLAG
        assert "§1.3" in flags[0].source


def test_see_a_clinician_is_a_red_flag_until_a_clearance_is_recorded():
    assert kinds(PatientFacts(screening_disposition="clinician")) == [FlagKind.RED_FLAG]
    assert kinds(PatientFacts(screening_disposition="clinician", screening_cleared=True)) == []
    assert kinds(PatientFacts(screening_disposition="proceed")) == []


def test_sharp_pain_and_neurological_stops_are_flagged_for_two_weeks():
    facts = PatientFacts(stops=((ago(2), "sharp or catching pain"), (ago(3), "dizziness")))
    assert kinds(facts) == [FlagKind.NEURO_STOP, FlagKind.SHARP_STOP]
    typed = PatientFacts(stops=((ago(1), "pins and needles in my hand"),))
    assert kinds(typed) == [FlagKind.NEURO_STOP]
    assert kinds(PatientFacts(stops=((ago(14), "sharp or catching pain"),))) == []
    assert kinds(PatientFacts(stops=((ago(1), "other"),))) == []


def test_pain_two_points_above_the_baseline_is_flagged():
    worse = [PainReading(ago(n), 6, "usual") for n in range(3)]
    assert FlagKind.PAIN_WORSE in kinds(PatientFacts(recent=pain(worse), baseline=4.0))
    assert pain_change(PatientFacts(recent=pain(worse), baseline=4.0), TODAY) == 2.0
    nearly = PatientFacts(recent=pain([PainReading(ago(1), 5, "usual")]), baseline=4.0)
    assert FlagKind.PAIN_WORSE not in kinds(nearly)
    # Peak pain during a session is not pain at rest.
    peak = PatientFacts(recent=pain([PainReading(ago(1), 9, "peak")]), baseline=4.0)
    assert kinds(peak) == []


def test_seven_days_without_a_session_is_flagged_also_before_the_first():
    idle = PatientFacts(plan_starts_on=ago(20), last_session_on=ago(7))
    assert FlagKind.NO_SESSION in kinds(idle)
    assert FlagKind.NO_SESSION not in kinds(
        PatientFacts(plan_starts_on=ago(20), last_session_on=ago(6))
    )
    assert FlagKind.NO_SESSION in kinds(PatientFacts(plan_starts_on=ago(8)))
    assert kinds(PatientFacts()) == []


def test_week_four_without_meaningful_change_calls_for_a_review():
    same = [PainReading(ago(n), 5, "usual") for n in range(3)]
    facts = PatientFacts(
        plan_starts_on=ago(21), last_session_on=ago(1), recent=pain(same), baseline=5
    )
    assert kinds(facts) == [FlagKind.NO_CHANGE]
    better = [PainReading(ago(n), 2, "usual") for n in range(3)]
    improved = PatientFacts(
        plan_starts_on=ago(21), last_session_on=ago(1), recent=pain(better), baseline=5
    )
    assert kinds(improved) == []
    by_function = PatientFacts(
        plan_starts_on=ago(21),
        last_session_on=ago(1),
        recent=pain(same),
        baseline=5,
        function_improved=True,
    )
    assert kinds(by_function) == []
    assert kinds(PatientFacts(plan_starts_on=ago(20), last_session_on=ago(1))) == []


def test_every_flag_has_plain_words():
    facts = PatientFacts(screening_disposition="urgent", plan_starts_on=ago(30))
    for found in patient_flags(facts, TODAY):
        assert found.label
        assert "_" not in found.label


def test_the_sparkline_is_inline_svg_with_a_text_alternative():
    svg = pain_sparkline([None, 4.0, 5.0, None, 3.0], label="Pain <last 28 days>")
    assert svg.startswith("<svg")
    assert "polyline" in svg
    assert "Pain &lt;last 28 days&gt;" in svg
    assert "polyline" not in pain_sparkline([None, None], label="No entries")
