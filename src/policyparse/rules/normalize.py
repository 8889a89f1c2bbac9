"""A same-length normalised copy of the text, so offsets found on it hold on the original.

Extractors search the copy and slice the caller's string: full-width ASCII
(０-９, Ａ-ｚ, （，：；％) becomes half-width and Traditional characters become
Simplified, one character for one.
"""

from __future__ import annotations

import functools

# Characters whose Simplified form differs in length are left as they are: offsets must not move.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
    from opencc import OpenCC  # opencc-python-reimplemented: pure Python, data shipped

    return OpenCC("t2s")


@functools.cache
def _simplify_char(ch: str) -> str:
    out: str = _converter().convert(ch)
    return out if len(out) == 1 else ch


def normalize(text: str) -> str:
    """Return ``text`` with full-width ASCII folded and Traditional characters simplified.

    The result always has the same length as ``text``.

    Example:
        >>> normalize("２０１８年，國務院")
        '2018年,国务院'
    """
    half = text.translate(_FULLWIDTH)
    if half.isascii():
        return half
    whole: str = _converter().convert(half)
    if len(whole) == len(half):
        return whole
    # Phrase-level conversion changed the length somewhere: fall back to character by character.
    return "".join(_simplify_char(ch) if ord(ch) > 0x2E80 else ch for ch in half)
