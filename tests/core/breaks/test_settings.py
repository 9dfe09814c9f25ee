"""Break settings: clinical.md §4 defaults, and every bad value named by its field."""

from datetime import time

import pytest

from scapula.core import ScapulaError
from scapula.core.breaks import BreakSettings, parse_break_settings
from scapula.core.breaks.schedule import EVIDENCE_SOURCES
from scapula.core.breaks.schedule import SOURCES as BREAK_SOURCES
from scapula.core.breaks.settings import RHYTHM_SOURCES
from scapula.core.sources import SOURCES


def test_the_defaults_follow_the_clinical_brief():
    settings = BreakSettings()
    assert 20 <= settings.micro_every_minutes <= 30
    assert 30 <= settings.micro_seconds <= 60
    assert 3 <= settings.active_minutes <= 5
    assert settings.day_names == ("mon", "tue", "wed", "thu", "fri")
    assert not settings.enabled


def test_settings_round_trip_through_plain_data():
    settings = BreakSettings(enabled=True, work_days=(0, 2, 5), session_at=None)
    assert parse_break_settings(settings.as_dict()) == settings


def test_given_values_are_laid_over_the_current_ones():
    base = BreakSettings(micro_every_minutes=25)
    changed = parse_break_settings({"starts_at": "08:30"}, base=base)
    assert changed.starts_at == time(8, 30)
    assert changed.micro_every_minutes == 25


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"starts_at": "18:00", "ends_at": "09:00"}, "ends_at"),
        ({"starts_at": "09:00", "ends_at": "09:00"}, "ends_at"),
        ({"micro_every_minutes": 10}, "micro_every_minutes"),
        ({"micro_every_minutes": 45}, "micro_every_minutes"),
        ({"micro_seconds": 90}, "micro_seconds"),
        ({"active_minutes": 2}, "active_minutes"),
        ({"snooze_minutes": 0}, "snooze_minutes"),
        ({"work_days": []}, "work_days"),
        ({"work_days": ["mon", "funday"]}, "work_days"),
        ({"starts_at": "9am"}, "starts_at"),
        ({"session_at": "25:00"}, "session_at"),
        ({"enabled": "yes"}, "enabled"),
        ({"micro_seconds": True}, "micro_seconds"),
        ({"lunch": "12:00"}, "lunch"),
    ],
)
def test_a_bad_value_is_named_by_its_field(values, field):
    with pytest.raises(ScapulaError) as caught:
        parse_break_settings(values)
    assert caught.value.field == field


def test_every_break_rule_cites_a_known_source():
    citations = [
        *RHYTHM_SOURCES,
        *EVIDENCE_SOURCES,
        *(c for cs in BREAK_SOURCES.values() for c in cs),
    ]
    assert {c.source_key for c in citations} <= set(SOURCES)
    assert all(c.detail and "clinical.md" not in c.detail for c in citations)
