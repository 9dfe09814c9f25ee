"""On a phone the sections sit in a bottom tab bar clear of the page; on a desktop, on top."""

import pytest

pytestmark = pytest.mark.browser


def test_a_phone_gets_a_tab_bar_that_leaves_the_end_of_the_page_readable(open_page):
    page = open_page("/exercises/", width=390, height=844).page
    tab_bar = page.locator("nav.tab-bar")
    assert tab_bar.is_visible()
    assert not page.locator("nav.main-nav").is_visible()
    assert tab_bar.locator('a[aria-current="page"]').inner_text() == "Exercises"
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    bar_top = tab_bar.bounding_box()["y"]
    last_line = page.locator(".site-footer p").last.bounding_box()
    assert last_line["y"] + last_line["height"] <= bar_top
    for box in (link.bounding_box() for link in tab_bar.locator("a").all()):
        assert box["width"] >= 44
        assert box["height"] >= 44


def test_a_desktop_keeps_the_menu_on_top_with_the_current_page_underlined(open_page):
    page = open_page("/progress/", width=1280, height=800).page
    assert not page.locator("nav.tab-bar").is_visible()
    current = page.locator('nav.main-nav a[aria-current="page"]')
    assert current.inner_text() == "Progress"
    assert current.evaluate("a => getComputedStyle(a).borderBottomStyle") == "solid"
