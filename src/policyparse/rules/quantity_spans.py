"""Candidate quantity spans and their values: number, magnitude, unit, range and qualifiers.

Each pattern family of ``patterns/quantities.yaml`` yields candidates; filtering (what is not a
quantity) and classification (kind, direction) happen in other modules.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import regex

from policyparse.data import load_column, load_tsv, load_words, longest_first
from policyparse.rules.numerals import parse_number, tidy
from policyparse.rules.patterns import compile_patterns

_CN_DIGITS = frozenset("零〇○一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖幺")
_MAGNITUDES = {"万": 1e4, "亿": 1e8, "兆": 1e12}
# Units matched only after a bound word (DAY_BOUND in quantities.yaml): 不少于30日, not 30日.
_BOUND_ONLY_UNITS = frozenset({"日"})


@dataclass
class Candidate:
    """One matched amount before filtering (offsets index ``ctx.text`` and ``ctx.norm``)."""

    start: int
    end: int
    family: str
    value: float
    value_max: float | None
    unit: str | None
    approx: bool
    num_start: int
    num_end: int
    num_text: str
    unit_start: int
    unit_end: int
    pre: str
    has_magnitude: bool
    unit_key: str = ""  # the unit as normalised (Simplified, lower case), for table look-ups


@functools.cache
def unit_classes() -> dict[str, str]:
    """Unit (lower-cased) → class (measure, currency, percent, metric, spec, time, ...)."""
    return {row["unit"].lower(): row["class"] for row in load_tsv("units")}


@functools.cache
def _approx_words(position: str) -> tuple[str, ...]:
    return load_column("approx", "word", position=position)


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    # Units may be written in Latin letters (km, KG): match them case-insensitively.
    units = [u for u in load_words("units") if u not in _BOUND_ONLY_UNITS]
    variants = longest_first(v for u in units for v in (u, u.upper()))
    return compile_patterns(
        "quantities", units=variants, pre=_approx_words("pre"), post=_approx_words("post")
    )


def find_candidates(norm: str, text: str) -> list[Candidate]:
    """Every amount-like match of every family, overlapping ones included.

    Example:
        >>> [c.value for c in find_candidates("培育3家左右", "培育3家左右")]
        [3.0]
    """
    found: list[Candidate] = []
    for family, pattern in _patterns().items():
        for m in pattern.finditer(norm):
            cand = _build(family, m, text)
            if cand is not None:
                found.append(cand)
    return found


def _unit_at(norm: str, pos: int) -> str | None:
    """The longest unit of units.tsv written at ``pos`` (case-insensitive), if any."""
    classes = unit_classes()
    for n in range(min(6, len(norm) - pos), 1, -1):
        if norm[pos : pos + n].lower() in classes:
            return norm[pos : pos + n]
    return None


def _value(num: str) -> float | None:
    value = parse_number(num)
    if value is None and num.endswith("几"):
        value = parse_number(num[:-1])
    return value


def _has_digit(num: str) -> bool:
    """A numeral needs a digit (十 may stand alone): 千家万户 and 百姓 are not numbers."""
    return any(ch.isdigit() or ch in _CN_DIGITS for ch in num) or num.startswith("十")


def _build(family: str, m: regex.Match[str], text: str) -> Candidate | None:
    pre = m.groupdict().get("pre") or ""
    post = m.groupdict().get("post") or ""
    approx = bool(pre or post)
    start, end = m.span()
    if family == "percent_cn":
        return _percent(m, text, approx)
    if family == "fraction":
        den, num = _value(m.group("den")), _value(m.group("num"))
        whole = _value(m.group("whole")) if m.group("whole") else 0.0
        if not den or num is None or whole is None:
            return None
        share = _signed(m, whole + num / den)
        return _cand(m, "fraction", share, None, None, approx, "den", text)
    if family == "fraction_slash":
        top, bottom = int(m.group("num")), int(m.group("den"))
        if not 0 < top < bottom <= 100 or math.gcd(top, bottom) != 1:
            return None  # 16/5, 6/30: not a share as one writes it (1/3, 2/5), more likely a date
        return _cand(m, "fraction", top / bottom, None, None, approx, "num", text)
    if family == "half_word":
        return _cand(m, family, 0.5, None, None, approx, "halfword", text)
    if family == "zhe_cheng":
        return _zhe_cheng(m, text, approx)
    if family == "currency_sign":
        value = _value(m.group("num"))
        if value is None:
            return None
        cand = _cand(m, family, value, None, text[m.start("sym") : m.end("sym")], approx, "num",
                     text)
        cand.unit_start, cand.unit_end = m.span("sym")
        cand.unit_key = m.group("sym")
        return cand
    if family == "half_unit":
        unit = text[m.start("unit") : m.end("unit")]
        return Candidate(start, end, family, 0.5, None, unit, False, start, start + 1, "半",
                         m.start("unit"), m.end("unit"), "", False, m.group("unit"))
    return _main(m, text, approx)


def _cand(
    m: regex.Match[str], family: str, value: float, value_max: float | None, unit: str | None,
    approx: bool, num_group: str, text: str,
) -> Candidate:
    s, e = m.span(num_group)
    value, value_max = tidy(value), (None if value_max is None else tidy(value_max))
    return Candidate(m.start(), m.end(), family, value, value_max, unit, approx, s, e,
                     m.group(num_group), e, e, m.groupdict().get("pre") or "", False, unit or "")


def _signed(m: regex.Match[str], value: float) -> float:
    return -value if m.groupdict().get("sign") else value


def _percent(m: regex.Match[str], text: str, approx: bool) -> Candidate | None:
    # 百分之 → %, 千分之 → 0.1 %, 百万分之 → 0.0001 % (as a share of 100).
    den = parse_number(m.group("pct").replace(" ", "")[:-2])
    low = _value(m.group("num"))
    if not den or low is None:
        return None
    scale = 100.0 / den
    low = _signed(m, low)
    high = _value(m.group("num2")) if m.group("num2") else None
    if low is None:
        return None
    cand = _cand(m, "percent_cn", low * scale, None if high is None else high * scale, "%",
                 approx or high is not None, "num", text)
    cand.unit_start, cand.unit_end = m.span("pct")  # the unit is written before the number
    return cand


def _zhe_cheng(m: regex.Match[str], text: str, approx: bool) -> Candidate | None:
    num = m.group("num").replace(" ", "")
    zhe = m.group("zc") == "折"
    # 八五折 = 75折 = 85 %/75 %, 九折 = 90 %, 三成 = 30 %, 三成半 = 35 %, 半成 = 5 %, 对折 = 50 %.
    if num in ("半", "对"):
        value: float | None = 50.0 if zhe else (5.0 if num == "半" else None)
    elif zhe and len(num) == 2 and (num.isdigit() or all(ch in _CN_DIGITS for ch in num)):
        value = parse_number(num)
    else:
        base = parse_number(num)
        value = None if base is None or base > 10 else base * 10
    if value is None:
        return None
    if m.group("zhalf"):
        value += 5.0
    if not zhe:
        # 三成 is three tenths: a fraction, valued without a unit like 四分之一 (GUIDELINES:
        # fractions are values, unit null); a discount 八折 stays a percentage.
        return _cand(m, "zhe_cheng", value / 100, None, None, approx, "num", text)
    cand = _cand(m, "zhe_cheng", value, None, "%", approx, "num", text)
    cand.unit_start, cand.unit_end = m.span("zc")
    return cand


def _main(m: regex.Match[str], text: str, approx: bool) -> Candidate | None:
    num_s, num_e = m.span("num")
    num = m.group("num")
    unit_s, unit_e = m.span("unit") if m.group("unit") else (m.end(), m.end())
    unit_text = m.group("unit") or ""
    # 350千米, 100千瓦, 323千卡: a trailing 千/百/兆 belongs to the unit when that makes a unit.
    if not m.group("mid") and not m.group("mag") and num[-1:] in "十百千兆":
        longer = _unit_at(m.string, num_e - 1)
        if longer and len(longer) > len(unit_text) + (1 if unit_text else 0) - 1:
            num, num_e, unit_s, unit_e = num[:-1], num_e - 1, num_e - 1, num_e - 1 + len(longer)
            unit_text = longer
    # 逾百亿元, 千亿元: a bare 百/千 before 亿 states an amount when a qualifier or unit says so.
    digitless_ok = bool(m.group("pre")) or (bool(unit_text) and num in ("百亿", "千亿", "万亿"))
    if not num or not (_has_digit(num) or digitless_ok):
        return None
    value = _value(num)
    if value is None:
        return None
    value_max = None
    if m.group("num2"):
        if not _has_digit(m.group("num2")):
            return None
        value_max = _value(m.group("num2"))
        if value_max is None or value_max < value:
            return None
        approx = True
    scale = 1.0
    for ch in m.group("mag") or "":
        scale *= _MAGNITUDES[ch]
    value *= scale
    if value_max is not None:
        value_max *= scale
    if m.group("half") and unit_text:
        value += 0.5
    if m.group("mid"):
        approx = True
    value, value_max = _signed(m, value), None if value_max is None else _signed(m, value_max)
    has_mag = bool(m.group("mag")) or any(ch in _MAGNITUDES for ch in num)
    end = max(m.end(), unit_e) if unit_text else m.end()
    if m.group("half") and not unit_text:
        end = m.start("half")
    unit = text[unit_s:unit_e] if unit_text else None
    if unit is None and m.group("u1"):
        unit_s, unit_e = m.span("u1")
        unit = text[unit_s:unit_e]
    return Candidate(m.start(), end, "main", value, value_max, unit, approx, num_s, num_e, num,
                     unit_s, unit_e, m.group("pre") or "", has_mag,
                     m.string[unit_s:unit_e].lower().replace(" ", "") if unit else "")
