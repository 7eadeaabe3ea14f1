"""PDF statements: the text layer, without running headers, footers and page numbers.

A line that comes back, digits aside, at the top or bottom of most pages is a
running header or footer ("A/AC.291/CRP.3", "Statement of the Russian
Federation - page 2"); a bare number or "Page 3 of 7" there is a page number.
Pages are then joined: a page that ends mid-sentence runs on into the next.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .common import ReadError, read_converted

_PASSWORD = "password-protected PDF; give a copy without the password"
# How many lines at the top and bottom of a page may be running heads or feet.
_EDGE = 3
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:page|p\.|seite|página)?\s*\d{1,4}(?:\s*(?:/|of|de|из)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# Where a paragraph may end; the comma is for salutations ("Mr. Chair,") and must
# stay last: a page ending in a comma runs on.
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', ",")


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without their running headers, footers and page numbers."""
    edges = Counter()
    for lines in pages:
        nonblank = [ln for ln in lines if ln.strip()]
        edge = nonblank[:_EDGE] + nonblank[-_EDGE:]
        edges.update({_key(ln) for ln in edge})
    # Repeated on at least half the pages (and on two at least).
    repeated = {k for k, n in edges.items() if n >= max(2, (len(pages) + 1) // 2)}
    out = []
    for lines in pages:
        nonblank_idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(nonblank_idx[:_EDGE] + nonblank_idx[-_EDGE:])
        out.append(
            [
                ln
                for i, ln in enumerate(lines)
                if not (i in edge_idx and (_key(ln) in repeated or _PAGE_NUMBER.match(ln)))
            ]
        )
    return out


_DEHYPHENATE = "<dehyphenate>"


def _joint(line: str, following: str, measure: int) -> str:
    """What goes between two lines of the text layer: a paragraph break where a
    line closes a sentence well short of the full measure, a space where a line
    was wrapped at the margin (so quotes and names read as written), else a line
    break (letterheads and addresses keep their lines)."""
    if line.endswith(_SENTENCE_END) and len(line) < 0.85 * measure and following[:1].isupper():
        return "\n\n"
    if len(line) >= 0.7 * measure:
        if line.endswith("-") and line[-2:-1].islower() and following[:1].islower():
            return _DEHYPHENATE  # "conven-" + "tion": the hyphen goes (see join_pages)
        return "" if line.endswith("-") else " "
    return "\n"


def join_pages(pages: list[list[str]]) -> str:
    """One text from the pages' lines; a page ending mid-sentence runs on."""
    lines: list[str] = []
    page_ends: set[int] = set()
    for page in pages:
        page_lines = [ln.strip() for ln in page if ln.strip()]
        if not page_lines:
            continue
        if lines and lines[-1].endswith(_SENTENCE_END[:-1]):
            lines.append("")  # a page ending a sentence ends a paragraph
        lines.extend(page_lines)
        page_ends.add(len(lines) - 1)
    measure = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        joint = "\n\n" if i + 1 < len(lines) and not lines[i + 1] else ""
        if i + 1 < len(lines) and lines[i + 1]:
            # A sentence running on to the next page is joined as a wrapped line.
            joint = _joint(line, lines[i + 1], 0 if i in page_ends else measure)
        if joint == _DEHYPHENATE:
            line, joint = line[:-1], ""
        out.append(line + joint)
    return "".join(out) + "\n"


def pdf_text(data: bytes) -> tuple[str, dict[str, object]]:
    """The cleaned text layer and the document's title; ReadError when unreadable."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    # pypdf reports repairs of damaged files through logging; the skip line says it.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReadError(_PASSWORD)
            pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
            info = reader.metadata
            title = info.title if info and info.title else None
    except ReadError:
        raise
    except FileNotDecryptedError as exc:
        raise ReadError(_PASSWORD) from exc
    except Exception as exc:  # pypdf on a damaged file can raise almost anything
        # pypdf's own words ("Stream has ended unexpectedly") tell a user nothing more.
        raise ReadError("damaged or truncated PDF") from exc
    if not any(ln.strip() for lines in pages for ln in lines):
        raise ReadError("PDF without a text layer (scanned?); OCR it first")
    found = {"title": str(title)} if title else {}
    return join_pages(strip_running_lines(pages)), found


def read_pdf_file(
    path: Path, problem: Callable[..., object], field_map: Mapping[str, str] | None = None
) -> Iterator[object]:
    del field_map
    yield from read_converted(path, problem, pdf_text)
