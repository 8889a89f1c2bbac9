"""Context.in_boilerplate: the indexed look-up agrees with a plain overlap test."""

from __future__ import annotations

import random

import pytest

from policyparse.rules.context import Context


@pytest.mark.parametrize("seed", range(5))
def test_context_in_boilerplate_matches_overlap(seed: int) -> None:
    rng = random.Random(seed)
    ranges = []
    for _ in range(rng.randrange(0, 8)):
        s = rng.randrange(0, 90)
        ranges.append([s, s + rng.randrange(1, 15)])
    ctx = Context(text="文" * 120, results={"doc_meta": [{"boilerplate": ranges}]})
    for start in range(0, 110, 3):
        for end in range(start, 115, 4):
            naive = any(s < end and start < e for s, e in ranges)
            assert ctx.in_boilerplate(start, end) == naive, (ranges, start, end)


def test_context_in_boilerplate_follows_new_results() -> None:
    ctx = Context(text="文" * 50)
    assert not ctx.in_boilerplate(0, 10)
    ctx.results["doc_meta"] = [{"boilerplate": [[5, 8]]}]
    assert ctx.in_boilerplate(0, 10)
