"""Web pages: the main text only, as trafilatura finds it.

Menus, headers, footers, cookie banners and sidebars are dropped by trafilatura's
main-content extraction (measured against selectolax with CSS selectors: both
right on a page with <nav>/<footer>, only trafilatura right on a page of bare
<div>s; 1.2 ms against 0.1 ms a page, which is nothing next to extraction).
The Document's text is the extracted main text, one paragraph per block, and all
offsets point into it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .common import ReadError, document, load_bytes, sidecar
from .decode import UndecodableError, decode, normalise
from .text import declared_encoding

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.-]+)", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def main_text(html: str) -> tuple[str, dict[str, object]]:
    """The main text (paragraphs separated by blank lines) and the page's title."""
    import trafilatura

    # trafilatura logs every page it finds too short to its logger; not ours to show.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    if result is None:
        return "", {}
    blocks = [line.strip() for line in (result.text or "").split("\n")]
    found = {"title": result.title} if result.title else {}
    return "\n\n".join(b for b in blocks if b) + "\n", found


def read_html_file(
    path: Path, problem: Callable[..., object], field_map: Mapping[str, str] | None = None
) -> Iterator[object]:
    del field_map
    fields, issues = sidecar(path, problem)
    yield from issues
    try:
        data = load_bytes(path)
        declared = declared_encoding(data, fields) or html_charset(data)
        html, _encoding = decode(data, declared)
    except (ReadError, UndecodableError) as exc:
        yield problem(str(path), str(exc))
        return
    try:
        text, found = main_text(html)
    except Exception as exc:  # a parser failing on one page must not stop the run
        yield problem(str(path), f"unreadable HTML ({type(exc).__name__}: {exc})")
        return
    if not text.strip():
        yield problem(str(path), "no main text found in the HTML page")
        return
    yield from document(path, normalise(text), fields, problem, found)
