"""Marker candidates → a tree of lists (sequence logic, nesting, item extents).

GUIDELINES §enumerations: items follow in order (a missing middle item is tolerated), a
restart opens a new list, a single item is no list, and a list inside an item is its sublist.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from policyparse.rules.markers import BULLET, LAST, NEXT, Family, Marker, families
from policyparse.rules.official_names import plausible

_PARAGRAPH_END = set("。!?;:")  # a line ending in one of these (or empty) ends its paragraph
_SENTENCE_END = "。!?"
_OUTLINE_RANKS = 9  # families ranked below this number form outline levels when opening a line
_TITLE_LINE = 40  # longest heading line that opens a section of its own
# A line opened by a new voice or an appendix (新华社记者：…, 邵文博：…, 问：, 附件：) ends the
# section before it: a press conference's announcements 一、…三、 do not hold the answers after.
_TURN = regex.compile(
    r"^[ \t]*(?:(?P<fixed>[^\n:]{0,10}记者|主持人|问|答|附件)|(?P<name>\p{Han}{2,4}))[ ]?:",
    regex.MULTILINE,
)


@dataclass(eq=False)
class Item:
    """One item while the tree is built; ``end`` is set once the tree is complete."""

    marker: Marker
    end: int = 0
    sublists: list[TreeList] = field(default_factory=list)


@dataclass(eq=False)
class TreeList:
    """One list while the tree is built."""

    family: Family
    items: list[Item]
    section: bool  # last item open until the enclosing item ends (一、/（一） opening lines)
    ranked: bool  # an outline level: its markers open lines and its family has a rank
    last: int = 1  # the ordinal reached so far (bullets and 另一方面 count items)

    def add(self, m: Marker) -> None:
        """Append the item opened by ``m``."""
        self.items.append(Item(m))
        self.last = self.last + 1 if m.ordinal in (BULLET, NEXT, LAST) else m.ordinal

    @property
    def start(self) -> int:
        return self.items[0].marker.start

    @property
    def end(self) -> int:
        return self.items[-1].end


class Lines:
    """Line starts and ends of a text, for O(log n) "which line" questions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] = []
        pos = text.find("\n")
        while pos >= 0:
            self.breaks.append(pos)
            pos = text.find("\n", pos + 1)

    def index(self, pos: int) -> int:
        """The 0-based line number of ``pos``."""
        return bisect.bisect_left(self.breaks, pos)

    def end(self, pos: int) -> int:
        """The offset of the line break ending the line of ``pos`` (or the text's end)."""
        i = self.index(pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)

    def start(self, pos: int) -> int:
        """The offset where the line of ``pos`` starts."""
        i = self.index(pos)
        return self.breaks[i - 1] + 1 if i else 0

    def paragraph_end(self, pos: int, max_lines: int = 4) -> int:
        """The end of the paragraph of ``pos``: a line broken off mid-sentence (``PM\\n2.5``)
        runs on into the next lines, up to ``max_lines`` of them."""
        start, end = self.start(pos), self.end(pos)
        for _ in range(max_lines):
            line = self.text[start:end].rstrip()
            if end >= len(self.text) or not line or line[-1] in _PARAGRAPH_END:
                break
            start = end + 1
            end = self.end(start)
        return end


class _Builder:
    def __init__(self, norm: str, markers: list[Marker]) -> None:
        self.norm = norm
        self.lines = Lines(norm)
        self.fams = families()
        self.by_family: dict[str, list[Marker]] = {}
        for m in markers:
            self.by_family.setdefault(m.family, []).append(m)
        self.starts = {f: [m.start for m in ms] for f, ms in self.by_family.items()}
        self.turns = [
            t.start()
            for t in _TURN.finditer(norm)
            if t.group("fixed") or plausible(norm, t.start("name"), t.end("name"), strong=False)
        ]

    def title_line(self, m: Marker) -> bool:
        """Whether ``m`` opens a heading line of its own (首先，关于…的成效 with no sentence
        end): its item then holds the paragraphs after it, as a section does."""
        line = self.norm[m.end : self.lines.end(m.start)].strip()
        # After 第X a sentence alone on its line may end in 。 (第三，聚焦重点，确保活动取得实效。):
        # a speech's section heading; a short 一是…。 line is still an item of its own.
        if m.family == "di" and line.endswith("。"):
            line = line[:-1]
        return 0 < len(line) <= _TITLE_LINE and not any(c in "。;!?:；：！？" for c in line)

    def turn_between(self, start: int, end: int) -> bool:
        """Whether a line in (start, end) opens a new voice or an appendix."""
        i = bisect.bisect_right(self.turns, start)
        return i < len(self.turns) and self.turns[i] < end

    def continues(self, lst: TreeList, m: Marker) -> str:
        """'new' when ``m`` is the next item of ``lst``, 'dup' for a repeated marker, else ''."""
        if m.family != lst.family.name or (lst.section and not m.bol):
            return ""
        if lst.items[-1].marker.ordinal == LAST:
            return ""  # 最后 closed the list: a later 最后，祝… is the speech's closing words
        last = lst.last
        if m.ordinal == BULLET:
            # Bullets open consecutive paragraphs: only blank lines may separate them.
            prev_end = self.lines.paragraph_end(lst.items[-1].marker.start)
            return "new" if not self.norm[prev_end : m.start].strip() else ""
        if m.ordinal == NEXT:
            return "new" if last >= 1 else ""
        if m.ordinal == LAST:
            return "new" if last >= 2 else ""
        if m.ordinal in (last + 1, last + 2):
            return "new"
        return "dup" if m.ordinal == last and last > 1 else ""

    def next_continuation(self, lst: TreeList, pos: int) -> int | None:
        """Where ``lst`` next continues after ``pos``, judged by its family's next marker."""
        fam = lst.family.name
        i = bisect.bisect_right(self.starts.get(fam, []), pos)
        if i < len(self.by_family.get(fam, [])):
            c = self.by_family[fam][i]
            if self.continues(lst, c) == "new":
                return c.start
        return None

    def contains(self, stack: list[TreeList], m: Marker) -> bool:
        """Whether the last item of the top list of ``stack`` encloses the new list at ``m``."""
        top = stack[-1]
        m_fam = self.fams[m.family]
        m_ranked = m.bol and m_fam.rank < _OUTLINE_RANKS
        if m_ranked and (top.section or top.ranked):
            return m_fam.rank > top.family.rank
        if top.section:
            return not self.turn_between(top.items[-1].marker.start, m.start)
        last = top.items[-1].marker
        if self.lines.index(last.start) == self.lines.index(m.start) and (
            top.ranked or not any(c in _SENTENCE_END for c in self.norm[last.end : m.start])
        ):
            # Same line: inside the item while its sentence runs on (一是…,包括:①…②…).
            return True
        # A block list encloses what lies between two of its items.
        nxt = self.next_continuation(top, m.start)
        if nxt is None:
            return False
        for anc in stack[:-1]:
            lim = self.next_continuation(anc, m.start)
            if lim is not None and lim < nxt:
                return False
        return True

    def build(self, markers: list[Marker]) -> list[TreeList]:
        roots: list[TreeList] = []
        stack: list[TreeList] = []
        # The ordinal the latest list of each section family reached: 国务院-style documents
        # number （一）…（三） under 一、 and go on with （四）… under 二、.
        reached: dict[str, int] = {}
        for m in markers:
            if self._continue(stack, m):
                reached[m.family] = stack[-1].last  # _continue left the continued list on top
                continue
            carried = (
                m.bol and self.fams[m.family].section and m.ordinal == reached.get(m.family, 0) + 1
            )
            if m.ordinal not in (1, BULLET) and not carried:
                continue
            for i, lst in enumerate(stack):
                if lst.family.name == m.family:  # a restart: a sibling of the old list
                    del stack[i:]
                    break
            while stack and not self.contains(stack, m):
                stack.pop()
            fam = self.fams[m.family]
            ranked = m.bol and fam.rank < _OUTLINE_RANKS
            section = m.bol and (fam.section or self.title_line(m))
            new = TreeList(fam, [Item(m)], section=section, ranked=ranked)
            new.last = max(1, m.ordinal)
            reached[m.family] = new.last
            (stack[-1].items[-1].sublists if stack else roots).append(new)
            stack.append(new)
        return roots

    def _continue(self, stack: list[TreeList], m: Marker) -> bool:
        for i in range(len(stack) - 1, -1, -1):
            how = self.continues(stack[i], m)
            if how:
                del stack[i + 1 :]
                if how == "new":
                    stack[i].add(m)
                return True
        return False


def _prune(lists: list[TreeList]) -> list[TreeList]:
    """Drop single-item lists, lifting what they enclose to their place (GUIDELINES)."""
    out: list[TreeList] = []
    for lst in lists:
        for it in lst.items:
            it.sublists = _prune(it.sublists)
        if len(lst.items) >= 2:
            out.append(lst)
        else:
            out.extend(lst.items[0].sublists)
    return out


def _set_ends(lists: list[TreeList], bound: int, lines: Lines) -> None:
    for k, lst in enumerate(lists):
        limit = lists[k + 1].start if k + 1 < len(lists) else bound
        for j, it in enumerate(lst.items):
            if j + 1 < len(lst.items):
                it.end = lst.items[j + 1].marker.start
                _set_ends(it.sublists, it.end, lines)
            elif lst.section:
                it.end = limit
                _set_ends(it.sublists, it.end, lines)
            else:
                _set_ends(it.sublists, limit, lines)
                natural = max([lines.end(it.marker.start), *(s.end for s in it.sublists)])
                it.end = min(limit, natural)


def build_tree(norm: str, markers: list[Marker], bound: int | None = None) -> list[TreeList]:
    """The top-level lists of ``markers`` with nested sublists and item extents set.

    Example:
        >>> from policyparse.rules.markers import find_markers
        >>> text = "一、回顾\\n(一)稳增长\\n(二)调结构\\n二、任务\\n"
        >>> [len(x.items) for x in build_tree(text, find_markers(text))]
        [2]
    """
    builder = _Builder(norm, markers)
    roots = _prune(builder.build(markers))
    _set_ends(roots, len(norm) if bound is None else bound, builder.lines)
    return roots
