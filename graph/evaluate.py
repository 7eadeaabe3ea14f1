"""Scoring extraction against gold files, by the rules of ``shared/gold/README.md``.

Metadata: each key right or wrong (speaker case- and accent-insensitive; role right
when one contains the other). Entities: distinct (type, id) pairs against
``required``; pairs in ``optional`` count neither way. Stances: a prediction matches a
required stance with the same holder and topic, an allowed polarity, and evidence that
overlaps a gold evidence substring. All micro-averaged over statements.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METADATA_KEYS = ("date", "speaker", "role", "state", "event", "translation")


class GoldError(ValueError):
    """A gold file that cannot be used; the message names it."""


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    documents: int = 0
    metadata_right: int = 0
    metadata_total: int = 0
    entities: PRF = field(default_factory=PRF)
    entities_by_type: dict[str, PRF] = field(default_factory=dict)
    stances: PRF = field(default_factory=PRF)
    polarity_right: int = 0
    polarity_total: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)


def _fold(text: object) -> str:
    norm = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in norm if not unicodedata.combining(c)).casefold().strip()


def metadata_matches(key: str, gold: object, predicted: object) -> bool:
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    if key == "speaker":
        return _fold(gold) == _fold(predicted)
    if key == "role":
        g, p = _fold(gold), _fold(predicted)
        return g in p or p in g
    return gold == predicted


def load_gold(folder: str | Path) -> dict[str, dict[str, Any]]:
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a directory of gold files")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: unreadable gold file: {exc}") from exc
        if not isinstance(data, dict) or "document" not in data:
            raise GoldError(f"{path}: gold file has no 'document'")
        gold[str(data["document"])] = data
    if not gold:
        raise GoldError(f"{folder}: no gold files (*.json)")
    return gold


def _overlaps(span: Mapping[str, Any], text: str, quote: str) -> bool:
    start = 0
    while True:
        pos = text.find(quote, start)
        if pos < 0:
            return False
        if span["start"] < pos + len(quote) and pos < span["end"]:
            return True
        start = pos + 1


def score(
    gold: Mapping[str, Mapping[str, Any]],
    predictions: Iterable[Mapping[str, Any]],
    texts: Mapping[str, str],
) -> Scores:
    scores = Scores()
    by_doc = {p["document"]: p for p in predictions}
    for doc, g in sorted(gold.items()):
        pred = by_doc.get(doc)
        if pred is None:
            scores.missing_documents.append(doc)
            continue
        scores.documents += 1
        text = texts.get(doc, "")
        for key in METADATA_KEYS:
            if key not in g.get("metadata", {}):
                continue
            scores.metadata_total += 1
            if metadata_matches(key, g["metadata"][key], pred["metadata"].get(key)):
                scores.metadata_right += 1
            else:
                scores.misses.append(
                    f"{doc}: metadata {key}: expected {g['metadata'][key]!r}, "
                    f"got {pred['metadata'].get(key)!r}"
                )
        _score_entities(doc, g, pred, scores)
        _score_stances(doc, g, pred, text, scores)
    return scores


def _score_entities(doc: str, g: Mapping[str, Any], pred: Mapping[str, Any], s: Scores) -> None:
    required = {tuple(x) for x in g["entities"].get("required", [])}
    optional = {tuple(x) for x in g["entities"].get("optional", [])}
    wildcard = {t for t, i in optional if i == "*"}
    predicted = {(e["type"], e["id"]) for e in pred["entities"]}
    for pair in sorted(predicted | required):
        kind = pair[0]
        by_type = s.entities_by_type.setdefault(kind, PRF())
        if pair in required and pair in predicted:
            s.entities.tp += 1
            by_type.tp += 1
        elif pair in required:
            s.entities.fn += 1
            by_type.fn += 1
            s.misses.append(f"{doc}: entity {kind} {pair[1]} not found")
        elif pair not in optional and kind not in wildcard:
            s.entities.fp += 1
            by_type.fp += 1
            s.extras.append(f"{doc}: entity {kind} {pair[1]} not in gold")


def _score_stances(
    doc: str, g: Mapping[str, Any], pred: Mapping[str, Any], text: str, s: Scores
) -> None:
    required = list(g["stances"].get("required", []))
    optional = {(x["holder"], x["topic"]) for x in g["stances"].get("optional", [])}
    matched_gold: set[int] = set()
    for p in pred["stances"]:
        key = (p["holder"], p["topic"])
        hit = None
        for i, r in enumerate(required):
            if i in matched_gold or (r["holder"], r["topic"]) != key:
                continue
            s.polarity_total += 1
            polarity_ok = p["polarity"] in r["polarity"]
            s.polarity_right += polarity_ok
            evidence_ok = any(
                _overlaps(ev, text, quote) for ev in p["evidence"] for quote in r["evidence"]
            )
            if polarity_ok and evidence_ok:
                hit = i
            else:
                why = "polarity" if not polarity_ok else "evidence"
                s.extras.append(
                    f"{doc}: stance {key[0]} {key[1]} {p['polarity']}: wrong {why} "
                    f"(gold {'/'.join(r['polarity'])})"
                )
            break
        if hit is not None:
            matched_gold.add(hit)
            s.stances.tp += 1
        elif key in optional:
            continue
        else:
            s.stances.fp += 1
            if not any((r["holder"], r["topic"]) == key for r in required):
                quote = p["evidence"][0]["text"][:90] if p["evidence"] else ""
                s.extras.append(
                    f"{doc}: stance {key[0]} {key[1]} {p['polarity']} not in gold: {quote!r}"
                )
    for i, r in enumerate(required):
        if i not in matched_gold:
            s.stances.fn += 1
            s.misses.append(
                f"{doc}: stance {r['holder']} {r['topic']} {'/'.join(r['polarity'])} not found "
                f"({r['evidence'][0][:80]!r})"
            )


def report(s: Scores) -> str:
    lines = [f"documents scored: {s.documents}"]
    if s.missing_documents:
        lines.append(f"gold documents with no prediction: {', '.join(s.missing_documents)}")
    lines.append(f"metadata: {s.metadata_right}/{s.metadata_total}")
    lines.append(
        f"entities: P {s.entities.precision:.3f}  R {s.entities.recall:.3f}  F1 {s.entities.f1:.3f}"
    )
    for kind, prf in sorted(s.entities_by_type.items()):
        lines.append(
            f"  {kind:<13} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
            f"  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
        )
    lines.append(
        f"stances: P {s.stances.precision:.3f}  R {s.stances.recall:.3f}  F1 {s.stances.f1:.3f}"
        f"  (tp {s.stances.tp}, fp {s.stances.fp}, fn {s.stances.fn})"
    )
    acc = s.polarity_right / s.polarity_total if s.polarity_total else 1.0
    lines.append(f"polarity accuracy: {acc:.3f} ({s.polarity_right}/{s.polarity_total})")
    if s.misses:
        lines.append("misses:")
        lines.extend(f"  - {m}" for m in s.misses)
    if s.extras:
        lines.append("extras:")
        lines.extend(f"  + {e}" for e in s.extras)
    return "\n".join(lines) + "\n"
