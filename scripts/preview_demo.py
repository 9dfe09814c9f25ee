"""Render a demonstration to a PNG contact sheet for authors: moments of the loop, then stills.

Usage: .venv/bin/python scripts/preview_demo.py EXERCISE_ID [EXERCISE_ID ...]
Writes test-results/demos/<id>.png (needs /usr/bin/chromium).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from scapula.catalog import DATA_DIR
from scapula.core.catalog import parse_exercise
from scapula.core.catalog.demo_svg import render_moment, render_still

OUT = Path(__file__).resolve().parent.parent / "test-results" / "demos"
CELL = (
    'style="display:inline-block;margin:4px;border:1px solid #ccc;font:11px sans-serif;width:300px"'
)


def contact_sheet(exercise_id: str) -> Path:
    """Write and return the PNG preview of one exercise's demonstration."""
    path = DATA_DIR / f"{exercise_id}.toml"
    exercise = parse_exercise(path.read_text(), file_name=path.name)
    cells = []
    for index in range(8):
        svg = render_moment(exercise, index / 8).replace("<svg ", '<svg width="300" height="225" ')
        cells.append(f"<div {CELL}>{svg}<br>t = {index / 8:.3f}</div>")
    for index, keyframe in enumerate(exercise.demo.keyframes):
        svg = render_still(exercise, index).replace("<svg ", '<svg width="300" height="225" ')
        cells.append(f"<div {CELL}>{svg}<br>key {index}: {keyframe.label}</div>")
    html = f"<html><body><h3>{exercise.name}</h3>{''.join(cells)}</body></html>"
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{exercise_id}.png"
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as page:
        page.write(html)
    rows = (len(cells) + 3) // 4
    subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--screenshot={target}",
            f"--window-size=1320,{rows * 270 + 60}",
            f"file://{page.name}",
        ],
        check=True,
        capture_output=True,
    )
    return target


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(contact_sheet(name))
