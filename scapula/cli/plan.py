"""`scapula plan`: build a plan from a profile file (no database), or show the stored plan."""

import json
from pathlib import Path

import click

from scapula.catalog import shipped_catalog
from scapula.cli.files import read_json_object
from scapula.core import ScapulaError
from scapula.core.assessment import parse_profile
from scapula.core.drivers import driver_by_id
from scapula.core.plan import Plan, generate_plan, plan_as_dict
from scapula.core.session import about_minutes


@click.command("plan")
@click.option(
    "--profile",
    "profile_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON profile (see examples/profile.json); no database is used.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
def plan_command(profile_file: Path | None, as_json: bool) -> None:
    """Build a plan from a profile file, or show the stored plan of this computer's owner."""
    if profile_file is not None:
        profile = parse_profile(read_json_object(profile_file, option="--profile"))
        plan = generate_plan(profile, shipped_catalog())
    else:
        plan = _stored_plan()
    if as_json:
        click.echo(json.dumps(plan_as_dict(plan), indent=2, ensure_ascii=False))
    else:
        _print_plan(plan)


def _stored_plan() -> Plan:
    """Return the owner's current plan from the database, or fail saying how to make one."""
    from scapula.cli.django_setup import setup_django

    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.plans.selectors import current_plan

    stored = current_plan(user=ensure_owner())
    if stored is None:
        raise ScapulaError(
            "no plan stored yet: do the self-assessment at /assessment/ or pass a profile file",
            field="--profile",
        )
    return stored.to_core()


def _print_plan(plan: Plan) -> None:
    """Print the notices, the driver profile and each phase's routine for people."""
    for notice in plan.notices:
        click.secho(f"! {notice}", fg="yellow")
    for driver in plan.drivers:
        mark = "Focus:" if driver.flagged else "      "
        click.echo(f"{mark} {driver_by_id(driver.driver).name} (score {driver.score})")
        for evidence in driver.evidence:
            click.echo(f"        - {evidence.text}")
    for number, phase in enumerate(plan.phases, start=1):
        minutes = about_minutes(sum(item.seconds for item in phase.routine))
        first, last = phase.weeks
        # The last phase carries on for ever (see core.plan.advance).
        weeks = f"from week {first} on" if number == len(plan.phases) else f"weeks {first}-{last}"
        click.secho(f"\n{phase.name} ({weeks}, about {minutes} min a day)", bold=True)
        for item in phase.routine:
            click.echo(f"  • {item.name}: {item.why}")
            if item.caveat:
                click.echo(f"      How sure is this? {item.caveat}")
    click.echo("\nNot medical advice. Do the safety check first: scapula screen")
