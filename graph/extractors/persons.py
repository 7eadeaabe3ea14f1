"""Officials named in the body of a speech: a title, then a capitalised name.

"Secretary-General António Guterres", "His Excellency Mr. Ali Abdussalam Treki",
"Chancellor Angela Merkel". A bare surname after a title ("Mr. Guterres") is the
person named in full earlier in the same speech, or nobody: a surname alone is too
ambiguous to mint a person from. Titles and the words that are never names live in
``ontology/cues.ttl`` (cue sets ``person-title`` and ``not-a-name``).
"""

from __future__ import annotations

import re
from functools import cache

from .. import codebook
from ..iris import slug
from ..model import Person, Span

# A name word as written: capitalised (Ki-moon, Bozkır, O'Neil) or an initial.
_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*|[A-Z]\.)"
_PARTICLE = r"(?:de|da|di|do|dos|das|du|van|von|der|den|bin|ben|ibn|al|el|del|la|le)"


@cache
def _pattern() -> re.Pattern[str]:
    titles = [p.pattern for p in codebook.load().cues.get("person-title", ())]
    if not titles:
        return re.compile("(?!)")
    title = "(?:" + "|".join(f"(?:{t})" for t in titles) + ")"
    # Titles are matched as written (case-sensitively), so "president" in running
    # prose is not a title; up to three may stack ("His Excellency President").
    return re.compile(
        rf"(?<![\w.])(?:{title}\s+){{1,3}}"
        rf"(?P<name>{_WORD}(?:[ \t]*\n?[ \t]*(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,4}})"
    )


@cache
def _not_names() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.pattern) for p in codebook.load().cues.get("not-a-name", ()))


def _name_words(name: str) -> list[str]:
    """The words of ``name`` up to the first that cannot be part of a name."""
    words = []
    for word in name.split():
        if any(p.match(word) for p in _not_names()):
            break
        words.append(word)
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]  # "Vladimir Putin’s initiative"
    while words and re.fullmatch(r"[A-Z]\.", words[-1]):
        words.pop()  # "Mr. Ban Ki-moon. He ..." must not end on an initial
    return words


def named_persons(text: str, skip: list[tuple[int, int]] | None = None) -> list[Person]:
    """Persons named with a title in ``text``, with the span of their name."""
    skip = skip or []
    found: list[tuple[int, int, str]] = []
    for m in _pattern().finditer(text):
        start = m.start("name")
        if any(a <= start < b for a, b in skip):
            continue
        words = _name_words(m.group("name"))
        if not words:
            continue
        # The span ends where the kept words end in the text as written.
        end = start
        for word in words:
            end = text.index(word, end) + len(word)
        found.append((start, end, " ".join(words)))

    full = {name.split()[-1]: name for _, _, name in found if len(name.split()) >= 2}
    persons = []
    for start, end, name in found:
        if len(name.split()) < 2:
            name = full.get(name, "")
            if not name:
                continue
        persons.append(Person(id=slug(name), name=name, span=Span(start, end, text[start:end])))
    return persons
