"""Titled documents: every 《》 title, and a document's own title on a line of its own."""

from __future__ import annotations

import functools

from policyparse.data import load_tsv
from policyparse.rules import program_lexicon as lex
from policyparse.rules.program_heads import Cand


@functools.cache
def _doc_kinds() -> tuple[tuple[str, str], ...]:
    rows = [(r["ending"], r["kind"]) for r in load_tsv("program_doc_kinds")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def kind_of_title(name: str) -> str:
    """The kind of a titled document from its last kind word.

    Example: ``kind_of_title("关于…的指导意见")`` is ``"opinion"``.
    """
    core = lex.patterns()["tail"].sub("", lex.key_of(name))
    for ending, kind in _doc_kinds():
        if core.endswith(ending):
            return kind
    last = None
    for last in lex.head_regex().finditer(core):  # noqa: B007 - the last head word decides
        continue
    return lex.heads()[last.group()].kind if last else "other"


def _inner(norm: str, s: int, e: int) -> tuple[int, int]:
    """Trim whitespace inside the brackets (《\\n…\\n》 in wrapped pages)."""
    while s < e and norm[s].isspace():
        s += 1
    while e > s and norm[e - 1].isspace():
        e -= 1
    return s, e


def find_titles(text: str, norm: str) -> list[Cand]:
    """《》 titles (periodicals excluded) and stand-alone title lines.

    Example: 实施《推动数字乡村建设三年行动计划(2021-2023年)》 → the title with years.
    """
    pats = lex.patterns()
    out: list[Cand] = []
    for m in pats["title"].finditer(norm):
        s, e = _inner(norm, *m.span("name"))
        name = lex.clean_name(text[s:e])
        if not name or lex.key_of(norm[s:e]).endswith(lex.non_title_endings()):
            continue
        out.append(Cand(s, e, name, kind_of_title(name), "title", title=True))
    for m in pats["title_line"].finditer(norm):
        s, e = _inner(norm, *m.span("name"))
        name = lex.clean_name(text[s:e])
        out.append(Cand(s, e, name, kind_of_title(name), "title_line", title=True))
    for m in pats["title_head"].finditer(norm):
        s, e = m.start("name"), m.end("rest")
        s, e = _inner(norm, s, e)
        name = lex.clean_name(text[s:e])
        out.append(Cand(s, e, name, kind_of_title(name), "title_line2", title=True))
    return out
