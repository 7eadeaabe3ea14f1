"""Officials named in the body of a speech: a title, then a capitalised name.

"Secretary-General António Guterres", "His Excellency Mr. Ali Abdussalam Treki",
"Chancellor Angela Merkel". A bare surname after a title ("Mr. Guterres") is the
person named in full earlier in the same speech, or a well-known official of that
surname, or nobody: a surname alone is too ambiguous to mint a person from. Verbs of
diplomatic courtesy introduce a name without a title ("I congratulate Vuk Jeremić on
his election"), and well-known officials are found without one ("Kofi Annan's panel").
Titles, those verbs, the officials and the words that are never names live in
``ontology/cues.ttl`` (cue sets ``person-title``, ``person-lead``, ``known-official``
and ``not-a-name``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from .. import codebook
from ..iris import slug
from ..model import Person, Span

# A name word as written: capitalised (Ki-moon, Bozkır, O'Neil) or an initial.
# The initial comes first: "Michael T. Brennan" must not stop at "T".
_WORD = r"(?:[A-Z]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*)"
_PARTICLE = r"(?:de|da|di|do|dos|das|du|van|von|der|den|bin|ben|ibn|al|el|del|la|le)"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A name after titles, and a name after a verb of courtesy (and perhaps titles):
    two passes, so that "I congratulate You Mr. A. Person" still finds the titled name."""
    cues = codebook.load().cues

    def alternation(kind: str) -> str:
        return "|".join(f"(?:{p.pattern})" for p in cues.get(kind, ())) or "(?!)"

    title, lead = alternation("person-title"), alternation("person-lead")
    name = rf"(?P<name>{_WORD}(?:[ \t]*\n?[ \t]*(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,4}})"
    # Titles are matched as written (case-sensitively), so "president" in running
    # prose is not a title; up to three may stack ("His Excellency President").
    return (
        re.compile(rf"(?<![\w.])(?:(?:{title})\s+){{1,3}}{name}"),
        re.compile(rf"(?<![\w.])(?:{lead})\s+(?:(?:{title})\s+){{0,3}}{name}"),
    )


@cache
def _followed() -> re.Pattern[str]:
    """A name of two words or more before words that show it is a person's (cue set
    ``person-follow``); a lookahead, so that every word of a capitalised run is a start."""
    cues = codebook.load().cues.get("person-follow", ())
    follow = "|".join(f"(?:{p.pattern})" for p in cues) or "(?!)"
    name = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,4}})"
    return re.compile(rf"(?<!\w)(?={name},?\s+(?:{follow}))")


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")


def _followed_names(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_followed`` that start a name: "As Albert Einstein once said" starts
    at "Albert" ("As" is never a name), not at "Einstein"."""
    for m in _followed().finditer(text):
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or is_not_a_name(before.group(1)):
            yield m


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@cache
def _known() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Well-known officials: a pattern for the full name as written with or without
    accents, and the canonical name."""
    known = []
    for cue in codebook.load().cues.get("known-official", ()):
        name = cue.pattern.replace("\\s+", " ").replace("\\", "")
        parts = []
        for ch in name:
            base = _unaccented(ch)
            if ch == " ":
                parts.append(r"\s+")
            elif base and base != ch:
                parts.append(f"[{ch}{base}]")
            else:
                parts.append(re.escape(ch))
        known.append((re.compile(rf"(?<![\w-]){''.join(parts)}(?![\w-])"), name))
    return tuple(known)


def _canonical(name: str) -> str:
    """A name whose first and last words are those of a well-known official is that
    official ("Tedros A. Ghebreyesus"); a surname alone is the official of that surname."""
    words = _unaccented(name).split()
    for _, full in _known():
        kw = _unaccented(full).split()
        if len(words) == 1 and words[0] == kw[-1]:
            return full
        if len(words) >= 2 and words[0] == kw[0] and words[-1] == kw[-1]:
            return full
    return name


@cache
def _not_names() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.pattern) for p in codebook.load().cues.get("not-a-name", ()))


def is_not_a_name(word: str) -> bool:
    """Whether ``word`` can never be part of a person's name (cue set ``not-a-name``)."""
    return any(p.match(word) for p in _not_names())


def _name_words(name: str) -> list[str]:
    """The words of ``name`` up to the first that cannot be part of a name."""
    words = []
    for word in name.split():
        if is_not_a_name(word):
            break
        words.append(word)
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]  # "Vladimir Putin’s initiative"
    while words and re.fullmatch(r"[A-Z]\.", words[-1]):
        words.pop()  # "Mr. Ban Ki-moon. He ..." must not end on an initial
    return words


class _Spans:
    """Sorted, possibly overlapping spans; ``pos in spans`` in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        self.starts = [a for a, _ in merged]
        self.spans = merged

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


def named_persons(text: str, skip: list[tuple[int, int]] | None = None) -> list[Person]:
    """Persons named with a title in ``text``, with the span of their name."""
    skipped = _Spans(skip or [])
    found: list[tuple[int, int, str]] = []
    for m in (m for pattern in _patterns() for m in pattern.finditer(text)):
        start = m.start("name")
        if start in skipped:
            continue
        words = _name_words(m.group("name"))
        if not words:
            continue
        # The span ends where the kept words end in the text as written.
        end = start
        for word in words:
            end = text.index(word, end) + len(word)
        found.append((start, end, " ".join(words)))

    # A name shown to be a person's by the words after it, unless a title names it.
    for m in _followed_names(text):
        start = m.start("name")
        words = _name_words(m.group("name"))
        if start in skipped or len(words) < 2 or words[0] != m.group("name").split()[0]:
            continue
        end = start
        for word in words:
            end = text.index(word, end) + len(word)
        if not any(a < end and start < b for a, b, _ in found):
            found.append((start, end, " ".join(words)))

    for pattern, name in _known():
        for m in pattern.finditer(text):
            if m.start() not in skipped:
                found.append((m.start(), m.end(), name))

    full = {name.split()[-1]: name for _, _, name in found if len(name.split()) >= 2}
    # "Commander Hugo Chávez Frías ... Commander Chávez Frías": the shorter form is the
    # person named in full (the longest name ending with the same words).
    longest: dict[str, str] = {}
    for _, _, name in sorted(found, key=lambda f: -len(f[2].split())):
        words = name.split()
        for k in range(1, len(words)):
            longest.setdefault(" ".join(words[k:]), name)
    persons = []
    seen: set[tuple[int, int]] = set()
    for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
        if any(a < end and start < b for a, b in seen):
            continue  # a known official also found after a title
        if len(name.split()) < 2:
            name = full.get(name, "") or _canonical(name)
            if len(name.split()) < 2:
                continue
        else:
            name = _canonical(longest.get(name, name))
        seen.add((start, end))
        persons.append(Person(id=slug(name), name=name, span=Span(start, end, text[start:end])))
    return persons
