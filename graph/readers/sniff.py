"""What a file is, from its first bytes; the suffix only breaks ties.

A PDF saved as ``.txt`` is read as a PDF, a web page saved without a suffix as
HTML; a ``.pdf`` that does not start like one is said to be damaged.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HEAD = 4096

_SUFFIX_KIND = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class NotAStatement(ValueError):
    """A file of a kind no reader takes (the message says which)."""


def suffix_kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    return _SUFFIX_KIND.get(path.suffix.lower())


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        # A truncated .docx is a damaged Word file; any other broken ZIP is not ours.
        # (zipfile raises NotImplementedError for a ZIP version or method it cannot read)
        if suffix_kind(path) == "docx":
            return "docx"
        raise NotAStatement("damaged ZIP archive, not a statement") from None
    if "word/document.xml" in names:
        return "docx"
    raise NotAStatement("ZIP archive that is not a Word document, not a statement")


def kind(path: Path, head: bytes) -> str:
    """``text``, ``html``, ``pdf``, ``docx`` or ``jsonl``; NotAStatement otherwise."""
    by_suffix = suffix_kind(path)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE):
        raise NotAStatement("Word 97-2003 or encrypted Office file; save it as .docx")
    if head.startswith(b"\x1f\x8b"):
        if by_suffix == "jsonl":
            return "jsonl"
        raise NotAStatement("gzip file that is not a .jsonl.gz corpus")
    if by_suffix in ("pdf", "docx"):
        # Named so, but without the signature: the reader says it is damaged.
        return by_suffix
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_STARTS) and (b"<html" in head.lower() or by_suffix == "html"):
        return "html"
    if by_suffix:
        return by_suffix
    if stripped.startswith(b"{"):
        return "jsonl"
    return "text"
