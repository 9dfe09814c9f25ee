"""The printable home-exercise handout: today's routine as a PDF, a page section per exercise.

Each exercise has its start and end positions (the same drawings as the web pages, from
the kinematic model), its steps, its dose as progression has set it, when to stop, and a
QR code to its page. Built with fpdf2; the figures and the QR code are SVG it draws.
"""

import io
import re
from dataclasses import dataclass
from datetime import date

import segno
from fpdf import FPDF, XPos, YPos

from scapula.accounts.models import User
from scapula.core.catalog.demo_svg import render_end, render_start
from scapula.core.catalog.describe import describe_dose
from scapula.core.warning_signs import WARNING_SIGNS
from scapula.practice.today import TodayItem, todays_routine
from scapula.screening.selectors import require_open_gate

MARGIN = 15
FIGURE_WIDTH = 45
QR_SIZE = 24
# The PDF's built-in fonts cover Latin-1; typographic marks outside it get a close twin.
_PLAIN = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2018": "'", "\u2019": "'",
    "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2192": "->", "\u2265": ">=",
    "\u2264": "<=",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class HandoutRequest:
    """Who the handout is for, the day, where the exercise pages live and any note."""

    user: User
    today: date
    base_url: str
    note: str = ""


def handout_pdf(request: HandoutRequest) -> bytes:
    """Return the person's current routine as PDF bytes (a page saying why when there is none).

    Raises ExerciseLockedError while the safety check keeps exercise locked: a handout
    guides exercise as much as the player does.
    """
    require_open_gate(user=request.user, today=request.today)
    pdf = _document()
    routine = todays_routine(user=request.user, today=request.today)
    _header(pdf, request, routine.plan.notices if routine else ())
    if routine is None:
        _paragraph(pdf, "There is no plan yet: take the safety check and the self-assessment.")
    else:
        _line(pdf, f"{routine.phase.name}, week {routine.week}: about {routine.minutes} minutes.")
        for item in routine.items:
            _exercise(pdf, item, request.base_url)
    _warning_signs(pdf)
    return bytes(pdf.output())


def _document() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.set_title("Home exercise program")
    pdf.set_creator("scapula")
    pdf.add_page()
    return pdf


def _header(pdf: FPDF, request: HandoutRequest, notices: tuple[str, ...] | list[str]) -> None:
    name = request.user.get_full_name()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, _plain("Home exercise program" + (f": {name}" if name else "")))
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, _plain(f"Printed {request.today.day} {request.today:%B %Y} from scapula."))
    pdf.ln(7)
    if request.note:
        _box(pdf, "Note from your clinician", request.note)
    _paragraph(
        pdf,
        "Not medical advice. Exercise education for common, non-serious upper-back pain; "
        "it does not diagnose or replace a doctor or physiotherapist.",
        size=9,
    )
    for notice in notices:
        _paragraph(pdf, notice, size=9)


def _exercise(pdf: FPDF, item: TodayItem, base_url: str) -> None:
    """One exercise: name and dose, the two positions, the steps and when to stop."""
    exercise = item.exercise
    if pdf.will_page_break(FIGURE_WIDTH + 40):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_draw_color(200, 210, 205)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, _plain(exercise.name))
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 10)
    _line(pdf, f"Dose: {describe_dose(item.dose)}", bold=True)
    if item.variant:
        _line(pdf, f"For now: {item.variant}")
    top = pdf.get_y()
    height = _figures(pdf, item, top)
    _qr(pdf, f"{base_url.rstrip('/')}/exercises/{exercise.id}/", top)
    pdf.set_y(top + max(height, QR_SIZE + 8) + 2)
    _list(pdf, "How to do it", exercise.steps, numbered=True)
    _list(pdf, "Stop if", exercise.stop_rules)
    if item.why:
        _paragraph(pdf, f"Why it is in your program: {item.why}", size=9)


def _figures(pdf: FPDF, item: TodayItem, top: float) -> float:
    """The start and end positions side by side, labelled; returns the height they take."""
    tallest = 0.0
    for index, (label, svg) in enumerate(
        (("Start", render_start(item.exercise)), ("End", render_end(item.exercise)))
    ):
        x = MARGIN + index * (FIGURE_WIDTH + 4)
        drawn = pdf.image(io.BytesIO(_drawing_only(svg)), x=x, y=top, w=FIGURE_WIDTH)
        height = float(drawn.rendered_height)
        pdf.set_xy(x, top + height)
        pdf.set_font("Helvetica", "B", 8)
        pdf.cell(FIGURE_WIDTH, 5, label, align="C")
        tallest = max(tallest, height + 6)
    return tallest


def _qr(pdf: FPDF, url: str, top: float) -> None:
    """A QR code to the exercise's page, with the address under it."""
    code = segno.make(url, error="m")
    size = code.symbol_size(border=2)[0]
    svg = code.svg_inline(scale=1, border=2, dark="#000000").replace(
        "<svg ", f'<svg viewBox="0 0 {size} {size}" ', 1
    )
    x = pdf.w - MARGIN - QR_SIZE
    pdf.image(io.BytesIO(svg.encode()), x=x, y=top, w=QR_SIZE)
    pdf.set_xy(x - 10, top + QR_SIZE)
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(
        QR_SIZE + 10,
        3,
        _plain("Scan for the moving demonstration"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _list(pdf: FPDF, title: str, lines: tuple[str, ...], *, numbered: bool = False) -> None:
    if not lines:
        return
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, title)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    for number, text in enumerate(lines, start=1):
        marker = f"{number}." if numbered else "-"
        pdf.set_x(MARGIN)
        pdf.cell(7, 5, marker)
        pdf.multi_cell(0, 5, _plain(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _warning_signs(pdf: FPDF) -> None:
    pdf.ln(4)
    text = "; ".join(sign.text for sign in WARNING_SIGNS)
    _box(
        pdf,
        "Stop and get help at once if",
        f"{text}. Call your local emergency number (112, 911, 999); do not drive yourself.",
    )


def _box(pdf: FPDF, title: str, text: str) -> None:
    pdf.set_fill_color(255, 241, 239)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 6, _plain(title), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, _plain(text), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _line(pdf: FPDF, text: str, *, bold: bool = False) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    pdf.multi_cell(0, 5, _plain(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)


def _paragraph(pdf: FPDF, text: str, *, size: int = 10) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, 5, _plain(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def _drawing_only(svg: str) -> bytes:
    """The SVG without its screen-reader title and description, which a PDF cannot use."""
    svg = re.sub(r"<(title|desc)\b[^>]*>.*?</\1>", "", svg, flags=re.DOTALL)
    # The PDF draws outside the viewBox (the floor runs on); clip the scene to its frame.
    box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', svg)
    if box:
        x, y, w, h = box.groups()
        frame = f'<rect x="{x}" y="{y}" width="{w}" height="{h}"/>'
        clip = f'<defs><clipPath id="frame">{frame}</clipPath></defs><g clip-path="url(#frame)">'
        svg = re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1) + clip, svg, count=1)
        svg = svg[: svg.rindex("</svg>")] + "</g></svg>"
    return svg.encode()


def _plain(text: str) -> str:
    """Text the built-in fonts can print: close twins for typographic marks, ? for the rest."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")
