"""Measured amounts (GUIDELINES §quantities): value, unit, approximation, kind and context.

Candidates come from quantity_spans, quantity_filters drops what is not an amount, and
quantity_attrs reads kind, direction, subject and deadline from the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from policyparse.rules.context import Context, Result
from policyparse.rules.dates import SPEECH_KINDS
from policyparse.rules.quantity_attrs import describe
from policyparse.rules.quantity_filters import Spans, blocked_ranges, rejected
from policyparse.rules.quantity_spans import Candidate, find_candidates


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, leftmost first, the longest at a shared start."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept


# A list led in as goals (主要目标是：, 发展目标如下：) lists targets whatever its own kind.
_GOAL_LEAD = regex.compile(r"(?:目标|指标)(?:是|为|包括|如下|主要有)?[:：]\s*$")
_LEAD_REACH = 12


def _list_kinds(enums: list[Result], positions: list[int], norm: str) -> list[str]:
    """For each position (ascending), the kind of the list whose item holds it innermost, or "";
    "goal" for a list introduced as goals (主要目标是：——…, whatever its kind).

    One sweep over items and positions in start order, with a stack of open items: linear.
    """
    items: list[tuple[int, int, str]] = []
    for lst, it in _items(enums):
        first = int(lst["items"][0]["start"])
        goal = _GOAL_LEAD.search(norm, max(0, first - _LEAD_REACH), first)
        items.append((int(it["start"]), int(it["end"]), "goal" if goal else str(lst["kind"])))
    items.sort(key=lambda t: (t[0], -t[1]))
    kinds: list[str] = []
    open_items: list[tuple[int, int, str]] = []
    i = 0
    for pos in positions:
        while i < len(items) and items[i][0] <= pos:
            open_items.append(items[i])
            i += 1
        # Items nest or are disjoint, so once the closed ones are popped from the top, the
        # top item (if any) is the innermost one containing pos. A closed item left under an
        # open sibling is never on top while it is closed.
        while open_items and open_items[-1][1] <= pos:
            open_items.pop()
        kinds.append(open_items[-1][2] if open_items else "")
    return kinds


def _items(enums: list[Result]) -> Iterator[tuple[Result, Result]]:
    """Every (list, item) pair of the (nested) enumerations."""
    stack = list(enums)
    while stack:
        lst = stack.pop()
        for it in lst["items"]:
            yield lst, it
            stack.extend(it.get("sublists") or [])


def _marker_spans(enums: list[Result]) -> list[tuple[int, int]]:
    """Where the list markers of every (nested) enumeration are written."""
    return [(int(it["start"]), int(it["start"]) + len(it["marker"])) for _, it in _items(enums)]


def _past_date_ends(ctx: Context) -> list[int]:
    """End offsets of the speech dates that ended before doc_date (a figure after them reports)."""
    if ctx.doc_date is None:
        return []
    doc_day = ctx.doc_date.isoformat()  # result values are ISO strings: they sort as dates
    ends = []
    for d in ctx.results.get("dates") or []:
        last = d.get("value_end")
        if d["kind"] in SPEECH_KINDS and last is not None and last < doc_day:
            if ctx.norm[max(0, int(d["start"]) - 1) : int(d["start"])] in ("比", "较"):
                continue  # 比去年增长15%: the base of a comparison, not the period reported
            if regex.match(r"的?基础上", ctx.norm[int(d["end"]) : int(d["end"]) + 3]):
                continue  # 在去年基础上降低1个百分点: the base of a change
            ends.append(int(d["end"]))
    return sorted(ends)


def find_quantities(ctx: Context) -> list[Result]:
    """Find measured amounts in ``ctx.norm`` (numbers with units, percentages, fractions).

    Args:
        ctx: the context; ``results["dates"]`` (when present) blocks date spans.

    Returns:
        Result dicts sorted by start, non-overlapping, with ``start``, ``end``, ``value``,
        ``value_max``, ``unit``, ``approx``, ``kind``, ``direction``, ``subject``,
        ``deadline`` and ``rule``.

    Example:
        >>> from policyparse.stages import run
        >>> ctx = run("重点培育3家左右省级创新中心", ["quantities"])
        >>> [(q["value"], q["unit"], q["approx"], q["kind"]) for q in ctx.results["quantities"]]
        [(3.0, '家', True, 'target')]
    """
    norm, text = ctx.norm, ctx.text
    # Only the speech's date kinds block: whether 三个月内 is an amount is the quantity rules' call.
    dates = Spans(
        [
            (int(d["start"]), int(d["end"]))
            for d in ctx.results.get("dates") or []
            if d["kind"] in SPEECH_KINDS
        ]
    )
    blocked = blocked_ranges(norm)
    markers = Spans(_marker_spans(ctx.results.get("enumerations") or []))
    cands = []
    for c in find_candidates(norm, text):
        if rejected(c, norm, blocked) is not None or ctx.in_boilerplate(c.start, c.end):
            continue
        if dates.overlaps(c.start, c.end):
            continue  # GUIDELINES §quantities: dates are not quantities
        if markers.overlaps(c.start, c.end):
            continue  # 3.2025年底前: the 3. is a list marker, not 3.2025 years
        cands.append(c)
    past_ends = _past_date_ends(ctx)
    results: list[Result] = []
    selected = _select(cands)
    kinds = _list_kinds(ctx.results.get("enumerations") or [], [c.start for c in selected], norm)
    for c, list_kind in zip(selected, kinds, strict=True):
        attrs = describe(c, norm, text, ctx.doc_date, list_kind, past_ends)
        results.append(
            {
                "start": c.start,
                "end": c.end,
                "value": float(c.value),
                "value_max": None if c.value_max is None else float(c.value_max),
                "unit": c.unit,
                **attrs,
                "rule": f"quantities.{c.family}",
            }
        )
    return results
