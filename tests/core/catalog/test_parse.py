"""Parsing catalog files: a valid file becomes values; each kind of mistake names file and field."""

import pytest

from scapula.core.catalog import CatalogError

from .helpers import VALID, make_exercise, replaced


def error_for(text: str, file_name: str = "test-squeeze.toml") -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        make_exercise(text, file_name)
    return caught.value


def test_a_valid_file_becomes_an_exercise_with_its_dose_and_sources():
    exercise = make_exercise()
    assert exercise.id == "test-squeeze"
    assert exercise.dose.reps == 5
    assert exercise.dose.hold_seconds == 2
    assert exercise.dose.per_side is True
    assert exercise.driver_ids == ("postural_load",)
    assert exercise.sources[0].citation.seconds == 372


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("reps = 5", 'reps = "five"', "dose.reps", "must be a whole number"),
        ("per_side = true", 'per_side = "yes"', "dose.per_side", "must be true or false"),
        ('id = "postural_load"', 'id = "posture"', "drivers[0].id", "unknown value 'posture'"),
        ("equipment = []", 'equipment = ["kettlebell"]', "equipment", "unknown value 'kettlebell'"),
        ('summary = "A short squeeze used by the tests."\n', "", "summary", "is missing"),
        ('position = "standing"', 'position = "upside-down"', "position", "unknown value"),
        (
            "stop_rules = [",
            "stop_rule = [",
            "stop_rules",
            "is missing (found 'stop_rule': a typo?)",
        ),
        ("cues = [", "extra = 1\ncues = [", "extra", "is not a known field"),
        ('moment = "06:12"', 'moment = "6 min"', "sources[0].moment", "must be mm:ss"),
        ('key = "precision-movement-video"', 'key = "a-blog"', "sources[0].key", "unknown"),
        ("value = 5", "value = 1", "progressions[0].value", "must raise hold_seconds from 2"),
        ("at = 0.5", "at = 1.5", "demo.keyframes[1].at", "must be from 0"),
        (
            "upper_arm_near = 210",
            "upper_arm = 210",
            "demo.keyframes[1].pose.upper_arm",
            "is not a known field",
        ),
        (
            "anchor_at = [100, 137]\n[demo.keyframes.pose]\nupper_arm_near = 210",
            "anchor_at = [100]\n[demo.keyframes.pose]\nupper_arm_near = 210",
            "demo.keyframes[1].anchor_at",
            "must be [x, y]",
        ),
    ],
)
def test_each_mistake_is_reported_with_file_exercise_and_field(old, new, field, message):
    error = error_for(replaced(old, new))
    assert error.file == "test-squeeze.toml"
    assert error.exercise == "test-squeeze"
    assert error.field == field
    assert message in error.message


def test_the_message_reads_file_then_exercise_then_field():
    error = error_for(replaced("reps = 5", 'reps = "five"'))
    assert str(error) == (
        "test-squeeze.toml: exercise test-squeeze: dose.reps: must be a whole number, got 'five'"
    )


def test_a_file_that_is_not_toml_is_rejected_naming_the_file():
    error = error_for("id = [unclosed")
    assert error.file == "test-squeeze.toml"
    assert "not valid TOML" in error.message


def test_the_id_must_match_the_file_name():
    assert error_for(VALID, "other-name.toml").field == "id"


def test_a_dose_needs_reps_or_a_duration_but_not_both():
    error = error_for(replaced("reps = 5", "reps = 5\nduration_seconds = 30"))
    assert error.field == "dose"


def test_booleans_are_not_accepted_as_numbers():
    assert error_for(replaced("reps = 5", "reps = true")).field == "dose.reps"


def test_a_self_test_needs_a_measurement_and_the_assessment_category():
    text = replaced('kind = "exercise"', 'kind = "self_test"')
    assert error_for(text).field == "category"
    text = replaced('category = "activation"', 'category = "assessment"', text)
    assert error_for(text).field == "measurement"


def test_an_exercise_may_not_carry_a_measurement():
    text = VALID + '\n[measurement]\nunit = "degrees"\nper_side = true\ntrials = 3\nflag = "x"\n'
    assert error_for(text).field == "measurement"


def test_a_demo_needs_two_keyframes_starting_at_zero():
    text = replaced("at = 0.0", "at = 0.1")
    assert error_for(text).field == "demo.keyframes[0].at"


def test_stop_on_any_pain_is_off_unless_the_file_says_so():
    assert make_exercise().stops_on_any_pain is False
    text = replaced("stop_rules = [", "stop_on_any_pain = true\nstop_rules = [")
    assert make_exercise(text).stops_on_any_pain is True


def test_stop_on_any_pain_must_be_true_or_false():
    error = error_for(replaced("stop_rules = [", 'stop_on_any_pain = "yes"\nstop_rules = ['))
    assert error.field == "stop_on_any_pain"
    assert "must be true or false" in error.message


def test_a_move_to_another_exercise_must_end_its_ladder():
    step = '[[progressions]]\nchange = "exercise"\nvalue = "cat-cow"\nnote = "Move on."\n\n'
    text = replaced("[[progressions]]\n", step + "[[progressions]]\n")
    error = error_for(text)
    assert error.field == "progressions[0].change"
    assert "last step" in error.message
