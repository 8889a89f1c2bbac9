"""The command line: formats, exit codes and messages a shell user expects."""

from __future__ import annotations

import io
import json
import sys

import pytest
from tests.conftest import EXAMPLE

from policyparse.cli import main


def run(capsys, *args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(["parse", *args, "--segmenter", "char"])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_of_one_file(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, str(EXAMPLE))
    assert code == 0
    doc = json.loads(out)
    assert doc["file"] == str(EXAMPLE) and doc["n_chars"] == len(EXAMPLE.read_text(encoding="utf-8"))


def test_cli_jsonl_one_line_per_file(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, str(EXAMPLE), str(EXAMPLE), "--format", "jsonl")
    assert code == 0
    assert len(out.splitlines()) == 2


def test_cli_table_and_stdin(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "-", "--format", "table", stdin="一是要创新。二是要开放。".encode())
    assert code == 0 and out.startswith("== -")


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"\xff\xfe\xfa", "not valid UTF-8"), (b" \n ", "empty input")],
    ids=["missing", "undecodable", "empty"],
)
def test_cli_bad_input_exit_1(capsys, tmp_path, content, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code == 1 and message in err and out == ""


def test_cli_bad_doc_date_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, str(EXAMPLE), "--doc-date", "2018-02-30")
    assert code == 2 and "PP002" in err


def test_cli_gb18030_hint(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gbk.txt"
    path.write_bytes("国务院关于加快发展的意见".encode("gb18030"))
    code, _, err = run(capsys, str(path))
    assert code == 1 and "iconv" in err
