"""Sentences with character offsets, and which parts of a text are not speech.

Paragraphs are separated by blank lines; single line breaks inside a paragraph are
kept as part of the sentence (texts from PDFs wrap mid-sentence). Letterheads,
addresses, phone numbers and website footers are marked as boilerplate so that no
mention or stance comes from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import codebook, language

_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# End of a sentence: . ! ? (and closing quotes/brackets) then space and a capital,
# digit, quote or bracket. Abbreviations are checked separately.
_BOUNDARY = re.compile(
    r"[.!?…]+(?:\[\d{1,3}\])?[\"'”’)\]]*(?=\s+(?:[-–•*▪]\s+)?[\"'“‘(\[]?[A-Z0-9А-Я])"
    # A bulleted line starts a sentence even when the one before has no full stop.
    r"|\n(?=[ \t]*[-–•*▪][ \t]+\S)"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Art|Arts|art|arts|Para|para|paras|vol|p|pp|e\.g|i\.e|etc|cf|vs|"
    r"H\.E|Amb|Gen|Jr|Sr|Rev|Co|Inc|Ltd|U\.S|U\.N|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|fig|approx|ca|op|cit|Ibid)\."
    # An initial ("A. Person"), but not a numeral after a part of a text ("Chapter I.").
    r"|(?<!Chapter )(?<!Article )(?<!Annex )(?<!Part )(?<!Section )(?<!Title )(?<!Volume )"
    r"\b[A-Z]\.)$"
)
_NUMBER_SIGN = re.compile(r"\bNos?\.$")
_DIGIT_NEXT = re.compile(r"\s*\d")
_BROKEN_OFF = re.compile(
    r"\n[^\n]*\b(?:of|the|and|to|in|for|with|a|an|on|by|that|which|from|its|their|our)$"
)
_NUMBERING = re.compile(r"\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]")
_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]")
_NON_LATIN = re.compile(r"[\u0400-\u04FF\u0600-\u06FF\u4E00-\u9FFF]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: bool = False
    heading: bool = False  # a line without closing punctuation (titles, letterheads)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # Markdown emphasis around headings is layout, not text.
    while start < end and text[start] in "*_#":
        start += 1
    while end > start and text[end - 1] in "*_":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    # A list bullet is layout too ("- We support …").
    if end - start > 2 and text[start] in "-–•▪" and text[start + 1] in " \t":
        start += 2
        while start < end and text[start].isspace():
            start += 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        # "our Cybercrimes (Prohibition, Prevention, etc.) Act": the bracket closes
        # inside the sentence.
        if _ABBREVIATIONS.search(text[max(start, cut - 12) : cut].rstrip(")]")):
            continue
        # "No. 1 Ton That Dam Street" but an interview's answer "No. Those are …".
        if _NUMBER_SIGN.search(text, max(start, cut - 5), cut) and _DIGIT_NEXT.match(text, cut):
            continue
        # A paragraph number ("3.", "iv.") belongs to the sentence it introduces.
        if _NUMBERING.fullmatch(text[pos:cut]):
            continue
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))
    return out


@cache
def _boilerplate_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The boilerplate cues as two alternations: those anchored at the start of the
    line (tried once per line) and the rest (searched); this runs on every line."""
    patterns = [p.pattern for p in codebook.load().cues.get("boilerplate", ())]
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]

    def alternation(ps: list[str]) -> re.Pattern[str]:
        # Case as written (the cues say where case does not matter).
        return re.compile("|".join(f"(?:{p})" for p in ps) or "(?!)")

    return alternation(anchored), alternation(floating)


# Letterhead, address and footer lines are short; a paragraph of speech that happens
# to contain "2018-2021" or start with "Home" is not boilerplate.
_MAX_BOILERPLATE_LINE = 300


def _is_boilerplate(line: str) -> bool:
    if len(line) > _MAX_BOILERPLATE_LINE:
        return False
    anchored, floating = _boilerplate_res()
    if anchored.match(line) or floating.search(line):
        return True
    if line.isascii():
        return False
    letters = _LETTERS.findall(line)
    # Letterheads in another script (a Russian mission's name) are not the speech.
    return len(_NON_LATIN.findall(line)) > len(letters)


_PAGE = r"\d{1,4}(?:/\d{1,4})?"  # "48", "31/33"
_DATE = r"\d{2}/\d{2}/\d{4}"
_RECORD = r"\d{2}-\d{4,6}(?:\s*\(E\))?|A/\d+/PV\.\d+|S/PV\.\d+"
# The running head of a UN record: "10-54965 48", "15-29568 31/33", "A/70/PV.20 30/09/2015".
_PAGE_MARK = re.compile(rf"^(?:(?:{_PAGE}|{_DATE})\s+)?(?:{_RECORD})(?:\s+(?:{_PAGE}|{_DATE}))?$")


def boilerplate_spans(text: str, foreign: bool = True) -> list[tuple[int, int]]:
    """Lines that are not speech; from a footer line in the last third on, all of it
    (and, with ``foreign``, paragraphs in another language)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    footer_from = None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and _is_boilerplate(stripped):
            spans.append((pos, pos + len(line)))
            # A page mark of a UN record ("10-54965 48") runs through the whole speech;
            # only a site's footer ends it.
            if footer_from is None and pos > len(text) * 2 / 3 and not _PAGE_MARK.match(stripped):
                footer_from = pos
        pos += len(line)
    if footer_from is not None:
        spans = [s for s in spans if s[0] < footer_from] + [(footer_from, len(text))]
    # Paragraphs in another language: the cues and names are English.
    return spans + list(language.foreign_spans(text)) if foreign else spans


def split(text: str, boilerplate: Sequence[tuple[int, int]] | None = None) -> list[Sentence]:
    """The sentences of ``text`` with offsets; ``text[s.start:s.end] == s.text``."""
    if boilerplate is None:
        boilerplate = boilerplate_spans(text)
    sentences: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(_paragraphs(text)):
        para = text[p_start:p_end]
        # A paragraph of short unpunctuated lines (a letterhead, an address) is
        # split into lines; running prose keeps its line breaks.
        lines = para.split("\n")
        line_mode = (
            len(lines) > 1
            and max(len(ln) for ln in lines) < 60
            and not any(_BOUNDARY.search(ln) for ln in lines)
            and sum(ln.rstrip().endswith((".", "!", "?")) for ln in lines) <= 1
            # A line that goes on in lower case is wrapped prose, not a letterhead.
            and not any(ln.lstrip()[:1].islower() for ln in lines[1:])
        )
        pieces: list[tuple[int, int]] = []
        if line_mode:
            off = p_start
            for ln in lines:
                pieces.append((off, off + len(ln)))
                off += len(ln) + 1
        else:
            pieces = _split(text, p_start, p_end)
        for s, e in pieces:
            s, e = _strip_span(text, s, e)
            if s >= e:
                continue
            chunk = text[s:e]
            in_boiler = any(b0 <= s and e <= b1 for b0, b1 in boilerplate) or _is_boilerplate(chunk)
            # A footnote marker may follow the full stop ("… resolution 75/282.[5]").
            closing = re.sub(r"\[\d{1,3}\]$", "", chunk.rstrip())
            # A list's lead-in and its items end with ":" or ";": sentences, not titles.
            heading = not closing.endswith((".", "!", "?", "…", ".”", '."', "?”", ":", ";"))
            if (
                heading
                and (
                    _BROKEN_OFF.search(closing)
                    # (or a long run of words that stops on one in lower case: "… because only
                    # a universal instrument can bring\n\n 1\n---\n\nevery State into …")
                    or (len(closing.split()) >= 10 and closing.split()[-1][:1].islower())
                )
            ):
                # Prose cut by a page break ("… including in the execution of\n\nPage 1
                # of 2"): no title ends on "of".
                heading = False
            sentences.append(Sentence(s, e, chunk, index, in_boiler, heading))
    return _rejoined(text, sentences)


# A page number standing alone between two pages: "- 2 -", "Page 3 of 5", "3/7".
_PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*|[-–—_=*\s]{3,}",
    re.IGNORECASE,
)


_PAGE_OF = re.compile(r"\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.IGNORECASE)
_FUNCTION_WORD_END = re.compile(
    r"\b(?:of|the|and|to|in|for|with|a|an|on|by|that|which|from|its|their|our|is|are|be|as)$"
)


def _rejoined(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A sentence that a page break cut ("The Group looks forward to the\n\n- 2 -\n\n
    timely elaboration of …") is one sentence again: the part before the break ends on a
    word, not a stop, and the part after it goes on in lower case. The page number between
    them is inside the span, so that offsets stay those of the text."""
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        j = i + 1
        while j < len(sentences) and (
            _PAGE_NUMBER.fullmatch(sentences[j].text)
            # a running head with the page number: "Page 1 of 3 / Statement by X"
            or _PAGE_OF.match(sentences[j].text)
            or (
                j > i + 1
                and sentences[j].heading
                and sentences[j].paragraph == sentences[j - 1].paragraph
            )
        ):
            j += 1
        last_of_paragraph = i + 1 == len(sentences) or sentences[i + 1].paragraph != s.paragraph
        if (
            last_of_paragraph
            and j < len(sentences)
            and not s.boilerplate
            and not _PAGE_OF.match(s.text)
            and len(s.text.split()) >= 4
            and re.search(r"[a-z],?$", s.text)
            # (a title is no cut prose: "Chapter on preventive measures")
            and (not s.heading or _FUNCTION_WORD_END.search(s.text))
            and sentences[j].text[:1].islower()
            and not sentences[j].boilerplate
        ):
            n = sentences[j]
            out.append(Sentence(s.start, n.end, text[s.start : n.end], s.paragraph))
            i = j + 1
            continue
        out.append(s)
        i += 1
    return out
