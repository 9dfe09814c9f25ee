"""Charts as SVG text: pain over time with its baseline and improvement band, and adherence."""

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from scapula.core.outcomes.adherence import DAY_LABELS, DONE, MISSED, PARTIAL, DayStatus
from scapula.core.outcomes.function import PSFS_MEANINGFUL, FunctionCheckIn
from scapula.core.outcomes.pain import MEANINGFUL_FRACTION, MEANINGFUL_POINTS, PainReading

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 320, 180, 28, 24, 10
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
    """Daily pain (dots), its 7-day mean (line), the baseline and the improvement band."""
    first = today - timedelta(days=days - 1)
    daily = _daily_means(readings, first, today)
    parts = [_axes(first, today)]
    if baseline is not None:
        target = max(0.0, improvement_line(baseline))
        parts.append(
            f'<rect class="band" x="{LEFT}" y="{_y(target):.1f}" width="{WIDTH - LEFT - 8}"'
            f' height="{_y(0) - _y(target):.1f}" fill="#dff1e9"/>'
        )
        parts.append(
            f'<line class="baseline" x1="{LEFT}" x2="{WIDTH - 8}" y1="{_y(baseline):.1f}"'
            f' y2="{_y(baseline):.1f}" stroke="#c2412d" stroke-dasharray="4 3"/>'
        )
    parts += [
        f'<circle cx="{_x(day, first, days):.1f}" cy="{_y(score):.1f}" r="2.5" fill="#8a9792"/>'
        for day, score in daily
    ]
    mean_points = _rolling(daily, days=7)
    if len(mean_points) > 1:
        points = " ".join(f"{_x(d, first, days):.1f},{_y(s):.1f}" for d, s in mean_points)
        parts.append(
            f'<polyline class="mean" points="{points}" fill="none" stroke="#1f6f5c" '
            f'stroke-width="2.5"/>'
        )
    return _svg(
        "pain-chart", "Pain over the last four weeks", _describe(daily, baseline), "".join(parts)
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
    """The 0, 5 and 10 ticks, the baseline frame and, when given, the first and last day."""
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
    return ticks + labels + frame


def _describe(daily: list[tuple[date, float]], baseline: float | None) -> str:
    if not daily:
        return "No pain entries in the last four weeks."
    latest_day, latest = daily[-1]
    start = f" Baseline {baseline:.1f}." if baseline is not None else ""
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
        f'<rect class="band" x="{LEFT}" y="{_y(10):.1f}" width="{WIDTH - LEFT - 8}"'
        f' height="{_y(target) - _y(10):.1f}" fill="#dff1e9"/>',
        f'<line class="baseline" x1="{LEFT}" x2="{WIDTH - 8}" y1="{_y(baseline):.1f}"'
        f' y2="{_y(baseline):.1f}" stroke="#c2412d" stroke-dasharray="4 3"/>',
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
