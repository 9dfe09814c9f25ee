"""Rich output for the terminal: tables and cards (imported only when printing text)."""

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from scapula.core.catalog import Exercise
from scapula.core.catalog.describe import (
    describe_dose,
    describe_step,
    equipment_name,
    position_name,
)
from scapula.core.catalog.export import exercise_detail
from scapula.core.drivers import driver_by_id

console = Console()


def exercise_table(entries: Iterable[Exercise]) -> None:
    """Print a table of exercises: id (to type), name, reasons, position, equipment."""
    table = Table(show_lines=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    for column in ("name", "helps with", "position", "equipment"):
        table.add_column(column)
    for entry in entries:
        table.add_row(
            entry.id,
            entry.name,
            "; ".join(driver_by_id(driver).name for driver in entry.driver_ids),
            position_name(entry.position),
            ", ".join(equipment_name(item) for item in entry.equipment) or "none",
        )
    console.print(table)


def exercise_card(exercise: Exercise) -> None:
    """Print one exercise: summary, dose, steps, cues, mistakes, stop rules, sources."""
    detail = exercise_detail(exercise)
    console.print(f"[bold]{exercise.name}[/bold]  ({exercise.id}, {exercise.category})")
    console.print(exercise.summary)
    console.print(f"\n[bold]Dose[/bold]  {describe_dose(exercise.dose)}")
    for title, items in (
        ("Steps", exercise.steps),
        ("Cues", exercise.cues),
        ("Common mistakes", exercise.mistakes),
        ("Stop if", exercise.stop_rules),
    ):
        console.print(f"\n[bold]{title}[/bold]")
        for number, item in enumerate(items, start=1):
            console.print(f" {number}. {item}" if title == "Steps" else f" • {item}")
    if exercise.cautions:
        console.print("\n[bold]Take care[/bold]")
        for caution in exercise.cautions:
            console.print(f" • {caution}")
    for title, ladder in (
        ("Harder, one change at a time", exercise.progressions),
        ("Easier", exercise.regressions),
    ):
        if ladder:
            console.print(f"\n[bold]{title}[/bold]")
            for step in ladder:
                console.print(f" • {describe_step(step)}: {step.note}")
    console.print("\n[bold]Sources[/bold]")
    for source in detail["sources"]:
        link = f" {source['url']}" if source["url"] else ""
        console.print(f" • {source['citation']}{link}")
    console.print("\n[dim]Not medical advice.[/dim]")
