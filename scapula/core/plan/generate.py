"""Build a phased program from a profile: routines that fit, cover, and say why."""

from dataclasses import dataclass, replace

from scapula.core.assessment import DriverScore, Profile, score_drivers
from scapula.core.catalog import Catalog, Exercise
from scapula.core.catalog.model import Dose
from scapula.core.plan.model import Phase, Plan, RoutineItem
from scapula.core.session import compile_exercise

DAILY_SUGGESTED = "bridge-and-reach-over"  # the sources suggest it every day (seed 003)
# The exercises the source documents name come before general strength and yoga work.
SOURCE_EXERCISES = (
    "bent-over-isometric-row",
    "segmental-thoracic-mobilization",
    "wall-neck-side-bend",
    "shoulder-extension-dissociation",
    "corner-upper-back-stretch",
    "rhomboid-push-up",
    "wall-splat",
    "can-openers",
    "eleven-fifteen-stretch",
    "bridge-and-reach-over",
)
FLOOR_POSITIONS = frozenset(
    {"floor-seated", "floor-supine", "floor-prone", "quadruped", "kneeling", "side-lying"}
)
KNEELING_POSITIONS = frozenset({"quadruped", "kneeling"})
MIN_EXERCISES, MAX_EXERCISES = 3, 5
OLDER_AGE = 65  # ACSM: 30-60 s stretch holds for older adults (clinical.md §3.2)


@dataclass(frozen=True, slots=True)
class PhaseSpec:
    """A block of weeks and the kinds of exercise it favours, in order of preference."""

    name: str
    weeks: tuple[int, int]
    categories: tuple[str, ...]


# 12 weeks in three blocks (clinical.md §3.8: programs of 8-12 weeks; the split is ours).
PHASES = (
    PhaseSpec("Relief and activation", (1, 3), ("activation", "stretch", "mobility")),
    PhaseSpec("Mobility and control", (4, 7), ("mobility", "activation", "stretch")),
    PhaseSpec("Strength", (8, 12), ("strength", "mobility", "activation", "stretch")),
)


def generate_plan(profile: Profile, catalog: Catalog) -> Plan:
    """Return the same plan for the same profile and catalog."""
    scores = score_drivers(profile)
    focus = _focus(scores)
    allowed = [e for e in catalog.select(kind="exercise") if _fits(e, profile)]
    phases = tuple(_phase(spec, allowed, focus, scores, profile) for spec in PHASES)
    return Plan(scores, phases, focus)


def _phase(
    spec: PhaseSpec,
    allowed: list[Exercise],
    focus: tuple[str, ...],
    scores: tuple[DriverScore, ...],
    profile: Profile,
) -> Phase:
    """Build one phase and note the focus drivers its routine could not reach."""
    routine = _routine(spec, allowed, focus, scores, profile)
    covered = {d for item in routine for d in _item_drivers(item, allowed)}
    return Phase(spec.name, spec.weeks, routine, tuple(d for d in focus if d not in covered))


def _focus(scores: tuple[DriverScore, ...]) -> tuple[str, ...]:
    """Return the flagged drivers, strongest first; with none flagged, the thoracic spine."""
    flagged = sorted((s for s in scores if s.flagged), key=lambda s: (-s.score, s.driver))
    # With nothing flagged (tests skipped), start where the sources say the pain most often
    # comes from: the thoracic spine.
    return tuple(s.driver for s in flagged) or ("thoracic_mobility",)


def _fits(exercise: Exercise, profile: Profile) -> bool:
    """Return whether the person has the equipment and can take the position."""
    if not set(exercise.equipment) <= profile.equipment:
        return False
    if not profile.floor_ok and exercise.position in FLOOR_POSITIONS:
        return False
    return profile.kneeling_ok or exercise.position not in KNEELING_POSITIONS


def _preference(exercise: Exercise, spec: PhaseSpec) -> tuple[int, int, str]:
    """Sort key: the phase's favoured categories first, then the sources' own exercises."""
    category = (
        spec.categories.index(exercise.category)
        if exercise.category in spec.categories
        else len(spec.categories)
    )
    return category, 0 if exercise.id in SOURCE_EXERCISES else 1, exercise.id


def _routine(
    spec: PhaseSpec,
    allowed: list[Exercise],
    focus: tuple[str, ...],
    scores: tuple[DriverScore, ...],
    profile: Profile,
) -> tuple[RoutineItem, ...]:
    """Pick 3-5 exercises: the daily one, one per focus driver, then fill, within the minutes."""
    budget = profile.minutes_per_day * 60
    ranked = sorted(
        (e for e in allowed if e.category in spec.categories), key=lambda e: _preference(e, spec)
    )
    chosen: list[RoutineItem] = []
    daily = next((e for e in ranked if e.id == DAILY_SUGGESTED), None)
    if daily is not None:
        _add(
            chosen,
            daily,
            "The sources suggest it every day: it moves the whole chain, "
            "feet to head, around the upper back.",
            profile,
            budget,
            focus,
        )
    for driver in focus:
        if not any(driver in _item_drivers(item, allowed) for item in chosen):
            candidate = _shortest_covering(ranked, driver, chosen, profile, budget)
            if candidate is not None:
                _add(chosen, candidate, _why(candidate, driver, scores), profile, budget, focus)
    # Fill with exercises for the focus drivers first, then anything else that fits.
    for exercise in sorted(ranked, key=lambda e: not set(e.driver_ids) & set(focus)):
        if len(chosen) >= MAX_EXERCISES:
            break
        driver = next((d for d in focus if d in exercise.driver_ids), exercise.driver_ids[0])
        _add(chosen, exercise, _why(exercise, driver, scores), profile, budget, focus)
    return tuple(chosen)


def _item_drivers(item: RoutineItem, allowed: list[Exercise]) -> tuple[str, ...]:
    return next(e.driver_ids for e in allowed if e.id == item.exercise)


def _dose_for(exercise: Exercise, profile: Profile) -> Dose:
    """The catalog's low starting dose; stretches held at least 30 s from age 65 (ACSM)."""
    dose = exercise.dose
    if profile.age is not None and profile.age >= OLDER_AGE and exercise.category == "stretch":
        return replace(dose, hold_seconds=max(dose.hold_seconds, 30))
    return dose


def _shortest_covering(
    ranked: list[Exercise], driver: str, chosen: list[RoutineItem], profile: Profile, budget: int
) -> Exercise | None:
    """Return the best-ranked exercise for a driver that still fits, else the shortest one."""
    used = sum(item.seconds for item in chosen)
    taken = {item.exercise for item in chosen}
    options = [e for e in ranked if driver in e.driver_ids and e.id not in taken]
    fitting = [e for e in options if used + _seconds(e, _dose_for(e, profile)) <= budget]
    return fitting[0] if fitting else None


def _add(
    chosen: list[RoutineItem],
    exercise: Exercise,
    why: str,
    profile: Profile,
    budget: int,
    focus: tuple[str, ...],
) -> None:
    """Append the exercise when it is new, fits the minutes, and leaves room for the focus."""
    dose = _dose_for(exercise, profile)
    seconds = _seconds(exercise, dose)
    used = sum(item.seconds for item in chosen)
    if any(item.exercise == exercise.id for item in chosen) or used + seconds > budget:
        return
    if len(chosen) >= MAX_EXERCISES:
        return
    chosen.append(RoutineItem(exercise.id, exercise.name, dose, seconds, why))


def _seconds(exercise: Exercise, dose: Dose) -> int:
    """Return how long the session player takes for the exercise at this dose."""
    return compile_exercise(exercise, dose).total_seconds


def _why(exercise: Exercise, driver: str, scores: tuple[DriverScore, ...]) -> str:
    """Say which driver or test result the exercise answers, in plain words."""
    link = next((link for link in exercise.drivers if link.driver == driver), exercise.drivers[0])
    score = next(s for s in scores if s.driver == link.driver)
    if not score.evidence:
        return link.why
    return f"Your assessment: {score.evidence[0].text} {link.why}"
