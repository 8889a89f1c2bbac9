"""Document date, title and boilerplate ranges (page furniture that other finders skip)."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from policyparse.data import load_tsv
from policyparse.rules.context import Context, Result
from policyparse.rules.numerals import parse_number
from policyparse.rules.patterns import compile_patterns

_HEAD = 1500  # a dateline or publication line sits near the top
_TAIL = 300  # a signature date sits at the very end
_RANGE_NEXT = ("至", "到", "-", "—", "–", "~")
_TITLE_MAX = 60
_LAG = 90  # days a report may trail its event


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    return compile_patterns("docmeta")


@functools.cache
def _furniture() -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(r["pattern"], regex.MULTILINE) for r in load_tsv("boilerplate"))


def _iso(raw: str) -> str | None:
    """``2018年4月12日``, ``二〇一八年四月十二日``, ``2018-04-12`` → ISO date, or None."""
    parts = regex.split(r"[年月日号/.\-]", raw.replace(" ", ""))
    nums = [parse_number(p) for p in parts if p]
    if len(nums) < 3 or any(n is None for n in nums[:3]):
        return None
    try:
        return dt.date(int(nums[0]), int(nums[1]), int(nums[2])).isoformat()  # type: ignore[arg-type]
    except ValueError:
        return None


def _alone(norm: str, s: int, e: int) -> bool:
    """Whether the date at [s, e) stands alone on its line (a dateline or a signature)."""
    line_end = norm.find("\n", e)
    rest = norm[e : line_end if line_end >= 0 else len(norm)]
    return not norm[norm.rfind("\n", 0, s) + 1 : s].strip() and not rest.strip()


def _classify(norm: str, s: int, e: int) -> str | None:
    """How a full date at [s, e) serves the document: own, pub, header, or None (body date)."""
    pats = _patterns()
    line_start = norm.rfind("\n", 0, s) + 1
    before = norm[line_start:s]
    after = norm[e : e + 40]
    if pats["weekday_line_after"].match(after):
        return "header"
    if pats["pub_before"].search(before) or pats["stamp_after"].match(after):
        return "pub"
    if pats["source_before"].search(before):
        return "pub"
    if _alone(norm, s, e):
        return "own"  # a date alone on its line: dateline or signature
    dateline = pats["dateline_before"].search(before)
    if dateline and dateline.group().startswith(("(", "[")) and after.startswith(_RANGE_NEXT):
        dateline = None  # (2024年1月1日至2月9日): a bracketed range in the body, not a dateline
    if dateline or pats["wire_after"].match(after):
        return "own"
    if pats["event_after"].match(after) and (
        not before.strip() or pats["event_before"].search(before) or _org_subject(before)
    ):
        return "own"
    return None


def _org_subject(before: str) -> bool:
    """国家发展改革委2019年4月18日…: a date right after the subject of the opening sentence."""
    tail = before.strip()
    return bool(tail) and len(tail) <= 20 and regex.search(r"[,;:。]", tail) is None


def find_date(ctx: Context, furniture: list[tuple[int, int]]) -> str | None:
    """The document's own date per GUIDELINES §doc_date, or None."""
    norm = ctx.norm
    own_head = own_tail = pub = None
    head_alone = False
    tail_from = max(0, len(norm) - _TAIL)
    for m in _patterns()["date"].finditer(norm):
        s, e = m.span()
        if s >= _HEAD and s < tail_from:
            continue
        kind = _classify(norm, s, e)
        iso = _iso(m.group())
        if iso is None or kind is None or kind == "header":
            continue
        if any(a <= s and e <= b for a, b in furniture) and kind != "pub":
            continue
        if kind == "own" and s < _HEAD and own_head is None:
            own_head, head_alone = iso, _alone(norm, s, e)
        elif kind == "own" and s >= tail_from and _alone(norm, s, e):
            own_tail = iso
        elif kind == "pub" and s < _HEAD and pub is None:
            pub = iso
    # A signature date closing a notice is the document's date; an opening sentence's date
    # (于2025年5月1日至6月30日开展…) may be the date of what it announces.
    own = own_tail if own_tail and own_head and not head_alone else own_head or own_tail
    lag = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(own)).days if own and pub else 0
    if not 0 <= lag <= _LAG:
        # An opening date long before (or after) publication is a historical reference
        # (2008年5月12日,汶川发生特大地震), not the date of this text.
        return pub
    return own or pub


def find_boilerplate(ctx: Context) -> list[tuple[int, int]]:
    """Ranges of page furniture, with every date carved out (dates there may still count)."""
    norm = ctx.norm
    ranges: list[tuple[int, int]] = []
    for pat in _furniture():
        for m in pat.finditer(norm):
            s, e = m.span()
            while e > s and norm[e - 1] in " \t":
                e -= 1
            if e > s:
                ranges.append((s, e))
    dates = [m.span() for m in _patterns()["date"].finditer(norm)]
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        pieces = [(s, e)]
        for ds, de in dates:
            nxt = []
            for a, b in pieces:
                if ds < b and a < de:
                    nxt += [(a, ds), (de, b)]
                else:
                    nxt.append((a, b))
            pieces = [(a, b) for a, b in nxt if b > a and norm[a:b].strip()]
        out.extend(pieces)
    return _merge(out)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def find_title(ctx: Context, furniture: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline: the first short line with enough words that is not furniture or a date."""
    norm = ctx.norm
    offset = 0
    for line in norm.split("\n")[:30]:
        s = offset + len(line) - len(line.lstrip())
        e = offset + len(line.rstrip())
        offset += len(line) + 1
        text = norm[s:e]
        han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        if e <= s or len(text) > _TITLE_MAX or han < 6 or text[-1] in ":,":
            continue
        if any(a < e and s < b for a, b in furniture) or _patterns()["date"].search(text):
            continue
        return s, e
    return None


def find_doc_meta(ctx: Context) -> list[Result]:
    """Exactly one record: doc_date, title (with offsets) and boilerplate ranges.

    Example:
        >>> from policyparse.rules.context import Context
        >>> find_doc_meta(Context("发布时间:2017-12-26\\n正文"))[0]["doc_date"]
        '2017-12-26'
    """
    furniture = find_boilerplate(ctx)
    title = find_title(ctx, furniture)
    return [
        {
            "doc_date": find_date(ctx, furniture),
            "title": ctx.text[title[0] : title[1]] if title else None,
            "title_start": title[0] if title else None,
            "title_end": title[1] if title else None,
            "boilerplate": [[s, e] for s, e in furniture],
        }
    ]
