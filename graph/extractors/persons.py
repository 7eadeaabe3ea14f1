"""Officials named in the body of a speech: a title, then a capitalised name.

"Secretary-General António Guterres", "His Excellency Mr. Ali Abdussalam Treki",
"Chancellor Angela Merkel". A bare surname after a title ("Mr. Guterres") is the
person named in full earlier in the same speech, or the well-known person of that
surname, or nobody: a surname alone is too ambiguous to mint a person from. Verbs of
diplomatic courtesy introduce a name without a title ("I congratulate Vuk Jeremić on
his election"), and well-known officials are found without one ("Kofi Annan's panel").
Titles, those verbs and the words that are never names live in ``ontology/cues.ttl``
(cue sets ``person-title``, ``person-lead`` and ``not-a-name``); the well-known persons,
their variant names and surnames in ``ontology/persons.ttl``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from .. import codebook
from ..iris import slug
from ..model import Person, Span

# A name word as written: capitalised (Ki-moon, Bozkır, O'Neil, "Muhammad- Bande" as a
# transcript breaks it, but not the possessive of "Obama's Administration") or initials
# ("A.J.J."). The initial comes first: "Michael T. Brennan" must not stop at "T".
_WORD = r"(?:(?:[A-Z]\.)+|[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:(?:['’](?![sS]\b)|-|- (?=[A-Z]))[^\W\d_]+)*)"
_PARTICLE = (
    r"(?:de|da|di|do|dos|das|du|van|von|der|den|ter|ten|bin|binti|bint|ben|ibn|al|el|del|la|le)"
)


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


def _key(name: str) -> str:
    return " ".join(_unaccented(name).split())


def _flexible(name: str) -> str:
    """A pattern for ``name`` as written, with or without accents, spaces as any space."""
    parts = []
    for ch in name:
        base = _unaccented(ch)
        if ch == " ":
            parts.append(r"\s+")
        elif base and base != ch:
            parts.append(f"[{ch}{base}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@cache
def _known() -> tuple[re.Pattern[str], dict[str, str]]:
    """Well-known persons (``ontology/persons.ttl``): one pattern for every name that
    alone denotes one of them (full names, variants, unambiguous surnames), and the
    canonical name of each such name (unaccented)."""
    forms: dict[str, str] = {}
    for person in codebook.load().persons:
        for label in (person.name, *person.labels):
            forms.setdefault(_key(label), person.name)
    names = sorted({n for p in codebook.load().persons for n in (p.name, *p.labels)}, key=len)
    alternation = "|".join(_flexible(n) for n in reversed(names)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


@cache
def _surnames() -> dict[str, str]:
    """Surnames that a title names a well-known person by, if no other has them."""
    owners: dict[str, set[str]] = {}
    for person in codebook.load().persons:
        for surname in person.surnames:
            owners.setdefault(_key(surname), set()).add(person.name)
    return {s: next(iter(names)) for s, names in owners.items() if len(names) == 1}


@cache
def _first_last() -> dict[tuple[str, str], str]:
    """The first and last words of the names of well-known persons, if unambiguous."""
    owners: dict[tuple[str, str], set[str]] = {}
    for person in codebook.load().persons:
        for label in (person.name, *person.labels):
            words = _key(label).split()
            if len(words) >= 2:
                owners.setdefault((words[0], words[-1]), set()).add(person.name)
    return {k: next(iter(names)) for k, names in owners.items() if len(names) == 1}


@cache
def _first_words() -> dict[str, frozenset[str]]:
    """The words each well-known person's names begin with ("Omer", "Omar" for Omar
    al-Bashir): a longer name that begins otherwise has an honorific before it."""
    return {
        p.name: frozenset(
            _key(label).split()[0]
            for label in (p.name, *p.labels)
            # ("U Thein Sein", "Daw Aung San Suu Kyi": the name after an honorific)
            if not _key(label).endswith(" " + _key(p.name))
        )
        for p in codebook.load().persons
    }


@cache
def known_names() -> frozenset[str]:
    """The canonical names of the well-known persons."""
    return frozenset(p.name for p in codebook.load().persons)


def _canonical(name: str) -> str:
    """The well-known person ``name`` denotes: one of the person's names, a surname
    that only that person has ("President Obama"), or a name with the first and last
    words of one of the person's names ("Tedros A. Ghebreyesus"); else ``name``, which is
    also kept when it is longer than the known name (a fuller form of it)."""
    key = _key(name)
    words = key.split()
    _, forms = _known()
    found = forms.get(key) or _surnames().get(key)
    if found is None and len(words) >= 2:
        found = _first_last().get((words[0], words[-1]))
    if found and len(words) > len(found.split()) and words[0] in _first_words().get(found, ()):
        # The codebook's id is the slug of the full name: a speech that writes it in full
        # ("Hugo Chávez Frías") keeps it; "President Chávez" is the known person, and so
        # is a form with an honorific before the name ("Daw Aung San Suu Kyi").
        return name
    return found or name


@cache
def _not_names() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.pattern) for p in codebook.load().cues.get("not-a-name", ()))


def is_not_a_name(word: str) -> bool:
    """Whether ``word`` can never be part of a person's name (cue set ``not-a-name``)."""
    return any(p.match(word) for p in _not_names())


@cache
def _state_names() -> frozenset[str]:
    """States' one-word names ("Guinea-Bissau", "Ghana")."""
    return frozenset(
        label
        for state in codebook.load().by_kind("State")
        for label in state.labels
        if " " not in label
    )


def _name_words(name: str) -> list[str]:
    """The words of ``name`` up to the first that cannot be part of a name."""
    words = []
    for word in name.split():
        if is_not_a_name(word):
            break
        words.append(word)
    if len(words) > 2 and re.sub(r"['’]s$", "", words[-1]) in _state_names():
        words.pop()  # "I convey to Mr. A. Person Guinea-Bissau’s appreciation"
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

    pattern, forms = _known()
    for m in pattern.finditer(text):
        if m.start() not in skipped:
            canonical, written = forms[_key(m.group())], " ".join(m.group().split())
            # The canonical name and more surnames ("Fidel Castro Ruz") is the fullest
            # name the speech writes: kept as written; other forms are the canonical name.
            fuller = _key(written).startswith(_key(canonical) + " ")
            found.append((m.start(), m.end(), written if fuller else canonical))

    # "to create as many Nilufa Yeasmins as possible": the plural of a name found.
    written = {name for _, _, name in found}
    found = [(a, b, n[:-1] if n.endswith("s") and n[:-1] in written else n) for a, b, n in found]
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
            if len(name.split()) < 2 and name not in known_names():
                continue
        else:
            name = _canonical(longest.get(name, name))
        seen.add((start, end))
        persons.append(Person(id=slug(name), name=name, span=Span(start, end, text[start:end])))
    return _fullest(persons)


def _fullest(persons: list[Person]) -> list[Person]:
    """A known person named once in full ("Hugo Chávez Frías") and once by a known form
    ("President Chávez") is one person: the fullest name the speech gives wins."""
    written = [p.name for p in persons]
    out = []
    for p in persons:
        known = _canonical(p.name)
        words = set(_key(known).split())
        fuller = [
            n
            for n in written
            if len(n.split()) > len(known.split()) and words <= set(_key(n).split())
        ]
        if fuller:
            name = max(fuller, key=lambda n: (len(n.split()), n))
            p = dataclasses.replace(p, id=slug(name), name=name)
        out.append(p)
    return out
