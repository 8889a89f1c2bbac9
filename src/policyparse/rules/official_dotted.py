"""Minority and transliterated names written with a middle dot (买买提·艾力, 热地·阿不都拉).

Such names have no Chinese surname, so the parts are bounded by context: the part before the
first dot starts after a title, a list comma, a function word or punctuation; the last part is the
shortest reading that something that can follow a name (出席, 主持, punctuation) follows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from policyparse.rules import official_lexicon as lex
from policyparse.rules.official_names import is_han, post_ok
from policyparse.rules.official_positions import Position, read_position, title_ending

_DOTS = "·•‧・･∙⋅"
# Characters before a name that do not belong to it (由买买提·艾力主持, 和热地·阿不都拉).
_LEFT_FUNCTION = set("和与及同向对在是为由被把将从到给让使以请受了的等也并跟")
# Characters that almost never occur in a transliterated part but often border one.
_NOT_IN_PART = set(
    "的了是在和与及等年月日为对向就将把被从到给让这那此之所而或市省县区部委局厅党说作讲"
)
_MAX_PART = 6
# Words that may follow a name and start with these characters (也强调, 还指出, 率队): a reading
# that swallows one of them is not preferred.
_WEAK_END = set("也还则又再已曾兼致带获称听谈答赴率任同一分先亲深共近今昨日上下晚")


@functools.cache
def _dot() -> regex.Pattern[str]:
    dots = regex.escape(_DOTS)
    return regex.compile(rf"(?<=\p{{Han}})[{dots}](?=\p{{Han}})")


def _part_ok(norm: str, s: int, e: int) -> bool:
    part = norm[s:e]
    if not all(is_han(c) for c in part) or any(c in _NOT_IN_PART for c in part):
        return False
    # 中国·东盟博览会: a place or body, not a person.
    return not (lex.nonname_matcher().match(norm, s) or lex.org_matcher().match(norm, s))


def _left_start(norm: str, dot: int) -> tuple[int, bool] | None:
    """Start of the part before the first dot and whether a title stands before it."""
    for length in range(1, _MAX_PART + 1):
        s = dot - length
        if s < 0 or not is_han(norm[s]):
            return None
        before = norm[s - 1] if s > 0 else "\n"
        if not is_han(before):
            return (s, False) if _part_ok(norm, s, dot) else None
        if length < 2:
            continue
        if title_ending(norm, s) is not None:
            return (s, True) if _part_ok(norm, s, dot) else None
        if before in _LEFT_FUNCTION:
            return (s, False) if _part_ok(norm, s, dot) else None
    return None


def _right_end(norm: str, start: int) -> int | None:
    """End of the last part: the shortest reading a name may end with."""
    for length in range(1, _MAX_PART + 1):
        e = start + length
        if e > len(norm) or not is_han(norm[e - 1]):
            return None
        if (length >= 2 or e == len(norm) or not is_han(norm[e])) and post_ok(norm, e):
            if not _part_ok(norm, start, e):
                return None
            # 买买提出席: 买买 + 提出 reads too; a longer reading that also fits wins.
            longer = e + 1
            if (
                length < _MAX_PART
                and longer <= len(norm)
                and is_han(norm[e])
                and norm[e] not in _WEAK_END
                and post_ok(norm, longer)
                and _part_ok(norm, start, longer)
            ):
                return longer
            return e
    return None


def dotted_names(norm: str) -> Iterator[tuple[int, int, Position, bool]]:
    """Every dotted name as (start, end, position written before it, a subject or addressed)."""
    dots = [m.start() for m in _dot().finditer(norm)]
    i = 0
    while i < len(dots):
        # Chain the dots of one name (阿卜杜勒·阿齐兹·本·沙特): parts of at most _MAX_PART.
        j = i
        while j + 1 < len(dots) and dots[j + 1] - dots[j] - 1 <= _MAX_PART and all(
            is_han(c) for c in norm[dots[j] + 1 : dots[j + 1]]
        ):
            j += 1
        left = _left_start(norm, dots[i])
        end = _right_end(norm, dots[j] + 1)
        inner_ok = all(_part_ok(norm, dots[k] + 1, dots[k + 1]) for k in range(i, j))
        if left is not None and end is not None and inner_ok:
            s, titled = left
            # 聚焦·两会, 丝路·青春主题活动在…: without a title, the name must be the subject of a
            # verb of office or speech (主持, 出席, 强调) or be addressed (同志, 书记).
            pats = lex.patterns()
            verb, addressed = pats["subject_verb"], pats["name_title"]
            worded = bool(verb.match(norm, end) or addressed.match(norm, end))
            yield s, end, read_position(norm, s) if titled else Position(), worded
        i = j + 1
