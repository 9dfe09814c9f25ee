"""The stored plan's one reader and writer: what is written is read back unchanged."""

import json

from hypothesis import given, settings

from scapula.catalog import shipped_catalog
from scapula.core.assessment import parse_profile
from scapula.core.plan import Plan, generate_plan, plan_as_dict, plan_from_dict
from tests.core.plan.test_generate import EXAMPLE, profiles

CATALOG = shipped_catalog()


@settings(max_examples=60, deadline=None)
@given(profiles)
def test_a_plan_written_as_json_reads_back_as_the_same_plan(raw):
    plan = generate_plan(parse_profile(raw), CATALOG)
    stored = json.loads(json.dumps(plan_as_dict(plan)))  # through real JSON, as the database
    assert plan_from_dict(stored) == plan


def test_a_plan_knows_each_exercise_once_and_the_dose_it_starts_at():
    plan: Plan = generate_plan(parse_profile(EXAMPLE), CATALOG)
    ids = plan.exercise_ids
    assert len(ids) == len(set(ids))
    first = plan.phases[0].routine[0]
    assert plan.planned_dose(first.exercise) == first.dose


def test_a_phase_gives_the_advance_rule_its_name_weeks_and_exercises():
    phase = generate_plan(parse_profile(EXAMPLE), CATALOG).phases[1]
    assert phase.span.name == phase.name
    assert phase.span.weeks == phase.weeks
    assert phase.span.exercises == tuple(item.exercise for item in phase.routine)
