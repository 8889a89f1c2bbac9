"""Cross-check: absolute day dates resolve as dateparser reads the same isolated span.

dateparser is used here as an independent oracle on spans our patterns isolated (never to
search); the library computes values itself (docs/decisions.md says why).
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from policyparse import extract_dates

dateparser = pytest.importorskip("dateparser")

FORMATS = ["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}/{m:02d}/{d:02d}", "{y}年{m:02d}月{d:02d}日"]
SENTENCES = ["会议于{}在北京召开。", "{}，全省工作会议举行。", "本办法自{}起施行。"]


def _cases(n: int = 60) -> list[tuple[str, str]]:
    rng = random.Random(20180412)  # fixed seed: the same cases on every run
    out = []
    for _ in range(n):
        day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(365 * 45))
        span = rng.choice(FORMATS).format(y=day.year, m=day.month, d=day.day)
        out.append((rng.choice(SENTENCES).format(span), span))
    return out


@pytest.mark.parametrize(("sentence", "span"), _cases(), ids=[c[0] for c in _cases()])
def test_dates_absolute_values_agree_with_dateparser(sentence: str, span: str) -> None:
    found = [d for d in extract_dates(sentence) if d.text == span]
    assert len(found) == 1, f"{span} not found as one mention"
    oracle = dateparser.parse(span, languages=["zh"], settings={"DATE_ORDER": "YMD"})
    assert oracle is not None
    assert found[0].value_start == found[0].value_end == oracle.date()
