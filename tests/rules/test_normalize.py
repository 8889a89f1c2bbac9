"""normalize(): a same-length simplified, half-width copy."""

from __future__ import annotations

import pytest

from policyparse.rules.normalize import normalize

CASES = [
    ("２０１８年４月１２日", "2018年4月12日"),
    ("（一）加快發展", "(一)加快发展"),
    ("國務院總理李克強", "国务院总理李克强"),
    ("增長６．５％", "增长6.5%"),
    ("一是，二是：", "一是,二是:"),
    ("纯ASCII text", "纯ASCII text"),
    ("", ""),
    ("\u3000\u3000各位代表", "  各位代表"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_normalize_folds_width_and_script(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text", ["乾隆年間的髮型與頭髮", "後來發現了麵條", "𠀀𠀁 emoji 😀 組合"])
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)
