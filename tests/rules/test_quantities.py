"""Quantity finder cases from tests/cases/quantities.tsv: spans, values, units, approximation,
kind, the negatives of GUIDELINES §quantities and the offset invariant."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.conftest import load_cases

from policyparse.rules.context import Result
from policyparse.stages import run

DOC_DATE = dt.date(2019, 3, 5)
KEYS = {
    "start",
    "end",
    "value",
    "value_max",
    "unit",
    "approx",
    "kind",
    "direction",
    "subject",
    "deadline",
    "rule",
}


def _params(with_xfail: bool = True) -> list[Any]:
    params = []
    for row in load_cases("quantities.tsv"):
        marks = []
        if row["xfail"] and with_xfail:
            marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])]
        text = row["text"]
        params.append(pytest.param(text, row, marks=marks, id=f"{row['text']}|{row['span']}"))
    return params


def _quantities(text: str) -> list[Result]:
    return run(text, ["quantities"], doc_date=DOC_DATE).results["quantities"]


@pytest.mark.parametrize(("text", "row"), _params())
def test_quantities_case(text: str, row: dict[str, str]) -> None:
    found = _quantities(text)
    start = text.index(row["span"])
    end = start + len(row["span"])
    if row["expect"] == "no":
        hits = [text[q["start"] : q["end"]] for q in found if q["start"] < end and start < q["end"]]
        assert hits == []
        return
    by_text = {text[q["start"] : q["end"]]: q for q in found}
    assert row["span"] in by_text, f"found {list(by_text)}"
    got = by_text[row["span"]]
    assert got["value"] == pytest.approx(float(row["value"]), rel=1e-9)
    assert got["unit"] == (None if row["unit"] == "-" else row["unit"])
    assert got["approx"] is (row["approx"] == "1")
    assert got["kind"] == row["kind"]


@pytest.mark.parametrize(("text", "row"), _params(with_xfail=False))
def test_quantities_offsets(text: str, row: dict[str, str]) -> None:
    """Offsets slice the original text; results are sorted, disjoint and plain dicts."""
    previous_end = 0
    for q in _quantities(text):
        assert set(q) == KEYS
        assert previous_end <= q["start"] < q["end"] <= len(text)
        previous_end = q["end"]
        assert isinstance(q["value"], float)
        assert q["kind"] in ("target", "statistic", "other")
        assert q["direction"] in (None, "increase", "decrease")
        if q["unit"] is not None and q["rule"] == "quantities.main":
            assert q["unit"] in text[q["start"] : q["end"]]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("到2020年，全省规模以上工业增加值增长6.5%左右。", "deadline", "到2020年"),
        ("到2020年，全省规模以上工业增加值增长6.5%左右。", "direction", "increase"),
        ("单位产值能耗下降3%。", "direction", "decrease"),
        ("重点培育3家左右省级创新中心。", "subject", "省级创新中心"),
        ("研发投入强度达到2.5%。", "subject", "研发投入强度"),
        ("全省亿元以上在建项目达到6100个以上。", "subject", "全省亿元以上在建项目"),
        ("全省生产安全事故起数和死亡人数分别下降12.4%。", "subject", "全省生产安全事故起数和死亡人数"),
        ("新能源汽车零售量同比增长42.3%。", "subject", "新能源汽车零售量"),
        ("今年选取20-30个城市开展试点。", "value_max", 30.0),
    ],
    ids=lambda v: str(v),
)
def test_quantities_context(text: str, field: str, expected: object) -> None:
    (q,) = _quantities(text)
    assert q[field] == expected


def test_quantities_dates_block_spans() -> None:
    """A span the date finder reports is never a quantity (GUIDELINES §quantities "not")."""
    from policyparse.rules.context import Context
    from policyparse.rules.quantities import find_quantities

    ctx = Context(text="会期三天。")
    ctx.results["dates"] = [{"start": 2, "end": 4, "kind": "absolute"}]
    assert find_quantities(ctx) == []
    # Kinds a speech leaves out (window, holiday, lunar) do not decide what is an amount.
    ctx = Context(text="会期三天。")
    ctx.results["dates"] = [{"start": 2, "end": 4, "kind": "window"}]
    assert [(q["start"], q["end"]) for q in find_quantities(ctx)] == [(2, 4)]


def test_quantities_full_width_and_traditional() -> None:
    text = "佔全省工業增加值的比重達到３６．８％，新增１２個項目。"
    found = _quantities(text)
    assert [(text[q["start"] : q["end"]], q["unit"]) for q in found] == [
        ("３６．８％", "％"),
        ("１２個", "個"),
    ]
    assert found[0]["value"] == pytest.approx(36.8)
