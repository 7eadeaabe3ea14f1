"""Readers: text with sidecar or front matter, JSON Lines corpora, encodings, bad input."""

from __future__ import annotations

import gzip
import json

from graph import readers
from graph.readers import Problem


def _read(*paths, **kw):
    items = list(readers.read(paths, kw.get("field_map")))
    docs = [i for i in items if not isinstance(i, Problem)]
    problems = [str(i) for i in items if isinstance(i, Problem)]
    return docs, problems


def test_sidecar_metadata_wins_and_text_is_kept_as_is(tmp_path):
    text = "Mr. Chair,\n\nWe support the convention.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"state": "nld", "date": "2022-06-01", "translation": "no"}), encoding="utf-8"
    )
    (docs,), problems = _read(tmp_path / "a.txt")[0], _read(tmp_path / "a.txt")[1]
    assert problems == []
    assert docs.id == "a.txt"
    assert docs.text == text
    assert (docs.metadata.state, docs.metadata.date, docs.metadata.translation) == (
        "NLD",
        "2022-06-01",
        False,
    )


def test_front_matter_is_metadata_not_text(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("---\nspeaker: Jane Doe\nstate: FRA\n---\nWe welcome the draft.\n")
    docs, problems = _read(path)
    assert problems == []
    assert docs[0].text == "We welcome the draft.\n"
    assert docs[0].metadata.speaker == "Jane Doe"


def test_bad_metadata_is_reported_and_the_statement_still_read(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("---\nstate: XXX\ndate: 2022-02-30\n---\nText.\n")
    docs, problems = _read(path)
    assert len(docs) == 1 and docs[0].metadata.state is None and docs[0].metadata.date is None
    assert problems == [
        f"{path}: unknown state code 'XXX' (expected ISO 3166-1 alpha-3)",
        f"{path}: impossible date '2022-02-30' (expected YYYY-MM-DD)",
    ]


def test_encodings_utf8_bom_utf16_cp1252(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffCôte d’Ivoire speaks.".encode())
    (tmp_path / "u16.txt").write_bytes("Türkiye speaks.".encode("utf-16"))
    (tmp_path / "win.txt").write_bytes("Caf\xe9 \x93quoted\x94.".encode("latin-1"))
    docs, problems = _read(tmp_path)
    assert problems == []
    assert [d.text for d in docs] == ["Côte d’Ivoire speaks.", "Türkiye speaks.", "Café “quoted”."]


def test_binary_empty_and_missing_inputs_do_not_stop_the_others(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "ok.txt").write_text("We support the convention.")
    docs, problems = _read(tmp_path, tmp_path / "missing.txt")
    assert [d.id for d in docs] == ["ok.txt"]
    assert problems == [
        f"{tmp_path / 'bin.txt'}: binary file (NUL bytes), not a text statement",
        f"{tmp_path / 'empty.txt'}: empty statement (no text)",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_jsonl_corpus_with_field_map_bad_lines_and_gzip(tmp_path):
    lines = [
        json.dumps({"id": "RUS_77_2022", "country_code": "RUS", "year": 2022, "text": "We urge."}),
        "{not json",
        json.dumps({"id": "X_1", "country_code": "FRA"}),
        json.dumps({"id": "FRA_77_2022", "country_code": "FRA", "text": "We support."}),
    ]
    plain = tmp_path / "c.jsonl"
    plain.write_text("\n".join(lines) + "\n")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines) + "\n")
    for path in (plain, tmp_path / "d.jsonl.gz"):
        docs, problems = _read(path, field_map={"state": "country_code"})
        assert [(d.id, d.metadata.state, d.metadata.date) for d in docs] == [
            ("RUS_77_2022", "RUS", "2022"),
            ("FRA_77_2022", "FRA", None),
        ]
        assert problems == [
            f"{path}:2: malformed JSON: Expecting property name enclosed in double quotes",
            f"{path}:3: no 'text' field",
        ]
