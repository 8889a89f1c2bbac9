"""Finder results → pydantic models: the only place result models are created."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from policyparse.models import (
    DateMention,
    Directive,
    Enumeration,
    Mention,
    Official,
    Program,
    Quantity,
    Speech,
)
from policyparse.rules.context import Context, Result
from policyparse.rules.dates import SPEECH_KINDS


def _span(text: str, start: Any, end: Any) -> tuple[int, int]:
    # A finder returning offsets outside the text is a bug: fail loudly, never shift silently.
    s, e = int(start), int(end)
    if not 0 <= s <= e <= len(text):
        raise AssertionError(f"finder returned span {s}:{e} outside a text of {len(text)} chars")
    return s, e


def _located(text: str, row: Result, skip: Iterable[str] = ()) -> dict[str, Any]:
    s, e = _span(text, row["start"], row["end"])
    out = {k: v for k, v in row.items() if k not in {"start", "end", *skip}}
    out.update(text=text[s:e], start=s, end=e)
    return out


def _mentions(text: str, spans: Sequence[Sequence[int]]) -> list[Mention]:
    out = []
    for start, end in spans:
        s, e = _span(text, start, end)
        out.append(Mention(text=text[s:e], start=s, end=e))
    return out


def dates_from(ctx: Context) -> list[DateMention]:
    """DateMention models from the ``dates`` stage."""
    rows = ctx.results.get("dates", [])
    return [DateMention(**_located(ctx.text, r, skip=("year_part",))) for r in rows]


def speech_dates_from(ctx: Context) -> list[DateMention]:
    """The dates a speech reports (GUIDELINES §dates): without named days, lunar dates and
    windows counted from doc_date, but with the year written before a named day (今年春节)."""
    out = []
    for r in ctx.results.get("dates", []):
        row = r if r["kind"] in SPEECH_KINDS else r.get("year_part")
        if row:
            out.append(DateMention(**_located(ctx.text, row, skip=("year_part",))))
    return out


def quantities_from(ctx: Context) -> list[Quantity]:
    """Quantity models from the ``quantities`` stage."""
    return [Quantity(**_located(ctx.text, r)) for r in ctx.results.get("quantities", [])]


def programs_from(ctx: Context) -> list[Program]:
    """Program models (one per canonical name, every mention kept)."""
    out = []
    for r in ctx.results.get("programs", []):
        fields = _located(ctx.text, r, skip=("mentions",))
        out.append(Program(**fields, mentions=_mentions(ctx.text, r.get("mentions") or [])))
    return out


def officials_from(ctx: Context) -> list[Official]:
    """Official models (one per person, every mention kept)."""
    out = []
    for r in ctx.results.get("officials", []):
        fields = {k: v for k, v in r.items() if k != "mentions"}
        out.append(Official(**fields, mentions=_mentions(ctx.text, r.get("mentions") or [])))
    return out


def speakers_from(ctx: Context, officials: Sequence[Official]) -> list[Official]:
    """The speakers, with the title and organisation their Official record has."""
    by_name = {o.name: o for o in officials}
    names = dict.fromkeys(r["name"] for r in ctx.results.get("speakers", []))
    return [by_name.get(name) or Official(name=name) for name in names]


class _Index:
    """Located things sorted by start, so each directive finds what lies inside it quickly."""

    def __init__(self, items: Sequence[tuple[int, int, Any]]) -> None:
        self.items = sorted(items, key=lambda t: (t[0], t[1]))
        self.starts = [t[0] for t in self.items]

    def within(self, start: int, end: int) -> list[Any]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [obj for s, e, obj in self.items[lo:hi] if e <= end]


class _Attach:
    def __init__(
        self,
        dates: Sequence[DateMention],
        quantities: Sequence[Quantity],
        programs: Sequence[Program],
        officials: Sequence[Official],
    ) -> None:
        self.dates = _Index([(d.start, d.end, d) for d in dates])
        self.quantities = _Index([(q.start, q.end, q) for q in quantities])
        self.programs = _Index([(m.start, m.end, p.name) for p in programs for m in p.mentions])
        self.officials = _Index([(m.start, m.end, o.name) for o in officials for m in o.mentions])

    def fields(self, start: int, end: int) -> dict[str, Any]:
        return {
            "dates": self.dates.within(start, end),
            "quantities": self.quantities.within(start, end),
            "programs": list(dict.fromkeys(self.programs.within(start, end))),
            "officials": list(dict.fromkeys(self.officials.within(start, end))),
        }


def _enumeration(
    text: str, row: Result, attach: _Attach, priorities: list[Directive]
) -> Enumeration:
    items = []
    for it in row["items"]:
        s, e = _span(text, it["start"], it["end"])
        sublists = [_enumeration(text, sub, attach, priorities) for sub in it.get("sublists") or []]
        item = Directive(
            text=text[s:e],
            start=s,
            end=e,
            marker=it["marker"],
            ordinal=int(it["ordinal"]),
            heading=it["heading"],
            sublists=sublists,
            **attach.fields(s, e),
        )
        if it.get("priority"):
            priorities.append(item)
        items.append(item)
    start, end = _span(text, row["start"], row["end"])
    family = row.get("family", "")
    return Enumeration(kind=row["kind"], family=family, items=items, start=start, end=end)


def enumerations_from(
    ctx: Context,
    dates: Sequence[DateMention] = (),
    quantities: Sequence[Quantity] = (),
    programs: Sequence[Program] = (),
    officials: Sequence[Official] = (),
) -> tuple[list[Enumeration], list[Directive]]:
    """The list tree and the priorities (items flagged by the enumeration finder), in text order."""
    attach = _Attach(dates, quantities, programs, officials)
    priorities: list[Directive] = []
    rows = ctx.results.get("enumerations", [])
    enums = [_enumeration(ctx.text, row, attach, priorities) for row in rows]
    priorities.sort(key=lambda d: d.start)
    return enums, priorities


def speech_from(ctx: Context, *, segmenter: str | None = None) -> Speech:
    """Assemble the Speech of a context on which every stage has run."""
    meta = (ctx.results.get("doc_meta") or [{}])[0]
    dates = speech_dates_from(ctx)
    quantities = quantities_from(ctx)
    programs = programs_from(ctx)
    officials = officials_from(ctx)
    enums, priorities = enumerations_from(ctx, dates, quantities, programs, officials)
    doc_date: dt.date | None = ctx.doc_date
    return Speech(
        doc_date=doc_date,
        title=meta.get("title"),
        speakers=speakers_from(ctx, officials),
        officials=officials,
        enumerations=enums,
        priorities=priorities,
        programs=programs,
        dates=dates,
        quantities=quantities,
        n_chars=len(ctx.text),
        segmenter=segmenter,
    )
