"""Named policy instruments: 《》 titles, quoted and unquoted programme names.

Candidates come from three rule families (program_titles, program_quoted, program_heads); this
module resolves overlaps, merges short forms and groups mentions by canonical name.
"""

from __future__ import annotations

import bisect

import regex

from policyparse.rules import program_lexicon as lex
from policyparse.rules.context import Context, Result
from policyparse.rules.program_heads import Cand, find_head_names
from policyparse.rules.program_named import HEADLESS_RULES, find_named, variants
from policyparse.rules.program_quoted import find_quoted_names
from policyparse.rules.program_titles import find_titles

# Longest prefix of a plan's name looked up for a head-less name it is named after.
_MAX_PREFIX = 16
# Determiners that do not change which programme is meant (国家…, 我国…, 全国…).
_NATIONAL = ("国家", "我国", "全国")
# Shortest tail of an earlier name read as its short form (专项整治三年行动); shorter tails
# (改革试点) are generic.
_MIN_SHORT_FORM = 6


def _nested(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside another, different span (one sort, then one sweep).

    Sorted by start, longest first, a span is nested exactly when an earlier distinct span
    reaches its end.
    """
    out: set[tuple[int, int]] = set()
    reach = -1
    for s, e in sorted(set(spans), key=lambda se: (se[0], -se[1])):
        if reach >= e:
            out.add((s, e))
        reach = max(reach, e)
    return out


class _Cover:
    """Answers "does a span other than (s, e) contain (s, e)?" for fixed spans, in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(set(spans))
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)
        self.longest_at: dict[int, int] = {}
        for s, e in ordered:
            self.longest_at[s] = max(e, self.longest_at.get(s, e))

    def contains(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, s)
        return (i > 0 and self.reach[i - 1] >= e) or self.longest_at.get(s, -1) > e


def _join_short_titles(cands: list[Cand]) -> list[Cand]:
    """“十四五”规划《纲要》: a bare short title right after a name completes that name."""
    by_end = {c.end: c for c in cands if not c.title}
    out = list(cands)
    for c in cands:
        if c.title and c.rule == "title" and lex.specific_chars(lex.key_of(c.name)) < 2:
            prev = by_end.get(c.start - 1)
            if prev is not None:
                out.append(
                    Cand(prev.start, c.end, prev.name + c.name, c.kind, "title_joined", True)
                )
    return out


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Drop names inside a title or inside a longer name at the same place."""
    titles = _Cover([(c.start, c.end) for c in cands if c.title])
    others = [c for c in cands if not c.title]
    in_name = _nested([(c.start, c.end) for c in others])
    kept = [c for c in cands if c.title]
    seen: set[tuple[int, int, str]] = set()
    for c in others:
        if titles.contains(c.start, c.end) or (c.start, c.end) in in_name:
            continue
        if (c.start, c.end, c.name) in seen:
            continue
        seen.add((c.start, c.end, c.name))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _short_form_of(key: str, titles: list[str]) -> str | None:
    """The title whose short form ``key`` is (《纲要》, 森林法 of 中华人民共和国森林法)."""
    for t in titles:
        if lex.patterns()["tail"].sub("", t) != key and (t.endswith(key) or t.startswith(key)):
            return t
    return None


def _earlier_full_form(key: str, groups: dict[str, Result]) -> str | None:
    """An earlier name that ``key`` is the tail of: 全国安全生产专项整治三年行动, then
    专项整治三年行动 later on, name one campaign (the short form refers back)."""
    if len(key) < _MIN_SHORT_FORM:
        return None
    for full, g in groups.items():
        if g["rule"].startswith("head") and full != key and full.endswith(key):
            return full
    return None


def _plan_prefixes(ctx: Context, cands: list[Cand]) -> dict[str, tuple[int, str]]:
    """Prefixes (up to ``_MAX_PREFIX`` characters) of plans named after a programme → (start, key).

    Only plans (…规划, …纲要, …方案, …计划): 《长江三角洲区域一体化发展规划纲要》 is the plan of
    the strategy, and a later bare 长三角一体化发展 is read as its short form.
    """
    out: dict[str, tuple[int, str]] = {}
    for c in cands:
        if not (c.title or c.rule.startswith("head")):
            continue
        simple = lex.key_of(ctx.norm[c.start : c.end])
        if not lex.patterns()["plan_end"].search(simple):
            continue
        for n in range(2, min(len(simple) - 1, _MAX_PREFIX) + 1):
            out.setdefault(simple[:n], (c.start, lex.key_of(c.name)))
    return out


def _group(ctx: Context, cands: list[Cand]) -> list[Result]:
    title_keys = list(dict.fromkeys(lex.key_of(c.name) for c in cands if c.title))
    # “一带一路”倡议 and a bare 一带一路 elsewhere name one instrument: the first kind-word form.
    cores: dict[str, str] = {}
    for c in cands:
        if c.core:
            cores.setdefault(c.core, lex.key_of(c.name))
    plans = _plan_prefixes(ctx, cands)
    national: dict[str, str] = {}
    groups: dict[str, Result] = {}
    mentioned: set[tuple[str, int, int]] = set()
    for c in cands:
        key = c.key or lex.key_of(c.name)
        key = cores.get(key, key)
        # 国家“十四五”规划《纲要》 and “十四五”规划《纲要》: a national determiner adds nothing.
        bare = key[2:] if key.startswith(_NATIONAL) and len(key) >= 6 else key
        key = national.setdefault(bare, key)
        if c.rule in HEADLESS_RULES:
            # 京津冀协同发展 beside 《京津冀协同发展规划纲要》 is a short form of that plan.
            # Only after the plan: a strategy named first is listed in its own right.
            plan = next((plans[f] for f in variants(key) if f in plans), None)
            if plan is not None and plan[0] < c.start:
                key = plan[1]
        if not c.title or len(key) <= 4:
            key = _short_form_of(key, title_keys) or key
        if c.rule == "head" and key not in groups:
            key = _earlier_full_form(key, groups) or key
        bare = lex.patterns()["tail"].sub("", key)
        if c.title and lex.specific_chars(bare) < 2:
            # A short form (《纲要》, 《实施意见（讨论稿）》): only a mention of a full title.
            full = _short_form_of(bare, title_keys)
            if full is None:
                continue
            key = full
        g = groups.get(key)
        if g is None:
            groups[key] = {
                "name": c.name,
                "kind": c.kind,
                "start": c.start,
                "end": c.end,
                "mentions": [[c.start, c.end]],
                "rule": c.rule,
            }
        elif (key, c.start, c.end) not in mentioned:
            g["mentions"].append([c.start, c.end])
        mentioned.add((key, c.start, c.end))
    _more_mentions(ctx, list(groups.values()))
    return sorted(groups.values(), key=lambda g: g["start"])


def _more_mentions(ctx: Context, results: list[Result]) -> None:
    """Add later exact repetitions of each name's first surface form."""
    surfaces: dict[str, Result] = {}
    for r in results:
        s, e = r["mentions"][0]
        surface = ctx.norm[s:e]
        if len(surface) >= 2:
            surfaces.setdefault(surface, r)
    if not surfaces:
        return
    # Characters already covered by a mention: a repetition must not overlap one.
    taken = bytearray(len(ctx.norm) + 1)
    for r in results:
        for s, e in r["mentions"]:
            taken[s:e] = b"\x01" * (e - s)
    pat = regex.compile(r"\L<w>", w=sorted(surfaces, key=len, reverse=True))
    for m in pat.finditer(ctx.norm):
        if any(taken[m.start() : m.end()]):
            continue
        surfaces[m.group()]["mentions"].append([m.start(), m.end()])
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for r in results:
        r["mentions"].sort()


def find_programs(ctx: Context) -> list[Result]:
    """Named policy instruments, one result per canonical name, in order of first mention.

    Each result has ``name`` (without enclosing 《》 or quotes), ``kind``, ``start``/``end`` of
    the first mention (the name as written, enclosing 《》/quotes excluded), every ``mentions``
    span and the ``rule`` that found the first one.

    Example:
        >>> from policyparse.stages import run
        >>> ctx = run("深入实施创新驱动发展战略和《中国制造2025》。", ["programs"])
        >>> [r["name"] for r in ctx.results["programs"]]
        ['创新驱动发展战略', '中国制造2025']
    """
    text, norm = ctx.text, ctx.norm
    cands = find_titles(text, norm) + find_quoted_names(text, norm) + find_head_names(text, norm)
    cands += find_named(text, norm)
    cands = [c for c in cands if not ctx.in_boilerplate(c.start, c.end) and c.name]
    return _group(ctx, _resolve(_join_short_titles(cands)))
