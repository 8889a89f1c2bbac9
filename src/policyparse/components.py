"""spaCy glue: one thin component per extraction stage, registered as ``policyparse_<stage>``.

A component runs its stage's finder on the Doc's text and keeps the plain results in
``doc.user_data["pp_<stage>"]`` (msgpack-safe, so ``nlp.pipe(n_process>1)`` ships them), and
exposes them as spans in ``doc.spans["pp_<stage>"]`` for spaCy users.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from policyparse.rules.context import Context, Result
from policyparse.stages import STAGES, run_stage

NORM_KEY = "pp_norm"
DOC_DATE_KEY = "pp_doc_date"


def result_key(stage: str) -> str:
    """The ``doc.user_data`` key (and span-group key) of a stage's results."""
    return f"pp_{stage}"


def context_from_doc(doc: Doc) -> Context:
    """A finder context over ``doc.text`` with the results of the stages that already ran."""
    given = doc.user_data.get(DOC_DATE_KEY)
    ctx = Context(
        text=doc.text,
        norm=doc.user_data.get(NORM_KEY, ""),
        doc_date=dt.date.fromisoformat(given) if given else None,
        results={s: doc.user_data[result_key(s)] for s in STAGES if result_key(s) in doc.user_data},
    )
    doc.user_data[NORM_KEY] = ctx.norm
    return ctx


_SPAN_STAGES = ("dates", "quantities", "programs", "officials", "enumerations")


def _span_rows(stage: str, results: list[Result]) -> list[tuple[int, int, str, Any]]:
    rows: list[tuple[int, int, str, Any]] = []
    if stage in ("dates", "quantities"):
        rows = [(r["start"], r["end"], str(r.get("kind", stage)), r) for r in results]
    elif stage in ("programs", "officials"):
        for r in results:
            label = str(r.get("kind") or stage)
            rows.extend((s, e, label, r.get("name")) for s, e in r.get("mentions") or [])
    elif stage == "enumerations":
        stack = list(results)
        while stack:
            lst = stack.pop()
            for it in lst["items"]:
                rows.append((it["start"], it["end"], str(lst["kind"]), it["marker"]))
                stack.extend(it.get("sublists") or [])
    return rows


class StageComponent:
    """Runs one policyparse stage on a Doc."""

    def __init__(self, stage: str) -> None:
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_from_doc(doc)
        results = run_stage(self.stage, ctx)
        doc.user_data[result_key(self.stage)] = results
        if self.stage == "doc_meta" and ctx.doc_date is not None:
            doc.user_data[DOC_DATE_KEY] = ctx.doc_date.isoformat()
        if self.stage in _SPAN_STAGES:
            spans = []
            rows = sorted(_span_rows(self.stage, results), key=lambda r: (r[0], r[1]))
            for start, end, label, value in rows:
                # pkuseg may split inside a mention: expand to whole tokens, keep the exact span.
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    span._.pp_exact = (start, end)
                    span._.pp_value = value
                    spans.append(span)
            doc.spans[result_key(self.stage)] = spans
        return doc


def register_extensions() -> None:
    """Register the ``pp_*`` span extensions (idempotent)."""
    for name in ("pp_exact", "pp_value"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def _make(stage: str) -> StageComponent:
    register_extensions()
    return StageComponent(stage)


@Language.factory("policyparse_doc_meta", assigns=["doc.user_data"])
def make_doc_meta(nlp: Language, name: str) -> StageComponent:
    """Document date, title and boilerplate ranges."""
    return _make("doc_meta")


@Language.factory("policyparse_enumerations", assigns=["doc.spans"])
def make_enumerations(nlp: Language, name: str) -> StageComponent:
    """Enumerated directives (一是…, （一）…) as a list tree."""
    return _make("enumerations")


@Language.factory("policyparse_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> StageComponent:
    """Dates with calendar values."""
    return _make("dates")


@Language.factory("policyparse_programs", assigns=["doc.spans"])
def make_programs(nlp: Language, name: str) -> StageComponent:
    """Named programmes."""
    return _make("programs")


@Language.factory("policyparse_quantities", assigns=["doc.spans"])
def make_quantities(nlp: Language, name: str) -> StageComponent:
    """Quantities and targets."""
    return _make("quantities")


@Language.factory("policyparse_officials", assigns=["doc.spans"])
def make_officials(nlp: Language, name: str) -> StageComponent:
    """Officials with titles and organisations."""
    return _make("officials")


@Language.factory("policyparse_speakers", assigns=["doc.user_data"])
def make_speakers(nlp: Language, name: str) -> StageComponent:
    """The speakers among the officials."""
    return _make("speakers")
