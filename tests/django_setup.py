"""Django for the tests that need it (web, CLI, browser); tests/core never imports this."""

import os
import tempfile

_done = False


def setup_django() -> None:
    """Point the settings at a throw-away data dir and set Django up, once per run."""
    global _done
    if _done:
        return
    # Settings create the data dir and its signing key on import; keep tests out of the
    # user's real data dir and away from any host list set in the shell.
    os.environ["SCAPULA_DATA_DIR"] = tempfile.mkdtemp(prefix="scapula-test-")
    os.environ.pop("DJANGO_ALLOWED_HOSTS", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "scapula.config.settings"
    # Tests share one cache and reuse user ids across tests: a per-person API limit would
    # add up over the run. The throttle's own tests switch it on through settings.
    os.environ["SCAPULA_API_RATE_LIMIT"] = "off"

    import django

    django.setup()
    from django.core.management import call_command

    # Pages link hashed static names from the manifest, exactly as `scapula serve` does.
    call_command("collectstatic", interactive=False, verbosity=0)
    _done = True
