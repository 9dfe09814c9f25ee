"""Stored screenings and clearances; every one belongs to a user."""

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.screening import Disposition, ScreeningRecord, can_be_cleared


class Screening(UserOwnedModel):
    """One completed (or abandoned) questionnaire: answers, disposition and its reasons."""

    is_recheck = models.BooleanField(default=False)
    answers = models.JSONField()
    disposition = models.CharField(max_length=20, choices=[(d.value, d.value) for d in Disposition])
    triggered = models.JSONField(default=list)
    missing = models.JSONField(default=list)
    screened_on = models.DateField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"{self.disposition} on {self.screened_on}"

    @property
    def is_clearable(self) -> bool:
        """Return whether a clinician's recorded clearance may unlock after this screening."""
        return not self.is_recheck and can_be_cleared(
            self.disposition, tuple(self.triggered), tuple(self.missing)
        )

    def to_core(self) -> ScreeningRecord:
        """Return the core value the gate reads."""
        return ScreeningRecord(
            self.disposition,
            self.screened_on,
            self.is_recheck,
            tuple(self.triggered),
            tuple(self.missing),
        )


class Clearance(UserOwnedModel):
    """A clinician's go-ahead after a screening that allows one: who, and when."""

    screening = models.ForeignKey(Screening, on_delete=models.CASCADE, related_name="clearances")
    cleared_by = models.CharField(max_length=200)
    cleared_on = models.DateField()
    note = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"cleared by {self.cleared_by} on {self.cleared_on}"
