"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, then cp1252."""

from __future__ import annotations

import codecs


class UndecodableError(ValueError):
    pass


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; line ends are normalised to LF."""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    else:
        if b"\x00" in data[:8192]:
            raise UndecodableError("binary file (NUL bytes), not a text statement")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"not UTF-8, UTF-16 or cp1252 (byte {exc.start})") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
