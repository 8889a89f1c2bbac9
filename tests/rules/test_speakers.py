"""find_speakers: the voices the document delivers or reports, not chairs, relays or invitations."""

from __future__ import annotations

import pytest
from tests.conftest import load_cases

from policyparse.stages import run


def _params() -> list[object]:
    params = []
    for row in load_cases("speakers.tsv"):
        text = row["text"]
        expected = [n for n in (row["expected"] or "").split(";") if n]
        reason = (row.get("xfail") or "").strip()
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(text, expected, marks=marks, id=row["text"]))
    return params


@pytest.mark.parametrize(("text", "expected"), _params())
def test_speakers_cases(text: str, expected: list[str]) -> None:
    ctx = run(text, ["speakers"])
    assert [s["name"] for s in ctx.results["speakers"]] == expected


def test_speakers_need_officials_results() -> None:
    ctx = run("王立强调,要抓好落实。", ["speakers"])
    assert "officials" in ctx.results
