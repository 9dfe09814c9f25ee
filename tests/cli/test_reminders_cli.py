"""`scapula reminders`: the calendar on stdout, settings and today's breaks, bad values named."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.utils import timezone
from icalendar import Calendar

from scapula.accounts.services import ensure_owner
from scapula.cli.main import cli
from scapula.core.screening import QUESTION_IDS
from scapula.plans.services import create_plan
from scapula.reminders.models import ReminderSettings
from scapula.screening.services import record_screening

EXAMPLE = json.loads((Path(__file__).parents[2] / "examples" / "profile.json").read_text())

pytestmark = pytest.mark.django_db


def run(*args):
    return CliRunner().invoke(cli, ["reminders", *args])


@pytest.fixture
def ready():
    owner, today = ensure_owner(), timezone.localdate()
    record_screening(
        user=owner, answers=dict.fromkeys(QUESTION_IDS, False) | {"M1": True}, today=today
    )
    create_plan(user=owner, profile=EXAMPLE, today=today)


def test_ics_writes_a_calendar_with_alarms(ready):
    assert run("set", "--on").exit_code == 0
    result = run("ics")
    assert result.exit_code == 0, result.output
    events = Calendar.from_ical(result.output.encode()).walk("VEVENT")
    assert any("micro-break" in str(e["summary"]) for e in events)
    assert all(e.walk("VALARM") for e in events)


def test_set_changes_the_settings_and_show_prints_them(ready):
    result = run("set", "--on", "--days", "mon,wed", "--every", "30", "--start", "08:00")
    assert result.exit_code == 0, result.output
    shown = run("show").output
    assert "mon,wed" in shown
    assert "micro_every_minutes  30" in shown


def test_a_bad_setting_is_one_line_naming_the_field_with_exit_2():
    result = run("set", "--every", "90")
    assert result.exit_code == 2
    assert result.output.startswith("Error: micro_every_minutes: ")
    assert len(result.output.strip().splitlines()) == 1
    assert not ReminderSettings.objects.filter(micro_every_minutes=90).exists()


def test_show_says_breaks_are_paused_before_the_safety_check():
    result = run("show")
    assert result.exit_code == 0
    assert "Breaks are paused" in result.output
