"""Build a phased program from a profile: routines that fit, cover, and say why."""

from dataclasses import dataclass, replace

from scapula.core.assessment import DriverScore, Profile, score_drivers
from scapula.core.catalog import Catalog, Exercise
from scapula.core.catalog.model import Dose
from scapula.core.drivers import driver_by_id
from scapula.core.plan.fit import FLOOR_POSITIONS, fits, is_older
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
# Strengthening around the shoulder blades is the best-supported exercise type (clinical.md
# §0.4, §3.1), so in the strength weeks these come before whole-body lifts, in this order.
SCAPULAR_STRENGTH = (
    "standing-band-row",
    "serratus-wall-slide",
    "prone-y-t-raise",
    "seated-row",
    "single-arm-row",
    "bent-over-row",
)
STRENGTH_PICKS = 2
MIN_EXERCISES, MAX_EXERCISES = 3, 5
MAINTENANCE_FREQUENCY = "2_per_week"  # the low end of 2-3 times a week (clinical.md §3.4)


@dataclass(frozen=True, slots=True)
class PhaseSpec:
    """A block of weeks and the kinds of exercise it favours, in order of preference."""

    name: str
    weeks: tuple[int, int]
    categories: tuple[str, ...]
    maintenance: bool = False

    @property
    def builds_strength(self) -> bool:
        """Whether the phase puts strength work first."""
        return self.categories[0] == "strength"


# 12 weeks in three blocks, then maintenance (clinical.md §3.8: programs of 8-12 weeks,
# then a maintenance phase; the split is ours). The last phase carries on for ever.
PHASES = (
    PhaseSpec("Relief and activation", (1, 3), ("activation", "stretch", "mobility")),
    PhaseSpec("Mobility and control", (4, 7), ("mobility", "activation", "stretch")),
    PhaseSpec("Strength", (8, 12), ("strength", "mobility", "activation", "stretch")),
    PhaseSpec("Maintenance", (13, 13), ("strength", "mobility", "stretch", "activation"), True),
)

WINGING_NOTICE = (
    "Your shoulder-blade check showed a shoulder blade clearly lifting off the ribs. The "
    "check cannot tell why, and some people without pain show it too, but obvious lifting "
    "is worth showing to a doctor or physiotherapist soon. Stop any exercise that hurts."
)
OLDER_NOTICE = (
    "From age 65 the plan starts with exercises done standing, seated or at a wall, uses "
    "floor work only when it needs it, leaves out exercises that hold your whole weight on "
    "your hands and toes, and holds stretches for at least 30 seconds."
)
PREGNANCY_NOTICE = (
    "Because you are pregnant, the plan leaves out exercises lying face down or flat on "
    "your back. Keep to what your doctor or midwife cleared, and stop and ask them if "
    "anything feels wrong."
)
OSTEOPOROSIS_NOTICE = (
    "Because you have osteoporosis, the plan leaves out lifting with a bent-over back and "
    "rolling your spine over a foam roller. Ask your doctor or physiotherapist which "
    "exercises suit your bones."
)


def generate_plan(profile: Profile, catalog: Catalog) -> Plan:
    """Return the same plan for the same profile and catalog."""
    scores = score_drivers(profile)
    focus = _focus(scores)
    allowed = [e for e in catalog.select(kind="exercise") if fits(e, profile)]
    phases = tuple(_phase(spec, allowed, focus, scores, profile) for spec in PHASES)
    return Plan(scores, phases, focus, _notices(profile, phases))


def _notices(profile: Profile, phases: tuple[Phase, ...]) -> tuple[str, ...]:
    """Say in plain words what the plan changed for this person, and what to get checked."""
    notices = []
    if profile.tests.scapula_winging == "obvious":
        notices.append(WINGING_NOTICE)
    if is_older(profile):
        notices.append(OLDER_NOTICE)
    if profile.pregnant:
        notices.append(PREGNANCY_NOTICE)
    if profile.osteoporosis:
        notices.append(OSTEOPOROSIS_NOTICE)
    short = [phase.name for phase in phases if len(phase.routine) < MIN_EXERCISES]
    if short:
        notices.append(
            f"{', '.join(short)}: fewer than three exercises fit your minutes, equipment and "
            "positions. More minutes a day, or an exercise band, would make room for more."
        )
    return tuple(notices)


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


def _preference(
    exercise: Exercise, spec: PhaseSpec, profile: Profile
) -> tuple[int, int, int, int, str]:
    """Sort key: off the floor from 65, favoured categories, scapular strength, sources."""
    category = (
        spec.categories.index(exercise.category)
        if exercise.category in spec.categories
        else len(spec.categories)
    )
    floor = int(is_older(profile) and exercise.position in FLOOR_POSITIONS)
    scapular = (
        SCAPULAR_STRENGTH.index(exercise.id)
        if exercise.id in SCAPULAR_STRENGTH
        else len(SCAPULAR_STRENGTH)
    )
    source = 0 if exercise.id in SOURCE_EXERCISES else 1
    return floor, category, scapular, source, exercise.id


def _routine(
    spec: PhaseSpec,
    allowed: list[Exercise],
    focus: tuple[str, ...],
    scores: tuple[DriverScore, ...],
    profile: Profile,
) -> tuple[RoutineItem, ...]:
    """Pick 3-5 exercises: daily, focus, strength, then fill, within the minutes."""
    budget = profile.minutes_per_day * 60
    ranked = sorted(
        (e for e in allowed if e.category in spec.categories),
        key=lambda e: _preference(e, spec, profile),
    )
    chosen: list[RoutineItem] = []
    daily = next((e for e in ranked if e.id == DAILY_SUGGESTED), None)
    if daily is not None and not is_older(profile):
        why = (
            "The sources suggest it every day: it moves the whole chain, "
            "feet to head, around the upper back."
        )
        _add(chosen, _item(daily, focus, scores, profile, spec, why), budget)
    for driver in focus:
        if not any(driver in _item_drivers(item, allowed) for item in chosen):
            candidate = _shortest_covering(ranked, driver, chosen, profile, budget)
            if candidate is not None:
                _add(chosen, _item(candidate, (driver,), scores, profile, spec), budget)
    if spec.builds_strength:
        for exercise in [e for e in ranked if e.id in SCAPULAR_STRENGTH]:
            if is_older(profile) and exercise.position in FLOOR_POSITIONS:
                continue
            if sum(item.exercise in SCAPULAR_STRENGTH for item in chosen) >= STRENGTH_PICKS:
                break
            _add(chosen, _item(exercise, focus, scores, profile, spec), budget)
    # Fill with exercises for the focus drivers first, then anything else that fits; from
    # 65, floor work only to reach the minimum.
    for exercise in sorted(ranked, key=lambda e: not set(e.driver_ids) & set(focus)):
        if is_older(profile) and exercise.position in FLOOR_POSITIONS:
            continue
        _add(chosen, _item(exercise, focus, scores, profile, spec), budget)
    # Three is the minimum: reach it from the other categories when the phase's own are short.
    others = sorted(allowed, key=lambda e: _preference(e, spec, profile))
    for exercise in others:
        if len(chosen) >= MIN_EXERCISES:
            break
        _add(chosen, _item(exercise, focus, scores, profile, spec), budget)
    return tuple(chosen)


def _item_drivers(item: RoutineItem, allowed: list[Exercise]) -> tuple[str, ...]:
    return next(e.driver_ids for e in allowed if e.id == item.exercise)


def _dose_for(exercise: Exercise, profile: Profile, spec: PhaseSpec) -> Dose:
    """The catalog's low starting dose; stretches held 30 s from 65; maintenance 2 a week."""
    dose = exercise.dose
    if is_older(profile) and exercise.category == "stretch":
        dose = replace(dose, hold_seconds=max(dose.hold_seconds, 30))
    if spec.maintenance and exercise.category == "strength":
        dose = replace(dose, frequency=MAINTENANCE_FREQUENCY)
    return dose


def _shortest_covering(
    ranked: list[Exercise], driver: str, chosen: list[RoutineItem], profile: Profile, budget: int
) -> Exercise | None:
    """Return the best-ranked exercise for a driver that still fits the minutes."""
    used = sum(item.seconds for item in chosen)
    taken = {item.exercise for item in chosen}
    options = [e for e in ranked if driver in e.driver_ids and e.id not in taken]
    fitting = [e for e in options if used + _seconds(e, e.dose) <= budget]
    return fitting[0] if fitting else None


def _item(
    exercise: Exercise,
    drivers: tuple[str, ...],
    scores: tuple[DriverScore, ...],
    profile: Profile,
    spec: PhaseSpec,
    why: str | None = None,
) -> RoutineItem:
    """The routine item for an exercise, its reason tied to the first driver it answers."""
    driver = next((d for d in drivers if d in exercise.driver_ids), exercise.driver_ids[0])
    dose = _dose_for(exercise, profile, spec)
    return RoutineItem(
        exercise.id,
        exercise.name,
        dose,
        _seconds(exercise, dose),
        why or _why(exercise, driver, scores),
        driver_by_id(driver).caveat,
    )


def _add(chosen: list[RoutineItem], item: RoutineItem, budget: int) -> None:
    """Append the item when it is new, fits the minutes, and the routine is not full."""
    used = sum(existing.seconds for existing in chosen)
    if any(existing.exercise == item.exercise for existing in chosen):
        return
    if used + item.seconds > budget or len(chosen) >= MAX_EXERCISES:
        return
    chosen.append(item)


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
