"""Docs that cannot drift: every command, API route and setting is in the README."""

import re
from pathlib import Path

import click
import pytest

from scapula.api.api import api
from scapula.cli.main import cli

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text()
ENV_EXAMPLE = (ROOT / ".env.example").read_text()
# Read by Django itself or by the test kit, not settings a person chooses.
NOT_SETTINGS = {"DJANGO_SETTINGS_MODULE"}


def _commands(group: click.Group, prefix: str) -> list[str]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found += _commands(command, path)
        else:
            found.append(path)
    return found


def _environment_variables() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "scapula").rglob("*.py"):
        names |= set(re.findall(r'"((?:SCAPULA|DJANGO)_[A-Z_]+|DATABASE_URL)"', path.read_text()))
    return names - NOT_SETTINGS


@pytest.mark.parametrize("command", _commands(cli, "scapula"))
def test_every_cli_command_is_in_the_readme(command):
    assert f"`{command}" in README, f"{command} is not described in README.md"


def _routes() -> list[str]:
    return sorted(api.get_openapi_schema()["paths"])


@pytest.mark.parametrize("route", _routes())
def test_every_api_route_is_in_the_readme(route):
    plain = route.rstrip("/")
    assert plain in README, f"{plain} is not described in README.md"


@pytest.mark.parametrize("name", sorted(_environment_variables()))
def test_every_setting_is_in_the_readme_and_the_example_env(name):
    assert name in README, f"{name} is not described in README.md"
    assert re.search(rf"^#?\s*{name}=", ENV_EXAMPLE, re.M), f"{name} is missing from .env.example"
