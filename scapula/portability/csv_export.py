"""Pain entries, sessions and check-ins as CSV a spreadsheet opens safely."""

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.core.outcomes import PAIN_MOMENT_WORDS, PAIN_SITE_WORDS, groc_label
from scapula.core.spreadsheet import safe_cell
from scapula.practice.history import session_history
from scapula.tracking.models import OutcomeCheckIn, PainEntry


class CsvKind(StrEnum):
    """The tables a person can take to a spreadsheet."""

    PAIN = "pain"
    SESSIONS = "sessions"
    CHECK_INS = "check-ins"


def csv_kind(value: str) -> CsvKind:
    """Return the table named, or a ScapulaError listing the ones there are."""
    try:
        return CsvKind(value)
    except ValueError:
        choices = ", ".join(kind.value for kind in CsvKind)
        raise ScapulaError(f"must be one of {choices}", field="kind") from None


def export_csv(user: User, kind: CsvKind) -> str:
    """Return one of the person's tables as CSV text, a header row first."""
    header, rows = _TABLES[kind](user)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(value) for value in row] for row in rows)
    return out.getvalue()


Table = tuple[list[str], Iterable[Sequence[object]]]


def _pain(user: User) -> Table:
    header = ["day", "score (0-10)", "moment", "where", "side", "note"]
    entries = PainEntry.objects.filter(user=user).order_by("recorded_on", "created_at", "id")
    rows = (
        [
            e.recorded_on.isoformat(),
            e.score,
            PAIN_MOMENT_WORDS.get(e.context, e.context),
            PAIN_SITE_WORDS.get(e.site, e.site),
            e.side,
            e.note,
        ]
        for e in entries
    )
    return header, rows


def _sessions(user: User) -> Table:
    header = [
        "day",
        "started",
        "minutes",
        "how it ended",
        "pain before",
        "pain after",
        "exercises done",
        "exercises",
        "stops",
    ]
    rows = (
        [
            s.performed_on.isoformat(),
            s.started_at.strftime("%H:%M"),
            s.minutes,
            s.status_words,
            s.pain_before,
            s.pain_after,
            s.done,
            len(s.exercises),
            "; ".join(f"{e.name}: {e.stop_reason or 'no reason given'}" for e in s.stops),
        ]
        for s in reversed(session_history(user=user, limit=100_000))
    )
    return header, rows


def _check_ins(user: User) -> Table:
    header = ["day", "activity", "score (0-10)", "global change (-7 to +7)", "global change"]
    check_ins = (
        OutcomeCheckIn.objects.filter(user=user)
        .prefetch_related("ratings__activity")
        .order_by("taken_on", "id")
    )
    rows = (
        [
            check_in.taken_on.isoformat(),
            rating.activity.name,
            rating.score,
            check_in.groc,
            groc_label(check_in.groc) if check_in.groc is not None else "",
        ]
        for check_in in check_ins
        for rating in check_in.ratings.all()
    )
    return header, rows


_TABLES: dict[CsvKind, Callable[[User], Table]] = {
    CsvKind.PAIN: _pain,
    CsvKind.SESSIONS: _sessions,
    CsvKind.CHECK_INS: _check_ins,
}
