"""The programmes finder against the case table tests/cases/programs.tsv."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.conftest import load_cases

from policyparse.data import load_tsv
from policyparse.stages import run


def _strategy_wordings() -> set[str]:
    return {row["variant"] for row in load_tsv("program_strategies")}


def _params(with_gaps: bool = True) -> list[Any]:
    out = []
    for row in load_cases("programs.tsv"):
        names = [n for n in row["names"].split("|") if n]
        marks = []
        if row.get("xfail"):
            if not with_gaps:
                continue
            marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])]
        out.append(pytest.param(row["text"], names, row["kind"], marks=marks, id=row["text"]))
    return out


@pytest.mark.parametrize(("text", "names", "kind"), _params())
def test_programs_names(text: str, names: list[str], kind: str) -> None:
    results = run(text, ["programs"]).results["programs"]
    assert [r["name"] for r in results] == names
    if kind:
        assert results[0]["kind"] == kind


@pytest.mark.parametrize(("text", "names", "kind"), _params(with_gaps=False))
def test_programs_offsets(text: str, names: list[str], kind: str) -> None:
    for r in run(text, ["programs"]).results["programs"]:
        assert text[r["start"] : r["end"]] == text[r["mentions"][0][0] : r["mentions"][0][1]]
        for start, end in r["mentions"]:
            assert 0 <= start < end <= len(text)
            # A mention holds the name as written (quotes inside it allowed).
            written = "".join(ch for ch in text[start:end] if ch not in '“”"‘’《》 \n')
            # A listed strategy groups its official wordings (东北全面振兴 = 东北振兴) and
            # may be the short form of a plan named after it; 国家… adds a determiner.
            name = r["name"]
            # A short form may carry its own draft tail (《实施意见（讨论稿）》).
            written = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", written)
            same = written in name or name.startswith(written) or written.endswith(name)
            assert same or written in _strategy_wordings()
