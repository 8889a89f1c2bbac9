"""Flatten speeches into rows (one per quantity) for CSV, or into a pandas DataFrame."""

import csv
import sys
from pathlib import Path

import policyparse

texts = [(Path(__file__).parent / "speech_2018_miit.txt").read_text(encoding="utf-8")]
columns = ["doc", "text", "start", "end", "value", "unit", "approx", "kind"]
writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
writer.writeheader()
for n, speech in enumerate(policyparse.parse_many(texts)):
    for row in speech.rows("quantities"):
        writer.writerow({"doc": n, **row})
    try:  # with the analytics extra (pandas) installed
        print(speech.to_frame("items")[["depth", "kind", "marker", "heading", "priority"]])
    except policyparse.PolicyparseError as exc:
        print(exc)
