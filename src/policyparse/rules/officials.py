"""Named officials with title and organisation, one record per person in order of first mention."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from policyparse.rules import official_lexicon as lex
from policyparse.rules import official_orgs as orgs
from policyparse.rules.context import Context, Result
from policyparse.rules.official_evidence import Evidence, credit_spans, find_evidence
from policyparse.rules.official_names import is_han


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _key(norm: str, s: int, e: int) -> str:
    return norm[s:e].replace(" ", "")


def _doctrine(norm: str, e: int) -> bool:
    """习近平新时代中国特色社会主义思想: the name only names a doctrine."""
    return lex.patterns()["doctrine_tail"].match(norm, e) is not None


def _occurrences(norm: str, words: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Every occurrence of every word, overlapping ones included, in one pass per word length."""
    out: dict[str, list[tuple[int, int]]] = {w: [] for w in words}
    for size in {len(w) for w in words}:
        same = [w for w in words if len(w) == size]
        for m in regex.finditer(r"\L<w>", norm, overlapped=True, w=same):
            out[m.group()].append(m.span())
    return out


def _free(used: bytearray, s: int, e: int) -> bool:
    return not any(used[s:e])


def _implied_org(
    ctx: Context, res: orgs.Resolver, title: str, at: int
) -> tuple[int, int] | str | None:
    """The body a title implies when none is written (市长 → the 市 the text names)."""
    key = None
    for form, implied in lex.implied_of_title().items():
        if title.endswith(form) and (key is None or len(form) > len(key[0])):
            key = (form, implied)
    if key is None:
        return None
    kind, value = lex.implied_rules()[key[1]]
    if kind == "committee" and len(title) > len(key[0]) and is_han(title[-len(key[0]) - 1]):
        return None  # 党组书记, 纪委书记: not the head of a place's committee
    if kind == "fixed":
        at = ctx.norm.find(value)
        return (at, at + len(value)) if at >= 0 else value
    return res.resolve(kind, value, at)


def _record(
    ctx: Context, res: orgs.Resolver, evs: list[Evidence], mentions: list[tuple[int, int]]
) -> Result:
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
        if org_span is None:
            org_span = _implied_org(ctx, res, ctx.norm[slice(*titled.title)], titled.start)
        if org_span is None and any(ev.rule == "byline" for ev in evs):
            org_span = res.meeting_host()
    norm_org: str | None
    if isinstance(org_span, tuple):
        org_span = res.expand_shorthand(org_span)
        org = ctx.text[slice(*org_span)]
        norm_org = ctx.norm[slice(*org_span)]
        if norm_org.startswith("部") and len(norm_org) > 1:
            # 部政策研究室主任: the unit of the ministry the text names (交通运输部政策研究室)
            parent = res.expand_shorthand((org_span[0], org_span[0] + 1))
            if parent[1] - parent[0] > 1:
                org = ctx.text[slice(*parent)] + org[1:]
                norm_org = ctx.norm[slice(*parent)] + norm_org[1:]
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


# What may stand between one titled name and the next title of a list (…主任陈立川，副主任许文瀚).
_LIST_GAP = frozenset({",", "、", "和", "及"})


def _share_bodies(norm: str, evs: list[Evidence]) -> None:
    """A deputy listed right after the head of a body belongs to that body: in
    省发展和改革委员会党组书记、主任陈立川，副主任许文瀚 the 副主任 is the commission's."""
    prev: Evidence | None = None
    for ev in sorted(evs, key=lambda ev: ev.start):
        if (
            prev is not None
            and ev.org is None
            and ev.title is not None
            and prev.org is not None
            and prev.title is not None
            and norm[prev.end : ev.title[0]] in _LIST_GAP
            and norm[slice(*ev.title)].endswith(norm[prev.title[1] - 2 : prev.title[1]])
        ):
            ev.org = prev.org
        prev = ev


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
    evidence = list(find_evidence(norm))
    _share_bodies(norm, evidence)
    for ev in evidence:
        if _overlaps(ev.start, ev.end, credits) or ctx.in_boilerplate(ev.start, ev.end):
            continue
        if _doctrine(norm, ev.end):
            continue
        groups.setdefault(_key(norm, ev.start, ev.end), []).append(ev)
    # Longer names first, so 王立 is not found inside 王立军.
    res = orgs.Resolver(ctx)
    written = {key: norm[evs[0].start : evs[0].end] for key, evs in groups.items()}
    occurrences = _occurrences(norm, set(written.values()))
    blocked = bytearray(len(norm) + 1)  # credits: no mention there
    for a, b in credits:
        blocked[a:b] = b"\x01" * (b - a)
    taken = bytearray(len(norm) + 1)  # characters of mentions already given to a person
    people = []
    for key in sorted(groups, key=lambda k: -len(k)):
        evs = groups[key]
        found = [
            (s, e)
            for s, e in occurrences[written[key]]
            if _free(blocked, s, e) and _free(taken, s, e)
            and not ctx.in_boilerplate(s, e) and not _doctrine(norm, e)
        ]
        spans = sorted({(ev.start, ev.end) for ev in evs} | set(found))
        spans = [sp for sp in spans if _free(taken, *sp)]
        if not spans:
            continue
        for a, b in spans:
            taken[a:b] = b"\x01" * (b - a)
        evs.sort(key=lambda ev: ev.start)
        people.append(_record(ctx, res, evs, spans))
    people.sort(key=lambda p: p["mentions"][0][0])
    return people
