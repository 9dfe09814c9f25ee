"""What comes after today's session, in plain words: the end screen of every player says it.

The next-morning pain question is what runs the progression rules (`morning.py`), so the
end of a session says it is coming; a stop that calls for the safety questions again says
so before anything else.
"""

from dataclasses import dataclass
from datetime import date, time

from scapula.accounts.models import User
from scapula.reminders.models import ReminderSettings
from scapula.screening.events import pending_rescreen

MORNING_QUESTION = (
    "Tomorrow morning scapula asks how your back feels, from 0 to 10. That one number "
    "decides whether each exercise stays as it is, steps up or gets easier."
)
RESCREEN_FIRST = (
    "Before your next session, scapula asks the safety questions again, because of how "
    "this session ended."
)
ACKNOWLEDGEMENT = "That is today's work done. Steady, regular sessions are what help most."
STOPPED_ACKNOWLEDGEMENT = "Stopping when it hurts was the right call."
ENDED_ACKNOWLEDGEMENT = "Ended early. What you did today is saved and counts."


@dataclass(frozen=True, slots=True)
class WhatComesNext:
    """A short acknowledgement for each way a session ends, and the lines about tomorrow."""

    acknowledgement: str
    stopped_acknowledgement: str
    lines: tuple[str, ...]
    ended_acknowledgement: str = ENDED_ACKNOWLEDGEMENT

    def as_dict(self) -> dict[str, object]:
        """Return the JSON shape the player and POST /api/sessions send."""
        return {
            "acknowledgement": self.acknowledgement,
            "stopped_acknowledgement": self.stopped_acknowledgement,
            "ended_acknowledgement": self.ended_acknowledgement,
            "lines": list(self.lines),
        }


def what_comes_next(*, user: User, today: date) -> WhatComesNext:
    """Return what tomorrow holds after a session today: the safety check, the morning, when."""
    lines = [RESCREEN_FIRST] if pending_rescreen(user=user, today=today) else []
    lines += [MORNING_QUESTION, _next_session(user)]
    return WhatComesNext(ACKNOWLEDGEMENT, STOPPED_ACKNOWLEDGEMENT, tuple(lines))


def _next_session(user: User) -> str:
    """Say when the next session is: at the reminder time when one is set."""
    at = _session_time(user)
    when = f" at {at:%H:%M}" if at else ""
    return f"Your next session is ready for tomorrow{when}, on the plan page."


def _session_time(user: User) -> time | None:
    """Return the daily session time the person chose, if reminders are on."""
    found = ReminderSettings.objects.filter(user=user, enabled=True).values_list(
        "session_at", flat=True
    )
    return next(iter(found), None)
