"""One person's reminder settings and the secret that opens their calendar feed."""

import hashlib
import secrets

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.breaks import (
    ACTIVE_MINUTES_RANGE,
    DAY_NAMES,
    MICRO_EVERY_RANGE,
    MICRO_SECONDS_RANGE,
    SNOOZE_RANGE,
    BreakSettings,
)

_DEFAULTS = BreakSettings()


def new_feed_token() -> str:
    """Return a fresh, unguessable feed token (256 random bits)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Return the SHA-256 of a token: feeds are looked up by it, never by the secret itself."""
    return hashlib.sha256(token.encode()).hexdigest()


def _range(field: str, bounds: tuple[int, int]) -> models.CheckConstraint:
    low, high = bounds
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gte": low, f"{field}__lte": high}),
        name=f"reminders_{field}_in_range",
    )


class ReminderSettings(UserOwnedModel):
    """Work days and hours, the break rhythm, snooze, the session time, and the feed secret."""

    enabled = models.BooleanField(default=_DEFAULTS.enabled)
    work_days = models.CharField(max_length=27, default=",".join(_DEFAULTS.day_names))
    starts_at = models.TimeField(default=_DEFAULTS.starts_at)
    ends_at = models.TimeField(default=_DEFAULTS.ends_at)
    micro_every_minutes = models.PositiveSmallIntegerField(default=_DEFAULTS.micro_every_minutes)
    micro_seconds = models.PositiveSmallIntegerField(default=_DEFAULTS.micro_seconds)
    active_minutes = models.PositiveSmallIntegerField(default=_DEFAULTS.active_minutes)
    snooze_minutes = models.PositiveSmallIntegerField(default=_DEFAULTS.snooze_minutes)
    session_at = models.TimeField(null=True, blank=True, default=_DEFAULTS.session_at)
    # Only the digest is kept: a copy of the database opens no one's calendar. The link is
    # shown once, when it is made. Empty: no link yet (or none made since the change).
    feed_token_digest = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user"], name="one_reminder_settings_per_user"),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")), name="reminders_day_order"
            ),
            _range("micro_every_minutes", MICRO_EVERY_RANGE),
            _range("micro_seconds", MICRO_SECONDS_RANGE),
            _range("active_minutes", ACTIVE_MINUTES_RANGE),
            _range("snooze_minutes", SNOOZE_RANGE),
        ]

    def __str__(self) -> str:
        return f"reminders {'on' if self.enabled else 'off'}"

    @property
    def has_calendar_link(self) -> bool:
        """Return whether a calendar link has been made (it is never shown again)."""
        return bool(self.feed_token_digest)

    def to_core(self) -> BreakSettings:
        """Return the core value the schedule and the calendar are built from."""
        return BreakSettings(
            enabled=self.enabled,
            work_days=tuple(DAY_NAMES.index(name) for name in self.work_days.split(",") if name),
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            micro_every_minutes=self.micro_every_minutes,
            micro_seconds=self.micro_seconds,
            active_minutes=self.active_minutes,
            snooze_minutes=self.snooze_minutes,
            session_at=self.session_at,
        )

    def apply(self, settings: BreakSettings) -> None:
        """Copy validated core settings onto this row (the caller saves)."""
        self.enabled = settings.enabled
        self.work_days = ",".join(settings.day_names)
        self.starts_at, self.ends_at = settings.starts_at, settings.ends_at
        self.micro_every_minutes = settings.micro_every_minutes
        self.micro_seconds = settings.micro_seconds
        self.active_minutes = settings.active_minutes
        self.snooze_minutes = settings.snooze_minutes
        self.session_at = settings.session_at
