"""The shared input of every finder: the text, its normalised copy, the reference date and
the results of the finders that ran before."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from policyparse.rules.normalize import normalize

Result = dict[str, Any]


@dataclass
class Context:
    """What a finder sees. ``norm`` has the same length as ``text``; offsets index both.

    ``doc_date`` is the caller's reference date, else the one the document states for itself
    (filled in after the ``doc_meta`` finder has run).
    """

    text: str
    norm: str = ""
    doc_date: dt.date | None = None
    results: dict[str, list[Result]] = field(default_factory=dict)
    # Boilerplate ranges merged and sorted, rebuilt when the doc_meta result changes.
    _bp_source: object = field(default=None, repr=False, compare=False)
    _bp_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _bp_ends: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.norm:
            self.norm = normalize(self.text)
        if len(self.norm) != len(self.text):  # pragma: no cover - guarded by normalize()
            raise AssertionError("normalised text must keep the original length")

    @property
    def boilerplate(self) -> list[tuple[int, int]]:
        """Character ranges of page furniture (breadcrumbs, 【打印】, footers) to skip."""
        meta = self.results.get("doc_meta") or [{}]
        return [(int(s), int(e)) for s, e in meta[0].get("boilerplate", [])]

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a boilerplate range (log time: called per match)."""
        meta = self.results.get("doc_meta")
        if meta is not self._bp_source:
            self._bp_source = meta
            self._bp_starts, self._bp_ends = [], []
            for s, e in sorted(self.boilerplate):
                if self._bp_ends and s <= self._bp_ends[-1]:
                    self._bp_ends[-1] = max(self._bp_ends[-1], e)
                else:
                    self._bp_starts.append(s)
                    self._bp_ends.append(e)
        i = bisect.bisect_left(self._bp_starts, end) - 1
        return i >= 0 and start < self._bp_ends[i]
