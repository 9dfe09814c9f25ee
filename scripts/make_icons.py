"""Render the app icon (static/scapula/icon.svg) to the PNG sizes the web manifest needs.

Usage: .venv/bin/python scripts/make_icons.py   (needs /usr/bin/chromium)
"""

import subprocess
import tempfile
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "scapula" / "web" / "static" / "scapula"
SIZES = (192, 512)


def render(size: int, *, maskable: bool) -> Path:
    """Write icon-<size>.png (or the maskable variant, with a safe-zone margin)."""
    svg = (STATIC / "icon.svg").read_text()
    margin = size // 10 if maskable else 0
    inner = size - 2 * margin
    background = "#1f6f5c" if maskable else "transparent"
    page = (
        f"<html><body style='margin:0;background:{background}'>"
        f"<div style='padding:{margin}px'>"
        f"{svg.replace('<svg ', f'<svg width={inner!r} height={inner!r} ')}</div></body></html>"
    )
    target = STATIC / (f"icon-maskable-{size}.png" if maskable else f"icon-{size}.png")
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as html:
        html.write(page)
    subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--default-background-color=00000000",
            f"--screenshot={target}",
            f"--window-size={size},{size}",
            f"file://{html.name}",
        ],
        check=True,
        capture_output=True,
    )
    return target


if __name__ == "__main__":
    for size in SIZES:
        print(render(size, maskable=False))
        print(render(size, maskable=True))
