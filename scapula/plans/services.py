"""Writes for plans: validate a profile, generate with the core, store it."""

from collections.abc import Mapping
from datetime import date

from django.db import transaction

from scapula.accounts.models import User
from scapula.catalog import shipped_catalog
from scapula.core.assessment import parse_profile
from scapula.core.plan import generate_plan
from scapula.core.plan.export import plan_as_dict
from scapula.plans.models import StoredPlan


@transaction.atomic
def create_plan(*, user: User, profile: Mapping[str, object], today: date) -> StoredPlan:
    """Build a plan from a profile (errors name the bad key) and store it as the current one."""
    plan = generate_plan(parse_profile(profile), shipped_catalog())
    return StoredPlan.objects.create(
        user=user, profile=dict(profile), plan=plan_as_dict(plan), starts_on=today
    )
