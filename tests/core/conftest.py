"""The core's tests: pure Python. With SCAPULA_CORE_PURITY=1 the run fails if Django loaded."""

import os
import sys

import pytest


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail a core-only run that imported Django: the core must not need it."""
    if os.environ.get("SCAPULA_CORE_PURITY") == "1" and "django" in sys.modules:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print("\ntests/core imported Django; the core and its tests must not", file=sys.stderr)
