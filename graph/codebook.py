"""The codebook as plain Python objects, read from the Turtle files in ``ontology/``.

The extractors work from these frozen records; the Turtle stays the single source of
truth (states, instruments, bodies, events, topics and the language of stance).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, SKOS

from .regex_speed import alternation

TG = Namespace("https://treatygraph.org/ontology#")
SCHEMA = Namespace("https://schema.org/")

VOCABULARY_FILES = ("vocabulary.ttl", "shapes.ttl")
# Configuration of the extractors, not facts about the world: kept out of the graph.
EXTRACTION_FILES = ("cues.ttl", "sc-resolution-years.ttl")


def ontology_dir() -> Path:
    """Where the Turtle files are: inside the installed package, else the checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "vocabulary.ttl").is_file():
            return candidate
    raise FileNotFoundError(f"ontology files not found next to {here}")


def authority_files() -> list[Path]:
    """The codebook's data files (everything but the vocabulary and the shapes)."""
    return sorted(p for p in ontology_dir().glob("*.ttl") if p.name not in VOCABULARY_FILES)


def background_files() -> list[Path]:
    """The codebook files whose facts go into the graph's authority graph."""
    return [p for p in authority_files() if p.name not in EXTRACTION_FILES]


@dataclass(frozen=True)
class Entity:
    """A canonical entity of the codebook and the ways texts name it."""

    kind: str  # State, Instrument, Body, Event, Resolution
    id: str
    label: str
    iri: str
    labels: tuple[str, ...] = ()  # literal names, matched on word boundaries
    patterns: tuple[str, ...] = ()  # regexes
    demonyms: tuple[str, ...] = ()
    context_labels: tuple[str, ...] = ()  # valid only at the entity's own events
    anaphors: tuple[str, ...] = ()  # valid only after a mention of ``after``
    after: tuple[str, ...] = ()  # ids of the entities whose mention licenses the anaphors
    organizer: str | None = None  # for events: the body id
    event_patterns: tuple[str, ...] = ()  # for bodies
    event_id_template: str | None = None
    session_number: int | None = None
    dates: tuple[date, date] | None = None  # for events: first and last day
    # For bodies meeting in yearly sessions: the day from which session 1 is counted.
    annual_sessions_from: date | None = None
    # A body whose debates range over every subject (the General Assembly).
    broad_agenda: bool = False
    # For former States (Czechoslovakia, Yugoslavia …): when the State ceased to exist.
    dissolved: date | None = None
    # A body known for its sessions and resolutions but outside the codebook's list of
    # entities (the Human Rights Council): its names are not reported as mentions.
    outside_codebook: bool = False


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    proposition: str
    cues: tuple[re.Pattern[str], ...]
    counter_cues: tuple[re.Pattern[str], ...]
    context: tuple[re.Pattern[str], ...]
    blocked_by: tuple[re.Pattern[str], ...]
    problem: bool = False
    target: str | None = None
    domain: tuple[re.Pattern[str], ...] = ()
    domain_bodies: frozenset[str] = frozenset()
    # Refer back to the topic ("the convention", "such criminals"): a cue only in the
    # sentence right after one that names the topic.
    anaphors: tuple[re.Pattern[str], ...] = ()
    # The proposition's negation said through an anaphor ("It is a regional instrument"
    # right after a sentence about the Budapest Convention).
    anaphor_counters: tuple[re.Pattern[str], ...] = ()
    # At events of these bodies the context is given ("the Convention" at the UNTOC
    # Conference of the Parties is UNTOC).
    context_bodies: frozenset[str] = frozenset()
    # Accept the proposition only in part ("we could accept a limited number of
    # cyber-enabled offences"): support through one of these is a mixed position. (They
    # are among ``cues`` too.)
    partial_cues: tuple[re.Pattern[str], ...] = ()
    # An objection to this topic in a sentence that also speaks of one of these topics is
    # about them ("concerned that cooperation extends to any crime" is about the scope).
    yields_to: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KnownPerson:
    """A well-known person (``ontology/persons.ttl``): the canonical name, other names
    that alone denote the person, and the surnames a title names the person by."""

    name: str
    labels: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Codebook:
    entities: tuple[Entity, ...]
    topics: tuple[Topic, ...]
    cues: dict[str, tuple[re.Pattern[str], ...]]
    index: dict[tuple[str, str], Entity] = field(default_factory=dict, compare=False, repr=False)
    persons: tuple[KnownPerson, ...] = ()
    # (first number, last number, year) of the Security Council's yearly runs.
    sc_years: tuple[tuple[int, int, int], ...] = ()

    def by_kind(self, kind: str) -> Iterator[Entity]:
        return (e for e in self.entities if e.kind == kind)

    def entity(self, kind: str, id: str) -> Entity | None:
        return self.index.get((kind, id))

    def sc_year(self, number: int) -> int | None:
        """The year of Security Council resolution ``number``, if a dated run holds it."""
        for first, last, year in self.sc_years:
            if first <= number <= last:
                return year
        return None

    def kind_of(self, id: str) -> str | None:
        """The entity type of a codebook id (ids are unique across kinds but EU/eu)."""
        for kind in ("Instrument", "Body", "Resolution", "Event", "State"):
            if (kind, id) in self.index:
                return kind
        return None

    def organizer_of(self, event: str | None) -> str | None:
        """The body whose session an event is ('ahc-3' -> 'ahc', also for minted ids)."""
        if not event:
            return None
        known = self.entity("Event", event)
        if known is not None:
            return known.organizer
        for body in self.by_kind("Body"):
            template = body.event_id_template
            if template and event.startswith(template.split("{")[0]):
                return body.id
        return None

    def held_on(self, event_id: str, day: date) -> bool:
        """Whether codebook event ``event_id`` was under way on ``day``."""
        event = self.entity("Event", event_id)
        if event is None or not event.dates:
            # A yearly session the codebook counts rather than lists ("unga-79").
            body = self.organizer_of(event_id)
            return bool(body) and self.event_on(body, day) == event_id
        return event.dates[0] <= day <= event.dates[1]

    def session_instead(self, event_id: str, day: date) -> str | None:
        """The session of ``event_id``'s body under way on ``day``, when the codebook knows
        that ``event_id`` itself was not (a title naming the wrong part of a session)."""
        event = self.entity("Event", event_id)
        if event is None or not event.dates or self.held_on(event_id, day):
            return None
        body = self.organizer_of(event_id)
        return self.event_on(body, day) if body else None

    def event_on(self, body_id: str, day: date) -> str | None:
        """The session of ``body_id`` that ``day`` falls in: a codebook event whose dates
        contain it, or for a body meeting yearly, the session counted from its start."""
        for event in self.by_kind("Event"):
            if event.organizer == body_id and self.held_on(event.id, day):
                return event.id
        body = self.entity("Body", body_id)
        if body is None or body.annual_sessions_from is None or not body.event_id_template:
            return None
        first = body.annual_sessions_from
        n = day.year - first.year + (1 if (day.month, day.day) >= (first.month, first.day) else 0)
        return body.event_id_template.format(n=n) if n >= 1 else None

    def topic(self, id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == id), None)

    @property
    def state_codes(self) -> frozenset[str]:
        return frozenset(e.id for e in self.by_kind("State"))


def _strings(g: Graph, s: URIRef, p: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in g.objects(s, p) if isinstance(o, Literal)))


def flexible_spaces(pattern: str) -> str:
    """``pattern`` with each literal space matching any run of whitespace.

    Speeches are often line-wrapped ("transnational\\ncrime"); cues are written with
    plain spaces. A space before a quantifier (" ?") becomes one whitespace character,
    so the quantifier keeps its meaning; spaces in character classes stay as written.
    A literal hyphen may be followed by a line break ("Counter-\\nTerrorism", "capacity-\\n
    building"), as in speeches wrapped after a hyphen, or by the space a corpus left for
    that break ("Counter- Terrorism"); in look-behinds it stays as written.
    """
    out: list[str] = []
    in_class = escaped = False
    skip_to = 0
    groups: list[bool] = []  # per open group: is it a look-behind (fixed width only)?
    for i, char in enumerate(pattern):
        if i < skip_to:
            continue
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif pattern.startswith(("[- ]", "[ -]"), i) and not in_class and not any(groups):
            # "capacity[- ]building": a hyphen, perhaps wrapped, or a space.
            quantified = i + 4 < len(pattern) and pattern[i + 4] in "?*+{"
            out.append(r"(?:-[\n ]?|\s)" if quantified else r"(?:-[\n ]?|\s+)")
            skip_to = i + 4
            continue
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "(" and not in_class:
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif char == ")" and not in_class and groups:
            groups.pop()
        elif char == " " and not in_class:
            quantified = i + 1 < len(pattern) and pattern[i + 1] in "?*+{"
            out.append(r"\s" if quantified or any(groups) else r"\s+")
            continue
        elif (
            char == "-"
            and not in_class
            and not any(groups)
            # not the hyphen of inline flags, "(?-i:…)"
            and not re.search(r"\(\?[aiLmsux]*$", pattern[max(0, i - 8) : i])
        ):
            if i + 1 < len(pattern) and pattern[i + 1] in "*+{":
                out.append(char)  # a quantified hyphen keeps its quantifier
                continue
            optional = i + 1 < len(pattern) and pattern[i + 1] == "?"
            out.append(r"(?:-[\n ]?)?" if optional else r"-[\n ]?")
            skip_to = i + 2 if optional else 0
            continue
        out.append(char)
    return "".join(out)


def _compile(patterns: tuple[str, ...], source: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for p in patterns:
        try:
            compiled.append(
                re.compile(alternation([flexible_spaces(p)], re.IGNORECASE), re.IGNORECASE)
            )
        except re.error as exc:
            raise ValueError(f"{source}: bad pattern {p!r}: {exc}") from exc
    return tuple(compiled)


def _date(value: object) -> date | None:
    if isinstance(value, Literal) and isinstance(value.toPython(), date):
        return value.toPython()  # type: ignore[no-any-return]
    return None


def _dates(g: Graph, s: URIRef) -> tuple[date, date] | None:
    start = _date(g.value(s, SCHEMA.startDate))
    end = _date(g.value(s, SCHEMA.endDate)) or start
    return (start, end) if start and end else None


def _english_label(g: Graph, node: URIRef) -> str | None:
    """The English preferred label (an entity may carry its names in other languages)."""
    labels = sorted(
        g.objects(node, SKOS.prefLabel),
        key=lambda x: (getattr(x, "language", None) != "en", str(x)),
    )
    return str(labels[0]) if labels else None


def _code_of(g: Graph, node: URIRef | None) -> str | None:
    if node is None:
        return None
    code = g.value(node, TG.code)
    return str(code) if code is not None else None


def load_graph(files: list[Path] | None = None) -> Graph:
    g = Graph()
    for path in files or authority_files():
        g.parse(path, format="turtle")
    return g


@cache
def load() -> Codebook:
    """The codebook of the shipped ontology (read once per process)."""
    return from_graph(load_graph())


def from_graph(g: Graph) -> Codebook:
    entities: list[Entity] = []
    for kind in ("State", "Instrument", "Body", "Event", "Resolution"):
        for s in sorted(set(g.subjects(RDF.type, TG[kind]))):
            code = _code_of(g, s)  # type: ignore[arg-type]
            if code is None:
                continue
            label = _english_label(g, s)
            # A state that is also a body (the EU) is matched through the body's names.
            matched = not (kind == "State" and (None, OWL.sameAs, s) in g)
            number = g.value(s, TG.sessionNumber)
            entities.append(
                Entity(
                    kind=kind,
                    id=code,
                    label=str(label) if label is not None else code,
                    iri=str(s),
                    labels=(
                        _strings(g, s, SKOS.altLabel)  # type: ignore[arg-type]
                        + _strings(g, s, SKOS.prefLabel)  # type: ignore[arg-type]
                        + _strings(g, s, TG.formalName)  # type: ignore[arg-type]
                    )
                    if matched
                    else (),
                    patterns=_strings(g, s, TG.pattern),  # type: ignore[arg-type]
                    demonyms=_strings(g, s, TG.demonym),  # type: ignore[arg-type]
                    context_labels=_strings(g, s, TG.contextLabel),  # type: ignore[arg-type]
                    anaphors=_strings(g, s, TG.anaphor),  # type: ignore[arg-type]
                    after=tuple(
                        sorted(
                            code
                            for o in g.objects(s, TG.afterMentionOf)
                            if (code := _code_of(g, o))  # type: ignore[arg-type]
                        )
                    ),
                    organizer=_code_of(g, g.value(s, TG.organizedBy)),  # type: ignore[arg-type]
                    event_patterns=_strings(g, s, TG.eventPattern),  # type: ignore[arg-type]
                    event_id_template=(
                        str(g.value(s, TG.eventIdTemplate))
                        if g.value(s, TG.eventIdTemplate) is not None
                        else None
                    ),
                    session_number=int(number) if number is not None else None,
                    dates=_dates(g, s),  # type: ignore[arg-type]
                    annual_sessions_from=_date(g.value(s, TG.annualSessionsFrom)),
                    broad_agenda=bool(g.value(s, TG.broadAgenda)),
                    dissolved=_date(g.value(s, SCHEMA.dissolutionDate)),
                    outside_codebook=bool(g.value(s, TG.outsideCodebook)),
                )
            )
    topics: list[Topic] = []
    for s in sorted(set(g.subjects(RDF.type, TG.Topic))):
        code = _code_of(g, s)  # type: ignore[arg-type]
        if code is None:
            continue
        src = f"topic {code}"
        groups = list(g.objects(s, SKOS.broader))
        domain = tuple(p for grp in groups for p in _strings(g, grp, TG.domain))  # type: ignore[arg-type]
        domain_bodies = frozenset(
            c
            for grp in groups
            for b in g.objects(grp, TG.domainEventOf)
            if (c := _code_of(g, b))  # type: ignore[arg-type]
        )
        topics.append(
            Topic(
                id=code,
                label=str(g.value(s, SKOS.prefLabel) or code),
                proposition=str(g.value(s, TG.proposition) or ""),
                cues=_compile(
                    (*_strings(g, s, TG.cue), *_strings(g, s, TG.partialCue)),  # type: ignore[arg-type]
                    src,
                ),
                partial_cues=_compile(_strings(g, s, TG.partialCue), src),  # type: ignore[arg-type]
                yields_to=frozenset(
                    c
                    for t in g.objects(s, TG.objectionYieldsTo)
                    if (c := _code_of(g, t))  # type: ignore[arg-type]
                ),
                counter_cues=_compile(_strings(g, s, TG.counterCue), src),  # type: ignore[arg-type]
                context=_compile(_strings(g, s, TG.context), src),  # type: ignore[arg-type]
                blocked_by=_compile(_strings(g, s, TG.blockedBy), src),  # type: ignore[arg-type]
                problem=bool(g.value(s, TG.problemTopic)),
                target=_code_of(g, g.value(s, TG.defaultTarget)),  # type: ignore[arg-type]
                domain=_compile(domain, src),
                domain_bodies=domain_bodies,
                anaphors=_compile(_strings(g, s, TG.anaphorCue), src),  # type: ignore[arg-type]
                anaphor_counters=_compile(
                    _strings(g, s, TG.anaphorCounterCue),  # type: ignore[arg-type]
                    src,
                ),
                context_bodies=frozenset(
                    c
                    for b in g.objects(s, TG.contextEventOf)
                    if (c := _code_of(g, b))  # type: ignore[arg-type]
                ),
            )
        )
    cues: dict[str, tuple[re.Pattern[str], ...]] = {}
    for s in sorted(set(g.subjects(RDF.type, TG.CueSet))):
        kind = str(g.value(s, TG.cueKind))
        patterns = _strings(g, s, TG.pattern)  # type: ignore[arg-type]
        if kind != "boilerplate":  # boilerplate cues describe single lines
            patterns = tuple(flexible_spaces(p) for p in patterns)
        cues[kind] = cues.get(kind, ()) + tuple(
            re.compile(alternation([p], flags), flags)
            for p in patterns
            for flags in [re.IGNORECASE | re.MULTILINE]
        )
    persons = tuple(
        KnownPerson(
            name=str(g.value(s, FOAF.name)),
            labels=_strings(g, s, SKOS.altLabel),  # type: ignore[arg-type]
            surnames=_strings(g, s, TG.surname),  # type: ignore[arg-type]
        )
        for s in sorted(set(g.subjects(RDF.type, TG.KnownPerson)))
        if g.value(s, FOAF.name) is not None
    )
    sc_years = tuple(
        sorted(
            (int(g.value(s, TG.firstNumber)), int(g.value(s, TG.lastNumber)), int(str(year)[:4]))
            for s in g.subjects(RDF.type, TG.ResolutionNumbering)
            if (year := g.value(s, TG.year)) is not None
        )
    )
    return Codebook(
        sc_years=sc_years,
        persons=persons,
        entities=tuple(entities),
        topics=tuple(topics),
        cues=cues,
        index={(e.kind, e.id): e for e in entities},
    )
