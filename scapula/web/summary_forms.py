"""The summary's one field: the name printed at its top."""

from django import forms

from scapula.accounts.services import NAME_LENGTH


class SummaryNameForm(forms.Form):
    """The person's name as a clinician should read it on the summary."""

    name = forms.CharField(
        label="Your name, as it should appear on the summary",
        max_length=NAME_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
