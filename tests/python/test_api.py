"""kashif.analyze and Pipeline: offsets in str indices, values as Python
objects, errors as exceptions with the core's code and byte offset."""

import json
from pathlib import Path

import pytest

import kashif
from conftest import SEEDS, run_cli


def test_offsets_are_str_indices_and_values_are_objects():
    text = "👍 صدر القانون رقم 15 لسنة 2011 في الكويت يوم 3 مارس 2012."
    doc = kashif.analyze(text)
    assert doc.text == text
    by_type = {e.type: e for e in doc.entities}
    assert set(by_type) >= {"LAW", "GPE", "DATE"}
    for e in doc.entities:
        assert text[e.start:e.end] == e.text  # the emoji before is one index, not two
    assert by_type["LAW"].value == {"kind": "law", "number": "15", "year": 2011}
    assert by_type["DATE"].value["iso"] == "2012-03-03"
    assert by_type["GPE"].value is None
    assert [r.type for r in doc.table] and all(r.count == len(r.mentions) for r in doc.table)


def test_bytes_and_str_give_the_same_document():
    text = Path(SEEDS[0]).read_text(encoding="utf-8")
    a, b = kashif.analyze(text), kashif.analyze(text.encode("utf-8"))
    assert a.entities == b.entities and a.table == b.table and a.text == b.text


def test_types_and_model_options():
    text = Path(SEEDS[1]).read_text(encoding="utf-8")
    only = kashif.analyze(text, types=["PERS", "ORG"])
    assert only.entities and {e.type for e in only.entities} <= {"PERS", "ORG"}
    assert kashif.analyze(text, types="PERS,ORG").entities == only.entities
    assert kashif.analyze(text, types=[]).entities == []
    # The rules alone never find more than rules + model.
    assert len(kashif.analyze(text, model=False).entities) <= len(kashif.analyze(text).entities)
    with pytest.raises(ValueError, match="unknown entity type"):
        kashif.analyze(text, types=["NOPE"])


@pytest.mark.parametrize("data, offset", [(b"\xd9\x86\xd8\xb5 \xc3\x28", 5), (b"\xff", 0),
                                          (b"abc\xe2\x82", 3)])
def test_invalid_utf8_is_an_exception_with_the_byte_offset(data, offset):
    with pytest.raises(kashif.InvalidUtf8Error) as info:
        kashif.analyze(data)
    assert info.value.code == "invalid_utf8"
    assert info.value.byte_offset == offset
    assert isinstance(info.value, kashif.KashifError) and isinstance(info.value, ValueError)


def test_too_large_and_wrong_types():
    with pytest.raises(kashif.InputTooLargeError) as info:
        kashif.analyze(b" " * (kashif.MAX_INPUT_BYTES + 1))
    assert info.value.code == "input_too_large" and info.value.byte_offset == kashif.MAX_INPUT_BYTES
    with pytest.raises(TypeError):
        kashif.analyze(42)
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate has no UTF-8 form
        kashif.analyze("نص \ud800")


def test_empty_and_blank_inputs():
    for text in ("", " \n\t", b"", "\0\0"):
        assert kashif.analyze(text).entities == []


def test_to_json_is_the_cli_record(cli):
    out = run_cli(cli, "analyze", "--format", "jsonl", SEEDS[2]).stdout.decode()
    record = json.loads(out)
    record.pop("doc")
    assert json.loads(kashif.analyze(Path(SEEDS[2]).read_bytes()).to_json()) == record


def test_ten_megabytes_match_the_cli(cli, tmp_path):
    seeds = [Path(p).read_text(encoding="utf-8") for p in SEEDS]
    parts, size = [], 0
    while size < 10_000_000:
        parts.append(seeds[len(parts) % len(seeds)])
        size += len(parts[-1].encode("utf-8")) + 2
    text = "\n\n".join(parts)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    doc = kashif.Pipeline().analyze(text)
    assert len(doc.entities) > 10_000
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    cli_entities = json.loads(run_cli(cli, "analyze", str(path)).stdout)["entities"]
    assert [(e["start"], e["end"], e["type"], e["canonical"]) for e in cli_entities] == \
        [(e.start, e.end, e.type, e.canonical) for e in doc.entities]
