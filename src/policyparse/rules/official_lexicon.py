"""Lexicons and compiled patterns of the officials and speakers finders, loaded lazily."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from policyparse.data import load_column, load_tsv, load_words, longest_first
from policyparse.rules.patterns import compile_patterns

# Title prefixes generated from the titles table (GUIDELINES §officials keeps them in the title).
_DEPUTY = ("副", "常务副", "第一副", "执行副")
_ACTING = ("代", "代理")


@dataclass(frozen=True)
class Org:
    """One organisation name as written and its full official name."""

    canonical: str
    kind: str


@functools.cache
def surnames() -> dict[str, str]:
    """Surname → kind (single, compound, rare)."""
    return {row["surname"]: row["kind"] for row in load_tsv("surnames")}


@functools.cache
def titles() -> tuple[str, ...]:
    """Every title with its generated deputy and acting forms, longest first."""
    out: set[str] = set()
    for row in load_tsv("titles"):
        base = row["title"]
        out.add(base)
        if row["deputy"] == "y":
            out.update(p + base for p in _DEPUTY)
        if row["acting"] == "y":
            out.update(p + base for p in _ACTING)
    return longest_first(out)


@functools.cache
def address_titles() -> tuple[str, ...]:
    """Titles that may follow a name (王部长, 习近平总书记), with their deputy forms."""
    out: set[str] = set()
    for row in load_tsv("titles"):
        if row["address"] != "y":
            continue
        out.add(row["title"])
        if row["deputy"] == "y":
            out.update(p + row["title"] for p in _DEPUTY)
    return longest_first(out)


@functools.cache
def implied_of_title() -> dict[str, str]:
    """Title (with generated forms) → implied body key of official_implied_orgs.tsv."""
    out: dict[str, str] = {}
    for row in load_tsv("titles"):
        if not row["implied"]:
            continue
        base = row["title"]
        forms = [base]
        if row["deputy"] == "y":
            forms += [p + base for p in _DEPUTY]
        if row["acting"] == "y":
            forms += [p + base for p in _ACTING]
        out.update((f, row["implied"]) for f in forms)
    return out


@functools.cache
def implied_rules() -> dict[str, tuple[str, str]]:
    """Implied body key → (kind, value)."""
    rows = load_tsv("official_implied_orgs")
    return {row["implied"]: (row["kind"], row["value"]) for row in rows}


@functools.cache
def organizations() -> dict[str, Org]:
    """Organisation name as written → canonical name and kind."""
    return {r["name"]: Org(r["canonical"], r["kind"]) for r in load_tsv("organizations")}


@functools.cache
def org_names() -> tuple[str, ...]:
    """Organisation names, longest first."""
    return longest_first(organizations())


@functools.cache
def speech_verbs(kind: str) -> tuple[str, ...]:
    """Speech verbs of one kind (voice, report, relay, announce), longest first."""
    return load_column("speech_verbs", "verb", kind=kind)


@functools.cache
def patterns() -> dict[str, regex.Pattern[str]]:
    """The compiled patterns of ``patterns/officials.yaml``."""
    return compile_patterns(
        "officials",
        titles=titles(),
        address=address_titles(),
        surnames=longest_first(surnames()),
        bylines=load_words("bylines"),
    )


@functools.cache
def _named(name: str, words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"\L<words>", words=list(words))


def prose_matcher() -> regex.Pattern[str]:
    """Words of running prose that never occur inside a body's name (推动, 落实, 会议)."""
    return _named("w", tuple(load_words("official_company_stops")))


def nonname_matcher() -> regex.Pattern[str]:
    """Matches a common word (方案, 全体) that must not be read as a name."""
    return _named("nonnames", load_words("official_nonnames"))


def title_matcher() -> regex.Pattern[str]:
    """Matches any title (longest first)."""
    return _named("titles", titles())


def org_matcher() -> regex.Pattern[str]:
    """Matches any lexicon organisation (longest first)."""
    return _named("orgs", org_names())


def verb_matcher(kind: str) -> regex.Pattern[str]:
    """Matches a speech verb of ``kind``."""
    return _named(kind, speech_verbs(kind))
