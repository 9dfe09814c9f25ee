"""The driver profile: a score per driver with the evidence behind it, and what is missing.

Thresholds come from clinical.md §5 (each cited); adding them into one score and flagging
a driver at 2 points is the project's own rule, not a validated instrument.
"""

from dataclasses import dataclass

from scapula.core.assessment.profile import Profile, SideMeasure, TestResults
from scapula.core.catalog.model import DRIVER_IDS

FLAG_AT = 2
THORACIC_LIMIT = 50.0  # below 50 degrees of rotation (Matsel screen, clinical.md §5.3)
THORACIC_ASYMMETRY = 6.0  # about the minimal detectable change (Johnson 2012)
NECK_SIDE_BEND_LOW = 33.0  # typical about 45; day-to-day variation about 12 (§5.1)
NECK_ROTATION_LOW = 60.0  # typical 70-90, approximate (§5.1)
NECK_ASYMMETRY = 12.0  # smaller differences are within day-to-day variation (§5.1)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One finding that raised a driver's score, in plain words, with its source."""

    points: int
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class DriverScore:
    """How strongly the assessment points at one driver, and why."""

    driver: str
    score: int
    flagged: bool
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...]


def score_drivers(profile: Profile) -> tuple[DriverScore, ...]:
    """Score every driver from the profile's pain sites and test results."""
    tests = profile.tests
    findings = {
        "thoracic_mobility": (_thoracic(profile, tests), _missing(tests, "thoracic_rotation_deg")),
        "levator_scapulae": (
            _levator(profile, tests),
            _missing(tests, "neck_side_bend_deg", "neck_rotation_deg"),
        ),
        "serratus_anterior": (_serratus(tests), _missing(tests, "scapula_winging")),
        "postural_load": (
            _posture(tests),
            _missing(tests, "sitting_hours", "phone_hours", "breaks_per_hour"),
        ),
    }
    return tuple(_score(driver, *findings[driver]) for driver in DRIVER_IDS)


def _score(driver: str, evidence: list[Evidence], missing: tuple[str, ...]) -> DriverScore:
    total = sum(item.points for item in evidence)
    return DriverScore(driver, total, total >= FLAG_AT, tuple(evidence), missing)


def _missing(tests: TestResults, *names: str) -> tuple[str, ...]:
    return tuple(name for name in names if getattr(tests, name) is None)


def _sides_below(measure: SideMeasure | None, limit: float) -> list[tuple[str, float]]:
    if measure is None:
        return []
    values = (("left", measure.left), ("right", measure.right))
    return [(side, value) for side, value in values if value is not None and value < limit]


def _difference(measure: SideMeasure | None) -> float | None:
    if measure is None or measure.left is None or measure.right is None:
        return None
    return abs(measure.left - measure.right)


def _thoracic(profile: Profile, tests: TestResults) -> list[Evidence]:
    evidence = [
        Evidence(
            2,
            f"Upper-back rotation to the {side} was {value:g}°, below 50°.",
            "matsel-thoracic-screen",
        )
        for side, value in _sides_below(tests.thoracic_rotation_deg, THORACIC_LIMIT)
    ][:1]
    difference = _difference(tests.thoracic_rotation_deg)
    if difference is not None and difference > THORACIC_ASYMMETRY:
        evidence.append(
            Evidence(
                1,
                f"Your two sides differ by {difference:g}°, more than the "
                "about 6° a measurement can be off.",
                "johnson-2012-thoracic-rotation",
            )
        )
    if "between_shoulder_blades" in profile.pain_sites:
        evidence.append(
            Evidence(
                1,
                "You feel it between the shoulder blades, where the sources say stiff "
                "upper-back joints can be felt (an idea, not a proven cause).",
                "cavaliere-no-more-knots",
            )
        )
    return evidence


def _levator(profile: Profile, tests: TestResults) -> list[Evidence]:
    evidence = [
        Evidence(
            1,
            f"Neck side bend to the {side} was {value:g}°, well under the typical 45°.",
            "orthopaedicsone-neck-rom",
        )
        for side, value in _sides_below(tests.neck_side_bend_deg, NECK_SIDE_BEND_LOW)
    ]
    evidence += [
        Evidence(
            1,
            f"Neck rotation to the {side} was {value:g}°, under the typical 70-90°.",
            "orthopaedicsone-neck-rom",
        )
        for side, value in _sides_below(tests.neck_rotation_deg, NECK_ROTATION_LOW)
    ]
    for name, measure in (
        ("side bend", tests.neck_side_bend_deg),
        ("rotation", tests.neck_rotation_deg),
    ):
        difference = _difference(measure)
        if difference is not None and difference > NECK_ASYMMETRY:
            evidence.append(
                Evidence(
                    1,
                    f"Neck {name} differs by {difference:g}° between sides, "
                    "more than day-to-day variation.",
                    "christensen-1998-neck-variation",
                )
            )
    if {"neck", "top_of_shoulder"} & set(profile.pain_sites):
        evidence.append(
            Evidence(
                1,
                "Pain in the neck or the top of the shoulder is where the levator scapulae runs.",
                "precision-movement-video",
            )
        )
    return evidence


def _serratus(tests: TestResults) -> list[Evidence]:
    points = {"subtle": 1, "obvious": 2}.get(tests.scapula_winging or "", 0)
    if not points:
        return []
    return [
        Evidence(
            points,
            f"The shoulder-blade check showed {tests.scapula_winging} "
            "lifting; a movement-quality sign, not a diagnosis.",
            "wall-push-up-specificity",
        )
    ]


def _posture(tests: TestResults) -> list[Evidence]:
    evidence = []
    if tests.sitting_hours is not None and tests.sitting_hours >= 6:
        points = 2 if tests.sitting_hours >= 8 else 1
        evidence.append(
            Evidence(
                points,
                f"You sit about {tests.sitting_hours:g} hours a day.",
                "upper-back-stretch-article",
            )
        )
    if tests.phone_hours is not None and tests.phone_hours >= 3:
        evidence.append(
            Evidence(
                1,
                f"You spend about {tests.phone_hours:g} hours a day on your phone.",
                "upper-back-stretch-article",
            )
        )
    if tests.breaks_per_hour is not None and tests.breaks_per_hour < 1:
        evidence.append(
            Evidence(
                1,
                "You rarely take a break within the hour; in one study, breaks every "
                "20 minutes eased discomfort, though a review found breaks may not "
                "prevent pain.",
                "mclean-2001",
            )
        )
    return evidence


def _worse_with(profile: Profile) -> list[Evidence]:
    """Pain that builds with sitting, screens or desk work points at postural load."""
    triggers = [
        w.replace("_", " ")
        for w in profile.worse_with
        if w in ("sitting", "phone", "desk_work", "driving")
    ]
    if not triggers:
        return []
    return [
        Evidence(
            1, f"Your pain gets worse with {', '.join(triggers)}.", "upper-back-stretch-article"
        )
    ]
