"""The catalog as a whole: unique ids, references between files, filters and search."""

import pytest

from scapula.core.catalog import CatalogError, build_catalog

from .helpers import make_exercise, replaced

SQUEEZE = make_exercise()
STRETCH = make_exercise(
    replaced(
        'id = "test-squeeze"',
        'id = "test-stretch"',
        replaced(
            'aliases = ["squeeze"]',
            'aliases = ["levator"]',
            replaced(
                'name = "Test squeeze"',
                'name = "Neck stretch"',
                replaced(
                    "equipment = []",
                    'equipment = ["wall"]',
                    replaced('id = "postural_load"', 'id = "levator_scapulae"'),
                ),
            ),
        ),
    ),
    "test-stretch.toml",
)


def test_two_files_with_the_same_id_are_rejected():
    with pytest.raises(CatalogError) as caught:
        build_catalog([SQUEEZE, SQUEEZE])
    assert caught.value.field == "id"


def test_a_ladder_step_naming_an_unknown_exercise_is_rejected():
    text = replaced('change = "hold_seconds"\nvalue = 5', 'change = "exercise"\nvalue = "nope"')
    with pytest.raises(CatalogError) as caught:
        build_catalog([make_exercise(text)])
    assert caught.value.field == "progressions[0].value"
    assert "nope" in caught.value.message


def test_a_reference_to_a_file_checked_elsewhere_is_accepted():
    text = replaced('change = "hold_seconds"\nvalue = 5', 'change = "exercise"\nvalue = "plank"')
    catalog = build_catalog([make_exercise(text)], other_ids={"plank"})
    assert catalog.ids == ("test-squeeze",)


def test_filters_combine():
    catalog = build_catalog([SQUEEZE, STRETCH])
    assert catalog.select(driver="levator_scapulae") == (STRETCH,)
    assert catalog.select(equipment="none") == (SQUEEZE,)
    assert catalog.select(equipment="wall", position="standing") == (STRETCH,)
    assert catalog.select(driver="thoracic_mobility") == ()


def test_search_matches_names_and_aliases_word_by_word():
    catalog = build_catalog([SQUEEZE, STRETCH])
    assert catalog.select(query="NECK") == (STRETCH,)
    assert catalog.select(query="squeeze") == (SQUEEZE,)
    assert catalog.select(query="neck squeeze") == ()


def test_entries_are_ordered_by_name():
    assert build_catalog([SQUEEZE, STRETCH]).ids == ("test-stretch", "test-squeeze")
