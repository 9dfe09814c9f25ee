"""The published sources scapula's content and rules cite, so every claim can be checked."""

from dataclasses import dataclass

VIDEO_URL = "https://youtu.be/3SoCJ1sUUYc"


@dataclass(frozen=True, slots=True)
class Source:
    """One published work, as a reader would cite it."""

    key: str
    citation: str
    url: str | None = None
    seed_files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to a source, optionally to one moment or section of it."""

    source_key: str
    detail: str = ""
    seconds: int | None = None


_SOURCES = (
    Source(
        "precision-movement-video",
        "Precision Movement, “How to Fix Upper Back / Rhomboid Pain for GOOD "
        "(4 Effective Exercises)”, video, 2025",
        VIDEO_URL,
        ("000_fca66c3075d42d5c.txt", "001_e585ba5b4ee6573a.txt"),
    ),
    Source(
        "upper-back-stretch-article",
        "“Upper back stretch video: get pain relief between shoulder blades”, article with video",
        None,
        ("002_66a1bf2453b4db7a.txt",),
    ),
    Source(
        "cavaliere-no-more-knots",
        "Jeff Cavaliere, “How to Fix Upper Back Pain (No More Knots!)”, video and "
        "articles (BOXROX)",
        None,
        ("003_3079cfe7c3974a60.txt", "004_ed3e9ea3410abe2c.txt"),
    ),
    Source(
        "kulow-2022",
        "Kulow et al., “Levator scapulae and rhomboid minor are united”, "
        "Annals of Anatomy 2022;243:151938",
        "https://litmetric.com/detail/35367623/Levator-scapulae-and-rhomboid-minor-are-united",
    ),
    Source(
        "haleema-riaz-2021",
        "Haleema and Riaz, thoracic spine manipulation and rhomboid trigger points, "
        "JPMA 2021;71(7)",
        "https://jpma.org.pk/article-details/10759",
    ),
    Source(
        "devon-thoracic-referral",
        "NHS Devon referral guidance: thoracic spine",
        "https://southwest.devonformularyguidance.nhs.uk/referral-guidance/western-locality/"
        "musculoskeletal/thoracic-spine",
    ),
    Source(
        "physiopedia-thoracic-red-flags",
        "Physiopedia, Thoracic back pain red flags",
        "https://www.physio-pedia.com/Thoracic_Back_Pain_Red_Flags",
    ),
    Source(
        "aha-heart-attack-signs",
        "American Heart Association warning signs of a heart attack (as published by "
        "hospital pages)",
        "https://www.eshospital.org/signs-of-heart-attack/",
    ),
    Source(
        "hse-aortic-dissection",
        "HSE, Symptoms of aortic dissection",
        "https://www2.hse.ie/conditions/aortic-dissection/symptoms-of-aortic-dissection",
    ),
    Source(
        "nhs-pulmonary-embolism",
        "NHS, Pulmonary embolism symptoms (as published by a GP practice)",
        "http://www.bearwoodroadsurgery.co.uk/Library/Conditions/Articles/pulmonary-embolism/"
        "symptoms",
    ),
    Source(
        "ifompt-cervical-framework",
        "Rushton et al., International framework for examination of the cervical region "
        "for potential of vascular pathologies, JOSPT 2023;53(1):7-22",
        "https://www.physio-pedia.com/index.php?title=International_Framework_for_"
        "Examination_of_the_Cervical_Region&oldid=326697",
    ),
    Source(
        "cochrane-work-breaks",
        "Luger et al., Work-break schedules for preventing musculoskeletal symptoms, "
        "Cochrane review 2019",
        "https://evidenceaid.org/resource/work%E2%80%90break-schedules-for-preventing-"
        "musculoskeletal-symptoms-and-disorders",
    ),
    Source(
        "acsm-stretching",
        "American College of Sports Medicine, stretching and flexibility guidelines "
        "(Guidelines, 11th edition, table 5.6)",
        "https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/"
        "stretching-and-flexibility-guidelines-update",
    ),
    Source(
        "levator-self-stretch-handout",
        "Rehab Links, Levator scapulae self-stretch (clinical handout)",
        "https://rehablinkssystem.com/levator-scapulae-self-stretch",
    ),
    Source(
        "pain-monitoring-model",
        "Silbernagel et al. 2007, the pain-monitoring model (summary by BIM Physio)",
        "https://bim.physio/the-pain-monitoring-model/",
    ),
    Source(
        "cochrane-neck-exercise",
        "Gross et al., Exercises for mechanical neck disorders, Cochrane review 2015 (CD004250)",
        "https://www.springermedicine.com/link?doi=10.1002%2F14651858.CD004250.pub5",
    ),
    Source(
        "scapular-stabilisation-review",
        "Scapular stabilisation exercise for chronic neck pain, systematic review, "
        "Asian Spine Journal 2020;14:122",
        "https://www.asianspinejournal.org/journal/view.php?viewtype=pubreader&number=1123",
    ),
    Source(
        "two-for-two-rule",
        "Baechle and Earle, Essentials of Strength Training and Conditioning: the "
        "2-for-2 rule (secondary summary)",
        "https://athleticperformancetc.wordpress.com/tag/2-for-2-rule/",
    ),
    Source(
        "andersen-2011-bands",
        "Andersen et al. 2011, two minutes a day of elastic-band training for neck and "
        "shoulder pain (TheraBand summary)",
        "https://www.theraband.com/articles/Easy-2-minute-THERABAND-exercise-significantly-"
        "reduces-pain-in-office-workers",
    ),
    Source(
        "seo-2022-thoracic-mobility",
        "Seo et al., thoracic mobility exercise versus manipulation in office workers, "
        "Med Sci Monit 2022",
        "https://medscitechnol.com/abstract/full/idArt/937316",
    ),
    Source(
        "johnson-2012-thoracic-rotation",
        "Johnson et al., reliability of thoracic rotation measures, J Athl Train 2012;47:52",
        "https://pubmed.ncbi.nlm.nih.gov/22488230/",
    ),
    Source(
        "matsel-thoracic-screen",
        "Whetstone and Matsel, visual estimation of quadruped lumbar-locked rotation "
        "(screening below 50 degrees)",
        "https://www.kylematsel.com/latest-research",
    ),
    Source(
        "van-baalen-2023-phone",
        "van Baalen et al., smartphone inclinometer validity for thoracic rotation, Sensors 2023",
        "https://www.mdpi.com/1424-8220/23/17/7622",
    ),
    Source(
        "orthopaedicsone-neck-rom",
        "OrthopaedicsOne, Active range of motion of the neck and neck lateral bending",
        "https://www.orthopaedicsone.com/orthopaedicsone-articles-active-range-of-motion-of-"
        "the-neck/",
    ),
    Source(
        "christensen-1998-neck-variation",
        "Christensen and Nilsson 1998, day-to-day variation of neck range of motion",
        "https://science.heilpflanzen-welt.de/1998/9726064.htm",
    ),
    Source(
        "mcclure-2009-dyskinesis",
        "McClure et al. 2009, a clinical method for identifying scapular dyskinesis",
        "https://www.physiohub.io/assessment/shoulder/scapular-dyskinesis/sdt-mcclure",
    ),
    Source(
        "wall-push-up-specificity",
        "Wall push-up test for serratus anterior: 100% sensitive, 0% specific in 50 "
        "patients with winging (Orthobullets evidence summary)",
        "https://orthobullets.com/evidence/36081701",
    ),
    Source(
        "ifompt-red-flags",
        "Finucane et al., International framework for red flags for potential serious "
        "spinal pathologies, JOSPT 2020",
        "https://researchers.mq.edu.au/en/publications/international-framework-for-red-flags-"
        "for-potential-serious-spina",
    ),
    Source(
        "glos-red-flags",
        "NHS Gloucestershire, musculoskeletal red flags (G-care pathway)",
        "https://g-care.glos.nhs.uk/pathway/75/resource/3",
    ),
    Source(
        "nice-ng234-mscc",
        "NICE NG234, spinal metastases and metastatic spinal cord compression",
        "https://www.nice.org.uk/guidance/NG234/chapter/recommendations",
    ),
    Source(
        "nice-ng65-axspa",
        "NICE NG65, spondyloarthritis: referral criteria",
        "https://www.nice.org.uk/guidance/ng65/chapter/recommendations",
    ),
    Source(
        "nhs-shingles",
        "NHS, Shingles (as published by pharmacies)",
        "https://mypharmacy.co.uk/product/shingles",
    ),
    Source(
        "par-q",
        "PAR-Q physical activity readiness questions (example wording)",
        "https://www.run3sixty.co.uk/par-q",
    ),
    Source(
        "myelopathy-org",
        "Myelopathy.org, What is cervical myelopathy?",
        "https://healthunlocked.com/myelopathy-support/posts/135759020/what-is-cervical-myelopathy",
    ),
    Source(
        "mclean-2001",
        "McLean et al., computer-terminal work and the benefit of microbreaks, "
        "Applied Ergonomics 2001;32:225",
        "http://bmjophth.bmj.com/lookup/external-ref?access_num=11394463&link_type=MED"
        "&atom=%2Fbmjophth%2F3%2F1%2Fe000146.atom",
    ),
    Source(
        "henning-1997",
        "Henning et al., frequent short rest breaks from computer work, Ergonomics 1997;40:78",
        "https://search.pedro.org.au/search-results/record-detail/19236",
    ),
    Source(
        "galinsky-2000",
        "Galinsky et al. (NIOSH), supplementary breaks in data-entry work, Ergonomics 2000;43:622",
        "https://www.cdc.gov/niosh/nioshtic-2/20020675.html",
    ),
    Source(
        "galinsky-2007",
        "Galinsky et al., supplementary breaks and stretching for data-entry workers, "
        "American Journal of Industrial Medicine 2007",
        "https://www.cdc.gov/niosh/updates/upd-07-11-07.html",
    ),
    Source(
        "waongenngarm-2021",
        "Waongenngarm et al., active breaks and postural shifts for office workers "
        "(cluster RCT), Scand J Work Environ Health 2021;47:306",
        "https://www.sjweh.fi/show_abstract.php?abstract_id=3949&fullText=1",
    ),
)

SOURCES: dict[str, Source] = {source.key: source for source in _SOURCES}


@dataclass(frozen=True, slots=True)
class ResolvedCitation:
    """A citation ready to show: its full text and its link, if it has one."""

    text: str
    url: str | None


def resolve(citation: Citation) -> Source:
    """Return the source a citation points at, or raise KeyError naming its key."""
    return SOURCES[citation.source_key]


def citation_url(citation: Citation) -> str | None:
    """Return the link for a citation, at its second in the video when it names one."""
    url = resolve(citation).url
    if url is not None and citation.seconds is not None and url.startswith(VIDEO_URL):
        return f"{url}?t={citation.seconds}"
    return url


def resolve_all(citations: tuple[Citation, ...]) -> tuple[ResolvedCitation, ...]:
    """Return each citation as text plus link, in order."""
    return tuple(
        ResolvedCitation(_citation_text(citation), citation_url(citation)) for citation in citations
    )


def _citation_text(citation: Citation) -> str:
    """Return the source's citation followed by the cited part, if any."""
    source = resolve(citation)
    return f"{source.citation}, {citation.detail}" if citation.detail else source.citation
