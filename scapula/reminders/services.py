"""Writes for reminders: create the settings, change them, and make a new calendar link."""

from collections.abc import Mapping

from django.db import transaction

from scapula.accounts.models import User
from scapula.core.breaks import parse_break_settings
from scapula.reminders.models import ReminderSettings, new_feed_token, token_digest


@transaction.atomic
def ensure_reminder_settings(*, user: User) -> ReminderSettings:
    """Return the user's settings, creating them with the clinical.md §4 defaults."""
    row = ReminderSettings.objects.select_for_update().filter(user=user).first()
    if row is None:
        row = ReminderSettings(user=user)
        row.save()
    return row


@transaction.atomic
def update_reminder_settings(*, user: User, values: Mapping[str, object]) -> ReminderSettings:
    """Change the given settings (others keep their value); a bad one is named, nothing saved."""
    row = ensure_reminder_settings(user=user)
    row.apply(parse_break_settings(values, base=row.to_core()))
    row.save()
    return row


@transaction.atomic
def make_calendar_link(*, user: User) -> str:
    """Make a new calendar secret and return it: the old link stops working at once.

    Only its digest is stored, so the caller shows the returned secret this one time.
    """
    row = ensure_reminder_settings(user=user)
    token = new_feed_token()
    row.feed_token_digest = token_digest(token)
    row.save(update_fields=["feed_token_digest"])
    return token
