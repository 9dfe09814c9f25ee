"""A pain diary entry: a 0-10 score, the moment it describes, and where it hurts."""

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.limits import GROC_SCALE, PAIN_SCALE
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
            models.CheckConstraint(
                condition=models.Q(score__lte=PAIN_SCALE.high), name="pain_score_0_to_10"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.score}/10 ({self.context}) on {self.recorded_on}"

    def to_core(self) -> PainReading:
        """Return the core value the trend reads."""
        return PainReading(self.recorded_on, self.score, self.context)


class PsfsActivity(UserOwnedModel):
    """An activity the person named as hard because of the pain; rated at every check-in."""

    name = models.CharField(max_length=120)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "position"], name="one_activity_per_position"),
        ]

    def __str__(self) -> str:
        return self.name


class OutcomeCheckIn(UserOwnedModel):
    """A two-weekly check-in: the activity ratings and, after the first, the global change."""

    taken_on = models.DateField()
    groc = models.SmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["taken_on", "id"]
        indexes = [models.Index(fields=["user", "taken_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(groc__isnull=True)
                | models.Q(groc__gte=GROC_SCALE.low, groc__lte=GROC_SCALE.high),
                name="groc_minus_7_to_7",
            ),
        ]

    def __str__(self) -> str:
        return f"check-in on {self.taken_on}"


class ActivityRating(UserOwnedModel):
    """One activity's 0-10 rating at one check-in (10 = able as before the problem)."""

    check_in = models.ForeignKey(OutcomeCheckIn, on_delete=models.CASCADE, related_name="ratings")
    activity = models.ForeignKey(PsfsActivity, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["activity__position"]
        constraints = [
            models.CheckConstraint(condition=models.Q(score__lte=10), name="psfs_score_0_to_10"),
            models.UniqueConstraint(fields=["check_in", "activity"], name="one_rating_each"),
        ]

    def __str__(self) -> str:
        return f"{self.score}/10"
