"""The "Your data" page's forms: bring an export back in, and confirm deleting everything."""

from django import forms

from scapula.portability.json_export import IMPORT_MAX_BYTES


class ImportForm(forms.Form):
    """A file made by scapula's JSON export."""

    document = forms.FileField(
        label="A file made by scapula's export (.json)",
        widget=forms.ClearableFileInput(attrs={"accept": "application/json,.json"}),
        error_messages={"required": "Choose the .json file to bring in."},
    )

    def clean_document(self) -> object:
        """Return the file's JSON, or an error the page shows beside the field."""
        import json

        upload = self.cleaned_data["document"]
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError("This file is too large to be a scapula export.")
        try:
            return json.loads(upload.read())
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise forms.ValidationError("This file is not JSON; choose the .json export.") from None


class DeleteForm(forms.Form):
    """A deliberate tick before everything goes."""

    understood = forms.BooleanField(
        label="I understand that this deletes everything for good and cannot be undone.",
        error_messages={"required": "Tick the box to confirm you want everything deleted."},
    )
