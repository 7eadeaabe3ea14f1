"""Property tests: arbitrary bytes and text into every reader and the extraction
pipeline. Nothing crashes; every offset points at its quote."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import pipeline, readers
from graph.model import Document, Metadata
from graph.readers import Problem
from graph.readers.decode import UndecodableError, decode
from tests.test_readers_formats import SPEECH, make_docx, make_html, make_pdf

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words the codebook and the cues know, so that arbitrary text does produce mentions
# and stances (and their offsets get checked), mixed with arbitrary Unicode.
VOCABULARY = [
    "The Russian Federation",
    "China",
    "Côte d'Ivoire",
    "Co\u0302te d’Ivoire",
    "supports",
    "opposes",
    "does not support",
    "the Budapest Convention",
    "resolution 74/247",
    "a comprehensive convention",
    "capacity-building",
    "human rights safeguards",
    "Mr. Chair,",
    "We",
    "Россия",
    ".",
    ",",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\ufeff",
    "ﬁ",
    "Ã©",
]
# Whole sentences that give stances, cut and spliced with noise.
SENTENCES = st.lists(
    st.tuples(st.sampled_from(SPEECH), st.text(max_size=3), st.sampled_from([" ", "\n", "\n\n"])),
    min_size=1,
    max_size=6,
).map(lambda parts: "".join(a + b + c for a, b, c in parts))
TEXT = st.one_of(
    st.text(max_size=400),
    SENTENCES,
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=5)), max_size=60).map(
        " ".join
    ),
)
SUFFIXES = ["", ".txt", ".md", ".html", ".pdf", ".docx", ".jsonl", ".jsonl.gz"]


def _read_file(name: str, data: bytes) -> list[Document | Problem]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(readers.read([path]))


def _assert_offsets(doc: Document) -> None:
    x = pipeline.extract(doc)
    for m in x.mentions:
        assert doc.text[m.span.start : m.span.end] == m.span.text
    for p in x.persons:
        if p.span:
            assert doc.text[p.span.start : p.span.end] == p.span.text
    for s in x.stances:
        assert s.evidence
        for e in s.evidence:
            assert doc.text[e.start : e.end] == e.text


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_says_why(data):
    try:
        text, encoding = decode(data)
    except UndecodableError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and encoding and "\r" not in text


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_every_reader_takes_arbitrary_bytes(data, suffix):
    for item in _read_file("x" + suffix, data):
        assert isinstance(item, (Document, Problem))
        if isinstance(item, Document):
            assert item.text.strip()


def _mutations(data: bytes):
    return st.lists(
        st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ).map(lambda flips: _flip(data, flips))


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for index, value in flips:
        out[index] = value
    return bytes(out)


_PDF = make_pdf([SPEECH[:2], SPEECH[2:]])
with tempfile.TemporaryDirectory() as _folder:
    _DOCX = make_docx(Path(_folder) / "s.docx").read_bytes()


@SETTINGS
@given(_mutations(_PDF), st.integers(100, len(_PDF)))
def test_damaged_pdfs_are_read_or_skipped(data, cut):
    for item in _read_file("s.pdf", data[:cut]):
        assert isinstance(item, (Document, Problem))


@SETTINGS
@given(_mutations(_DOCX))
def test_damaged_docx_files_are_read_or_skipped(data):
    for item in _read_file("s.docx", data):
        assert isinstance(item, (Document, Problem))


@SETTINGS
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_text_files_in_any_encoding_give_valid_offsets(text, encoding):
    data = text.encode(encoding, errors="replace")
    for item in _read_file("s.txt", data):
        if isinstance(item, Document):
            _assert_offsets(item)


@SETTINGS
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_html_pages_give_valid_offsets(paragraphs):
    from html import escape

    for item in _read_file("s.html", make_html([escape(p) for p in paragraphs]).encode()):
        assert isinstance(item, (Document, Problem))
        if isinstance(item, Document):
            _assert_offsets(item)


@SETTINGS
@given(TEXT)
def test_the_pipeline_on_arbitrary_text_gives_valid_offsets(text):
    if text.strip():
        # With a State given, the speaker's stances are extracted too.
        _assert_offsets(Document(id="x", text=text, metadata=Metadata(state="RUS")))


def test_a_word_file_of_a_zip_version_python_cannot_read_is_one_clear_problem():
    # Found by the property test above: the central directory asks for ZIP version 6.4.
    data = bytearray(_DOCX)
    at = data.find(b"PK\x01\x02")
    data[at + 6 : at + 8] = (64).to_bytes(2, "little")
    [item] = _read_file("s.docx", bytes(data))
    assert isinstance(item, Problem)
    assert "s.docx" in str(item.path) and item.message
    # read beside a good statement, the good one still comes through
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.docx").write_bytes(bytes(data))
        (Path(folder) / "b.txt").write_text(
            "Statement by Ghana\n\nGhana supports the convention.\n"
        )
        items = list(readers.read([Path(folder)]))
    assert [type(x).__name__ for x in items] == ["Problem", "Document"]
