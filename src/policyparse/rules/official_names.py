"""Reading a Chinese personal name at a position: surname, given-name length, and sanity checks."""

from __future__ import annotations

import functools

import regex

from policyparse.rules import official_lexicon as lex

# Characters that almost never occur in a given name but often follow one (function words,
# calendar words, organisation heads): a candidate containing them is not a name.
_NOT_IN_NAME = set(
    "的了是在和与及等年月日为对向就将把被从到给让这那此之所而或市省县区部委局厅党说作讲"
)
# Of those, the ones real given names use (程向东, 李为民, 王慎之, 张和平, 刘日新, 赵月华): allowed
# when a title stands right beside the candidate.
_NAME_WORTHY = set("向为之和日月")
# A third character that is itself a particle or verb: prefer the two-character reading.
_WEAK_THIRD = set("说在作等和与及的同为对向就将于也已还则又再率任是赴到陪出主带")
# Last characters that make a candidate an organisation, not a person (商务部, 党委).
_ORG_END = set("部委局厅办室院校会组团处署省市县区州镇乡村党司学")
# Characters before a name that do not belong to it (和李平书记 → 李平).
_LEFT_FUNCTION = set("和与及同向对在是为由被把将从到给让使以请受了的等也并跟")

# Words of thanks that end in the surname 谢 (感谢何司长: thanks to 何, not a 谢何); a doubled
# character in general may start a name (学习习近平).
_THANKS = ("谢谢", "感谢", "致谢", "答谢", "多谢", "道谢", "鸣谢")


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph."""
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


@functools.cache
def _post() -> regex.Pattern[str]:
    from policyparse.data import load_yaml
    from policyparse.rules.patterns import expand

    frags = load_yaml("officials")["fragments"]
    return regex.compile(
        expand("{POST}", frags), regex.VERBOSE, address=list(lex.address_titles())
    )


def post_ok(norm: str, pos: int) -> bool:
    """Whether what follows ``pos`` may follow a person's name."""
    return pos >= len(norm) or _post().match(norm, pos) is not None


def surname_at(norm: str, i: int) -> tuple[int, str] | None:
    """The surname starting at ``i`` as (length, kind), compound first."""
    table = lex.surnames()
    two = norm[i : i + 2]
    if len(two) == 2 and table.get(two) == "compound":
        return 2, "compound"
    kind = table.get(norm[i : i + 1])
    return (1, kind) if kind else None


def plausible(norm: str, start: int, end: int, *, strong: bool) -> bool:
    """Whether ``norm[start:end]`` can be a full name (surname + given name).

    ``strong`` is set when a title stands right beside the candidate; rare surnames (和, 于)
    count only then.
    """
    cand = norm[start:end]
    if not 2 <= len(cand) <= 4 or not all(is_han(c) for c in cand):
        return False
    sur = surname_at(norm, start)
    if sur is None or (sur[1] == "rare" and not strong):
        return False
    given = cand[sur[0] :]
    banned = _NOT_IN_NAME - _NAME_WORTHY if strong else _NOT_IN_NAME
    if not 1 <= len(given) <= 2 or any(c in banned for c in given):
        return False
    if cand[-1] in _ORG_END:
        return False
    if lex.nonname_matcher().match(norm, start):
        return False
    # 和其他, 关负责: a rare surname character before a common word is no name (a common
    # surname with a title beside it keeps it: 副省长王新华).
    word = lex.nonname_matcher().match(norm, start + sur[0])
    if word and word.end() >= end and not (strong and sur[1] != "rare"):
        return False
    org = lex.org_matcher().match(norm, start)
    return not (org and org.end() > start + 1)


def read_name(norm: str, start: int, *, strong: bool) -> int | None:
    """The end of the name that starts at ``start``, or None.

    The given name has one or two characters; the reading must be followed by something that
    can follow a name (punctuation, 同志, 主持, a title...).

    Example:
        >>> read_name("部长林海峰作总结讲话", 2, strong=True)
        4
    """
    sur = surname_at(norm, start)
    if sur is None:
        return None
    ends = [e for e in (start + sur[0] + 2, start + sur[0] + 1) if e <= len(norm)]
    ok = [e for e in ends if plausible(norm, start, e, strong=strong) and post_ok(norm, e)]
    if len(ok) == 2 and norm[ok[1]] in _WEAK_THIRD:
        return ok[1]
    return ok[0] if ok else None


def _title_ends_at(norm: str, end: int) -> bool:
    """Whether a title (省长, 行长) ends at ``end``."""
    matcher = lex.title_matcher()
    return any(matcher.fullmatch(norm, k, end) for k in range(max(0, end - 8), end - 1))


def name_before(norm: str, end: int, *, strong: bool, single: bool = False) -> int | None:
    """The start of a name that ends at ``end`` (before a title: 袁建国省长), or None.

    ``single`` also accepts a surname alone (翁副部长) when a boundary precedes it.
    """
    cands: list[int] = []
    for length in (4, 3, 2):
        s = end - length
        if s < 0 or not plausible(norm, s, end, strong=strong):
            continue
        if s > 0 and norm.endswith(_THANKS, 0, s + 1):
            continue  # 谢谢何司长, 感谢何司长: the 谢 of thanks starts no name
        sur = surname_at(norm, s)
        if sur is None or (length == 4 and sur[1] != "compound"):
            continue
        if cands and surname_at(norm, cands[0]) == (2, "compound"):
            continue  # 欧阳明高: the compound-surname reading wins
        if sur == (2, "compound") and _title_ends_at(norm, s + 1):
            continue  # 副省长孙国栋: 长 ends the title, 孙 starts the name
        cands.append(s)
    if cands:
        best = cands[0]
        # 和李平书记, 人劳司何敏同志: a three-character reading that starts with a function word
        # or an organisation head after another character loses to the shorter one.
        if len(cands) > 1 and (
            norm[best] in _LEFT_FUNCTION
            or (norm[best] in _ORG_END and best > 0 and is_han(norm[best - 1]))
        ):
            best = cands[1]
        # 中华人民共和国主席: a rare surname needs a boundary on its left.
        before = norm[best - 1] if best > 0 else "\n"
        rare = surname_at(norm, best) == (1, "rare")
        if rare and is_han(before) and before not in _LEFT_FUNCTION:
            return None
        return best
    if single and end >= 1:
        s = end - 1
        sur = surname_at(norm, s)
        before = norm[s - 1] if s >= 1 else "\n"
        if sur and sur[1] != "rare" and (not is_han(before) or before in _LEFT_FUNCTION):
            return s
    return None
