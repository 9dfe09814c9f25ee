"""A phase moves on after its planned weeks, once each of its exercises has progressed."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scapula.core.plan import DecisionMark, PhaseSpan, current_phase

START = date(2026, 1, 5)
PHASES = (
    PhaseSpan("Relief", (1, 3), ("stretch", "row")),
    PhaseSpan("Mobility", (4, 7), ("stretch", "cat-cow")),
    PhaseSpan("Strength", (8, 12), ("row", "plank")),
)


def day(n: int) -> date:
    return START + timedelta(days=n)


def where(today: int, *marks: tuple[str, str, int], topped_out=()):
    decisions = [DecisionMark(exercise, decision, day(n)) for exercise, decision, n in marks]
    return current_phase(PHASES, decisions, start=START, today=day(today), topped_out=topped_out)


def test_the_first_phase_runs_its_planned_weeks():
    status = where(20, ("stretch", "progress", 5), ("row", "progress", 6))
    assert status.index == 0
    assert status.name == "Relief"
    assert status.earliest_end == day(21)
    assert not status.is_held


def test_it_moves_on_at_the_planned_end_when_every_exercise_has_progressed():
    status = where(21, ("stretch", "progress", 5), ("row", "progress", 6))
    assert status.index == 1
    assert status.started_on == day(21)
    assert status.earliest_end == day(21 + 28)


def test_without_progress_it_waits_and_says_for_what():
    status = where(30, ("stretch", "progress", 5))
    assert status.index == 0
    assert status.is_held
    assert status.waiting_for == ("row",)


def test_a_late_step_up_moves_it_on_the_next_day():
    status = where(40, ("stretch", "progress", 5), ("row", "progress", 33))
    assert status.index == 1
    assert status.started_on == day(34)


def test_a_setback_after_progress_means_waiting_for_another_step_up():
    held = where(30, ("stretch", "progress", 5), ("row", "progress", 6), ("row", "regress", 12))
    assert held.index == 0
    assert held.waiting_for == ("row",)
    again = where(
        30,
        ("stretch", "progress", 5),
        ("row", "progress", 6),
        ("row", "refer", 12),
        ("row", "progress", 25),
    )
    assert again.index == 1
    assert again.started_on == day(26)


def test_each_phase_needs_its_own_progress():
    marks = [("stretch", "progress", 5), ("row", "progress", 6)]
    held = where(60, *marks)
    assert held.index == 1
    assert set(held.waiting_for) == {"stretch", "cat-cow"}
    moved = where(60, *marks, ("stretch", "progress", 30), ("cat-cow", "progress", 31))
    assert moved.index == 2
    assert moved.started_on == day(49)


def test_an_exercise_at_the_top_of_its_ladder_counts_as_ready():
    status = where(21, ("row", "progress", 6), topped_out={"stretch"})
    assert status.index == 1


def test_the_last_phase_simply_continues():
    marks = [(e, "progress", n) for n, e in enumerate(("stretch", "row"), start=1)]
    marks += [(e, "progress", 22 + n) for n, e in enumerate(("stretch", "cat-cow"))]
    status = where(400, *marks)
    assert status.index == 2
    assert status.is_last
    assert not status.is_held


marks_strategy = st.lists(
    st.tuples(
        st.sampled_from(("stretch", "row", "cat-cow", "plank")),
        st.sampled_from(("progress", "regress", "refer", "stop", "continue")),
        st.integers(0, 150),
    ),
    max_size=40,
)


@given(marks_strategy, st.integers(0, 150))
def test_a_phase_never_ends_before_its_planned_weeks_and_never_goes_back(marks, today):
    status = where(today, *marks)
    planned_days = sum(PHASES[i].days for i in range(status.index))
    assert (status.started_on - START).days >= planned_days
    assert status.started_on <= day(today)
    assert where(today + 1, *marks).index >= status.index
