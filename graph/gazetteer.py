"""Finding canonical entities in text: names, patterns, resolutions and events.

Literal names are looked up as token n-grams in a dictionary (one set lookup per
token for most of a text, so it scales to the full General Debate corpus); the
long official names that come in many shortened or translated forms are regexes
from the codebook. Overlapping candidates are resolved longest-first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from . import casefold
from .codebook import Codebook, Entity, flexible_spaces
from .model import Mention, Span

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})

# Demonyms name a state only in these company ("the Russian delegation",
# "Russian-Chinese", "the Chinese side"); "Russian citizens" is not a mention.

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    # French and Spanish title blocks: "Troisième session du Comité spécial …", "Tercer
    # período de sesiones del Comité Especial …"
    # (compared with accents folded: "troisième" as "troisieme")
    "premiere": 1,
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "primer": 1,
    "segundo": 2,
    "tercer": 3,
    "cuarto": 4,
    "quinto": 5,
    "sexto": 6,
    "septimo": 7,
}
_ORDINAL_RE = (
    # Not the end of another ordinal: "seventh-eighth" (a typing error) is no "eighth".
    r"(?<![\w-])(?P<n>\d{1,3}(?:st|nd|rd|th)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-\s*|\s))?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth"
    r"|premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me"
    r"|primer|segundo|tercer|cuarto|quinto|sexto|s[eé]ptimo)"
)


def _fold(text: str) -> str:
    """Accents and typographic apostrophes folded; case kept ("Convention on Cybercrime"
    is the Budapest Convention, "a convention on cybercrime" is not)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c))


def ordinal_value(text: str) -> int | None:
    text = _fold(text).lower().replace("-", " ")
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    total = 0
    for word in text.split():
        if word in _ORDINALS:
            total += _ORDINALS[word]
        elif word in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty"):
            total += {
                "twenty": 20,
                "thirty": 30,
                "forty": 40,
                "fifty": 50,
                "sixty": 60,
                "seventy": 70,
                "eighty": 80,
            }[word]
    return total or None


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@cache
def _event_name_re(pattern: str) -> re.Pattern[str]:
    return re.compile(flexible_spaces(pattern), re.IGNORECASE)


def _anaphor_regex(label: str) -> str:
    """A body's anaphor, unless it goes on to name another treaty's body ("the Conference of
    the Parties to the Framework Convention on Climate Change")."""
    return rf"{_label_regex(label)}\b(?!\s+(?:to|of)\s+the\b)"


def _label_regex(label: str) -> str:
    return r"\s+".join(re.escape(part) for part in label.split())


@dataclass(frozen=True)
class _Entry:
    kind: str
    id: str
    rule: str


@dataclass(frozen=True)
class Candidate:
    kind: str
    id: str
    start: int
    end: int
    rule: str
    priority: int = 0


# How far after an anaphor its antecedent may still stand.
_ANTECEDENT_REACH = 80


def _word_set(book: Codebook, kind: str) -> Callable[[str], bool]:
    """Whole-word, case-sensitive membership in a cue set of the codebook."""
    alternatives = "|".join(p.pattern for p in book.cues.get(kind, ())) or "(?!)"
    regex = re.compile(f"(?:{alternatives})")
    return lambda word: regex.fullmatch(word) is not None


# An organ named by a capitalised title: "the Human Rights Council", "the Commission on the
# Status of Women" (one that holds no numbered sessions in the codebook owns "its" session).
_ORGAN = re.compile(
    r"\b(?!(?:The|This|That|Its|Our|Their|Each|Every)\b)[A-Z][\w-]+\s+"
    r"(?:Council|Commission|Committee|Conference|Board|Forum|Court|Assembly)\b"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4})?"
    # "the Committee on the Elimination of Discrimination against Women at its … session"
    # ("the future Conference of the States Parties … from its first session")
    r"|\bthe\s+(?:(?:future|new|first|next)\s+)?(?:Council|Commission|Committee|Conference|Board)"
    r"\s+(?:on|of|for|against)\s+"
    r"(?:the\s+)?[A-Z][\w-]*"
)


class Gazetteer:
    """The codebook compiled for matching."""

    def __init__(self, book: Codebook) -> None:
        self.book = book
        self.exact: dict[tuple[str, ...], list[_Entry]] = {}
        self.folded: dict[tuple[str, ...], list[_Entry]] = {}
        self.patterns: list[tuple[re.Pattern[str], _Entry]] = []
        self.demonyms: list[tuple[re.Pattern[str], str]] = []
        # "South Georgia", "the Gulf of Guinea": words (cues.ttl) that make a State's
        # name another place; matched as written, so "a new Sudan" stays Sudan.
        self.place_prefix = _word_set(book, "place-prefix")
        self.waters = _word_set(book, "waters")
        self.place_suffix = _word_set(book, "place-suffix")
        for e in book.entities:
            if e.kind == "Event":
                continue
            for label in e.labels:
                self._add_label(e, label)
            for p in e.patterns:
                self.patterns.append(
                    (re.compile(flexible_spaces(p), re.IGNORECASE), _Entry(e.kind, e.id, "pattern"))
                )
            for d in e.demonyms:
                self.demonyms.append((re.compile(re.escape(d)), e.id))
        # The longest label starting with each first token bounds the n-grams tried.
        self.first_exact: dict[str, int] = {}
        for k in self.exact:
            self.first_exact[k[0]] = max(self.first_exact.get(k[0], 0), len(k))
        self.first_folded: dict[str, int] = {}
        for k in self.folded:
            self.first_folded[k[0]] = max(self.first_folded.get(k[0], 0), len(k))
        self.demonym_re = self._demonym_regex()
        self.event_rules = self._event_rules()
        # Event rules that name no body and say no "session" ("AHC6") are window words too.
        abbreviated = [
            template.replace("(?P<n>", "(?:")
            for body in book.by_kind("Body")
            for template in body.event_patterns
            if "{name}" not in template and "{ordinal}" not in template
        ]
        self._event_word = re.compile("|".join([_EVENT_WORD, *abbreviated]), re.IGNORECASE)

    def _add_label(self, e: Entity, label: str) -> None:
        toks = tuple(t for t, _, _ in _tokens(label.translate(_APOSTROPHES)))
        if not toks:
            return
        entry = _Entry(e.kind, e.id, "label")
        # States and acronyms are proper nouns: case matters ("Chad", "UN", "US").
        case_sensitive = e.kind == "State" or label.isupper() or len(label) <= 4
        if case_sensitive:
            self.exact.setdefault(toks, []).append(entry)
        else:
            key = tuple(_fold(t) for t in toks)
            self.folded.setdefault(key, []).append(entry)

    def _demonym_regex(self) -> re.Pattern[str] | None:
        by_demonym = {}
        for pattern, state in self.demonyms:
            by_demonym[pattern.pattern] = state
        if not by_demonym:
            return None
        self._demonym_state = {re.sub(r"\\(.)", r"\1", k): v for k, v in by_demonym.items()}
        self._demonym_first = frozenset(_tokens(d)[0][0] for d in self._demonym_state if _tokens(d))
        alternatives = "|".join(sorted(by_demonym, key=len, reverse=True))
        # A demonym names its State before a noun of State action or people ("the
        # Russian delegation", "Israeli occupation"), perhaps with one word between
        # ("the Moroccan autonomy initiative", "the Australian Permanent Mission"): the
        # nouns are data (cues.ttl).
        nouns = "|".join(p.pattern for p in self.book.cues.get("demonym-noun", ())) or "(?!)"
        # The second half of a compound ("Saudi-Iranian") and the people in the plural
        # ("the Israelis and the Palestinians") name their States too.
        self.demonym_more_re = re.compile(
            rf"\b(?:{alternatives})[-–](?P<d>{alternatives})\b"
            # "neither pro- nor anti-American": for or against a State.
            rf"|(?:(?<=\b[Aa]nti-)|(?<=\b[Pp]ro-))(?P<a>{alternatives})\b"
            # "South Americans", "Latin Americans" are not a State's people.
            rf"|(?<!South )(?<!North )(?<!Latin )(?<!Central )\b(?P<p>{alternatives})s\b"
        )
        # "Latin American", "North American": a region's people, not a State's.
        return re.compile(
            rf"(?<!Latin )(?<!North )(?<!South )(?<!Central )"
            # "the Libyan and Moroccan peoples": the noun after the last is every one's.
            # ("the Israeli- Palestinian conflict": a hyphen at a line's end, rejoined)
            # ("original in Portuguese\n\nMINISTRY OF …": not across a blank line)
            rf"\b(?P<d>{alternatives})(?=(?:(?:[-–]\s?|,\s*|\s+(?:and|or)\s+)(?:{alternatives}))*[-–]?"
            r"(?:[ \t]|\n(?![ \t]*\n))*"
            rf"(?:[a-z][\w-]*\s+|Permanent\s+|National\s+)?(?i:{nouns})\b"
            rf"|[-–](?:{alternatives})\b"
            # "the French-led operation", "a Saudi-brokered truce": the State acts.
            rf"|[-–](?:led|backed|brokered|sponsored|funded|mediated)\b)",
        )

    def _event_rules(self) -> list[tuple[re.Pattern[str], Entity, re.Pattern[str] | None]]:
        """(session pattern, body, licence): a session named by an anaphor ("the ninth
        session of the Conference of the Parties") counts only after the entity that
        licenses the anaphor has been named, and not when the anaphor goes on to name
        another treaty ("... of the Parties to the Framework Convention on Climate Change")."""
        rules = []
        for body in self.book.by_kind("Body"):
            if not body.event_patterns or not body.event_id_template:
                continue
            names = [_label_regex(x) for x in (*body.labels, *body.context_labels)]
            names += list(body.patterns)
            variants: list[tuple[list[str], re.Pattern[str] | None]] = [(names, None)]
            licence = self._licence(body)
            if body.anaphors and licence is not None:
                anaphors = [_anaphor_regex(x) for x in body.anaphors]
                variants.append((anaphors, licence))
            for alternatives, needs in variants:
                if not alternatives:
                    continue
                name_re = "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"
                for template in body.event_patterns:
                    regex = template.replace("{ordinal}", _ORDINAL_RE).replace("{name}", name_re)
                    compiled = re.compile(regex.replace(" ", r"\s+"), re.IGNORECASE)
                    rules.append((compiled, body, needs))
        return rules

    def _licence(self, body: Entity) -> re.Pattern[str] | None:
        names = []
        for code in body.after:
            kind = self.book.kind_of(code)
            after = self.book.entity(kind, code) if kind else None
            if after is not None:
                names += [_label_regex(x) for x in after.labels] + list(after.patterns)
            if kind == "Resolution" and code.startswith("A/RES/"):
                # "the Ad Hoc Committee established by resolution 74/247"
                names.append(rf"(?<![\d/]){re.escape(code.removeprefix('A/RES/'))}(?!\d)")
        if not names:
            return None
        return re.compile("|".join(f"(?:{n})" for n in names))

    # ---- matching -----------------------------------------------------------

    def candidates(self, text: str, context_bodies: Iterable[str] = ()) -> list[Candidate]:
        out: list[Candidate] = []
        toks = _tokens(text.translate(_APOSTROPHES))
        words = [t for t, _, _ in toks]
        folded = [t if t.isascii() else _fold(t) for t in words]
        n_tok = len(toks)
        for i in range(n_tok):
            len_exact = self.first_exact.get(words[i], 0)
            len_folded = self.first_folded.get(folded[i], 0)
            if not (len_exact or len_folded):
                continue
            only_bodies = False
            for n in range(min(max(len_exact, len_folded), n_tok - i), 0, -1):
                entries = []
                if n <= len_exact:
                    entries = self.exact.get(tuple(words[i : i + n]), [])
                if not entries and n <= len_folded:
                    entries = self.folded.get(tuple(folded[i : i + n]), [])
                if entries:
                    start, end = toks[i][1], toks[i + n - 1][2]
                    # A label must sit on word boundaries of the text, not inside a word.
                    if (start > 0 and text[start - 1].isalnum()) or (
                        end < len(text) and text[end].isalnum()
                    ):
                        continue
                    # "South Georgia", "New Guinea": a place named after a State is not
                    # the State (the labels that are States, "South Sudan", are longer
                    # and were tried first).
                    if i and self.place_prefix(words[i - 1]) and text[toks[i - 1][2]] == " ":
                        entries = [e for e in entries if e.kind != "State"]
                    if i > 1 and words[i - 1] == "of" and self.waters(words[i - 2]):
                        entries = [e for e in entries if e.kind != "State"]
                    # "the Congo Basin", "the Niger Delta": a region named after a State
                    if (
                        i + n < n_tok
                        and self.place_suffix(words[i + n])
                        and text[end : toks[i + n][1]] == " "
                    ):
                        entries = [e for e in entries if e.kind != "State"]
                    if only_bodies:
                        entries = [e for e in entries if e.kind == "Body"]
                        if not entries:
                            continue
                    for entry in entries:
                        out.append(Candidate(entry.kind, entry.id, start, end, entry.rule))
                    # "General Assembly resolution 74/247" also names its issuer: after a
                    # resolution's or an instrument's own label, a body's name at its
                    # start still counts ("Council of Europe Convention on Cybercrime");
                    # resolve_overlaps decides whether it is part of the name.
                    if entries and all(e.kind in ("Resolution", "Instrument") for e in entries):
                        only_bodies = True
                        continue
                    break
        low = casefold.lowered(text)
        for pattern, entry in self.patterns:
            for m in casefold.finditer(pattern, text, low):
                out.append(Candidate(entry.kind, entry.id, m.start(), m.end(), "pattern", 1))
        if self.demonym_re is not None:
            out.extend(self._demonym_candidates(text, toks))
        out.extend(self._context_candidates(text, context_bodies))
        out.extend(self._anaphor_candidates(text, out))
        out.extend(find_resolutions(text, self.book, context_bodies))
        return out

    def _demonym_candidates(self, text: str, toks: list[tuple[str, int, int]]) -> list[Candidate]:
        """Demonyms in context, tried only where a token can begin one (a scan of the
        whole speech with an alternation of two hundred names is slow)."""
        out: list[Candidate] = []
        for word, start, _ in toks:
            if word not in self._demonym_first and word[:-1] not in self._demonym_first:
                continue
            m = self.demonym_re.match(text, start)
            if m:
                state = self._demonym_state.get(m.group("d"))
                if state:
                    out.append(Candidate("State", state, m.start(), m.end(), "demonym"))
            m = self.demonym_more_re.match(text, start)
            if m:
                group = next(g for g in ("d", "a", "p") if m.group(g))
                state = self._demonym_state.get(m.group(group))
                if state:
                    lo, hi = m.span(group)
                    if group == "p":
                        hi += 1  # the plural "s"
                    out.append(Candidate("State", state, lo, hi, "demonym"))
        return out

    def _context_candidates(self, text: str, bodies: Iterable[str]) -> list[Candidate]:
        out = []
        for body_id in bodies:
            body = self.book.entity("Body", body_id)
            if body is None:
                continue
            for label in body.context_labels:
                # "the Committee" may open a sentence: "The Committee".
                first = label[:1]
                pattern = (
                    f"[{first}{first.upper()}]{_label_regex(label)[1:]}"
                    if first.islower()
                    else _label_regex(label)
                )
                for m in re.finditer(rf"\b{pattern}\b", text):
                    out.append(Candidate("Body", body.id, m.start(), m.end(), "context-label"))
        return out

    def _anaphor_candidates(self, text: str, found: Sequence[Candidate]) -> list[Candidate]:
        out = []
        for e in self.book.entities:
            if not e.anaphors or not e.after:
                continue
            antecedents = [c for c in found if c.id in e.after]
            if not antecedents:
                continue
            first = min(c.end for c in antecedents)
            for label in e.anaphors:
                for m in re.finditer(rf"\b{_label_regex(label)}\b", text, re.IGNORECASE):
                    # After the antecedent, or right before it: "the Ad Hoc Committee
                    # established by resolution 74/247".
                    if m.start() >= first or any(
                        0 <= c.start - m.end() <= _ANTECEDENT_REACH for c in antecedents
                    ):
                        out.append(Candidate(e.kind, e.id, m.start(), m.end(), "anaphor"))
        return out

    def events(self, text: str, context_bodies: Iterable[str] = ()) -> list[Candidate]:
        """Sessions and meetings named in ``text`` ('the 27th session of the CCPCJ').

        In a statement delivered at a body's event, a session named by its number alone
        ("at its seventy-third session", "the President of the 78th session") is that
        body's, unless another body is named after it.
        """
        found: dict[tuple[str, int, int], Candidate] = {}
        for body_id in context_bodies:
            body = self.book.entity("Body", body_id)
            if body is None or not body.event_id_template:
                continue
            previous: tuple[Entity, int] | None = None
            for m in _BARE_SESSION.finditer(text):
                n = ordinal_value(m.group("n"))
                if n is None:
                    continue
                word = m.group().split()[0].lower()
                short = m.group("short")
                if short:
                    # "the Review Mechanism launched at the tenth session of the Conference",
                    # said at the Conference: the body by the head word of its name; said
                    # elsewhere, the body of that name the sentence before named.
                    owner: Entity | None = body
                    if short.lower() not in body.label.lower():
                        owner = self._owner_of_its(text, m.start(), body, sentences=2)
                        if (
                            owner is None
                            or owner is body
                            or short.lower() not in owner.label.lower()
                        ):
                            continue
                elif word == "its" and (named_after := self._named_after(text, m.end())):
                    # "Last October, at its ninth session, the Conference of the Parties to
                    # the Organized Crime Convention agreed …": the body named next.
                    owner = named_after
                elif (
                    word == "the"
                    and previous is not None
                    and not _SENTENCE_BREAK.search(text, previous[1], m.start())
                ):
                    # "… took part in its third session, and we look forward to the fourth
                    # session": the same body's next one.
                    owner = previous[0]
                else:
                    # "… in the Ad Hoc Committee. With the sixth session concluded, …": a session
                    # named by "the" may be that of the body the sentence before named.
                    owner = (
                        self._owner_of_its(
                            text,
                            m.start(),
                            body,
                            sentences=1 if word == "its" else 2,
                            reach_back=word == "its",
                        )
                        if word in ("its", "the")
                        else body
                    )
                if owner is None or not owner.event_id_template:
                    continue
                if m.group("unit").lower() != _unit(owner):
                    # "the fifth meeting" at a body that holds sessions is a plenary meeting
                    continue
                if not self._plausible_session(owner.id, n, text, m.end()):
                    continue
                previous = (owner, m.end())
                event_id = owner.event_id_template.format(n=n)
                c = Candidate("Event", event_id, m.start(), m.end(), "session-of-the-event", 0)
                found.setdefault((c.id, c.start, c.end), c)
        low = casefold.lowered(text)
        # Event names all contain "session" or "meeting" (or name the General Assembly:
        # "the 73rd UN General Assembly", or are abbreviated: "AHC6"): the rules, which
        # would otherwise be tried at every offset, only run in windows around those words
        # (and around the abbreviated patterns themselves).
        for start, end in _windows(text, self._event_word, 400):
            for c in self._events_in(text, low, start, end, frozenset(context_bodies)):
                found.setdefault((c.id, c.start, c.end), c)
        return sorted(found.values(), key=lambda c: (c.start, c.end, c.id))

    def _named_after(self, text: str, pos: int) -> Entity | None:
        """The body that ", the Conference of the Parties …" right after ``pos`` names."""
        comma = _APPOSED_SUBJECT.match(text, pos)
        if comma is None:
            return None
        m = self._session_bodies_re.match(text, comma.end())
        return self._session_bodies[m.group().casefold()] if m else None

    def _owner_of_its(
        self, text: str, pos: int, body: Entity, sentences: int = 1, reach_back: bool = False
    ) -> Entity | None:
        """Whose session "its … session" at ``pos`` is: the body named last before it in
        its sentence (or in the ``sentences`` last ones: "when the General Assembly
        considers it at its seventy-ninth session"; one more with ``reach_back`` when those
        name none), none when an organ the codebook numbers no sessions of is named after
        that ("the Human Rights Council at its seventeenth session"), else ``body``, the
        one the statement is delivered at."""
        start = pos
        for _ in range(sentences):
            start = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), 0)
        start = max(start, pos - 300)
        last, owner = None, body
        for m in self._session_bodies_re.finditer(text, start, pos):
            if _in_passing(text, m):
                continue
            last, owner = m, self._session_bodies[m.group().casefold()]
        if last is None and reach_back and start > 0 and not _BODY_AT_HAND.search(text, start, pos):
            # "Let me turn to the negotiations in the Ad Hoc Committee …. CARICOM
            # delegations took an active part in its third session"
            return self._owner_of_its(text, pos, body, sentences + 1)
        # "… the Organized Crime Convention, launched by the Conference of the Parties at
        # its tenth session": a body named by an anaphor, once what licenses it is named.
        for anaphor, named, licence in self._session_anaphors:
            for m in anaphor.finditer(text, start, pos):
                # (licensed before it, or right after it: "the Ad Hoc Committee established
                # by the General Assembly to elaborate a … convention on countering the use
                # of information and communications technologies …")
                licensed = licence.search(text, 0, min(len(text), m.end() + 400))
                if (
                    (last is None or m.start() > last.start())
                    and licensed
                    and licensed.start() <= m.end() + _ANTECEDENT_REACH
                ):
                    last, owner = m, named
        other = None
        for m in _ORGAN.finditer(text, start, pos):
            if not _in_passing(text, m):
                other = m
        if other and (last is None or other.start() >= last.end()):
            return None
        return owner

    @cached_property
    def _session_bodies(self) -> dict[str, Entity]:
        """Bodies that hold numbered sessions, by the names they are called by."""
        return {
            label.casefold(): body
            for body in self.book.by_kind("Body")
            if body.event_id_template
            for label in body.labels
        }

    @cached_property
    def _session_anaphors(self) -> list[tuple[re.Pattern[str], Entity, re.Pattern[str]]]:
        """(anaphor, body, licence) for bodies that hold numbered sessions."""
        out = []
        for body in self.book.by_kind("Body"):
            licence = self._licence(body)
            if body.event_id_template and body.anaphors and licence is not None:
                names = sorted(body.anaphors, key=len, reverse=True)
                regex = "|".join(rf"\b{_anaphor_regex(x)}" for x in names)
                out.append((re.compile(regex, re.IGNORECASE), body, licence))
        return out

    def _plausible_session(self, body: str, n: int, text: str, end: int) -> bool:
        """Whether "the Nth session" that ends at ``end`` can be a session of ``body``: not
        an ordinal counted from an event ("the first session of the Commission since the
        Assembly adopted the Convention") nor a number far past the body's last ("… at its
        65th session" of a body that has held seven)."""
        return not _COUNTED_FROM.match(text, end) and n <= self._last_session.get(body, n) + 10

    @cached_property
    def _last_session(self) -> dict[str, int]:
        """The highest session number the codebook knows of each body."""
        last: dict[str, int] = {}
        for event in self.book.by_kind("Event"):
            if event.organizer and event.session_number is not None:
                last[event.organizer] = max(last.get(event.organizer, 0), event.session_number)
        return last

    @cached_property
    def _session_bodies_re(self) -> re.Pattern[str]:
        names = sorted(self._session_bodies, key=len, reverse=True)
        return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.IGNORECASE)

    def _events_in(
        self, text: str, low: str | None, lo: int, hi: int, context: frozenset[str] = frozenset()
    ) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern, body, licence in self.event_rules:
            for m in casefold.finditer(pattern, text, low, lo, hi):
                if licence is not None and not licence.search(text, 0, m.start()):
                    continue
                n = ordinal_value(m.group("n"))
                if n is None or body.event_id_template is None:
                    continue
                if not self._plausible_session(body.id, n, text, m.end()):
                    continue
                event_id = body.event_id_template.format(n=n)
                known = self.book.entity("Event", event_id)
                # A numbered session past the codebook's last one of a finished
                # process (AHC 7 is the concluding session) is still minted.
                out.append(
                    Candidate(
                        "Event",
                        known.id if known else event_id,
                        m.start(),
                        m.end(),
                        "event-pattern",
                    )
                )
        for event in self.book.by_kind("Event"):
            if not event.patterns or not event.organizer:
                continue
            organizer = self.book.entity("Body", event.organizer)
            if organizer is None:
                continue
            for p in event.patterns:
                # (line-wrapped: "the reconvened\nconcluding session")
                pattern = _event_name_re(p)
                for m in casefold.finditer(pattern, text, low, lo, hi):
                    # "… the Ad Hoc Committee since its organizational session": with "its",
                    # the organizer may stand just before.
                    # ("… the Ad Hoc Committee from its organizational session until the
                    # reconvened concluding session": or earlier in the sentence, with "the")
                    lead = text[max(0, m.start() - 4) : m.start()].lower()
                    before = 120 if lead == "its " else 150 if lead.endswith("the ") else 0
                    if lead.endswith("\n"):
                        # ("… ELABORATED BY THE AD HOC COMMITTEE\nREOPENED CONCLUDING SESSION":
                        # a title block's line, the organizer on the line above)
                        before = 120
                    if lead.endswith(", "):
                        # ("Ad Hoc Committee on Cybercrime, reconvened concluding session"
                        # in a footer: the organizer, then its session after a comma)
                        before = 80
                    start = max(0, m.start() - before)
                    start = max(start, text.rfind(". ", start, m.start()) + 1)
                    window = text[start : m.end() + 200]
                    if (
                        # "since the concluding session in February", said at the Committee
                        (organizer.id in context and _THE_BEFORE.search(text, 0, m.start()))
                        or any(re.search(q, window, re.IGNORECASE) for q in organizer.patterns)
                        or any(
                            re.search(_label_regex(lab), window)
                            for lab in (*organizer.context_labels, *organizer.labels)
                        )
                    ):
                        out.append(Candidate("Event", event.id, m.start(), m.end(), "event-name"))
        return out


# ("Congress": the Crime Congress is named by its ordinal, "the Fourteenth United Nations
# Congress on Crime Prevention …", with no session word)
_EVENT_WORD = (
    r"\b(?:session|meeting|ceremony|Congress)s?\b|\bsigning\b|\bGeneral Assembly\b"
    r"|\bsesi[oó]n(?:es)?\b"
)
# "the Ad Hoc Committee established by the General Assembly": a body named in passing
_NOT_THE_OWNER = re.compile(
    r"\b(?:established|created|set up|convened|mandated|requested|launched|decided|adopted"
    r"|endorsed)\s+(?:by|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "This Committee will conclude its work at its seventh session": the body at hand, named
_BODY_AT_HAND = re.compile(
    r"\b(?:this|the|our)\s+(?:Committee|Commission|Conference|Assembly|Council|Group|body)\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\b(?:the|its|this|our)\s+$", re.IGNORECASE)
# ", the Conference of the Parties …" after "at its ninth session": the subject comes next.
_APPOSED_SUBJECT = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
_SENTENCE_BREAK = re.compile(r"\.\s|\n\s*\n")
# "General Assembly resolution 74/247": a body's name used as an adjective
_ADJECTIVAL_BODY = re.compile(r"\s+(?:resolutions?|decisions?|mandate)\b", re.IGNORECASE)


def _in_passing(text: str, m: re.Match[str]) -> bool:
    """Whether the body named at ``m`` is named in passing and owns no session near it:
    "the Ad Hoc Committee established by the General Assembly", "General Assembly
    resolution 74/247"."""
    return bool(
        _NOT_THE_OWNER.search(text, max(0, m.start() - 40), m.start())
        or _ADJECTIVAL_BODY.match(text, m.end())
    )


_BARE_SESSION = re.compile(
    # ("… meeting": the expert group numbers its meetings, not sessions)
    rf"\b(?:its|this|the|our)\s+{_ORDINAL_RE}\s+(?P<unit>session|meeting)\b"
    # ("… session of the Conference", the head word alone: the body it is said at)
    r"(?:\s+of\s+the\s+(?P<short>(?-i:Conference|Commission|Committee|Group))\b"
    r"(?!\s+(?:on|of|for|against|to)\b)(?!\s+(?-i:[A-Z]))"
    # "… session of the Commission on the Status of Women" is another body's.
    r"|(?!\s+of\s+the\b)(?!\s+of\s+(?:its|this)\b))",
    re.IGNORECASE,
)


def _unit(body: Entity) -> str:
    """What a body numbers: "meeting" for the expert group, else "session"."""
    return "meeting" if any(" meeting" in p for p in body.event_patterns) else "session"


def _windows(text: str, word: re.Pattern[str], radius: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows of ``radius`` characters around each match of ``word``."""
    spans: list[tuple[int, int]] = []
    for m in word.finditer(text):
        lo, hi = max(0, m.start() - radius), min(len(text), m.end() + radius)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


# ---- resolutions --------------------------------------------------------------

_SYMBOL = re.compile(
    r"\b(?P<sym>(?:A/HRC/RES|A/RES|S/RES)/[A-Z0-9./()-]+[0-9)])"
    # "S/RES/1373 (2001)": the year belongs to the symbol, written without the space.
    r"(?P<year>(?<=\d)\s\(\d{4}\))?"
)
# "31/106 A" is a lettered resolution; "50/70\nA new …" is not (the letter must stand
# on the same line and not start a sentence).
_GA_NUMBER = (
    r"(?:E?S-[ ]?\d{1,2}/\d{1,3}|\d{1,2}/\d{1,3}(?:[ ]?[A-Z]{1,2}\b(?![ ]+(?!and\b|or\b)[a-z]))?)"
)
# "2140 (2014)", also with the year wrapped onto the next line ("2140 \n(2014)").
_SC_NUMBER = r"\d{1,4}[ \t]?\n?[ \t]?\(\d{4}\)"
# Before 1976 the Assembly numbered its resolutions across sessions, with the session in
# Roman numerals: "resolution 181 (II)", "1514 (XV)", "S-6/…" was then "3201 (S-VI)".
_GA_OLD_NUMBER = r"\d{1,4}\s?\((?:S-|ES-)?[IVXL]{1,7}\)"
_RESOLUTION_LIST = re.compile(
    # (also "la résolution 74/247", "la resolución 74/247", "a resolução 74/247" in a
    # paragraph in the delegation's language)
    rf"(?P<draft>\bdraft\s+)?\b(?:[Rr]esolutions?|[Rr]ésolutions?|[Rr]esoluci[óo]n(?:es)?|[Rr]esolu[çc][ãa]o)\s+(?P<list>(?:(?:{_SC_NUMBER}|{_GA_OLD_NUMBER}|{_GA_NUMBER})"
    # (", and" before ",": "874 (1993), and 884 (1993)" is one list)
    rf"(?:\s*,?\s+and\s+|\s*,?\s+as well as\s+|\s*,\s*)?)+)"
)
_ITEM = re.compile(rf"(?P<sc>{_SC_NUMBER})|(?P<old>{_GA_OLD_NUMBER})|(?P<ga>{_GA_NUMBER})")
_BARE = re.compile(r"(?<![\w/.-])(?P<s>\d{2})/(?P<n>\d{1,3})(?![\w/])")
# "Security Council resolution 242": a number without its year.
_SC_YEARLESS = re.compile(
    r"\b[Rr]esolution\s+(?P<n>\d{1,4})\b(?![/.\d]|\s?\((?:\d|(?:S-|ES-)?[IVXL]+\)))"
)


def _ga_symbol(number: str) -> str:
    return "A/RES/" + re.sub(r"\s", "", number)


# The Conference of the Parties and the Commission number their resolutions as the Assembly
# does ("resolution 9/1", "resolution 26/4"); named right before or after, they issue them.
_TREATY_BODY_BEFORE = re.compile(
    r"\b(?:Conference|Commission|COP|CoSP)(?:['’]s)?(?:,?\s+in\s+its)?\s+$"
    # ("The Commission on Crime Prevention and Criminal Justice endorsed that view in its
    # resolution 26/4")
    r"|\b(?:Conference|Commission)\b[^.;]{0,100}\b(?:in|by|through)\s+its\s+$",
    re.IGNORECASE,
)
_TREATY_BODY_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:adopted\s+)?(?:of|by)\s+(?:the\s+|this\s+)?(?:Conference|Commission)\b"
)
_ISSUERS = re.compile(r"Human\s+Rights\s+Council|Security\s+Council|General\s+Assembly")
# "resolution 47/16 of the Human Rights Council": the organ named after the number.
_ISSUER_AFTER = re.compile(rf"\s*(?:,\s*)?(?:adopted\s+)?(?:of|by)\s+the\s+({_ISSUERS.pattern})\b")
_COUNTED_FROM = re.compile(r"\s+(?:since|after|following)\b", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\bits\s+$", re.IGNORECASE)
_ISSUER_SUBJECT_AFTER = re.compile(
    rf"\s*,\s*the\s+({_ISSUERS.pattern})\s+(?:has\s+|had\s+)?(?:also\s+)?[a-z]+ed\b"
)
# (a page break, or a page header of figures after a full stop, ends a sentence too)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\d])|\f")
_OWN_ORGAN_BEFORE = re.compile(r"\d\s*,?\s*(?:adopted\s+)?(?:of|by)\s+the\s+$")


def _issuer(text: str, pos: int, council: str | None = None) -> str | None:
    """The organ named last before ``pos`` in the same sentence (within 400 characters):
    "the Human Rights Council, which adopted ... (resolution 20/8)" is an HRC resolution;
    with ``council``, "this Council" names it ("as reaffirmed by this Council in
    resolutions 20/8 and 47/16", said at the Human Rights Council)."""
    lo = max(0, pos - 400)
    # (up to one character past ``pos``: the look-ahead for the capital that starts it)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, pos + 1) if e.end() <= pos]
    lo = ends[-1] if ends else lo
    names = [
        (n.start(), " ".join(n.group().split()))
        for n in _ISSUERS.finditer(text, lo, pos)
        # ("resolution 47/16 of the Human Rights Council and resolution 74/247": that organ
        # is the other resolution's)
        if not _OWN_ORGAN_BEFORE.search(text, max(lo, n.start() - 30), n.start())
    ]
    if council is not None:
        names = sorted(
            names + [(n.start(), council) for n in _THIS_COUNCIL.finditer(text, lo, pos)]
        )
    return names[-1][1] if names else None


# The councils whose own sessions call them "this Council".
_COUNCILS = {"hrc": "Human Rights Council"}
_THIS_COUNCIL = re.compile(r"\b(?:this|the) Council\b(?! of Europe)")


def find_resolutions(
    text: str, book: Codebook, context_bodies: Iterable[str] = ()
) -> list[Candidate]:
    """Resolutions by number, normalised to UN symbols; drafts and reports are not. At a
    council's own session, "this Council" is the one that adopts them."""
    council = _COUNCILS.get(next((b for b in context_bodies if b in _COUNCILS), ""))
    out: list[Candidate] = []
    for m in _SYMBOL.finditer(text):
        symbol, end = m.group("sym"), m.end("sym")
        while symbol.count(")") > symbol.count("("):  # "(A/HRC/RES/S-16/1)": the text's
            symbol, end = symbol[:-1], end - 1  # closing bracket, not the symbol's
        if m.group("year") and end == m.end("sym"):
            symbol, end = symbol + m.group("year").strip(), m.end()
        if symbol.startswith("S/RES/") and "(" not in symbol:
            continue  # a Security Council symbol needs its year
        out.append(Candidate("Resolution", symbol, m.start(), end, "symbol", 2))
    for m in _RESOLUTION_LIST.finditer(text):
        if m.group("draft"):
            continue
        if _TREATY_BODY_BEFORE.search(text, max(0, m.start() - 160), m.start()) or (
            _TREATY_BODY_AFTER.match(text, m.end())
        ):
            continue  # "resolution 9/1 of the Conference": a treaty body's, not the Assembly's
        last = m.start("list") + max(i.end() for i in _ITEM.finditer(m.group("list")))
        after = _ISSUER_AFTER.match(text, m.end()) or (
            # "In its resolution 47/16, the Human Rights Council affirmed …"
            _ITS_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and _ISSUER_SUBJECT_AFTER.match(text, last)
        )
        issuer = " ".join(after.group(1).split()) if after else _issuer(text, m.start(), council)
        hrc, sc = issuer == "Human Rights Council", issuer == "Security Council"
        for item in _ITEM.finditer(m.group("list")):
            start, end = m.start("list") + item.start(), m.start("list") + item.end()
            if item.group("sc"):
                number = re.sub(r"\s", "", item.group("sc"))
                symbol = f"S/RES/{number}"
            elif item.group("old"):
                symbol = _ga_symbol(item.group("old"))
            elif hrc and not item.group("ga").startswith("ES"):
                symbol = f"A/HRC/RES/{item.group('ga').replace(' ', '')}"
            elif sc:
                continue  # "Security Council resolution 12/3" is not a form the UN uses
            else:
                symbol = _ga_symbol(item.group("ga"))
            out.append(Candidate("Resolution", symbol, start, end, "resolution-number", 2))
    known = {e.id for e in book.by_kind("Resolution")}
    # A Security Council resolution cited without its year is the one the codebook knows
    # by that number, or the one its year's run of numbers dates (sc-resolution-years.ttl),
    # or none: the symbol needs the year.
    for m in _SC_YEARLESS.finditer(text):
        if _issuer(text, m.start()) != "Security Council":
            continue
        symbols = [k for k in known if k.startswith(f"S/RES/{m.group('n')}(")]
        if len(symbols) == 1:
            out.append(
                Candidate("Resolution", symbols[0], m.start("n"), m.end("n"), "known-number", 1)
            )
        elif not symbols and (year := book.sc_year(int(m.group("n")))):
            # Numbered in order of adoption: the year's run of numbers dates it.
            symbol = f"S/RES/{int(m.group('n'))}({year})"
            out.append(Candidate("Resolution", symbol, m.start("n"), m.end("n"), "dated-number", 1))
    for m in _BARE.finditer(text):
        symbol = f"A/RES/{m.group('s')}/{m.group('n')}"
        if symbol in known:
            out.append(Candidate("Resolution", symbol, m.start(), m.end(), "known-number", 1))
    return out


def resolve_overlaps(
    candidates: Iterable[Candidate],
    part_of_name: Callable[[Candidate, Candidate], bool] | None = None,
) -> list[Candidate]:
    """Keep the longest (then highest-priority) of overlapping candidates of one type.

    Across types, nesting is kept: "the Russian-Chinese draft" names an instrument and
    two states. A body inside a longer name ("United Nations" in "United Nations
    Convention against Corruption") is part of that name, not a mention of its own,
    unless ``part_of_name(body, outer)`` says otherwise; the body in an event's name
    ("the fourth meeting of the Expert Group") is not.
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[Candidate] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for c in ordered:
        spans = taken.setdefault(c.kind, [])
        if any(c.start < e and s < c.end for s, e in spans):
            continue
        kept.append(c)
        spans.append((c.start, c.end))
    named = [c for c in kept if c.kind in ("Instrument", "Body")]
    kept = [
        c
        for c in kept
        if c.kind != "Body"
        or not any(
            o.start <= c.start
            and c.end <= o.end
            and (o.end - o.start) > (c.end - c.start)
            and (part_of_name is None or part_of_name(c, o))
            for o in named
        )
    ]
    return sorted(kept, key=lambda c: (c.start, c.end, c.kind, c.id))


def to_mentions(
    text: str, candidates: Iterable[Candidate], labels: dict[str, str]
) -> list[Mention]:
    return [
        Mention(c.kind, c.id, Span(c.start, c.end, text[c.start : c.end]), labels.get(c.id), c.rule)
        for c in candidates
    ]


@cache
def build(book: Codebook) -> Gazetteer:
    return Gazetteer(book)
