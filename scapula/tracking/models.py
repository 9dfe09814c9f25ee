"""A pain diary entry: a 0-10 score, the moment it describes, and where it hurts."""

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.outcomes import PAIN_CONTEXTS, PAIN_SITES, PainReading

SIDES = ("left", "right", "both")


class PainEntry(UserOwnedModel):
    """One NPRS score (0-10) with its context."""

    score = models.PositiveSmallIntegerField()
    context = models.CharField(max_length=10, choices=[(c, c) for c in PAIN_CONTEXTS])
    site = models.CharField(max_length=30, blank=True, choices=[(s, s) for s in PAIN_SITES])
    side = models.CharField(max_length=5, blank=True, choices=[(s, s) for s in SIDES])
    note = models.TextField(blank=True, max_length=1000)
    recorded_on = models.DateField()

    class Meta:
        ordering = ["recorded_on", "created_at", "id"]
        indexes = [models.Index(fields=["user", "recorded_on"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(score__lte=10), name="pain_score_0_to_10"),
        ]

    def __str__(self) -> str:
        return f"{self.score}/10 ({self.context}) on {self.recorded_on}"

    def to_core(self) -> PainReading:
        """Return the core value the trend reads."""
        return PainReading(self.recorded_on, self.score, self.context)
