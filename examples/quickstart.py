"""Parse the bundled speech report and print its priorities with what belongs to each."""

from pathlib import Path

import policyparse

text = (Path(__file__).parent / "speech_2018_miit.txt").read_text(encoding="utf-8")
speech = policyparse.parse_speech(text)

print("date:", speech.doc_date, "| speakers:", [s.name for s in speech.speakers])
for i, directive in enumerate(speech.priorities, 1):
    targets = [f"{q.text} ({q.kind})" for q in directive.quantities]
    print(f"{i}. {directive.heading}  programmes={directive.programs}  quantities={targets}")
print("programmes:", [p.name for p in speech.programs])
