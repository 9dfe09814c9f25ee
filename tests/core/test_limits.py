"""Named limits: one range, refused with the field and the range in words."""

import pytest

from scapula.core import ScapulaError
from scapula.core.limits import AGE, MINUTES_PER_DAY, PAIN_SCALE


def test_the_pain_scale_offers_eleven_buttons_from_0_to_10():
    assert list(PAIN_SCALE.choices) == list(range(11))


@pytest.mark.parametrize("value", [-1, 11, True, "4", 4.5, None])
def test_a_pain_score_off_the_scale_or_not_whole_is_refused_naming_the_field(value):
    with pytest.raises(ScapulaError) as error:
        PAIN_SCALE.check(value, field="score")
    assert error.value.field == "score"
    assert "from 0 to 10" in error.value.message


def test_the_ends_of_a_range_are_inside_it():
    assert MINUTES_PER_DAY.check(5, field="m") == 5
    assert MINUTES_PER_DAY.check(60, field="m") == 60


def test_a_range_says_its_unit():
    with pytest.raises(ScapulaError, match="from 12 to 110 years"):
        AGE.check(9, field="age")
