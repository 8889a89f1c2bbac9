"""parse_number cases from tests/cases/numerals.tsv: Arabic, Chinese, financial and mixed forms."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import load_cases

from policyparse.rules.numerals import parse_number


def _params() -> list[Any]:
    params = []
    for row in load_cases("numerals.tsv"):
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
        params.append(pytest.param(row["text"], row["value"], marks=marks, id=row["text"] or "empty"))
    return params


@pytest.mark.parametrize(("text", "value"), _params())
def test_numerals_parse(text: str, value: str) -> None:
    got = parse_number(text)
    if value == "-":
        assert got is None
    else:
        assert got == pytest.approx(float(value), rel=1e-12)


def test_numerals_returns_float() -> None:
    assert isinstance(parse_number("十三万"), float)


def test_magnitudes_give_clean_floats() -> None:
    """2.57亿 is 257000000.0, not the binary neighbour of the float product."""
    from policyparse import extract_quantities, parse_number

    assert parse_number("2.57亿") == 257000000.0
    assert [q.value for q in extract_quantities("港口吞吐量2.57亿标箱")] == [257000000.0]
