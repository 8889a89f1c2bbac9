"""The public API: parse_speech, parse_many, the standalone extractors, input checks, offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import assert_offsets

import policyparse
from policyparse import PolicyparseError, parse_many, parse_speech

SHORT = "2019年3月5日，国务院总理李克强作报告。他强调：一是要稳增长。二是要促改革。三是要惠民生。"


def test_api_exports_only_the_promised_names() -> None:
    promised = {
        "parse_speech", "parse_many", "load_pipeline", "extract_dates", "extract_quantities",
        "extract_officials", "extract_programs", "extract_enumerations", "parse_number",
        "Speech", "Official", "Enumeration", "Directive", "Program", "DateMention", "Quantity",
        "Located", "Mention", "PolicyparseError", "__version__",
    }
    assert set(policyparse.__all__) == promised


def test_api_example_priorities(example_speech) -> None:  # type: ignore[no-untyped-def]
    assert [p.heading for p in example_speech.priorities] == [
        "着力提升制造业创新能力",
        "着力打造制造业支撑体系",
        "着力推动高技术应用推广",
    ]


def test_api_example_speaker_and_date(example_speech) -> None:  # type: ignore[no-untyped-def]
    assert example_speech.doc_date == dt.date(2018, 4, 12)
    speaker = example_speech.speakers[0]
    assert (speaker.name, speaker.title, speaker.organization) == ("陈因", "总工程师", "工信部")


def test_api_example_programs_and_numbers(example_speech) -> None:  # type: ignore[no-untyped-def]
    names = {p.name for p in example_speech.programs}
    assert {"中国制造2025", "工业和信息化部重点实验室管理暂行办法"} <= names
    years = {(d.text, d.value_start, d.value_end) for d in example_speech.dates}
    assert ("2017年", dt.date(2017, 1, 1), dt.date(2017, 12, 31)) in years
    q = next(q for q in example_speech.quantities if q.text == "3家左右")
    assert (q.value, q.unit, q.approx, q.kind) == (3.0, "家", True, "target")


def test_api_example_offsets_hold(example_text, example_speech) -> None:  # type: ignore[no-untyped-def]
    n = assert_offsets(example_text, example_speech.model_dump(mode="json"))
    assert n > 20


def test_api_directive_exposes_its_mentions(example_speech) -> None:  # type: ignore[no-untyped-def]
    first = example_speech.priorities[0]
    assert any(q.text == "3家左右" for q in first.quantities)
    assert all(first.start <= d.start and d.end <= first.end for d in first.dates)


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_api_rejects_non_text(bad: object) -> None:
    with pytest.raises(TypeError, match="PP001"):
        parse_speech(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PP001"):
        policyparse.extract_dates(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["2018-04-12", "2018/4/12", "2018.04.12", "2018年4月12日", "２０１８－０４－１２"])
def test_api_reads_written_doc_dates(written: str) -> None:
    (d,) = policyparse.extract_dates("今年", doc_date=written)
    assert d.value_start == dt.date(2018, 1, 1)


@pytest.mark.parametrize("bad", ["2018/13/01", "yesterday", 20180412])
def test_api_rejects_bad_doc_date(bad: object, nlp_char) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PolicyparseError, match="PP002"):
        parse_speech("今年", doc_date=bad, nlp=nlp_char)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\x00\x01", "abc", "。。。", "一是"])
def test_api_degenerate_input_gives_empty_result(text: str, nlp_char) -> None:  # type: ignore[no-untyped-def]
    speech = parse_speech(text, nlp=nlp_char)
    assert speech.n_chars == len(text)
    assert speech.enumerations == [] and speech.priorities == []
    assert_offsets(text, speech.model_dump(mode="json"))


def test_api_doc_date_argument_wins(nlp_char) -> None:  # type: ignore[no-untyped-def]
    speech = parse_speech(SHORT, doc_date="2020-01-01", nlp=nlp_char)
    assert speech.doc_date == dt.date(2020, 1, 1)
    speech = parse_speech(SHORT, doc_date=dt.datetime(2021, 5, 6, 7, 8), nlp=nlp_char)
    assert speech.doc_date == dt.date(2021, 5, 6)


def test_api_parse_many_matches_parse_speech(nlp_char) -> None:  # type: ignore[no-untyped-def]
    texts = [SHORT, "", "去年完成。今年将推进。"]
    many = list(parse_many(iter(texts), doc_dates=[None, None, "2019-06-01"], nlp=nlp_char))
    dates = [None, None, "2019-06-01"]
    single = [parse_speech(t, doc_date=d, nlp=nlp_char) for t, d in zip(texts, dates, strict=True)]
    assert many == single


def test_api_parse_many_checks_date_count(nlp_char) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PolicyparseError, match="PP005"):
        list(parse_many(["a", "b"], doc_dates=["2019-01-01"], nlp=nlp_char))


def test_api_char_and_pkuseg_agree(example_text, example_speech, nlp_char) -> None:  # type: ignore[no-untyped-def]
    char = parse_speech(example_text, nlp=nlp_char)
    assert char.model_dump(exclude={"segmenter"}) == example_speech.model_dump(exclude={"segmenter"})
    assert (char.segmenter, example_speech.segmenter) == ("char", "pkuseg")


def test_api_standalone_extractors_match_speech(example_text, example_speech) -> None:  # type: ignore[no-untyped-def]
    doc_date = example_speech.doc_date
    assert policyparse.extract_dates(example_text, doc_date=doc_date) == example_speech.dates
    assert policyparse.extract_programs(example_text) == example_speech.programs
    def items(enums):  # type: ignore[no-untyped-def]
        return [(i.marker, i.heading, i.start, i.end) for e in enums for i in e.items]

    standalone = policyparse.extract_enumerations(example_text)
    assert items(standalone) == items(example_speech.enumerations)


def test_api_parse_many_in_two_processes(nlp_char) -> None:  # type: ignore[no-untyped-def]
    texts = [SHORT, "去年完成。今年将推进。", SHORT]
    many = list(parse_many(texts, n_process=2, batch_size=1, nlp=nlp_char))
    assert many == [parse_speech(t, nlp=nlp_char) for t in texts]
