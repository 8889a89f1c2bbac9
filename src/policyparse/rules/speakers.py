"""The officials whose speech, report or remarks the document delivers or reports.

GUIDELINES §speakers: the main voice (讲话, 强调, 指出, 表示, 作报告, 介绍), people quoted in a news
report and the author of a signed article; not a chair when the voice is 会议, not people only
announced to speak, not speeches relayed (传达).
"""

from __future__ import annotations

import functools

import regex

from policyparse.rules import official_lexicon as lex
from policyparse.rules.context import Context, Result

_CLAUSE_ENDS = "。!?;\n"
_LOOKBACK = 60
_HEAD_LINES = 15
_HEAD_REACH = 5000  # characters within which the first _HEAD_LINES lines are looked for


@functools.cache
def _after_name() -> regex.Pattern[str]:
    """What follows a speaker's name: an optional title, a setting, then a verb of speech."""
    return regex.compile(
        r"(?:\L<address>|同志|先生|女士)?[ ]?"
        r"(?:(?P<colon>:)"
        r"|(?:在[^。\n]{0,40}?(?:上|中|时)[,]?)?(?:也|还|再次|进一步|最后|首先|同时)?"
        r"(?P<voice>\L<voice>)"
        r"|(?:主持[^。\n,]{0,8}?并|就[^。\n]{1,30}?)?"
        r"(?P<report>(?:作|发表)了?[^。\n,]{0,10}?(?:讲话|报告|演讲|说明))"
        r"|(?:代表[^。\n]{0,12}?)?所作的[^。\n]{0,12}?报告"
        r"|在[^。\n]{0,40}?上的(?:重要)?(?:讲话|报告|工作报告|致辞|讲话实录|主旨演讲|发言))",
        address=list(lex.address_titles()),
        voice=list(lex.speech_verbs("voice")),
    )


@functools.cache
def _pronoun() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:^|(?<=[。!?;\n]))[ ]*[他她](?:还|也|再次|进一步|最后|首先|同时)?(?:\L<voice>)",
        regex.MULTILINE,
        voice=list(lex.speech_verbs("voice")),
    )


def _clause_before(norm: str, s: int) -> str:
    start = max(0, s - _LOOKBACK)
    cut = max(norm.rfind(ch, start, s) for ch in _CLAUSE_ENDS)
    return norm[max(start, cut + 1) : s]


def _blocked(norm: str, s: int, e: int) -> bool:  # e: end of the speech phrase
    """A relayed speech (传达…讲话精神) or an announced one (请…介绍)."""
    clause = _clause_before(norm, s)
    for kind in ("relay", "announce"):
        if lex.verb_matcher(kind).search(clause):
            return True
    return norm.startswith("精神", e) or norm.startswith("的精神", e)


@functools.cache
def _author_label() -> regex.Pattern[str]:
    return regex.compile("(?:" + lex.patterns()["author"].pattern + r")\Z", regex.VERBOSE)


def _byline(norm: str, s: int, e: int) -> bool:
    """The name stands alone on a head line, maybe after a title (校长 张立柱): the author."""
    if s > _HEAD_REACH:
        return False
    line_start = norm.rfind("\n", 0, s) + 1
    line_end = norm.find("\n", e)
    line_end = len(norm) if line_end < 0 else line_end
    rest = norm[e:line_end].strip()
    before = norm[line_start:s]
    signed = _author_label().search(before) is not None
    bracketed = rest.startswith("(") and rest.endswith(")")
    if rest and not ((bracketed or (signed and rest.startswith(","))) and len(rest) <= 40):
        return False  # only a position may follow the author's name (作者:许明远,研究员)
    if (
        before.strip()
        and not signed
        and not before.endswith(" ")
        and not before.rstrip().endswith(")")
    ):
        return False
    filled = sum(1 for ln in norm[:line_start].split("\n") if ln.strip())
    return filled < _HEAD_LINES


def _interviewee(norm: str, s: int, e: int) -> bool:
    """A head line that names the person interviewed (——访市大数据局局长张三): the answers are
    theirs."""
    if s > _HEAD_REACH:
        return False  # head lines only; also keeps the check cheap on long texts
    line_start = norm.rfind("\n", 0, s) + 1
    line_end = norm.find("\n", e)
    rest = norm[e : len(norm) if line_end < 0 else line_end].strip()
    if rest or not regex.match(r"[ ]*[—\-]{0,2}[ ]*(?:专访|访谈|访)", norm[line_start:s]):
        return False
    return sum(1 for ln in norm[:line_start].split("\n") if ln.strip()) < _HEAD_LINES


def find_speakers(ctx: Context) -> list[Result]:
    """People whose speech the document delivers or reports, in order of their first speech.

    Example:
        >>> from policyparse.stages import run
        >>> ctx = run("市长王立出席会议。王立强调,要抓好落实。", ["speakers"])
        >>> ctx.results["speakers"]
        [{'name': '王立'}]
    """
    norm = ctx.norm
    officials = ctx.results.get("officials") or []
    mentions = sorted(
        (s, e, i) for i, person in enumerate(officials) for s, e in person["mentions"]
    )
    first_voice: dict[int, int] = {}
    for s, e, i in mentions:
        if i in first_voice:
            continue
        m = _after_name().match(norm, e)
        spoke = bool(m) and not _blocked(norm, s, m.end() if m else e)
        if m and m.group("colon"):
            # A transcript turn (袁明: 谢谢) only at the start of a line.
            line_start = norm.rfind("\n", 0, s) + 1
            spoke = not norm[line_start:s].strip() or norm[s - 1] == " "
        if spoke or _byline(norm, s, e) or _interviewee(norm, s, e):
            first_voice[i] = s
    for m in _pronoun().finditer(norm):
        # 他强调: the last person named before the pronoun.
        prev = [i for s, _e, i in mentions if s < m.start()]
        if prev and prev[-1] not in first_voice:
            first_voice[prev[-1]] = m.start()
    order = sorted(first_voice, key=lambda i: first_voice[i])
    return [{"name": officials[i]["name"]} for i in order]
