"""The one error every interface raises while the safety gate keeps exercise locked."""

from scapula.core.errors import ScapulaError
from scapula.core.screening.gate import GATE_MESSAGES, Gate


class ExerciseLockedError(ScapulaError):
    """Exercise may not be guided today; `gate` says why and the message says what to do."""

    code = "exercise_locked"

    def __init__(self, gate: Gate) -> None:
        super().__init__(GATE_MESSAGES[gate])
        self.gate = gate


def check_gate(gate: Gate) -> None:
    """Raise ExerciseLockedError unless the gate is open."""
    if gate is not Gate.OPEN:
        raise ExerciseLockedError(gate)
