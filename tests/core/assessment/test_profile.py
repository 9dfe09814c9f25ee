"""Reading a profile: defaults for constraints, every test optional, unknown words named."""

import json
from pathlib import Path

import pytest

from scapula.core import ScapulaError
from scapula.core.assessment import parse_profile

EXAMPLE = json.loads((Path(__file__).parents[3] / "examples" / "profile.json").read_text())


def field_of(raw) -> str | None:
    with pytest.raises(ScapulaError) as caught:
        parse_profile(raw)
    return caught.value.field


def test_an_empty_profile_takes_the_default_constraints_and_skips_every_test():
    profile = parse_profile({})
    assert profile.minutes_per_day == 12
    assert profile.equipment == frozenset()
    assert profile.floor_ok
    assert profile.kneeling_ok
    assert profile.tests.thoracic_rotation_deg is None


def test_the_example_profile_reads_in_full():
    profile = parse_profile(EXAMPLE)
    assert profile.tests.thoracic_rotation_deg.left == 40
    assert profile.tests.scapula_winging == "subtle"
    assert "foam_roller" in profile.equipment


def test_unknown_winging_means_skipped():
    assert parse_profile({"tests": {"scapula_winging": "unknown"}}).tests.scapula_winging is None


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"colour": "blue"}, "colour"),
        ({"equipment": ["trampoline"]}, "equipment"),
        ({"pain_sites": ["knee"]}, "pain_sites"),
        ({"minutes_per_day": 2}, "minutes_per_day"),
        ({"minutes_per_day": "ten"}, "minutes_per_day"),
        ({"floor_ok": "yes"}, "floor_ok"),
        ({"tests": {"sit_hours": 3}}, "tests.sit_hours"),
        ({"tests": {"thoracic_rotation_deg": {"left": 400}}}, "tests.thoracic_rotation_deg.left"),
        ({"tests": {"thoracic_rotation_deg": {"up": 40}}}, "tests.thoracic_rotation_deg.up"),
        ({"tests": {"scapula_winging": "lots"}}, "tests.scapula_winging"),
        ({"tests": {"sitting_hours": True}}, "tests.sitting_hours"),
    ],
)
def test_a_bad_key_or_value_is_named(raw, field):
    assert field_of(raw) == field


@pytest.mark.parametrize("key", ["pregnant", "osteoporosis"])
def test_pregnancy_and_osteoporosis_default_to_no_and_must_be_true_or_false(key):
    assert getattr(parse_profile({}), key) is False
    assert getattr(parse_profile({key: True}), key) is True
    assert field_of({key: "yes"}) == key
