"""The safety questions (clinical.md §1.3), in plain words, grouped by how urgent a flag is."""

from dataclasses import dataclass

from scapula.core.sources import Citation

BLOCKS = ("emergency", "urgent", "clinician", "mechanical")
BLOCK_TITLES = {
    "emergency": "Do you need emergency help?",
    "urgent": "Should a doctor see you today?",
    "clinician": "Should a clinician check you before you start?",
    "mechanical": "About your pain",
}


@dataclass(frozen=True, slots=True)
class Question:
    """One yes/no safety question, why it is asked, where it comes from, and what raises it."""

    id: str
    block: str
    text: str
    why: str
    sources: tuple[Citation, ...]
    # The answer that raises the flag: "yes" everywhere except M1, which the form marks.
    raises_on: bool = True
    # A yes that reports a lasting, known history: a clinician who knows it can clear it.
    is_history: bool = False
    # False when the answer counts only together with another (see LINKED_FLAGS).
    raises_alone: bool = True

    @property
    def tier(self) -> str:
        """Return the block, named as the questions list shows it."""
        return self.block


def _q(question_id: str, block: str, text: str, why: str, *keys: str, **flags: bool) -> Question:
    return Question(question_id, block, text, why, tuple(Citation(key) for key in keys), **flags)


QUESTIONS: tuple[Question, ...] = (
    _q(
        "E1",
        "emergency",
        "Right now, or together with this pain, do you have pain, pressure, tightness or "
        "squeezing in your chest, or pain spreading into an arm, your jaw, neck or stomach?",
        "These can be signs of a heart attack, which can be felt between the shoulder blades.",
        "aha-heart-attack-signs",
    ),
    _q(
        "E2",
        "emergency",
        "With this back pain, are you short of breath, sweaty or clammy, feeling sick, or "
        "faint or light-headed?",
        "Together with back pain these can come from the heart or the lungs.",
        "aha-heart-attack-signs",
        "nhs-pulmonary-embolism",
    ),
    _q(
        "E3",
        "emergency",
        "Did this pain start suddenly and very severely, like the worst pain of your life, or "
        "does it feel tearing or ripping?",
        "A sudden tearing pain can be a tear in the body's main artery, which needs help at once.",
        "hse-aortic-dissection",
    ),
    _q(
        "E4",
        "emergency",
        "Are you coughing up blood, or did a sudden sharp pain start that is worse when you "
        "breathe in, with breathlessness?",
        "These can be signs of a blood clot in the lung or a collapsed lung.",
        "nhs-pulmonary-embolism",
    ),
    _q(
        "E5",
        "emergency",
        "Do you have new weakness, numbness or heaviness in both legs, new trouble walking or "
        "balancing, new loss of control of your bladder or bowels, or numbness around your "
        "genitals or bottom?",
        "These can mean pressure on the spinal cord or its nerves, which is an emergency.",
        "devon-thoracic-referral",
        "glos-red-flags",
    ),
    _q(
        "E6",
        "emergency",
        "Do you have any stroke-type signs: a drooping face, slurred speech, double or lost "
        "vision, a sudden severe headache, sudden dizziness with unsteadiness, or weakness or "
        "numbness down one side?",
        "These can be a stroke or a torn neck artery; neck exercises must not go ahead.",
        "ifompt-cervical-framework",
        "hse-aortic-dissection",
    ),
    _q(
        "E7",
        "emergency",
        "Did this pain start after a major injury, such as a car crash, a fall from a height or "
        "a heavy blow to the back?",
        "A big injury can break a bone in the spine, which needs checking before any exercise.",
        "physiopedia-thoracic-red-flags",
        "glos-red-flags",
    ),
    _q(
        "E8",
        "emergency",
        "Have you ever had cancer, and do you now have new weakness, numbness, or changes in "
        "your bladder or bowels?",
        "In someone who has had cancer these can mean pressure on the spinal cord.",
        "nice-ng234-mscc",
    ),
    _q(
        "U1",
        "urgent",
        "Have you ever had cancer (now or in the past), and is this pain new, or different "
        "from pain you have had before?",
        "In someone who has had cancer, new or changed upper-back pain should be checked by a "
        "doctor the same day.",
        "nice-ng234-mscc",
        is_history=True,
    ),
    _q(
        "U2",
        "urgent",
        "Do you have a fever, chills or night sweats, or feel generally unwell; or have you "
        "recently had a bacterial infection or injected drugs?",
        "An infection of the spine can start quietly; about half the people who have one have "
        "no fever.",
        "glos-red-flags",
        "devon-thoracic-referral",
    ),
    _q(
        "U3",
        "urgent",
        "Does the pain come on when you exert yourself (stairs, hurrying, cold weather) and "
        "ease when you rest?",
        "Pain that comes with effort and goes with rest can come from the heart.",
        "aha-heart-attack-signs",
        "par-q",
        is_history=True,
    ),
    _q(
        "U4",
        "urgent",
        "Is the pain linked to eating, indigestion or heartburn, pain in the upper tummy, "
        "being sick, yellow skin or eyes, or dark urine?",
        "The gallbladder, pancreas and stomach can all send pain to the upper back.",
        "devon-thoracic-referral",
    ),
    _q(
        "U5",
        "urgent",
        "Do you have tingling, burning or a painful band on one side of your chest or back, "
        "with or without a rash?",
        "This can be shingles, where treatment works best when started within 3 days of the rash.",
        "nhs-shingles",
    ),
    _q(
        "U6",
        "urgent",
        "Did the pain start after a minor fall, a cough or sneeze, or lifting something, and do "
        "you have osteoporosis or take steroid tablets?",
        "With fragile bones even a small strain can crack a vertebra.",
        "glos-red-flags",
        "physiopedia-thoracic-red-flags",
        is_history=True,
    ),
    _q(
        "U7",
        "urgent",
        "Over the past days or weeks, have your hands become numb or clumsy (buttons, "
        "writing) or has your walking become unsteady?",
        "These can be early signs of pressure on the spinal cord in the neck.",
        "myelopathy-org",
        "devon-thoracic-referral",
    ),
    # U2 of clinical.md §1.3 split in two: a weak immune system is a lasting history a
    # clinician can clear, while a fever passes and is answered again instead.
    _q(
        "U8",
        "urgent",
        "Do you have a weakened immune system, for example from chemotherapy, long-term "
        "steroid tablets or HIV?",
        "With a weakened immune system an infection of the spine is more likely and can start "
        "quietly.",
        "glos-red-flags",
        "devon-thoracic-referral",
        is_history=True,
    ),
    _q(
        "C1",
        "clinician",
        "Is this the first time you have had back pain, and are you under 20 or over 50?",
        "New back pain at these ages is worth a check, though it is usually nothing serious.",
        "physiopedia-thoracic-red-flags",
        "glos-red-flags",
    ),
    _q(
        "C2",
        "clinician",
        "Have you lost weight recently without trying?",
        "Unexplained weight loss with back pain should be looked into.",
        "glos-red-flags",
    ),
    _q(
        "C3",
        "clinician",
        "Is the pain constant and getting steadily worse, or does it wake you at night and not "
        "ease when you change position?",
        "Pain that no position eases behaves differently from muscle and joint pain.",
        "physiopedia-thoracic-red-flags",
        "glos-red-flags",
    ),
    _q(
        "C4",
        "clinician",
        "Has the pain lasted more than 4 to 6 weeks without any improvement, despite sensible "
        "self-care?",
        "Pain that does not change at all after a month deserves a professional look.",
        "glos-red-flags",
        "physiopedia-thoracic-red-flags",
    ),
    _q(
        "C5",
        "clinician",
        "Did your back pain start before age 45 and last more than 3 months, with morning "
        "stiffness of more than 30 minutes that eases with movement, waking in the second half "
        "of the night, or psoriasis, inflammatory bowel disease or eye inflammation (uveitis)?",
        "These together can point to an inflammatory condition of the spine that has its own "
        "treatment.",
        "nice-ng65-axspa",
    ),
    _q(
        "C6",
        "clinician",
        "Do you have osteoporosis, a past spine fracture or long-term steroid use, or have you "
        "noticed losing height or becoming more stooped?",
        "Fragile bones change which exercises are safe.",
        "glos-red-flags",
    ),
    _q(
        "C7",
        "clinician",
        "Does pain, pins and needles or numbness travel down one arm, or is one arm weak?",
        "A trapped nerve in the neck is best assessed before exercising it.",
        "ifompt-cervical-framework",
    ),
    _q(
        "C8",
        "clinician",
        "Has a doctor said you have a heart condition or should only exercise under medical "
        "advice; do you take blood-pressure or heart medicine; have you had chest pain at rest "
        "in the past month; or do you lose your balance from dizziness or ever black out?",
        "These are the standard checks before starting any new exercise.",
        "par-q",
    ),
    _q(
        "C9",
        "clinician",
        "Have you had a whiplash or neck injury, neck or shoulder surgery, or do you have a "
        "connective-tissue condition (such as Marfan or Ehlers-Danlos) or very loose joints?",
        "These change how safe neck stretches and strong twisting are.",
        "ifompt-cervical-framework",
        "hse-aortic-dissection",
    ),
    _q(
        "C10",
        "clinician",
        "Are you pregnant, or have you given birth in the last 6 months?",
        "Some positions and efforts need adjusting during and after pregnancy.",
        "par-q",
    ),
    _q(
        "C11",
        "clinician",
        "Is the pain in many parts of your body at once?",
        "Pain in many places at once is best looked at as a whole by a clinician.",
        "glos-red-flags",
    ),
    # scapula's own conservative rule: clinical.md §1.3 makes a past cancer same-day only
    # with new or different pain (U1); with familiar pain a clinician still looks first,
    # since §1.1 lists a history of cancer among the malignancy features.
    _q(
        "C12",
        "clinician",
        "Have you ever had cancer, now or in the past?",
        "A past cancer is one of the things a clinician weighs with back pain, even when the "
        "pain feels familiar.",
        "glos-red-flags",
        "nice-ng234-mscc",
    ),
    # Age, which C1 asks only for a first episode: §1.1 names age over 70 for spinal
    # fracture (the clinician chart). Under 18 is scapula's own conservative rule: the
    # program and its sources are for adults.
    _q(
        "C13",
        "clinician",
        "Are you under 18, or 70 or older?",
        "This program is written for adults; from 70, bones break more easily and a check first "
        "is wise.",
        "physiopedia-thoracic-red-flags",
        "glos-red-flags",
    ),
    _q(
        "M1",
        "mechanical",
        "Does your pain change with posture or movement, and ease when you rest or change "
        "position?",
        "Muscle and joint pain usually behaves like this; pain that does not is worth a "
        "clinician's view first.",
        "physiopedia-thoracic-red-flags",
        raises_on=False,
    ),
    # Counts only with C8 (see LINKED_FLAGS): scapula's own conservative rule.
    _q(
        "M2",
        "mechanical",
        "Is the pain mainly on the left side, around or under your left shoulder blade?",
        "On its own this is common. Together with a heart condition or heart medicine, a doctor "
        "should check the same day that the pain is not coming from the heart.",
        "aha-heart-attack-signs",
        "par-q",
        raises_alone=False,
    ),
)

QUESTION_IDS: tuple[str, ...] = tuple(question.id for question in QUESTIONS)
QUESTIONS_BY_ID = {question.id: question for question in QUESTIONS}

# The one question where "No" raises the flag says in its answers what each one means.
ANSWER_LABELS: dict[str, tuple[str, str]] = {
    "M1": ("Yes, it changes or eases", "No, it stays the same whatever I do"),
}
EXCEPTION_NOTE = (
    "Careful: this is the one question where No is the answer that needs a clinician's check."
)
RECHECK_IDS: tuple[str, ...] = tuple(
    question.id for question in QUESTIONS if question.block in ("emergency", "urgent")
)


def questions_in(block: str) -> tuple[Question, ...]:
    """Return the questions of one block, in order."""
    return tuple(question for question in QUESTIONS if question.block == block)


def questions_as_data() -> list[dict[str, object]]:
    """Return every question as plain data: id, tier, text, and the answer that raises it."""
    return [
        {"id": q.id, "tier": q.tier, "text": q.text, "raises_on": q.raises_on} for q in QUESTIONS
    ]
