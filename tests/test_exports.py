"""Every exported cell a spreadsheet could run as a formula is neutralised."""

import pytest

from learning_platform.exports import cell_neutralise


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", '=HYPERLINK("http://x","y")'],
)
def test_formula_like_text_gets_an_apostrophe(value):
    assert cell_neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Amina", "Ministère = Ministry", "", 12, -3, None, 1.5])
def test_other_values_are_left_alone(value):
    assert cell_neutralise(value) == value
