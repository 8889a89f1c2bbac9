"""Robustness: random and adversarial strings never crash a finder or break the offset invariant."""

from __future__ import annotations

import random

import pytest
from tests.conftest import assert_offsets

from policyparse.stages import STAGES, run

# Characters that trigger the finders: markers, numerals, units, date words, quotes, brackets.
ALPHABET = (
    "一二三四五六七八九十百千万亿零〇两是要第其（）()、，。；：“”《》——●①②\n 0123456789.%-/"
    "年月日季度上下半今明去以来到至前后左右约近超过家个元吨省市部长书记主任副国务院工信部"
    "計劃戰略國務院總理ＡＢ１２３\u3000\t\x00"
)


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)  # fixed seed: the same strings on every run
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 300))) for _ in range(n)]


ADVERSARIAL = [
    "一是" * 500,
    "（一）" * 300 + "一、" * 300,
    "《" * 400 + "》" * 400,
    "“" * 500,
    "2018年" * 400,
    "1." * 700,
    "——\n" * 400,
    "第一，" * 400,
    "十" * 1000,
    "9" * 3000,
    "\n" * 2000,
    "人大环境与" * 2000 + "委员会主任王明",  # one body name per 与: once a recursion
    "中央纪委驻" * 1000 + "部纪检组组长王明",
    "截至6月30日" * 500,
]


@pytest.mark.parametrize("text", _random_texts(150) + ADVERSARIAL, ids=lambda t: f"{len(t)}:{t[:12]!r}")
def test_robustness_all_stages(text: str) -> None:
    import datetime as dt

    from policyparse import build

    ctx = run(text, list(STAGES), doc_date=dt.date(2020, 6, 30), detect_date=True)
    speech = build.speech_from(ctx)
    assert_offsets(text, speech.model_dump(mode="json"))


# Calendar edges: lunar and solar-term tables end, and windows run past year 9999.
EDGE_DATES = [
    "公元9999年除夕",
    "9999年冬季",
    "农历9999年腊月三十",
    "10000年春节",
    "99个工作日内",
    "未来999年",
    "999年后",
    "近99周",
    "前99个月",
    "闰十三月",
]


@pytest.mark.parametrize("doc_date", ["0001-01-01", "9999-12-31", None])
def test_robustness_calendar_edges(doc_date: str | None) -> None:
    import policyparse

    for text in EDGE_DATES:
        for d in policyparse.extract_dates(text, doc_date=doc_date):
            assert text[d.start : d.end] == d.text
            if d.value_start and d.value_end:
                assert d.value_start <= d.value_end
