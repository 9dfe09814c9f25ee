"""A word-sized chart of daily pain for a list row: inline SVG with its text alternative."""

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT, PAD = 96, 24, 2


def pain_sparkline(values: Sequence[float | None], *, label: str) -> str:
    """Daily mean pain (0-10, None for a day without entries) as one line, oldest first."""
    days = len(values)
    known = [(n, v) for n, v in enumerate(values) if v is not None]
    title = escape(label)
    if not known:
        return (
            f'<svg class="sparkline" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" aria-label="{title}"><title>{title}</title></svg>'
        )

    def x(n: int) -> float:
        return PAD + n * (WIDTH - 2 * PAD) / max(1, days - 1)

    def y(v: float) -> float:
        return PAD + (10 - v) * (HEIGHT - 2 * PAD) / 10

    points = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in known)
    last_n, last_v = known[-1]
    return (
        f'<svg class="sparkline" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" aria-label="{title}"><title>{title}</title>'
        f'<polyline points="{points}" fill="none" stroke="currentColor" stroke-width="1.5"/>'
        f'<circle cx="{x(last_n):.1f}" cy="{y(last_v):.1f}" r="2" fill="currentColor"/></svg>'
    )
