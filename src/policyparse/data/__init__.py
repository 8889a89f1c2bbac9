"""Load the lexicons (TSV) and pattern fragments (YAML) shipped in this package.

Files are read lazily with ``importlib.resources`` and cached; nothing is read at import.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel

from policyparse.errors import Errors, PolicyparseError

T = TypeVar("T", bound=BaseModel)


def _read(relpath: str) -> str:
    try:
        return resources.files(__package__).joinpath(relpath).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyparseError(Errors.E010.format(path=relpath)) from exc


@functools.cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts keyed by the header line.

    Lines starting with ``#`` are comments; empty cells become ``""``.
    """
    text = _read(f"lexicons/{name}.tsv")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        if None in row or any(v is None for v in row.values()):
            raise PolicyparseError(Errors.E011.format(path=f"lexicons/{name}.tsv", row=row))
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


@functools.cache
def load_rows(name: str, model: type[T]) -> tuple[T, ...]:
    """Rows of ``lexicons/<name>.tsv`` validated by a pydantic row model (``extra="forbid"``)."""
    return tuple(model.model_validate(row) for row in load_tsv(name))


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Distinct non-empty words, longest first: an alternation then prefers the longest match."""
    return tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The first column of ``lexicons/<name>.tsv``, longest first (for regex alternations)."""
    rows = load_tsv(name)
    if not rows:
        return ()
    key = next(iter(rows[0]))
    return longest_first(row[key] for row in rows)


@functools.cache
def load_column(name: str, column: str, **where: str) -> tuple[str, ...]:
    """``column`` of the rows of ``lexicons/<name>.tsv`` whose cells equal ``where``, longest first.

    Example: ``load_column("approx", "word", position="before")``.
    """
    rows = load_tsv(name)
    return longest_first(r[column] for r in rows if all(r[k] == v for k, v in where.items()))


@functools.cache
def load_yaml(name: str) -> Any:
    """The parsed content of ``patterns/<name>.yaml``."""
    import yaml

    return yaml.safe_load(_read(f"patterns/{name}.yaml"))
