"""The optional second sign-in step: a code from an authenticator app (TOTP), for clinic staff."""

from base64 import b32encode

import segno
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from scapula.accounts.models import User
from scapula.core import ScapulaError

DEVICE_NAME = "Authenticator app"


def may_use_two_step(user: User) -> bool:
    """Return whether this person can turn on the second step (clinicians and clinic admins)."""
    return user.is_clinician or user.is_clinic_admin


def confirmed_device(user: User) -> TOTPDevice | None:
    """Return the person's confirmed authenticator, if the second step is on."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_two_step(user: User) -> bool:
    """Return whether signing in asks this person for a code after the password."""
    return confirmed_device(user) is not None


@transaction.atomic
def pending_device(user: User) -> TOTPDevice:
    """Return the authenticator being set up (not yet confirmed), creating it the first time."""
    if not may_use_two_step(user):
        raise ScapulaError("is for clinicians and clinic admins", field="second step")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def setup_secret(device: TOTPDevice) -> str:
    """Return the device's key as the letters an authenticator app accepts when typed in."""
    return b32encode(device.bin_key).decode().rstrip("=")


def setup_qr_svg(device: TOTPDevice) -> str:
    """Return the setup link as an inline SVG QR code (drawn here: no outside service)."""
    return str(segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#000"))


def _clean_code(code: str) -> str:
    """Return the code without the spaces people type or apps show in the middle."""
    return "".join(code.split())


@transaction.atomic
def confirm_two_step(*, user: User, code: str) -> TOTPDevice:
    """Turn the second step on once the app shows a code that matches."""
    device = pending_device(user)
    if not device.verify_token(_clean_code(code)):
        raise ScapulaError("does not match; type the 6 digits the app shows now", field="code")
    TOTPDevice.objects.filter(user=user, confirmed=True).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


@transaction.atomic
def turn_off_two_step(*, user: User, code: str) -> None:
    """Turn the second step off, proven by a current code from the app."""
    device = confirmed_device(user)
    if device is None:
        return
    if not device.verify_token(_clean_code(code)):
        raise ScapulaError("does not match; type the 6 digits the app shows now", field="code")
    TOTPDevice.objects.filter(user=user).delete()


def check_code(*, user: User, code: str) -> TOTPDevice | None:
    """Return the device when the code matches (wrong codes slow further tries down)."""
    device = confirmed_device(user)
    if device is None or not device.verify_token(_clean_code(code)):
        return None
    return device
