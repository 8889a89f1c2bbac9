"""Compose regular expressions from named YAML fragments (``{YEAR}``, ``{GAP}``) and compile them.

A pattern file holds ``fragments:`` (name → regex, may use earlier fragments) and
``patterns:`` (id → template). Fragment references are ``{UPPER_CASE}``, so ``{2,4}``
quantifiers are left alone.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from policyparse.data import load_words, load_yaml, longest_first
from policyparse.errors import Errors, PolicyparseError

_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand(template: str, fragments: dict[str, str]) -> str:
    """Replace every ``{NAME}`` in ``template`` by ``(?:fragment)``, recursively."""

    def sub(match: Any) -> str:
        name = match.group(1)
        if name not in fragments:
            raise PolicyparseError(Errors.E012.format(name=name))
        return "(?:" + expand(fragments[name], fragments) + ")"

    return _REF.sub(sub, template)


def word_list(*lexicons: str) -> list[str]:
    """Words of one or more lexicons, longest first, for a ``regex`` named list (``\\L<name>``)."""
    return list(longest_first(w for lex in lexicons for w in load_words(lex)))


@functools.cache
def compile_patterns(name: str, **lists: tuple[str, ...]) -> dict[str, regex.Pattern[str]]:
    """Compile every pattern of ``patterns/<name>.yaml`` (VERBOSE), in file order.

    ``lists`` are passed to ``regex`` as named lists, e.g. ``titles=("部长", "副部长")`` for
    ``\\L<titles>``.
    """
    spec = load_yaml(name) or {}
    fragments: dict[str, str] = dict(spec.get("fragments") or {})
    compiled = {}
    for pid, template in (spec.get("patterns") or {}).items():
        try:
            named = {k: list(v) for k, v in lists.items()}
            pattern = expand(str(template), fragments)
            compiled[pid] = regex.compile(
                pattern, regex.VERBOSE, ignore_unused=True, **named  # type: ignore[arg-type]
            )
        except regex.error as exc:
            raise PolicyparseError(Errors.E013.format(name=name, pid=pid, err=exc)) from exc
    return compiled
