"""How long an exercise takes at its dose: an estimate for fitting routines into minutes.

rest_seconds is the rest between sets; a single-set dose uses it as the pause between one
rep or hold and the next (scapula/catalog/README.md).
"""

from scapula.core.catalog.model import Dose

REP_SECONDS = 3  # one unhurried repetition, out and back, without the hold
SETUP_SECONDS = 10  # getting into position


def estimate_seconds(dose: Dose) -> int:
    """Return the seconds one exercise takes: every rep, hold, position, side and rest."""
    positions = max(1, len(dose.positions))
    if dose.duration_seconds is not None:
        one_set = dose.duration_seconds
    else:
        one_set = (dose.reps or 1) * (REP_SECONDS + dose.hold_seconds)
    if dose.sets > 1:
        per_side = positions * (dose.sets * one_set + (dose.sets - 1) * dose.rest_seconds)
    else:
        pauses = (dose.reps or 1) * positions - 1
        per_side = positions * one_set + pauses * dose.rest_seconds
    sides = 2 if dose.per_side else 1
    return SETUP_SECONDS + per_side * sides
