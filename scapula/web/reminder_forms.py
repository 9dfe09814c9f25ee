"""The reminders form: work days and hours, the break rhythm, snooze and the session time."""

from typing import Any

from django import forms

from scapula.core import ScapulaError
from scapula.core.breaks import (
    ACTIVE_MINUTES_RANGE,
    DAY_NAMES,
    MICRO_EVERY_RANGE,
    MICRO_SECONDS_RANGE,
    SNOOZE_RANGE,
    BreakSettings,
    parse_break_settings,
)

DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _number(label: str, bounds: tuple[int, int], help_text: str) -> forms.IntegerField:
    """Return a whole-number field; its range is checked by the core, which names the field."""
    low, high = bounds
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": low, "max": high}),
    )


def _time(label: str, *, required: bool = True, help_text: str = "") -> forms.TimeField:
    return forms.TimeField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )


class ReminderForm(forms.Form):
    """Every value is checked by the core's BreakSettings, so the page and API agree."""

    enabled = forms.BooleanField(label="Remind me to take desk breaks", required=False)
    work_days = forms.MultipleChoiceField(
        label="Work days",
        widget=forms.CheckboxSelectMultiple,
        choices=list(zip(DAY_NAMES, DAY_LABELS, strict=True)),
    )
    starts_at = _time("Work starts")
    ends_at = _time("Work ends")
    micro_every_minutes = _number(
        "A micro-break every (minutes)", MICRO_EVERY_RANGE, "20 to 30; 20 did best in one study."
    )
    micro_seconds = _number("Micro-break length (seconds)", MICRO_SECONDS_RANGE, "30 to 60.")
    active_minutes = _number("Active break each hour (minutes)", ACTIVE_MINUTES_RANGE, "3 to 5.")
    snooze_minutes = _number("Snooze for (minutes)", SNOOZE_RANGE, "5 to 30.")
    session_at = _time(
        "Daily session reminder", required=False, help_text="Leave empty for no reminder."
    )

    def clean(self) -> dict[str, Any]:
        """Check the whole set with the core and put each problem next to its field."""
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        try:
            self.settings = parse_break_settings(cleaned)
        except ScapulaError as error:
            field = error.field if error.field in self.fields else None
            self.add_error(field, error.message)
        return cleaned

    def values(self) -> dict[str, object]:
        """Return the validated settings as the service takes them."""
        return self.settings.as_dict()


def initial_from(settings: BreakSettings) -> dict[str, object]:
    """Return the form's initial values from stored settings."""
    return {**settings.as_dict(), "starts_at": settings.starts_at, "ends_at": settings.ends_at}
