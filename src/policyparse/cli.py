"""Command line: ``policyparse parse FILE... | -`` prints the parsed speeches."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from policyparse.errors import PolicyparseError
from policyparse.models import Speech

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _read(name: str) -> str:
    """The text of a file (or stdin for ``-``), as UTF-8 (a BOM is dropped)."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise ValueError("no such file") from None
    except IsADirectoryError:
        raise ValueError("is a directory") from None
    except PermissionError:
        raise ValueError("permission denied") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte {exc.start}); convert it first, e.g. iconv -f GB18030 -t UTF-8"
        ) from None
    if not text.strip():
        raise ValueError("empty input")
    return text


def _table(name: str, speech: Speech, out: TextIO) -> None:
    def line(label: str, value: object) -> None:
        out.write(f"{label:<12}{value}\n")

    out.write(f"== {name}\n")
    line("doc_date", speech.doc_date or "-")
    line("title", speech.title or "-")
    line("speakers", ", ".join(s.name for s in speech.speakers) or "-")
    for o in speech.officials:
        line("official", " ".join(x for x in (o.organization, o.title, o.name) if x))
    for i, p in enumerate(speech.priorities, 1):
        line(f"priority {i}", p.heading)
    for e in speech.enumerations:
        line("list", f"{e.kind}: {len(e.items)} items ({e.items[0].marker}…)")
    line("programs", "; ".join(p.name for p in speech.programs) or "-")
    for d in speech.dates:
        line("date", f"{d.text}  {d.kind}  {d.value_start or '?'}..{d.value_end or '?'}")
    for q in speech.quantities:
        approx = " approx" if q.approx else ""
        line("quantity", f"{q.text}  {q.value:g} {q.unit or ''}{approx}  {q.kind}")
    out.write("\n")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="policyparse", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents and print their speeches")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, or - for stdin")
    p.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    p.add_argument("--doc-date", help="reference date YYYY-MM-DD for relative dates")
    p.add_argument("--segmenter", choices=("pkuseg", "char"), default="pkuseg")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 0 on success, 1 when an input could not be parsed, 2 on bad usage."""
    args = _parser().parse_args(argv)
    from policyparse.api import check_date, load_pipeline, parse_speech

    try:
        doc_date = check_date(args.doc_date)
        nlp = load_pipeline(args.segmenter)
    except PolicyparseError as exc:
        print(f"policyparse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    parsed: list[dict[str, object]] = []
    for name in args.files:
        try:
            text = _read(name)
        except ValueError as exc:
            print(f"policyparse: {name}: {exc}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        speech = parse_speech(text, doc_date=doc_date, nlp=nlp)
        if args.format == "table":
            _table(name, speech, sys.stdout)
        elif args.format == "jsonl":
            row = {"file": name, **speech.model_dump(mode="json")}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            parsed.append({"file": name, **speech.model_dump(mode="json")})
    if args.format == "json" and parsed:
        doc = parsed[0] if len(args.files) == 1 else parsed
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
