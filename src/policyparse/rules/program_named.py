"""Programmes named without a head word: listed strategies (西部大开发), chief-officer systems
(河长制), land-use conversion programmes (退耕还林), X改Y switches (营改增, 煤改气), names
with a target year (科技创新2030-重大项目) and No. 1 documents (中央一号文件).
"""

from __future__ import annotations

import functools

import regex

from policyparse.data import load_tsv, load_words
from policyparse.rules import program_lexicon as lex
from policyparse.rules.program_heads import Cand

# What may follow a listed strategy name: it must not be the start of an organisation or zone
# name (西部开发区, 东北振兴办公室).
_NOT_AFTER = tuple(
    "区 办 司 局 署 会 报 银行 公司 基金 研究 开放 领导 小组 论坛 中心 联盟 集团".split()
)
# Rules of the head-less finders: their names may be short forms of a plan named after them.
HEADLESS_RULES = frozenset({"strategy", "returning", "switch", "chief"})
# Right after an X改Y switch: it closes the phrase (煤改气、煤改电; 营改增试点).
_SWITCH_AFTER = ("和", "与", "及", "”", "试点", "改革", "工作", "工程", "政策", "扩围", "全面")
# Longest stop word looked for before a switch.
_MAX_STOP = 4
# Longest name before the target year (科技创新2030, 中国制造2025).
_MAX_DATED = 6

# What may follow a dated name (中国制造2025): a list mark, a closing quote, or a word for the
# fields, goals or plans it covers.
_DATED_AFTER = (
    "等", "、", "”", "重点", "领域", "战略", "规划", "行动", "计划", "纲要", "试点", "示范",
)


@functools.cache
def _strategies() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]]]:
    rows = load_tsv("program_strategies")
    table = {r["variant"]: (r["canonical"], r["kind"]) for r in rows}
    return regex.compile(r"\L<w>", w=sorted(table, key=len, reverse=True)), table


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(load_words("program_stops"))


@functools.cache
def _wordings() -> dict[str, tuple[str, ...]]:
    _, table = _strategies()
    out: dict[str, tuple[str, ...]] = {}
    for variant, (canonical, _) in table.items():
        out[canonical] = (*out.get(canonical, ()), variant)
    return out


def variants(key: str) -> tuple[str, ...]:
    """Every listed wording of the strategy ``key`` (a canonical name), or ``key`` alone."""
    return _wordings().get(key, (key,))


def _left_closed(norm: str, s: int) -> bool:
    """The switch starts a phrase: text start, punctuation, quote or a stop word before it."""
    if s == 0 or norm[s - 1] in lex.HARD_STOPS or norm[s - 1] in "“”和与及":
        return True
    stops = _stop_words()
    return any(norm[max(0, s - k) : s] in stops for k in range(1, _MAX_STOP + 1))


def _after_last_stop(norm: str, start: int, end: int) -> int:
    """Where a name begins inside ``norm[start:end]``: after the last stop word (全面实施…)."""
    stops = _stop_words()
    begin = start
    for i in range(start, end):
        for k in range(_MAX_STOP, 0, -1):
            if i + k <= end and norm[i : i + k] in stops:
                begin = max(begin, i + k)
                break
    return begin


def _right_closed(norm: str, e: int) -> bool:
    return e >= len(norm) or norm[e] in lex.HARD_STOPS or norm.startswith(_SWITCH_AFTER, e)


def find_named(text: str, norm: str) -> list[Cand]:
    """Head-less programme names from the strategy lexicon and fixed word patterns.

    Example: 推动东北全面振兴 → 东北全面振兴 (key 东北振兴); 全面实施营改增 → 营改增.
    """
    out: list[Cand] = []
    pat, table = _strategies()
    for m in pat.finditer(norm):
        if norm.startswith(_NOT_AFTER, m.end()):
            continue
        canonical, kind = table[m.group()]
        name = lex.clean_name(text[m.start() : m.end()])
        out.append(Cand(m.start(), m.end(), name, kind, "strategy", key=canonical))
    pats = lex.patterns()
    for m in pats["returning"].finditer(norm):
        out.append(Cand(m.start(), m.end(), text[m.start() : m.end()], "programme", "returning"))
    for m in pats["number_one"].finditer(norm):
        name = lex.clean_name(text[m.start() : m.end()])
        out.append(Cand(m.start(), m.end(), name, "other", "number_one"))
    for m in pats["chief"].finditer(norm):
        out.append(Cand(m.start(), m.end(), text[m.start() : m.end()], "other", "chief"))
    for m in pats["dated"].finditer(norm):
        # Closed on the right, or followed by what the programme covers (中国制造2025重点领域).
        if not (_right_closed(norm, m.end()) or norm.startswith(_DATED_AFTER, m.end())):
            continue
        start = _after_last_stop(norm, m.start("han"), m.end("han"))
        if 2 <= m.end("han") - start <= _MAX_DATED:
            name = lex.clean_name(text[start : m.end()])
            out.append(Cand(start, m.end(), name, "programme", "dated"))
    for m in pats["switch"].finditer(norm):
        if _left_closed(norm, m.start()) and _right_closed(norm, m.end()):
            out.append(Cand(m.start(), m.end(), text[m.start() : m.end()], "other", "switch"))
    return out
