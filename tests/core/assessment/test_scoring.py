"""Driver scores: each finding adds points with its evidence; 2 points flag a driver."""

from scapula.core.assessment import parse_profile, score_drivers


def scores(raw):
    return {score.driver: score for score in score_drivers(parse_profile(raw))}


def test_thoracic_rotation_below_50_flags_the_thoracic_spine_with_the_reason():
    result = scores({"tests": {"thoracic_rotation_deg": {"left": 40, "right": 44}}})
    thoracic = result["thoracic_mobility"]
    assert thoracic.flagged
    assert "below 50°" in thoracic.evidence[0].text
    assert thoracic.evidence[0].source == "matsel-thoracic-screen"


def test_a_side_difference_above_6_degrees_counts():
    result = scores({"tests": {"thoracic_rotation_deg": {"left": 60, "right": 70}}})
    assert result["thoracic_mobility"].score == 1
    assert "differ by 10°" in result["thoracic_mobility"].evidence[0].text


def test_obvious_winging_flags_the_serratus_but_subtle_alone_does_not():
    assert scores({"tests": {"scapula_winging": "obvious"}})["serratus_anterior"].flagged
    assert not scores({"tests": {"scapula_winging": "subtle"}})["serratus_anterior"].flagged


def test_long_sitting_without_breaks_flags_postural_load():
    result = scores({"tests": {"sitting_hours": 9, "breaks_per_hour": 0}})
    assert result["postural_load"].score == 3
    assert result["postural_load"].flagged


def test_skipped_tests_are_listed_as_missing():
    result = scores({})
    assert result["thoracic_mobility"].missing == ("thoracic_rotation_deg",)
    assert result["levator_scapulae"].missing == ("neck_side_bend_deg", "neck_rotation_deg")
    assert not any(score.flagged for score in result.values())


def test_neck_pain_and_a_stiff_side_bend_flag_the_levator():
    result = scores({"pain_sites": ["neck"], "tests": {"neck_side_bend_deg": {"left": 25}}})
    assert result["levator_scapulae"].score == 2
    assert result["levator_scapulae"].flagged
