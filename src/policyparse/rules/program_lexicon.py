"""Lexicons and compiled patterns of the programmes finder, loaded lazily and cached."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from policyparse.data import load_tsv, load_words, longest_first
from policyparse.rules.patterns import compile_patterns

# Quote marks removed from a canonical name (GUIDELINES §programs: without enclosing quotes).
QUOTES = "“”\"‘’'「」『』"
# Characters that always end the left context of an unquoted name.
HARD_STOPS = frozenset(",，.。;；:：!！?？、()[]【】{}《》<>〈〉\n\r\t …·|/\\")
DASHES = "—–－‐‑−"


@dataclass(frozen=True)
class Head:
    """A programme head word: its kind, minimum modifier length and forbidden followers."""

    word: str
    kind: str
    min_mod: int
    not_before: tuple[str, ...]
    strict: bool = False
    mod_pattern: str = ""


@functools.cache
def heads() -> dict[str, Head]:
    """Head words keyed by their text (``program_heads.tsv``)."""
    out = {}
    for row in load_tsv("program_heads"):
        nb = tuple(w for w in row["not_before"].split("|") if w)
        out[row["head"]] = Head(
            row["head"],
            row["kind"],
            int(row["min_mod"]),
            nb,
            row["strict"] == "1",
            row["mod_pattern"],
        )
    return out


@functools.cache
def head_regex() -> regex.Pattern[str]:
    """Every head word, longest first (the 法 head only where it is not part of 方法, 依法...)."""
    words = [w for w in list(longest_first(heads())) if w != "法"]
    law = compile_patterns("programs")["law"].pattern
    return regex.compile("(?:" + "|".join(map(regex.escape, words)) + "|" + law + ")")


@functools.cache
def stop_regex() -> regex.Pattern[str]:
    """Left-boundary words (verbs, adverbs, prepositions)."""
    return regex.compile(r"\L<w>", w=list(load_words("program_stops")))


@functools.cache
def stop_words() -> frozenset[str]:
    """All left-boundary words of program_stops.tsv."""
    return frozenset(load_words("program_stops"))


@functools.cache
def strong_stops() -> frozenset[str]:
    """Introducing verbs that license a strict head (实施…政策, 制定…办法)."""
    return frozenset(r["word"] for r in load_tsv("program_stops") if r["strong"] == "1")


@functools.cache
def edge_stops() -> frozenset[str]:
    """Stop words that end a name's left context even right before the head word."""
    return strong_stops() | frozenset(r["word"] for r in load_tsv("program_stops") if r["edge"])


@functools.cache
def generic_regex() -> regex.Pattern[str]:
    """Generic modifier words (相关, 重大, 国家...), longest first."""
    return regex.compile(r"\L<w>", w=list(load_words("program_generic")))


@functools.cache
def slogans() -> frozenset[str]:
    """Quoted doctrines and slogans that are never programmes."""
    return frozenset(load_words("program_slogans"))


@functools.cache
def activity_regex() -> regex.Pattern[str]:
    """Generic activity nouns dropped after a quoted name (建设, 工作)."""
    return regex.compile(r"\L<w>", w=list(load_words("program_activity")))


@functools.cache
def non_title_endings() -> tuple[str, ...]:
    """Endings of 《》 titles that are periodicals or books, not instruments."""
    return load_words("program_nontitles")


def patterns() -> dict[str, regex.Pattern[str]]:
    """The compiled ``patterns/programs.yaml``."""
    return compile_patterns("programs")


def specific_chars(modifier: str) -> int:
    """How many characters of ``modifier`` are not covered by generic words.

    Example: ``specific_chars("国家重大")`` is 0, ``specific_chars("工业强基")`` is 4.
    """
    covered = 0
    for m in generic_regex().finditer(modifier):
        # A one-character generic word (新, 本, 该) only counts as a determiner at the start.
        if m.end() - m.start() > 1 or m.start() == 0:
            covered += m.end() - m.start()
    return sum(1 for ch in modifier if not ch.isspace() and ch not in QUOTES) - covered


def key_of(surface: str) -> str:
    """A comparison key: no quotes, brackets or spaces, one dash, half-width brackets."""
    out = []
    for ch in surface:
        if ch.isspace() or ch in QUOTES or ch in "《》":
            continue
        if ch in DASHES:
            ch = "-"
        out.append({"（": "(", "）": ")"}.get(ch, ch))
    return "".join(out)


def clean_name(surface: str) -> str:
    """The canonical name as written: quotes and whitespace removed, inner 《》 kept."""
    return "".join(ch for ch in surface if not ch.isspace() and ch not in QUOTES)
