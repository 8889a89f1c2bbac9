"""Numeral strings to numbers: Arabic, Chinese (一百二十三, 两千万, 二〇一八) and mixed (3.2万)."""

from __future__ import annotations

import regex

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2, "俩": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_ARABIC = regex.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _small(part: str) -> float | None:
    """A section below 万: 三千零五, 十二, 二〇一八 (digit by digit when there is no unit)."""
    if not part:
        return 0.0
    if _ARABIC.fullmatch(part):
        return float(part.replace(",", ""))
    if all(ch in _DIGITS for ch in part):
        if len(part) == 1:
            return float(_DIGITS[part])
        return float("".join(str(_DIGITS[ch]) for ch in part))
    total, digit, pending = 0.0, None, False
    for ch in part:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
            pending = True
        elif ch in _SMALL_UNITS:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit, pending = None, False
        else:
            return None
    if pending and digit is not None:
        total += digit
    return total


def parse_number(text: str) -> float | None:
    """Return the number a numeral string states, or None when it is not a numeral.

    Example:
        >>> parse_number("一百二十三"), parse_number("3.2万"), parse_number("二〇一八")
        (123.0, 32000.0, 2018.0)
    """
    s = text.strip().replace("，", ",")
    if not s:
        return None
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", ""))
    sign = 1.0
    if s[0] in "负-":
        sign, s = -1.0, s[1:]
    if "点" in s:  # 三点五 / 三点五亿
        whole, _, frac = s.partition("点")
        big = ""
        while frac and frac[-1] in _BIG_UNITS:
            big = frac[-1] + big
            frac = frac[:-1]
        if not frac or not all(ch in _DIGITS for ch in frac):
            return None
        head = parse_number(whole)
        if head is None:
            return None
        value = head + float("0." + "".join(str(_DIGITS[ch]) for ch in frac))
        for ch in big:
            value *= _BIG_UNITS[ch]
        return sign * value
    value = _integer_part(s)
    return None if value is None else sign * value


def _integer_part(s: str) -> float | None:
    # Split at the largest big unit present; its head may itself hold smaller big units (三万亿).
    for unit in ("兆", "亿", "億", "万", "萬"):
        idx = s.rfind(unit)
        if idx >= 0:
            head = _integer_part(s[:idx]) if idx else 1.0
            tail = _integer_part(s[idx + 1 :]) if idx + 1 < len(s) else 0.0
            if head is None or tail is None:
                return None
            return head * _BIG_UNITS[unit] + tail
    return _small_or_arabic(s)


def _small_or_arabic(part: str) -> float | None:
    part = part.lstrip("零〇")
    if not part:
        return 0.0
    if _ARABIC.fullmatch(part):
        return float(part.replace(",", ""))
    return _small(part)
