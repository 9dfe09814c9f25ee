"""The muscles of the upper back the sources describe, in plain words."""

from dataclasses import dataclass

from scapula.core.sources import Citation


@dataclass(frozen=True, slots=True)
class Muscle:
    """One muscle (or pair) of the upper back: where it runs and what it does."""

    id: str
    name: str
    where: str
    does: str
    related_ids: tuple[str, ...] = ()


MUSCLES_SOURCE = Citation("cavaliere-no-more-knots", "section on the muscles of the upper back")

MUSCLES: tuple[Muscle, ...] = (
    Muscle(
        "trapezius",
        "Trapezius",
        "A broad, kite-shaped sheet from the base of the skull down the middle of the back "
        "and out to both shoulder blades.",
        "Raises, lowers and turns the shoulder blades; its middle fibres pull them back "
        "toward the spine together with the rhomboids.",
    ),
    Muscle(
        "rhomboids",
        "Rhomboids (major and minor)",
        "Under the trapezius, between the spine and the inner edge of each shoulder blade: "
        "the spot where the knots are usually felt.",
        "Pull the shoulder blades in toward the spine (retraction) and steady them while the "
        "arms work.",
    ),
    Muscle(
        "levator_scapulae",
        "Levator scapulae",
        "From the side of the upper neck down to the top inner corner of the shoulder blade.",
        "Lifts the shoulder blade and turns it inward; it sits right beside the rhomboid minor "
        "and is joined to it by connective tissue.",
    ),
    Muscle(
        "latissimus_dorsi",
        "Latissimus dorsi",
        "The widest muscle of the back, from the middle and lower back up to the upper arm.",
        "Draws the arm down, back and in, and helps steady the lower back and pelvis.",
    ),
    Muscle(
        "teres",
        "Teres major and minor",
        "Two small muscles from the outer edge of the shoulder blade to the upper arm.",
        "Turn the arm and draw it toward the body.",
        ("teres_major", "teres_minor"),
    ),
    Muscle(
        "serratus_anterior",
        "Serratus anterior",
        "Along the side of the ribs, running under the shoulder blade to its inner edge.",
        "Pulls the shoulder blade forward around the ribs (protraction) and holds it flat "
        "against the rib cage, so the arm can move without the blade tipping or winging.",
    ),
)


def muscle_name(muscle_id: str) -> str:
    """Say a catalog muscle id by its name, e.g. 'latissimus_dorsi' -> 'Latissimus dorsi'."""
    for muscle in MUSCLES:
        if muscle_id == muscle.id:
            return muscle.name
    return muscle_id.replace("_", " ").capitalize()
