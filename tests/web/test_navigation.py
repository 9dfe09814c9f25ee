"""The menu says where you are: the current section is marked, on the top menu and the tab bar."""

import re

import pytest

TABS = ["Home", "Plan", "Progress", "Exercises", "Reminders"]


def current_links(html: str) -> list[str]:
    return re.findall(r'<a [^>]*aria-current="page"[^>]*>(?:<[^>]+>)*\s*([^<]+)', html)


def tab_bar(html: str) -> str:
    found = re.search(r'<nav class="tab-bar" aria-label="[^"]+">(.*?)</nav>', html, re.S)
    assert found, "no tab bar"
    return found.group(1)


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("/exercises/", "Exercises"),
        ("/exercises/cat-cow/", "Exercises"),
        ("/muscles/", "Exercises"),
        ("/progress/", "Progress"),
        ("/progress/pain/", "Progress"),
        ("/progress/sessions/", "Progress"),
        ("/progress/summary/", "Progress"),
        ("/reminders/", "Reminders"),
        ("/plan/", "Plan"),
    ],
)
def test_the_current_section_is_marked_in_both_menus(owner_browser, path, section):
    html = owner_browser.get(path, follow=True).content.decode()
    assert current_links(html) == [section, section]


def test_the_tab_bar_offers_the_five_sections_in_order(owner_browser):
    html = owner_browser.get("/exercises/").content.decode()
    assert re.findall(r">([A-Z][a-z]+)</a>", tab_bar(html)) == TABS


def test_home_is_marked_on_the_tab_bar_and_the_name(owner_browser):
    html = owner_browser.get("/").content.decode()
    assert 'class="brand" href="/" aria-current="page"' in html
    assert 'href="/" aria-current="page">Home</a>' in tab_bar(html)


def test_a_page_outside_the_sections_marks_none(owner_browser):
    assert current_links(owner_browser.get("/safety/").content.decode()) == []
