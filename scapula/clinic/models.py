"""Clinic records: invitations, the audit log, summaries, pain alerts and program changes."""

from django.conf import settings
from django.db import models

from scapula.accounts.models import Clinic, Role, UserOwnedModel


class Invitation(UserOwnedModel):
    """A single-use, expiring link to join a clinic; `user` is the person who sent it."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=16, choices=Role.choices)
    email = models.EmailField(blank=True, default="")
    # Only the SHA-256 of the token is kept: a copy of the database cannot join anyone.
    token_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class AuditEntry(UserOwnedModel):
    """One read or write of a patient's records by someone else; `user` is that patient.

    Entries are never changed: the model refuses updates and the database refuses them too
    (a trigger). They go only with the patient's own erasure of their records.
    """

    class Action(models.TextChoices):
        READ = "read", "Looked at"
        WRITE = "write", "Changed"

    clinic = models.ForeignKey(Clinic, null=True, on_delete=models.PROTECT, related_name="+")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=8, choices=Action.choices)
    what = models.CharField(max_length=200)
    remote_addr = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "created_at"]),
            models.Index(fields=["clinic", "created_at"]),
        ]

    def save(self, *args: object, **kwargs: object) -> None:
        """Store a new entry; an existing one cannot be changed."""
        if self.pk is not None:
            raise ValueError("audit entries are append-only")
        super().save(*args, **kwargs)


class PatientSummary(UserOwnedModel):
    """What the clinician's list shows about one patient, kept current by each write.

    Only the last weeks are kept (scapula.clinic.summary), so the list reads one row per
    patient, never a year of entries; the flags are worked out from these facts on the day.
    """

    last_activity_at = models.DateTimeField(null=True, blank=True)
    # The last 42 days up to window_ends_on, oldest first, as scapula.core.outcomes.recent
    # keeps them: short lists of numbers, so a list of a thousand patients decodes quickly.
    window_ends_on = models.DateField(null=True, blank=True)
    # Per day: 1.0 for a completed session, 0.5 for only partial ones, 0.0 for none.
    activity_days = models.JSONField(default=list)
    # Per day: the scores of pain at rest added up, and how many there were.
    pain_days = models.JSONField(default=list)
    pain_counts = models.JSONField(default=list)
    baseline_pain = models.FloatField(null=True, blank=True)
    # The flags as of the last write (their kinds); the list works them out again each day.
    flags = models.JSONField(default=list)
    plan_starts_on = models.DateField(null=True, blank=True)
    screening_disposition = models.CharField(max_length=20, blank=True, default="")
    screening_cleared = models.BooleanField(default=False)
    function_improved = models.BooleanField(default=False)
    # [ISO day, stored stop reason] of the exercises stopped in the last 42 days.
    stops = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user"], name="one_summary_per_patient")]


class Alert(UserOwnedModel):
    """A stop for pain or a flag that the patient's clinician should see; `user` is the patient."""

    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=32)
    message = models.CharField(max_length=300)
    # What raised it (say, "session:41:chin-tuck"), so one event never alerts twice.
    source = models.CharField(max_length=120)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "source"], name="one_alert_per_event")
        ]


class ProgramChange(UserOwnedModel):
    """A clinician's change to a patient's program; `user` is the patient, shown who and why."""

    class Kind(models.TextChoices):
        SWAP = "swap", "Swapped an exercise"
        DOSE = "dose", "Changed a dose"
        ADD = "add", "Added an exercise"
        REMOVE = "remove", "Removed an exercise"
        NOTE = "note", "Wrote a note"

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    exercise_id = models.CharField(max_length=80, blank=True, default="")
    replacement_id = models.CharField(max_length=80, blank=True, default="")
    # The dose from now on, as the catalog writes one ({"sets": 2, "reps": 10, ...}).
    dose = models.JSONField(null=True, blank=True)
    note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["user", "created_at"])]
