"""`scapula exercises` and `scapula catalog`: browse and validate the catalog (no database)."""

import json
from pathlib import Path

import click

from scapula.catalog import DATA_DIR, read_catalog, shipped_catalog
from scapula.core import ScapulaError
from scapula.core.catalog import Catalog, build_catalog, parse_exercise
from scapula.core.catalog.demo_svg import render_animation
from scapula.core.catalog.export import exercise_detail, exercise_summary
from scapula.core.catalog.model import DRIVER_IDS, KINDS


@click.group()
def exercises() -> None:
    """List and show the exercises and self-tests of the catalog."""


@exercises.command("list")
@click.option("--driver", type=click.Choice(DRIVER_IDS), help="Only those addressing this driver.")
@click.option("--kind", type=click.Choice(KINDS), help="Only exercises, or only self-tests.")
@click.option("--search", default="", help="Words to find in names and aliases.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_exercises(driver: str | None, kind: str | None, search: str, as_json: bool) -> None:
    """List the catalog, optionally filtered."""
    entries = shipped_catalog().select(driver=driver, kind=kind, query=search)
    if as_json:
        click.echo(json.dumps([exercise_summary(e) for e in entries], indent=2))
        return
    from scapula.cli.render import exercise_table

    exercise_table(entries)


@exercises.command("show")
@click.argument("exercise_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def show_exercise(exercise_id: str, as_json: bool) -> None:
    """Show everything about one exercise or self-test."""
    exercise = _find(exercise_id)
    if as_json:
        click.echo(json.dumps(exercise_detail(exercise), indent=2, ensure_ascii=False))
        return
    from scapula.cli.render import exercise_card

    exercise_card(exercise)


@exercises.command("demo")
@click.argument("exercise_id")
@click.option("--mirror", is_flag=True, help="Mirror the figure, for the other side.")
def demo(exercise_id: str, mirror: bool) -> None:
    """Print the animated demonstration as an SVG document."""
    click.echo(render_animation(_find(exercise_id), mirrored=mirror))


def _find(exercise_id: str):  # type: ignore[no-untyped-def]
    """Return an entry of the shipped catalog or fail naming the id."""
    try:
        return shipped_catalog().get(exercise_id)
    except KeyError:
        raise ScapulaError(
            f"unknown exercise {exercise_id!r}; see 'scapula exercises list'", field="ID"
        ) from None


@click.group()
def catalog() -> None:
    """Check catalog files."""


@catalog.command("validate")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
def validate(path: Path | None) -> None:
    """Validate a catalog folder or one exercise file (default: the shipped catalog)."""
    result = _validate(path)
    counts = {kind: len(result.select(kind=kind)) for kind in KINDS}
    click.echo(f"OK: {counts['exercise']} exercises and {counts['self_test']} self-tests.")


def _validate(path: Path | None) -> Catalog:
    """Parse a folder, or one file checked against the rest of the shipped catalog."""
    if path is None:
        return shipped_catalog()
    if path.is_dir():
        return read_catalog(path)
    entry = parse_exercise(path.read_text(encoding="utf-8"), file_name=path.name)
    others = {other.stem for other in DATA_DIR.glob("*.toml")} - {entry.id}
    return build_catalog([entry], other_ids=others)
