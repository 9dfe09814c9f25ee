"""The core's tests run with no Django at all, as the three rings promise."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_core_tests_run_without_loading_django():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["SCAPULA_CORE_PURITY"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/core", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "imported Django" not in result.stderr
