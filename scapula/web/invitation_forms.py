"""Forms of the invitation pages: invite someone, and join by an invitation."""

from django import forms

from scapula.accounts.models import Role


class StaffInviteForm(forms.Form):
    """An admin invites a clinician or another admin by e-mail."""

    email = forms.EmailField(
        label="Their e-mail",
        max_length=254,
        error_messages={
            "required": "Write the e-mail address.",
            "invalid": "This does not look like an e-mail address.",
        },
    )
    role = forms.ChoiceField(
        label="They will be",
        choices=[(Role.CLINICIAN.value, "A clinician"), (Role.ADMIN.value, "A clinic admin")],
        initial=Role.CLINICIAN.value,
    )


class PatientInviteForm(forms.Form):
    """A clinician invites a patient; the e-mail is optional (the link can be given by hand)."""

    email = forms.EmailField(
        label="Their e-mail (optional)",
        max_length=254,
        required=False,
        error_messages={"invalid": "This does not look like an e-mail address."},
    )


class JoinForm(forms.Form):
    """The invited person's account: name, e-mail, a password twice, and their time zone."""

    name = forms.CharField(
        label="Your name",
        max_length=150,
        error_messages={"required": "Write the name your clinic knows you by."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Your e-mail",
        max_length=254,
        error_messages={
            "required": "Write your e-mail address.",
            "invalid": "This does not look like an e-mail address.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label="A password",
        strip=False,
        error_messages={"required": "Choose a password."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label="The same password again",
        strip=False,
        error_messages={"required": "Write the password a second time."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    # Filled by join.js from the browser; left blank, the server's zone is used.
    time_zone = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def clean(self) -> dict[str, object]:
        """Refuse two different passwords before anything is checked further."""
        cleaned = super().clean() or {}
        first, again = cleaned.get("password"), cleaned.get("password_again")
        if first and again and first != again:
            self.add_error("password_again", "The two passwords are not the same.")
        return cleaned
