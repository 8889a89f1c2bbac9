"""Marker candidates and Chinese ordinals, from tests/cases/markers_candidates.yaml."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import load_cases

from policyparse.rules.markers import cn_ordinal, find_markers
from policyparse.rules.normalize import normalize

CASES = load_cases("markers_candidates.yaml")


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_markers_candidates(case: dict[str, Any]) -> None:
    found = find_markers(normalize(case["text"]))
    assert " ".join(f"{m.family}:{m.ordinal}" for m in found) == case["found"]
    for m in found:
        assert 0 <= m.start < m.end <= len(case["text"])


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("两", None), ("", None)],
    ids=["一", "十", "十二", "二十", "九十九", "两", "<empty>"],
)
def test_markers_cn_ordinal(numeral: str, value: int | None) -> None:
    assert cn_ordinal(numeral) == value
