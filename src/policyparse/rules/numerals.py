"""Numeral strings to numbers: Arabic (1,234.5), Chinese (一百二十三, 两千万, 二〇一八, 廿二),
financial (壹拾壹元整) and mixed forms (3.2万, 1万600, 200亿零四千230)."""

from __future__ import annotations

import functools

import regex

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0, "一": 1, "壹": 1, "幺": 1, "弌": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2, "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_ZEROS = frozenset("零〇○Ｏ")
# 两 is 2 only before a unit (两千, 两个), never read digit by digit (两两 is not 22).
_NOT_SPELLED = frozenset("两兩俩倆")
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
# Largest first: a number is split at its largest magnitude, whose head may hold smaller ones.
_BIG_ORDER = ("兆", "亿", "億", "万", "萬")
# 廿 卅 卌 are contractions of 二十 三十 四十 (廿二 = 22).
_CONTRACTIONS = str.maketrans({"廿": "二十", "卄": "二十", "卅": "三十", "卌": "四十"})
_FULLWIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_SEPARATORS = str.maketrans({"，": ",", "､": ",", "．": ".", " ": "", "\u3000": ""})
_MINUS = "负負-−－"


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    arabic = regex.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
    # 壹拾壹元壹角壹分 / 壹佰壹拾壹圆整: a money amount in yuan, jiao and fen.
    money = regex.compile(r"(?P<y>.+?)[元圆圓块塊](?:(?P<j>.)角)?(?:(?P<f>.)分)?[整正]?")
    tokens = regex.compile(r"\d+|.")
    return arabic, money, tokens


def tidy(value: float) -> float:
    """``value`` rounded to 15 significant digits: 2.57 × 10⁸ is 257000000.0, not the binary
    neighbour 256999999.99999997 that the multiplication gives."""
    return float(f"{value:.15g}")


def parse_number(text: str) -> float | None:
    """Return the number a numeral string states, or None when it is not a numeral.

    Args:
        text: one numeral, Arabic, Chinese or mixed, with no unit but an optional
            magnitude (万, 亿) and sign (负, -).

    Returns:
        The value as a float, or None for anything that is not a numeral (十九大, 多).

    Example:
        >>> parse_number("一百二十三"), parse_number("3.2万"), parse_number("二〇一八")
        (123.0, 32000.0, 2018.0)
    """
    s = text.strip().translate(_FULLWIDTH).translate(_SEPARATORS).translate(_CONTRACTIONS)
    if not s:
        return None
    arabic, money, _ = _patterns()
    if arabic.fullmatch(s):
        return float(s.replace(",", ""))
    sign = 1.0
    if s[0] in _MINUS:
        sign, s = -1.0, s[1:]
    elif s[0] == "+":
        s = s[1:]
    if not s:
        return None
    m = money.fullmatch(s)
    value = _money(m) if m else _unsigned(s)
    return None if value is None else tidy(sign * value)


def _money(m: regex.Match[str]) -> float | None:
    yuan = _unsigned(m.group("y"))
    if yuan is None:
        return None
    for name, scale in (("j", 0.1), ("f", 0.01)):
        part = m.group(name)
        if part:
            if part not in _DIGITS and not part.isdigit():
                return None
            yuan += (int(part) if part.isdigit() else _DIGITS[part]) * scale
    return round(yuan, 2)


def _unsigned(s: str) -> float | None:
    if "点" in s or "點" in s:  # 三点五, 一百点123, 三点五亿
        whole, _, frac = s.replace("點", "点").partition("点")
        big = 1.0
        while frac and frac[-1] in _BIG_UNITS:
            big *= _BIG_UNITS[frac[-1]]
            frac = frac[:-1]
        digits = _digit_string(frac)
        head = _integer(whole) if whole else None
        if digits is None or head is None:
            return None
        return (head + float("0." + digits)) * big
    return _integer(s)


def _digit_string(s: str) -> str | None:
    """二〇一八 → '2018'; Arabic digits pass through; None if any other character."""
    if not s or any(ch in _NOT_SPELLED for ch in s):
        return None
    out = []
    for ch in s:
        if ch.isdigit() and ch.isascii():
            out.append(ch)
        elif ch in _DIGITS:
            out.append(str(_DIGITS[ch]))
        else:
            return None
    return "".join(out)


def _integer(s: str) -> float | None:
    arabic = _patterns()[0]
    if arabic.fullmatch(s):
        return float(s.replace(",", ""))
    for unit in _BIG_ORDER:
        idx = s.rfind(unit)
        if idx < 0:
            continue
        head = _integer(s[:idx]) if idx else 1.0
        tail_text = s[idx + 1 :]
        if head is None:
            return None
        scale = _BIG_UNITS[unit]
        if not tail_text:
            return head * scale
        # 三万五 = 35000: one bare digit after a magnitude counts in the next lower place.
        if len(tail_text) == 1 and tail_text in _DIGITS and tail_text not in _ZEROS:
            return head * scale + _DIGITS[tail_text] * scale / 10
        tail = _integer(tail_text)
        return None if tail is None else head * scale + tail
    return _section(s)


def _section(part: str) -> float | None:
    """A section below 万: 三千零五, 一百二 (=120), 1百01, 四千230; 二〇一八 digit by digit."""
    if len(part) > 1 and (digits := _digit_string(part)) is not None:
        return float(digits)
    total, num, last_unit, zero, bare_digit = 0.0, None, 0, False, False
    for tok in _patterns()[2].findall(part):
        if tok in _ZEROS:
            zero, num = True, None
        elif tok[0].isdigit() and tok.isascii():
            if num is not None:
                return None
            num, bare_digit = float(tok), False
        elif tok in _DIGITS:
            if num is not None:
                return None
            num, bare_digit = float(_DIGITS[tok]), True
        elif tok in _SMALL_UNITS:
            unit = _SMALL_UNITS[tok]
            if last_unit and unit >= last_unit:
                return None
            total += (1.0 if num is None else num) * unit
            num, last_unit, zero = None, unit, False
        else:
            return None
    if num is not None:
        # 两千六 = 2600, 一百二 = 120; but 一千零六 = 1006 and 十六 = 16.
        if bare_digit and not zero and last_unit >= 100:
            total += num * last_unit / 10
        else:
            total += num
    return total
