"""Calendar values of matched date patterns: one resolver per pattern family.

A resolver reads the named groups of a match from ``patterns/dates.yaml`` and returns the first
and last day covered, the granularity, and whether the reference date (``doc_date``) was used.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from policyparse.data import load_tsv
from policyparse.rules import temporal as t

Groups = dict[str, str | None]


@dataclass(frozen=True)
class Value:
    """A resolved value: inclusive bounds (None when unknown) and how it was obtained."""

    start: dt.date | None
    end: dt.date | None
    granularity: str
    relative: bool = False  # the value depends on doc_date (今年, 本月, 8日)


@dataclass(frozen=True)
class Env:
    """What a resolver may use besides the match: the reference date and the context year."""

    ref: dt.date | None
    context_year: int | None  # nearest preceding explicit year (GUIDELINES: month-day dates)
    last_year: int | None = None  # nearest preceding stated year, even a target (for 次年, 同年)


NONE = Value(None, None, "none")


@functools.cache
def relative_words() -> dict[str, tuple[str, int]]:
    """``今年`` → ("year", 0), from ``lexicons/date_relative.tsv``."""
    return {r["word"]: (r["unit"], int(r["offset"])) for r in load_tsv("date_relative")}


@functools.cache
def plan_periods() -> dict[str, tuple[int, int]]:
    """``十三五`` → (2016, 2020), from ``lexicons/date_plan_periods.tsv``."""
    return {
        r["period"]: (int(r["first_year"]), int(r["last_year"]))
        for r in load_tsv("date_plan_periods")
    }


@functools.cache
def era_parts() -> dict[tuple[str, str], tuple[int, int]]:
    """``("末", "decade")`` → (7, 9): years of a part, from ``lexicons/date_era_parts.tsv``."""
    return {
        (r["part"], r["scope"]): (int(r["first"]), int(r["last"]))
        for r in load_tsv("date_era_parts")
    }


def era_part(span: t.Span | None, part: str | None, scope: str) -> t.Span | None:
    """The years of ``span`` (a decade or a century) that ``part`` names; all of it without one."""
    years = era_parts().get((part or "", scope))
    if span is None or years is None:
        return span
    base = span[0].year - span[0].year % 100 if scope == "century" else span[0].year
    return t.year_span(max(base + years[0], 1), base + years[1])


@functools.cache
def event_days() -> dict[str, dt.date]:
    """``十八大`` → 2012-11-08, from ``lexicons/date_events.tsv``."""
    return {r["event"]: dt.date.fromisoformat(r["first_day"]) for r in load_tsv("date_events")}


def _span(span: t.Span | None, granularity: str, relative: bool = False) -> Value:
    if span is None:
        return Value(None, None, granularity, relative)
    return Value(span[0], span[1], granularity, relative)


def year_of(text: str | None, env: Env) -> tuple[int | None, bool]:
    """The year a ``YEAR_ANY`` match names, and whether doc_date was needed (今年 → True)."""
    if not text:
        return None, False
    word = text.replace(" ", "")
    if word in relative_words():
        unit, offset = relative_words()[word]
        if unit == "year_ctx":
            base, rel = context_base_year(env)
            return (base + offset if base is not None else None), rel
        return (env.ref.year + offset if env.ref else None), True
    return t.year_number(word.rstrip("年")), False


def context_base_year(env: Env) -> tuple[int | None, bool]:
    """The year 同年 / 次年 count from: the stated context year, else doc_date's (relative)."""
    if env.last_year is not None:
        return env.last_year, False
    return (env.ref.year if env.ref else None), True


def second_year(g: Groups, env: Env, first: int | None) -> int | None:
    """The year of a range's second part: 次年 in 2018年11月至次年2月 counts from 2018."""
    return year_of(g.get("y2"), Env(env.ref, env.context_year, first))[0]


def year_or_context(text: str | None, env: Env) -> tuple[int | None, bool]:
    """The stated year, else the context year, else doc_date's year (marked relative)."""
    if text:
        return year_of(text, env)
    if env.context_year is not None:
        return env.context_year, False
    return (env.ref.year if env.ref else None), True


def _num(g: Groups, key: str) -> int | None:
    value = g.get(key)
    return t.small_number(value) if value else None


def resolve_day(g: Groups, env: Env) -> Value:
    year, rel = year_or_context(g.get("y"), env)
    month, day = _num(g, "m"), _num(g, "d")
    if year is None or month is None or day is None:
        return Value(None, None, "day", rel)
    date = t.safe_date(year, month, day)
    return Value(date, date, "day", rel)


def resolve_day_of_month(g: Groups, env: Env) -> Value:
    """8日, 本月3日, 去年本月十日: the month (and year) come from doc_date, shifted by 上/下."""
    day = _num(g, "d")
    if env.ref is None or day is None:
        return Value(None, None, "day", True)
    offset = offset_of(g.get("rel"))
    year, month = t.shift_month(env.ref.year, env.ref.month, offset)
    if g.get("y"):
        year += (year_of(g["y"], env)[0] or env.ref.year) - env.ref.year
    date = t.safe_date(year, month, day)
    return Value(date, date, "day", True)


def offset_of(prefix: str | None) -> int:
    if not prefix:
        return 0
    prefix = prefix.replace("个", "").replace("一", "")
    if prefix in ("上上",):
        return -2
    if prefix in ("下下",):
        return 2
    return {"上": -1, "下": 1}.get(prefix, 0)


def resolve_year(g: Groups, env: Env) -> Value:
    year, rel = year_of(g.get("y"), env)
    return _span(t.year_span(year) if year else None, "year", rel)


def resolve_year_range(g: Groups, env: Env) -> Value:
    first, _ = year_of(g.get("y"), env)
    last = second_year(g, env, first)
    if first and last and last < first and last < 100:  # 2018-20年
        last += first - first % 100
    return _span(t.year_span(first, last) if first and last else None, "years")


def resolve_month(g: Groups, env: Env) -> Value:
    year, rel = year_or_context(g.get("y"), env)
    month = _num(g, "m")
    return _span(t.month_span(year, month) if year and month else None, "month", rel)


def resolve_month_range(g: Groups, env: Env) -> Value:
    year, rel = year_or_context(g.get("y"), env)
    year2 = second_year(g, env, year) if g.get("y2") else year
    month, month2 = _num(g, "m"), _num(g, "m2")
    if not (year and year2 and month and month2):
        return Value(None, None, "month", rel)
    if not g.get("y2") and month2 < month:  # 8月至2月: into the next year
        year2 = year + 1
    return _span(t.month_span(year, month, year2, month2), "month", rel)


def resolve_day_range(g: Groups, env: Env) -> Value:
    year, rel = year_or_context(g.get("y"), env)
    month, day, day2 = _num(g, "m"), _num(g, "d"), _num(g, "d2")
    month2 = _num(g, "m2") or month
    year2 = second_year(g, env, year) if g.get("y2") else year
    if not (year and year2 and month and month2 and day and day2):
        return Value(None, None, "day", rel)
    start, end = t.safe_date(year, month, day), t.safe_date(year2, month2, day2)
    if start and end and end < start and not g.get("y2"):
        end = t.safe_date(year2 + 1, month2, day2)
    if not (start and end and start <= end):
        return Value(None, None, "day", rel)
    return Value(start, end, "day", rel)


def resolve_quarter(g: Groups, env: Env) -> Value:
    """一季度, 前三季度 (Q1–Q3), 首季度, 一季度末 (its last month), 上季度 (doc_date's - 1)."""
    year, rel = year_or_context(g.get("y"), env) if g.get("y") else _doc_year(env)
    last = _num(g, "qn") or _num(g, "q2") or (1 if g.get("q") == "首" else _num(g, "q"))
    first = 1 if g.get("qn") else (1 if g.get("q") == "首" else _num(g, "q"))
    if g.get("rel") is not None:
        if env.ref is None:
            return Value(None, None, "quarter", True)
        index = env.ref.year * 4 + (env.ref.month - 1) // 3 + offset_of(g["rel"])
        year, first, rel = index // 4, index % 4 + 1, True
        last = first
    if year is None or first is None or last is None or not 1 <= first <= last <= 4:
        return Value(None, None, "quarter", rel)
    if g.get("qpart"):  # 一季度末 → March, 四季度初 → October
        month = 3 * last if g["qpart"] == "末" else 3 * first - 2
        return _span(t.month_span(year, month), "month", rel)
    return _span(t.quarter_span(year, first, last), "quarter", rel)


def _doc_year(env: Env) -> tuple[int | None, bool]:
    # GUIDELINES: parts of a year without a stated year belong to doc_date's year.
    return (env.ref.year if env.ref else None), True


def resolve_half(g: Groups, env: Env) -> Value:
    year, rel = year_of(g.get("y"), env) if g.get("y") else _doc_year(env)
    if year is None:
        return Value(None, None, "half", rel)
    first_half = g.get("h") in ("上", "前")
    span = t.month_span(year, 1, year, 6) if first_half else t.month_span(year, 7, year, 12)
    return _span(span, "half", rel)


def resolve_first_months(g: Groups, env: Env) -> Value:
    year, rel = year_of(g.get("y"), env) if g.get("y") else _doc_year(env)
    count = _num(g, "n")
    if year is None or not count or count > 12:
        return Value(None, None, "month", rel)
    return _span(t.month_span(year, 1, year, count), "month", rel)


def resolve_year_part(g: Groups, env: Env) -> Value:
    """年初 → Jan 1–Jan 31; 年底/年末 → Dec 1–Dec 31 (GUIDELINES §dates)."""
    year, rel = year_of(g.get("y"), env) if g.get("y") else _doc_year(env)
    if year is None:
        return Value(None, None, "month", rel)
    month = 1 if g.get("part") in ("初", "伊始") else 12
    return _span(t.month_span(year, month), "month", rel)


def resolve_month_part(g: Groups, env: Env) -> Value:
    """上旬 / 月初 → days 1–10, 中旬 → 11–20, 下旬 / 月底 / 月末 → 21 to the month's end."""
    year, rel = year_or_context(g.get("y"), env)
    month, part = _num(g, "m"), (g.get("part") or "").lstrip("月")
    if year is None or month is None:
        return Value(None, None, "day", rel)
    return _span(month_part_span(year, month, part), "day", rel)


def month_part_span(year: int, month: int, part: str) -> t.Span | None:
    """上旬 / 初 → days 1–10, 中旬 → 11–20, 下旬 / 底 / 末 → 21 to the month's end; 上中旬 → 1–20,
    中下旬 → 11 to the end."""
    first, last = {
        "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "上中旬": (1, 20), "中下旬": (11, 31)
    }.get(part, (21, 31))
    return t.day_range(year, month, first, last)


def resolve_relative(g: Groups, env: Env) -> Value:
    if g.get("rel") is None:  # 今明两年 (this year and next), 明后两年 (the two after it)
        ref = env.ref
        first = ref.year + (g.get("pair") == "明后") if ref else None
        return _span(t.year_span(first, first + 1) if first else None, "years", True)
    unit, offset = relative_words()[g["rel"] or ""]
    if unit == "year_ctx":  # 同年, 次年: from the context's year
        base, rel = context_base_year(env)
        return _span(t.year_span(base + offset) if base else None, "year", rel)
    granularity = {"week": "day"}.get(unit, unit)
    if env.ref is None:
        return Value(None, None, granularity, True)
    ref = env.ref
    if unit == "day":
        day = ref + dt.timedelta(days=offset)
        return Value(day, day, "day", True)
    if unit == "month":
        year, month = t.shift_month(ref.year, ref.month, offset)
        return _span(t.month_span(year, month), "month", True)
    if unit == "week":
        return _span(t.week_span(ref, offset), "day", True)
    if unit == "quarter":
        return resolve_quarter({"rel": _prefix_for(offset)}, env)
    return _span(t.year_span(ref.year + offset), "year", True)


def _prefix_for(offset: int) -> str:
    return {-2: "上上", -1: "上", 0: "本", 1: "下", 2: "下下"}.get(offset, "本")


_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def resolve_weekday(g: Groups, env: Env) -> Value:
    """星期一 / 下周三 / 下周末: a day of doc_date's ISO week, shifted by 上/下."""
    if env.ref is None:
        return Value(None, None, "day", True)
    monday, sunday = t.week_span(env.ref, offset_of(g.get("rel")))
    day = g.get("wd") or g.get("wd2") or g.get("wd3")
    if not day:
        return Value(monday, sunday, "day", True)
    if day == "末":
        return Value(sunday - dt.timedelta(days=1), sunday, "day", True)
    date = monday + dt.timedelta(days=_WEEKDAYS[day])
    return Value(date, date, "day", True)


def resolve_decade(g: Groups, env: Env) -> Value:
    prefix, decade = g.get("c"), t.small_number(g.get("dec") or "")
    if decade is None:
        return NONE
    century = {"上": 20, "本": 21}.get(prefix or "") or (t.small_number(prefix) if prefix else None)
    ref_year = env.ref.year if env.ref else None
    span = t.decade_span(century, decade % 100 if decade >= 10 else decade * 10, ref_year)
    second = t.small_number(g.get("dec2") or "")
    if span and second:  # 五六十年代: the first decade's start to the second's end
        span = span[0], dt.date(span[0].year - span[0].year % 100 + second * 10 + 9, 12, 31)
    return _span(era_part(span, g.get("epart"), "decade"), "years")


def resolve_mid_century(g: Groups, env: Env) -> Value:
    # Convention (docs/dates.md): 本世纪中叶 in policy texts is the 2050 goal year.
    return _span(t.year_span(2050), "year")


def resolve_plan(g: Groups, env: Env) -> Value:
    years = plan_periods().get(g.get("plan") or "")
    return _span(t.year_span(*years) if years else None, "period")


def resolve_event(g: Groups, env: Env) -> Value:
    first = event_days().get(g.get("event") or "")
    return Value(first, env.ref, "period", True)


def resolve_vague(g: Groups, env: Env) -> Value:
    return NONE


RESOLVERS: dict[str, Callable[[Groups, Env], Value]] = {
    "ymd": resolve_day,
    "md": resolve_day,
    "day": resolve_day_of_month,
    "yrange": resolve_year_range,
    "drange": resolve_day_range,
    "mrange": resolve_month_range,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "months": resolve_first_months,
    "part": resolve_year_part,
    "ym": resolve_month,
    "month": resolve_month,
    "year": resolve_year,
    "rel": resolve_relative,
    "week": resolve_weekday,
    "decade": resolve_decade,
    "century": resolve_mid_century,
    "plan": resolve_plan,
    "event": resolve_event,
    "vague": resolve_vague,
}


def resolve(pid: str, groups: Groups, env: Env) -> Value:
    """The value of a match of pattern ``pid`` (family = the part before the dot)."""
    family, _, variant = pid.partition(".")
    if family == "part" and variant == "month":
        return resolve_month_part(groups, env)
    if family == "md" and variant == "rel":
        return resolve_day_of_month(groups, env)
    return RESOLVERS[family](groups, env)
