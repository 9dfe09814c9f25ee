"""`createsuperuser` that holds DJANGO_SUPERUSER_PASSWORD to the password rules too."""

import os
from typing import Any

from django.contrib.auth.management.commands import createsuperuser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from scapula.accounts.models import User


class Command(createsuperuser.Command):
    """Django's command; without prompts it checks the password the prompts would have."""

    def handle(self, *args: Any, **options: Any) -> None:
        """Refuse a weak DJANGO_SUPERUSER_PASSWORD before anything is written."""
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        if not options["interactive"] and password is not None:
            candidate = User(
                username=options.get(User.USERNAME_FIELD)
                or os.environ.get("DJANGO_SUPERUSER_USERNAME", ""),
                email=options.get("email") or os.environ.get("DJANGO_SUPERUSER_EMAIL", ""),
            )
            try:
                validate_password(password, user=candidate)
            except ValidationError as error:
                raise CommandError(
                    "DJANGO_SUPERUSER_PASSWORD: " + " ".join(error.messages)
                ) from error
        super().handle(*args, **options)
