"""The public functions: parse_speech, parse_many, load_pipeline and the standalone extractors."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from policyparse import build
from policyparse.errors import Errors, InputTypeError, PolicyparseError
from policyparse.models import DateMention, Enumeration, Official, Program, Quantity, Speech
from policyparse.pipeline import Segmenter, build_pipeline
from policyparse.rules.numerals import parse_number as _parse_number
from policyparse.stages import run

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DateLike = dt.date | str | None


def check_text(text: Any) -> str:
    """``text`` itself, or [PP001] when it is not a str (bytes, None, a number)."""
    if not isinstance(text, str):
        raise InputTypeError(Errors.E001.format(type=type(text).__name__))
    return text


_DATE_STRING = re.compile(r"(?P<y>\d{4})(?:[-/.]|年)(?P<m>\d{1,2})(?:[-/.]|月)(?P<d>\d{1,2})日?")


def check_date(value: Any) -> dt.date | None:
    """A reference date from a date, a datetime or a string with year, month and day
    (2018-04-12, 2018/4/12, 2018年4月12日); [PP002] otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        # 2018-04-12, 2018/4/12, 2018.04.12, 2018年4月12日: year, month and day in that order.
        m = _DATE_STRING.fullmatch(unicodedata.normalize("NFKC", value).strip())
        if m:
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                pass
    raise PolicyparseError(Errors.E002.format(value=value))


@functools.cache
def load_pipeline(segmenter: Segmenter = "pkuseg") -> Language:
    """The default spaCy pipeline, built on first use and cached.

    Example:
        >>> nlp = load_pipeline("char")
        >>> doc = nlp("一是加快发展。二是深化改革。")
        >>> [s.text for s in doc.spans["pp_enumerations"]][:1]
        ['一是加快发展。']
    """
    # spacy-pkuseg prints a notice when it reads the 0.0.25 model's pickle; it is expected here.
    with contextlib.redirect_stderr(io.StringIO()):
        nlp: Language = build_pipeline(segmenter)
    return nlp


def _speech_from_doc(doc: Doc, segmenter: str | None) -> Speech:
    from policyparse.components import context_from_doc

    return build.speech_from(context_from_doc(doc), segmenter=segmenter)


def _segmenter_of(nlp: Language) -> str | None:
    return getattr(nlp.tokenizer, "segmenter", None)


def _prepare(nlp: Language, text: Any, doc_date: Any) -> Doc:
    from policyparse.components import DOC_DATE_KEY

    doc = nlp.make_doc(check_text(text))
    date = check_date(doc_date)
    if date is not None:
        doc.user_data[DOC_DATE_KEY] = date.isoformat()
    return doc


def parse_speech(text: str, *, doc_date: DateLike = None, nlp: Language | None = None) -> Speech:
    """Parse one document into a :class:`Speech`.

    Args:
        text: the document, as a str (any length; offsets in the result index this string).
        doc_date: the reference date for relative expressions (今年, 去年); default: the date the
            text states for itself (dateline or publication line).
        nlp: a pipeline from :func:`load_pipeline`; default: the cached pkuseg pipeline.

    Example:
        >>> s = parse_speech("2018年4月12日，陈远强调：一是着力创新。二是着力开放。")
        >>> [p.heading for p in s.priorities]
        ['着力创新', '着力开放']
    """
    nlp = nlp or load_pipeline()
    doc = nlp(_prepare(nlp, text, doc_date))
    return _speech_from_doc(doc, _segmenter_of(nlp))


def parse_many(
    texts: Iterable[str],
    *,
    doc_dates: Iterable[DateLike] | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[Speech]:
    """Parse many documents lazily with ``nlp.pipe``; yields one Speech per text, in order.

    Args:
        texts: documents.
        doc_dates: one reference date (or None) per text; default None for all.
        batch_size: documents per batch.
        n_process: worker processes (spaCy multiprocessing).
        nlp: a pipeline from :func:`load_pipeline`; default: the cached pkuseg pipeline.
    """
    nlp = nlp or load_pipeline()
    sentinel = object()
    dates: Iterable[Any] = itertools.repeat(None) if doc_dates is None else doc_dates

    def docs() -> Iterator[Doc]:
        for n, (text, date) in enumerate(itertools.zip_longest(texts, dates, fillvalue=sentinel)):
            if text is sentinel:
                if doc_dates is not None:
                    raise PolicyparseError(Errors.E005.format(n_dates="more", n_texts=n))
                return
            if date is sentinel:
                raise PolicyparseError(Errors.E005.format(n_dates=n, n_texts="more"))
            yield _prepare(nlp, text, date)

    segmenter = _segmenter_of(nlp)
    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield _speech_from_doc(doc, segmenter)


def extract_dates(text: str, *, doc_date: DateLike = None) -> list[DateMention]:
    """Dates in any string; relative ones resolve against ``doc_date`` (else value None).

    Example:
        >>> [(d.text, str(d.value_start)) for d in extract_dates("2017年完成", doc_date=None)]
        [('2017年', '2017-01-01')]
    """
    ctx = run(check_text(text), ["dates"], doc_date=check_date(doc_date))
    return build.dates_from(ctx)


def extract_quantities(text: str) -> list[Quantity]:
    """Measured amounts in any string.

    Example:
        >>> [(q.value, q.unit, q.approx) for q in extract_quantities("重点培育3家左右省级创新中心")]
        [(3.0, '家', True)]
    """
    return build.quantities_from(run(check_text(text), ["quantities"]))


def extract_programs(text: str) -> list[Program]:
    """Named programmes in any string (one per canonical name)."""
    return build.programs_from(run(check_text(text), ["programs"]))


def extract_officials(text: str) -> list[Official]:
    """Named officials in any string (one per person)."""
    return build.officials_from(run(check_text(text), ["officials"]))


def extract_enumerations(text: str) -> list[Enumeration]:
    """Enumerated lists in any string, nested lists under their items."""
    enums, _ = build.enumerations_from(run(check_text(text), ["enumerations"]))
    return enums


def parse_number(text: str) -> float | None:
    """The number a numeral string states (一百二十三 → 123.0, 3.2万 → 32000.0), else None."""
    return _parse_number(check_text(text))
