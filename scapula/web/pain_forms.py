"""The pain diary's forms: a score on any day, and a correction of one entry."""

from django import forms

from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import PAIN_SITES
from scapula.tracking.models import SIDES

SCALE = [(value, str(value)) for value in PAIN_SCALE.choices]
MOMENTS = [
    ("usual", "How it is today, in general"),
    ("morning", "This morning, on waking"),
    ("before", "Just before exercising"),
    ("after", "Just after exercising"),
]
MOMENT_LABELS = dict(MOMENTS) | {"peak": "The worst during a session"}
SITE_LABELS = {
    "between_shoulder_blades": "Between the shoulder blades",
    "neck": "Neck",
    "top_of_shoulder": "Top of the shoulder",
}


def _score_field(label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale-choice"}),
        error_messages={"required": "Choose a number from 0 (no pain) to 10 (worst imaginable)."},
    )


class PainEntryForm(forms.Form):
    """One pain score with its moment, where it hurts and a note."""

    score = _score_field("Your pain, from 0 (none) to 10 (worst imaginable)")
    context = forms.ChoiceField(label="Which moment it describes", choices=MOMENTS, initial="usual")
    site = forms.ChoiceField(
        label="Where it hurts most",
        required=False,
        choices=[("", "Not sure")] + [(site, SITE_LABELS[site]) for site in PAIN_SITES],
    )
    side = forms.ChoiceField(
        label="Which side",
        required=False,
        choices=[("", "Not sure")] + [(side, side.capitalize()) for side in SIDES],
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CorrectionForm(forms.Form):
    """A corrected score for one entry."""

    score = _score_field("Corrected score")
