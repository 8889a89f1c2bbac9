"""Enumeration finder against the case table tests/cases/markers.yaml (trees, headings, kinds)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import load_cases

from policyparse.rules.context import Context
from policyparse.rules.enumerate import find_enumerations

CASES = load_cases("markers.yaml")


def render(lists: list[dict[str, Any]]) -> str:
    """kind[marker marker{sublists}] for each list, space-separated."""
    out = []
    for lst in lists:
        items = []
        for it in lst["items"]:
            sub = render(it["sublists"])
            items.append(it["marker"] + ("{" + sub + "}" if sub else ""))
        out.append(f"{lst['kind']}[{' '.join(items)}]")
    return " ".join(out)


def walk(lists: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item of every list, depth first, in text order."""
    out = []
    for lst in lists:
        for it in lst["items"]:
            out.append(it)
            out.extend(walk(it["sublists"]))
    return out


def _params(known_gaps: bool) -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if known_gaps and case.get("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        params.append(pytest.param(case, marks=marks, id=case["text"][:40] or "<empty>"))
    return params


@pytest.mark.parametrize("case", _params(known_gaps=True))
def test_enumerate_tree(case: dict[str, Any]) -> None:
    result = find_enumerations(Context(text=case["text"]))
    assert render(result) == case["tree"]
    if "headings" in case:
        assert [it["heading"] for it in result[0]["items"]] == case["headings"]
    if "priorities" in case:
        got = sorted((it["start"], it["heading"]) for it in walk(result) if it["priority"])
        assert [h for _, h in got] == case["priorities"]


@pytest.mark.parametrize("case", _params(known_gaps=False))
def test_enumerate_offsets(case: dict[str, Any]) -> None:
    """Markers and headings are slices of the original text; items nest inside their list."""
    text = case["text"]
    result = find_enumerations(Context(text=text))

    def check(lists: list[dict[str, Any]], lo: int, hi: int) -> None:
        for lst in lists:
            assert lo <= lst["start"] < lst["end"] <= hi
            assert len(lst["items"]) >= 2
            for it in lst["items"]:
                s, e = it["start"], it["end"]
                assert lst["start"] <= s < e <= lst["end"]
                assert text[s : s + len(it["marker"])] == it["marker"]
                assert it["heading"] in text[s:e]
                assert it["heading"] == it["heading"].strip()
                check(it["sublists"], s, e)

    check(result, 0, len(text))
