"""The result models as a contract: JSON schema snapshot and lossless round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyparse import PolicyparseError, Speech

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


@pytest.mark.parametrize("field", ["priorities", "items", "dates", "quantities", "programs", "officials"])
def test_models_rows_are_flat_and_located(field: str, example_speech, example_text) -> None:  # type: ignore[no-untyped-def]
    rows = example_speech.rows(field)
    assert rows, f"the example has {field}"
    for row in rows:
        assert all(not isinstance(v, (list, dict)) for v in row.values()), row
        if "text" in row:
            assert example_text[row["start"] : row["end"]] == row["text"]


def test_models_items_rows_mark_depth_and_priority(example_speech) -> None:  # type: ignore[no-untyped-def]
    rows = example_speech.rows("items")
    assert len(rows) == sum(len(e.items) for e in example_speech.enumerations)  # flat example
    assert [r["heading"] for r in rows if r["priority"]] == [p.heading for p in example_speech.priorities]


def test_models_to_frame(example_speech) -> None:  # type: ignore[no-untyped-def]
    pd = pytest.importorskip("pandas")
    frame = example_speech.to_frame("quantities")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["text"]) == [q.text for q in example_speech.quantities]


def test_models_rows_unknown_field(example_speech) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PolicyparseError, match="PP006"):
        example_speech.rows("speakers")
