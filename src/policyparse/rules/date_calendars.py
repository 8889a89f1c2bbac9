"""Values of the expressions outside the Gregorian numbering that extract_dates reports but a
speech's dates leave out (GUIDELINES §dates "not"): named days (kind ``holiday``), lunar dates
(``lunar``), seasons (``season``) and spans counted from the reference date (``window``).

Conventions (docs/dates.md): a named day or lunar date without a year takes the context year,
else doc_date's; a window counts whole units from doc_date (近三个月 → [doc − 3 months, doc],
未来两年 → [doc, doc + 2 years − 1 day]); a point counted from doc_date has the granularity of
its unit (3年后 → that whole year, 20天后 → that day, 半年后 → that month).
"""

from __future__ import annotations

import datetime as dt
import functools

from policyparse.data import load_tsv
from policyparse.rules import lunar
from policyparse.rules import temporal as t
from policyparse.rules.date_values import Env, Groups, Value, year_or_context

_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_UNIT_MONTHS = {"年": 12, "季度": 3, "月": 1}
_UNIT_DAYS = {"周": 7, "星期": 7, "礼拜": 7, "天": 1, "日": 1}
_NONE = Value(None, None, "none")


@functools.cache
def holidays() -> dict[str, tuple[str, str, str]]:
    """``春节`` → ("lunar", "01-01", "free"), from ``lexicons/date_holidays.tsv``."""
    return {r["word"]: (r["calendar"], r["spec"], r["guard"]) for r in load_tsv("date_holidays")}


def holiday_words(guard: str) -> tuple[str, ...]:
    return tuple(w for w, (_, _, g) in holidays().items() if g == guard)


def _stated_year(g: Groups, env: Env) -> tuple[int | None, bool]:
    """The year written before the expression (阴历二〇二一年六月: after 阴历), else the
    context year, else doc_date's."""
    return year_or_context(g.get("y") or g.get("ly"), env)


def _day(day: dt.date | None, rel: bool) -> Value:
    return Value(day, day, "day", rel) if day else Value(None, None, "day", rel)


def resolve_holiday(g: Groups, env: Env) -> Value:
    """春节 → the lunar new year of the year, 国庆节 → Oct 1, 母亲节 → May's 2nd Sunday."""
    calendar, spec, _ = holidays().get(g.get("hol") or "", ("", "", ""))
    year, rel = _stated_year(g, env)
    if year is None or not calendar:
        return Value(None, None, "day", rel)
    if calendar == "term":
        return _day(lunar.solar_term(year, spec), rel)
    if calendar == "nth":
        month, nth, weekday = (int(x) for x in spec.split("/"))
        span = t.month_span(year, month)
        if span is None:
            return Value(None, None, "day", rel)
        if nth < 0:
            return _day(t.last_weekday(span[1], weekday - 1), rel)
        return _day(t.first_weekday(span[0], weekday - 1) + dt.timedelta(weeks=nth - 1), rel)
    month_text, _, day_text = spec.partition("-")
    month, day = int(month_text), (0 if day_text == "L" else int(day_text))
    if calendar == "lunar":
        return _day(lunar.to_solar(year, month, day), rel)
    return _day(t.safe_date(year, month, day), rel)


# A season runs from the solar term that opens it to the day before the next season's opens
# (立春 … 立夏): the traditional reckoning; winter reaches into the next year.
_SEASONS = {
    "春": ("立春", "立夏"),
    "夏": ("立夏", "立秋"),
    "秋": ("立秋", "立冬"),
    "冬": ("立冬", "立春"),
}
_SUMMER_BREAK = ((7, 1), (8, 31))


def resolve_season(g: Groups, env: Env) -> Value:
    """今年春季 → 立春 to the day before 立夏; 冬季 → 立冬 to the day before next 立春;
    暑假 / 暑期 → July and August."""
    year, rel = _stated_year(g, env)
    season = g.get("season") or ""
    if year is None:
        return Value(None, None, "day", rel)
    if season in ("暑假", "暑期"):
        (m1, d1), (m2, d2) = _SUMMER_BREAK
        return Value(dt.date(year, m1, d1), dt.date(year, m2, d2), "day", rel)
    opening, closing = _SEASONS[season]
    first = lunar.solar_term(year, opening)
    end_term = lunar.solar_term(year + 1 if season == "冬" else year, closing)
    if first is None or end_term is None:
        return Value(None, None, "day", rel)
    return Value(first, end_term - dt.timedelta(days=1), "day", rel)


def _lunar_number(text: str | None, words: dict[str, int]) -> int | None:
    if not text:
        return None
    if text in words:
        return words[text]
    text = text.removeprefix("初").replace("廿", "二十")
    return t.small_number(text)


def resolve_lunar(g: Groups, env: Env) -> Value:
    """农历八月二十三, 正月初八, 腊月, 闰四月, 五月初五, 大年初一; 大年三十 is the last day of
    the twelfth month."""
    year, rel = _stated_year(g, env)
    leap = bool(g.get("leap"))
    newyear = g.get("newyear") or ""
    month: int | None
    day: int | None
    if newyear:  # 大年初X is the first month; 大年三十 / 二十九 the last day of the 12th
        month = 1 if newyear.startswith("初") else 12
        day = 0 if month == 12 else _lunar_number(newyear, {})
    else:
        month = _lunar_number(g.get("lm"), _LUNAR_MONTHS)
        day = _lunar_number(g.get("ld"), {}) if g.get("ld") else None
    if year is None or month is None:
        return Value(None, None, "day", rel)
    if day is None and not g.get("ld"):
        span = lunar.month_span(year, month, leap)
        return Value(span[0], span[1], "month", rel) if span else Value(None, None, "month", rel)
    if day is None:
        return Value(None, None, "day", rel)
    return _day(lunar.to_solar(year, month, day, leap), rel)


def _count(g: Groups) -> tuple[int | None, int]:
    """The count of a window in (whole units, extra half units): 3年半 → (3, 1), 半年 → (0, 1)."""
    text = g.get("n") or ""
    half = int(bool(g.get("half") or g.get("half2")))
    if text == "半":
        return 0, 1
    if any(ch in text for ch in "几数") or any(g.get(k) for k in ("more", "more2", "more3")):
        number = None if any(ch in text for ch in "几数") else t.small_number(text)
        return number, -1  # 三个多月: at least the count; flagged by -1
    return t.small_number({"仨": "三", "俩": "两"}.get(text, text)), half


def _shift(day: dt.date, months: int = 0, days: int = 0) -> dt.date | None:
    year, month = t.shift_month(day.year, day.month, months)
    if not 1 <= year <= 9999:
        return None
    moved = dt.date(year, month, min(day.day, t.last_day(year, month)))
    try:
        return moved + dt.timedelta(days=days)
    except OverflowError:
        return None


def _workdays(day: dt.date, n: int) -> dt.date:
    """The day ``n`` working days (Monday–Friday) after ``day``."""
    while n > 0:
        day += dt.timedelta(days=1)
        n -= day.weekday() < 5
    return day


def _offset(unit: str, whole: int, half: int) -> tuple[int, int]:
    """(months, days) of ``whole`` units plus ``half`` a unit."""
    if unit in _UNIT_MONTHS:
        months = _UNIT_MONTHS[unit]
        if half > 0 and months == 1:
            return whole, 15  # 两个半月: two months and fifteen days
        return whole * months + (months // 2 if half > 0 else 0), 0
    days = _UNIT_DAYS.get(unit, 1)
    return 0, whole * days + (days // 2 if half > 0 else 0)


def resolve_window(g: Groups, env: Env, variant: str) -> Value:
    """近三年 / 未来两个月 / 十五个工作日内 / 三个多月以来 (a span from or to doc_date) and
    5年前 / 20天后 (a point counted from doc_date)."""
    whole, half = _count(g)
    unit = (g.get("unit") or "").removeprefix("个")
    ref = env.ref
    if ref is None or whole is None:
        return Value(None, None, "day", True)
    if unit == "工作日":
        if variant == "point" or _is_past(g):
            return Value(None, None, "day", True)
        try:
            return Value(ref, _workdays(ref, whole), "day", True)
        except OverflowError:
            return Value(None, None, "day", True)
    months, days = _offset(unit, whole, half)
    if variant == "point":
        sign = -1 if g.get("pdir") in ("以前", "之前", "前") else 1
        point = _shift(ref, sign * months, sign * days)
        return _point(point, unit, half)
    if _is_past(g):
        first = _shift(ref, -months, -days)
        if first and half < 0:  # 三个多月以来: from the start of the unit reached
            first = first.replace(day=1, month=1 if unit == "年" else first.month)
        return Value(first, ref, "day", True) if first else Value(None, None, "day", True)
    # The start day is not counted, as in the legal reckoning of periods (Civil Code art. 201):
    # 60日内 from 06-14 ends on 08-13, 三年内 from 2020-03-01 on 2023-03-01, like 工作日 windows.
    last = _shift(ref, months, days)
    return Value(ref, last, "day", True) if last else Value(None, None, "day", True)


def _is_past(g: Groups) -> bool:
    """近三年, 上两周, 三个月以来 look back from doc_date; the rest look ahead."""
    return bool(g.get("dir") or g.get("dir2")) or g.get("tail") in ("以来", "来")


def _point(day: dt.date | None, unit: str, half: int) -> Value:
    """The calendar unit holding ``day``: a year for 3年后, a month for 半年后 / 三个季度后."""
    if day is None:
        return Value(None, None, "day", True)
    if unit == "年" and half == 0:
        return Value(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", True)
    if unit in _UNIT_MONTHS:
        span = t.month_span(day.year, day.month)
        return Value(span[0], span[1], "month", True) if span else _NONE
    if unit in ("周", "星期", "礼拜"):
        first, last = t.week_span(day)
        return Value(first, last, "day", True)
    return Value(day, day, "day", True)
