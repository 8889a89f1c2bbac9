"""What looks like an amount but is not one (GUIDELINES §quantities "not"): years and dates,
ordinals, anniversaries, names, slogans, the speaker's own points, time windows, bare numbers."""

from __future__ import annotations

import bisect
import functools

import regex

from policyparse.data import load_column, load_words
from policyparse.rules.quantity_spans import Candidate, unit_classes

_CN_DIGITS = frozenset("零〇○一二两三四五六七八九")
# Characters that end a standalone number on either side (二百五, 二百五, 还有二百五。).
_BOUNDARY = frozenset(",。;!?“”\"' ")
# 前 is the ranking word (前三名, 全国前十) except as the end of 目前 / 提前 / 年前 / 会前.
_NOT_RANKING = frozenset("目此之以提当空跟面向眼门事史生年日月节会战赛场从")
# What follows a two-digit year (18年底, 19年3月): a date, not a duration of 18 years.
_YEAR_PARTS = (
    r"年(?:底|初|末|中|前|后|以来|[上下]半年|\d{1,2}月|第?[一二三四]季度"
    r"|[一二三四五六七八九十]{1,2}月)"
)
_ONE_CLASSES = frozenset({"measure", "time", "temperature"})
# Capital (banker's) numerals are written out in whole amounts (人民币伍佰元); one of them alone
# after a Han character is a word's part (登陆, 队伍, 收拾, 放肆).
_CAPITAL_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")


_QUOTED = r"[“\"‘《][^“”\"‘’《》\n]{1,8}[”\"’》]"
_URL = r"(?:https?://|www\.)[!-~]{1,300}"


@functools.cache
def _rx(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


# Units of a handling time limit (小时, 工作日, 天): longer spans are windows (三年内), except
# after an event (结束后2个月内拨付).
_LIMIT_UNITS = frozenset({"小时", "个小时", "工作日", "个工作日", "日", "天", "分钟"})
_EVENT_LIMIT_UNITS = _LIMIT_UNITS | {"个月"}
_SHORT_UNITS = frozenset({"小时", "个小时", "分钟"})
# Quantities measured without a unit: a coefficient or index before a decimal (系数提高到0.58).
_DIMENSIONLESS = regex.compile(r"(?:系数|指数|比值|弹性)[^。,;，；]{0,6}$")
# Characters before 后 that count from now (今后, 此后, 往后, 以后, 之后, 然后, 最后).
_NOW = frozenset("今此往以之然最")


@functools.cache
def _words(name: str, where: str) -> tuple[str, ...]:
    return load_column(name, "word", where=where)


@functools.cache
def _slogan_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\L<s>", s=list(load_words("quantity_slogans")))


class Spans:
    """Sorted ranges with an overlap test in O(log n) per query (long documents stay linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # Running maximum of ends, so one look-up covers nested and overlapping ranges.
        self.max_end: list[int] = []
        for _, e in self.spans:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any range."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start


def blocked_ranges(norm: str) -> Spans:
    """Spans of fixed slogans (四个意识), short quoted phrases (“两个强国”, “三品”) and URLs."""
    spans = [m.span() for m in _slogan_pattern().finditer(norm)]
    spans += [m.span() for m in _rx(_QUOTED).finditer(norm)]
    spans += [m.span() for m in _rx(_URL).finditer(norm)]
    return Spans(spans)


def _ends_with_any(s: str, words: tuple[str, ...]) -> bool:
    return any(s.endswith(w) for w in words)


def _starts_with_any(s: str, words: tuple[str, ...]) -> bool:
    return any(s.startswith(w) for w in words)


def _is_year(c: Candidate, norm: str) -> bool:
    """2018年, 二〇一八年, 2022年至2024年, 18年底: calendar years, not durations."""
    unit = c.unit_key
    span = norm[c.start : c.end]
    if not (unit == "年" or "年" in span[c.num_end - c.start :][:2]):
        return False
    num = c.num_text
    if num.isdigit():
        n = int(num)
        if 1000 <= n <= 2199:
            return True
        return len(num) == 2 and bool(_rx(_YEAR_PARTS).match(norm, c.num_end))
    if len(num) >= 2 and all(ch in _CN_DIGITS for ch in num):
        return True  # 二〇一八年, 一八年底
    return c.value >= 1000 and c.value == int(c.value)


def _standalone(c: Candidate, norm: str) -> bool:
    """A bare numeral that makes up a whole segment of the text (a list of figures, a cell)."""
    # Not a heading number on its own line (一 / 01) nor a list marker (一、): text edges and
    # in-line separators only.
    before = norm[c.start - 1] if c.start > 0 else ","
    after = norm[c.end] if c.end < len(norm) else ","
    if before not in _BOUNDARY or after not in _BOUNDARY:
        return False
    return not (c.num_text.isdigit() and 1900 <= int(c.num_text) <= 2100)


def _ranking(c: Candidate, norm: str) -> bool:
    head = norm[max(0, c.start - 4) : c.start]
    if not c.pre and head.endswith("前") and (len(head) < 2 or head[-2] not in _NOT_RANKING):
        return True  # 排名前三, 进入前10位
    if head.endswith("届") or (
        "届" in norm[max(0, c.start - 10) : c.start]
        and norm.startswith(("次会议", "次全会", "次全体会议"), c.num_end)
    ):
        return True  # 十三届二次全会, 十三届全国人大四次会议: session numbers
    return _ends_with_any(head, _words("quantity_stops", "before"))


def _unit_end(c: Candidate) -> int:
    """Where the number and its unit end, before a post qualifier (三年|以内)."""
    return c.unit_end if c.unit_end > c.num_end else c.end


def _limit(c: Candidate, norm: str, units: frozenset[str] = _LIMIT_UNITS) -> bool:
    """A short time count + 内 before a verb of handling (24小时内响应): a measured limit."""
    if c.unit_key not in units:
        return False
    end = _unit_end(c)
    inside = regex.match(r"(?:以内|之内|内)", norm[end : end + 2])
    if inside is None:
        return False
    if c.unit_key in _SHORT_UNITS:
        return True  # 30分钟内电话报告, 1小时内直达: no window from now is counted in hours
    # The verb may follow an adverb or object (30天内全部整改到位, 1小时内书面报告).
    rest = norm[end + inside.end() : end + inside.end() + 6]
    return any(w in rest for w in _words("quantity_windows", "limit"))


def _window(c: Candidate, norm: str) -> bool:
    """过去五年, 今后五年, 近两年, 一年来, 三年内 (GUIDELINES §quantities)."""
    if unit_classes().get(c.unit_key) != "time":
        return False
    before = _words("quantity_windows", "before")
    if _after_duration_word(c, norm):
        return False  # 提前一个月, 会期一天: a measured duration
    # 近两年: the qualifier itself opens the window; 登场前约一周 is a duration.
    if c.pre in before:
        return True
    if not c.pre and _ends_with_any(norm[max(0, c.start - 3) : c.start], before):
        # 活动结束后2个月内拨付: counted from an event (a verb before 后), not from now.
        event = norm.endswith("后", 0, c.start) and c.start >= 2 and norm[c.start - 2] not in _NOW
        return not (event and _limit(c, norm, _EVENT_LIMIT_UNITS))
    if _limit(c, norm):
        return False  # 24小时内响应, 5个工作日内办结: a time limit for handling, not a window
    # The tail starts after the unit: a post qualifier (三年以内) is the window word itself.
    tail = norm[_unit_end(c) : _unit_end(c) + 3]
    if c.unit_key == "年" and norm[c.start - 1 : c.start] == "的" and tail[:1] in "。;,!?":
        return True  # 极不平凡的五年。: a period of the past, not a measured duration
    return _starts_with_any(tail, _words("quantity_windows", "after"))


def _after_duration_word(c: Candidate, norm: str) -> bool:
    """会期一天, 提前一个月: a word before the count that makes it a measured duration."""
    before = norm[max(0, c.start - 3) : c.start]
    return _ends_with_any(before, _words("quantity_windows", "duration"))


def _points(c: Candidate, norm: str) -> bool:
    """三个方面, 六项工作, 三点意见: a small Chinese numeral counting the speaker's own points."""
    if c.num_text.isascii() or c.value > 10:
        return False
    return _starts_with_any(norm[c.num_end : c.num_end + 6], _words("quantity_stops", "points"))


def _bare_ok(c: Candidate, norm: str) -> bool:
    if c.family != "main" or c.unit:
        return True
    if c.has_magnitude and not c.num_text.startswith(("万", "亿")):
        return True  # 超过五千亿, 500余万 (GUIDELINES: a magnitude with no written unit)
    if "." in c.num_text and _DIMENSIONLESS.search(norm, max(0, c.start - 8), c.start):
        return True  # 灌溉水有效利用系数提高到0.58: a coefficient has no unit
    return _standalone(c, norm)


def _size_class(c: Candidate, norm: str) -> bool:
    """百亿元以上项目, 千亿级产业: a magnitude alone before 以上 / 级 names a size band."""
    if norm.startswith("级", c.num_end) or norm.startswith(("以上", "级"), c.end):
        return True
    # 百亿元以上项目: the band modifies a noun; 投资百亿元以上。 states an amount
    return (
        norm.endswith("以上", 0, c.end)
        and regex.match(r"\p{Han}", norm[c.end : c.end + 1]) is not None
    )


def rejected(c: Candidate, norm: str, blocked: Spans) -> str | None:
    """Why ``c`` is not a quantity, or None when it is one."""
    before = norm[c.start - 1] if c.start > 0 else ""
    after = norm[c.end] if c.end < len(norm) else ""
    unit_is_latin = bool(c.unit) and (c.unit or "").isascii() and (c.unit or "").isalpha()
    if (before.isascii() and before.isalpha()) or (
        after.isascii() and after.isalpha() and not unit_is_latin
    ):
        return "name"  # 5G, C919, PM2.5
    if before in "几数多" and before and not c.num_text[:1].isdigit():
        return "vague"  # 数十家, 几百人 (总数突破7800家 is a number)
    if before in ".-/:" and before and c.start > 1 and norm[c.start - 2].isdigit():
        return "code"  # 1.2.3, 0531-1234, 12:30
    if blocked.overlaps(c.start, c.end):
        return "slogan"
    if c.num_text == "零" or (set(c.num_text) <= set("百千万亿") and _size_class(c, norm)):
        return "word"  # 零部件, 零容忍; 亿元以上项目, 百亿级: a size class, not an amount
    if c.num_text.startswith("万一") and not c.num_text.startswith("万一千"):
        return "word"  # 万一 "in case" (万一部分企业…); a numeral does not open with 万
    if (
        c.num_text in _CAPITAL_DIGITS
        and regex.match(r"\p{Han}", before)
        and unit_classes().get(c.unit_key) != "currency"
    ):
        return "word"  # 登陆部队 (人民币伍元 is an amount)
    if _ranking(c, norm):
        return "ordinal"
    if _starts_with_any(norm[c.num_end : c.num_end + 3], _words("quantity_stops", "after_num")):
        return "named_set"
    if c.unit and _starts_with_any(norm[c.end : c.end + 4], _words("quantity_stops", "after")):
        return "name"
    if c.family == "main" and _is_year(c, norm):
        return "year"
    if _window(c, norm):
        return "window"
    if c.unit and _points(c, norm):
        return "points"
    cls = unit_classes().get(c.unit_key)
    bare_one = c.num_text in ("一", "壹") and not (c.pre or c.approx)
    duration = cls == "time" and _after_duration_word(c, norm)
    if bare_one and cls in _ONE_CLASSES and c.family == "main" and c.value == 1 and not duration:
        return "article"  # 一个, 一项, 一次: the numeral is an article (会期一天 is a duration)
    if not _bare_ok(c, norm):
        return "bare"
    return None
