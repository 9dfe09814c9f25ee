"""Charts as SVG text: pain over time with its baseline and improvement band, and adherence."""

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from scapula.core.outcomes.adherence import DAY_LABELS, DONE, MISSED, PARTIAL, DayStatus
from scapula.core.outcomes.function import PSFS_MEANINGFUL, FunctionCheckIn
from scapula.core.outcomes.pain import MEANINGFUL_FRACTION, MEANINGFUL_POINTS, PainReading

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 320, 180, 28, 24, 10
# Up to this many days on record, each dot is labelled with its score.
FEW_POINTS = 7
COLOURS = {
    DayStatus.DONE: "#1f6f5c",
    DayStatus.PARTIAL: "#8fbfae",
    DayStatus.MISSED: "#e4e9e6",
    DayStatus.OPEN: "#ffffff",
    DayStatus.FUTURE: "none",
    DayStatus.BEFORE_PLAN: "none",
}


def improvement_line(baseline: float) -> float:
    """The score below which a fall counts as meaningful (2 points and 30 %)."""
    return min(baseline - MEANINGFUL_POINTS, baseline * (1 - MEANINGFUL_FRACTION))


def _x(day: date, first: date, days: int) -> float:
    return LEFT + (day - first).days * (WIDTH - LEFT - 8) / max(1, days - 1)


def _y(score: float) -> float:
    return TOP + (10 - score) * (HEIGHT - TOP - BOTTOM) / 10


def pain_chart(
    readings: Sequence[PainReading], *, today: date, baseline: float | None, days: int = 28
) -> str:
    """Daily pain (dots), its 7-day mean (line), the starting level and the improvement band."""
    first = today - timedelta(days=days - 1)
    daily = _daily_means(readings, first, today)
    parts = [_axes(first, today)]
    if baseline is not None:
        target = max(0.0, improvement_line(baseline))
        parts.append(_band(top=target, bottom=0.0, label="meaningful improvement", below=True))
        parts.append(_start_line(baseline))
    # With only a few days on record each dot carries its value, so the chart reads alone.
    few = len(daily) <= FEW_POINTS
    parts += [_dot(_x(day, first, days), _y(score), score, labelled=few) for day, score in daily]
    mean_points = _rolling(daily, days=7)
    if len(mean_points) > 1:
        points = " ".join(f"{_x(d, first, days):.1f},{_y(s):.1f}" for d, s in mean_points)
        parts.append(
            f'<polyline class="mean" points="{points}" fill="none" stroke="#1f6f5c" '
            f'stroke-width="2.5"/>'
        )
    return _svg(
        "pain-chart",
        f"Pain over the last {_span(days)}",
        _describe(daily, baseline, _span(days)),
        "".join(parts),
    )


def _band(*, top: float, bottom: float, label: str, below: bool) -> str:
    """A pale band between two scores, named in small type inside it."""
    y_top, y_bottom = _y(top), _y(bottom)
    text_y = y_bottom - 4 if below else y_top + 10
    return (
        f'<rect class="band" x="{LEFT}" y="{y_top:.1f}" width="{WIDTH - LEFT - 8}"'
        f' height="{y_bottom - y_top:.1f}" fill="#dff1e9"/>'
        f'<text class="band-label" x="{WIDTH - 12}" y="{text_y:.1f}" font-size="8" '
        f'text-anchor="end">{label}</text>'
    )


def _start_line(score: float) -> str:
    """The starting level: a quiet dashed line with its value, not an alarm."""
    y = _y(score)
    return (
        f'<line class="baseline" x1="{LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}"'
        f' stroke="#5a6762" stroke-dasharray="4 3"/>'
        f'<text class="baseline-label" x="{LEFT + 4}" y="{y - 3:.1f}" font-size="8">'
        f"start {score:.1f}</text>"
    )


def _dot(x: float, y: float, score: float, *, labelled: bool) -> str:
    """One day's pain; labelled with its value when there are only a few."""
    dot = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{3.5 if labelled else 2.5}" fill="#5a6762"/>'
    if not labelled:
        return dot
    return dot + (
        f'<text class="value" x="{x:.1f}" y="{y - 6:.1f}" font-size="9" text-anchor="middle">'
        f"{score:g}</text>"
    )


def _daily_means(
    readings: Sequence[PainReading], first: date, today: date
) -> list[tuple[date, float]]:
    by_day: dict[date, list[int]] = {}
    for reading in readings:
        if first <= reading.on <= today:
            by_day.setdefault(reading.on, []).append(reading.score)
    return [(day, sum(scores) / len(scores)) for day, scores in sorted(by_day.items())]


def _rolling(daily: list[tuple[date, float]], *, days: int) -> list[tuple[date, float]]:
    result = []
    for day, _score in daily:
        window = [s for d, s in daily if day - timedelta(days=days) < d <= day]
        result.append((day, sum(window) / len(window)))
    return result


def _axes(first: date | None = None, last: date | None = None) -> str:
    """Light lines at every second score, 0, 5 and 10 named, and the first and last day."""
    grid = "".join(
        f'<line class="grid" x1="{LEFT}" x2="{WIDTH - 8}" y1="{_y(score):.1f}" '
        f'y2="{_y(score):.1f}" stroke="#e4e9e6"/>'
        for score in (2, 4, 6, 8, 10)
    )
    ticks = "".join(
        f'<text x="{LEFT - 6}" y="{_y(score) + 3:.1f}" text-anchor="end" font-size="9">{score}'
        f"</text>"
        for score in (0, 5, 10)
    )
    labels = ""
    if first and last:
        labels = (
            f'<text x="{LEFT}" y="{HEIGHT - 6}" font-size="9">{first:%d %b}</text>'
            f'<text x="{WIDTH - 8}" y="{HEIGHT - 6}" font-size="9" text-anchor="end">'
            f"{last:%d %b}</text>"
        )
    frame = f'<line x1="{LEFT}" x2="{WIDTH - 8}" y1="{_y(0)}" y2="{_y(0)}" stroke="#8a9792"/>'
    return grid + ticks + labels + frame


def _span(days: int) -> str:
    """A chart's span in words: "four weeks", "9 weeks", or days when not whole weeks."""
    words = {1: "week", 2: "two weeks", 3: "three weeks", 4: "four weeks"}
    if days % 7:
        return f"{days} days"
    return words.get(days // 7, f"{days // 7} weeks")


def _describe(daily: list[tuple[date, float]], baseline: float | None, span: str) -> str:
    if not daily:
        return f"No pain entries in the last {span}."
    latest_day, latest = daily[-1]
    start = f" Starting level {baseline:.1f}." if baseline is not None else ""
    return (
        f"{len(daily)} days with pain entries; the latest, {latest_day:%d %B}, "
        f"averaged {latest:.1f} out of 10.{start}"
    )


def adherence_calendar(days: Sequence[tuple[date, str]]) -> str:
    """Four weeks as squares, Monday first: done, partial, missed; days outside the plan blank."""
    cell = 40
    parts = []
    for index, (day, status) in enumerate(days):
        x, y = (index % 7) * cell + 2, (index // 7) * cell + 2
        parts.append(
            f'<rect x="{x}" y="{y}" width="{cell - 6}" height="{cell - 6}" rx="6" '
            f'fill="{COLOURS[DayStatus(status)]}" stroke="#c9d3ce"><title>{day:%a %d %b}: '
            f"{DAY_LABELS[DayStatus(status)]}</title></rect>"
        )
    counts = {s: sum(1 for _, st in days if st == s) for s in (DONE, PARTIAL, MISSED)}
    desc = (
        f"Last four weeks: {_days(counts[DONE])} done, {_days(counts[PARTIAL])} partly done, "
        f"{_days(counts[MISSED])} missed."
    )
    rows = (len(days) + 6) // 7
    return _svg(
        "adherence-calendar",
        "Sessions in the last four weeks",
        desc,
        "".join(parts),
        width=7 * cell,
        height=rows * cell,
    )


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _svg(
    name: str, title: str, desc: str, content: str, *, width: int = WIDTH, height: int = HEIGHT
) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="chart {name}" role="img" aria-labelledby="{name}-title {name}-desc">'
        f'<title id="{name}-title">{escape(title)}</title>'
        f'<desc id="{name}-desc">{escape(desc)}</desc>{content}</svg>'
    )


def function_chart(check_ins: Sequence[FunctionCheckIn]) -> str:
    """The PSFS score at each check-in (higher is better), its start and the 2-point line."""
    ordered = sorted(check_ins, key=lambda c: c.on)
    if not ordered:
        return _svg("function-chart", "Activities score", "No check-ins yet.", _axes())
    first, last = ordered[0].on, ordered[-1].on
    days = max(2, (last - first).days + 1)
    baseline = ordered[0].mean
    target = min(10.0, baseline + PSFS_MEANINGFUL)
    parts = [
        _axes(first, last),
        _band(top=10.0, bottom=target, label="a real change", below=True),
        _start_line(baseline),
    ]
    points = [(_x(c.on, first, days), _y(c.mean)) for c in ordered]
    if len(points) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(
            f'<polyline class="psfs" points="{line}" fill="none" stroke="#1f6f5c" '
            f'stroke-width="2.5"/>'
        )
    parts += [
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#1f6f5c"><title>{c.on:%d %b}: '
        f"{c.mean:.1f}</title></circle>"
        for (x, y), c in zip(points, ordered, strict=True)
    ]
    scores = "; ".join(f"{c.on:%d %B} {c.mean:.1f}" for c in ordered)
    desc = f"Activities score out of 10 at each check-in: {scores}. Start {baseline:.1f}."
    return _svg("function-chart", "Activities score at each check-in", desc, "".join(parts))
