"""The printable handout: every exercise of today's routine with its dose, pages that render."""

import io

import pypdfium2 as pdfium
from django.utils import timezone

from scapula.core.catalog.describe import describe_dose
from scapula.practice.today import todays_routine


def _text_and_pages(pdf_bytes: bytes) -> tuple[str, list]:
    document = pdfium.PdfDocument(io.BytesIO(pdf_bytes))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    images = [page.render(scale=1).to_pil() for page in document]
    return text, images


def test_the_handout_names_every_exercise_and_dose_of_the_plan(owner_browser, planned_owner):
    planned_owner.first_name = "Alex Morgan"
    planned_owner.save()
    response = owner_browser.get("/plan/handout.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text, pages = _text_and_pages(response.content)
    flat = " ".join(text.split())
    routine = todays_routine(user=planned_owner, today=timezone.localdate())
    for item in routine.items:
        assert item.exercise.name in flat
        assert " ".join(describe_dose(item.dose).split()) in flat
    assert "Home exercise program: Alex Morgan" in flat
    assert "Not medical advice" in flat
    assert "Stop and get help at once if" in flat
    assert 1 <= len(pages) <= 6
    for image in pages:
        # A rendered page that is not blank: the figures and text put dark pixels on it.
        assert image.convert("L").getextrema()[0] < 100


def test_the_handout_is_refused_until_the_safety_check_has_passed(owner_browser):
    response = owner_browser.get("/plan/handout.pdf")
    assert response.status_code == 403
    assert owner_browser.get("/api/export/pdf").status_code == 403


def test_the_api_and_the_cli_give_the_same_handout_text(owner_browser, planned_owner, tmp_path):
    from click.testing import CliRunner

    from scapula.cli.main import cli

    api_text, _ = _text_and_pages(owner_browser.get("/api/export/pdf").content)
    out = tmp_path / "handout.pdf"
    result = CliRunner().invoke(cli, ["export", "pdf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    cli_text, _ = _text_and_pages(out.read_bytes())
    assert cli_text.split("Printed")[1][:20] == api_text.split("Printed")[1][:20]
    assert len(cli_text) == len(api_text)


def test_the_plan_page_offers_the_handout(owner_browser, planned_owner):
    assert 'href="/plan/handout.pdf"' in owner_browser.get("/plan/").content.decode()
