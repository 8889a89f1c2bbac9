"""find_officials: names by surname and context, titles and organisations as written."""

from __future__ import annotations

import pytest
from tests.conftest import load_cases

from policyparse.rules.context import Context
from policyparse.rules.officials import find_officials


def _expected(cell: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for item in filter(None, (cell or "").split(";")):
        name, title, org = item.split("/")
        out.append((name, None if title == "-" else title, None if org == "-" else org))
    return out


def _params(*, gaps: bool = True) -> list[object]:
    params = []
    for row in load_cases("officials.tsv"):
        reason = (row.get("xfail") or "").strip()
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason and gaps else []
        params.append(pytest.param(row["text"], _expected(row["expected"]), marks=marks, id=row["text"]))
    return params


@pytest.mark.parametrize(("text", "expected"), _params())
def test_officials_cases(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = find_officials(Context(text))
    assert [(o["name"], o["title"], o["organization"]) for o in found] == expected


# A known gap is about the title or organisation; the offsets must hold for every case.
@pytest.mark.parametrize(("text", "expected"), _params(gaps=False))
def test_officials_mentions_slice_the_name(text: str, expected: object) -> None:
    for person in find_officials(Context(text)):
        for start, end in person["mentions"]:
            assert text[start:end] == person["name"]
