"""Forms of the account pages: sign-in, the code step, password reset and "Your account"."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm

from scapula.accounts.services import NAME_LENGTH
from scapula.accounts.timezone import zone_names
from scapula.core import Mode


class SignInForm(AuthenticationForm):
    """E-mail address (or, in personal mode, the user name "owner") and password."""

    error_messages = {
        "invalid_login": "That e-mail address and password do not match. Please try again.",
        "inactive": "This account is switched off. Ask your clinic to switch it on again.",
    }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if settings.SCAPULA_MODE is Mode.PERSONAL:
            self.error_messages = {
                **self.error_messages,
                "invalid_login": "That user name and password do not match. Please try again.",
            }
        self.fields["username"].max_length = 254  # type: ignore[attr-defined]


class CodeForm(forms.Form):
    """The 6 digits an authenticator app shows."""

    code = forms.CharField(
        label="Code from your authenticator app",
        max_length=12,
        error_messages={"required": "Type the 6 digits the app shows."},
    )


class ResetRequestForm(PasswordResetForm):
    """The address to send a reset link to; the answer is the same whether it has an account."""

    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        error_messages={
            "required": "Type the e-mail address of your account.",
            "invalid": "That does not look like an e-mail address.",
        },
    )


class NewPasswordForm(SetPasswordForm):  # type: ignore[type-arg]
    """A new password, typed twice, checked by the password rules."""

    error_messages = {"password_mismatch": "The two passwords differ. Type the same one twice."}


class AccountSettingsForm(forms.Form):
    """The name shown on summaries and the time zone that decides "today"."""

    name = forms.CharField(label="Your name", max_length=NAME_LENGTH, required=False)
    time_zone = forms.ChoiceField(
        label="Your time zone",
        required=False,
        error_messages={"invalid_choice": "Pick a time zone from the list."},
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        server_zone = f"The server's time zone ({settings.TIME_ZONE})"
        choices = [("", server_zone), *((name, name.replace("_", " ")) for name in zone_names())]
        self.fields["time_zone"].choices = choices  # type: ignore[attr-defined]
