"""The program editor's forms: swap, dose, remove, add and note, each with a required reason.

The forms only turn the posted text into values; every rule (what fits, which ranges) is the
service's, and its message comes back on the field it names.
"""

from collections.abc import Sequence

from django import forms
from django.http import QueryDict

from scapula.core.catalog import Dose, Exercise
from scapula.core.plan.changes import DOSE_LIMITS, NOTE_MAX, dose_fields

Initial = dict[str, object] | None
DOSE_LABELS = {
    "sets": "Sets",
    "reps": "Repetitions",
    "hold_seconds": "Hold (seconds)",
    "duration_seconds": "Time (seconds)",
}
# The service names its fields as the stored change does; the forms name them for people.
SERVICE_FIELDS = {"exercise_id": "exercise", "replacement_id": "replacement"}


def _reason() -> forms.CharField:
    return forms.CharField(
        label="Reason (your patient is shown it)",
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Write a short reason: your patient is shown it."},
    )


class ChangeForm(forms.Form):
    """A change to one exercise of the routine; the reason is always asked."""

    kind = ""
    exercise: forms.Field = forms.CharField(widget=forms.HiddenInput)
    note = _reason()

    def __init__(self, data: QueryDict | None = None, *, key: str, initial: Initial = None) -> None:
        # Several forms share a page: the key keeps each one's field ids apart.
        super().__init__(data, initial=initial, auto_id=f"{key}-%s")
        self.key = key

    def dose(self) -> dict[str, object] | None:
        """Return the dose variables given, as the service takes them (None: no dose)."""
        return None

    def error_at(self, field: str | None, message: str) -> None:
        """Show the service's message on the field it names (or above the form)."""
        name = SERVICE_FIELDS.get(field or "", field)
        self.add_error(name if name in self.fields else None, message)


class _ChoiceOfExerciseForm(ChangeForm):
    """A change that picks one exercise from those that fit the person."""

    choice_field = ""  # the name of the field whose choices are the fitting exercises

    def __init__(
        self,
        data: QueryDict | None = None,
        *,
        key: str,
        options: Sequence[Exercise],
        initial: Initial = None,
    ) -> None:
        super().__init__(data, key=key, initial=initial)
        field = self.fields[self.choice_field]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "Choose an exercise")] + [(e.id, e.name) for e in options]


class SwapForm(_ChoiceOfExerciseForm):
    """Swap one exercise for another that fits the person."""

    kind = "swap"
    choice_field = "replacement"
    replacement = forms.ChoiceField(label="Swap for")


class DoseForm(ChangeForm):
    """Set the dose variables the exercise's catalog dose has: sets, reps, hold or time."""

    kind = "dose"

    def __init__(
        self,
        data: QueryDict | None = None,
        *,
        key: str,
        exercise: Exercise,
        current: Dose,
        initial: Initial = None,
    ) -> None:
        super().__init__(data, key=key, initial=initial)
        self.dose_names = dose_fields(exercise)
        for name in self.dose_names:
            limit = DOSE_LIMITS[name]
            self.fields[name] = forms.IntegerField(
                label=DOSE_LABELS[name],
                min_value=limit.low,
                max_value=limit.high,
                initial=getattr(current, name),
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            )
        self.order_fields([*self.dose_names, "note"])

    def dose(self) -> dict[str, object] | None:
        return {name: self.cleaned_data[name] for name in self.dose_names}


class RemoveForm(ChangeForm):
    """Take an exercise out of the routine."""

    kind = "remove"


class AddForm(_ChoiceOfExerciseForm):
    """Add an exercise that fits the person and is not in the routine yet."""

    kind = "add"
    choice_field = "exercise"
    exercise = forms.ChoiceField(label="Exercise to add")


class NoteForm(ChangeForm):
    """A note to the patient that changes nothing in the routine."""

    kind = "note"
    exercise = None  # type: ignore[assignment]  # a note is about no one exercise
    note = forms.CharField(
        label="Note to your patient",
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write the note your patient will read."},
    )
