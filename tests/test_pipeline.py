"""The spaCy pipeline: components, spans, segmenters and the missing-model error."""

from __future__ import annotations

import pytest

from policyparse import PolicyparseError
from policyparse.pipeline import build_pipeline, find_pkuseg_model
from policyparse.stages import STAGES


def test_pipeline_has_one_component_per_stage(nlp_char) -> None:  # type: ignore[no-untyped-def]
    names = [n for n in nlp_char.pipe_names if n.startswith("policyparse_")]
    assert names == [f"policyparse_{s}" for s in STAGES]


def test_pipeline_pkuseg_segments_words(nlp_pkuseg) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_pkuseg("工业和信息化部总工程师发表讲话")
    assert len(doc) < len(doc.text)
    assert nlp_pkuseg.tokenizer.segmenter == "pkuseg"


def test_pipeline_char_segmenter_is_one_token_per_char(nlp_char) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_char("加快发展")
    assert [t.text for t in doc] == ["加", "快", "发", "展"]


def test_pipeline_spans_keep_exact_offsets(nlp_pkuseg) -> None:  # type: ignore[no-untyped-def]
    text = "一是着力提升能力。二是着力打造体系。"
    doc = nlp_pkuseg(text)
    spans = doc.spans["pp_enumerations"]
    assert spans, "enumeration items should be exposed as spans"
    for span in spans:
        start, end = span._.pp_exact
        assert span.start_char <= start < end <= span.end_char


def test_pipeline_unknown_segmenter() -> None:
    with pytest.raises(PolicyparseError, match="PP003"):
        build_pipeline("jieba")  # type: ignore[arg-type]


def test_pipeline_missing_model_says_how_to_install(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PolicyparseError, match=r"pip install --no-build-isolation pkuseg==0\.0\.25"):
        build_pipeline("pkuseg", pkuseg_model=tmp_path / "nowhere")


def test_pipeline_finds_the_packaged_model() -> None:
    model = find_pkuseg_model()
    assert model is not None and (model / "features.pkl").exists()
