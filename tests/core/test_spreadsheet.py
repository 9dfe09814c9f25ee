"""CSV cells that a spreadsheet would run as formulas are neutralised."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scapula.core.spreadsheet import FORMULA_STARTS, safe_cell


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_like_text_is_made_plain(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [-3, 0, 7, 2.5, "long drive", "", "3 = fine"])
def test_numbers_and_ordinary_text_are_unchanged(value):
    assert safe_cell(value) == value


def test_nothing_is_an_empty_cell():
    assert safe_cell(None) == ""


@given(st.text())
def test_no_text_cell_ever_starts_like_a_formula(text):
    cell = safe_cell(text)
    assert isinstance(cell, str)
    assert not cell.startswith(FORMULA_STARTS)
