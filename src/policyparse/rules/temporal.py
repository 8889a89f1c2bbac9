"""Calendar arithmetic for date mentions: first and last day of years, months, quarters, weeks.

Plain ``datetime``/``calendar`` code, spaCy-free; every function returns inclusive day bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt

Span = tuple[dt.date, dt.date]

# Digits of year strings written digit by digit (二〇一八, 二O一八).
_YEAR_DIGITS = dict(
    zip("〇零○Oo一二三四五六七八九", (0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)


def year_number(text: str) -> int | None:
    """The year a numeral string names: ``2018``, ``二〇一八``, ``08`` (→ 2008), ``两千零四``.

    Example:
        >>> year_number("二〇一八"), year_number("08"), year_number("两千零四")
        (2018, 2008, 2004)
    """
    from policyparse.rules.numerals import parse_number

    s = text.strip()
    if s and all(ch in _YEAR_DIGITS or ch.isdigit() for ch in s):
        digits = "".join(str(_YEAR_DIGITS[ch]) if ch in _YEAR_DIGITS else ch for ch in s)
        value = int(digits)
        if len(digits) == 2:  # two-digit years: 08年 → 2008, 98年 → 1998
            return 2000 + value if value < 50 else 1900 + value
        return value
    number = parse_number(s)
    if number is None or number != int(number) or number <= 0:
        return None
    return int(number)


def small_number(text: str) -> int | None:
    """A month, day or count: ``12``, ``十二``, ``两`` → int, else None."""
    from policyparse.rules.numerals import parse_number

    number = parse_number(text.strip())
    if number is None or number != int(number):
        return None
    return int(number)


def last_day(year: int, month: int) -> int:
    """Number of days in ``month`` of ``year``."""
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)`` or None when no such day exists (2月30日)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_years(day: dt.date | None, years: int) -> dt.date | None:
    """``day`` moved by whole years; a month's last day stays its last (Feb 28 → Feb 29)."""
    if day is None or not 1 <= day.year + years <= 9999:
        return None
    year = day.year + years
    last = last_day(year, day.month)
    at_end = day.day == last_day(day.year, day.month)
    return dt.date(year, day.month, last if at_end else min(day.day, last))


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    """The (year, month) ``offset`` months after ``year``-``month``."""
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def year_span(first: int, last: int | None = None) -> Span | None:
    """Jan 1 of ``first`` to Dec 31 of ``last`` (default: the same year)."""
    last = first if last is None else last
    if not (1 <= first <= last <= 9999):
        return None
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def month_span(
    year: int, month: int, year2: int | None = None, month2: int | None = None
) -> Span | None:
    """First day of ``year``-``month`` to the last day of ``year2``-``month2`` (default: same)."""
    year2 = year if year2 is None else year2
    month2 = month if month2 is None else month2
    if not (1 <= month <= 12 and 1 <= month2 <= 12 and 1 <= year <= 9999 and 1 <= year2 <= 9999):
        return None
    start, end = dt.date(year, month, 1), dt.date(year2, month2, last_day(year2, month2))
    return (start, end) if start <= end else None


def day_range(year: int, month: int, first: int, last: int) -> Span | None:
    """Days ``first``..``last`` of one month; ``last`` may exceed the month (→ its last day)."""
    if not (1 <= month <= 12):
        return None
    last = min(last, last_day(year, month))
    start, end = safe_date(year, month, first), safe_date(year, month, last)
    return (start, end) if start and end and start <= end else None


def quarter_span(year: int, first: int, last: int | None = None) -> Span | None:
    """Quarters ``first``..``last`` of ``year`` (一季度 → Jan 1–Mar 31, 前三季度 → Jan 1–Sep 30)."""
    last = first if last is None else last
    if not (1 <= first <= last <= 4):
        return None
    return month_span(year, 3 * first - 2, year, 3 * last)


def week_span(day: dt.date, offset: int = 0) -> Span:
    """Monday to Sunday of the ISO week holding ``day``, shifted by ``offset`` weeks."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def decade_span(century: int | None, decade: int, ref_year: int | None) -> Span | None:
    """The decade ``decade`` (0, 10, ... 90) of ``century`` (19 = 1900s); bare decades
    (九十年代) take the latest such decade that has begun by ``ref_year`` (default 1900s)."""
    if century is not None:
        base = (century - 1) * 100
    else:
        base = 2000 if ref_year is not None and 2000 + decade <= ref_year else 1900
    return year_span(base + decade, base + decade + 9)


def first_weekday(start: dt.date, weekday: int) -> dt.date:
    """The first day on or after ``start`` that falls on ``weekday`` (0 = Monday)."""
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def last_weekday(end: dt.date, weekday: int) -> dt.date:
    """The last day on or before ``end`` that falls on ``weekday`` (0 = Monday)."""
    return end - dt.timedelta(days=(end.weekday() - weekday) % 7)


def nth_week(span: Span, n: int) -> Span | None:
    """Week ``n`` (Monday–Sunday) of a month or year; week 1 starts on its first Monday
    (the convention of both external suites: 2021年3月第三周 → Mar 15–21)."""
    monday = first_weekday(span[0], 0) + dt.timedelta(weeks=n - 1)
    return (monday, monday + dt.timedelta(days=6)) if n >= 1 and monday <= span[1] else None


def edge_weeks(span: Span, n: int, last: bool) -> Span | None:
    """The first or last ``n`` whole Monday–Sunday weeks inside ``span``."""
    if last:
        sunday = last_weekday(span[1], 6)
        start, end = sunday - dt.timedelta(days=7 * n - 1), sunday
    else:
        monday = first_weekday(span[0], 0)
        start, end = monday, monday + dt.timedelta(days=7 * n - 1)
    return (start, end) if n >= 1 and span[0] <= start and end <= span[1] else None


def edge_days(span: Span, n: int, last: bool) -> Span | None:
    """The first or last ``n`` days of ``span``."""
    if n < 1 or n > (span[1] - span[0]).days + 1:
        return None
    if last:
        return span[1] - dt.timedelta(days=n - 1), span[1]
    return span[0], span[0] + dt.timedelta(days=n - 1)
