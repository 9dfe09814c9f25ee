"""Start-up time of the installed `scapula` command, as a person at a terminal sees it."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

SCAPULA = str(Path(sys.executable).with_name("scapula"))
RUNS = 10
COMMANDS = {"cli_help": ["--help"], "cli_exercises_list": ["exercises", "list"]}


def wall_ms(args: list[str]) -> float:
    """Run the command once; return the wall time in ms."""
    start = time.perf_counter()
    subprocess.run([SCAPULA, *args], check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def measure_all() -> dict[str, dict[str, object]]:
    """Median wall time of each command over RUNS runs (after one run to warm the disk cache)."""
    results = {}
    for name, args in COMMANDS.items():
        wall_ms(args)
        times = [wall_ms(args) for _ in range(RUNS)]
        results[name] = {
            "label": f"scapula {' '.join(args)}",
            "value": round(statistics.median(times), 1),
            "runs": RUNS,
        }
    return results
