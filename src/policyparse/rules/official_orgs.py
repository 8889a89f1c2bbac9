"""Full names for bodies a title leaves implicit or writes as a shorthand (部, 市委, 集团公司, 厅).

GUIDELINES §officials: a shorthand becomes the full name the text gives elsewhere; for a local
post the place and its committee read the same (市委 → the 市 the text names).
"""

from __future__ import annotations

import bisect
import functools

import regex

from policyparse.data import load_tsv
from policyparse.rules import official_lexicon as lex
from policyparse.rules.context import Context
from policyparse.rules.official_names import is_han
from policyparse.rules.official_positions import org_chain_ending

Span = tuple[int, int]

_PLACE_PREFIX_STOP = set("全本我各该其城超股楼此每外省市县区被条件项把将")
# Characters after which a place name may start (在江临市, 和南屿市).
_PLACE_LEFT = set("在于和与及的对向到从是为由赴")
# Characters that never occur inside a company name but end the words before one.
_COMPANY_LEFT_STOP = set("的了是在和与及由对向就为将把从到给让被等并于说")
# A shorthand alone is not a name: 本集团, 该公司, 子公司, 副厅.
_SHORT_PREFIX = set("本该各全我其此每这那子分总母副原前新")
_MAX_COMPANY = 16
_COMMITTEE_HEAD = set("省市县区州党纪常编")
# Verbs that open a clause before a body (联合市工信局, 会同省财政厅): never the start of a place.
_PLACE_VERB_START = ("联合", "会同", "配合", "协同", "组织", "依托", "督促", "指导")
_HOST_HEAD = 400  # a speech's subtitle stands in its first lines


@functools.cache
def shorthands() -> dict[str, tuple[str, str]]:
    """Shorthand body as written → (kind, value) of official_org_shorthands.tsv."""
    return {r["shorthand"]: (r["kind"], r["value"]) for r in load_tsv("official_org_shorthands")}


@functools.cache
def _company_stops() -> regex.Pattern[str]:
    return lex.prose_matcher()


@functools.cache
def _company_suffix() -> regex.Pattern[str]:
    limited = r"(?:股份)?有限(?:责任)?公司"
    return regex.compile(rf"集团{limited}|集团公司|集团|{limited}|公司")


@functools.cache
def _ministry_names() -> tuple[str, ...]:
    return tuple(n for n in lex.org_names() if lex.organizations()[n].kind == "ministry")


def first_lexicon_org(ctx: Context, kind: str) -> Span | None:
    """First ministry the text names, in its full form when the text also gives that."""
    names = _ministry_names() if kind == "ministry" else ()
    for m in lex.org_matcher().finditer(ctx.norm):
        if m.group() in names and not ctx.in_boilerplate(*m.span()):
            full = lex.organizations()[m.group()].canonical
            at = ctx.norm.find(full)
            return (at, at + len(full)) if at >= 0 else m.span()
    return None


def first_with_suffix(ctx: Context, suffix: str) -> Span | None:
    """The body or place ending with ``suffix`` the text names most (浙江省, 江临理工大学)."""
    norm = ctx.norm
    for m in lex.org_matcher().finditer(norm):
        if m.group().endswith(suffix) and lex.organizations()[m.group()].kind == "province":
            return m.span()
    if suffix in ("省", "自治区"):  # every province is in the lexicon
        return None
    limit = 8 if len(suffix) > 1 else 3  # 江临理工大学 vs a two- or three-character place
    counts: dict[str, list[Span]] = {}
    for m in regex.finditer(regex.escape(suffix), norm):
        start = org_chain_ending(norm, m.end())
        if start is None:
            continue
        size = m.start() - start
        if not 2 <= size <= limit or not _PLACE_PREFIX_STOP.isdisjoint(norm[start : m.start()]):
            continue  # 全市, 围绕我市: no place
        if _company_stops().search(norm, start, m.start()):
            continue
        if lex.patterns()["place_word"].match(norm, m.start()):
            continue  # 新增市场主体: 市场, not a city
        if norm[m.start() - 1] == "强" or (start > 0 and norm[start - 1] in "“\"‘"):
            continue  # “产业强市”, 人才强省: a slogan, not a place
        # The place must start after a boundary, not in the middle of a phrase; a body right
        # before it is a boundary too (中国人民银行江临市中心支行).
        if start > 0 and norm[start - 1] not in _PLACE_LEFT and is_han(norm[start - 1]):
            if org_chain_ending(norm, start) is None:
                continue
        if norm.startswith(_PLACE_VERB_START, start):
            continue  # 联合市工信局: 联合 (jointly with) is a verb, not a place
        if lex.nonname_matcher().match(norm, start) or ctx.in_boilerplate(start, m.end()):
            continue
        counts.setdefault(norm[start : m.end()], []).append((start, m.end()))
    if not counts:
        return _named_city(ctx) if suffix == "市" else None

    # Real institutions often start with a place (江临理工大学): that outweighs one mention.
    def rank(spans: list[Span]) -> tuple[int, int]:
        place = lex.org_matcher().match(norm, spans[0][0])
        return len(spans) + (2 if place else 0), -spans[0][0]

    return max(counts.values(), key=rank)[0]


@functools.cache
def _cities() -> regex.Pattern[str]:
    names = [r["city"] for r in load_tsv("official_cities") if r["word"] != "y"]
    return regex.compile(r"\L<c>", c=names)


def _named_city(ctx: Context) -> Span | None:
    """The city the text names most without 市 (现代化宁德建设), if named at least twice."""
    found: dict[str, list[Span]] = {}
    for m in _cities().finditer(ctx.norm):
        if not ctx.in_boilerplate(*m.span()):
            found.setdefault(m.group(), []).append(m.span())
    found = {k: v for k, v in found.items() if len(v) >= 2}
    return _best(found)


def _best(found: dict[str, list[Span]]) -> Span | None:
    if not found:
        return None
    return max(found.values(), key=lambda spans: (len(spans), -spans[0][0]))[0]


def first_company(ctx: Context, head: str) -> Span | None:
    """The company (中国华电集团有限公司, 东方电气集团) the text names most.

    The name starts at a boundary: a punctuation mark, a function word, or the end of a word of
    running prose (推动, 召开), so 研究推动集团公司发展 gives no name.
    """
    found = _companies(ctx, head)
    if not found:
        return None
    norm = ctx.norm
    # A registered name (…集团有限公司) is the company itself; a shorter mention may be a slogan.
    return max(
        found.values(),
        key=lambda spans: ("有限" in norm[slice(*spans[0])], len(spans), -spans[0][0]),
    )[0]


def _companies(ctx: Context, head: str) -> dict[str, list[Span]]:
    """Every company name ending in a suffix that holds ``head``, with its spans."""
    norm = ctx.norm
    found: dict[str, list[Span]] = {}
    for m in _company_suffix().finditer(norm):
        if head not in m.group():
            continue
        start = m.start()
        while start > 0 and m.start() - start < _MAX_COMPANY:
            ch = norm[start - 1]
            if not is_han(ch) or ch in _COMPANY_LEFT_STOP:
                break
            start -= 1
        for stop in _company_stops().finditer(norm, start, m.start(), overlapped=True):
            start = max(start, stop.end())
        if m.start() - start < 2 or norm[start] in _SHORT_PREFIX:
            continue
        if ctx.in_boilerplate(start, m.end()):
            continue
        found.setdefault(norm[start : m.end()], []).append((start, m.end()))
    return found


@functools.cache
def _place_start() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}{2,3}[省市县区州]")


def first_body(ctx: Context, suffix: str) -> Span | None:
    """The department (湖北省交通运输厅, 洛阳市公安局) a bare 厅, 局 or 委 stands for.

    The name must open with a lexicon body or a place, so 发展格局 or 大局 is never taken.
    """
    norm = ctx.norm
    found: dict[str, list[Span]] = {}
    for m in regex.finditer(regex.escape(suffix), norm):
        if norm.startswith("长", m.end()):
            continue  # 厅长, 局长: a title, not a body
        if suffix == "委" and m.start() > 0 and norm[m.start() - 1] in _COMMITTEE_HEAD:
            continue  # 市委, 党委, 常委: a party committee, not a commission
        start = org_chain_ending(norm, m.end())
        if start is None or m.end() - start < 3 or norm[start] in _SHORT_PREFIX:
            continue
        if start > 0 and is_han(norm[start - 1]) and norm[start - 1] not in _PLACE_LEFT:
            continue
        opens = lex.org_matcher().match(norm, start) or _place_start().match(norm, start)
        if not opens or ctx.in_boilerplate(start, m.end()):
            continue
        found.setdefault(norm[start : m.end()], []).append((start, m.end()))
    return _best(found)


@functools.cache
def _committee() -> regex.Pattern[str]:
    return regex.compile(r"(?:自治区党委|省委|市委|县委|区委|州委)(?!员|托)")


def _committee_spans(ctx: Context) -> list[tuple[int, Span]]:
    """Every party committee the text names as (where it is, the body with its place)."""
    norm = ctx.norm
    out: list[tuple[int, Span]] = []
    for m in _committee().finditer(norm):
        if ctx.in_boilerplate(*m.span()):
            continue
        start = org_chain_ending(norm, m.end())
        s = m.start()
        if start is not None and 2 <= s - start <= 4:
            place = norm[start:s]
            if _PLACE_PREFIX_STOP.isdisjoint(place) and not _company_stops().search(place):
                s = start  # 洛阳市委 with its place
        out.append((m.start(), (s, m.end())))
    return out


class Resolver:
    """Full names of implicit and shorthand bodies in one text, each looked up once.

    Every lookup scans the text, so results are kept per text: the finder stays linear however
    many people share a shorthand.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._memo: dict[tuple[str, str], Span | None] = {}
        self._committees: list[tuple[int, Span]] | None = None
        self._companies: dict[str, list[Span]] = {}
        self._hosts: dict[str, Span | None] = {}

    def resolve(self, kind: str, value: str, at: int = 0) -> Span | None:
        """The full name of a body of ``kind`` (lexicon, suffix, company, company_near, body,
        committee) the text gives; ``at`` is where the person or the shorthand is."""
        if kind == "committee":
            return self.nearest_committee(at)
        if kind == "company_near":
            return self.company_before(value, at)
        key = (kind, value)
        if key not in self._memo:
            self._memo[key] = _resolve(self.ctx, kind, value)
        return self._memo[key]

    def company_before(self, head: str, at: int) -> Span | None:
        """The company named last before ``at``: in a report that visits several firms,
        公司总经理 belongs to the one just named (在甲有限公司，…公司总经理乙介绍)."""
        if head not in self._companies:
            spans = (span for spans in _companies(self.ctx, head).values() for span in spans)
            self._companies[head] = sorted(spans)
        named = self._companies[head]
        i = bisect.bisect_right(named, (at, at))
        while i > 0 and named[i - 1][1] > at:
            i -= 1  # a name still running at ``at`` is not before it
        return named[i - 1] if i > 0 else self.resolve("company", head)

    def nearest_committee(self, at: int) -> Span | None:
        """The party committee a bare 书记 leads: the one named last before ``at``, else the
        first, else the province or autonomous region the text names; a bare 市委 becomes the
        市 the text names."""
        if self._committees is None:
            self._committees = _committee_spans(self.ctx)
        if not self._committees:
            # No committee named: a provincial text's bare 书记 leads the province's committee,
            # which the gold names by the province (自治区党委书记 → 广西壮族自治区).
            return self.resolve("suffix", "自治区") or self.resolve("suffix", "省")
        i = bisect.bisect_left(self._committees, (at, (-1, -1)))
        span = self._committees[i - 1 if i > 0 else 0][1]
        return self.expand_shorthand(span)

    def meeting_host(self) -> Span | None:
        """The body whose meeting a speech was given at, from its subtitle (——在滨海理工大学2021年
        工作会议上的讲话): a byline's title without a body belongs to it."""
        if "meeting_host" not in self._hosts:
            head = self.ctx.norm[:_HOST_HEAD]
            m = lex.patterns()["meeting_host"].search(head)
            span = None
            if m and org_chain_ending(head, m.end("host")) == m.start("host"):
                span = self.expand_shorthand(m.span("host"))
            self._hosts["meeting_host"] = span
        return self._hosts["meeting_host"]

    def expand_shorthand(self, span: Span) -> Span:
        """The full name for a shorthand body at ``span`` (市委 → 洛阳市), else ``span``."""
        rule = shorthands().get(self.ctx.norm[slice(*span)])
        if rule is None:
            return span
        full = self.resolve(*rule, at=span[0])
        return full if full is not None and full != span else span


def _resolve(ctx: Context, kind: str, value: str) -> Span | None:
    if kind == "lexicon":
        return first_lexicon_org(ctx, value)
    if kind == "company":
        return first_company(ctx, value)
    if kind == "body":
        return first_body(ctx, value)
    return first_with_suffix(ctx, value)
