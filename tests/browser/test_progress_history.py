"""Ten weeks of history on the progress page: the charts and their words match the data."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.history import ACTIVITIES, WEEKS, pain_on
from tests.support import fresh_database_env, scapula_server

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SEED = (
    "import django; django.setup()\n"
    "from django.utils import timezone\n"
    "from scapula.accounts.services import ensure_owner\n"
    "from tests.history import seed_ten_weeks\n"
    "seed_ten_weeks(ensure_owner(), timezone.localdate())\n"
)


@pytest.fixture(scope="module")
def seeded_scapula(tmp_path_factory):
    root = tmp_path_factory.mktemp("history-instance")
    with fresh_database_env(root / "data") as env, scapula_server(env, root) as server:
        seed_env = env | {"DJANGO_SETTINGS_MODULE": "scapula.config.settings"}
        subprocess.run([sys.executable, "-c", SEED], env=seed_env, cwd=ROOT, check=True)
        yield server


def test_ten_weeks_of_history_draw_charts_whose_text_matches_the_data(
    chromium, seeded_scapula, screenshots
):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(seeded_scapula.url("/progress/"))
    expect(page.locator("svg.pain-chart")).to_be_visible()
    expect(page.locator("svg.function-chart")).to_be_visible()
    expect(page.locator("svg.adherence-calendar")).to_be_visible()
    page.screenshot(path=str(screenshots / "progress-10-weeks-390.png"), full_page=True)

    last_day = WEEKS * 7 - 1
    pain_desc = page.locator("#pain-chart-desc").text_content()
    assert pain_desc.startswith("28 days with pain entries")
    assert f"averaged {pain_on(last_day):.1f} out of 10" in pain_desc
    assert "Starting level 6.0." in pain_desc
    dots = page.locator("svg.pain-chart circle")
    assert dots.count() == 28

    function_desc = page.locator("#function-chart-desc").text_content()
    psfs = [4 + 3 * n // (WEEKS * 7) + 1 / len(ACTIVITIES) for n in range(0, WEEKS * 7, 14)]
    for score in psfs:
        assert f"{score:.1f}" in function_desc
    assert page.locator("svg.function-chart circle").count() == len(psfs)

    page.get_by_text("The numbers").first.click()
    first_row = page.locator("table.data").first.locator("tbody tr").first
    expect(first_row).to_contain_text(str(pain_on(last_day)))
    expect(page.locator("p.lead").first).to_contain_text("a meaningful improvement")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    assert errors == []
    context.close()


def test_the_one_page_summary_prints_on_one_sheet(chromium, seeded_scapula, screenshots):
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(seeded_scapula.url("/progress/summary/"))
    expect(page.get_by_role("heading", name="Exercise summary")).to_be_visible()
    page.screenshot(path=str(screenshots / "summary-1280.png"), full_page=True)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("[data-print]")).to_be_hidden()
    expect(page.locator(".name-form")).to_be_hidden()
    expect(page.get_by_role("heading", name="Stops in the last four weeks")).to_be_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf)
    assert 1 <= len(pages) <= 2
    page.close()
