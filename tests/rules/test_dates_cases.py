"""Date finder cases from tests/cases/dates.tsv: spans, kinds, values and the offset invariant."""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

import pytest
from tests.conftest import load_cases

from policyparse.models import DateKind
from policyparse.rules.context import Result
from policyparse.rules.dates import SPEECH_KINDS
from policyparse.stages import run


def _params(with_xfail: bool = True) -> list[Any]:
    params = []
    for row in load_cases("dates.tsv"):
        text = row["text"]
        xfail = row["xfail"] and with_xfail
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if xfail else []
        params.append(pytest.param(text, row, marks=marks, id=f"{text}|{row['span']}"))
    return params


def _dates(text: str, doc_date: str) -> list[Result]:
    ref = None if doc_date == "-" else dt.date.fromisoformat(doc_date)
    return run(text, ["dates"], doc_date=ref).results["dates"]


@pytest.mark.parametrize(("text", "row"), _params())
def test_dates_case(text: str, row: dict[str, str]) -> None:
    found = _dates(text, row["doc_date"])
    if not row["span"]:
        # An empty span: nothing a speech counts as a date (GUIDELINES §dates "not"); festival,
        # lunar and window mentions may still be reported with their own kinds.
        in_speech = [d for d in found if d["kind"] in SPEECH_KINDS and d["kind"] != "vague"]
        assert [text[d["start"] : d["end"]] for d in in_speech] == []
        return
    by_text = {text[d["start"] : d["end"]]: d for d in found}
    assert row["span"] in by_text, f"found {list(by_text)}"
    got = by_text[row["span"]]
    assert got["kind"] == row["kind"]
    assert (got["value_start"], got["value_end"]) == (
        row["value_start"] or None,
        row["value_end"] or None,
    )


@pytest.mark.parametrize(("text", "row"), _params(with_xfail=False))
def test_dates_offsets(text: str, row: dict[str, str]) -> None:
    """Offsets slice the original text, results are sorted and never overlap."""
    found = _dates(text, row["doc_date"])
    previous_end = 0
    for d in found:
        assert 0 <= previous_end <= d["start"] < d["end"] <= len(text)
        previous_end = d["end"]
        assert d["kind"] in get_args(DateKind)
        assert d["granularity"] in (
            "day",
            "month",
            "quarter",
            "half",
            "year",
            "years",
            "period",
            "none",
        )
        for key in ("value_start", "value_end"):
            if d[key] is not None:
                dt.date.fromisoformat(d[key])
        if d["value_start"] and d["value_end"]:
            assert d["value_start"] <= d["value_end"]
