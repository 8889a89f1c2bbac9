"""Reading the position phrase before a name (工业和信息化部党组书记、部长) right to left.

GUIDELINES §officials: the title is the position phrase attached to the name without a leading
organisation; the organisation is the body nearest to the name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from policyparse.data import load_words
from policyparse.rules import official_lexicon as lex
from policyparse.rules.official_names import is_han

# Characters that end a generic organisation name on the left (传达学习省委 → 省委).
_ORG_STOP = set(
    "才达习彻见在和与及的了是请由对向就为席持等任并于将把从到给让时后前里讯日月年号兼、"
)
_CONNECTORS = ("、", "兼")
# Words inside a body's name that open with a stop character (对外贸易司, 对外联络部).
_WORDS_FROM_STOP = ("对外",)
_MAX_TITLE = 8
_MAX_GENERIC = 16
_BARE = set("部省市县区厅局委")
# 村 ends a body only after a village's own name (石门村党支部书记), never after a kind of village
# (驻村第一书记, 农村, 贫困村, 行政村).
_VILLAGE_KINDS = ("行政", "贫困", "示范", "重点", "试点", "中心", "自然", "美丽", "所在", "相关")


@dataclass
class Position:
    """Title and organisation spans found before a name (offsets into the text)."""

    title: tuple[int, int] | None = None
    org: tuple[int, int] | None = None
    bare_org: bool = False  # the organisation is a bare shorthand such as 部 in 部党组成员


@functools.cache
def _title_set() -> frozenset[str]:
    return frozenset(lex.titles())


def _title_ending(norm: str, p: int) -> int | None:
    for length in range(min(_MAX_TITLE, p), 1, -1):
        if norm[p - length : p] in _title_set():
            return p - length
    return None


def title_ending(norm: str, p: int) -> int | None:
    """Start of the longest title that ends at ``p`` (主席 in 自治区主席), or None."""
    return _title_ending(norm, p)


def _lexicon_org_ending(norm: str, p: int) -> int | None:
    orgs = lex.organizations()
    for length in range(min(20, p), 1, -1):
        if norm[p - length : p] in orgs:
            return p - length
    return None


# A national prefix and the head word of a lexicon body named "X和Y…", stripped to get the
# halves that local bodies share (国家 + 发展和改革 + 委员会 → 省发展和改革委员会).
_HE_PREFIX = ("中华人民共和国", "国家", "中央")
_HE_HEAD = regex.compile(r"(?:委员会办公室|委员会|总局|部|局|委)$")


@functools.cache
def _he_stems() -> tuple[tuple[str, str], ...]:
    """(left, right) halves of lexicon bodies named "X和Y部" (住房 / 城乡建设), "X和Y委员会"
    (发展 / 改革): the same X和Y names the matching local departments (河北省住房和城乡建设厅,
    市工业和信息化局, 省发展和改革委员会)."""
    stems = set()
    for name in lex.organizations():
        head = _HE_HEAD.search(name)
        if head is None:
            continue
        left, sep, right = name[: head.start()].partition("和")
        for prefix in _HE_PREFIX:
            left = left.removeprefix(prefix)
        if sep and len(left) >= 2 and len(right) >= 2:
            stems.add((left, right))
    return tuple(sorted(stems))


def _he_stem_start(norm: str, he: int) -> int | None:
    """Start of X when ``norm[he]`` is the 和 of a known "X和Y" body stem."""
    for left, right in _he_stems():
        if norm.startswith(right, he + 1) and norm.endswith(left, 0, he):
            return he - len(left)
    return None


# Heads that make a prose word part of a body's name (研究 + 院 = 研究院).
_HEAD_AFTER_PROSE = ("院", "所", "中心", "会", "室")


def _yu_left(norm: str, yu: int) -> int | None:
    """Start of X in "body + X与Y + head" (省人大环境与资源保护委员会), where a body written right
    before X shows that the 与 joins the two halves of one name, not two bodies."""
    for size in (2, 3, 4):
        s = yu - size
        if s <= 0 or not all(is_han(ch) and ch not in _ORG_STOP for ch in norm[s:yu]):
            continue
        # A lexicon body or a head word must end right before X (a plain look-up, no chain
        # reading: that would recurse once per 与 on a long run of them).
        if _lexicon_org_ending(norm, s) is not None or _head_ends_at(norm, s):
            return s
    return None


def _head_ends_at(norm: str, p: int) -> bool:
    return any(norm.endswith(head, 0, p) for head in load_words("official_org_heads"))


def generic_org_start(norm: str, q: int, p: int) -> int:
    """Start of a generic body whose head word is ``norm[q:p]`` (运行监测协调 + 局)."""
    start = q
    stem_start = p  # start of an X和Y stem read into the name: its words are not prose
    while start > 0 and p - start < _MAX_GENERIC:
        ch = norm[start - 1]
        if ch == "和" and (stem := _he_stem_start(norm, start - 1)) is not None:
            stem_start = start = stem  # 住房和城乡建设厅: the 和 is inside the name
            continue
        if ch == "与" and (left := _yu_left(norm, start - 1)) is not None:
            start = left  # 省人大环境与资源保护委员会: X与Y right after a body is one name
            continue
        if not is_han(ch) or (ch in _ORG_STOP and not norm.startswith(_WORDS_FROM_STOP, start - 1)):
            break
        if _lexicon_org_ending(norm, start) is not None or _title_ending(norm, start):
            break
        start -= 1
    # 交通运输行业认真落实部党组书记: a run holding a word of prose is a clause, not a name.
    for m in lex.prose_matcher().finditer(norm, start, q):
        if m.start() >= stem_start:
            continue  # 发展和改革委员会: 改革 belongs to the stem
        if not norm.startswith(_HEAD_AFTER_PROSE, m.end()):
            start = m.end()  # (研究院, 研究所, 研究中心: the word belongs to a body's head)
    if norm[start] == "访" and (start == 0 or not is_han(norm[start - 1])):
        start += 1  # ——访省市场监管局局长: an interview headline's 访 (信访局 keeps it)
    return start


def _generic_org_ending(norm: str, p: int) -> int | None:
    for suffix in load_words("official_org_heads"):  # longest first
        if not norm.endswith(suffix, 0, p):
            continue
        q = p - len(suffix)
        start = generic_org_start(norm, q, p)
        if suffix == "村" and (q - start < 2 or norm.endswith(_VILLAGE_KINDS, start, q)):
            return None
        if start < q:
            return start
        before = norm[q - 1] if q >= 1 else "\n"
        # A bare head (部党组成员, 市委书记) counts only after a boundary.
        if (len(suffix) >= 2 or suffix in _BARE) and (not is_han(before) or before in _ORG_STOP):
            return q
        # 四川省政协, 西藏自治区党委: a head word right after a lexicon body continues the chain.
        if len(suffix) >= 2 and _lexicon_org_ending(norm, q) is not None:
            return q
        return None
    return None


def org_chain_ending(norm: str, p: int) -> int | None:
    """Start of the run of organisation names that ends at ``p`` (工信部 + 运行监测协调局)."""
    start = None
    for _ in range(5):
        q = _lexicon_org_ending(norm, p)
        if q is None:
            q = _generic_org_ending(norm, p)
        if q is None or q == p:
            break
        start = p = q
        if p >= 2 and norm[p - 1] == "驻":
            # 中央纪委国家监委驻水利部纪检监察组: 驻 joins the sending body to the host body
            sender = _lexicon_org_ending(norm, p - 1)
            if sender is not None:
                start = p = sender
    return start


def read_position(norm: str, name_start: int) -> Position:
    """The title and organisation written right before the name at ``name_start``.

    Example:
        >>> text = "工业和信息化部党组书记、部长林海峰"
        >>> pos = read_position(text, 14)
        >>> text[slice(*pos.title)], text[slice(*pos.org)]
        ('党组书记、部长', '工业和信息化部')
    """
    p = name_start
    while p > 0 and norm[p - 1] == " ":
        p -= 1
    title_end = p
    title_start: int | None = None
    orgs: list[tuple[int, int]] = []
    for _ in range(6):
        t = _title_ending(norm, p)
        if t is None:
            break
        title_start = p = t
        o = org_chain_ending(norm, p)
        if o is not None:
            orgs.append((o, p))
            p = o
        # 党组书记、部长 / 总工程师兼科技司司长: another position joined to this one.
        if p >= 1 and norm[p - 1] in _CONNECTORS and _title_ending(norm, p - 1) is not None:
            p -= 1
            continue
        break
    if title_start is None:
        return Position()
    # The title starts at its first title word, so a leading organisation stays out of it.
    pos = Position(title=(title_start, title_end))
    if orgs:
        first = orgs[0]
        pos.org = first
        pos.bare_org = first[1] - first[0] == 1
    return pos
