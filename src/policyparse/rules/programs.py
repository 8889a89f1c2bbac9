"""Named policy instruments: 《》 titles, quoted and unquoted programme names.

Candidates come from three rule families (program_titles, program_quoted, program_heads); this
module resolves overlaps, merges short forms and groups mentions by canonical name.
"""

from __future__ import annotations

import regex

from policyparse.rules import program_lexicon as lex
from policyparse.rules.context import Context, Result
from policyparse.rules.program_heads import Cand, find_head_names
from policyparse.rules.program_quoted import find_quoted_names
from policyparse.rules.program_titles import find_titles


def _inside(c: Cand, spans: list[tuple[int, int]]) -> bool:
    return any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)


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
    titles = [(c.start, c.end) for c in cands if c.title]
    others = [c for c in cands if not c.title]
    spans = [(c.start, c.end) for c in others]
    kept = [c for c in cands if c.title]
    seen: set[tuple[int, int, str]] = set()
    for c in others:
        if _inside(c, titles) or _inside(c, spans):
            continue
        if (c.start, c.end, c.name) in seen:
            continue
        seen.add((c.start, c.end, c.name))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _short_form_of(key: str, titles: list[str]) -> str | None:
    """The title whose short form ``key`` is (《纲要》, 著作权法 of 中华人民共和国著作权法)."""
    for t in titles:
        if t != key and (t.endswith(key) or t.startswith(key)):
            return t
    return None


def _group(ctx: Context, cands: list[Cand]) -> list[Result]:
    title_keys = list(dict.fromkeys(lex.key_of(c.name) for c in cands if c.title))
    groups: dict[str, Result] = {}
    for c in cands:
        key = lex.key_of(c.name)
        if not c.title or len(key) <= 4:
            key = _short_form_of(key, title_keys) or key
        if c.title and lex.specific_chars(key) < 2 and key not in title_keys[:0]:
            # A bare short form (《纲要》, 《意见》) with no full title to attach to.
            if _short_form_of(key, title_keys) is None:
                continue
            key = _short_form_of(key, title_keys) or key
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
        elif [c.start, c.end] not in g["mentions"]:
            g["mentions"].append([c.start, c.end])
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
    taken = [(s, e) for r in results for s, e in r["mentions"]]
    pat = regex.compile(r"\L<w>", w=sorted(surfaces, key=len, reverse=True))
    for m in pat.finditer(ctx.norm):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        surfaces[m.group()]["mentions"].append([m.start(), m.end()])
        taken.append(m.span())
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
    cands = [c for c in cands if not ctx.in_boilerplate(c.start, c.end) and c.name]
    return _group(ctx, _resolve(_join_short_titles(cands)))
