"""The four drivers of upper-back pain the program addresses, with their honest caveats."""

from dataclasses import dataclass

from scapula.core.sources import Citation


@dataclass(frozen=True, slots=True)
class Driver:
    """One root cause the sources name, in plain words, with how far the evidence goes."""

    id: str
    name: str
    explanation: str
    caveat: str
    sources: tuple[Citation, ...]


DRIVERS: tuple[Driver, ...] = (
    Driver(
        id="levator_scapulae",
        name="A short, tight or weak levator scapulae",
        explanation=(
            "The levator scapulae runs from the side of the neck to the top corner of the "
            "shoulder blade. The sources suggest that when it does not do its share, the "
            "rhomboids, which sit right beside it, take over and can end up overworked."
        ),
        caveat=(
            "The 2022 study behind this idea (Kulow et al.) examined 26 body donors and found "
            "the two muscles joined by connective tissue. It shows they are linked, not that "
            "one causes pain in the other."
        ),
        sources=(
            Citation("precision-movement-video", "00:43", 43),
            Citation("kulow-2022"),
        ),
    ),
    Driver(
        id="serratus_anterior",
        name="A serratus anterior that is not pulling its weight",
        explanation=(
            "The serratus anterior holds the shoulder blade flat against the ribs while the "
            "arm moves. The sources suggest that if it is not working well, the shoulder "
            "blade tips forward and the rhomboids work overtime to steady it."
        ),
        caveat=(
            "This chain of cause and effect is a reasonable explanation, but no study the "
            "program relies on has shown it causes pain between the shoulder blades."
        ),
        sources=(Citation("precision-movement-video", "02:24", 144),),
    ),
    Driver(
        id="thoracic_mobility",
        name="A stiff upper (thoracic) spine",
        explanation=(
            "The sources suggest the joints of the upper back may be the real source: when "
            "they stiffen, the ache may be felt in the muscles around them. Getting those "
            "joints moving again is the aim of most of the mobility work."
        ),
        caveat=(
            "The trial usually quoted (Haleema and Riaz, 2021) used thrust manipulation by a "
            "clinician on 60 young adults. The home exercises here are gentler and are not "
            "the same treatment."
        ),
        sources=(
            Citation("precision-movement-video", "03:58", 238),
            Citation("cavaliere-no-more-knots"),
            Citation("haleema-riaz-2021"),
        ),
    ),
    Driver(
        id="postural_load",
        name="Long hours in one posture",
        explanation=(
            "Hours over a phone or a desk with the shoulders hunched and the head tilted tire "
            "the muscles between the shoulder blades. Moving often and changing position "
            "spreads that load."
        ),
        caveat=(
            "Studies link posture to pain only weakly; breaks and movement are low-risk and "
            "help comfort more reliably than they prevent pain."
        ),
        sources=(
            Citation("upper-back-stretch-article"),
            Citation("cochrane-work-breaks"),
        ),
    ),
)


def driver_by_id(driver_id: str) -> Driver:
    """Return the driver with this id, or raise KeyError naming it."""
    for driver in DRIVERS:
        if driver.id == driver_id:
            return driver
    raise KeyError(driver_id)
