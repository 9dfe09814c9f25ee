"""Self-assessment: the profile a person gives, and the driver scores computed from it."""

from scapula.core.assessment.profile import (
    ALWAYS_AT_HAND,
    PAIN_SIDES,
    PAIN_SITES,
    PERSON_EQUIPMENT,
    TEST_LABELS,
    WINGING,
    WORSE_WITH,
    Profile,
    SideMeasure,
    TestResults,
    parse_profile,
)
from scapula.core.assessment.scoring import FLAG_AT, DriverScore, Evidence, score_drivers

__all__ = [
    "ALWAYS_AT_HAND",
    "FLAG_AT",
    "PAIN_SIDES",
    "PAIN_SITES",
    "PERSON_EQUIPMENT",
    "TEST_LABELS",
    "WINGING",
    "WORSE_WITH",
    "DriverScore",
    "Evidence",
    "Profile",
    "SideMeasure",
    "TestResults",
    "parse_profile",
    "score_drivers",
]
