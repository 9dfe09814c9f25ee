"""Stepped forms: the steps of a flow, and the answers typed so far, kept in the session."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict

ACTIONS = ("next", "back", "submit")


@dataclass(frozen=True, slots=True)
class Step:
    """One screen of a stepped form: its title and the fields it asks."""

    title: str
    fields: tuple[str, ...]


class StepDraft:
    """Raw answers of one flow, kept server-side so they survive a reload or a closed tab.

    Nothing here is a result: the flow's service judges and stores the answers only at the
    final submit. The draft is raw form input (lists of strings, like a posted form), so a
    step shows exactly what was typed, even a value that still needs correcting.
    """

    def __init__(self, request: HttpRequest, flow: str, *, version: str = "") -> None:
        self._session = request.session
        self._key = f"scapula-draft-{flow}"
        user_id = getattr(request.user, "pk", None)
        stored = self._session.get(self._key)
        # A draft of another person, or of another day for a flow that asks about "now", is
        # not theirs to continue: start again.
        is_current = (
            isinstance(stored, dict)
            and stored.get("user") == user_id
            and stored.get("version") == version
        )
        self._state: dict[str, Any] = (
            stored
            if is_current and isinstance(stored, dict)
            else {"user": user_id, "version": version, "data": {}, "reached": 1, "current": 1}
        )

    @property
    def data(self) -> QueryDict:
        """Return the answers so far as form data, to bind a form to."""
        query = QueryDict(mutable=True)
        query.update(MultiValueDict(self._state["data"]))
        return query

    @property
    def is_empty(self) -> bool:
        """Return whether nothing has been answered yet."""
        return not self._state["data"]

    @property
    def reached(self) -> int:
        """Return the furthest step the person may open (earlier steps all passed)."""
        return int(self._state["reached"])

    @property
    def current(self) -> int:
        """Return the step the person was last shown."""
        return int(self._state["current"])

    def update(self, posted: QueryDict, names: Iterable[str]) -> None:
        """Keep what was posted for these fields (an unticked box or radio means no value)."""
        for name in names:
            self._state["data"][name] = posted.getlist(name)
        self._save()

    def move_to(self, number: int, *, passed: bool = False) -> None:
        """Remember the step shown next; a passed step opens the one after it."""
        self._state["current"] = number
        if passed:
            self._state["reached"] = max(self.reached, number)
        self._save()

    def initial(self, form: forms.Form) -> dict[str, Any]:
        """Return the answers as a form's initial values, to show them without errors."""
        initial: dict[str, Any] = {}
        for name, values in self._state["data"].items():
            field = form.fields.get(name)
            if field is None:
                continue
            is_multiple = isinstance(field, forms.MultipleChoiceField)
            initial[name] = values if is_multiple else (values[0] if values else None)
        return initial

    def clear(self) -> None:
        """Forget the draft once its answers have been submitted."""
        self._session.pop(self._key, None)

    def _save(self) -> None:
        self._session[self._key] = self._state
        self._session.modified = True


def posted_step(posted: QueryDict, count: int) -> tuple[int | None, str]:
    """Return the step a form was posted from and the action; no step means the whole form."""
    try:
        number = int(posted.get("step", ""))
    except ValueError:
        return None, "submit"
    action = posted.get("action", "next")
    return min(max(number, 1), count), action if action in ACTIONS else "next"


def requested_step(value: str | None, draft: StepDraft) -> int:
    """Return the step to show for `?step=`: never past the furthest one reached."""
    try:
        number = int(value) if value else draft.current
    except ValueError:
        number = draft.current
    return min(max(number, 1), draft.reached)


def summary_errors(form: forms.Form, names: Iterable[str]) -> list[tuple[str, str]]:
    """Return (field id, message) for each field of a step that has an error, in order."""
    return [
        (form[name].auto_id or name, str(form.errors[name][0]))
        for name in names
        if name in form.errors
    ]
