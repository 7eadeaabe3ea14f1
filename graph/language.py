"""Which language a statement, or a paragraph of it, is in.

The codebook's names and stance cues are English, so a paragraph in another
language (a Russian letterhead, a French quotation) must not give mentions or
stances: :func:`foreign_spans` marks such paragraphs and :mod:`graph.sentences`
treats them as not speech.

English is recognised first by its function words, which is instant and right for
nearly every statement; only what is not clearly English goes to py3langid (a
naive Bayes classifier: deterministic, offline, 97 languages), whose model takes a
second to load and so is loaded only when needed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
_EN_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "we",
        "this",
        "it",
        "be",
        "are",
        "our",
        "has",
        "have",
        "at",
        "from",
        "which",
        "an",
        "will",
        "not",
        "its",
        "all",
        "their",
        "been",
        "was",
        "were",
        "would",
        "should",
        "can",
        "must",
        "these",
        "those",
    ]
)
# English prose has 30-50 % function words; other languages in Latin script have
# a few ("a", "on", "as") by coincidence.
_EN_SHARE = 0.2
_MIN_WORDS = 8
# Paragraphs shorter than this ("Mr. Chair,", a name) are too short to judge.
_MIN_LETTERS = 60
_MIN_PROBABILITY = 0.95
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _looks_english(text: str) -> bool | None:
    """True/False when function words decide, None when there are too few words."""
    words = _WORD.findall(text[:1500].lower())
    if len(words) < _MIN_WORDS:
        return None
    return sum(w in _EN_FUNCTION_WORDS for w in words) / len(words) >= _EN_SHARE


def _classify(text: str) -> tuple[str, float]:
    lang, prob = _identifier().classify(text[:4000])
    return str(lang), float(prob)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's main language, or None when unsure."""
    if _looks_english(text):
        return "en"
    if sum(len(w) for w in _WORD.findall(text[:4000])) < 20:
        return None
    lang, prob = _classify(text)
    return lang if prob >= 0.5 else None


@lru_cache(maxsize=32)
def foreign_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs (blank-line separated) that are confidently not English."""
    spans: list[tuple[int, int]] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for stop, next_pos in bounds:
        para = text[pos:stop]
        letters = sum(map(len, _WORD.findall(para)))
        if _looks_english(para) is not True and letters >= _MIN_LETTERS:
            # Another script (Cyrillic, Arabic, CJK) needs no classifier.
            if len(_LATIN.findall(para)) < letters / 2:
                spans.append((pos, stop))
            else:
                lang, prob = _classify(para)
                if lang != "en" and prob >= _MIN_PROBABILITY:
                    spans.append((pos, stop))
        pos = next_pos
    return tuple(spans)
