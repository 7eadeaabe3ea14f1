"""Run the extractors over documents: one document flows through the stages.

Each stage sees the document as the previous stages left it (metadata merged, user
metadata first; mentions added), and the partial extractions are merged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence

from . import extractors
from .model import Document, Extraction


def extract(doc: Document, names: Sequence[str] = extractors.DEFAULT_PIPELINE) -> Extraction:
    result = Extraction(document=doc, metadata=doc.metadata)
    for name in names:
        part = extractors.get(name).extract(doc)
        result = result.merged_with(part)
        doc = dataclasses.replace(
            doc, metadata=result.metadata, mentions=doc.mentions + part.mentions
        )
    return dataclasses.replace(result, document=doc)


def extract_all(
    docs: Iterable[Document], names: Sequence[str] = extractors.DEFAULT_PIPELINE
) -> Iterator[Extraction]:
    for doc in docs:
        yield extract(doc, names)
