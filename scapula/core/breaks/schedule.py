"""Lay out a work day's desk breaks: micro-breaks on a rhythm, an active break each hour."""

from dataclasses import dataclass
from datetime import date, time

from scapula.core.breaks.content import BreakContent, BreakExercise
from scapula.core.breaks.settings import BreakSettings
from scapula.core.sources import Citation

KINDS = ("micro", "active")
MINUTES_PER_HOUR = 60
# With nothing desk-friendly in the plan, a posture change is the break (Waongenngarm 2021).
POSTURE_SHIFT = (
    "Stand up, change position and let your shoulders drop; look at something far away. "
    "Sit back down in a different position from before."
)
SOURCES = {
    "micro": (
        Citation("mclean-2001", "a microbreak every 20-30 min, 30-60 s"),
        Citation("waongenngarm-2021", "prompted postural shifts"),
    ),
    "active": (
        Citation("henning-1997", "a 3-min break each hour"),
        Citation("galinsky-2000", "a 5-min break in each hour"),
    ),
}
EVIDENCE = (
    "How sure is this? Short, regular breaks are low-risk, and studies of office work "
    "fairly consistently find less discomfort and no loss of output with them. Whether "
    "they prevent pain is less clear: a Cochrane review of the trials rated the evidence "
    "low to very low and found that extra breaks may make little difference to pain. "
    "The rhythm here follows the studies that did help; treat it as a reasonable habit, "
    "not a cure."
)
EVIDENCE_SOURCES = (
    Citation("cochrane-work-breaks", "low to very low quality evidence"),
    Citation("waongenngarm-2021", "fewer new cases of neck pain"),
)


@dataclass(frozen=True, slots=True)
class DeskBreak:
    """One break of a work day: when, which kind, how long, and what to do."""

    at: time
    kind: str
    seconds: int
    exercise: BreakExercise | None
    sources: tuple[Citation, ...]

    @property
    def key(self) -> str:
        """Return a name unique within a day, e.g. 'micro-0920'."""
        return f"{self.kind}-{self.at.strftime('%H%M')}"

    @property
    def title(self) -> str:
        """Return a short heading for a prompt."""
        return "Micro-break" if self.kind == "micro" else "Active break"

    @property
    def instruction(self) -> str:
        """Say what to do, in one or two sentences."""
        if self.exercise is None:
            return POSTURE_SHIFT
        if self.kind == "active":
            return (
                f"{self.exercise.name}: {self.exercise.dose_text}. Then stand, walk about "
                "and change position until the time is up."
            )
        return f"{self.exercise.name}: {self.exercise.dose_text}."


def break_times(settings: BreakSettings) -> tuple[tuple[time, str], ...]:
    """Return each break's time and kind in a work day, ending before the day does."""
    start, end = _minutes(settings.starts_at), _minutes(settings.ends_at)
    active = [
        minute
        for minute in range(start + MINUTES_PER_HOUR, end, MINUTES_PER_HOUR)
        if minute * 60 + settings.active_minutes * 60 <= end * 60
    ]
    micro = [
        minute
        for minute in range(start + settings.micro_every_minutes, end, settings.micro_every_minutes)
        if minute * 60 + settings.micro_seconds <= end * 60
        # An active break that covers this moment replaces the micro-break.
        and not any(a <= minute < a + settings.active_minutes for a in active)
    ]
    timed = [(m, "active") for m in active] + [(m, "micro") for m in micro]
    return tuple((_time(m), kind) for m, kind in sorted(timed))


def lay_out_day(settings: BreakSettings, content: BreakContent) -> tuple[DeskBreak, ...]:
    """Return a work day's breaks, each kind rotating through its exercises in order."""
    counters = {"micro": 0, "active": 0}
    breaks = []
    for at, kind in break_times(settings):
        options = content.micro if kind == "micro" else content.active
        exercise = options[counters[kind] % len(options)] if options else None
        counters[kind] += 1
        seconds = settings.micro_seconds if kind == "micro" else settings.active_minutes * 60
        breaks.append(DeskBreak(at, kind, seconds, exercise, SOURCES[kind]))
    return tuple(breaks)


def breaks_on(settings: BreakSettings, content: BreakContent, day: date) -> tuple[DeskBreak, ...]:
    """Return the breaks of one day: none when reminders are off or it is not a work day."""
    if not settings.enabled or day.weekday() not in settings.work_days:
        return ()
    return lay_out_day(settings, content)


def _minutes(at: time) -> int:
    return at.hour * MINUTES_PER_HOUR + at.minute


def _time(minutes: int) -> time:
    return time(minutes // MINUTES_PER_HOUR, minutes % MINUTES_PER_HOUR)
