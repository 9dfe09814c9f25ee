"""The user model and the base every stored record derives from."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A person with an account; in personal mode exactly one of them is the owner."""

    is_owner = models.BooleanField(
        default=False,
        help_text="The single local account that personal mode signs in automatically.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["is_owner"], condition=models.Q(is_owner=True), name="one_owner"
            ),
        ]


class UserOwnedModel(models.Model):
    """Abstract base for every stored record: each one belongs to exactly one user."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
