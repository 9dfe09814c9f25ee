"""make bench: measure the session player against its budgets (product.md §5).

Writes bench/results.json and prints each figure beside its budget:
- player page bytes transferred (compressed, first visit, no cache);
- time until the player is usable on a throttled mobile profile (median of runs);
- timer drift of the player over a session of at least 15 minutes, on Chromium's
  simulated clock (the production timing code runs; time only passes faster).
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import fresh_database_env, scapula_server  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PROFILE = json.loads((ROOT / "examples" / "profile.json").read_text()) | {
    "minutes_per_day": 16,
    "equipment": ["wall", "door_frame", "foam_roller", "dumbbell", "band"],
}
RUNS = 5


def prepare_owner(env: dict[str, str]) -> None:
    """Migrate, pass the safety check and build a plan for the local owner."""
    code = (
        "import json, django; django.setup()\n"
        "from django.core.management import call_command\n"
        "from django.utils import timezone\n"
        "from scapula.accounts.services import ensure_owner\n"
        "from scapula.core.screening import QUESTION_IDS\n"
        "from scapula.plans.services import create_plan\n"
        "from scapula.screening.services import record_screening\n"
        "call_command('migrate', verbosity=0)\n"
        "owner, today = ensure_owner(), timezone.localdate()\n"
        "answers = dict.fromkeys(QUESTION_IDS, False) | {'M1': True}\n"
        "record_screening(user=owner, answers=answers, today=today)\n"
        f"create_plan(user=owner, profile=json.loads({json.dumps(json.dumps(PROFILE))}), "
        "today=today)\n"
    )
    run_env = env | {"DJANGO_SETTINGS_MODULE": "scapula.config.settings"}
    subprocess.run([sys.executable, "-c", code], env=run_env, check=True, cwd=ROOT)


def page_bytes(browser, url: str) -> int:
    """Return the compressed bytes of every response loading the player page."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes: list[float] = []
    cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
    page.goto(url, wait_until="networkidle")
    context.close()
    return int(sum(sizes))


def time_to_usable(browser, url: str) -> float:
    """Return ms from navigation until the pain buttons answer, on a slow phone profile."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        },
    )
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(url, wait_until="commit")
    first = page.locator("#stage-before .pain").first
    expect(first).to_be_enabled(timeout=30_000)
    first.click()
    expect(page.locator("#start")).to_be_enabled()
    usable = page.evaluate("performance.now()")
    context.close()
    return float(usable)


MARKS = """() => {
  window.__marks = [];
  const bar = document.getElementById('progress');
  new MutationObserver(() => window.__marks.push([Number(bar.value), performance.now()]))
    .observe(bar, {attributes: true, attributeFilter: ['value']});
}"""


def timer_drift(browser, url: str) -> dict[str, float]:
    """Play a whole session on the simulated clock; compare each step's start to its schedule."""
    context = browser.new_context()
    page = context.new_page()
    page.clock.install()
    page.goto(url)
    # Frozen time: only run_for moves the clock, so the harness's own delays are not counted.
    page.clock.pause_at(datetime.now(UTC) + timedelta(seconds=5))
    steps = json.loads(page.locator("#session-data").text_content())["steps"]
    page.evaluate(MARKS)
    page.locator("#stage-before .pain").first.click()
    page.click("#start")
    while not page.locator("#stage-after").is_visible():
        page.clock.run_for(1000)
        if page.locator("#stage-peak").is_visible():
            page.locator("#stage-peak .pain").first.click()
    marks = page.evaluate("window.__marks")
    context.close()
    return _drift(steps, marks)


def drift_over(browser, url: str, *, minimum_seconds: int) -> dict[str, float]:
    """Play sessions back to back until at least minimum_seconds of steps have run."""
    runs = []
    while sum(run["session_seconds"] for run in runs) < minimum_seconds:
        runs.append(timer_drift(browser, url))
    return {
        "max_ms": max(run["max_ms"] for run in runs),
        "final_ms": runs[-1]["final_ms"],
        "session_seconds": sum(run["session_seconds"] for run in runs),
        "sessions": len(runs),
    }


def _drift(steps: list[dict], marks: list[list[float]]) -> dict[str, float]:
    """Worst and final distance (ms) between when each step began and when it should have."""
    started = {int(index): t for index, t in marks}
    errors, expected = [], 0.0
    for number in range(1, len(steps) + 1):
        step = steps[number - 1]
        new_exercise = number == 1 or steps[number - 2]["exercise"] != step["exercise"]
        if new_exercise:
            # Each exercise starts after a pain question: its schedule starts there.
            expected = started[number]
        errors.append(abs(started[number] - expected))
        expected += step["seconds"] * 1000
    return {
        "max_ms": max(errors),
        "final_ms": errors[-1],
        "session_seconds": sum(s["seconds"] for s in steps),
    }


def machine() -> dict[str, object]:
    """Describe the machine the figures come from."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {"cores": os.cpu_count(), "cpu": model, "python": platform.python_version()}


def main() -> None:
    """Run every measurement and write bench/results.json."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, fresh_database_env(Path(tmp) / "data") as env:
        env.pop("DATABASE_URL", None)
        env["SCAPULA_DATA_DIR"] = str(Path(tmp) / "data")
        prepare_owner(env)
        with scapula_server(env, Path(tmp)) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            url = server.url("/session/")
            size = page_bytes(browser, url)
            usable = [time_to_usable(browser, url) for _ in range(RUNS)]
            drift = drift_over(browser, url, minimum_seconds=15 * 60)
            browser.close()
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "player_page_bytes": {"value": size, "unit": "bytes", "runs": 1, "budget": 150_000},
        "player_usable_ms": {
            "value": statistics.median(usable),
            "unit": "ms (median)",
            "runs": RUNS,
            "budget": 1000,
            "profile": "150 ms latency, 1.6 Mbit/s, CPU 4x slower",
        },
        "timer_drift_ms": {
            "value": drift["max_ms"],
            "final": drift["final_ms"],
            "unit": "ms",
            "runs": drift["sessions"],
            "budget": 50,
            "session_seconds": drift["session_seconds"],
            "clock": "Chromium's simulated clock (Playwright clock API)",
        },
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


def print_table(results: dict) -> None:
    """Print each figure beside its budget."""
    print(
        f"scapula bench, {results['date']}, {results['machine']['cores']} cores, "
        f"{results['machine']['cpu']}"
    )
    for name in ("player_page_bytes", "player_usable_ms", "timer_drift_ms"):
        item = results[name]
        verdict = "within budget" if item["value"] <= item["budget"] else "OVER BUDGET"
        print(
            f"  {name:<20} {item['value']:>12,.1f} {item['unit']:<14} "
            f"budget {item['budget']:>9,}  {verdict}"
        )


if __name__ == "__main__":
    main()
