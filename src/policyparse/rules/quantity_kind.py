"""The kind of a quantity (target, statistic, other), read from the sentence before the number
and the rules of policy writing (GUIDELINES §quantities: kind)."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Sequence

import regex

from policyparse.data import load_column
from policyparse.rules.quantity_spans import Candidate, unit_classes

SENTENCE_END = "。;!?\n；！？"
CLAUSE_END = SENTENCE_END + ",:，：、"
_LOOKBACK = 160
# Default kind per unit class when the context says nothing (GUIDELINES: specifications and
# durations are "other"; counted things, money and shares are reported figures).
_DEFAULT_KIND = {"spec": "other", "time": "other", "age": "other", "temperature": "other"}
# A planning verb marks a target only when it governs the number directly (培育3家左右).
_VERB_REACH = 4
# 截至2018年4月 (as of) reports; 到/至2020年 sets a deadline.
DEADLINE = (
    r"(?<!截)(?:到|至|在|于)(?:\d{4}|[一二][〇零○一二三四五六七八九]{3})年(?:底|末|前)?"
    r"|(?:\d{4}|[一二][〇零○一二三四五六七八九]{3})年(?:底|末)?前"
    r"|(?:今|明)年(?:内|底前|年底前)"
    # 年底前完成… with no year written: this year's end (not 去年年底前, 2020年年底前)
    r"|(?<![\d〇零○一二三四五六七八九十去上前年])年(?:底|末)前"
)
# A colon-introduced goal statement governs every ;-separated figure after it
# (主要预期目标是：生产总值增长6%；城镇新增就业…).
_GOAL_INTRO = r"(?:目标|任务|指标|计划|安排)(?:是|为|包括|如下|主要有)?[:：]"
_PERIOD_END = "。!?\n！？"
# Generic or habitual statements (会期一般为2至3天, 通常召开两个会议) report no figure.
# 一般 as "usually", not in the compounds 一般公共预算, 一般性转移支付, 一般债券, 一般贸易.
_GENERIC = r"一般(?!公共|性|债|贸易|纳税人)|通常|往往|每届|惯例"
# How far before a number a parameter word (利率为, 每辆补贴) may stand.
_PARAM_REACH = 6
# A policy rule's threshold or cap (GUIDELINES: thresholds are "other"): an eligibility bound
# (对月销售额10万元以下的纳税人), a cap on support (按不超过总投资30%的比例给予支持, 单个项目最高
# 补助1000万元) or a rule's default (原则上不低于5千瓦).
_BOUND = r"及?以[上下]|以内"
_CAP = r"不超过|不高于|最高|最多|上限"
_SUPPORT = r"给予|补助|奖补|补贴|资助|奖励|贴息|支持|返还|抵免|减征|减免|免征"
# A rate or cap that a decision sets or lets be set (税率由16%降至13%, 缴费比例可降至16%,
# 授信额度上限由100万元提高到1000万元); 担保费率逐步降至1%以下 is a goal.
_RATE_WORD = r"税率|费率|缴费比例|征收率|上限"
_SET_CHANGE = (
    r"(?:由\S{0,12}?(?:降至|降到|降低至|下调至|提高到|提高至|上调至|调整为)?"
    r"|可(?:降至|降到|下调至|提高到))$"
)
# An award per recipient in a rule (对首次认定的企业，给予一次性奖励50万元 / 给予30万元奖励).
_AWARD = (
    r"^(?:\d{1,2}[.、]|[(（]?[一二三四五六七八九十\d]{1,2}[)）、])?"  # a list marker may open it
    r"对.{1,40}给予(?:一次性)?(?:奖励|补贴|补助|资助|奖补)?$"
)
_AWARD_AFTER = ("奖励", "补贴", "补助", "资助", "奖补")
_CAP_REACH = 10
# Verbs of commitment that govern every figure after them in their sentence.
_GOAL_VERBS = r"确保|力争|争取"
_AVERAGE = ("平均", "加权平均")
# Progress against a plan reports (完成年度计划的28.6%, 完成全年目标任务的29.5%), and so does a
# figure compared with the same period of last year (…82.5亿元，同比增长9.4%).
_PROGRESS = r"完成了?\p{Han}{0,4}?(?:计划|目标|任务)\p{Han}{0,4}?的$"
_YEAR_ON_YEAR = r"[,，](?:同比|环比)"
# Words of projection (GUIDELINES: projections are statistics), also listed as statistic cues.
_PROJECTIONS = r"预计|预测|研判"
# Statistic cues that only name what a figure counts (新增, 完成, 引进): a goal verb before them
# in the sentence decides.
_NEUTRAL_VERBS = frozenset({"新增", "完成", "引进"})
# What follows a bounded number that defines a class (…以上的村, …以下的纳税人, …以上项目).
_CLASS_AFTER = (
    r"的(?!目标|水平|增长|增速|比例|比重|幅度|规模|速度)\p{Han}"
    r"|(?:项目|企业|工程|村|户|园区|单位)"
)
# 每 + a unit of what is supported (每位消费者, 每类产品, 每户), not of time (每年, 每月).
_PER_UNIT = r"每(?![年月季周天日届期轮次])\p{Han}"
# An age written with a bound names a class of people (60周岁及以上老年人, 16岁以下).
_AGE_BOUND = r"以上|以下|以内|不满|未满"
# How a policy rule applies a rate of support to the thing it supports.
_RATE_VERB = r"按|给予|返还|补助|奖励"


@functools.cache
def rx(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


# A year named as the base of a change (在去年基础上降低1个百分点) compares; it reports nothing.
_BASELINE = r"(?!的?基础上)"


@functools.cache
def cue_pattern(role: str) -> regex.Pattern[str]:
    after = _BASELINE if role in ("statistic", "past") else ""
    return regex.compile(r"\L<w>" + after, w=list(load_column("quantity_cues", "cue", role=role)))


def sentence_start(norm: str, pos: int, stops: str) -> int:
    """Where the sentence or clause holding ``pos`` starts; a stop inside brackets (各县(市、区))
    ends nothing."""
    lo = max(0, pos - _LOOKBACK)
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        ch = norm[i]
        if ch == ")":
            depth += 1
        elif ch == "(" and depth:
            depth -= 1
        elif ch in stops and not depth:
            return i + 1
    return lo


def last_match(pattern: regex.Pattern[str], s: str) -> regex.Match[str] | None:
    last = None
    for m in pattern.finditer(s):
        last = m
    return last


@functools.cache
def _past() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<!比)\L<w>" + _BASELINE, w=list(load_column("quantity_cues", "cue", role="past"))
    )


def kind_of(
    c: Candidate,
    norm: str,
    sent: int,
    clause: int,
    doc_date: dt.date | None,
    list_kind: str,
    past_ends: Sequence[int],
) -> str:
    """target, statistic or other for the candidate ``c``.

    ``sent`` and ``clause`` are where its sentence and clause start, ``list_kind`` the kind of
    the innermost list item holding it ("" outside lists), ``past_ends`` the sorted end offsets
    of the dates that ended before ``doc_date``.
    """
    window = norm[max(clause, c.start - _PARAM_REACH) : c.start]
    param = last_match(cue_pattern("parameter"), window)
    if param is not None and window[: param.start()].endswith(_AVERAGE):
        param = None  # 加权平均利率为5.12%: a reported average, not a rate a policy sets
    if param is not None:
        between = window[param.end() :]
        if not (
            cue_pattern("increase").search(between) or cue_pattern("decrease").search(between)
        ):
            return "other"  # 利率为1.75%, 期限1年, 每辆补贴1万元: a parameter a policy sets
    if _threshold(c, norm, sent, clause):
        return "other"
    cls = unit_classes().get(c.unit_key)
    if (
        cls == "time"
        and norm.endswith(("内", "以内"), c.start, c.end)
        and not norm.endswith(("至", "到", "控制在"), 0, c.start)
    ):
        # 确保1小时内直达, 3个月内开工: a time limit a rule sets; 压减至120个工作日以内 is a goal
        return "other"
    if c.unit_key.endswith("基点") and norm[c.start - 1 : c.start] in ("加", "减"):
        return "other"  # 报价利率减50个基点: the spread a pricing rule sets
    if norm.startswith(("的标准", "标准"), c.end):
        return "other"  # 按每百户不少于20平方米的标准配建: a standard, a specification
    if cls == "age" and rx(_AGE_BOUND).search(norm[c.start : c.end + 3]):
        return "other"  # 为65岁及以上老年人提供…: an age bound that defines whom a rule covers
    kind = _context_kind(c, norm, sent, clause, doc_date, past_ends)
    period = sentence_start(norm, c.start, _PERIOD_END)  # up to 。, across ；-joined clauses
    if kind == "statistic" and list_kind in ("task", "goal"):
        # A figure inside a task item (一是…要…) is a goal unless its sentence, or the one before
        # (取得了来之不易的成绩。全年新签约…), reports the past.
        before = sentence_start(norm, period - 1, _PERIOD_END) if period > 0 else period
        reported = cue_pattern("report").search(norm[before:period])
        i = bisect.bisect_right(past_ends, c.start) - 1
        dated = i >= 0 and past_ends[i] > sent  # 今年1—2月，全国共查处…: a period already over
        if not _past().search(norm[period : c.start]) and not reported and not dated:
            return "target"
    if kind == "target" and list_kind == "achievement":
        # An achievement item reports results: only an explicit goal word keeps a target.
        if not cue_pattern("target_strong").search(norm[clause : c.start]):
            return "statistic"
    if kind != "target" and rx(_GOAL_INTRO).search(norm[period : c.start]):
        return "target"
    return kind


def _threshold(c: Candidate, norm: str, sent: int, clause: int) -> bool:
    """Whether the number is a threshold, cap or rate that a policy rule sets (see ``_BOUND``)."""
    before = norm[clause : c.start]
    if rx(r"原则上(?:不超过|不高于|不低于|不少于|不大于|不小于)").search(norm[clause : c.end]):
        return True
    stop = _clause_stop(norm, c.end, CLAUSE_END)
    after = norm[c.end : stop]
    # The bound is written inside the mention (10万元以下) or right after it.
    inside = rx(f"(?:{_BOUND})$").search(norm[c.start : c.end])
    written_after = None if inside else rx(_BOUND).match(after)
    bounded = inside is not None or written_after is not None
    if rx(r"\p{Han}{0,4}?(?:红线|底线)").match(after):
        return True  # 严守18亿亩耕地红线: a floor a policy keeps, not a figure
    cls = unit_classes().get(c.unit_key, "")
    if bounded and cls in ("currency", "metric"):
        # 月销售额10万元以下的纳税人, 投资5亿元以上项目: an amount that defines a class of what
        # follows (1000家以上企业 counts the firms instead).
        rest = after[written_after.end() :] if written_after is not None else after
        if rx(_CLASS_AFTER).match(rest):
            return True
    if rx(_SET_CHANGE).search(before) and rx(_RATE_WORD).search(norm[sent : c.start]):
        return True  # …税率由16%降至13%，交通运输业等行业由10%降至9%
    award = rx(_AWARD).search(norm[sent : c.start])
    if award and (award.group().endswith(_AWARD_AFTER) or norm.startswith(_AWARD_AFTER, c.end)):
        return True
    sentence = norm[sent : _clause_stop(norm, c.end, SENTENCE_END)]
    support = rx(_SUPPORT).search(sentence) is not None
    cap = rx(_CAP).search(norm[max(clause, c.start - _CAP_REACH) : c.end])
    if cap is not None and support:
        return True  # 按不超过总投资30%的比例给予支持, 每家企业最高不超过20万元
    change = cue_pattern("increase").search(before) or cue_pattern("decrease").search(before)
    if not support or change:
        return False  # 补助标准每人每年提高30元 reports a change, not a rule's scope
    # The scope of a support rule: per recipient (每户每类产品限补贴2台) or the classes of
    # goods it covers (空调、热水器等6类家用电器); 每年 is a frequency, not a unit.
    per_unit = rx(_PER_UNIT).search(before) is not None
    if (c.unit == "类" or per_unit) and rx(r"补贴|补助|奖励|资助").search(sentence):
        return True
    # A rate of support: 按实际支付利息的50%给予贴息, 按每人1000元标准给予补贴, 给予30%补助.
    rate = c.unit == "%" or rx(r"每\p{Han}{1,2}$").search(before) is not None
    return rate and rx(_RATE_VERB).search(before) is not None


def _clause_stop(norm: str, pos: int, stops: str) -> int:
    end = min(len(norm), pos + _LOOKBACK)
    while pos < end and norm[pos] not in stops:
        pos += 1
    return pos


def _context_kind(
    c: Candidate,
    norm: str,
    sent: int,
    clause: int,
    doc_date: dt.date | None,
    past_ends: Sequence[int],
) -> str:
    head = norm[sent : c.start]
    cls = unit_classes().get(c.unit_key, "measure" if c.unit else "none")
    if cls == "spec":
        return "other"
    if cls == "time" and norm.endswith("连续", 0, c.start):
        return "other"  # 已连续3年稳定在…, 连续两年下降: how long, a duration
    best: tuple[int, str] | None = None  # (position, kind): the nearest cue decides
    target = last_match(cue_pattern("target_modal"), head)
    statistic = last_match(cue_pattern("statistic"), head)
    deadline = last_match(rx(DEADLINE), head)
    projection = last_match(rx(_PROJECTIONS), head)
    if deadline is not None and _future(deadline.group(), doc_date):
        if projection is None or projection.start() < deadline.end():
            return "target"  # 到2025年…, unless a projection follows (…至2027年，预计每年减税…)
    if rx(_PROGRESS).search(norm[clause : c.start]) or rx(_YEAR_ON_YEAR).match(norm, c.end):
        return "statistic"  # 完成年度计划的28.6%; 争取…投资82.5亿元，同比增长9.4%
    if cue_pattern("target_strong").search(norm[clause : c.start]):
        return "target"
    if cue_pattern("target_modal").search(norm[clause : c.start]):
        return "target"  # 今年要完成…: a modal in the clause governs its figures
    # A period that ended before doc_date (2023年, 今年上半年 in July) reports, like a cue there,
    # and turns a planning verb into a report (今年上半年，企业实现产值8.6亿元).
    i = bisect.bisect_right(past_ends, c.start) - 1
    past = past_ends[i] - sent if i >= 0 and past_ends[i] > sent else None
    verb = cue_pattern("target_verb").search(norm[max(sent, c.start - _VERB_REACH) : c.start])
    if verb and past is None:
        return "target"
    # A goal word earlier in the sentence governs the figures after it (确保…增长12%左右，新增…50家
    # 以上) unless a nearer cue says otherwise.
    strong = last_match(rx(_GOAL_VERBS), head)
    if projection is not None and (strong is None or strong.start() < projection.start()):
        return "statistic"  # 预计明年6月建成投产，达产后年产值可超过80亿元: a projection
    if statistic is not None and strong is not None and statistic.group() in _NEUTRAL_VERBS:
        statistic = None  # 确保…，新增…50家以上: 新增 names the figure, the goal verb its kind
    for m, kind in ((target, "target"), (strong, "target"), (statistic, "statistic")):
        if m is not None and (best is None or m.end() > best[0]):
            best = (m.end(), kind)
    if past is not None and (best is None or past > best[0]):
        best = (past, "statistic")
    if best is not None and not (cls == "time" and best[1] == "target"):
        return best[1]
    if rx(_GENERIC).search(head):
        return "other"
    # Clauses joined by ； share the deadline that opens their sentence (到2025年，培育…；营业收入
    # 年均增长10%以上): a figure with no cue of its own is one of its goals.
    period = sentence_start(norm, c.start, _PERIOD_END)
    deadline = last_match(rx(DEADLINE), norm[period:sent])
    if cls not in _DEFAULT_KIND and deadline is not None and _future(deadline.group(), doc_date):
        return "target"
    return _DEFAULT_KIND.get(cls, "statistic")


def _future(deadline: str, doc_date: dt.date | None) -> bool:
    m = regex.search(r"\d{4}", deadline)
    return doc_date is None or m is None or int(m.group()) >= doc_date.year
