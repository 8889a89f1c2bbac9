"""Temporal expressions: find date spans, pick the non-overlapping ones, give kinds and values.

Patterns live in ``patterns/dates.yaml``; values come from ``rules/date_values.py``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass

import regex

from policyparse.data import load_words, load_yaml, longest_first
from policyparse.rules import temporal as t
from policyparse.rules.context import Context, Result
from policyparse.rules.date_calendars import holiday_words
from policyparse.rules.date_spans import era_years, resolve
from policyparse.rules.date_values import Env, Value, plan_periods, relative_words, year_of
from policyparse.rules.patterns import expand

_RELATIVE_FAMILIES = {"rel", "week", "day", "md.rel"}
_PERIOD_FAMILIES = {
    *("plan", "quarter", "half", "months", "part", "decade", "century", "cent", "wk", "sub"),
}
# Patterns whose kind follows another family (a month part is a calendar date like 4月12日).
_KIND_FAMILY = {"md.rel": "md.rel", "part.month": "md", "part.monthrange": "md"}
_WEEKDAY_GAP = 3  # 2019年4月18日(周四): a weekday right after a date adds nothing
# Families whose kind is fixed (never a deadline or an X以来 anchor): named days, lunar dates,
# seasons and windows counted from doc_date. GUIDELINES §dates leaves them out of a speech's dates.
_FIXED_KINDS = {"hol": "holiday", "lunar": "lunar", "season": "season", "win": "window"}
SPEECH_KINDS = frozenset(
    {"absolute", "relative", "range", "period", "anchored", "deadline", "vague"}
)


@dataclass
class _Cand:
    start: int
    end: int
    order: int
    pid: str
    groups: dict[str, str | None]


@functools.cache
def _context() -> dict[str, regex.Pattern[str]]:
    """The context checks of ``patterns/dates.yaml`` (since, deadline, name, title)."""
    spec = load_yaml("dates") or {}
    return {k: regex.compile(str(v), regex.VERBOSE) for k, v in (spec.get("context") or {}).items()}


@functools.cache
def _patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    # compile_patterns passes every list to every pattern, which `regex` rejects when a pattern
    # does not use one; compile here with ignore_unused until it does (reported to the lead).
    lists = {
        "rel": list(longest_first(relative_words())),
        "events": list(_event_names()),
        "plans": list(longest_first(plan_periods())),
        "vague": list(load_words("date_vague")),
        "eras": list(longest_first(era_years())),
        "holidays": list(longest_first(holiday_words("free"))),
        "holidays_cued": list(longest_first(holiday_words("cue"))),
    }
    spec = load_yaml("dates") or {}
    fragments = dict(spec.get("fragments") or {})
    compiled = []
    for pid, tpl in (spec.get("patterns") or {}).items():
        source = expand(str(tpl), fragments)
        pattern = regex.compile(source, regex.VERBOSE, ignore_unused=True, **lists)  # type: ignore[arg-type]
        compiled.append((str(pid), pattern))
    return tuple(compiled)


def _event_names() -> tuple[str, ...]:
    from policyparse.rules.date_values import event_days

    return longest_first(event_days())


def _candidates(norm: str) -> list[_Cand]:
    found = []
    for order, (pid, pattern) in enumerate(_patterns()):
        for m in pattern.finditer(norm):
            if m.end() > m.start():
                found.append(_Cand(m.start(), m.end(), order, pid, m.groupdict()))
    return found


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Leftmost-longest, then pattern order: non-overlapping spans in text order."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), c.order))
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


def _title_ranges(norm: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in _context()["title"].finditer(norm):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _inside(ranges: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = ranges
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and ends[i] >= end


def _explicit_year(c: _Cand, value: Value) -> int | None:
    """The year a mention states itself (2018年…, 二〇一八年…), for later month-day dates."""
    if value.start is None or value.granularity in ("none", "period"):
        return None
    if c.groups.get("y") is None and c.groups.get("y2") is None:
        return None
    return value.end.year if value.end else value.start.year


def find_dates(ctx: Context) -> list[Result]:
    """Find the temporal expressions of ``ctx.text`` with kinds and calendar values.

    Example:
        >>> from policyparse.stages import run
        >>> r = run("到2020年,十三五时期", ["dates"]).results["dates"]
        >>> [(d["kind"], d["value_start"]) for d in r]
        [('deadline', '2020-01-01'), ('period', '2016-01-01')]
    """
    norm, ref, checks = ctx.norm, ctx.doc_date, _context()
    titles = _title_ranges(norm)
    newlines = [i for i, ch in enumerate(norm) if ch == "\n"]
    sentence_ends = [i for i, ch in enumerate(norm) if ch in _SENTENCE_ENDS]
    results: list[Result] = []
    # (year, position of the mention stating it, whether it holds to the sentence's end only)
    context_year: tuple[int, int, bool] | None = None
    stated_year: tuple[int, int] | None = None  # the same, deadlines included (for 次年, 翌年)
    for c in _select(_candidates(norm)):
        if _inside(titles, c.start, c.end) or _in_name(norm, c.start, c.end):
            continue
        if results and c.start < results[-1]["end"]:
            continue  # already covered by a 至今 / 到现在 reached across by the previous date
        family = c.pid.partition(".")[0]
        if family == "week" and not c.groups.get("rel") and _follows_day(norm, results, c.start):
            continue
        if _recurring(norm, c, checks):
            continue
        env = Env(
            ref,
            _context_year(sentence_ends, newlines, context_year, c.start, ref),
            _paragraph_year(newlines, stated_year, c.start),
        )
        value = resolve(c.pid, c.groups, env)
        if family == "num" and value.start is None:
            continue  # 3-7-2017: day-first or month-first cannot be told apart
        start, end = c.start, c.end
        fixed = family in _FIXED_KINDS
        kind = _FIXED_KINDS[family] if fixed else _kind(_KIND_FAMILY.get(c.pid, family), value)
        no_since = fixed or family in ("vague", "event")
        since = None if no_since else checks["since"].match(norm, end)
        if since:
            end, kind = since.end(), "anchored"
            if since.group().startswith(("”", '"', "’")) and norm[start - 1 : start] in '“"‘':
                start -= 1  # “十五”以来: keep the quotes that the 以来 reaches across
            value = Value(value.start, ref, "period", True)
        elif (
            not fixed
            and kind not in ("vague", "anchored")
            and _is_deadline(norm, start, end, family)
        ):
            kind = "deadline"
        if _year_from_doc(c, family, env, value) and ref is not None and not _as_of(norm, start):
            value = _toward(kind, value, ref)
            if kind not in ("deadline", "anchored") and checks["past_after"].match(norm, end):
                value = _reported(value, ref)
        elif ref is not None and _as_of(norm, start) and _context_month_day(c, family, env):
            value = _as_of_current(value, ref)
        if ctx.in_boilerplate(start, end) and not (
            kind == "absolute" and value.granularity == "day"
        ):
            continue
        part = _year_part(c, env) if fixed else None
        year = _explicit_year(c, value) if not fixed else _year_of_part(part)
        if year is not None:
            stated_year = (year, start)
            if kind != "deadline" and not _topic_year(norm, end, checks):
                # 受去年10月基数较高影响: a year said relative to doc_date holds for its sentence
                context_year = (year, start, value.relative)
        elif c.pid == "rel.word" and value.granularity == "year" and value.start:
            # 今年进入…阶段，确保6月30日前…: a relative year sets the year of its own sentence;
            # after 力争明年汛前完成。 the next sentence's 6月10日前 is doc_date's year again.
            context_year = (value.start.year, start, True)
        result = _result(start, end, kind, value, c.pid)
        if part is not None:
            result["year_part"] = part
        results.append(result)
    return _join_ranges(norm, results)


def _topic_year(norm: str, end: int, checks: dict[str, regex.Pattern[str]]) -> bool:
    """在审查2012年省级决算时: a year that names a document's period, not when things happened."""
    return checks["topic_after"].match(norm, end) is not None


_SENTENCE_ENDS = frozenset("。！？!?；;\n")
# Patterns of relative words counted from a neighbouring unit (上年度, 上季度, 下月).
_NEIGHBOUR_PIDS = ("rel.word", "quarter.rel")


def _recurring(norm: str, c: _Cand, checks: dict[str, regex.Pattern[str]]) -> bool:
    """每年三季度末前 and the 下一年度 of 每年3月底前报送下一年度计划 recur: no calendar value."""
    if checks["recurring_before"].search(norm, max(0, c.start - 6), c.start):
        return True
    # Only the words counted from a neighbouring unit (上年度, 下一年度, 次年, 上月); 今年 and 明年
    # after 今年每月新增… keep doc_date's reading.
    if c.pid not in _NEIGHBOUR_PIDS or not norm.startswith(("上", "下", "次", "翌", "当"), c.start):
        return False
    lo = max(0, c.start - 60)  # bounded look-back keeps the pass linear in the text's length
    clause = max(lo, max(norm.rfind(ch, lo, c.start) for ch in "。！？!?；;，,\n") + 1)
    return checks["recurring_clause"].search(norm, clause, c.start) is not None


def _year_from_doc(c: _Cand, family: str, env: Env, value: Value) -> bool:
    """Whether a month or month-day took its year from doc_date (no year written or in context)."""
    return (
        family in ("md", "month", "part")
        and bool(c.groups.get("m"))
        and not c.groups.get("y")
        and env.context_year is None
        and value.start is not None
    )


def _context_month_day(c: _Cand, family: str, env: Env) -> bool:
    """A month-day that took its year from an earlier year of the paragraph."""
    return (
        family == "md" and bool(c.groups.get("m")) and not c.groups.get("y")
        and env.context_year is not None
    )


def _as_of_current(value: Value, ref: dt.date) -> Value:
    """截至4月30日 after a sentence on last year: a status as of the latest such day, which
    doc_date's year gives when that day is already past (an older status would name its year)."""
    if value.start is None or value.start.year != ref.year - 1:
        return value
    leap_day = (value.start.month, value.start.day) == (2, 29)
    start = None if leap_day else value.start.replace(year=ref.year)
    if start is None or start > ref:
        return value
    return Value(start, start, value.granularity, value.relative)


def _reported(value: Value, ref: dt.date) -> Value:
    """10月下旬，常委会听取了… in a report dated January: what already happened lies before
    doc_date, so a month-day of doc_date's year that is still ahead belongs to the year before."""
    if value.start is None or value.start <= ref:
        return value
    return _shifted(value, -1)


def _shifted(value: Value, years: int) -> Value:
    """``value`` moved by whole years (unchanged when a day does not exist in the new year)."""
    start, end = t.add_years(value.start, years), t.add_years(value.end, years)
    return Value(start, end, value.granularity, value.relative) if start and end else value


def _as_of(norm: str, start: int) -> bool:
    """截至6月30日: a date looked back to (as of), not a deadline ahead."""
    return norm[max(0, start - 3) : start].endswith(("截至", "截止", "截止到", "截至到"))


def _toward(kind: str, value: Value, ref: dt.date) -> Value:
    """A deadline points ahead and an X以来 back: 1月10日前 written on 2023-12-22 is in 2024,
    7月以来 written on 2024-01-23 starts in 2023."""
    if kind == "deadline" and value.end is not None and value.end < ref:
        return _shifted(value, 1)
    if kind == "anchored" and value.start is not None and value.start > ref:
        start = t.add_years(value.start, -1)
        return Value(start, value.end, value.granularity, value.relative) if start else value
    return value


def _year_part(c: _Cand, env: Env) -> Result | None:
    """The year written before a named day, lunar date or season (今年 in 今年春节期间), as its
    own date.

    A speech leaves festival dates out but keeps the year that comes with them (GUIDELINES
    §dates lists 今年 and 2018年 as dates), so the speech builder reports this part instead.
    """
    text = c.groups.get("y")
    if not text:
        return None
    year, rel = year_of(text, env)
    span = t.year_span(year) if year else None
    value = Value(span[0], span[1], "year", rel) if span else Value(None, None, "year", rel)
    kind = "relative" if rel else "absolute"
    return _result(c.start, c.start + len(text), kind, value, "year.part")


def _year_of_part(part: Result | None) -> int | None:
    """The year a year part states (去年春节 → last year): context for the mentions after it."""
    first = part["value_start"] if part else None
    return int(first[:4]) if first else None


def _join_ranges(norm: str, results: list[Result]) -> list[Result]:
    """Merge ``A 至 B`` (two valued mentions joined only by a connector) into one range."""
    joiner = _context()["joiner"]
    out: list[Result] = []
    for r in results:
        prev = out[-1] if out else None
        if (
            prev is not None
            and r["start"] - prev["end"] <= 3
            and prev["kind"] not in ("vague", "anchored")
            and r["kind"] not in ("vague", "anchored")
            and (prev["kind"] in SPEECH_KINDS) == (r["kind"] in SPEECH_KINDS)
            and prev["value_start"]
            and r["value_end"]
            and prev["value_start"] <= r["value_end"]
            and joiner.match(norm[prev["end"] : r["start"]])
        ):
            out[-1] = {
                **prev,
                "end": r["end"],
                "kind": _joined_kind(prev["kind"], r["kind"]),
                "value_end": r["value_end"],
                "granularity": prev["granularity"],
                "rule": prev["rule"] + "+" + r["rule"],
            }
            continue
        if prev is not None and _between(norm, prev, r):
            # 2010年之后2018年之前: from the first date to the day before the second.
            before = dt.date.fromisoformat(r["value_start"]) - dt.timedelta(days=1)
            tail = 2 if norm.startswith(("之前", "以前"), r["end"]) else 0
            out[-1] = {
                **prev,
                "end": r["end"] + tail,
                "kind": "range",
                "value_end": before.isoformat(),
                "rule": prev["rule"] + "+" + r["rule"],
            }
            continue
        out.append(r)
    return out


def _between(norm: str, prev: Result, r: Result) -> bool:
    """A之后B之前 (2010年之后2018年之前): the span between two dates, as one range."""
    return (
        norm[prev["end"] : r["start"]] in ("之后", "以后")
        and norm.startswith(("之前", "以前"), r["end"])
        and bool(prev["value_start"])
        and bool(r["value_start"])
        and prev["value_start"] < r["value_start"]
    )


def _joined_kind(first: str, second: str) -> str:
    """A range keeps an out-of-schema kind (春节到元宵节 is still a holiday span)."""
    for kind in (first, second):
        if kind not in SPEECH_KINDS:
            return kind
    return "range"


def _context_year(
    sentence_ends: list[int],
    newlines: list[int],
    last: tuple[int, int, bool] | None,
    start: int,
    ref: dt.date | None,
) -> int | None:
    """Year for a month or day stated without one (GUIDELINES: "from the context, else from
    doc_date"). Context = the nearest preceding explicit year in the same paragraph, unless it
    lies after doc_date's year; without a doc_date, the nearest preceding one anywhere."""
    if last is None:
        return None
    year, pos, sentence_only = last
    if sentence_only and _newline_between(sentence_ends, pos, start):
        return None  # a relative year holds to the end of its sentence
    if ref is None:
        return year
    if year > ref.year + 1 or _newline_between(newlines, pos, start):
        return None  # a distant (target) year or another paragraph: use doc_date's year
    return year


def _paragraph_year(newlines: list[int], last: tuple[int, int] | None, start: int) -> int | None:
    """The nearest preceding stated year of the same paragraph, even a target year (次年)."""
    if last is None or _newline_between(newlines, last[1], start):
        return None
    return last[0]


def _newline_between(newlines: list[int], start: int, end: int) -> bool:
    """Whether a position of the sorted ``newlines`` (or sentence ends) lies in [start, end)."""
    i = bisect.bisect_left(newlines, start)
    return i < len(newlines) and newlines[i] < end


def _in_name(norm: str, start: int, end: int) -> bool:
    checks = _context()
    return bool(
        checks["name_before"].search(norm, max(0, start - 5), start)
        and checks["name_after"].match(norm[end : end + 1])
    )


def _follows_day(norm: str, results: list[Result], start: int) -> bool:
    """A bare weekday right after a day (2019年4月18日(周四)) restates that day; after a range
    connector (周一至周五) it is the end of a range."""
    return (
        bool(results)
        and results[-1]["granularity"] == "day"
        and (start - results[-1]["end"] <= _WEEKDAY_GAP)
        and not _context()["joiner"].match(norm[results[-1]["end"] : start])
    )


def _kind(family: str, value: Value) -> str:
    if family == "vague":
        return "vague"
    if family == "event":
        return "anchored"
    if family in ("yrange", "drange", "mrange", "ymrange") or (
        family == "quarter"
        and value.start
        and value.end
        and value.end.month - value.start.month > 2
    ):
        return "range"
    if family in _PERIOD_FAMILIES:
        return "relative" if value.relative else "period"
    if family in _RELATIVE_FAMILIES or (value.relative and family not in ("md", "month")):
        return "relative"  # a month-day without a year is still a calendar date (4月12日)
    return "absolute"


def _is_deadline(norm: str, start: int, end: int, family: str) -> bool:
    if family in ("rel",) and norm[end : end + 1] == "前":
        return False  # 今天前 / 明天前 are rare; 前天 is its own word
    checks = _context()
    if checks["deadline_after"].match(norm, end):
        return True
    return bool(checks["deadline_before"].search(norm, max(0, start - 4), start))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _result(start: int, end: int, kind: str, value: Value, pid: str) -> Result:
    if value.start is not None and value.end is not None and value.end < value.start:
        # 十九届四中全会以来 in a text dated before that plenum: no span ends before it starts,
        # so the end is unknown rather than wrong.
        value = Value(value.start, None, value.granularity, value.relative)
    return {
        "start": start,
        "end": end,
        "kind": kind,
        "value_start": _iso(value.start),
        "value_end": _iso(value.end),
        "granularity": value.granularity if kind != "vague" else "none",
        "rule": pid,
    }
