"""Plan generation: routines fit the minutes, respect equipment and positions, cover the focus."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scapula.catalog import shipped_catalog
from scapula.core.assessment import parse_profile
from scapula.core.catalog.model import EQUIPMENT
from scapula.core.plan import generate_plan
from scapula.core.plan.export import plan_as_dict
from scapula.core.plan.fit import FLOOR_POSITIONS, KNEELING_POSITIONS, fits
from scapula.core.plan.generate import PHASES

CATALOG = shipped_catalog()
EXAMPLE = json.loads((Path(__file__).parents[3] / "examples" / "profile.json").read_text())

sides = st.fixed_dictionaries(
    {}, optional={"left": st.integers(0, 120), "right": st.integers(0, 120)}
)
tests = st.fixed_dictionaries(
    {},
    optional={
        "thoracic_rotation_deg": sides,
        "neck_side_bend_deg": sides,
        "neck_rotation_deg": sides,
        "scapula_winging": st.sampled_from(["none", "subtle", "obvious", "unknown"]),
        "sitting_hours": st.integers(0, 16),
        "phone_hours": st.integers(0, 10),
        "breaks_per_hour": st.integers(0, 4),
    },
)
profiles = st.fixed_dictionaries(
    {
        "minutes_per_day": st.integers(5, 40),
        "equipment": st.lists(st.sampled_from(EQUIPMENT), unique=True),
        "floor_ok": st.booleans(),
        "kneeling_ok": st.booleans(),
        "pain_sites": st.lists(
            st.sampled_from(["between_shoulder_blades", "neck", "top_of_shoulder"]), unique=True
        ),
        "tests": tests,
    },
    optional={"age": st.integers(18, 95)},
)


@settings(max_examples=150, deadline=None)
@given(profiles)
def test_every_routine_fits_the_minutes_the_equipment_and_the_positions(raw):
    profile = parse_profile(raw)
    plan = generate_plan(profile, CATALOG)
    for phase in plan.phases:
        assert sum(item.seconds for item in phase.routine) <= profile.minutes_per_day * 60
        assert len(phase.routine) <= 5
        for item in phase.routine:
            exercise = CATALOG.get(item.exercise)
            assert set(exercise.equipment) - {"wall"} <= profile.equipment
            if not profile.floor_ok:
                assert exercise.position not in FLOOR_POSITIONS
            if not profile.kneeling_ok:
                assert exercise.position not in KNEELING_POSITIONS


@settings(max_examples=150, deadline=None)
@given(profiles.filter(lambda raw: raw["minutes_per_day"] >= 10))
def test_routines_have_three_to_five_exercises_when_three_can_be_done(raw):
    profile = parse_profile(raw)
    for spec, phase in zip(PHASES, generate_plan(profile, CATALOG).phases, strict=True):
        possible = [
            e
            for e in CATALOG.select(kind="exercise")
            if fits(e, profile) and e.category in spec.categories
        ]
        assert min(3, len(possible)) <= len(phase.routine) <= 5


@settings(max_examples=150, deadline=None)
@given(profiles)
def test_every_flagged_driver_is_covered_or_declared_uncovered(raw):
    profile = parse_profile(raw)
    plan = generate_plan(profile, CATALOG)
    for phase in plan.phases:
        covered = {d for item in phase.routine for d in CATALOG.get(item.exercise).driver_ids}
        assert set(plan.focus) <= covered | set(phase.uncovered)
        for driver in phase.uncovered:
            assert driver not in covered


def test_with_room_and_equipment_every_flagged_driver_is_covered():
    plan = generate_plan(parse_profile(EXAMPLE), CATALOG)
    assert set(plan.focus) == {"levator_scapulae", "thoracic_mobility", "postural_load"}
    for phase in plan.phases:
        assert phase.uncovered == ()
        assert 3 <= len(phase.routine) <= 5


def test_the_bridge_and_reach_over_is_in_every_routine_when_the_floor_is_allowed():
    plan = generate_plan(parse_profile(EXAMPLE), CATALOG)
    assert all(phase.routine[0].exercise == "bridge-and-reach-over" for phase in plan.phases)


def test_no_floor_means_no_bridge_and_no_floor_exercise():
    plan = generate_plan(parse_profile(EXAMPLE | {"floor_ok": False}), CATALOG)
    chosen = {item.exercise for phase in plan.phases for item in phase.routine}
    assert "bridge-and-reach-over" not in chosen


def test_each_choice_says_which_test_result_is_behind_it():
    plan = generate_plan(parse_profile(EXAMPLE), CATALOG)
    row = next(i for i in plan.phases[0].routine if i.exercise == "bent-over-isometric-row")
    assert row.why.startswith("Your assessment: Neck side bend to the left was 30°")


def test_the_same_profile_always_gives_the_same_plan():
    first = plan_as_dict(generate_plan(parse_profile(EXAMPLE), CATALOG))
    assert plan_as_dict(generate_plan(parse_profile(EXAMPLE), CATALOG)) == first


def test_the_doses_start_at_the_catalogs_low_dose():
    plan = generate_plan(parse_profile(EXAMPLE), CATALOG)
    for item in plan.phases[0].routine:
        assert item.dose == CATALOG.get(item.exercise).dose


def test_stretch_holds_are_at_least_30_seconds_from_age_65():
    plan = generate_plan(parse_profile(EXAMPLE | {"age": 70}), CATALOG)
    stretch = next(i for i in plan.phases[0].routine if i.exercise == "wall-neck-side-bend")
    assert stretch.dose.hold_seconds >= 30
