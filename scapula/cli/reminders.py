"""`scapula reminders show|set|ics`: desk-break settings, today's breaks, and the calendar."""

from typing import Any

import click

from scapula.cli.django_setup import setup_django


@click.group("reminders")
def reminders() -> None:
    """Desk-break reminders: settings, today's breaks and the calendar feed."""


@reminders.command("show")
def show() -> None:
    """Print the settings and today's breaks."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.core.screening import ExerciseLockedError
    from scapula.reminders.selectors import breaks_for, settings_of
    from scapula.screening.selectors import require_open_gate

    owner, today = ensure_owner(), timezone.localdate()
    _print_settings(settings_of(user=owner).as_dict())
    try:
        require_open_gate(user=owner, today=today)
    except ExerciseLockedError as locked:
        click.echo(f"Breaks are paused: {locked.message}")
        return
    breaks = breaks_for(user=owner, day=today)
    click.echo("Today's breaks:" if breaks else "No breaks today (reminders off or a day off).")
    for item in breaks:
        click.echo(f"  {item.at:%H:%M}  {item.title:<13} {item.instruction}")


@reminders.command("set")
@click.option("--on/--off", "enabled", default=None, help="Switch break reminders on or off.")
@click.option("--days", help="Work days, comma-separated: mon,tue,wed,thu,fri,sat,sun.")
@click.option("--start", "starts_at", help="Work starts, HH:MM.")
@click.option("--end", "ends_at", help="Work ends, HH:MM.")
@click.option("--every", "micro_every_minutes", type=int, help="Minutes between micro-breaks.")
@click.option("--micro-seconds", type=int, help="Length of a micro-break in seconds.")
@click.option("--active-minutes", type=int, help="Length of the hourly active break.")
@click.option("--snooze", "snooze_minutes", type=int, help="Snooze length in minutes.")
@click.option("--session", "session_at", help="Daily session reminder, HH:MM ('' for none).")
def set_command(**options: Any) -> None:
    """Change settings; a value out of range is named and nothing is stored."""
    values = {key: value for key, value in options.items() if value is not None}
    if "days" in values:
        values["work_days"] = values.pop("days")
    setup_django()
    from scapula.accounts.services import ensure_owner
    from scapula.reminders.services import update_reminder_settings

    row = update_reminder_settings(user=ensure_owner(), values=values)
    _print_settings(row.to_core().as_dict())


@reminders.command("ics")
def ics() -> None:
    """Write the calendar (the same as the private feed) to stdout: `> scapula.ics`."""
    setup_django()
    from django.utils import timezone

    from scapula.accounts.services import ensure_owner
    from scapula.reminders.feed import calendar_for

    body = calendar_for(user=ensure_owner(), today=timezone.localdate(), now=timezone.now())
    click.echo(body.decode(), nl=False)


def _print_settings(data: dict[str, object]) -> None:
    """Print each setting on its own line."""
    for key, value in data.items():
        shown = ",".join(value) if isinstance(value, list) else value
        click.echo(f"{key:<20} {shown if shown is not None else '-'}")
