"""The pain diary's forms: a score on any day, and a correction of one entry."""

from django import forms

from scapula.core.limits import PAIN_SCALE
from scapula.core.outcomes import PAIN_MOMENT_WORDS, PAIN_SITE_WORDS, PAIN_SITES
from scapula.tracking.models import SIDES

SCALE = [(value, str(value)) for value in PAIN_SCALE.choices]
# A person notes these moments by hand; "peak" comes only from the player.
MOMENTS = [
    (moment, PAIN_MOMENT_WORDS[moment]) for moment in ("usual", "morning", "before", "after")
]
MOMENT_LABELS = PAIN_MOMENT_WORDS
SITE_LABELS = PAIN_SITE_WORDS


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
