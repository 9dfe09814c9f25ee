"""Forms for the two-weekly check-in: name and rate activities (PSFS), then global change."""

from typing import Any

from django import forms

from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import GROC_LABELS, GROC_QUESTION

MAX_ACTIVITIES = 5
SCALE = [(value, str(value)) for value in PAIN_SCALE.choices]


def _rating_field(label: str, *, required: bool) -> forms.TypedChoiceField:
    """A 0-10 choice shown as a row of radio buttons."""
    return forms.TypedChoiceField(
        label=label,
        choices=SCALE,
        coerce=int,
        required=required,
        widget=forms.RadioSelect(attrs={"class": "scale-choice"}),
        error_messages={"required": "Choose how able you are, from 0 to 10."},
    )


class FirstCheckInForm(forms.Form):
    """Name 3-5 activities the pain makes hard and rate each from 0 to 10."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for index in range(1, MAX_ACTIVITIES + 1):
            self.fields[f"activity_{index}"] = forms.CharField(
                label="What is it?",
                required=False,
                max_length=120,
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )
            self.fields[f"score_{index}"] = _rating_field(
                f"How able are you to do activity {index}?", required=False
            )

    def rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        """Return each activity's name field with its rating field."""
        return [
            (self[f"activity_{index}"], self[f"score_{index}"])
            for index in range(1, MAX_ACTIVITIES + 1)
        ]

    def clean(self) -> dict[str, Any]:
        """A named activity needs its rating, and a rating needs its activity."""
        data = super().clean() or {}
        for index in range(1, MAX_ACTIVITIES + 1):
            name, score = data.get(f"activity_{index}", ""), data.get(f"score_{index}")
            if name and score in (None, ""):
                self.add_error(f"score_{index}", "Rate this activity from 0 to 10.")
            if not name and score not in (None, ""):
                self.add_error(f"activity_{index}", "Name the activity you rated.")
        return data

    def ratings(self) -> list[tuple[str, object]]:
        """Return the named activities with their ratings."""
        return [
            (self.cleaned_data[f"activity_{i}"], self.cleaned_data[f"score_{i}"])
            for i in range(1, MAX_ACTIVITIES + 1)
            if self.cleaned_data.get(f"activity_{i}")
        ]


class FollowUpCheckInForm(forms.Form):
    """Re-rate the same activities, then say how things compare with two weeks ago."""

    def __init__(self, *args: Any, activities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.activities = activities
        for index, name in enumerate(activities):
            self.fields[f"score_{index}"] = _rating_field(name, required=True)
        self.fields["groc"] = forms.TypedChoiceField(
            label=GROC_QUESTION,
            choices=list(GROC_LABELS.items()),
            coerce=int,
            widget=forms.RadioSelect(attrs={"class": "groc-choice"}),
            error_messages={"required": "Choose the answer closest to how things are."},
        )

    def rating_fields(self) -> list[forms.BoundField]:
        """Return the rating field of each activity, in order."""
        return [self[f"score_{index}"] for index in range(len(self.activities))]

    def ratings(self) -> list[tuple[str, object]]:
        """Return each activity with its new rating."""
        return [
            (name, self.cleaned_data[f"score_{index}"])
            for index, name in enumerate(self.activities)
        ]
