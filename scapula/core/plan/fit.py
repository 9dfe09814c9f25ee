"""Which catalog exercises a person may do: equipment, positions, and the conservative rules.

The one fit rule: the plan generator picks from it, and a clinician's swap or added exercise
must pass it too.
"""

from scapula.core.assessment import ALWAYS_AT_HAND, Profile
from scapula.core.catalog import Exercise

FLOOR_POSITIONS = frozenset(
    {"floor-seated", "floor-supine", "floor-prone", "quadruped", "kneeling", "side-lying"}
)
KNEELING_POSITIONS = frozenset({"quadruped", "kneeling"})
OLDER_AGE = 65  # ACSM: 30-60 s stretch holds for older adults (clinical.md §3.2)
# scapula's own conservative rules; clinical.md gives no exercise limits for these groups:
# from 65, nothing that holds the whole body on the hands (or forearms) and toes;
FULL_BODY_WEIGHT = frozenset({"rhomboid-push-up", "plank", "side-plank"})
# when pregnant, nothing lying face down or flat on the back;
PREGNANCY_POSITIONS = frozenset({"floor-prone", "floor-supine"})
# with osteoporosis (a fracture risk, clinical.md §1.1; the manipulation trial excluded it,
# §0.5), no lifting with a bent-over back and no roller pressing on the spine.
OSTEOPOROSIS_EXCLUDED = frozenset({"deadlift", "bent-over-row", "segmental-thoracic-mobilization"})


def is_older(profile: Profile) -> bool:
    """Whether the person is 65 or over."""
    return profile.age is not None and profile.age >= OLDER_AGE


def fits(exercise: Exercise, profile: Profile) -> bool:
    """Return whether the person has the equipment, can take the position, and may do it."""
    if not set(exercise.equipment) - ALWAYS_AT_HAND <= profile.equipment:
        return False
    if not profile.floor_ok and exercise.position in FLOOR_POSITIONS:
        return False
    if not profile.kneeling_ok and exercise.position in KNEELING_POSITIONS:
        return False
    return _is_safe_for(exercise, profile)


def _is_safe_for(exercise: Exercise, profile: Profile) -> bool:
    """Apply the conservative rules for age, pregnancy and osteoporosis."""
    if is_older(profile) and exercise.id in FULL_BODY_WEIGHT:
        return False
    if profile.pregnant and exercise.position in PREGNANCY_POSITIONS:
        return False
    return not (profile.osteoporosis and exercise.id in OSTEOPOROSIS_EXCLUDED)
