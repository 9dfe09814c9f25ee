"""Citations: every key used by the content exists, and video moments link to their second."""

import pytest

from scapula.core.drivers import DRIVERS
from scapula.core.sources import SOURCES, Citation, citation_url, resolve_all
from scapula.core.warning_signs import THORACIC_PAIN_SOURCES, WARNING_SIGNS

USED = [
    *(c for driver in DRIVERS for c in driver.sources),
    *(sign.source for sign in WARNING_SIGNS),
    *THORACIC_PAIN_SOURCES,
]


@pytest.mark.parametrize("citation", USED, ids=lambda c: c.source_key)
def test_every_cited_source_exists(citation):
    assert citation.source_key in SOURCES


def test_a_video_moment_links_to_its_second():
    assert citation_url(Citation("precision-movement-video", "06:12", 372)) == (
        "https://youtu.be/3SoCJ1sUUYc?t=372"
    )


def test_a_source_without_a_link_resolves_to_text_only():
    (resolved,) = resolve_all((Citation("upper-back-stretch-article"),))
    assert resolved.url is None
    assert "Upper back stretch" in resolved.text


def test_the_cited_part_follows_the_source():
    (resolved,) = resolve_all((Citation("precision-movement-video", "00:43", 43),))
    assert resolved.text.endswith(", 00:43")


def test_the_seed_documents_behind_each_source_are_named():
    assert SOURCES["cavaliere-no-more-knots"].seed_files == (
        "003_3079cfe7c3974a60.txt",
        "004_ed3e9ea3410abe2c.txt",
    )
