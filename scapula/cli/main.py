"""The `scapula` command: one group, with errors mapped to a one-line message and exit 2."""

from typing import Any

import click

from scapula import __version__
from scapula.cli.account import password
from scapula.cli.accounts import accounts
from scapula.cli.backup import backup_command, restore_command
from scapula.cli.delete import delete_my_data
from scapula.cli.exercises import catalog, exercises
from scapula.cli.export import export
from scapula.cli.import_command import import_group
from scapula.cli.info import info
from scapula.cli.link import link
from scapula.cli.log import log
from scapula.cli.plan import plan_command
from scapula.cli.progress import progress_command
from scapula.cli.progression import progression
from scapula.cli.reminders import reminders
from scapula.cli.screening import screen_command
from scapula.cli.serve import serve
from scapula.cli.session import session
from scapula.core import ScapulaError
from scapula.core.screening.locked import ExerciseLockedError

USAGE_ERROR = 2


class ScapulaGroup(click.Group):
    """A click group that turns domain errors into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, translating ScapulaError into a usage-style failure."""
        try:
            return super().invoke(ctx)
        except ExerciseLockedError as locked:
            # The one translation of a locked gate for the terminal: say why, and what to run.
            click.echo(f"Error: {locked.message} Run 'scapula screen' first.", err=True)
            ctx.exit(USAGE_ERROR)
        except ScapulaError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(USAGE_ERROR)


@click.group(cls=ScapulaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "-V", "--version", prog_name="scapula", message="%(prog)s %(version)s"
)
def cli() -> None:
    """scapula: corrective exercise for pain between the shoulder blades.

    Not medical advice. Run `scapula serve` and open http://127.0.0.1:8000 to start.
    """


cli.add_command(serve)
cli.add_command(password)
cli.add_command(accounts)
cli.add_command(info)
cli.add_command(link)
cli.add_command(exercises)
cli.add_command(catalog)
cli.add_command(screen_command)
cli.add_command(plan_command)
cli.add_command(session)
cli.add_command(progression)
cli.add_command(log)
cli.add_command(progress_command)
cli.add_command(reminders)
cli.add_command(export)
cli.add_command(delete_my_data)
cli.add_command(backup_command)
cli.add_command(restore_command)
cli.add_command(import_group)
