"""`scapula progress [--json]`: pain, activities and sessions, as terminal charts or JSON."""

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from scapula.cli.django_setup import setup_django
from scapula.core.outcomes import daily_means, groc_label

if TYPE_CHECKING:
    from scapula.practice.overview import ProgressOverview

BARS = " ▁▂▃▄▅▆▇█"
DAY_MARKS = {
    "done": "■",
    "partial": "▣",
    "missed": "·",
    "open": "□",
    "future": " ",
    "before_plan": " ",
}
DAYS = 28


@click.command("progress")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def progress_command(as_json: bool) -> None:
    """Show whether it is working: pain, everyday activities and sessions."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.practice.overview import overview_as_dict, progress_overview

    overview = progress_overview(user=ensure_owner(), today=timezone.localdate())
    if as_json:
        click.echo(json.dumps(overview_as_dict(overview), indent=2, ensure_ascii=False))
    else:
        print_overview(overview)


def bar_rows(values: Sequence[float | None], *, rows: int = 5) -> list[str]:
    """A column chart on a 0-10 scale, top row first, each cell split in eighths."""
    levels = len(BARS) - 1
    heights = [None if v is None else max(1, round(v / 10 * rows * levels)) for v in values]
    lines = []
    for row in range(rows - 1, -1, -1):
        cells = []
        for height in heights:
            fill = 0 if height is None else min(levels, max(0, height - row * levels))
            cells.append(BARS[fill])
        lines.append("".join(cells))
    return lines


def print_overview(overview: "ProgressOverview") -> None:
    """Print the three charts and what they mean, in plain words."""
    from rich.console import Console

    console = Console()
    console.print("[bold]Pain[/bold] (0-10, one column per day, last 4 weeks)")
    days = daily_means(overview.readings, overview.today, days=DAYS)
    for label, line in zip(("10", "", "5", "", ""), bar_rows([m for _d, m in days]), strict=True):
        console.print(f"  {label:>2} │[green]{line}[/green]", highlight=False)
    console.print(f"   0 └{'─' * DAYS}", highlight=False)
    console.print(f"     {days[0][0]:%d %b}{' ' * (DAYS - 12)}{days[-1][0]:%d %b}", highlight=False)
    console.print(f"  {overview.trend.message}", highlight=False)
    console.print(f"  [dim]Source: {overview.trend.source}[/dim]", highlight=False)
    console.print("\n[bold]Everyday activities[/bold] (PSFS mean, 0-10, higher is better)")
    for check_in in overview.check_ins:
        bar = "█" * round(check_in.mean * 2)
        groc = f"  {groc_label(check_in.groc)}" if check_in.groc is not None else ""
        console.print(f"  {check_in.on:%d %b}  {bar:<20} {check_in.mean:4.1f}{groc}")
    console.print(f"  {overview.function.message}", highlight=False)
    if overview.check_in_due:
        console.print("  A check-in is due: open Progress in the app to rate your activities.")
    console.print(
        "\n[bold]Sessions[/bold] (last 4 weeks, Monday first: ■ done, ▣ partly, · missed)"
    )
    for week_start in range(0, len(overview.calendar), 7):
        row = overview.calendar[week_start : week_start + 7]
        console.print("  " + " ".join(DAY_MARKS[status] for _day, status in row))
    done = overview.adherence
    console.print(
        f"  {done.done} of {done.planned} planned days done, {done.partial} partly; "
        f"{done.streak} in a row.",
        highlight=False,
    )
    if overview.needs_review:
        console.print(
            "\n[bold yellow]Time for a clinician to take a look:[/bold yellow] weeks without a "
            "meaningful change in pain or activities."
        )
