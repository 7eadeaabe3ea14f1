"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32, cp1252/latin-1 and the
other single-byte encodings charset-normalizer recognises; mojibake repaired.

The text a reader returns is the text every offset points into: line ends are
normalised to LF, mojibake ("CÃ´te dâ€™Ivoire") is repaired by ftfy, and the
result is in Unicode NFC, so that a decomposed "Co\\u0302te" matches the codebook's
"Côte" and a quote ``text[start:end]`` is what the graph shows.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy


class UndecodableError(ValueError):
    pass


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# C0 controls other than tab, LF, FF, CR: text has (almost) none, binaries many.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# UTF-8 read as cp1252/latin-1 leaves a lead byte (Â-ô) before a continuation byte
# (U+0080-U+00BF, or what cp1252 puts at 0x80-0x9F). Only text with such a pair
# goes to ftfy, which is slow (4 ms a speech) and decides whether to repair it.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def _utf16_without_bom(head: bytes) -> str | None:
    """ASCII-range text in UTF-16 has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _single_byte(data: bytes) -> tuple[str, str]:
    """Not UTF-8: a legacy encoding. cp1252 unless the bytes are clearly another
    script (charset-normalizer tells cp1251 Russian apart; for Latin text it often
    says cp1250, which turns "naïve" into "naďve", so Western Latin wins there)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        letters = _LETTER.findall(text[:20_000])
        if letters and len(_LATIN.findall(text[:20_000])) < len(letters) / 2:
            return text, best.encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined (0x81, 0x8d …): ISO 8859-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def _repair(text: str) -> str:
    """Mojibake repaired only where ftfy is sure (its encoding fixes, nothing else:
    curly quotes and ligatures are the author's)."""
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def normalise(text: str) -> str:
    """What a reader does to text that arrives already decoded (corpora, DOCX, PDF)."""
    return _repair(text)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``.

    ``declared`` is the encoding the user stated (sidecar ``"encoding"``, front
    matter); a file that declares UTF-8 and is not is refused rather than guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _repair(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableError(
                    f"invalid {encoding.split('-sig')[0].upper()} at byte {exc.start} "
                    "after its byte-order mark"
                ) from exc
    head = data[:_SNIFF]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            raise UndecodableError("binary file (NUL bytes), not a text statement")
        try:
            return _repair(data.decode(encoding)), encoding
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"invalid UTF-16 at byte {exc.start}") from exc
    if len(_CONTROL.findall(head)) > max(2, len(head) // 100):
        raise UndecodableError("binary file (control bytes), not a text statement")
    try:
        return _repair(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if declared and declared.lower().replace("_", "-") in ("utf-8", "utf8"):
            raise UndecodableError(
                f"invalid UTF-8 at byte {exc.start}, but the file declares UTF-8"
            ) from exc
    text, encoding = _single_byte(data)
    return _repair(text), encoding
