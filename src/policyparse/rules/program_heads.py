"""Unquoted programme names: a head word (战略, 工程, 试点...) and the specific modifier before it.

The left boundary is found by character rules, without word segmentation: the name starts after
the nearest punctuation, introducing verb or preposition (实施, 推进, 按照...), 的, or coordinator.
Coordinated names share their head (制造强国和网络强国战略 → 制造强国战略, 网络强国战略).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from policyparse.rules import program_lexicon as lex

# Longest modifier scanned leftwards from a head word; longer runs without a boundary are prose.
MAX_MOD = 26
# Longest conjunct that may share the head of the next one (蓝天、碧水、净土保卫战).
MAX_CONJUNCT = 10
# Longest item of a 、 list joined into one name (城乡建设用地增减挂钩).
MAX_JOINED = 12
COORDINATORS = "和与及、"
# Heads whose titles join a long modifier with 的 (金融助力民营经济发展的指导意见).
DE_HEADS = frozenset({"指导意见", "实施意见", "若干意见"})
# Generic heads a short 的-phrase names (内外联动的开放战略); not 政策 (积极的财政政策 is a stance).
DE_GENERIC_HEADS = frozenset({"战略"})
# Longest 的-phrase that names a generic strategy.
MAX_DE_PHRASE = 8
# A conjunct ending like this is a system, not a name sharing the next head (…制度和…基金).
_INSTITUTIONS = ("制度", "机制", "体系", "体制")
# Nouns after 等 that turn the listed items into fields or places (…等领域开放试点).
_FIELD_NOUNS = ("领域", "行业", "地区", "方面", "部门", "城市", "省份")
# A counted set inside a modifier: 三大攻坚战, 八项重大工程, 五大工程.
_COUNTED_SET = regex.compile(r"[一二三四五六七八九十两百千]+[大项场]")
# A modifier that is only a date (2025年, 今年, 3月底前, 下半年).
_DATE_ONLY = regex.compile(
    r"[\d〇零一二三四五六七八九十今明去本]+[年月日]度?(?:[\d一二三四五六七八九十]+[月日号])*(?:底|初|末)?前?"
    r"|(?:[\d今明去本]+年)?(?:[上下]半年|第?[一二三四1-4]季度|年[初底末])前?"
)
# Suffixes that make a verb a noun (使用量, 覆盖率, 交易额, 经营权): no left boundary there.
_NOUN_SUFFIXES = tuple("量率额权")
# A plan period right before a plan head: the five-year plan's own name.
_PERIOD_BEFORE = regex.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}五$")


@dataclass
class Cand:
    """A candidate mention: span in the text, canonical name, kind and rule id."""

    start: int
    end: int
    name: str
    kind: str
    rule: str
    title: bool = False
    key: str = ""  # canonical grouping key when it differs from the name (东北全面振兴 → 东北振兴)
    core: str = ""  # the quoted part of a quoted name with a kind word (“一带一路”倡议 → 一带一路)


@dataclass
class _Scan:
    start: int
    reason: str  # "stop", "punct", "de", "coord:<ch>", "deng", "start", "long"


def _scan_left(norm: str, hs: int, stops: dict[int, str], allow_de: bool) -> _Scan:
    """Walk left from the head start ``hs`` to the start of the name.

    ``stops`` maps an end offset to the longest stop word ending there. A weak stop word right
    before the head belongs to the name (推进行动, 提升工程); a strong one (开展试点) does not.
    """
    i = hs - 1
    limit = hs - MAX_MOD
    closed = False
    while i >= 0:
        if i < limit:
            return _Scan(i + 1, "long")
        ch = norm[i]
        if ch == "”":
            closed = True
        elif ch == "“":
            # The head sits inside this quote (“八八战略”): the name starts at the quote.
            if not closed:
                return _Scan(i + 1, "quote")
            closed = False
        elif closed and ch != "\n":
            pass  # inside a quoted part (“放心消费在湖川”创建行动): no boundary but the quote
        elif (i + 1) in stops and len(stops[i + 1]) > 1 and (i + 1 != hs or _bounds(stops, i)):
            return _Scan(i + 1, "stop:" + stops[i + 1])
        elif ch in COORDINATORS:
            return _Scan(i + 1, "coord:" + ch)
        elif (ch in lex.HARD_STOPS or ch.isspace()) and not _decimal_point(norm, i):
            return _Scan(i + 1, "punct")
        elif ch == "—" and _bullet_dash(norm, i):
            return _Scan(i + 1, "punct")
        elif ch == "等":
            return _Scan(i + 1, "deng")
        elif (i + 1) in stops and (i + 1 != hs or len(stops[i + 1]) == 1 or _bounds(stops, i)):
            return _Scan(i + 1, "stop:" + stops[i + 1])
        elif ch == "的":
            if not allow_de:
                return _Scan(i + 1, "de")
            allow_de = False
        i -= 1
    return _Scan(0, "start")


def _back_to_strong(norm: str, start: int, hs: int, stops: dict[int, str]) -> int | None:
    """Where a name that holds weak verbs starts: right after the nearest strong introducing
    verb (实施, 推进) to the left, with no punctuation, 的 or coordinator in between."""
    i = start - 1
    while i >= 0 and hs - i <= MAX_MOD:
        ch = norm[i]
        if ch in lex.HARD_STOPS or ch.isspace() or ch in COORDINATORS or ch in "的等并“”":
            return None
        word = stops.get(i + 1)
        if word and word in lex.strong_stops() and i + 1 < start:
            # 报送了债券资金安排方案: an aspect particle after the verb is not part of the name
            return i + 2 if norm.startswith(("了", "过"), i + 1) else i + 1
        i -= 1
    return None


def _bullet_dash(norm: str, i: int) -> bool:
    """A dash that opens a line (——某某战略扎实推进) is a bullet; inside a name
    (科技创新2030—重大项目) it is not."""
    j = i
    while j >= 0 and norm[j] == "—":
        j -= 1
    return j < 0 or norm[j] == "\n" or norm[j] in lex.HARD_STOPS or norm[j].isspace()


def _decimal_point(norm: str, i: int) -> bool:
    """A point between digits (自贸区3.0版) does not end a name."""
    return (
        norm[i] == "." and 0 < i < len(norm) - 1 and norm[i - 1].isdigit() and norm[i + 1].isdigit()
    )


def _bounds(stops: dict[int, str], i: int) -> bool:
    return stops[i + 1] in lex.edge_stops()


def _modifier_ok(mod: str, min_mod: int) -> bool:
    core = lex.clean_name(mod)
    if _DATE_ONLY.fullmatch(core):
        return False  # 2025年试点, 3月31日前方案: a date names nothing
    return len(core) >= min_mod and lex.specific_chars(core) >= 2


def _conjuncts(
    norm: str, pos: int, stops: dict[int, str], limit: int = MAX_CONJUNCT
) -> list[tuple[int, int, str]]:
    """Conjuncts left of the separator at ``pos``: (start, end, separator before it)."""
    out: list[tuple[int, int, str]] = []
    end = pos
    head = lex.head_regex()
    while len(out) < 6:
        sc = _scan_left(norm, end, stops, allow_de=False)
        seg = norm[sc.start : end]
        if not seg or len(seg) > limit or sc.reason == "long":
            break
        # A conjunct that ends with its own head word is a name of its own: no sharing.
        if any(m.end() == len(seg) for m in head.finditer(seg)):
            break
        out.append((sc.start, end, sc.reason))
        if not sc.reason.startswith("coord:"):
            break
        end = sc.start - 1
    return out


def _shared(
    text: str,
    norm: str,
    y_start: int,
    hs: int,
    he: int,
    sep_pos: int,
    stops: dict[int, str],
    kind: str,
) -> list[Cand]:
    """Names sharing the head (or tail) of the name that starts at ``y_start``."""
    parts = _conjuncts(norm, sep_pos, stops)
    if not parts:
        return []
    seps = {norm[sep_pos]} | {r[-1] for _, _, r in parts if r.startswith("coord:")}
    longest = max(e - s for s, e, _ in parts)
    if longest > (4 if "、" in seps else 6):
        return []
    # 大气、水、土壤污染防治行动计划: short conjuncts in a 、 list share everything after the
    # parallel part of the last one; otherwise only the head word is shared.
    if seps <= {"、"} and longest <= 2 and y_start + longest < hs:
        suffix = norm[y_start + longest : he]
        suffix_text = text[y_start + longest : he]
    else:
        suffix, suffix_text = norm[hs:he], text[hs:he]
    out = []
    for s, e, _ in parts:
        if lex.specific_chars(norm[s:e]) < 1:
            continue
        name = lex.clean_name(text[s:e] + suffix_text)
        if len(lex.clean_name(norm[s:e] + suffix)) >= 3:
            out.append(Cand(s, e, name, kind, "head_shared"))
    return out


def find_head_names(text: str, norm: str) -> list[Cand]:
    """Unquoted names ending with a programme head word.

    Example: 深入实施创新驱动发展战略 → 创新驱动发展战略.
    """
    pats = lex.patterns()
    heads = lex.heads()
    stops: dict[int, str] = {}
    for sm in lex.stop_regex().finditer(norm, overlapped=True):
        if norm.startswith(_NOUN_SUFFIXES, sm.end()):
            continue  # 使用量, 排放量: a verb with a noun suffix is a noun inside the name
        if len(sm.group()) > len(stops.get(sm.end(), "")):
            stops[sm.end()] = sm.group()
    out: list[Cand] = []
    for m in lex.head_regex().finditer(norm):
        hs, he = m.span()
        head = heads[m.group()]
        after = norm[he : he + 6]
        period_before = head.kind == "plan" and _PERIOD_BEFORE.search(norm, max(0, hs - 4), hs)
        if any(after.startswith(w) for w in head.not_before) and not period_before:
            continue  # 规划目标 is a goal, but a period before 规划 names the plan
        tail = pats["tail"].match(norm, he)
        end = tail.end() if tail else he
        sc = _scan_left(norm, hs, stops, allow_de=head.word in DE_HEADS)
        start = sc.start
        y_mod = lex.clean_name(norm[start:hs])
        x_end = norm[max(0, start - 9) : start - 1]
        x_named = any(m.end() == len(x_end) for m in lex.head_regex().finditer(x_end))
        x_named = x_named or x_end.endswith(_INSTITUTIONS)
        conj = sc.reason.startswith("coord:") and sc.reason[-1:] in "和与及"
        if conj and y_mod and lex.specific_chars(y_mod) <= 2 and not x_named:
            # 国民经济和社会发展计划, 保护和修复重大工程: a right conjunct too weak to be a name
            # of its own means the 和 is inside the name.
            sc2 = _scan_left(norm, start - 1, stops, allow_de=False)
            if sc2.reason != "long":
                start, sc = sc2.start, sc2
        if sc.reason == "long":
            continue
        weak_stop = sc.reason.startswith("stop:") and sc.reason[5:] not in lex.strong_stops()
        if weak_stop and not _modifier_ok(norm[start:hs], head.min_mod):
            # 实施中小企业数字化转型提升行动: weak verbs inside a name, back to the strong verb
            wide = _back_to_strong(norm, start, hs, stops)
            if wide is not None:
                start, sc = wide, _Scan(wide, "stop:strong")
        mod = norm[start:hs]
        counted = _COUNTED_SET.search(mod)
        if counted and counted.start() >= 3 and sc.reason != "deng":
            # 污染防治三大攻坚战: a counted set names itself from its numeral on.
            start += counted.start()
            mod = norm[start:hs]
            sc = _Scan(start, "counted")
        if norm[start] == "以" and norm.startswith("为", end) and hs - start > 2:
            start += 1  # 以东数西算工程为牵引: the frame 以…为 is not part of the name
            mod = norm[start:hs]
        amount = lex.patterns()["amount"].match(mod)
        if amount:
            # 安排50亿元产业升级专项资金: the amount is not part of the name.
            start += amount.end()
            mod = norm[start:hs]
        if regex.fullmatch(r"\d+[大项]", mod):
            continue
        if lex.clean_name(mod) in lex.stop_words():
            continue  # 纳入改造计划: a verb alone names nothing
        if "每" in mod and "“" not in mod:
            continue  # 每辆车再补贴, 每位消费者累计补贴: a rate per unit, not a name
        if pats["one_each"].match(lex.clean_name(norm[start:end])):
            continue  # 一企一策, 一项目一方案: a method, not a named plan
        quoted = "“" in norm[start:hs]
        if quoted and lex.clean_name(mod) in lex.slogans():
            continue  # 杜绝“豆腐渣”工程: a slogan's head is no programme
        if head.strict and not quoted and sc.reason[5:] not in lex.strong_stops():
            continue
        if head.mod_pattern and not regex.search(head.mod_pattern, mod):
            continue
        if period_before and _PERIOD_BEFORE.fullmatch(lex.clean_name(mod)):
            out.append(Cand(start, end, lex.clean_name(text[start:end]), head.kind, "head"))
            continue  # a five-year plan named by its period
        if sc.reason == "coord:、":
            shared = _prefix_shared(text, norm, (start, hs, end), stops, head)
            if shared:
                out.extend(shared)
                continue
        if not _modifier_ok(mod, head.min_mod):
            if sc.reason == "deng":
                # 工业强基、绿色制造、高端装备等重大工程 → one name per listed item.
                out.extend(_shared_deng(text, norm, start - 1, hs, end, stops, head.kind))
            elif sc.reason == "de" and head.word in DE_GENERIC_HEADS:
                out.extend(_de_named(text, norm, (start, end), stops, head.kind))
            elif sc.reason == "de" and head.kind == "campaign":
                out.extend(_de_list(text, norm, (start, hs, end), stops, head.kind))
            continue
        joined = None
        if sc.reason[:6] == "coord:" and sc.reason[-1] in "、和与及":
            joined = _joined(text, norm, (start, hs, end), stops, head.kind)
        if joined is not None:
            out.append(joined)
            continue
        out.append(Cand(start, end, lex.clean_name(text[start:end]), head.kind, "head"))
        if sc.reason.startswith("coord:") and head.word not in DE_HEADS:
            out.extend(_shared(text, norm, start, hs, end, start - 1, stops, head.kind))
    return out


def _prefix_shared(
    text: str, norm: str, span: tuple[int, int, int], stops: dict[int, str], head: lex.Head
) -> list[Cand]:
    """国家妇女、儿童发展纲要, 全民节能、节水行动: a scope word (国家, 全民…) opens the first item
    and a one- or two-character item follows; both items take the scope and the shared tail."""
    y_start, hs, end = span
    parts = _conjuncts(norm, y_start - 1, stops)
    if len(parts) != 1 or parts[0][2].startswith("coord:"):
        return []
    s, e, _ = parts[0]
    scope = lex.patterns()["scope_prefix"].match(norm, s, e)
    if scope is None:
        return []
    item = e - scope.end()
    if (
        not 1 <= item <= 2
        or hs - y_start < item
        or lex.patterns()["scope_prefix"].match(norm, y_start)
    ):
        return []
    tail, tail_text = norm[y_start + item : end], text[y_start + item : end]
    if not _modifier_ok(norm[scope.end() : e] + norm[y_start + item : hs], 2):
        return []
    scope_text = text[s : scope.end()]
    return (
        [
            Cand(s, e, lex.clean_name(text[s:e] + tail_text), head.kind, "head_scope"),
            Cand(
                y_start,
                end,
                lex.clean_name(scope_text + text[y_start:end]),
                head.kind,
                "head_scope",
            ),
        ]
        if tail
        else []
    )


def _ends_with_activity(item: str) -> bool:
    return any(m.end() == len(item) for m in lex.activity_regex().finditer(item, overlapped=True))


def _joined(
    text: str, norm: str, span: tuple[int, int, int], stops: dict[int, str], kind: str
) -> Cand | None:
    """A 、 list of phrases longer than two characters before a head is one name.

    城乡建设用地增减挂钩、耕地占补平衡、土地整治改革试点 names
    one instrument; only lists of one- or two-character items (大气、水、土壤…) share the head.
    """
    y_start, hs, end = span
    parts = _conjuncts(norm, y_start - 1, stops, MAX_JOINED)
    if not parts or parts[-1][2].startswith("coord:"):
        return None
    if norm[y_start - 1] != "、" and not any(r == "coord:、" for *_, r in parts):
        # X和Y alone shares the head (制造强国和网络强国战略); only a 、 list is joined.
        return None
    items = [norm[s:e] for s, e, _ in parts] + [norm[y_start:hs]]
    # Short items (蓝天、碧水; 载人航天、探月) are names sharing the head; a quoted item
    # (“三下乡”、青年志愿者计划) or a finished task (…建设、…工作) stands on its own.
    if min(len(i) for i in items) < 4 or (len(items) < 3 and max(map(len, items[:-1])) < 5):
        return None
    if any("“" in i or "”" in i or _ends_with_activity(i) for i in items[:-1]):
        return None
    if any(i.endswith(_INSTITUTIONS) for i in items[:-1]):
        return None  # 医疗救助制度、困难残疾人生活补贴: a system listed beside the instrument
    if any(r.startswith("coord:") and r[-1] != "、" and r[-1] not in "和与及" for *_, r in parts):
        return None
    start = parts[-1][0]
    return Cand(start, end, lex.clean_name(text[start:end]), kind, "head_joined")


def _de_named(
    text: str, norm: str, span: tuple[int, int], stops: dict[int, str], kind: str
) -> list[Cand]:
    """内外联动的开放战略: a short 的-phrase between a stop and a generic strategy names it."""
    start, end = span
    if len(lex.clean_name(norm[start:end])) < 4:
        return []  # 内蒙古的战略: nothing names the strategy but the 的-phrase
    sc = _scan_left(norm, start - 1, stops, allow_de=False)
    phrase = norm[sc.start : start - 1]
    if not 2 <= len(phrase) <= MAX_DE_PHRASE or not sc.reason.startswith(("stop", "punct")):
        return []
    return [Cand(sc.start, end, lex.clean_name(text[sc.start : end]), kind, "head_de")]


def _de_list(
    text: str, norm: str, span: tuple[int, int, int], stops: dict[int, str], kind: str
) -> list[Cand]:
    """打好防范金融风险、乡村振兴、生态治理的攻坚战: each listed field takes the campaign head."""
    start, hs, end = span
    parts = _conjuncts(norm, start - 1, stops)
    if len(parts) < 2 or not all(r.startswith("coord:") for *_, r in parts[:-1]):
        return []
    if any(not r.endswith("、") for *_, r in parts[:-1]) or parts[-1][2] == "long":
        return []
    out = []
    for s, e, _ in reversed(parts):
        if lex.specific_chars(norm[s:e]) >= 2:
            out.append(Cand(s, e, lex.clean_name(text[s:e] + text[hs:end]), kind, "head_de_list"))
    return out


def _shared_deng(
    text: str, norm: str, deng: int, hs: int, he: int, stops: dict[int, str], kind: str
) -> list[Cand]:
    """Items listed before 等 + a generic head phrase each take the head word."""
    if norm.startswith(_FIELD_NOUNS, deng + 1):
        # 电信、医疗、教育等领域开放试点: the items are fields of one pilot, not labels.
        return []
    parts = _conjuncts(norm, deng, stops)
    # Only short parallel labels share the head (工业强基、绿色制造、高端装备等重大工程).
    if len(parts) < 2 or any(e - s > 4 for s, e, _ in parts):
        return []
    out = []
    for s, e, _ in parts:
        if lex.specific_chars(norm[s:e]) >= 2:
            name = lex.clean_name(text[s:e] + text[hs:he])
            out.append(Cand(s, e, name, kind, "head_list"))
    return out
