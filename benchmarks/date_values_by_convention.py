"""date_values.jsonl accuracy split by the conventions policyparse does not share with JioNLP.

    python benchmarks/date_values_by_convention.py [--external ../shared/eval/external]

The suite's README tags each case whose expected value follows an upstream convention that
GUIDELINES.md or docs/dates.md decide differently. This script runs the suite's own runner,
then reports accuracy on all cases, on the cases that carry none of those tags, and on those
of them whose upstream value is sound (a short list, each entry with the check that rejects
it), and lists the remaining failures (docs/dates.md explains each).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Tag → the convention of ours that differs (docs/dates.md, "Conventions").
CONVENTIONS = {
    "fuzzy_part": "年底 = December, 年初 = January (GUIDELINES); 月初/月底 = 上旬/下旬",
    "deadline": "2025年前 keeps the year's own value, as the dev gold does for 到2035年",
    "doc_date_bound": "deadlines and X起 keep the date's own value, not doc_date … X",
    "since": "X起 is the day X, not X … doc_date",
    "within": "windows count from doc_date by the legal reckoning (start day not counted)",
    "duration_relative": "windows and points in whole calendar units, no month rounding",
    "vague_word": "现在 and the like are vague, without a value (GUIDELINES)",
    "lunar_implicit": "二月十五 without 农历 is a Gregorian date",
}
# Untagged cases whose expected value is doubtful upstream, each checked independently: the
# suite's README names the first two; solar terms were checked against an ephemeris (Sun's
# longitude).
UPSTREAM_DOUBTFUL = {
    "jio-time_parser-L550": "README: 9月10号，11号，12号，13号 lists four days, not one span",
    "jio-time_parser-L590": "README: 腊月18 is the 18th day, not the whole lunar month",
    "jio-time_parser-L324": "上月最后五天 on 2021-06-14: 05-26..05-31 is six days",
    "jio-time_parser-L602": "20年小寒: an ephemeris puts 285° on 2021-01-05, Beijing time",
    "jio-time_parser-L610": "冬季 ends the day before 立春, which is 2022-02-04 (315°, same check)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--external", type=Path, default=ROOT.parent / "shared/eval/external")
    args = parser.parse_args()
    suite = args.external / "date_values.jsonl"
    run = subprocess.run(
        [sys.executable, "run_external.py", suite.name, "--failures", "100000"],
        cwd=args.external,
        capture_output=True,
        text=True,
        check=True,
    )
    failed = {
        json.loads(line.split("FAIL ", 1)[1])["id"]: line
        for line in run.stdout.splitlines()
        if "FAIL {" in line
    }
    cases = [json.loads(line) for line in suite.read_text(encoding="utf-8").splitlines() if line]
    ours = [c for c in cases if not set(c.get("tags", [])) & CONVENTIONS.keys()]
    sound = [c for c in ours if c["id"] not in UPSTREAM_DOUBTFUL]
    groups = (
        ("all cases", cases),
        ("without the tags below", ours),
        ("… and sound upstream", sound),
    )
    for label, group in groups:
        ok = sum(c["id"] not in failed for c in group)
        print(f"{label:24} {ok}/{len(group)} = {ok / len(group):.3f}")
    for tag, reason in CONVENTIONS.items():
        tagged = [c for c in cases if tag in c.get("tags", [])]
        ok = sum(c["id"] not in failed for c in tagged)
        print(f"  {tag:18} {ok:3}/{len(tagged):<3} {reason}")
    print("untagged cases whose upstream value is doubtful (not counted in the last figure):")
    for case_id, reason in UPSTREAM_DOUBTFUL.items():
        print(f"  {case_id:22} {'fail' if case_id in failed else 'pass'}  {reason}")
    print("failures without a convention tag:")
    for c in sound:
        if c["id"] in failed:
            print("  " + failed[c["id"]].strip().removeprefix("FAIL "))


if __name__ == "__main__":
    main()
