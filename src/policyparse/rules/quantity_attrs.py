"""Context of a quantity: kind (rules/quantity_kind.py), direction, subject and deadline, read
from the sentence before the number (GUIDELINES §quantities)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from policyparse.rules.quantity_kind import (
    CLAUSE_END,
    DEADLINE,
    SENTENCE_END,
    cue_pattern,
    kind_of,
    last_match,
    rx,
    sentence_start,
)
from policyparse.rules.quantity_spans import Candidate

_SUBJECT_STOP = (
    r"[的和与及等为是在将把被对向从于了着过并或而但以上下左右约近多余,.;:!?，。；：！？、“”《》()（）\s]"
)
# Adverbs between a subject and its verb (城乡居民收入分别增长, 零售量同比增长): not the subject.
_SUBJECT_TRAIL = r"(?:分别|同比|环比|比上年|较上年|比去年|累计|共|均|都)*$"
# Verbs that end a subject written after the number (6个产业营业收入超过千亿元).
_SUBJECT_VERB_WORDS = r"达到|超过|突破|增长|增加|提高|提升|下降|降低|减少|实现|完成|占|为"
_SUBJECT_REACH = 16
_SUBJECT_VERBS = (
    r"(?:达到|达|为|是|占|增长|增加|提高|提升|下降|降低|减少|超过|突破|不低于|不少于|控制在|保持在|约)+$"
)


def _direction(c: Candidate, norm: str, clause: int) -> str | None:
    head = norm[max(clause, c.start - 8) : c.start]
    up = last_match(cue_pattern("increase"), head)
    down = last_match(cue_pattern("decrease"), head)
    if up is None and down is None:
        return None
    if down is None or (up is not None and up.end() > down.end()):
        return "increase"
    return "decrease"


def _subject(c: Candidate, norm: str, text: str, clause: int) -> str | None:
    """省级创新中心 in 培育3家左右省级创新中心; else 研发投入强度 in 研发投入强度达到3%."""
    tail = norm[c.end : c.end + _SUBJECT_REACH]
    stop = rx(_SUBJECT_STOP + "|" + _SUBJECT_VERB_WORDS).search(tail)
    n = stop.start() if stop else len(tail)
    if n >= 2:
        return text[c.end : c.end + n]
    head = norm[clause : c.start]
    verb = rx(_SUBJECT_VERBS).search(head)
    if verb is None:
        return None
    phrase = head[: verb.start()]
    phrase = rx(_SUBJECT_TRAIL).sub("", phrase, count=1)
    if not phrase:
        return None
    cut = max(phrase.rfind(ch) for ch in "的是")
    start = clause + (cut + 1 if 0 <= cut < len(phrase) - 2 else 0)
    start = max(start, clause + len(phrase) - _SUBJECT_REACH)
    out = text[start : clause + len(phrase)].strip()
    return out or None


def describe(
    c: Candidate,
    norm: str,
    text: str,
    doc_date: dt.date | None,
    list_kind: str = "",
    past_ends: Sequence[int] = (),
) -> dict[str, Any]:
    """Kind, direction, subject, deadline and context approximation of one candidate.

    ``list_kind`` is the kind of the innermost list whose item holds the number, or "";
    ``past_ends`` are the sorted end offsets of dates that ended before doc_date.
    """
    sent = sentence_start(norm, c.start, SENTENCE_END)
    clause = sentence_start(norm, c.start, CLAUSE_END)
    deadline = last_match(rx(DEADLINE), norm[sent : c.start])
    approx = c.approx or bool(cue_pattern("approx_context").search(norm[clause : c.start]))
    return {
        "kind": kind_of(c, norm, sent, clause, doc_date, list_kind, past_ends),
        "direction": _direction(c, norm, clause),
        "subject": _subject(c, norm, text, clause),
        "deadline": text[sent + deadline.start() : sent + deadline.end()] if deadline else None,
        "approx": approx,
    }
