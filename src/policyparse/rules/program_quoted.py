"""Quoted programme names: “中国制造2025”, “三品”战略, “双一流”建设 (GUIDELINES §programs).

A quoted term is a programme when a kind word follows it, when it ends with a head word, when
it is a “…+” initiative, or when an introducing verb governs it; slogans, models and mechanisms
(“…”模式), the steps of a mechanism (“月调度、季通报”机制) and one-per-unit methods
(“一企一策”) are never programmes.
"""

from __future__ import annotations

import functools

import regex

from policyparse.rules import program_lexicon as lex
from policyparse.rules.program_heads import Cand

# Kind words that only follow a quoted name (“放管服”改革, “双拥”活动); head words also count.
_QUOTED_KINDS = {"改革试点": "pilot", "改革行动": "campaign", "改革": "other", "活动": "campaign"}
# Verbs that introduce an instrument (实施“…”, 推行“…”); they may stand up to four characters
# before the opening quote (推行乡村教师“…”).
_VERBS = (
    "实施|推行|开展|启动|推进|深化|执行|促进|巩固|打造|扩大|拓展|运用|共建|落实|全面推行|"
    "建立|推出|设立|试行|实行|加快"
)
_VERB_GAP = 4
# After a quoted motto: 以“安全第一，预防为主”为主题.
_THEME_AFTER = ("为主题", "为主线", "为口号", "为题")
# A counted set of abstract things (“五大任务”, “两个屏障”) is a goal or a task list.
_COUNTED = r"^[一二三四五六七八九十百两双\d]+[个大项条种类场]"
# Plan periods alone (“十三五”) are dates, not programmes.
_PERIOD = r"^[一二三四五六七八九十]{1,3}五$"

# What may close a quoted term's phrase: punctuation, quotes, brackets, a coordinator or the end
# of the text.
_CLOSERS = frozenset(",，。;；、”“)\n:：!?！？和与及")
# Longest noun phrase after a quoted term that may end in the head naming it (补贴政策).
_TAIL_REACH = 6


@functools.cache
def _res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    kinds = sorted(_QUOTED_KINDS, key=len, reverse=True)
    return (
        regex.compile("|".join(kinds)),
        regex.compile(f"(?:{_VERBS})[^,，。;；:：!?、“”\\n]{{0,{_VERB_GAP}}}$"),
        regex.compile(_COUNTED),
        regex.compile(_PERIOD),
    )


def _kind_after(norm: str, pos: int, period: bool = False) -> tuple[int, str] | None:
    """A kind word right after a closing quote: its end and kind. After a quoted plan period
    the head is always the plan's (“十三五”规划目标任务: the targets of the 13th plan)."""
    kinds_re = _res()[0]
    m = lex.head_regex().match(norm, pos)
    if m:
        head = lex.heads()[m.group()]
        after = norm[m.end() : m.end() + 6]
        if period or not any(after.startswith(w) for w in head.not_before):
            tail = lex.patterns()["tail"].match(norm, m.end())
            return (tail.end() if tail else m.end()), head.kind
        return None
    k = kinds_re.match(norm, pos)
    if k:
        return k.end(), _QUOTED_KINDS[k.group()]
    return None


def _method(norm: str, pos: int) -> bool:
    """Whether the quoted term(s) closing at ``pos`` name a model or mechanism: “基金+项目”
    “资本+产业”模式 (later quoted terms of the same chain are skipped)."""
    quoted = lex.patterns()["quoted"]
    while True:
        nxt = quoted.match(norm, pos + (norm[pos : pos + 1] == "、"))
        if nxt is None:
            break
        pos = nxt.end()
    return lex.patterns()["quoted_method_after"].match(norm, pos) is not None


def _head_after(norm: str, pos: int) -> tuple[int, str] | None:
    """End and kind of a head word that closes the noun phrase right after ``pos``."""
    stop = pos
    while stop < len(norm) and stop - pos < _TAIL_REACH and norm[stop] not in _CLOSERS:
        stop += 1
    if norm[pos:stop] == "制度":
        return stop, "other"  # “好差评”制度: a named system (but “红黑榜”发布制度 is not)
    for word, kind in _QUOTED_KINDS.items():
        if norm.endswith(word, pos, stop):
            return stop, kind  # “我为群众办实事”实践活动
    best = None
    for m in lex.head_regex().finditer(norm, pos, stop, overlapped=True):
        if m.end() == stop and (best is None or m.start() < best.start()):
            best = m
    return (best.end(), lex.heads()[best.group()].kind) if best is not None else None


def _ends_with_head(term: str) -> str | None:
    for m in lex.head_regex().finditer(term):
        if m.end() == len(term) and m.start() >= 1:
            return lex.heads()[m.group()].kind
    return None


def find_quoted_names(text: str, norm: str) -> list[Cand]:
    """Quoted terms that name a programme.

    Example: 在落实“三优”战略的基础上 → 三优战略; 加快“双一流”建设 → 双一流.
    """
    _, verb_re, counted_re, period_re = _res()
    slogans = lex.slogans()
    out: list[Cand] = []
    prev_ok_end = -2
    for m in lex.patterns()["quoted"].finditer(norm):
        g = next(n for n in ("a", "b", "c") if m.group(n) is not None)
        s, e = m.span(g)
        term = norm[s:e].strip()
        if len(lex.clean_name(term)) < 2:
            continue
        kind_after = _kind_after(norm, m.end(), period=period_re.match(term) is not None)
        if kind_after is not None and term not in slogans:
            end, kind = kind_after
            out.append(
                Cand(
                    m.start(),
                    end,
                    lex.clean_name(text[s:e] + text[m.end() : end]),
                    kind,
                    "quoted_kind",
                    core=lex.key_of(term),
                )
            )
            prev_ok_end = m.end()
            continue
        if term in slogans or period_re.match(term):
            continue
        if norm.startswith(_THEME_AFTER, m.end()):
            continue  # 以“…”为主题的活动: the campaign's motto, not a programme
        if _method(norm, m.end()) or lex.patterns()["one_each"].match(term):
            continue
        if any(lex.patterns()[k].match(term) for k in ("batches", "one_per", "formula")):
            continue
        if "、" in term and lex.patterns()["steps_after"].match(norm, m.end()):
            continue  # “月调度、季通报、年评估”工作机制: the steps of a mechanism
        own = _ends_with_head(term)
        left = norm[max(0, m.start() - 12) : m.start()]
        chained = m.start() - prev_ok_end in (0, 1) and norm[prev_ok_end : m.start()] in ("", "、")
        verb = verb_re.search(left) is not None
        # “共富工坊”建设全面铺开: a quoted subject with an activity noun names the programme.
        opens = m.start() == 0 or norm[m.start() - 1] in "\n,，。;；:："
        verb = verb or (opens and lex.activity_regex().match(norm, m.end()) is not None)
        # Programme-like on its own: a head word, a “…+” initiative, a dated name (…2025).
        named = own is not None or lex.patterns()["plus_named"].search(term) is not None
        named = named or regex.search(r"\D20\d\d$", term) is not None
        if not named and (counted_re.match(term) or not (verb or chained)):
            continue
        act = lex.activity_regex().match(norm, m.end())
        next_ch = norm[m.end() : m.end() + 1]
        closes = bool(act) or next_ch in _CLOSERS
        # A quoted term reached only through a list must close its phrase: punctuation or an
        # activity noun, not a noun it modifies (“五上”企业).
        if not (named or verb) and not closes:
            continue
        if not named and not closes:
            # Under a verb, a quoted term that modifies the noun after it names a programme only
            # with that noun's head (落实“惠农家电”补贴政策 → 惠农家电补贴政策); “红黑榜”发布制度,
            # “质量标兵”评选 and “一企一专员”服务 name a system, an award and a service.
            tail = _head_after(norm, m.end())
            if tail is not None:
                end, kind = tail
                name = lex.clean_name(text[s:e] + text[m.end() : end])
                out.append(Cand(m.start(), end, name, kind, "quoted_tail"))
                prev_ok_end = end
            continue
        out.append(Cand(s, e, lex.clean_name(text[s:e]), own or "programme", "quoted"))
        prev_ok_end = m.end()
    return out
