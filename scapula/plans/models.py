"""A stored plan keeps the profile it was built from and the generated result."""

from django.db import models

from scapula.accounts.models import UserOwnedModel
from scapula.core.plan import Plan, plan_from_dict


class StoredPlan(UserOwnedModel):
    """One generated plan; regenerating adds a new one, so earlier plans stay as history."""

    profile = models.JSONField(help_text="The self-assessment profile, as given.")
    plan = models.JSONField(help_text="The generated plan (drivers and phases).")
    starts_on = models.DateField()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"plan from {self.starts_on}"

    def to_core(self) -> Plan:
        """Return the stored plan as the core's typed value: the only reader of its keys."""
        return plan_from_dict(self.plan)
