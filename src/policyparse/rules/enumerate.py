"""Enumerated lists (一是…二是…, （一）…) as a tree of items with headings, kinds and priorities.

Markers come from ``markers.py``, the list tree from ``enum_tree.py`` and the kind from
``enum_kind.py``; this module turns the tree into the finder's plain dicts.
"""

from __future__ import annotations

from policyparse.rules.context import Context, Result
from policyparse.rules.enum_kind import ListView, classify
from policyparse.rules.enum_tree import Item, TreeList, build_tree
from policyparse.rules.markers import find_markers

_HEADING_STOP = "。;!?\n"  # GUIDELINES: a heading ends at 。；;！!？? or a line break
_LEAD = " \t\xa0,、:"  # removed before a heading (，,、：: after folding, and indentation)
_TRAIL = " \t\xa0,、:"
_INTRO_CHARS = 160  # how far back the introduction of a list may reach
_SENTENCE_END = "。!?"


def _heading_span(norm: str, it: Item, stop: int) -> tuple[int, int]:
    """The heading of ``it``: after its marker, up to a stop character or ``stop``."""
    s = it.marker.end
    while s < stop and norm[s] in _LEAD:
        s += 1
    e = s
    while e < stop and norm[e] not in _HEADING_STOP:
        e += 1
    while e > s and norm[e - 1] in _TRAIL:
        e -= 1
    return s, e


def _intro(norm: str, start: int, floor: int) -> tuple[str, str]:
    """The introduction of a list starting at ``start``: (previous sentence, lead-in clause).

    The lead-in is the last sentence before the marker (``今年要抓好三项工作：``); the sentence
    before it often names the topic too (GUIDELINES §enumerations: kind from the introduction).
    A nested list's introduction stays inside its enclosing item (from ``floor``).
    """
    lo = max(floor, start - _INTRO_CHARS)
    window = norm[lo:start].rstrip()
    lead_from = _last_end(window, len(window) - 1) + 1
    prev_from = _last_end(window, lead_from - 1) + 1 if lead_from > 0 else 0
    return window[prev_from:lead_from], window[lead_from:]


def _last_end(s: str, stop: int) -> int:
    """The offset of the last sentence end in ``s[:stop]``, or -1."""
    return max(s.rfind(c, 0, max(0, stop)) for c in _SENTENCE_END)


class _Emitter:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def headings(self, lst: TreeList) -> list[tuple[int, int]]:
        spans = []
        for j, it in enumerate(lst.items):
            stop = lst.items[j + 1].marker.start if j + 1 < len(lst.items) else it.end
            spans.append(_heading_span(self.ctx.norm, it, stop))
        return spans

    def _sublists(
        self, lst: TreeList, ancestors: list[str], heads: list[str], inner: bool
    ) -> list[list[Result]]:
        return [
            [self.emit(s, [*ancestors, nh], inner, it.marker.end) for s in it.sublists]
            for it, nh in zip(lst.items, heads, strict=True)
        ]

    @staticmethod
    def _mixes_review(lst: TreeList, subs: list[list[Result]]) -> bool:
        """Whether the items hold a review (an achievement list) and, elsewhere, tasks.

        A review inside a task section (扎实做好收官工作: 一是…成效, then （一）…任务) is its
        background: only an item that reviews without tasks makes the list an outline."""
        kinds = [{s["kind"] for s in item_subs} for item_subs in subs]
        review = any("achievement" in k and "task" not in k for k in kinds)
        return review and len(lst.items) >= 2 and any("task" in k for k in kinds)

    def emit(self, lst: TreeList, ancestors: list[str], under_task: bool, floor: int) -> Result:
        norm, text = self.ctx.norm, self.ctx.text
        spans = self.headings(lst)
        norm_heads = [norm[s:e] for s, e in spans]
        intro, lead = _intro(norm, lst.start, floor)
        view = ListView(
            intro=intro,
            lead=lead,
            headings=norm_heads,
            parent=ancestors[-1] if ancestors else "",
            ancestors=ancestors,
            family=lst.items[0].marker.family if lst.items else "",
        )
        kind = classify(view)
        subs = self._sublists(lst, ancestors, norm_heads, under_task or kind == "task")
        if kind != "other" and not under_task and self._mixes_review(lst, subs):
            # GUIDELINES: a report's outline that mixes a review with tasks is `other`, and
            # the task lists inside its sections carry the priorities.
            if kind == "task":
                subs = self._sublists(lst, ancestors, norm_heads, False)
            kind = "other"
        priority = kind == "task" and not under_task
        items: list[Result] = []
        for it, (hs, he), sub in zip(lst.items, spans, subs, strict=True):
            items.append(
                {
                    "marker": text[it.marker.start : it.marker.end].strip(),
                    "ordinal": len(items) + 1 if it.marker.ordinal <= 0 else it.marker.ordinal,
                    "heading": text[hs:he],
                    "start": it.marker.start,
                    "end": it.end,
                    "priority": priority,
                    "sublists": sub,
                }
            )
        return {
            "kind": kind,
            "family": lst.family.name,
            "start": lst.start,
            "end": lst.end,
            "items": items,
        }


def find_enumerations(ctx: Context) -> list[Result]:
    """The top-level enumerated lists of the text, in text order, with nested sublists.

    Each list is ``{"kind", "family", "start", "end", "items"}``; each item carries
    ``marker``, ``ordinal``, ``heading``, ``start``, ``end``, ``priority`` and ``sublists``.

    Example:
        >>> from policyparse.stages import run
        >>> ctx = run("今年要抓好两项工作:一是稳增长;二是调结构。", ["enumerations"])
        >>> [it["heading"] for it in ctx.results["enumerations"][0]["items"]]
        ['稳增长', '调结构']
    """
    markers = [m for m in find_markers(ctx.norm) if not ctx.in_boilerplate(m.start, m.end)]
    bound = len(ctx.norm.rstrip())
    roots = build_tree(ctx.norm, markers, bound=bound)
    emitter = _Emitter(ctx)
    return [emitter.emit(lst, [], False, 0) for lst in roots]
