"""A clinician's program changes: checked and audited, laid over today's routine for every
door, and the progression rules step on from the clinician's dose."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from scapula.catalog import shipped_catalog
from scapula.clinic.models import AuditEntry, ProgramChange
from scapula.clinic.program import change_program, program_changes_for, program_for
from scapula.core.errors import ScapulaError
from scapula.plans.models import StoredPlan
from scapula.plans.services import create_plan
from scapula.practice.models import DoseChange
from scapula.practice.progress import review_progress
from scapula.practice.services import ExerciseResult, SessionReport, record_session
from scapula.practice.today import todays_routine
from scapula.tracking.services import record_pain
from tests.clinic_support import make_world

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
ROW = "bent-over-isometric-row"
CATALOG = shipped_catalog()


@pytest.fixture
def world(db):
    world = make_world()
    for patient in (world.patient_a, world.patient_b):
        create_plan(user=patient, profile=EXAMPLE, today=timezone.localdate() - timedelta(days=3))
    return world


def today():
    return timezone.localdate()


def routine_ids(patient):
    return [item.exercise.id for item in todays_routine(user=patient, today=today()).items]


def change(world, kind, patient=None, **fields):
    fields.setdefault("note", "Your shoulder needs a gentler start.")
    return change_program(
        author=world.clinician,
        patient=patient or world.patient_a,
        kind=kind,
        today=today(),
        **fields,
    )


def not_in_routine(world):
    """An exercise that fits the example profile and is not in patient A's routine."""
    view = program_for(author=world.clinician, patient_id=world.patient_a.pk, today=today())
    return view.addable[0].id


def test_a_swap_keeps_the_place_and_every_door_plays_the_replacement(world):
    before = routine_ids(world.patient_a)
    view = program_for(author=world.clinician, patient_id=world.patient_a.pk, today=today())
    new = view.replacements[before[1]][0]
    change(world, "swap", exercise_id=before[1], replacement_id=new.id)
    after = routine_ids(world.patient_a)
    assert after == [before[0], new.id, *before[2:]]
    item = todays_routine(user=world.patient_a, today=today()).items[1]
    assert item.dose == new.dose
    assert item.why == "Chosen by your clinician: Your shoulder needs a gentler start."
    assert routine_ids(world.patient_b) == before  # the other patient's program is untouched


def test_dose_add_and_remove_change_today_s_routine(world):
    before = routine_ids(world.patient_a)
    added = not_in_routine(world)
    change(world, "dose", exercise_id=ROW, dose={"sets": 2, "reps": 6})
    change(world, "add", exercise_id=added)
    change(world, "remove", exercise_id=before[0])
    change(world, "note", note="Keep going, this is going well.")
    routine = todays_routine(user=world.patient_a, today=today())
    assert [i.exercise.id for i in routine.items] == [*before[1:], added]
    row = next(i for i in routine.items if i.exercise.id == ROW)
    assert (row.dose.sets, row.dose.reps, row.dose.hold_seconds) == (2, 6, 2)
    assert routine.dose_of(ROW) == row.dose
    assert routine.script.total_seconds == sum(i.seconds for i in routine.items)


def calm_sessions(patient, *, keys):
    """Two completed calm sessions of the row, each followed by a calm morning."""
    now = timezone.now()
    for days_ago, key in zip((2, 1), keys, strict=True):
        started = now - timedelta(days=days_ago)
        report = SessionReport(
            key, started, started + timedelta(minutes=10), "completed", 3, 2,
            (ExerciseResult(ROW, "done", 2, "", 20),),
        )  # fmt: skip
        session, _ = record_session(user=patient, report=report, now=now)
        record_pain(
            user=patient, score=3, context="morning", today=session.performed_on + timedelta(1)
        )


def test_progression_steps_on_from_the_clinician_s_dose(world):
    patient = world.patient_a
    change(world, "dose", exercise_id=ROW, dose={"hold_seconds": 10})
    calm_sessions(patient, keys=("calm-aaaa", "calm-bbbb"))

    (decided,) = [c for c in review_progress(user=patient, today=today()) if c.exercise_id == ROW]

    assert decided.decision == "progress"
    row = todays_routine(user=patient, today=today()).dose_of(ROW)
    # One rung up from the clinician's 5 x 10 s is 10 x 10 s (from the plan's 5 x 2 s: 5 x 5 s).
    assert (row.reps, row.hold_seconds) == (10, 10)


def test_a_clinician_s_dose_replaces_a_decision_made_before_it_and_not_one_made_after(world):
    patient = world.patient_a
    earlier = {"sets": 1, "reps": 5, "hold_seconds": 5, "per_side": True, "rest_seconds": 3}
    DoseChange.objects.create(
        user=patient, exercise_id=ROW, decision="progress", reason="Calm.", source="rules",
        dose=earlier, decided_on=today(),
    )  # fmt: skip
    change(world, "dose", exercise_id=ROW, dose={"sets": 2})
    assert todays_routine(user=patient, today=today()).dose_of(ROW).sets == 2
    assert todays_routine(user=patient, today=today()).dose_of(ROW).hold_seconds == 5

    later = {**earlier, "sets": 1, "reps": 3}
    DoseChange.objects.create(
        user=patient, exercise_id=ROW, decision="regress", reason="Flare.", source="rules",
        dose=later, decided_on=today(),
    )  # fmt: skip
    assert todays_routine(user=patient, today=today()).dose_of(ROW).reps == 3


def test_todays_routine_reads_the_changes_in_one_query(world):
    change(world, "dose", exercise_id=ROW, dose={"sets": 2})
    change(world, "add", exercise_id=not_in_routine(world))
    with CaptureQueriesContext(connection) as queries:
        todays_routine(user=world.patient_a, today=today())
    reads = [q["sql"] for q in queries.captured_queries if "clinic_programchange" in q["sql"]]
    assert len(reads) == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "rename"}, "kind"),
        ({"kind": "dose", "exercise_id": ROW, "dose": {"sets": 2}, "note": "  "}, "note"),
        (
            {"kind": "swap", "exercise_id": "no-such-thing", "replacement_id": "plank"},
            "exercise_id",
        ),
        ({"kind": "remove", "exercise_id": "plank"}, "exercise_id"),
        ({"kind": "swap", "exercise_id": ROW, "replacement_id": ""}, "replacement_id"),
        ({"kind": "dose", "exercise_id": ROW, "dose": {"sets": 40}}, "sets"),
        (
            {"kind": "dose", "exercise_id": ROW, "dose": {"duration_seconds": 30}},
            "duration_seconds",
        ),
        ({"kind": "dose", "exercise_id": ROW, "dose": {}}, "sets"),
    ],
)
def test_a_bad_change_names_its_field_and_stores_nothing(world, fields, field):
    fields = {"note": "A reason.", **fields}
    with pytest.raises(ScapulaError) as caught:
        change_program(author=world.clinician, patient=world.patient_a, today=today(), **fields)
    assert caught.value.field == field
    assert not ProgramChange.objects.exists()
    # Nothing half-written: the audit entry of the refused write is rolled back with it.
    assert not AuditEntry.objects.filter(what="program change").exists()


def test_a_replacement_must_fit_the_person_s_constraints(world):
    patient = world.patient_a
    plan = StoredPlan.objects.filter(user=patient).latest("id")
    plan.profile = {**plan.profile, "pregnant": True, "floor_ok": False}
    plan.save()
    floor_work = next(
        e
        for e in CATALOG.select(kind="exercise")
        if e.position == "floor-prone" and not e.equipment and e.id not in routine_ids(patient)
    )
    for kind, fields in (
        ("swap", {"exercise_id": routine_ids(patient)[0], "replacement_id": floor_work.id}),
        ("add", {"exercise_id": floor_work.id}),
    ):
        with pytest.raises(ScapulaError) as caught:
            change(world, kind, **fields)
        assert "does not fit" in caught.value.message
    view = program_for(author=world.clinician, patient_id=patient.pk, today=today())
    assert floor_work not in view.addable
    assert all(floor_work not in options for options in view.replacements.values())


def test_a_change_is_audited_as_a_write_by_its_author(world):
    change(world, "note", note="See you on Tuesday.")
    entry = AuditEntry.objects.get(what="program change")
    assert (entry.user, entry.actor, entry.action) == (
        world.patient_a,
        world.clinician,
        AuditEntry.Action.WRITE,
    )


@pytest.mark.parametrize("who", ["other_clinician", "patient_a", "admin"])
def test_only_the_patient_s_own_clinician_may_change_the_program(world, who):
    with pytest.raises(Http404):
        change_program(
            author=getattr(world, who),
            patient=world.patient_a,
            kind="note",
            note="Hello.",
            today=today(),
        )
    assert not ProgramChange.objects.exists()


def test_the_patient_reads_each_change_with_who_what_and_why_newest_first(world):
    world.clinician.first_name, world.clinician.last_name = "Ana", "Silva"
    world.clinician.save()
    change(world, "dose", exercise_id=ROW, dose={"sets": 2}, note="More work now.")
    change(world, "remove", exercise_id=routine_ids(world.patient_a)[0], note="Too much.")
    shown = program_changes_for(world.patient_a)
    assert [c.why for c in shown] == ["Too much.", "More work now."]
    assert shown[0].who == "Ana Silva"
    assert shown[1].what.startswith(f"Changed the dose of {CATALOG.get(ROW).name} to 2 sets")
    assert program_changes_for(world.patient_b) == []


def test_a_phase_does_not_wait_for_an_exercise_the_clinician_took_out(world):
    patient = world.patient_b
    StoredPlan.objects.filter(user=patient).update(starts_on=today() - timedelta(weeks=5))
    held = todays_routine(user=patient, today=today()).status
    assert held.is_held
    taken_out = held.waiting_for[0]
    change(world, "remove", patient=patient, exercise_id=taken_out, note="Not for you.")
    status = todays_routine(user=patient, today=today()).status
    assert taken_out not in status.waiting_for
    assert taken_out not in routine_ids(patient)


def test_opening_the_editor_is_audited_as_a_read(world):
    program_for(author=world.clinician, patient_id=world.patient_a.pk, today=today())
    entry = AuditEntry.objects.get(what="program")
    assert (entry.user, entry.actor, entry.action) == (
        world.patient_a,
        world.clinician,
        AuditEntry.Action.READ,
    )
