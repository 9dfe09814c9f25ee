"""axe-core, from the pinned npm package, run in a page: WCAG 2.0-2.2 A and AA, and structure."""

import functools
from pathlib import Path

AXE_SOURCE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Structure a screen-reader user finds their way by (axe files these as best practice).
STRUCTURE_RULES = [
    "heading-order",
    "page-has-heading-one",
    "landmark-one-main",
    "landmark-unique",
    "landmark-no-duplicate-banner",
    "landmark-no-duplicate-contentinfo",
    "region",
    "skip-link",
]


@functools.cache
def axe_source() -> str:
    """Return axe's script; `make pytest` installs it with `npm ci` in tests/browser."""
    if not AXE_SOURCE.exists():
        raise FileNotFoundError(f"{AXE_SOURCE} is missing: run `make browser-tools`")
    return AXE_SOURCE.read_text()


def axe_violations(page) -> list[dict]:
    """Run axe in the page and return its violations (evaluate is not held back by the CSP)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    violations = []
    for run_only in (
        {"type": "tag", "values": WCAG_TAGS},
        {"type": "rule", "values": STRUCTURE_RULES},
    ):
        options = {"runOnly": run_only, "resultTypes": ["violations"]}
        violations += page.evaluate("options => axe.run(document, options)", options)["violations"]
    return violations


def describe(violations: list[dict]) -> str:
    """Return one line per failing element: rule id, CSS target and what to fix."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"{violation['id']} at {target}: {violation['help']}")
    return "\n".join(lines)
