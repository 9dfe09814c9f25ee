"""The user model, the clinic it may belong to, and the base every stored record derives from."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower


class Clinic(models.Model):
    """A practice on a clinic server: its admins, clinicians and patients belong to it."""

    name = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """What a person may do on a clinic server (personal mode has only the owner)."""

    PATIENT = "patient", "Patient"
    CLINICIAN = "clinician", "Clinician"
    ADMIN = "admin", "Clinic admin"


class User(AbstractUser):
    """A person with an account; in personal mode exactly one of them is the owner."""

    is_owner = models.BooleanField(
        default=False,
        help_text="The single local account that personal mode signs in automatically.",
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.PATIENT)
    clinic = models.ForeignKey(
        Clinic, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    # A patient's own clinician: the only clinician who sees that patient's records.
    clinician = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="patients"
    )
    # An IANA zone name; blank means the server's zone (settings.TIME_ZONE).
    time_zone = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["is_owner"], condition=models.Q(is_owner=True), name="one_owner"
            ),
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="unique_email"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=[role.value for role in Role]), name="known_role"
            ),
        ]

    @property
    def is_clinician(self) -> bool:
        """Return whether this person treats patients in a clinic."""
        return self.role == Role.CLINICIAN

    @property
    def is_clinic_admin(self) -> bool:
        """Return whether this person manages a clinic's accounts (never its health data)."""
        return self.role == Role.ADMIN

    @property
    def is_patient(self) -> bool:
        """Return whether this person is a patient (the personal-mode owner is one)."""
        return self.role == Role.PATIENT


class UserOwnedModel(models.Model):
    """Abstract base for every stored record: each one belongs to exactly one user."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
