"""The Chinese lunisolar calendar: lunar dates and months, and the 24 solar terms.

A thin wrapper over ``lunar_python`` (almanac-grade tables and astronomical solar terms) that
returns ``datetime.date`` values and None for days that do not exist, instead of raising.
"""

from __future__ import annotations

import datetime as dt
import functools

from lunar_python import Lunar, LunarYear

# The library's table holds the next year's 冬至, 小寒 and 大寒 under these keys. A solar-term
# year runs from 立春 to the following 大寒 (the traditional order), so "2017年大寒" is the
# 大寒 of January 2018.
_NEXT_KEYS = {"冬至": "DONG_ZHI", "小寒": "XIAO_HAN", "大寒": "DA_HAN"}
_YEARS = range(1, 10000)


def _date(solar: object) -> dt.date | None:
    try:
        return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())  # type: ignore[attr-defined]
    except ValueError:  # past year 9999
        return None


def month_days(year: int, month: int, leap: bool = False) -> int | None:
    """Days in lunar ``month`` of lunar ``year`` (29 or 30), None if there is no such month."""
    if year not in _YEARS or not 1 <= month <= 12:
        return None
    try:
        found = LunarYear.fromYear(year).getMonth(-month if leap else month)
    except Exception:  # the library raises bare Exception for impossible months
        return None
    return None if found is None else int(found.getDayCount())


def to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """The Gregorian day of a lunar date; ``day`` 0 means the month's last day (除夕).

    Example:
        >>> to_solar(2019, 1, 1), to_solar(2023, 12, 0)
        (datetime.date(2019, 2, 5), datetime.date(2024, 2, 9))
    """
    days = month_days(year, month, leap)
    if days is None or not 0 <= day <= days:
        return None
    try:
        solar = Lunar.fromYmd(year, -month if leap else month, day or days).getSolar()
    except Exception:  # the library raises bare Exception outside its tables
        return None
    return _date(solar)


def month_span(year: int, month: int, leap: bool = False) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a lunar month (农历十月, 闰四月, 腊月)."""
    first, last = to_solar(year, month, 1, leap), to_solar(year, month, 0, leap)
    return (first, last) if first and last else None


@functools.cache
def _terms(year: int) -> dict[str, dt.date]:
    table = Lunar.fromYmd(year, 6, 1).getJieQiTable()
    terms = {name: day for name, solar in table.items() if (day := _date(solar)) is not None}
    for name, key in _NEXT_KEYS.items():
        if key in terms:
            terms[name] = terms[key]
    return terms


def solar_term(year: int, name: str) -> dt.date | None:
    """The day of solar term ``name`` (清明, 冬至 …) in the solar-term year ``year``."""
    if year not in _YEARS:
        return None
    try:
        return _terms(year).get(name)
    except Exception:  # outside the library's tables
        return None
