"""The extraction stages, their order and dependencies, and a spaCy-free runner.

Both the spaCy components and the standalone ``extract_*`` functions run finders through
this table, so the two paths cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from policyparse.rules.context import Context, Result

Finder = Callable[[Context], list[Result]]


@dataclass(frozen=True)
class Stage:
    """A finder (``module:function``) and the stages whose results it reads."""

    target: str
    requires: tuple[str, ...] = ()

    def finder(self) -> Finder:
        module, _, func = self.target.partition(":")
        found: Finder = getattr(importlib.import_module(module), func)
        return found


# Order matters: a stage may only require stages listed before it.
STAGES: dict[str, Stage] = {
    "doc_meta": Stage("policyparse.rules.docmeta:find_doc_meta"),
    "enumerations": Stage("policyparse.rules.enumerate:find_enumerations"),
    "dates": Stage("policyparse.rules.dates:find_dates", ("doc_meta",)),
    "programs": Stage("policyparse.rules.programs:find_programs", ("doc_meta",)),
    "quantities": Stage(
        "policyparse.rules.quantities:find_quantities", ("doc_meta", "enumerations", "dates")
    ),
    "officials": Stage("policyparse.rules.officials:find_officials", ("doc_meta",)),
    "speakers": Stage("policyparse.rules.speakers:find_speakers", ("doc_meta", "officials")),
}


def run_stage(name: str, ctx: Context) -> list[Result]:
    """Run one stage on ``ctx``, store its results there, and fill in the document date."""
    results = STAGES[name].finder()(ctx)
    ctx.results[name] = results
    if name == "doc_meta" and ctx.doc_date is None and results:
        found = results[0].get("doc_date")
        ctx.doc_date = dt.date.fromisoformat(found) if found else None
    return results


def closure(names: Iterable[str]) -> list[str]:
    """The stages needed for ``names``, dependencies first, in table order."""
    wanted: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in wanted:
            wanted.add(name)
            stack.extend(STAGES[name].requires)
    return [name for name in STAGES if name in wanted]


def run(
    text: str, names: Iterable[str], *, doc_date: dt.date | None = None, detect_date: bool = False
) -> Context:
    """Run ``names`` and what they need on ``text``; return the filled context.

    Without ``detect_date`` the document's own dateline is not used as a reference date: a
    standalone ``extract_dates("今年")`` stays unresolved unless the caller passes ``doc_date``.
    """
    ctx = Context(text=text, doc_date=doc_date)
    for name in closure(names):
        run_stage(name, ctx)
        if name == "doc_meta" and not detect_date:
            ctx.doc_date = doc_date
    return ctx
