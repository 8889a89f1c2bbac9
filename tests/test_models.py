"""The result models as a contract: JSON schema snapshot and lossless round trips."""

from __future__ import annotations

import json
from pathlib import Path

from policyparse import Speech

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "speech.schema.json"


def test_models_schema_matches_snapshot(request) -> None:  # type: ignore[no-untyped-def]
    schema = Speech.model_json_schema()
    if request.config.getoption("--update-golden"):
        SCHEMA.write_text(json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == schema, (
        "docs/speech.schema.json is stale: review the change, then run pytest --update-golden"
    )


def test_models_round_trip(example_speech) -> None:  # type: ignore[no-untyped-def]
    dumped = example_speech.model_dump(mode="json")
    assert Speech.model_validate(dumped) == example_speech
    assert Speech.model_validate_json(example_speech.model_dump_json()) == example_speech


def test_models_scorer_fields_present(example_speech) -> None:  # type: ignore[no-untyped-def]
    dumped = example_speech.model_dump(mode="json")
    for field in ("doc_date", "speakers", "officials", "enumerations", "priorities", "programs",
                  "dates", "quantities"):
        assert field in dumped
    assert isinstance(dumped["doc_date"], str)
