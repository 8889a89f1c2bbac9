"""Flatten many speeches into rows (one per quantity) for pandas or CSV."""

import csv
import sys
from pathlib import Path

import policyparse

texts = [(Path(__file__).parent / "speech_2018_miit.txt").read_text(encoding="utf-8")]
writer = csv.writer(sys.stdout)
writer.writerow(["doc", "text", "start", "end", "value", "unit", "approx", "kind"])
for n, speech in enumerate(policyparse.parse_many(texts)):
    for q in speech.quantities:
        writer.writerow([n, q.text, q.start, q.end, q.value, q.unit, q.approx, q.kind])
# With pandas installed (pip install policyparse[analytics]):
#   pd.DataFrame([q.model_dump() for s in speeches for q in s.quantities])
