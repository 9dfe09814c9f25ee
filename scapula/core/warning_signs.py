"""Symptoms that call for emergency help instead of exercise (clinical.md §1.1)."""

from dataclasses import dataclass

from scapula.core.sources import Citation


@dataclass(frozen=True, slots=True)
class WarningSign:
    """One symptom pattern, in plain words, with the source it comes from."""

    text: str
    source: Citation


# Pain between the shoulder blades can come from the heart, the aorta or the lungs, and
# thoracic pain is more often serious than neck or low-back pain (clinical.md §0.1).
WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "Chest, arm, jaw or upper-back discomfort that lasts more than a few minutes or keeps "
        "coming back, especially with breathlessness, a cold sweat, nausea or light-headedness",
        Citation("aha-heart-attack-signs"),
    ),
    WarningSign(
        "Sudden, severe chest or upper-back pain that feels tearing or ripping, or with fainting",
        Citation("hse-aortic-dissection"),
    ),
    WarningSign(
        "Sudden breathlessness, or sharp chest or upper-back pain that is worse when you "
        "breathe in, or coughing up blood",
        Citation("nhs-pulmonary-embolism"),
    ),
    WarningSign(
        "New weakness, numbness or clumsiness in the legs or hands, unsteady walking, or "
        "trouble controlling the bladder or bowels",
        Citation("devon-thoracic-referral"),
    ),
    WarningSign(
        "Dizziness, double vision, slurred speech, trouble swallowing or a drooping face, "
        "especially with new neck pain or headache",
        Citation("ifompt-cervical-framework"),
    ),
)

# Why upper-back pain deserves this card at all (clinical.md §0.1).
THORACIC_PAIN_SOURCES: tuple[Citation, ...] = (
    Citation("devon-thoracic-referral"),
    Citation("physiopedia-thoracic-red-flags"),
)
