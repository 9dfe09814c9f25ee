"""The one gate error: raised unless the gate is open, carrying the reason and what to do."""

import pytest

from scapula.core.screening import GATE_MESSAGES, ExerciseLockedError, Gate, check_gate


def test_an_open_gate_raises_nothing():
    check_gate(Gate.OPEN)


@pytest.mark.parametrize("gate", [g for g in Gate if g is not Gate.OPEN])
def test_every_closed_gate_raises_the_one_error_with_its_plain_message(gate):
    with pytest.raises(ExerciseLockedError) as locked:
        check_gate(gate)
    assert locked.value.gate is gate
    assert locked.value.message == GATE_MESSAGES[gate]
    assert locked.value.code == "exercise_locked"
