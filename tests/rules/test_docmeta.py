"""find_doc_meta: the document's own date, its headline and the page furniture to skip."""

from __future__ import annotations

import pytest
from tests.conftest import load_cases

from policyparse.rules.context import Context
from policyparse.rules.docmeta import find_doc_meta


def _params() -> list[object]:
    params = []
    for row in load_cases("doc_meta.tsv"):
        text = row["text"]
        reason = (row.get("xfail") or "").strip()
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(
            pytest.param(text, row["doc_date"], row["furniture"], row["title"], marks=marks,
                         id=row["text"])
        )
    return params


@pytest.mark.parametrize(("text", "date", "furniture", "title"), _params())
def test_docmeta_cases(text: str, date: str, furniture: str, title: str) -> None:
    (meta,) = find_doc_meta(Context(text))
    assert meta["doc_date"] == (None if date == "-" else date)
    if furniture != "-":
        at = text.index(furniture)
        inside = [s for s, e in meta["boilerplate"] if s <= at and at + len(furniture) <= e]
        assert inside, meta["boilerplate"]
    if title != "*":
        assert meta["title"] == (None if title == "-" else title)


@pytest.mark.parametrize(("text", "date", "furniture", "title"), _params())
def test_docmeta_offsets_and_dates_stay_outside_boilerplate(
    text: str, date: str, furniture: str, title: str
) -> None:
    (meta,) = find_doc_meta(Context(text))
    if meta["title"] is not None:
        assert text[meta["title_start"] : meta["title_end"]] == meta["title"]
    for s, e in meta["boilerplate"]:
        assert 0 <= s < e <= len(text)
        # Dates on a publication line are gold dates: furniture never covers them.
        assert "2018-04-12" not in text[s:e] and "2020-01-13" not in text[s:e]
