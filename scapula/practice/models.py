"""A practice session and the exercises in it; the client's key makes saving idempotent."""

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.limits import PAIN_SCALE
from scapula.core.session import ExerciseStatus, SessionStatus


def _pain_check(field: str, name: str) -> models.CheckConstraint:
    """A database check that a pain score, when given, is on the 0-10 scale."""
    on_scale = models.Q(**{f"{field}__gte": PAIN_SCALE.low, f"{field}__lte": PAIN_SCALE.high})
    return models.CheckConstraint(
        condition=on_scale | models.Q(**{f"{field}__isnull": True}), name=name
    )


class PracticeSession(UserOwnedModel):
    """One sitting of a routine: pain before and after, and how it ended."""

    key = models.CharField(max_length=64, help_text="Client-made id; a repeat is ignored.")
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    performed_on = models.DateField()
    status = models.CharField(max_length=12, choices=[(s.value, s.value) for s in SessionStatus])
    pain_before = models.PositiveSmallIntegerField(null=True, blank=True)
    pain_after = models.PositiveSmallIntegerField(null=True, blank=True)
    plan = models.ForeignKey(
        "plans.StoredPlan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        # Covers the day counts of adherence, so a clinician's list reads only the index.
        indexes = [
            models.Index(fields=["user", "performed_on", "status"], name="session_user_day_status")
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="one_session_per_key"),
            _pain_check("pain_before", "session_pain_before_on_scale"),
            _pain_check("pain_after", "session_pain_after_on_scale"),
        ]

    def __str__(self) -> str:
        return f"{self.status} session on {self.performed_on}"


class PracticeExercise(UserOwnedModel):
    """How one exercise of a session went: done, stopped (with peak pain and why) or skipped."""

    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="exercises")
    order = models.PositiveSmallIntegerField()
    exercise_id = models.CharField(max_length=80)
    status = models.CharField(max_length=12, choices=[(s.value, s.value) for s in ExerciseStatus])
    peak_pain = models.PositiveSmallIntegerField(null=True, blank=True)
    stop_reason = models.CharField(max_length=200, blank=True)
    steps_done = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["session", "order"]
        constraints = [_pain_check("peak_pain", "exercise_peak_pain_on_scale")]

    def __str__(self) -> str:
        return f"{self.exercise_id}: {self.status}"


class DoseChange(UserOwnedModel):
    """A progression decision for one exercise: what changed, why, and the dose from now on."""

    exercise_id = models.CharField(max_length=80)
    decision = models.CharField(max_length=10)
    reason = models.TextField()
    source = models.CharField(max_length=200)
    dose = models.JSONField()
    decided_on = models.DateField()
    variant = models.TextField(
        blank=True, help_text="The easier or harder version to do from now on ('' = the usual)."
    )
    switch_to = models.CharField(
        max_length=80, blank=True, help_text="Another catalog exercise that replaces this one."
    )

    class Meta:
        ordering = ["-decided_on", "-id"]
        indexes = [models.Index(fields=["user", "exercise_id"])]

    def __str__(self) -> str:
        return f"{self.exercise_id}: {self.decision} on {self.decided_on}"


class ProgressReview(UserOwnedModel):
    """The day the progression rules ran: once per person and day, so a repeat changes nothing."""

    reviewed_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "reviewed_on"], name="one_review_per_day"),
        ]

    def __str__(self) -> str:
        return f"progress reviewed on {self.reviewed_on}"
