"""The plain step labels every player shows: reps and sides counted as people count them."""

from scapula.catalog import shipped_catalog
from scapula.core.session import compile_exercise, compile_routine
from scapula.core.session.labels import exercise_place

CATALOG = shipped_catalog()


def labels(exercise_id):
    return [(s.kind, s.label, s.up_next) for s in compile_exercise(CATALOG.get(exercise_id)).steps]


def test_a_per_side_exercise_says_the_side_and_counts_reps_and_holds():
    steps = labels("bent-over-isometric-row")
    assert steps[0][:2] == ("prepare", "Get ready")
    said = [label for _kind, label, _next in steps]
    assert "Left side, rep 3 of 5" in said
    assert "Left side, hold 2 of 5" in said
    assert "Rest" in said
    assert "Right side, hold 5 of 5" in said


def test_the_step_before_the_other_side_says_so():
    steps = labels("bent-over-isometric-row")
    switch = next(i for i, step in enumerate(steps) if step[0] == "switch_side")
    assert steps[switch - 1][2] == "Next: right side"
    assert steps[switch][1] == "Switch to the right side"


def test_the_last_step_of_an_exercise_names_the_next_exercise():
    items = [(CATALOG.get(i), CATALOG.get(i).dose) for i in ("cat-cow", "wall-splat")]
    steps = compile_routine(items).steps
    last_of_first = max(i for i, s in enumerate(steps) if s.exercise == "cat-cow")
    assert steps[last_of_first].up_next == f"Next: {CATALOG.get('wall-splat').name}"
    assert steps[-1].up_next == "Next: the end"


def test_no_label_speaks_in_steps_or_ids():
    for exercise_id in CATALOG.ids:
        for step in compile_exercise(CATALOG.get(exercise_id)).steps:
            for text in (step.label, step.up_next):
                assert text
                assert "step" not in text.lower()
                assert "_" not in text


def test_timed_sets_and_positions_are_counted():
    assert "Hold, set 2 of 2" in [label for _k, label, _n in labels("plank")]
    corner = [label for _k, label, _n in labels("corner-upper-back-stretch")]
    assert "Left side, position 2 of 3, hold" in corner
    assert exercise_place(2, 4) == "Exercise 2 of 4"


def test_labels_travel_in_the_script_json():
    step = compile_exercise(CATALOG.get("cat-cow")).as_dict()["steps"][1]
    assert step["label"] == "Rep 1 of 5"
    assert step["next"].startswith("Next: ")
