"""Places in the text that show a person: title + name, name + title, 同志, lists, bylines.

Names are found by surname and context, never from a list of known people.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from policyparse.rules import official_lexicon as lex
from policyparse.rules.official_dotted import dotted_names
from policyparse.rules.official_names import name_before, plausible, post_ok, read_name
from policyparse.rules.official_positions import Position, org_chain_ending, read_position

_PERSONAL = ("同志", "先生", "女士")
_BYLINE_HEAD = 15
_BYLINE_TAIL = 4
_CONTACT_SEP = r"([ \u3000,，、;；()（）]+)"


@dataclass
class Evidence:
    """One located name with the title and organisation written beside it."""

    start: int
    end: int
    title: tuple[int, int] | None = None
    org: tuple[int, int] | None = None
    bare_org: bool = False
    rule: str = ""


def _from_position(s: int, e: int, pos: Position, rule: str) -> Evidence:
    return Evidence(s, e, pos.title, pos.org, pos.bare_org, rule)


def _title_name(norm: str) -> Iterator[Evidence]:
    for m in lex.patterns()["title_name"].finditer(norm):
        s = m.end()
        e = read_name(norm, s, strong=True)
        if e is None:
            continue
        pos = read_position(norm, s)
        yield _from_position(s, e, pos, "title_name")
        # 副部长徐海江、刘新华、辛建斌: every name of the list shares the title.
        while e < len(norm) - 1 and norm[e] == "、":
            e2 = read_name(norm, e + 1, strong=False)
            if e2 is None:
                break
            yield _from_position(e + 1, e2, pos, "title_list")
            e = e2


def _name_title(norm: str) -> Iterator[Evidence]:
    for m in lex.patterns()["name_title"].finditer(norm):
        word = m.group("title")
        personal = word in _PERSONAL
        if lex.patterns()["title_breaker"].match(norm, m.end() - 1):
            continue
        s = name_before(norm, m.start(), strong=not personal, single=not personal)
        if s is None:
            continue
        title = None if personal else (m.start(), m.end())
        # 人劳司何敏同志: a body written right before the name is its organisation.
        o = org_chain_ending(norm, s)
        org = (o, s) if o is not None else None
        yield Evidence(s, m.start(), title, org, False, "name_title")


def _given_name(norm: str) -> Iterator[Evidence]:
    for m in lex.patterns()["given_name"].finditer(norm):
        name = m.group("name")
        if name[-1] in "委部省市县区党组" or lex.nonname_matcher().match(name):
            continue
        yield Evidence(m.start("name"), m.end("name"), m.span("title"), None, False, "given")


def _core_formula(norm: str) -> Iterator[Evidence]:
    for m in lex.patterns()["core_formula"].finditer(norm):
        s, e = m.span("name")
        if not plausible(norm, s, e, strong=False):
            continue
        if m.group("title") == "核心":
            yield Evidence(s, e, None, None, False, "core")
        else:
            yield Evidence(s, e, m.span("title"), m.span("org"), False, "core")


def _subjects(norm: str) -> Iterator[Evidence]:
    verb = lex.patterns()["subject_verb"]
    for m in lex.patterns()["subject"].finditer(norm):
        s = m.end()
        e = read_name(norm, s, strong=False)
        if e is not None and verb.match(norm, e):
            yield Evidence(s, e, None, None, False, "subject")


def _lists(norm: str) -> Iterator[Evidence]:
    for m in lex.patterns()["name_list"].finditer(norm):
        pos = m.start("list")
        spans: list[tuple[int, int]] = []
        for part in m.group("list").split("、"):
            e = pos + len(part)
            if not plausible(norm, pos, e, strong=False):
                spans = []
                break
            spans.append((pos, e))
            pos = e + 1
        for s, e in spans:
            yield Evidence(s, e, None, None, False, "list")


def _bylines(norm: str) -> Iterator[Evidence]:
    """A line that is only a name, maybe spaced or after a title (校长 张立柱, 王　建　国).

    Only the head and the tail of a text carry bylines and signatures.
    """
    pats = lex.patterns()
    lines = norm.split("\n")
    filled = sum(1 for ln in lines if ln.strip())
    offset = 0
    seen = 0  # non-empty lines so far
    prev_end: int | None = None  # end of a previous line that closes with a title
    for line in lines:
        seen += bool(line.strip())
        near = seen <= _BYLINE_HEAD or seen > filled - _BYLINE_TAIL
        m = pats["byline_name"].match(line) if near and len(line) <= 40 else None
        t = pats["byline_titled"].match(line) if near and len(line) <= 60 and not m else None
        if m:
            s, e = offset + m.start("name"), offset + m.end("name")
            if _plain_name(m.group("name").replace(" ", "")):
                pos = read_position(norm, prev_end) if prev_end is not None else Position()
                yield Evidence(s, e, pos.title, pos.org, pos.bare_org, "byline")
        elif t:
            s, e = offset + t.start("name"), offset + t.end("name")
            pos = read_position(norm, s)
            if pos.title is not None and _plain_name(t.group("name")):
                yield _from_position(s, e, pos, "byline")
        stripped = line.rstrip()
        if stripped:
            prev_end = None
        if stripped and not m:
            end = offset + len(stripped)
            pos = read_position(norm, end)
            if pos.title is not None and pos.title[1] == end:
                prev_end = end
        offset += len(line) + 1


def _authors(norm: str) -> Iterator[Evidence]:
    """作者:程远舟(浙江省社会科学院研究员): the author, with the position given in brackets or
    after a comma."""
    for m in lex.patterns()["author"].finditer(norm):
        s = m.end()
        e = read_name(norm, s, strong=False)
        if e is None:
            continue
        pos = _bracketed_position(norm, e)
        if pos.title is None and norm.startswith(",", e):
            # 作者:许明远,北京市社会科学院副院长: the position fills the rest of the line.
            line_end = norm.find("\n", e)
            stop = e + len(norm[e : line_end if line_end >= 0 else len(norm)].rstrip())
            tail = read_position(norm, stop) if stop - e <= 40 else Position()
            if tail.title is not None and tail.title[1] == stop:
                pos = tail
        yield _from_position(s, e, pos, "author")


def _bracketed_position(norm: str, e: int) -> Position:
    """The position written in brackets right after a name: 程远舟(浙江省社会科学院研究员)."""
    if norm.startswith("(", e):
        close = norm.find(")", e, e + 40)
        if close > 0:
            return read_position(norm, close)
    return Position()


def _contacts(norm: str) -> Iterator[Evidence]:
    """联系人：市场与信息化司 邵雨桐 苏启航: the named contacts, with the body written first or
    their position in brackets after the name (联系人：郑某某(市住建局城市更新科科长))."""
    for m in lex.patterns()["contact"].finditer(norm):
        pos = m.start("rest")
        org: tuple[int, int] | None = None
        for token in regex.split(_CONTACT_SEP, m.group("rest")):
            start, pos = pos, pos + len(token)
            if not token or regex.fullmatch(_CONTACT_SEP, token):
                continue
            if _plain_name(token):
                bracketed = _bracketed_position(norm, pos)
                if bracketed.title is not None:
                    yield _from_position(start, pos, bracketed, "contact")
                    break  # the bracket holds the rest of the contact line
                yield Evidence(start, pos, None, org, False, "contact")
            elif org is None and (q := org_chain_ending(norm, pos)) is not None and q >= start:
                org = (start, pos)  # the department the contacts work in
            else:
                break  # 电话：…: the names are over


def _plain_name(name: str) -> bool:
    e = read_name(name, 0, strong=False)
    return e == len(name)


def _dotted(norm: str, found: list[Evidence]) -> list[Evidence]:
    """Dotted names (热地·阿不都拉); a name after a list comma shares the title before it."""
    out: list[Evidence] = []
    for s, e, pos, worded in dotted_names(norm):
        ev = _from_position(s, e, pos, "dotted")
        if ev.title is None and s >= 1 and norm[s - 1] == "、":
            prev = next((p for p in found + out if p.end == s - 1 and p.title), None)
            if prev is not None:
                ev.title, ev.org, ev.bare_org = prev.title, prev.org, prev.bare_org
        if ev.title is not None or worded:
            out.append(ev)
    return out


def find_evidence(norm: str) -> list[Evidence]:
    """Every place that shows a person, in text order (duplicates allowed)."""
    out: list[Evidence] = []
    for finder in (_title_name, _name_title, _given_name, _core_formula, _subjects, _lists,
                   _bylines, _authors, _contacts):
        out.extend(finder(norm))
    dotted = _dotted(norm, out)
    # 艾尔肯·吐尼亚孜: a reading of one part alone is not another person.
    out = [ev for ev in out if not any(d.start < ev.end and ev.start < d.end for d in dotted)]
    out.extend(dotted)
    out.sort(key=lambda ev: (ev.start, -(ev.end - ev.start)))
    return out


def credit_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of names in bylines and credits (记者 张三, 郭天虎 摄)."""
    spans = []
    for pid in ("credit_before", "credit_after"):
        for m in lex.patterns()[pid].finditer(norm):
            spans.append(m.span("name"))
    return spans


__all__ = ["Evidence", "credit_spans", "find_evidence", "post_ok"]
