"""Word (.docx) statements: the body's paragraphs and tables, blank-line separated.

Page headers and footers live outside the body in a .docx, so they are left out
without guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from io import BytesIO
from pathlib import Path

from .common import ReadError, read_converted


def docx_text(data: bytes) -> tuple[str, dict[str, object]]:
    import docx
    from docx.table import Table

    try:
        doc = docx.Document(BytesIO(data))
    except Exception as exc:  # zipfile, lxml and python-docx errors alike
        raise ReadError(f"damaged DOCX ({type(exc).__name__}: {exc})") from exc
    blocks: list[str] = []
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [c.text.strip() for c in row.cells]
                # Merged cells repeat; keep each once, in order.
                line = " | ".join(dict.fromkeys(c for c in cells if c))
                if line:
                    blocks.append(line)
        elif item.text.strip():
            blocks.append(item.text.strip())
    title = doc.core_properties.title
    return "\n\n".join(blocks) + "\n", ({"title": title} if title else {})


def read_docx_file(
    path: Path, problem: Callable[..., object], field_map: Mapping[str, str] | None = None
) -> Iterator[object]:
    del field_map
    yield from read_converted(path, problem, docx_text)
