"""List-marker candidates (一是, （一）, 1., ——) on the normalised text, with their ordinals.

Which families exist and how they are written lives in ``data/patterns/markers.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from policyparse.data import load_yaml
from policyparse.rules.patterns import compile_patterns

NEXT = -1  # ordinal of 另一方面: continues the list whatever its last ordinal
LAST = -2  # ordinal of 最后: closes a list that already has two or more items
BULLET = 0  # bullets carry no number: each one continues the run of bullets before it

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Family:
    """How a marker family numbers its items and where it sits in an outline."""

    name: str
    ordinal: str  # cn | arabic | circled | word | bullet
    rank: int  # outline level of line-opening markers: 0 = outermost
    section: bool  # 一、/（一）: the last item stays open until the enclosing item ends


@dataclass(frozen=True)
class Marker:
    """One marker candidate: ``start``/``end`` span the marker as written (``一是``, ``（一）``)."""

    family: str
    ordinal: int
    start: int
    end: int
    bol: bool  # opens a line (after indentation)


def cn_ordinal(s: str) -> int | None:
    """The value of a small Chinese numeral (1–99).

    Example:
        >>> cn_ordinal("十二")
        12
    """
    if not s:
        return None
    if s == "十":
        return 10
    if "十" not in s:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = 1 if not tens else _CN_DIGITS.get(tens)
    o = 0 if not ones else _CN_DIGITS.get(ones)
    if t is None or o is None or len(tens) > 1 or len(ones) > 1:
        return None
    return t * 10 + o


@functools.cache
def families() -> dict[str, Family]:
    """The marker families of ``markers.yaml``, by id."""
    spec: dict[str, Any] = load_yaml("markers")
    return {
        name: Family(name, str(a["ordinal"]), int(a["rank"]), bool(a["section"]))
        for name, a in spec["families"].items()
    }


@functools.cache
def _word_ordinals() -> dict[str, int]:
    spec: dict[str, Any] = load_yaml("markers")
    special = {"next": NEXT, "last": LAST}
    return {w: special[v] if isinstance(v, str) else int(v) for w, v in spec["words"].items()}


def _ordinal(family: Family, marker: str, number: str | None) -> int | None:
    if family.ordinal == "cn":
        return cn_ordinal(number or "")
    if family.ordinal == "arabic":
        return int(number) if number else None
    if family.ordinal == "circled":
        return ord(marker) - 0x245F
    if family.ordinal == "word":
        return _word_ordinals().get(marker)
    return BULLET


def _is_bol(norm: str, pos: int) -> bool:
    # Walk back over indentation only (bounded by the indentation run, so linear overall).
    i = pos - 1
    while i >= 0 and norm[i] in " \t\xa0":
        i -= 1
    return i < 0 or norm[i] == "\n"


def find_markers(norm: str) -> list[Marker]:
    """Every marker candidate in ``norm``, in text order, overlaps resolved (earliest, longest).

    Example:
        >>> [m.ordinal for m in find_markers("要做好两件事:一是稳增长;二是调结构。")]
        [1, 2]
    """
    fams = families()
    found: list[Marker] = []
    for name, pattern in compile_patterns("markers").items():
        fam = fams[name]
        for match in pattern.finditer(norm):
            s, e = match.span("m")
            number = match.groupdict().get("n")
            ordinal = _ordinal(fam, match.group("m"), number)
            if ordinal is None:
                continue
            found.append(Marker(name, ordinal, s, e, _is_bol(norm, s)))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Marker] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
