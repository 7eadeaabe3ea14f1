"""An extraction as the JSON object of ``shared/gold/README.md`` (what ``extract`` prints)."""

from __future__ import annotations

from typing import Any

from .model import Extraction, Span


def _span(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def as_prediction(x: Extraction) -> dict[str, Any]:
    md = x.metadata
    entities: list[dict[str, Any]] = []
    for person in x.persons:
        entry: dict[str, Any] = {"type": "Person", "id": person.id, "text": person.name}
        if person.span is not None:
            entry.update(start=person.span.start, end=person.span.end, text=person.span.text)
        else:
            entry.update(start=None, end=None)
        entities.append(entry)
    for m in x.mentions:
        entities.append(
            {
                "type": m.kind,
                "id": m.id,
                "text": m.span.text,
                "start": m.span.start,
                "end": m.span.end,
                "rule": m.rule,
            }
        )
    if md.event and not any(e["type"] == "Event" and e["id"] == md.event for e in entities):
        entities.append(
            {
                "type": "Event",
                "id": md.event,
                "text": None,
                "start": None,
                "end": None,
                "rule": "metadata",
            }
        )
    return {
        "document": x.document.id,
        "metadata": {
            "date": md.date,
            "speaker": md.speaker,
            "role": md.role,
            "state": md.state,
            "event": md.event,
            "translation": md.translation,
            "organization": md.organization,
            "place": md.place,
            "language": md.language,
            "guessed": sorted(md.guessed),
        },
        "entities": entities,
        "stances": [
            {
                "holder": s.holder,
                "topic": s.topic,
                "polarity": s.polarity,
                "target": s.target,
                "evidence": [_span(e) for e in s.evidence],
                "extractor": s.extractor,
                "rule": s.rule,
            }
            for s in x.stances
        ],
        "warnings": list(x.warnings),
    }
