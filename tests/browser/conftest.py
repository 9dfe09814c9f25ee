"""Browser fixtures: Debian's Chromium driven by Playwright against a real `scapula serve`."""

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scapula.core.screening import QUESTION_IDS
from tests.support import RUNNING, OwnerBrowser, fresh_database_env, scapula_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Playwright's sync API runs an event loop in this thread; allow Django DB calls beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium whose new contexts are the owner's browser (they opened the link).

    `chromium.without_sign_in` is the bare browser, for a stranger on the same machine.
    Skipped when Chromium is missing, unless SCAPULA_REQUIRE_BROWSER=1 (CI).
    """
    if not CHROMIUM.exists():
        reason = f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("SCAPULA_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield OwnerBrowser(browser, RUNNING)
        browser.close()


@pytest.fixture(scope="module")
def live_scapula(tmp_path_factory):
    """A real server with a fresh database for each test module, so journeys do not mix."""
    root = tmp_path_factory.mktemp("browser-instance")
    with fresh_database_env(root / "data") as env, scapula_server(env, root) as server:
        yield server


@pytest.fixture(scope="session")
def screenshots(pytestconfig) -> Path:
    """The folder where browser tests leave screenshots for people to look at."""
    folder = pytestconfig.rootpath / "test-results" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class WatchedPage:
    """A page plus everything it logged as an error and every host it contacted."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    hosts: set[str] = field(default_factory=set)


def watch(page) -> WatchedPage:
    """Start recording console errors, page errors and requested hosts."""
    watched = WatchedPage(page)
    page.on("console", lambda m: m.type == "error" and watched.console_errors.append(m.text))
    page.on("pageerror", lambda error: watched.console_errors.append(str(error)))
    page.on("request", lambda request: watched.hosts.add(urlsplit(request.url).netloc))
    return watched


@pytest.fixture
def open_page(chromium, live_scapula):
    """Open a path of the live server at a given viewport width; returns a WatchedPage."""
    contexts = []

    def _open(path: str, *, width: int = 1280, height: int = 800) -> WatchedPage:
        context = chromium.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        watched = watch(context.new_page())
        watched.page.goto(live_scapula.url(path), wait_until="networkidle")
        return watched

    yield _open
    for context in contexts:
        context.close()


EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())
# Every question answered so that nothing is raised (M1 is the one raised by No).
ALL_NO = {"answers": dict.fromkeys(QUESTION_IDS, False) | {"M1": True}}


def make_ready(page, server) -> None:
    """Pass the safety check and build a plan through the API, as the owner's browser."""
    page.goto(server.url("/safety/"))
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    headers = {"X-CSRFToken": token, "Referer": server.url("/")}
    assert page.request.post(server.url("/api/screening"), data=ALL_NO, headers=headers).ok
    assert page.request.post(server.url("/api/plan"), data=EXAMPLE, headers=headers).ok
