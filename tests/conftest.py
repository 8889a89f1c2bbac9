"""Shared fixtures: the two pipelines (built once per session) and case-table loading."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
EXAMPLE = ROOT / "examples" / "speech_2018_miit.txt"


def load_cases(name: str) -> list[dict[str, Any]]:
    """Rows of ``tests/cases/<name>`` (.tsv with a header, or .yaml holding a list); in a TSV,
    ``\\n`` in the ``text`` column is a line break."""
    path = CASES / name
    if path.suffix == ".tsv":
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:  # line breaks inside a text are written \n in the tables
            if row.get("text"):
                row["text"] = row["text"].replace("\\n", "\n")
        return rows
    import yaml

    data: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def nlp_char():  # type: ignore[no-untyped-def]
    from policyparse import load_pipeline

    return load_pipeline("char")


@pytest.fixture(scope="session")
def nlp_pkuseg():  # type: ignore[no-untyped-def]
    from policyparse import load_pipeline

    return load_pipeline("pkuseg")


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_speech(example_text, nlp_pkuseg):  # type: ignore[no-untyped-def]
    from policyparse import parse_speech

    return parse_speech(example_text, nlp=nlp_pkuseg)


def assert_offsets(source: str, obj: Any) -> int:
    """Check ``source[start:end] == text`` on every located object inside ``obj``; return the count."""
    n = 0
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            assert source[obj["start"] : obj["end"]] == obj["text"], obj
            n += 1
        for value in obj.values():
            n += assert_offsets(source, value)
    elif isinstance(obj, list):
        for value in obj:
            n += assert_offsets(source, value)
    return n


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption("--update-golden", action="store_true", help="rewrite snapshot files")
