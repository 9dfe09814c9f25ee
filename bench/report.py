"""The machine the figures come from, and the table that puts each figure beside its budget."""

import os
import platform
from pathlib import Path


def machine() -> dict[str, object]:
    """Cores, CPU model, Python, and the load when the run began (the machine is shared)."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }


def verdict(met: bool | None) -> str:
    """Words for whether a figure meets its budget."""
    return {True: "met", False: "MISSED", None: ""}[met]


def print_table(results: dict) -> None:
    """Print every figure beside its budget."""
    info = results["machine"]
    print(
        f"\nscapula bench, {results['date']}, {info['cores']} cores, {info['cpu']}, "
        f"load {info['load_average_at_start']} at start, {results['wall_seconds']:.0f} s"
    )
    rows = [("figure", "measured", "budget", "")] + [
        (row["label"], row["measured"], row["budget"], verdict(row["met"]))
        for row in results["table"]
    ]
    widths = [max(len(row[n]) for row in rows) for n in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  " + "  ".join([*cells, row[3]]))
