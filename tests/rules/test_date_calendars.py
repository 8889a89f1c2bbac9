"""Named days, lunar dates and windows (tests/cases/date_calendars.tsv): kinds, values, and
that a speech's dates leave them out (GUIDELINES §dates "not")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.conftest import load_cases

import policyparse
from policyparse.rules import lunar
from policyparse.rules.dates import SPEECH_KINDS


def _params() -> list[Any]:
    params = []
    for row in load_cases("date_calendars.tsv"):
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
        params.append(pytest.param(row, marks=marks, id=f"{row['text']}|{row['span']}"))
    return params


def _doc_date(row: dict[str, str]) -> dt.date | None:
    return None if row["doc_date"] == "-" else dt.date.fromisoformat(row["doc_date"])


@pytest.mark.parametrize("row", _params())
def test_date_calendars_case(row: dict[str, str]) -> None:
    text = row["text"]
    found = [
        d for d in policyparse.extract_dates(text, doc_date=_doc_date(row)) if d.kind != "vague"
    ]
    for d in found:
        assert text[d.start : d.end] == d.text
    if not row["span"]:
        assert [d.text for d in found] == []
        return
    by_text = {d.text: d for d in found}
    assert row["span"] in by_text, f"found {list(by_text)}"
    got = by_text[row["span"]]
    assert got.kind == row["kind"]
    iso = (
        got.value_start and got.value_start.isoformat(),
        got.value_end and got.value_end.isoformat(),
    )
    assert iso == (row["value_start"] or None, row["value_end"] or None)


def test_speech_dates_leave_out_holiday_lunar_and_window(nlp_pkuseg) -> None:  # type: ignore[no-untyped-def]
    text = "今年春节期间，全市接待游客50万人次。近三年来，旅游收入年均增长10%。正月初八全面复工。"
    extracted = {d.kind for d in policyparse.extract_dates(text, doc_date="2021-03-01")}
    assert {"holiday", "window", "lunar"} <= extracted
    speech = policyparse.parse_speech(text, doc_date="2021-03-01")
    assert [d.text for d in speech.dates] == ["今年"]
    assert {d.kind for d in speech.dates} <= SPEECH_KINDS
    # 10% is still an amount although it sits beside a window
    assert [q.text for q in speech.quantities] == ["50万人次", "10%"]


@pytest.mark.parametrize(
    ("year", "month", "day", "leap", "expected"),
    [
        (2020, 1, 1, False, dt.date(2020, 1, 25)),  # 春节 2020
        (2021, 8, 15, False, dt.date(2021, 9, 21)),  # 中秋 2021
        (2020, 4, 1, True, dt.date(2020, 5, 23)),  # 闰四月初一
        (2020, 12, 0, False, dt.date(2021, 2, 11)),  # 除夕: the last day of the 12th month
        (2021, 4, 1, True, None),  # 2021 has no leap fourth month
        (2021, 1, 30, False, None),  # 正月 2021 has 29 days
        (2021, 13, 1, False, None),
        (0, 1, 1, False, None),
    ],
)
def test_lunar_to_solar(
    year: int, month: int, day: int, leap: bool, expected: dt.date | None
) -> None:
    assert lunar.to_solar(year, month, day, leap) == expected


def test_solar_terms_run_from_lichun_to_dahan() -> None:
    assert lunar.solar_term(2021, "立春") == dt.date(2021, 2, 3)
    assert lunar.solar_term(2020, "冬至") == dt.date(2020, 12, 21)
    assert lunar.solar_term(2020, "大寒") == dt.date(2021, 1, 20)  # the year's last term
    assert lunar.solar_term(2020, "不是节气") is None
