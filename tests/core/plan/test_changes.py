"""A clinician's changes laid over a routine: swap keeps the place, dose sets it, add appends,
remove drops, a note changes nothing; and the swap list uses the plan generator's fit rule."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scapula.catalog import shipped_catalog
from scapula.core.assessment import parse_profile
from scapula.core.catalog import Dose
from scapula.core.errors import ScapulaError
from scapula.core.plan import generate_plan
from scapula.core.plan.changes import (
    ChangeKind,
    ProgramEdit,
    apply_changes,
    check_dose,
    check_note,
    dose_fields,
    left_out,
    replacements_for,
)
from scapula.core.plan.fit import FLOOR_POSITIONS, PREGNANCY_POSITIONS, fits

CATALOG = shipped_catalog()
EXAMPLE = json.loads((Path(__file__).parents[3] / "examples" / "profile.json").read_text())
PLAN = generate_plan(parse_profile(EXAMPLE), CATALOG)
ROUTINE = PLAN.phases[0].routine
EXERCISE_IDS = tuple(e.id for e in CATALOG.select(kind="exercise"))


def ids(items) -> list[str]:
    return [item.exercise for item in items]


def test_a_swap_puts_the_replacement_in_the_same_place_at_its_own_dose():
    first, second = ROUTINE[0].exercise, ROUTINE[1].exercise
    new = next(e for e in EXERCISE_IDS if e not in ids(ROUTINE))
    changed = apply_changes(ROUTINE, [ProgramEdit(ChangeKind.SWAP, second, new, note="x")], CATALOG)
    assert ids(changed) == [first, new, *ids(ROUTINE)[2:]]
    assert changed[1].dose == CATALOG.get(new).dose
    assert changed[1].name == CATALOG.get(new).name
    assert changed[1].why == "Chosen by your clinician: x"


def test_a_dose_sets_the_dose_and_the_minutes():
    target = ROUTINE[0]
    dose = target.dose.changed("sets", target.dose.sets + 2)
    changed = apply_changes(
        ROUTINE, [ProgramEdit(ChangeKind.DOSE, target.exercise, dose=dose)], CATALOG
    )
    assert changed[0].dose == dose
    assert changed[0].seconds > target.seconds
    assert changed[1:] == ROUTINE[1:]


def test_add_appends_remove_drops_and_a_note_changes_nothing():
    new = next(e for e in EXERCISE_IDS if e not in ids(ROUTINE))
    changes = [
        ProgramEdit(ChangeKind.ADD, new, note="a"),
        ProgramEdit(ChangeKind.REMOVE, ROUTINE[0].exercise, note="b"),
        ProgramEdit(ChangeKind.NOTE, note="c"),
    ]
    changed = apply_changes(ROUTINE, changes, CATALOG)
    assert ids(changed) == [*ids(ROUTINE)[1:], new]
    assert apply_changes(ROUTINE, [ProgramEdit(ChangeKind.NOTE, note="c")], CATALOG) == ROUTINE


def test_changes_apply_in_order_and_a_missing_exercise_changes_nothing():
    first = ROUTINE[0].exercise
    new = next(e for e in EXERCISE_IDS if e not in ids(ROUTINE))
    swap = ProgramEdit(ChangeKind.SWAP, first, new)
    dose_of_old = ProgramEdit(ChangeKind.DOSE, first, dose=Dose(sets=3, reps=3))
    # After the swap the old exercise is gone: its dose change no longer has anything to set.
    assert apply_changes(ROUTINE, [swap, dose_of_old], CATALOG)[0].dose == CATALOG.get(new).dose
    assert apply_changes(ROUTINE, [dose_of_old, swap], CATALOG)[0].exercise == new
    assert apply_changes(ROUTINE, [ProgramEdit(ChangeKind.REMOVE, new)], CATALOG) == ROUTINE


edits = st.builds(
    ProgramEdit,
    kind=st.sampled_from(list(ChangeKind)),
    exercise_id=st.sampled_from(EXERCISE_IDS),
    replacement_id=st.sampled_from(EXERCISE_IDS),
    note=st.text(max_size=5),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(edits, max_size=8))
def test_any_sequence_keeps_each_exercise_once_and_notes_never_matter(changes):
    changed = apply_changes(ROUTINE, changes, CATALOG)
    assert len(set(ids(changed))) == len(changed)
    without_notes = [c for c in changes if c.kind != ChangeKind.NOTE]
    assert apply_changes(ROUTINE, without_notes, CATALOG) == changed
    # Whatever was taken out and not brought back is not in the routine.
    assert not left_out(changes) & set(ids(changed))


@settings(max_examples=100, deadline=None)
@given(st.lists(edits, max_size=6), st.sampled_from(range(len(ROUTINE))))
def test_a_swap_never_changes_the_length_or_the_other_places(changes, place):
    before = apply_changes(ROUTINE, changes, CATALOG)
    if place >= len(before):
        return
    new = next(e for e in EXERCISE_IDS if e not in ids(before))
    swap = ProgramEdit(ChangeKind.SWAP, before[place].exercise, new)
    after = apply_changes(ROUTINE, [*changes, swap], CATALOG)
    assert len(after) == len(before)
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] == [place]


def test_replacements_follow_the_plan_generator_s_fit_rule():
    pregnant = parse_profile({**EXAMPLE, "pregnant": True, "floor_ok": False})
    options = replacements_for(ROUTINE[0].exercise, CATALOG, pregnant, taken=ids(ROUTINE))
    assert options
    assert all(fits(e, pregnant) for e in options)
    assert not any(e.position in FLOOR_POSITIONS | PREGNANCY_POSITIONS for e in options)
    assert not set(ids(ROUTINE)) & {e.id for e in options}
    everyone = parse_profile({"equipment": ["door_frame", "foam_roller", "band", "dumbbell"]})
    allowed = {e.id for e in CATALOG.select(kind="exercise") if fits(e, everyone)}
    assert {e.id for e in replacements_for("x", CATALOG, everyone)} == allowed


def test_the_same_category_comes_first_in_the_swap_list():
    own = CATALOG.get(ROUTINE[0].exercise)
    options = replacements_for(own.id, CATALOG, parse_profile(EXAMPLE))
    categories = [e.category == own.category for e in options]
    assert categories == sorted(categories, reverse=True)


def test_a_dose_is_checked_against_its_ranges_and_the_exercise_s_own_variables():
    reps_based = next(
        e for e in CATALOG.select(kind="exercise") if e.dose.reps and e.dose.hold_seconds
    )
    timed = next(e for e in CATALOG.select(kind="exercise") if e.dose.duration_seconds)
    assert dose_fields(reps_based) == ("sets", "reps", "hold_seconds")
    assert dose_fields(timed) == ("sets", "duration_seconds")
    dose = check_dose(reps_based, {"sets": 2, "reps": 8}, start=reps_based.dose)
    assert (dose.sets, dose.reps, dose.per_side) == (2, 8, reps_based.dose.per_side)
    for raw, field in (
        ({"sets": 9}, "sets"),
        ({"reps": 0}, "reps"),
        ({"reps": "lots"}, "reps"),
        ({"duration_seconds": 30}, "duration_seconds"),
        ({}, "sets"),
    ):
        with pytest.raises(ScapulaError) as caught:
            check_dose(reps_based, raw, start=reps_based.dose)
        assert caught.value.field == field


def test_every_change_needs_a_short_reason():
    assert check_note("  Less load this week.  ") == "Less load this week."
    for bad in ("", "   ", None, "x" * 1001):
        with pytest.raises(ScapulaError) as caught:
            check_note(bad)
        assert caught.value.field == "note"
