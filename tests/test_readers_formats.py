"""Readers of real-world files, each made here: HTML, PDF, DOCX, legacy encodings,
content sniffing and language. The makers are shared with tests/test_bad_input.py."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graph import pipeline, readers
from graph.readers import Problem

SPEECH = [
    "Mr. Chair,",
    "The Russian Federation supports the elaboration of a comprehensive international "
    "convention on countering the use of information and communications technologies "
    "for criminal purposes.",
    "We believe that the future convention should not be based on the Budapest Convention, "
    "which was drafted without the participation of most States.",
    "Thank you.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Statement by the Russian Federation at the first session of the Ad Hoc Committee</title>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News and events</a></li>
<li><a href="/statements">Statements</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on
our website. <button>Accept all cookies</button></div>
<main><article><h1>Statement by the Russian Federation</h1>
{paragraphs}
</article></main>
<aside><h3>Related</h3><ul><li><a href="/a">Other statements by the Mission</a></li></ul></aside>
<footer><p>© 2022 Permanent Mission of the Russian Federation. All rights reserved.</p>
<p>Tel.: +1 212 861 4900 · Email: mission@example.org</p><a href="/privacy">Privacy policy</a>
</footer></body></html>
"""


def make_html(paragraphs: list[str] = SPEECH) -> str:
    return PAGE.replace("{paragraphs}", "\n".join(f"<p>{p}</p>" for p in paragraphs))


def make_pdf(pages: list[list[str]], title: str | None = "Statement at AHC-1") -> bytes:
    """A PDF with a running header, the paragraphs and a page number on every page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, f"A/AC.291/CRP.{number + 6} - Statement of the Russian Federation")
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(10, 25)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"- {number} -", align="C")
    if title:
        pdf.set_title(title)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(path: Path, paragraphs: list[str] = SPEECH, title: str | None = None) -> Path:
    import docx

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "PERMANENT MISSION - running header"
    doc.sections[0].footer.paragraphs[0].text = "Page 1 - running footer"
    for paragraph in paragraphs:
        doc.add_paragraph(paragraph)
        doc.add_paragraph("")  # Word users make blank lines with empty paragraphs
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Delegation"
    table.rows[0].cells[1].text = "Russian Federation"
    if title:
        doc.core_properties.title = title
    doc.save(path)
    return path


def read(*paths, field_map=None):
    items = list(readers.read(paths, field_map))
    return (
        [i for i in items if not isinstance(i, Problem)],
        [str(i) for i in items if isinstance(i, Problem)],
    )


def assert_offsets_valid(doc) -> None:
    x = pipeline.extract(doc)
    for m in x.mentions:
        assert doc.text[m.span.start : m.span.end] == m.span.text
    for s in x.stances:
        for e in s.evidence:
            assert doc.text[e.start : e.end] == e.text


# ---- HTML ---------------------------------------------------------------------------


def test_html_keeps_the_main_text_and_drops_menus_banners_and_footers(tmp_path):
    path = tmp_path / "statement.html"
    path.write_text(make_html(), encoding="utf-8")
    (tmp_path / "statement.meta.json").write_text(json.dumps({"state": "RUS"}))
    (doc,), problems = read(path)
    assert problems == []
    assert doc.text == "Statement by the Russian Federation\n\n" + "\n\n".join(SPEECH) + "\n"
    for noise in ("Home", "cookies", "Privacy", "Tel.", "Related", "All rights reserved"):
        assert noise not in doc.text
    # trafilatura prefers the page's <h1> to a <title> that often ends in the site name.
    assert doc.metadata.title == "Statement by the Russian Federation"
    assert (doc.metadata.state, doc.metadata.language) == ("RUS", "en")
    x = pipeline.extract(doc)
    assert {(s.holder, s.topic) for s in x.stances}
    assert_offsets_valid(doc)


def test_sidecar_title_wins_over_the_html_title(tmp_path):
    path = tmp_path / "s.htm"
    path.write_text(make_html())
    (tmp_path / "s.meta.json").write_text(json.dumps({"title": "Mine"}))
    (doc,), _ = read(path)
    assert doc.metadata.title == "Mine"


def test_readers_are_picked_by_content_not_suffix(tmp_path):
    (tmp_path / "page.txt").write_text(make_html())
    (tmp_path / "paper.txt").write_bytes(make_pdf([SPEECH[:2], SPEECH[2:]]))
    (tmp_path / "noext").write_text("We support the convention.\n")
    (tmp_path / "corpus").write_text(json.dumps({"id": "c1", "text": "From a corpus."}) + "\n")
    (tmp_path / "LICENSE").write_text("Not a statement, and not read from a folder.\n")
    docx_path = make_docx(tmp_path / "word.bin")
    named = ["page.txt", "paper.txt", "noext", "corpus", docx_path.name]
    docs, problems = read(*(tmp_path / n for n in named))
    assert problems == []
    assert [d.text.splitlines()[0] for d in docs] == [
        "Statement by the Russian Federation",
        "Mr. Chair,",
        "We support the convention.",
        "From a corpus.",
        "Mr. Chair,",
    ]
    # A folder is walked by suffix: LICENSE, noext, corpus and word.bin are not read.
    docs, _ = read(tmp_path)
    assert [d.id for d in docs] == ["page.txt", "paper.txt"]


# ---- PDF ----------------------------------------------------------------------------


def test_pdf_text_without_running_headers_and_page_numbers(tmp_path):
    # The second paragraph runs from page 1 on to page 2.
    first, rest = SPEECH[2][:60], SPEECH[2][61:]
    path = tmp_path / "s.pdf"
    path.write_bytes(make_pdf([SPEECH[:2] + [first], [rest, SPEECH[3]], ["Annex: none."]]))
    (doc,), problems = read(path)
    assert problems == []
    assert "A/AC.291" not in doc.text and "- 1 -" not in doc.text and "- 2 -" not in doc.text
    # Lines wrapped at the margin are joined again, so names and quotes read whole.
    paragraphs = doc.text.strip().split("\n\n")
    assert paragraphs == SPEECH[:2] + [f"{first} {rest}", SPEECH[3], "Annex: none."]
    assert doc.metadata.title == "Statement at AHC-1"
    ids = {m.id for m in pipeline.extract(doc).mentions}
    assert {"RUS", "budapest-convention", "un-cybercrime-convention"} <= ids
    assert_offsets_valid(doc)


def test_pdf_with_an_owner_password_only_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([SPEECH[:2], SPEECH[2:]]))))
    writer.encrypt(user_password="", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "s.pdf").write_bytes(out.getvalue())
    (doc,), problems = read(tmp_path / "s.pdf")
    assert problems == [] and doc.text.startswith("Mr. Chair,\n\nThe Russian Federation")


# ---- DOCX ---------------------------------------------------------------------------


def test_docx_paragraphs_joined_with_blank_lines_without_headers_and_footers(tmp_path):
    path = make_docx(tmp_path / "s.docx", title="Statement of Russia")
    (doc,), problems = read(path)
    assert problems == []
    assert doc.text == "\n\n".join(SPEECH) + "\n\nDelegation | Russian Federation\n"
    assert doc.metadata.title == "Statement of Russia"
    assert_offsets_valid(doc)


# ---- encodings ----------------------------------------------------------------------


def test_cp1252_utf16_without_bom_cp1251_and_mojibake(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café “quoted” and naïve – Côte d’Ivoire.".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes("Türkiye speaks in UTF-16 without a BOM.".encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes("Россия поддерживает разработку конвенции.".encode("cp1251"))
    # UTF-8 bytes that went through cp1252 once: the classic mojibake.
    (tmp_path / "d.txt").write_text("Côte d’Ivoire speaks.".encode().decode("cp1252"))
    docs, problems = read(tmp_path)
    assert problems == []
    assert [d.text for d in docs] == [
        "Café “quoted” and naïve – Côte d’Ivoire.",
        "Türkiye speaks in UTF-16 without a BOM.",
        "Россия поддерживает разработку конвенции.",
        "Côte d’Ivoire speaks.",
    ]


def test_text_is_nfc_so_decomposed_accents_match_and_offsets_hold(tmp_path):
    decomposed = "The delegation of Co\u0302te d'Ivoire supports the convention.\n"
    (tmp_path / "nfd.txt").write_text(decomposed, encoding="utf-8")
    (doc,), _ = read(tmp_path / "nfd.txt")
    assert doc.text == "The delegation of Côte d'Ivoire supports the convention.\n"
    states = [m for m in pipeline.extract(doc).mentions if m.kind == "State"]
    assert [(m.id, m.span.text) for m in states] == [("CIV", "Côte d'Ivoire")]
    assert_offsets_valid(doc)


def test_declared_encoding_other_than_utf8_is_not_an_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("---\nencoding: cp1252\n---\nCafé.\n".encode("cp1252"))
    (doc,), problems = read(path)
    assert (doc.text, problems) == ("Café.\n", [])


# ---- language -----------------------------------------------------------------------


def test_language_is_detected_and_marked_as_guessed(tmp_path):
    (tmp_path / "en.txt").write_text(" ".join(SPEECH))
    (tmp_path / "fr.txt").write_text(
        "La Fédération de Russie soutient l'élaboration d'une convention internationale "
        "globale sur la lutte contre l'utilisation des technologies de l'information."
    )
    (tmp_path / "given.txt").write_text(" ".join(SPEECH))
    (tmp_path / "given.meta.json").write_text(json.dumps({"language": "en-GB"}))
    docs, _ = read(tmp_path)
    assert [(d.id, d.metadata.language, "language" in d.metadata.guessed) for d in docs] == [
        ("en.txt", "en", True),
        ("fr.txt", "fr", True),
        ("given.txt", "en-GB", False),
    ]


def test_paragraphs_in_other_languages_name_states_but_give_no_other_mentions_or_stances(
    tmp_path,
):
    text = (
        "Постоянное представительство Российской Федерации при Организации "
        "Объединенных Наций, Нью-Йорк\n\n"
        "La France soutient pleinement la Convention de Budapest et nous appuyons "
        "l'élaboration d'une convention sur la cybercriminalité.\n\n"
        "Mr. Chair,\n\nGermany supports the convention.\n"
    )
    (tmp_path / "mixed.txt").write_text(text)
    (doc,), _ = read(tmp_path / "mixed.txt")
    english_from = text.index("Mr. Chair")
    x = pipeline.extract(doc)
    # (a State named as written in English is named in any paragraph: "La France soutient")
    assert {m.id for m in x.mentions if m.kind == "State"} == {"DEU", "FRA"}
    assert all(
        m.span.start >= english_from for m in x.mentions if m.kind not in ("Organization", "State")
    )
    assert all(e.start >= english_from for s in x.stances for e in s.evidence)


@pytest.mark.parametrize("kind", ["html", "pdf", "docx"])
def test_sidecar_metadata_applies_to_every_format(tmp_path, kind):
    if kind == "html":
        (tmp_path / "s.html").write_text(make_html())
    elif kind == "pdf":
        (tmp_path / "s.pdf").write_bytes(make_pdf([SPEECH[:2], SPEECH[2:]]))
    else:
        make_docx(tmp_path / "s.docx")
    (tmp_path / "s.meta.json").write_text(json.dumps({"state": "RUS", "date": "2022-02-28"}))
    (doc,), problems = read(tmp_path / f"s.{kind}")
    assert problems == []
    assert (doc.metadata.state, doc.metadata.date) == ("RUS", "2022-02-28")
