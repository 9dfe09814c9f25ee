"""Prepare a benchmark instance (run inside its environment): `python -m bench.seed owner|users N`.

`owner` readies personal mode's owner; `users N` makes N clinic accounts, each screened,
with a plan and a signed-in browser session, and prints their session cookies as JSON.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILE = json.loads((ROOT / "examples" / "profile.json").read_text()) | {
    "minutes_per_day": 16,
    "equipment": ["wall", "door_frame", "foam_roller", "dumbbell", "band"],
}


def _setup() -> None:
    """Set Django up on the instance's settings and bring its database up to date."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def ready(user) -> None:
    """Pass the safety check (nothing alarming) and build a plan, as a new user would."""
    from django.utils import timezone

    from scapula.core.screening import QUESTION_IDS
    from scapula.plans.services import create_plan
    from scapula.screening.services import record_screening

    today = timezone.localdate()
    answers = dict.fromkeys(QUESTION_IDS, False) | {"M1": True}
    record_screening(user=user, answers=answers, today=today)
    create_plan(user=user, profile=PROFILE, today=today)


def seed_owner() -> None:
    """Ready the personal-mode owner."""
    from scapula.accounts.services import ensure_owner

    ready(ensure_owner())


def seed_users(count: int) -> list[str]:
    """Create signed-in clinic accounts and return their session keys.

    Each account has a real password; the session rows are what a sign-in writes, made
    directly so that 100 slow password hashes do not dominate the run.
    """
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password

    from scapula.accounts.models import User

    password = make_password("bench-password-of-a-patient")
    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = []
    for number in range(count):
        user = User.objects.create(username=f"patient{number:03d}", password=password)
        ready(user)
        session = store()
        session[SESSION_KEY] = str(user.pk)
        # The backend a password sign-in records; Django drops a session naming any other.
        session[BACKEND_SESSION_KEY] = "scapula.accounts.backends.EmailOrUsernameBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys.append(session.session_key)
    return keys


def main() -> None:
    """Dispatch on the first argument."""
    _setup()
    if sys.argv[1] == "owner":
        seed_owner()
    else:
        print(json.dumps(seed_users(int(sys.argv[2]))))


if __name__ == "__main__":
    main()
