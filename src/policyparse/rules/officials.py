"""Named officials with title and organisation, one record per person in order of first mention."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from policyparse.rules import official_lexicon as lex
from policyparse.rules.context import Context, Result
from policyparse.rules.official_evidence import Evidence, credit_spans, find_evidence
from policyparse.rules.official_names import is_han
from policyparse.rules.official_positions import org_chain_ending

_PLACE_PREFIX_STOP = set("全本我各该其城超股楼此每外省市县区")
# Characters after which a place name may start (在临沂市, 和义乌市).
_PLACE_LEFT = set("在于和与及的对向到从是为由赴")


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _key(norm: str, s: int, e: int) -> str:
    return norm[s:e].replace(" ", "")


def _doctrine(norm: str, e: int) -> bool:
    """习近平新时代中国特色社会主义思想: the name only names a doctrine."""
    return lex.patterns()["doctrine_tail"].match(norm, e) is not None


def _mentions(ctx: Context, written: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for m in regex.finditer(regex.escape(written), ctx.norm):
        s, e = m.span()
        if _overlaps(s, e, skip) or ctx.in_boilerplate(s, e) or _doctrine(ctx.norm, e):
            continue
        out.append((s, e))
    return out


@functools.cache
def _ministry_names() -> tuple[str, ...]:
    return tuple(n for n in lex.org_names() if lex.organizations()[n].kind == "ministry")


def _first_lexicon_org(ctx: Context, kind: str) -> tuple[int, int] | None:
    """First ministry the text names, in its full form when the text also gives that."""
    names = _ministry_names() if kind == "ministry" else ()
    for m in lex.org_matcher().finditer(ctx.norm):
        if m.group() in names and not ctx.in_boilerplate(*m.span()):
            full = lex.organizations()[m.group()].canonical
            at = ctx.norm.find(full)
            return (at, at + len(full)) if at >= 0 else m.span()
    return None


def _first_with_suffix(ctx: Context, suffix: str) -> tuple[int, int] | None:
    """The body or place ending with ``suffix`` the text names most (浙江省, 山东理工大学)."""
    norm = ctx.norm
    for m in lex.org_matcher().finditer(norm):
        if m.group().endswith(suffix) and lex.organizations()[m.group()].kind == "province":
            return m.span()
    if suffix == "省":  # every province is in the lexicon
        return None
    limit = 8 if len(suffix) > 1 else 3  # 山东理工大学 vs a two- or three-character place
    counts: dict[str, list[tuple[int, int]]] = {}
    for m in regex.finditer(regex.escape(suffix), norm):
        start = org_chain_ending(norm, m.end())
        if start is None:
            continue
        size = m.start() - start
        if not 2 <= size <= limit or norm[start] in _PLACE_PREFIX_STOP:
            continue
        # The place must start after a boundary, not in the middle of a phrase.
        if start > 0 and norm[start - 1] not in _PLACE_LEFT and is_han(norm[start - 1]):
            continue
        if lex.nonname_matcher().match(norm, start) or ctx.in_boilerplate(start, m.end()):
            continue
        counts.setdefault(norm[start : m.end()], []).append((start, m.end()))
    if not counts:
        return None
    # Real institutions often start with a place (山东理工大学): that outweighs one mention.
    def rank(spans: list[tuple[int, int]]) -> tuple[int, int]:
        place = lex.org_matcher().match(norm, spans[0][0])
        return len(spans) + (2 if place else 0), -spans[0][0]

    best = max(counts.values(), key=rank)
    return best[0]


def _implied_org(ctx: Context, title: str) -> tuple[int, int] | str | None:
    """The body a title implies when none is written (市长 → the 市 the text names)."""
    key = None
    for form, implied in lex.implied_of_title().items():
        if title.endswith(form) and (key is None or len(form) > len(key[0])):
            key = (form, implied)
    if key is None:
        return None
    kind, value = lex.implied_rules()[key[1]]
    if kind == "fixed":
        at = ctx.norm.find(value)
        return (at, at + len(value)) if at >= 0 else value
    if kind == "lexicon":
        return _first_lexicon_org(ctx, value)
    return _first_with_suffix(ctx, value)


def _record(ctx: Context, evs: list[Evidence], mentions: list[tuple[int, int]]) -> Result:
    first = min(mentions)
    titled = next((ev for ev in evs if ev.title is not None), None)
    title: str | None = None
    org: str | None = None
    canonical: str | None = None
    org_span: tuple[int, int] | str | None = None
    if titled is None:
        # 人劳司何敏同志: no title, but a body written right before the name.
        org_span = next((ev.org for ev in evs if ev.org is not None), None)
    if titled is not None and titled.title is not None:
        title = ctx.text[slice(*titled.title)]
        org_span = titled.org
        if titled.bare_org:
            org_span = _first_lexicon_org(ctx, "ministry") or titled.org
        if org_span is None:
            org_span = _implied_org(ctx, ctx.norm[slice(*titled.title)])
    norm_org: str | None
    if isinstance(org_span, tuple):
        org = ctx.text[slice(*org_span)]
        norm_org = ctx.norm[slice(*org_span)]
    else:
        org = norm_org = org_span
    if norm_org:
        canonical = _canonical(norm_org)
    return {
        "name": ctx.text[slice(*first)],
        "title": title,
        "organization": org,
        "organization_canonical": canonical,
        "mentions": [[s, e] for s, e in mentions],
    }


def _canonical(org: str) -> str:
    orgs = lex.organizations()
    if org in orgs:
        return orgs[org].canonical
    m = lex.org_matcher().match(org)
    if m:
        return orgs[m.group()].canonical + org[m.end() :]
    return org


def find_officials(ctx: Context) -> list[Result]:
    """Every person the text names (not bylines), with title and organisation.

    Example:
        >>> from policyparse.rules.context import Context
        >>> [o["name"] for o in find_officials(Context("工信部总工程师陈远发表讲话。"))]
        ['陈远']
    """
    norm = ctx.norm
    credits = credit_spans(norm)
    groups: dict[str, list[Evidence]] = {}
    for ev in find_evidence(norm):
        if _overlaps(ev.start, ev.end, credits) or ctx.in_boilerplate(ev.start, ev.end):
            continue
        if _doctrine(norm, ev.end):
            continue
        groups.setdefault(_key(norm, ev.start, ev.end), []).append(ev)
    # Longer names first, so 王立 is not found inside 王立军.
    taken: list[tuple[int, int]] = []
    people = []
    for key in sorted(groups, key=lambda k: -len(k)):
        evs = groups[key]
        written = norm[evs[0].start : evs[0].end]
        found = _mentions(ctx, written, credits + taken)
        spans = sorted({(ev.start, ev.end) for ev in evs} | set(found))
        spans = [sp for sp in spans if not _overlaps(*sp, taken)]
        if not spans:
            continue
        taken.extend(spans)
        evs.sort(key=lambda ev: ev.start)
        people.append(_record(ctx, evs, spans))
    people.sort(key=lambda p: p["mentions"][0][0])
    return people
