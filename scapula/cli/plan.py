"""`scapula plan --profile FILE`: build a plan from a self-assessment profile (no database)."""

import json
from pathlib import Path

import click

from scapula.catalog import shipped_catalog
from scapula.core import ScapulaError
from scapula.core.assessment import parse_profile
from scapula.core.plan import generate_plan
from scapula.core.plan.export import plan_as_dict


@click.command("plan")
@click.option(
    "--profile",
    "profile_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="A JSON profile (see examples/profile.json).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
def plan_command(profile_file: Path, as_json: bool) -> None:
    """Show the driver profile and the phased plan built from a profile file."""
    plan = generate_plan(parse_profile(_read_profile(profile_file)), shipped_catalog())
    data = plan_as_dict(plan)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for driver in data["drivers"]:
        mark = "FOCUS" if driver["flagged"] else "     "
        click.echo(f"{mark} {driver['id']:<18} score {driver['score']}")
        for item in driver["evidence"]:
            click.echo(f"        - {item['text']}")
    for phase in data["phases"]:
        minutes = sum(item["seconds"] for item in phase["routine"]) / 60
        weeks = phase["weeks"]
        click.secho(
            f"\n{phase['name']} (weeks {weeks[0]}-{weeks[1]}, about {minutes:.0f} min a day)",
            bold=True,
        )
        for item in phase["routine"]:
            click.echo(f"  • {item['name']}: {item['why']}")
    click.echo("\nNot medical advice. Do the safety check first: scapula screen")


def _read_profile(path: Path) -> dict[str, object]:
    """Read the profile file: a JSON object, or fail naming the option."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScapulaError(f"no such file: {path}", field="--profile") from None
    except json.JSONDecodeError as error:
        raise ScapulaError(f"{path} is not valid JSON ({error.msg})", field="--profile") from None
    if not isinstance(data, dict):
        raise ScapulaError("must hold a JSON object", field="--profile")
    return data
