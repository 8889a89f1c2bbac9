"""What a list enumerates: achievement, challenge, task or other (GUIDELINES §enumerations).

Cue words (``data/lexicons/list_cues.tsv``) are weighed in the list's introduction, the
headings of its items and the headings of the items that enclose it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex
from pydantic import BaseModel, ConfigDict

from policyparse.data import load_rows

KINDS = ("task", "achievement", "challenge", "other")  # ties go to the first
_LABEL_MAX = 24  # a section label is short: 2016年工作回顾, 推进数字政府建设的总体要求


class CueRow(BaseModel):
    """One row of ``list_cues.tsv``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    cue: str
    kind: str
    where: str
    weight: float


@dataclass(frozen=True)
class ListView:
    """What the classifier reads of one list (all strings taken from the normalised text)."""

    intro: str  # the sentence before the list's lead-in clause
    lead: str  # the clause that leads into the list (主要基于两方面考虑：)
    headings: Sequence[str]
    parent: str  # heading of the enclosing item, "" at top level
    ancestors: Sequence[str]  # headings of every enclosing item
    family: str = ""  # the marker family (yao for 一要/二要: "we must" lists tasks)


@functools.cache
def _cues() -> dict[str, tuple[CueRow, ...]]:
    by_where: dict[str, list[CueRow]] = {}
    for row in load_rows("list_cues", CueRow):
        by_where.setdefault(row.where, []).append(row)
    # Longest first, so a head cue matches 进一步 before 进.
    return {w: tuple(sorted(rows, key=lambda r: -len(r.cue))) for w, rows in by_where.items()}


@functools.cache
def _matcher(where: str) -> tuple[regex.Pattern[str], dict[str, CueRow]]:
    # One alternation, longest cue first: 补短板 (task) is read before 短板 (challenge) can be,
    # and weight-0 words (主要, 需要) shield the 要 inside them.
    rows = {r.cue: r for r in _cues().get(where, ())}
    alternation = "|".join(regex.escape(c) for c in sorted(rows, key=lambda c: (-len(c), c)))
    return regex.compile(alternation or r"(?!)"), rows


@functools.cache
def _edge(where: str, at_end: bool) -> tuple[regex.Pattern[str], dict[str, CueRow]]:
    # Anchored alternation: head cues open a heading, label cues close one.
    rows = {r.cue: r for r in _cues().get(where, ())}
    alternation = "|".join(regex.escape(c) for c in sorted(rows, key=lambda c: (-len(c), c)))
    template = r"(?:{})\Z" if at_end else r"\A(?:{})"
    return regex.compile(template.format(alternation) if rows else r"(?!)"), rows


def _found(where: str, text: str) -> Iterator[CueRow]:
    """Cue rows of ``where`` read in ``text`` left to right, longest first, without overlaps."""
    pattern, rows = _matcher(where)
    for m in pattern.finditer(text):
        yield rows[m.group()]


def _found_unframed(text: str) -> Iterator[CueRow]:
    """Intro cues of ``text``, without the challenges a framing verb turns into circumstance
    (面对多重困难挑战，…取得了新的成效: the difficulties frame the achievements)."""
    pattern, rows = _matcher("intro")
    frame, _ = _matcher("frame")
    for m in pattern.finditer(text):
        row = rows[m.group()]
        if row.kind == "challenge":
            clause = regex.split(r"[,;:，；：。]", text[: m.start()])[-1]
            if frame.search(clause):
                continue
        yield row


def is_outline(headings: Sequence[str]) -> bool:
    """Whether the items name sections (总体要求, 工作回顾) rather than points of one kind.

    Example:
        >>> is_outline(["2017年工作回顾", "2018年主要任务"])
        True
    """
    label, _ = _edge("label", at_end=True)
    head, head_rows = _edge("head", at_end=False)
    for h in headings:
        h = h.rstrip("。.,;:")
        found = label.search(h) if len(h) <= _LABEL_MAX else None
        # 加强组织领导 is a task that ends like a label; 实施…的总体要求 is still a label.
        if found and (found.start() == 0 or h[found.start() - 1] == "的" or not head.match(h)):
            return True
        opener = head.match(h)
        word = opener.group() if opener is not None else "关于"  # 关于… names a topic
        if word != "关于" and head_rows[word].kind == "task":
            continue  # 认清形势、坚定信心: a task that names the situation, not a section
        if next(_found("outline", h), None) is not None:
            return True
    return False


def classify(view: ListView) -> str:
    """The kind of a list.

    Example:
        >>> classify(ListView("", "面临不少困难:", ["核心技术仍受制于人", "产品质量偏低"], "", []))
        'challenge'
    """
    if is_outline(view.headings):
        return "other"
    cues = _cues()
    score = dict.fromkeys(KINDS, 0.0)
    lead = {r.cue: r for r in _found_unframed(view.lead)}
    intro = {r.cue: r for r in _found_unframed(view.intro) if r.cue not in lead}
    # A lead that announces the list by name (必须贯彻以下原则：) outweighs the sentence before it.
    factor = 4 if regex.search(r"以下|如下|下列|下述", view.lead) else 2
    for r in lead.values():
        score[r.kind] += factor * r.weight
    for r in intro.values():
        score[r.kind] += r.weight
    for r in cues.get("family", ()):
        if r.cue == view.family:
            score[r.kind] += r.weight
    for r in cues.get("parent", ()):
        if r.cue in view.parent:
            score[r.kind] += r.weight
    for r in cues.get("ancestor", ()):
        if any(r.cue in a for a in view.ancestors):
            score[r.kind] += r.weight
    n = max(1, len(view.headings))
    head, head_rows = _edge("head", at_end=False)
    for h in view.headings:
        found = head.match(h)
        if found is not None:
            r = head_rows[found.group()]
            score[r.kind] += r.weight / n
        for r in {r.cue: r for r in _found("item", h)}.values():
            score[r.kind] += r.weight / n
    return max(KINDS, key=lambda k: score[k])
