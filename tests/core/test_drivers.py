"""The four drivers: the stable ids of product.md §1, each with an honest caveat and sources."""

import pytest

from scapula.core.drivers import DRIVERS, driver_by_id


def test_the_four_drivers_have_the_stable_ids():
    assert [d.id for d in DRIVERS] == [
        "levator_scapulae",
        "serratus_anterior",
        "thoracic_mobility",
        "postural_load",
    ]


@pytest.mark.parametrize("driver", DRIVERS, ids=lambda d: d.id)
def test_every_driver_states_its_caveat_and_sources(driver):
    assert len(driver.caveat) > 40
    assert driver.sources


def test_an_unknown_driver_id_raises_key_error():
    with pytest.raises(KeyError, match="posture"):
        driver_by_id("posture")
