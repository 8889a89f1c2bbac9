"""Values of the finer date patterns: weeks and days inside a month or year, era years,
centuries, numeric dates whose field order is unambiguous, and résumé-style month ranges.

``resolve`` extends ``date_values.resolve`` with these families.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from policyparse.data import load_tsv
from policyparse.rules import date_calendars as dc
from policyparse.rules import date_values as dv
from policyparse.rules import temporal as t
from policyparse.rules.date_values import Env, Groups, Value

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@functools.cache
def era_years() -> dict[str, int]:
    """``民国`` → 1912 (its first year), from ``lexicons/date_eras.tsv``."""
    return {r["era"]: int(r["first_year"]) for r in load_tsv("date_eras")}


def _count(g: Groups, key: str = "n") -> int | None:
    text = g.get(key)
    return t.small_number(text) if text else None


def _month(g: Groups, env: Env) -> tuple[t.Span | None, bool]:
    """The month an ``ANY_MONTH`` match names: 2021年3月, 三月 (context year), 本月."""
    if g.get("rel") is not None:
        if env.ref is None:
            return None, True
        shifted = t.shift_month(env.ref.year, env.ref.month, dv.offset_of(g["rel"]))
        return t.month_span(*shifted), True
    year, rel = dv.year_or_context(g.get("y"), env)
    month = _count(g, "m")
    return (t.month_span(year, month) if year and month else None), rel


def _year(g: Groups, env: Env) -> tuple[t.Span | None, bool]:
    year, rel = dv.year_of(g.get("y"), env)
    return (t.year_span(year) if year else None), rel


def _value(span: t.Span | None, granularity: str, rel: bool) -> Value:
    if span is None:
        return Value(None, None, granularity, rel)
    return Value(span[0], span[1], granularity, rel)


def resolve_week(g: Groups, env: Env, variant: str) -> Value:
    """第N周 of a month or year; the N-th (or last) weekday of a month; first/last N weeks."""
    parent, rel = _year(g, env) if variant in ("year", "yearspan") else _month(g, env)
    n = _count(g) or (1 if g.get("last") else None)
    if parent is None or n is None:
        return Value(None, None, "day", rel)
    if variant == "yearspan":
        return _value(t.edge_weeks(parent, n, g.get("fl") in ("最后", "最後")), "day", rel)
    if variant != "monthday":
        return _value(t.nth_week(parent, n), "day", rel)
    weekday = _WEEKDAYS[g.get("wd") or "一"]
    if g.get("last"):
        day = t.last_weekday(parent[1], weekday)
    else:
        day = t.first_weekday(parent[0], weekday) + dt.timedelta(weeks=n - 1)
    return _value((day, day) if day <= parent[1] else None, "day", rel)


def resolve_sub(g: Groups, env: Env, variant: str) -> Value:
    """The first or last N days / months / quarters of a year or month; a year's N-th month."""
    parent, rel = _month(g, env) if variant == "month" else _year(g, env)
    n = 1 if g.get("first") else _count(g)
    if parent is None or n is None:
        return Value(None, None, "day", rel)
    year = parent[0].year
    if variant == "nthmonth":
        return _value(t.month_span(year, n) if n <= 12 else None, "month", rel)
    last = g.get("fl") in ("最后", "最後", "后")
    unit = g.get("unit") or "天"
    if unit in ("天", "日"):
        return _value(t.edge_days(parent, n, last), "day", rel)
    months = n * (3 if unit == "个季度" else 1)  # 个月 / 月 count months
    if months > 12:
        return Value(None, None, "month", rel)
    first_month, last_month = (13 - months, 12) if last else (1, months)
    return _value(t.month_span(year, first_month, year, last_month), "month", rel)


def resolve_relative_month_part(g: Groups, env: Env) -> Value:
    """本月底 → days 21 to the end of doc_date's month, 上月初 → days 1–10 of the previous one."""
    parent, _ = _month(g, env)
    if parent is None:
        return Value(None, None, "day", True)
    span = dv.month_part_span(parent[0].year, parent[0].month, g.get("part") or "")
    return _value(span, "day", True)


def resolve_half_month(g: Groups, env: Env) -> Value:
    """上半月 → days 1–15, 下半月 → 16 to the end of the month (doc_date's unless stated)."""
    parent, rel = _month(g, env) if (g.get("m") or g.get("rel") is not None) else _doc_month(env)
    if parent is None:
        return Value(None, None, "day", rel)
    year, month = parent[0].year, parent[0].month
    first, last = (1, 15) if g.get("half") == "上" else (16, 31)
    return _value(t.day_range(year, month, first, last), "day", rel)


def resolve_bare_month_part(g: Groups, env: Env) -> Value:
    """月底 / 下旬 without a month: the part of doc_date's month."""
    parent, _ = _doc_month(env)
    if parent is None:
        return Value(None, None, "day", True)
    part = (g.get("part") or "").removeprefix("月")
    span = dv.month_part_span(parent[0].year, parent[0].month, part)
    return _value(span, "day", True)


def resolve_month_part_range(g: Groups, env: Env) -> Value:
    """5月中旬至下旬 → May 11–31: the first part's first day to the second part's last."""
    parent, rel = _month(g, env)
    if parent is None:
        return Value(None, None, "day", rel)
    year, month = parent[0].year, parent[0].month
    first = dv.month_part_span(year, month, g.get("part") or "")
    last = dv.month_part_span(year, month, (g.get("part2") or "").removeprefix("月"))
    return _value((first[0], last[1]) if first and last else None, "day", rel)


def _doc_month(env: Env) -> tuple[t.Span | None, bool]:
    return (t.month_span(env.ref.year, env.ref.month) if env.ref else None), True


def resolve_era(g: Groups, env: Env) -> Value:
    """民国三年 → 1914, 乾隆元年 → 1736 (year 1 of the era is 元年)."""
    first = era_years().get(g.get("era") or "")
    n = 1 if g.get("n") == "元" else _count(g)
    return _value(t.year_span(first + n - 1) if first and n else None, "year", False)


def resolve_century(g: Groups, env: Env) -> Value:
    """18世纪 → 1700–1799, 上世纪 → 1900–1999, 本世纪 → 2000–2099 (common usage);
    a part narrows it (上世纪末 → 1980–1999)."""
    prefix = (g.get("c") or "").replace("个", "")
    century = {"上": 20, "本": 21}.get(prefix) or t.small_number(prefix)
    if not century:
        return Value(None, None, "years")
    base = (century - 1) * 100
    span = dv.era_part(t.year_span(max(base, 1), base + 99), g.get("epart"), "century")
    return _value(span, "years", False)


def resolve_numeric(g: Groups, env: Env) -> Value:
    """13.5.2015 / 12/25/2019 / 05/05/89: a value only when day and month cannot be swapped."""
    a, b, year = _count(g, "a"), _count(g, "b"), t.year_number(g.get("yy") or "")
    if a is None or b is None or year is None:
        return dv.NONE
    if a == b or b > 12:
        month, day = a, b
    elif a > 12:
        month, day = b, a
    else:
        return dv.NONE  # 3-7-2017: March 7 or 3 July
    date = t.safe_date(year, month, day)
    return Value(date, date, "day") if date else dv.NONE


def resolve_dot_month_range(g: Groups, env: Env) -> Value:
    """1999.08-2002.02 → Aug 1999 – Feb 2002; 2008.03-2009 → Mar 2008 – Dec 2009;
    2018年至2020年3月 → Jan 2018 – Mar 2020."""
    year, year2 = t.year_number(g.get("y") or ""), t.year_number(g.get("y2") or "")
    month, month2 = _count(g, "m") or 1, _count(g, "m2") or 12
    if year and year2 and year2 < year and year2 < 100:  # 1985到89年9月
        year2 += year - year % 100
    if not (year and year2):
        return Value(None, None, "month")
    return _value(t.month_span(year, month, year2, month2), "month", False)


_FAMILIES: dict[str, Callable[[Groups, Env, str], Value]] = {
    "wk": resolve_week,
    "sub": resolve_sub,
    "era": lambda g, env, v: resolve_era(g, env),
    "cent": lambda g, env, v: resolve_century(g, env),
    "num": lambda g, env, v: resolve_numeric(g, env),
    "ymrange": lambda g, env, v: resolve_dot_month_range(g, env),
    "hol": lambda g, env, v: dc.resolve_holiday(g, env),
    "lunar": lambda g, env, v: dc.resolve_lunar(g, env),
    "win": dc.resolve_window,
    "season": lambda g, env, v: dc.resolve_season(g, env),
}


def resolve(pid: str, groups: Groups, env: Env) -> Value:
    """The value of a match of pattern ``pid``: these families here, the rest in date_values."""
    family, _, variant = pid.partition(".")
    if pid == "part.relmonth":
        return resolve_relative_month_part(groups, env)
    if pid == "part.halfmonth":
        return resolve_half_month(groups, env)
    if pid == "part.monthrange":
        return resolve_month_part_range(groups, env)
    if pid == "part.barem":
        return resolve_bare_month_part(groups, env)
    if family in _FAMILIES:
        return _FAMILIES[family](groups, env, variant)
    return dv.resolve(pid, groups, env)
