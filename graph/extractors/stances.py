"""The built-in stance extractor: cue rules over sentences (codebook §7).

For every sentence of the speech (not its header, not boilerplate) and every topic:

1. the topic is *about* the sentence when one of its cues matches (or a counter
   cue, which states the proposition's negation) and its context is there;
2. the sentence is the speaker's view unless it attributes the content to unnamed
   others ("some delegations proposed to exclude ...") — then a counter cue is
   being rebutted (the speaker holds the opposite), and anything else is skipped;
3. polarity comes from the stance cue nearest to the topic cue (support, oppose, or
   concern — which supports a topic about countering a harm), flipped by a negation
   just before it, and flipped again for a counter cue; a rhetorical question
   answered in the negative ("Do we need X? I do not think so.") opposes X;
   a sentence right after one about a topic may take its stance through an anaphor
   ("... the draft convention. We look forward to its adoption" does not, but "We
   look forward to the adoption of the convention" does);
4. one stance per (holder, topic): evidence merged; support and oppose together
   make it mixed.

The words all come from ``ontology/cues.ttl`` and ``ontology/topics.ttl``.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .. import casefold, codebook, sentences
from ..codebook import Topic
from ..model import Document, Extraction, Polarity, Span, Stance
from ..regex_speed import alternation
from . import stance_grammar as grammar
from . import voice
from .header import header_end
from .turns import Turn, is_reply, party_of, reported_turns, speaker_turn, turns


@dataclass(frozen=True)
class _Finding:
    topic: Topic
    polarity: Polarity
    evidence: tuple[Span, ...]
    rule: str


def _first(patterns: Sequence[re.Pattern[str]], text: str, pos: int = 0) -> re.Match[str] | None:
    best = None
    for p in patterns:
        m = p.search(text, pos)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def _all(patterns: Sequence[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    return [m for p in patterns for m in p.finditer(text)]


@dataclass(frozen=True)
class _Check:
    """A pattern at a place relative to the topic's words that settles the polarity.

    ``side`` is where it is looked for: ``"before"`` (within ``window`` characters
    before the topic's words), ``"after"`` (right after them) or ``"start"`` (at the
    sentence's start). ``also_after`` must follow the topic's words as well. The check
    applies to topic cues (``"plain"``), counter cues (``"counter"``) or both (``"any"``);
    ``outcome`` is ``(polarity, rule)``, or None when the sentence takes no stance.
    """

    pattern: re.Pattern[str]
    side: str
    window: int
    applies: str
    outcome: tuple[Polarity, str] | None
    also_after: re.Pattern[str] | None = None

    def fires(self, text: str, match: re.Match[str], counter: bool) -> bool:
        if self.applies != "any" and (self.applies == "counter") != counter:
            return False
        if self.side == "after":
            found = self.pattern.match(text, match.end())
        elif self.side == "start":
            found = self.pattern.match(text)
        else:
            found = self.pattern.search(text, max(0, match.start() - self.window), match.start())
        if found and self.also_after is not None:
            return self.also_after.match(text, match.end()) is not None
        return found is not None


# In order: the first that fires decides. Each entry is a rule family of
# ``stance_grammar``; its comment there gives the phrasing it is for.
_CHECKS = (
    _Check(
        grammar.LACKING_BEFORE,
        "before",
        40,
        "plain",
        ("support", "lacking-deplored"),
        also_after=grammar.NEGATION_AFTER,
    ),
    _Check(grammar.FUTILE_WITHOUT_BEFORE, "before", 90, "plain", ("support", "lacking-deplored")),
    _Check(
        grammar.BREACH_OF_PRINCIPLE_BEFORE, "before", 90, "plain", ("support", "breach-objected")
    ),
    _Check(
        grammar.ATTEMPTED_SUBJECT_BEFORE,
        "before",
        120,
        "plain",
        ("oppose", "attempt-denied"),
        also_after=grammar.DENIED_AFTER,
    ),
    _Check(grammar.REFUSED_LACKING_BEFORE, "before", 220, "plain", ("support", "lacking-refused")),
    _Check(grammar.AWAITED_BEFORE, "before", 140, "plain", ("support", "awaited")),
    _Check(
        grammar.CONCEDED_FACT_BEFORE, "before", 80, "plain", None, also_after=grammar.CLAUSE_CLOSES
    ),
    _Check(grammar.SAFEGUARD_CLAUSE_BEFORE, "before", 220, "plain", ("support", "safeguarded")),
    # "we do not consider that accession to a regional convention can substitute for a
    # universal treaty"
    _Check(grammar.IRREPLACEABLE_BEFORE, "before", 140, "plain", ("support", "irreplaceable")),
    _Check(grammar.EXPERIENCE_BEFORE, "before", 30, "any", None),
    _Check(grammar.FOUND_WANTING_AFTER, "after", 0, "plain", ("support", "found-wanting")),
    _Check(grammar.ARTICLE_SAYS, "start", 0, "any", None),
    _Check(grammar.TEMPORAL_BEFORE, "before", 40, "counter", None),
    _Check(grammar.LOCATION_BEFORE, "before", 40, "plain", None),
    _Check(grammar.CONTAINER_BEFORE, "before", 60, "plain", None),
    _Check(grammar.CONTAINER_NAMED_BEFORE, "before", 40, "plain", None),
    _Check(grammar.DOCUMENT_CHAPTERS_BEFORE, "before", 160, "plain", None),
    # "We would not accept that capacity-building be used as a channel for transferring
    # surveillance tools": the misuse is refused, not the topic.
    _Check(grammar.MISUSE_AFTER, "after", 0, "plain", None),
)


DOMAIN_REACH = 1
_CARRIED_ON = re.compile(
    r"\W*(?:Such|This|That|These|Those)\s+(?:[\w-]+\s+)?(?:cooperation|assistance|requests?"
    r"|measures?|powers?|provisions?|offen[cs]es|crimes?|evidence|data)\b"
    # "… will open for signature in Hanoi. … Let me be direct. The United States will not sign
    # the Convention in Hanoi.": the treaty just named, signed or not
    r"|[^.;]{0,60}\b(?:sign|ratif|acced|join)\w*\s+(?:to\s+)?the\s+Convention\b"
    r"(?!\s+(?:on|of|for|against|relating|to)\b)"
)
_TURN_TO = re.compile(
    r"\W*(?:\d{1,2}[.)]\s*)?(?:(?:Let|Allow) me (?:now )?(?:to )?|I (?:will|would like to|wish to|"
    r"shall) (?:now )?)turn (?:now )?to\b",
    re.IGNORECASE,
)
_REFERRED_BACK = re.compile(
    r"\b(?:in|to) (?:that|this) (?:area|field|domain|sphere)\b"
    r"|\bagainst (?:this|that|these|those) (?:scourges?|phenomen(?:on|a)|crimes?)\b",
    re.IGNORECASE,
)
_SHORT = 40
# "Three issues remain open: the venue, decision-making and participation. … First, on
# the venue. … Second, on decision-making.": the points announced, taken one by one.
_ANNOUNCED = re.compile(
    r"\b(?:two|three|four|five|six|several|a (?:few|number of)) (?:\w+ )?(?:issues|points"
    r"|questions|proposals|views|options|elements|matters|priorities|concerns)\b",
    re.IGNORECASE,
)
_ORDINAL_OPENING = re.compile(
    r"\W*(?:\d{1,2}[.)]\s*)?(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,",
    re.IGNORECASE,
)


def _naming_sentences(
    pattern: re.Pattern[str], speech: Sequence[sentences.Sentence], text: str, low: str | None
) -> frozenset[int]:
    """The sentences in which ``pattern`` matches, found in one pass over the text."""
    starts = [sent.start for sent in speech]
    named: set[int] = set()
    if speech:
        for m in casefold.finditer(pattern, text, low, speech[0].start, speech[-1].end):
            i = bisect_right(starts, m.start()) - 1
            # A match must lie inside one sentence, as when sentences are searched alone.
            if i >= 0 and m.end() <= speech[i].end:
                named.add(i)
    return frozenset(named)


def _domain_ranges(
    named: frozenset[int], speech: Sequence[sentences.Sentence], back: bool = False
) -> list[tuple[int, int]]:
    """Merged text ranges of the sentences that name the domain, and of the
    ``DOMAIN_REACH`` sentences after each. (Two sentences found a few more stances in
    negotiation statements but four false ones in 296 General Debate speeches.)"""
    ranges: list[tuple[int, int]] = []
    for i in sorted(named):
        sent = speech[i]
        lo = sent.start
        if back and i and speech[i - 1].paragraph == sent.paragraph:
            # "We attach importance to the participation of civil society. Their expertise
            # enriched the work of the Ad Hoc Committee": in a statement to a specialised
            # body, the sentence before (in the same paragraph) leads into it; a General
            # Debate paragraph moves from subject to subject.
            lo = speech[i - 1].start
        # A short sentence ("There are no exceptions.") does not use up the reach.
        last, left = i, DOMAIN_REACH
        while left and last + 1 < len(speech):
            last += 1
            if len(speech[last].text) >= _SHORT:
                left -= 1
        for k in range(last + 1, min(last + 3, len(speech))):
            if _REFERRED_BACK.search(speech[k].text):
                # "Migration is sometimes the result of trafficking. The victims are … That
                # is unacceptable. We advocate strengthened cooperation in that area": the
                # area named a few sentences before.
                last = k
                break
        nxt = last + 1
        while (
            nxt + 1 < len(speech)
            and len(speech[nxt].text) < _SHORT
            and not _CARRIED_ON.match(speech[nxt].text)
        ):
            nxt += 1  # ("Let me be direct.")
        if nxt < len(speech) and _CARRIED_ON.match(speech[nxt].text):
            # "… international cooperation on electronic evidence. Such cooperation must
            # respect the sovereignty of States": the subject carries the domain on.
            last = nxt
        if back and _TURN_TO.match(sent.text):
            # "Let me now turn to cybercrime.": at a specialised body, the subject holds
            # until the speaker turns to another.
            while last + 1 < len(speech) and not _TURN_TO.match(speech[last + 1].text):
                last += 1
        while back and last + 1 < len(speech) and speech[last + 1].paragraph == sent.paragraph:
            # "7. Let me turn to cybercrime. The Ad Hoc Committee … However, we will only
            # support a convention with robust safeguards": at a specialised body, a
            # paragraph keeps to the subject it opens on.
            last += 1
        if back and any(_ANNOUNCED.search(s.text) for s in speech[i : last + 1]):
            while last + 1 < len(speech) and _ORDINAL_OPENING.match(speech[last + 1].text):
                paragraph = speech[last + 1].paragraph
                while last + 1 < len(speech) and speech[last + 1].paragraph == paragraph:
                    last += 1
        hi = speech[last].end
        if ranges and lo <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(hi, ranges[-1][1]))
        else:
            ranges.append((lo, hi))
    return ranges


_MODALS = ("should", "must")


def _act_refused(text: str, at: int) -> bool:
    """ "India is not in a position to accede to it": the act at ``at`` is one the speaker
    says it cannot do (but "not in a position to join consensus on a text that contains such
    provisions" objects to the provisions, not to the text)."""
    return (
        grammar.UNABLE_BEFORE.search(text[max(0, at - 40) : at]) is not None
        and grammar.ACT.match(text, at) is not None
        and grammar.JOIN_CONSENSUS.match(text, at) is None
    )


def _act_declined(text: str, at: int) -> bool:
    """ "India has not found it appropriate to accede to it": the act at ``at`` is one the
    speaker cannot do or chooses not to."""
    return _act_refused(text, at) or (
        grammar.DECLINED_BEFORE.search(text[max(0, at - 40) : at]) is not None
        and grammar.ACT.match(text, at) is not None
    )


def _inside(item: tuple[re.Match[str], str], match: re.Match[str]) -> bool:
    return item[0].start() < match.end() and match.start() < item[0].end()


def _in_relative_clause(text: str, match: re.Match[str], negation: re.Match[str]) -> bool:
    """Whether a question's negation stands in a relative clause, after the topic's words
    ("… an obligation to criminalize X that its courts have never defined?") or before them
    ("Why would States that never negotiated it accept it as the benchmark?"): then it is no
    condition on them."""
    if negation.start() > match.end():
        return grammar.RELATIVE_PRONOUN.search(text[match.end() : negation.start()]) is not None
    return negation.end() <= match.start() and bool(
        grammar.RELATIVE_BEFORE.search(text[: negation.start()])
    )


def _before_but_we(cue: re.Match[str], text: str, match: re.Match[str]) -> bool:
    """Whether a cue stands before ", but we …" and the topic's words after it: "I am not
    calling for such aid, but we welcome their contribution to the fight against …"."""
    return cue.end() <= match.start() and bool(
        grammar.BUT_NEW_CLAUSE.search(text, cue.end(), match.start())
    )


def _in_other_clause(item: tuple[re.Match[str], str], text: str, match: re.Match[str]) -> bool:
    """Whether a cue is set off from the topic's words by a clause boundary, so that it
    speaks for the other clause: past a coordinated clause ("… must be consistent with human
    rights law, and must not become a vehicle for …"), or an objection before a clause of
    the speaker's own ("… dissociates itself from article 6, and will interpret the
    convention in line with sovereign equality")."""
    m, kind = item
    if m.start() >= match.end():
        return bool(grammar.NEXT_CLAUSE.search(text, match.end(), m.start()))
    if m.end() > match.start():
        return False
    if _before_but_we(m, text, match):
        return True
    if kind != "oppose":
        return False
    # (the clause's subject may be the topic's own first words: ", and the United Nations
    # should lead …")
    clause = grammar.OWN_CLAUSE.search(text, m.end(), match.end())
    return clause is not None and clause.start() < match.start()


_SELF_SAYING = re.compile(
    r"\b(?:I|we|We|my|My|our|Our|this delegation|This delegation)\b[^.;]{0,40}$"
)


def _own_clause(text: str, match: re.Match[str]) -> str | None:
    """In a long sentence (sixty words or more) of clauses joined by semicolons, the clause
    holding ``match``, the rest blanked so that offsets hold; else None."""
    if ";" not in text or len(text.split()) < 60:
        return None
    lo = text.rfind(";", 0, match.start()) + 1
    hi = text.find(";", match.end())
    hi = len(text) if hi < 0 else hi
    if lo == 0 and hi == len(text):
        return None
    return " " * lo + text[lo:hi] + " " * (len(text) - hi)


# A quotation long enough to be a provision of the draft ('"adopt such legislative and
# other measures as may be necessary …"'), not a quoted word or label.
_DRAFT_QUOTATION = re.compile(r"[\"“][^\"”]{60,}[\"”]")
_SAID_OF_QUOTE = re.compile(
    r"\b(?:said|says|stated|stressed|added|noted|observed|recalled|emphasi[sz]ed|underlined"
    r"|declared|continued|warned|told|asked|insisted|argued|affirmed|concluded|explained)\b"
)
# ('Proposal: insert a new subparagraph: "(g) Strengthening the protection of children …"'):
# the quotation is the speaker's own wording.
_OWN_WORDING = re.compile(
    r"\b(?:[Pp]ropos\w*|[Ii]nsert\w*|[Aa]dd(?:s|ed|ing)?|[Rr]eplac\w*|[Aa]mend\w*|[Rr]eword\w*"
    r"|[Rr]ead as follows|[Nn]ew (?:sub)?paragraph)\b"
)


def _quoted_others(doc: Document, every: Sequence[sentences.Sentence]) -> list[tuple[int, int]]:
    """Another's words quoted at length ('The British representative stated: "…"'): the
    sentences of the quotation and the one that introduces it, unless the speaker quotes
    itself ("As we said last year: …", "Ghana stated then that …")."""
    out = []
    starts = [s.start for s in every]
    for verb, start, end in voice.quoted_sayings(doc.text):
        i = bisect_right(starts, verb) - 1
        lo = every[i].start if i >= 0 and verb < every[i].end else start
        before = doc.text[lo:verb]
        if _SELF_SAYING.search(before) or any(
            m.id == doc.metadata.state and lo <= m.span.start < verb for m in doc.mentions
        ):
            continue
        out.append((lo, end))
    return out


def _other_panellists(doc: Document) -> list[tuple[int, int]]:
    """The turns of the other parties on a panel whose speakers' labels name whom they
    speak for ("MS. A. PERSON (India):", "Panellist from Egypt:"), when the statement is
    one party's contribution: theirs are not its views."""
    holder = doc.metadata.state
    turns = voice.labelled_turns(doc.text)
    if not holder or len(turns) < 3:
        return []
    parties = [
        {
            "EU" if (m.kind, m.id) == ("Body", "eu") else m.id
            for m in doc.mentions
            if (m.kind == "State" or (m.kind, m.id) == ("Body", "eu"))
            and start <= m.span.start < words
        }
        for start, words, _ in turns
    ]
    if not any(holder in named for named in parties):
        return []
    return [
        (start, end)
        for (start, _, end), named in zip(turns, parties, strict=True)
        if named and holder not in named
    ]


def _nearest(
    cues: list[tuple[re.Match[str], str]], text: str, match: re.Match[str]
) -> tuple[re.Match[str], str]:
    """The cue that speaks of the topic's words: a negated verb of belief before them
    ("We do not believe that X should …") governs its clause; else a cue outside the
    topic's own words ("a new treaty is needed" speaks only when nothing else does), the
    nearest, the first, the longest ("invites abuse" over "invites")."""

    def distance(item: tuple[re.Match[str], str]) -> int:
        m = item[0]
        if m.end() <= match.start():
            return match.start() - m.end()
        if m.start() >= match.end():
            return m.start() - match.end()
        return 0

    def denied_belief(item: tuple[re.Match[str], str]) -> bool:
        m, k = item
        if m.end() > match.start():
            return False
        if grammar.RELATIVE.search(text, m.end(), match.start()):
            return False  # "…, such as X, which we are committed to combating"
        if grammar.NEXT_CLAUSE.search(text, m.end(), match.start()):
            return False  # "We are not convinced that …, and we would need to see X"
        if k == "oppose":
            return grammar.DENIED_BELIEF.match(m.group()) is not None
        return (
            k == "support"
            and grammar.BELIEF.match(m.group()) is not None
            and grammar.NEGATED.search(text[max(0, m.start() - 30) : m.start()]) is not None
        )

    def mere_frame(item: tuple[re.Match[str], str]) -> bool:
        # "the Group is of the view that X should be approached with great caution": the
        # view announced before the topic is the clause's after it.
        m, k = item
        return (
            k == "support"
            and m.end() <= match.start()
            and grammar.VIEW_FRAME.search(m.group()) is not None
            and any(
                k2 == "oppose"
                and m2.start() >= match.end()
                and not grammar.NEXT_CLAUSE.search(text, match.end(), m2.start())
                for m2, k2 in cues
            )
        )

    # "Decisions should be taken by consensus …, and we fear …": a modal in the topic's own
    # words is the speaker's, unless an objection before them governs it ("Nor can we
    # accept the argument that States should simply accede to it").
    own_modal = not any(k == "oppose" and m.end() <= match.start() for m, k in cues)
    refused_clause = not grammar.LESSENED_AFTER.match(text, match.end()) and any(
        k == "oppose" and grammar.REFUSED_CLAUSE_GAP.fullmatch(text, m.end(), match.start())
        for m, k in cues
    )
    return min(
        cues,
        key=lambda item: (
            not denied_belief(item),
            mere_frame(item),
            # a cue past ", but" is that clause's, even when only the topic's own words
            # speak otherwise ("X joins the consensus on Y, but we regret …")
            item[0].start() >= match.end()
            and grammar.BUT_CLAUSE.search(text, match.end(), item[0].start()) is not None,
            # a cue in a reason with its own subject is the reason's ("… to adopt the
            # convention by consensus, since a text adopted by a vote would send a
            # discouraging signal")
            item[0].start() >= match.end()
            and grammar.REASON_CLAUSE.search(text, match.end(), item[0].start()) is not None,
            # a cue before ", but we …" says nothing of the topic, even beside a cue in the
            # topic's own words ("… not calling for aid, but we welcome their contribution
            # to the fight against …")
            _before_but_we(item[0], text, match),
            _inside(item, match) and not (own_modal and item[0].group().lower() in _MODALS),
            # "We reject the suggestion that X should serve as …": the modal after the topic's
            # words is the view refused, not the speaker's.
            refused_clause
            and item[0].start() >= match.end()
            and item[0].group().lower() in _MODALS,
            _in_other_clause(item, text, match),
            distance(item),
            item[0].start(),
            item[0].start() - item[0].end(),
        ),
    )


def _enum_number(item: re.Match[str], listed: int) -> int:
    word = (item.group("adverb") or item.group("ordinal") or item.group("pair") or "").lower()
    if word in ("finally", "lastly", "last"):
        return listed + 1
    return grammar.ENUM_ORDINALS.get(word, 0)


def _enum_proposition(item: re.Match[str]) -> str:
    """The proposal an item sets out, as a noun phrase ("the proposal that would …")."""
    if item.group("np"):
        return item.group("np").rstrip(" .")
    return _as_proposal(item.group("clause") or item.group("pair_clause") or "")


def _view_proposition(clause: str) -> str:
    """One of two views set side by side, as a noun phrase ("would confine cooperation to
    …" is "the proposal to confine cooperation to …")."""
    clause = clause.strip().rstrip(" .,")
    clause = re.sub(
        r"^(?:delegations\s+|States\s+)?(?:(?:have\s+)?(?:proposed|suggested|argued?|argues"
        r"|said|held|hold|believe|believed|insisted?)\s+(?:that\s+)?)?",
        "",
        clause,
    )
    return _as_proposal(clause)


def _two_views(speech: Sequence[sentences.Sentence], j: int) -> tuple[dict[int, str], int] | None:
    """Two views set side by side from sentence ``j`` on ("Some would confine cooperation to
    …; others would extend it to …", or the same in two sentences): the proposals, and the
    last sentence that sets them out."""
    pair = grammar.ENUM_PAIR.fullmatch(speech[j].text)
    if pair is not None:
        return {
            1: _view_proposition(pair.group("first")),
            2: _view_proposition(pair.group("second")),
        }, j
    view = grammar.ENUM_VIEW_FIRST.fullmatch(speech[j].text)
    if view is None or j + 1 >= len(speech):
        return None
    other = grammar.ENUM_VIEW_SECOND.fullmatch(speech[j + 1].text)
    if other is None:
        return None
    return {
        1: _view_proposition(view.group("first")),
        2: _view_proposition(other.group("second")),
    }, j + 1


def _as_proposal(clause: str) -> str:
    """A clause setting out a proposal as the noun phrase the others cue reads ("would limit
    …" is "the proposal to limit …", "their obligations be limited …" "the proposal that
    their obligations be limited …")."""
    clause = clause.strip().rstrip(" .,")
    clause = re.sub(
        r"^(?:would|seeks to|aims to|proposes to|wish(?:ed)?(?: it)? to|want(?:ed)?(?: it)? to"
        r"|prefer(?:red)? to)\s+",
        "to ",
        clause,
    )
    lead = "the proposal " if clause.startswith(("to ", "for ")) else "the proposal that "
    return lead + clause


def _enum_answers(text: str) -> list[re.Match[str]]:
    """The ordinals a sentence answers: at its start ("The first we cannot accept") or as
    the object of a verdict ("We support the third, which …")."""
    start = grammar.ENUM_ANSWER.match(text)
    if start is not None:
        return [start]
    return list(grammar.ENUM_ANSWER_INLINE.finditer(text))


def _enum_verdict(text: str, answer: re.Match[str] | None, since: int | None = None) -> str | None:
    """ "reject" or "support": the verdict a sentence gives on the item it answers (with
    ``since``, the answer is a verb's object and its own verb comes after ``since``: "The
    EU supports the latter and has serious reservations about the former")."""
    if answer is not None and since is not None:
        at = answer.start("ordinal") if answer.group("ordinal") else answer.start("also")
        own = text[since:at]
        if grammar.ENUM_REJECT.search(own):
            return "reject"
        if grammar.ENUM_ACCEPT.search(own):
            return "support"
    if answer is None:
        rest = text
    else:
        # (the ordinal, not the lead-in: "Nor can we go along with the second" keeps "Nor can")
        at = answer.start("ordinal") if answer.group("ordinal") else answer.start("also")
        rest = text[:at] + text[answer.end() :]
    if grammar.ENUM_REJECT.search(rest):
        return "reject"
    if grammar.ENUM_ACCEPT.search(rest):
        return "support"
    return None


def _lead_ins(speech: Sequence[sentences.Sentence], text: str) -> dict[int, int]:
    """For each item of a list set out on lines of their own, the sentence that leads into
    the list (it ends with a colon; the items before it end with ";" or ",")."""
    out: dict[int, int] = {}
    for i in range(1, len(speech)):
        prev, sent = speech[i - 1], speech[i]
        if "\n" not in text[prev.end : sent.start]:
            continue
        ending = prev.text.rstrip()[-1:]
        if ending == ":":
            out[i] = i - 1
        elif (i - 1) in out and (
            ending in ";,"
            # ("…; – a strong article on X.\n\n- Criminalization\n  – Opposition to …":
            # bulleted items go on under the list's sub-headings)
            or _BULLET_LINE.search(text, prev.end, sent.start)
        ):
            out[i] = out[i - 1]
    return out


_BULLET_LINE = re.compile(r"\n[ \t]*[-–•▪*][ \t]+")


# The sentences of a speech's opening that may name its subject like a title.
_OPENING_SENTENCES = 4


class StanceExtractor:
    """Positions of the speaking State on codebook topics, from cue rules over sentences."""

    name = "stances"

    @cached_property
    def _book(self) -> codebook.Codebook:
        return codebook.load()

    @cached_property
    def _any_cue(self) -> dict[str, re.Pattern[str]]:
        """Per topic, one regex for all its cues: a single pass over the text finds the
        sentences worth the full rules (most sentences of a long speech are not)."""
        return {
            t.id: re.compile(
                alternation([p.pattern for p in (*t.cues, *t.counter_cues)], re.IGNORECASE),
                re.IGNORECASE,
            )
            for t in self._book.topics
        }

    def _cues(self, kind: str) -> tuple[re.Pattern[str], ...]:
        return self._book.cues.get(kind, ())

    # ---- step 1: is the sentence about the topic? -------------------------------

    def _topic_match(
        self,
        topic: Topic,
        text: str,
        before: str,
        organizer: str | None,
        in_domain: bool = False,
    ) -> tuple[re.Match[str], bool] | None:
        if topic.blocked_by and _first(topic.blocked_by, text):
            return None
        if (
            topic.domain
            and not in_domain
            and organizer not in topic.domain_bodies
            and not (_first(topic.domain, text) or _first(topic.domain, before))
        ):
            return None
        if (
            topic.context
            and organizer not in topic.context_bodies
            and not (_first(topic.context, text) or _first(topic.context, before))
        ):
            return None
        counter = _first(topic.counter_cues, text)
        if counter and grammar.RESPECTED_CHOICE.search(text, 0, counter.start()):
            # "Without questioning the right of any delegation to request a vote, we regret
            # that the Committee had to resort to a vote": the right acknowledged is no stance.
            counter = _first(topic.counter_cues, text, counter.end()) or counter
        cue = _first(topic.cues, text)
        label = grammar.POINT_LABEL.match(text)
        if label and cue and cue.start() < label.end():
            cue = _first(topic.cues, text, label.end())
        if label and counter and counter.start() < label.end():
            counter = _first(topic.counter_cues, text, label.end())
        lead = grammar.TOPIC_LEAD.match(text)
        if lead and cue and cue.end() <= lead.end() and counter and counter.start() >= lead.end():
            # "As for cyber-enabled offences, we do not share the view that the convention
            # should be confined to computer crimes": the view is on what follows.
            return counter, True
        # "Although we regret that X was put to a vote, we believe decisions are best taken
        # by consensus": the main clause names the topic the stance is on.
        concession = grammar.CONCESSION.match(text)
        if concession and cue and cue.start() < concession.end():
            # "While we understand the interest in a wider range of conduct, Mexico could not
            # have accepted an open-ended scope": the topic's words in the main clause.
            cue = _first(topic.cues, text, concession.end()) or cue
        if concession and counter and counter.start() < concession.end():
            counter = _first(topic.counter_cues, text, concession.end()) or counter
        if concession and counter and cue and counter.start() < concession.end() <= cue.start():
            return cue, False
        conceded = grammar.PAST_VOTE_CONCEDED.match(text)
        if conceded and not grammar.STILL_HELD.search(text, 0, conceded.end()):
            # a former vote conceded: only the main clause may name the topic
            if cue and cue.start() < conceded.end():
                cue = _first(topic.cues, text, conceded.end())
            if counter and counter.start() < conceded.end():
                counter = _first(topic.counter_cues, text, conceded.end())
        # "…, although we do believe that …": the main clause comes first.
        trailing = grammar.TRAILING_CONCESSION.search(text)
        if trailing and counter and cue and cue.start() < trailing.start() <= counter.start():
            return cue, False
        # "extend the convention beyond cyber-dependent crimes and a limited number of
        # cyber-enabled ones": counter words inside a longer match are part of it.
        if counter and cue and cue.start() < counter.start() and counter.end() <= cue.end():
            return cue, False
        if (
            counter
            and cue
            and cue.end() <= counter.start()
            and (
                grammar.PROVISO.search(text, cue.end(), counter.start())
                # "… to reach agreement by consensus, because a text adopted by a divided
                # vote would not …": the reason given for the topic names its opposite.
                or grammar.REASON.search(text, cue.end(), counter.start())
                or grammar.PREFERRED_OVER.search(text, cue.end(), counter.start())
            )
        ):
            return cue, False
        if (
            counter
            and cue
            and counter.end() <= cue.start()
            and (view := grammar.VIEW_CLAUSE.search(text, counter.end(), cue.start()))
            and grammar.TEXT_DESCRIBED.match(text)
            and not _first(self._cues("first-person"), text[: view.start()])
        ):
            # "The draft covers only a limited list of offences, and China has always held
            # that it should address the full range …": the view is the clause's own.
            return cue, False
        if counter:
            return counter, True
        return (cue, False) if cue else None

    # ---- steps 2-3: whose view, which polarity ---------------------------------

    def _polarity(
        self, topic: Topic, text: str, match: re.Match[str], counter: bool, answer: str | None
    ) -> tuple[Polarity, str, bool] | None:
        """(polarity, rule, uses_next_sentence) or None when the sentence takes no stance."""
        treaty = self._about_treaty(topic)
        deletion = grammar.DELETION_PROPOSED_BEFORE.search(
            text, max(0, match.start() - 80), match.start()
        )
        vote = grammar.VOTE_CAST.search(text, match.end()) if deletion else None
        if vote is not None and not counter:
            # "On the proposal to delete paragraph 2 of article 6, our delegations voted no":
            # a vote against deleting a provision keeps it; an abstention is neither.
            how = (vote.group("how") or "").lower()
            polarity: Polarity = (
                "mixed"
                if vote.group("abstained")
                else "support"
                if how in ("no", "against")
                else "oppose"
            )
            return polarity, "vote-on-deletion", False
        unless = grammar.UNLESS_LEAD.match(text)
        if (
            unless is not None
            and match.end() <= unless.end()
            and grammar.MAIN_DENIAL.search(text, unless.end(), min(len(text), unless.end() + 60))
        ):
            # "Unless the convention addresses the use of ICTs to incite terrorist acts, we
            # cannot say that it responds to the threats we face": the condition is wanted
            # (its denial, "unless it does not …", the other way).
            denied = grammar.NEGATED.search(text, max(0, match.start() - 40), match.start())
            return ("oppose" if counter or denied else "support"), "unless-condition", False
        if (
            not counter
            and treaty
            and grammar.TREATY_PHRASE.fullmatch(match.group())
            and grammar.DESIGN_AFTER.match(text, match.end())
        ):
            # "For Africa, a cybercrime treaty should deal with the crimes that our citizens
            # suffer from": what a treaty should contain is a view on its design, not on
            # having one.
            return None
        if (
            not counter
            and treaty
            and (
                grammar.MODEL_FOR_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or (
                    grammar.PLACED_IN_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    and grammar.TREATY_PHRASE.fullmatch(match.group())
                )
            )
        ) or grammar.RESPECTED_CHOICE.search(text, 0, match.start()):
            return None
        if text.rstrip().endswith("?"):
            # "X should cover Y; otherwise, how could it be called comprehensive?": the
            # clause before the question is a statement.
            cut = text.find(";", match.end())
            if cut < 0:
                asked = self._question(topic, text, match, counter, answer)
                if asked is not None and topic.problem and asked[0] == "oppose":
                    # "How can a country call for an anti-terrorist coalition when it is
                    # inspiring terrorism so close to home?": nobody argues for the harm; the
                    # irony is aimed at another State.
                    return None
                return asked
            text = text[:cut]
        if grammar.PAST_POSITION.match(text) and not grammar.STILL_HELD.search(text):
            return None  # a former view, told to explain the present one
        if not counter and grammar.NOT_ABOUT_BEFORE.search(text, 0, match.start()):
            return None
        for aside in grammar.WHICH_ASIDE.finditer(text):
            if aside.start() < match.start() < aside.end() and not counter:
                # "The Budapest Convention, which infringes the sovereignty of States, cannot
                # serve as a model": the aside accuses something of wearing the topic down.
                worn = grammar.NEGATED_TOPIC.search(
                    text, max(aside.start(), match.start() - 45), match.start()
                )
                if worn and grammar.WEAKENING.match(worn.group().split()[0]):
                    return "support", "weakening-accused", False
        for check in _CHECKS:
            if check.fires(text, match, counter):
                return None if check.outcome is None else (*check.outcome, False)
        others = _first(self._cues("others"), text)
        if others and (
            grammar.ASIDE.search(text, max(0, others.start() - 10), others.start())
            or grammar.TOGETHER_WITH.search(text, max(0, others.start() - 20), others.start())
            # "We regret that X is missing, despite the repeated requests of many
            # delegations": others cited on the speaker's side.
            or grammar.CITED_OTHERS.search(text, max(0, others.start() - 50), others.start())
        ):
            # "…, as some delegations have proposed, …": an aside; the view is the speaker's.
            others = None
        concession = grammar.CONCESSION_OPENING.match(text) if others else None
        if others and concession and others.start() < concession.end() <= match.start():
            others = None
        if others and grammar.PROPOSAL_OBJECT.match(others.group()):
            others_at = others.start()
            # "the proposals to add … offences that are already covered elsewhere": what the
            # proposal does is add; the words against the topic are the speaker's reasons.
            adding = grammar.PROPOSAL_TO_ADD.match(text, others.end()) is not None
            verdicts = [
                m
                for kind in ("support", "oppose")
                for m in _all(self._cues(kind), text[: others.start()])
                if grammar.VERDICT_GAP.fullmatch(text, m.end(), others.start())
            ]
            if verdicts:
                others = None
                # "We cannot support the proposal to delete article 24 on safeguards."
                limited = grammar.LIMITED_TO.search(text, others_at)
                if (
                    match.start() > others_at
                    and not adding
                    and (
                        grammar.AGAINST_TOPIC.search(text, others_at, match.start())
                        # "… the proposal that would limit the chapter on international
                        # cooperation strictly to the offences of the convention"
                        or (limited is not None and limited.start() < match.start())
                    )
                ):
                    kind = (
                        "support"
                        if _first(self._cues("oppose"), verdicts[-1].group())
                        else "oppose"
                    )
                    return kind, "verdict-on-proposal-against", False
        if (
            others
            and not counter
            and (
                _first(self._cues("disagreement"), text[: others.start()])
                or grammar.REFUSED_BEFORE.search(text, max(0, others.start() - 40), others.start())
            )
        ):
            # "We do not share the view, expressed by some delegations, that article 5 is
            # superfluous": the answer comes first. A view that denies the topic ("… that a
            # new treaty is not needed") is refused in its favour.
            view = text[others.end() :]
            against = (
                grammar.AGAINST_TOPIC.search(text)
                or grammar.NEGATED.search(view)
                or _first(self._cues("oppose"), view)
                # ("we do not accept the idea that the private sector can remain outside the
                # obligations of the convention": the view leaves the topic out)
                or grammar.REMOVED_AFTER.match(text, match.start())
            )
            return ("support" if against else "oppose"), "disagreement-with-others", False
        if others and not counter and (answered := self._answer_after_lead(text, others, match)):
            return answered
        if others and not _first(self._cues("agreement"), text):
            if counter and _first(topic.cues, text[: others.end()]) is None:
                both = _first(topic.cues, text, others.end())
                if both is not None and both.start() < match.start():
                    # "We are aware that some delegations wish to extend X, and that others
                    # would prefer to limit it": both sides reported, no rebuttal.
                    return None
            return self._answer_to_others(text, match, counter, answer)
        if counter and grammar.DENIAL.match(match.group()):
            # "… a convention on criminal justice cooperation, not a human rights treaty, and
            # we cannot accept …": the denial is the speaker's, whatever follows.
            return "oppose", "counter-denial", False
        if not counter and grammar.DESIGN_POINT_AFTER.match(text, match.end()):
            return None
        if not counter and grammar.ABUSE_AFTER.match(text, match.end()):
            if grammar.WITHOUT_BEFORE.search(text, 0, match.start()):
                # "Without clear guarantees of legality, the powers could be turned against
                # journalists": the abuse is feared in their absence.
                return "support", "abuse-feared-without", False
            # "measures against the dissemination of content would be used to restrict
            # legitimate expression"
            return "oppose", "abuse-feared", False
        cues = self._stance_cues(topic, text, match, counter)
        conceded = grammar.PAST_VOTE_CONCEDED.match(text)
        if conceded and match.start() >= conceded.end():
            # "Although we did not support resolution 74/247, we have engaged …": the
            # former vote's words are no cue for the main clause.
            cues = [c for c in cues if c[0].start() >= conceded.end()]
        denial = (
            grammar.NEGATED_TOPIC.search(text[max(0, match.start() - 45) : match.start()])
            if not counter and cues and grammar.ACT.match(match.group())
            else None
        )
        if denial and denial.group().split()[0].lower() in ("no", "not", "never", "none"):
            # "India has no plans to accede to X, and we do not think …": the act denied is
            # the stance; the cues past it are the next clause's.
            outside = [c for c in cues if not _inside(c, match)]
            if outside and all(
                m.start() >= match.end()
                and grammar.NEXT_CLAUSE.search(text, match.end(), m.start())
                for m, _ in outside
            ):
                cues = [c for c in cues if _inside(c, match)]
        if not cues:
            return self._without_cues(topic, text, match, counter)
        # "We have not acceded to the Budapest Convention": the topic's words begin with
        # the speaker's own act, and it is negated.
        if (
            not counter
            and grammar.ACT.match(match.group())
            and (
                grammar.NEGATED.search(text[max(0, match.start() - 30) : match.start()])
                or _act_declined(text, match.start())
            )
        ):
            if grammar.NOT_YET_AFTER.match(text, match.end()):
                # "Türkiye will not sign the Convention today.": the act deferred, not
                # refused.
                return None
            return "oppose", "negated-act", False
        if not counter and any(
            _act_declined(text, act.start())
            for act in grammar.ACT_WORD.finditer(text, match.start() + 1, match.end())
        ):
            # "The Budapest Convention, whatever its merits, …, and my country has no
            # intention of acceding to it": the act refused inside the topic's words.
            return "oppose", "negated-act", False

        if (
            counter
            and all(
                m.start() >= match.end()
                # (a cue of the clause before: "X will only be effective if it is broadly
                # accepted, and a process launched by a divided vote begins with a deficit")
                or grammar.NEXT_CLAUSE.search(text, m.end(), match.start())
                for m, _ in cues
            )
            and grammar.HARM_AFTER.match(text, match.end())
        ):
            # "A convention adopted by a divided vote would start its life weakened, and
            # would be ratified by fewer States": the harm the counter words lead to is the
            # point, whatever cue the harm's own words hold.
            return "support", "denied-counter-statement", False
        cue, kind = _nearest(cues, text, match)
        return self._cue_polarity(topic, text, match, counter, cue, kind)

    def _question(
        self, topic: Topic, text: str, match: re.Match[str], counter: bool, answer: str | None
    ) -> tuple[Polarity, str, bool] | None:
        """A rhetorical question: its answer, a negation near the topic's words, or a
        question that denies what it asks."""
        negative = answer is not None and _first(self._cues("negative-answer"), answer)
        if (
            negative
            and self._about_treaty(topic)
            and grammar.QUALIFIED_AFTER.match(text, match.end())
        ):
            # "But do we need a convention that is easy to agree upon and impossible to apply?
            # We do not think so.": the answer refuses a kind of convention, not the one
            # under negotiation.
            return None
        if negative and grammar.SUBORDINATE_BEFORE.search(text, 0, match.start()):
            # "Is it wise to negotiate a treaty while the Expert Group is halfway through
            # its work? We do not think so.": the answer is about the main clause.
            return None
        if negative and grammar.TOO_MUCH_TO_ASK.match(text):
            # "Is it too much to ask that a convention built on international cooperation
            # also reflect the obligations … under international human rights law? We do not
            # think so.": what is asked for is wanted; the topic named in passing is not.
            if match.start() < grammar.TOO_MUCH_TO_ASK.match(text).end():
                return None
            return ("oppose" if counter else "support"), "rhetorical-not-too-much", True
        if negative and grammar.SUFFICIENT_QUESTION.match(text):
            # "Is article 24, as drafted, sufficient on its own? We doubt it." asks for
            # more of it (or, of a narrow list of offences, for more than it); "Is it
            # enough to adopt a convention? It is not." is no stance on the treaty.
            if self._about_treaty(topic):
                return None
            return "support", "rhetorical-insufficient", True
        if negative and not counter and grammar.IF_LACKING_AFTER.match(text, match.end()):
            # "Can there be effective cooperation if half of the States lack the means? The
            # answer is no.": the answer is about what is lacking, not the topic.
            return None
        if negative:
            # "Is France opposed to X? Not at all." denies the objection; "Is it reasonable
            # to have a convention that will not allow us to cooperate? We do not think so."
            # denies the negation.
            denied = "support" if _first(self._cues("oppose"), text) else "oppose"
            near = text[max(0, match.start() - 40) : match.start()]
            if grammar.QUESTION_NEGATION.search(near) or grammar.QUESTION_SILENT.search(
                text, max(0, match.start() - 120), match.start()
            ):
                denied = "oppose" if denied == "support" else "support"
            elif not counter and grammar.WITHOUT_AFTER.match(text, match.end(), match.end() + 80):
                # "Can we expect them to run a 24/7 network without the necessary means? We
                # do not think so.": the answer is about what is missing.
                return None
            if counter:
                denied = "oppose" if denied == "support" else "support"
            return denied, "rhetorical-question", True
        if answer is not None and _first(self._cues("positive-answer"), answer):
            return ("oppose" if counter else "support"), "rhetorical-yes", True
        if grammar.WHAT_GAP.match(text):
            # "What gap would such an instrument close …?" doubts that it is needed.
            return ("support" if counter else "oppose"), "rhetorical-what-gap", False
        lo = max(0, match.start() - 40)
        negation = grammar.QUESTION_NEGATION.search(text, lo, match.end() + 40)
        if negation and _in_relative_clause(text, match, negation):
            negation = None
        if (
            negation
            and not counter
            and negation.start() > match.end()
            and grammar.CONDITION_WORD.search(text, match.end(), negation.start())
        ):
            # "How could a prosecutor prove extremism when no two systems define it alike?":
            # the negation is in a condition about something else; the question may argue
            # for the topic or against it.
            return None
        if negation:
            # "How will X work if providers are not bound?" argues that they must be.
            return ("oppose" if counter else "support"), "rhetorical-negation", False
        if grammar.WHY_SHOULD.match(text):
            if not counter and grammar.IF_LACKING_AFTER.match(text, match.end()):
                return None
            if grammar.WITHOUT_WORD.search(text, 0, match.start()):
                # "How can we draft an instrument on interception without stating that it
                # must respect privacy?" argues for what is left out.
                return ("oppose" if counter else "support"), "rhetorical-without", False
            if grammar.ABANDONED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                # "Why would we walk away from a Vienna process that is starting to produce
                # results?" argues for keeping it.
                return ("oppose" if counter else "support"), "rhetorical-abandon", False
            if grammar.LEFT_OUTSIDE_AFTER.match(text, match.end()) or grammar.EXEMPTED.match(
                text, match.start()
            ):
                # "Why should X fall outside a convention on …?" argues that it belongs in it.
                return ("oppose" if counter else "support"), "rhetorical-exclusion", False
            # "Why should the convention cover X?" argues that it should not.
            return ("support" if counter else "oppose"), "rhetorical-why", False
        return None

    def _answer_after_lead(
        self, text: str, others: re.Match[str], match: re.Match[str]
    ) -> tuple[Polarity, str, bool] | None:
        """ "As for the proposals of some delegations to include X, we believe that …": the
        others' proposal and the topic are the lead; the main clause answers them."""
        if not grammar.LEAD_OPENING.match(text):
            return None
        main = grammar.SPEAKER_MAIN_CLAUSE.search(text, max(others.end(), match.end()))
        if main is None or main.start() - others.end() > 200:
            return None
        if any(c in text[: main.start()] for c in ";:!?"):
            return None
        answer = text[main.start() :]
        oppose = _first(self._cues("oppose"), answer)
        support = _first(self._cues("support"), answer)
        if oppose is None and support is not None:
            negated = grammar.NEGATED.search(answer[max(0, support.start() - 30) : support.start()])
            polarity: Polarity = "oppose" if negated else "support"
        elif oppose is not None:
            polarity = "oppose"
        else:
            return None
        if grammar.AGAINST_TOPIC.search(text, others.start(), match.start()):
            # "As for the proposals to delete X, we cannot accept them" defends X.
            polarity = "support" if polarity == "oppose" else "oppose"
        return polarity, "answer-after-lead", False

    def _answer_to_others(
        self, text: str, match: re.Match[str], counter: bool, answer: str | None
    ) -> tuple[Polarity, str, bool] | None:
        """A view attributed to others: a counter view is rebutted, others' proposals are
        the speaker's only through the next sentence's answer."""
        if grammar.OUR_POSITION_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            # "Some delegations have suggested that our insistence on a focused scope reflects
            # a wish to impose …. This is not the case.": the others describe the speaker's
            # position; what is denied is their account of its motive.
            return None
        if counter:
            if grammar.HARM_AFTER.match(text, match.end()):
                return None  # the others argue against the counter words
            if grammar.BOTH_SIDES.search(text):
                # "Countries that were parties to Budapest saw no need for a new treaty;
                # others argued that only a universal instrument could be legitimate": a
                # story of both camps, neither rebutted.
                return None
            # (the answer that disagrees is evidence too)
            answered = answer is not None and _first(self._cues("disagreement"), answer)
            return "support", "rebuttal-of-others", bool(answered)
        # "Some have argued for X. We disagree." The answer is the speaker's view.
        if answer is not None and _first(self._cues("disagreement"), answer):
            # "Some proposed to delete X. We cannot accept this." defends X; so does
            # disagreeing with "… that such safeguards are an obstacle to cooperation".
            # ("We are told that A; that B; …": each view is its own clause.)
            lo = text.rfind(";", 0, match.start()) + 1
            hi = text.find(";", match.end())
            against = (
                grammar.AGAINST_TOPIC.search(text, lo, hi if hi >= 0 else len(text))
                or grammar.OBSTACLE.match(text, match.end())
                # ("… the idea that the private sector can remain outside the obligations of
                # the convention": the others would leave the topic out)
                # (the words may run through the topic's: "the private sector can remain
                # outside the obligations")
                or grammar.REMOVED_AFTER.match(text, match.start())
            )
            # "… that the convention should impose no obligations on providers. We have
            # never shared that view."
            window = text[max(0, match.start() - 45) : match.start()]
            # ("… that the convention should not address safeguards", "… that we are not
            # interested in cooperating": the others deny the topic)
            denied = grammar.NEGATED_TOPIC.search(window) or grammar.DENIED_VERB_BEFORE.search(
                window
            )
            if denied and grammar.RELATIVE_BEFORE.search(window, 0, denied.start()):
                denied = None
            if denied and denied.group().split()[0].lower() in ("no", "silent", "not", "never"):
                against = denied
            return ("support" if against else "oppose"), "disagreement-with-others", True
        return None

    def _stance_cues(
        self, topic: Topic, text: str, match: re.Match[str], counter: bool
    ) -> list[tuple[re.Match[str], str]]:
        """The stance cues of the sentence that may speak of the topic's words."""
        cues: list[tuple[re.Match[str], str]] = []
        # Concern is a stance only on a harm ("concerned about trafficking"); "the threat"
        # or "the scourge" near another topic says nothing about it.
        # Acting against a harm ("we combat the exploitation of children") supports
        # countering it.
        kinds: tuple[str, ...] = ("support", "oppose")
        if topic.problem:
            kinds += ("concern", "harm", "counter-action")
        embedded = [(w.start(), w.end()) for w in grammar.WHETHER.finditer(text)]
        embedded += [
            (w.start(), w.end())
            for w in grammar.RELATIVE_ASIDE.finditer(text)
            if not w.start() <= match.start() < w.end()
        ]
        embedded += [
            (w.start(), w.end())
            for w in grammar.WHICH_ASIDE.finditer(text)
            if not w.start() <= match.start() < w.end() and not 0 <= w.start() - match.end() <= 2
        ]
        embedded += [
            (w.start(), w.end())
            for w in grammar.RATHER_THAN.finditer(text)
            if match.start() < w.start()
        ]
        # "… compatible with the Budapest Convention, so that a small administration is not
        # required to run two procedures": a clause of purpose after the topic's words gives
        # the reason, not a view of them.
        embedded += [
            (w.start(), w.end())
            for w in grammar.PURPOSE_CLAUSE.finditer(text)
            if match.end() <= w.start()
        ]
        for kind in kinds:
            for m in _all(self._cues(kind), text):
                if any(a < m.start() < b for a, b in embedded):
                    continue
                if kind == "support" and grammar.COMPARED_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()
                ):
                    # "… a broader scope than our delegation considered necessary": the
                    # measure compared with, not a view of the topic.
                    continue
                if kind == "support" and grammar.PROPOSED_VERB_BEFORE.search(
                    text, max(0, m.start() - 80), m.start()
                ):
                    # "We regret that the proposals to strengthen X were not retained":
                    # the verb is what was proposed, not the speaker's view.
                    continue
                if (
                    m.end() <= match.start()
                    and grammar.THAT_BEFORE.search(text, 0, m.start())
                    and grammar.ANOTHER_THAT_CLAUSE.search(text, m.end(), match.start())
                ):
                    # "France welcomes the fact that these proposals were rejected … and that
                    # the text could then be approved without a vote": the verb of one
                    # "that" clause says nothing of the next.
                    continue
                overlaps = m.start() < match.end() and match.start() < m.end()
                # A counter cue carries its own negation ("not a human rights convention");
                # "the fight against terrorism" or "the threat of terrorism" names the
                # topic, it takes no position on it;
                # "not duplicate or undermine" is the proposition, not an objection to it.
                # A support cue inside a counter cue is the speaker advocating the
                # negation ("safeguards should be brief", "no need for a new treaty").
                if overlaps and (
                    (counter and kind != "support") or kind in ("counter-action", "harm", "oppose")
                ):
                    continue
                if (
                    counter
                    and kind == "oppose"
                    and grammar.CONTRAST_DENIAL.match(m.group())
                    and grammar.COMMA_ONLY.fullmatch(text, match.end(), m.start())
                ):
                    # "… should be a tightly focused instrument, not a catalogue of every
                    # offence": the denial after the counter words is of the alternative,
                    # and the speaker holds them (for the topic's own words, "contrast").
                    continue
                cues.append((m, kind))
        # A support cue inside an objection that starts before it is part of the
        # objection: "no need to" is not "need to".
        cues = [
            (m, k)
            for m, k in cues
            if k != "support"
            or not any(k2 == "oppose" and o.start() < m.start() < o.end() for o, k2 in cues)
        ]
        concession = grammar.CONCESSION.match(text)
        granted = (
            concession
            and counter
            and match.end() <= concession.end()
            and grammar.GRANTED.search(text, 0, match.start())
        )
        if granted:
            # "While we can accept a limited number of X, we cannot accept Y": the limit the
            # concession grants is a position on its own words.
            cues = [(m, k) for m, k in cues if m.end() <= concession.end()] or cues
        elif concession and any(m.start() >= concession.end() for m, _ in cues):
            cues = [(m, k) for m, k in cues if m.start() >= concession.end()]
        lo = max(text.rfind(";", 0, match.start()), text.rfind(":", 0, match.start()))
        if text.count(";") >= 2 and grammar.ENUMERATED_CLAUSE.match(text, lo + 1):
            # "To conclude: first, X; second, Y should …; third, Z is not acceptable": in
            # a numbered list of clauses, a cue speaks for its own clause when it has one.
            hi = text.find(";", match.end())
            hi = len(text) if hi < 0 else hi
            own = [(m, k) for m, k in cues if lo < m.start() < hi]
            if own:
                cues = own
        return cues

    def _without_cues(
        self, topic: Topic, text: str, match: re.Match[str], counter: bool
    ) -> tuple[Polarity, str, bool] | None:
        """No stance cue: taking part in the fight against a harm, or the speaker asserting
        (or denying) the counter words."""
        if counter and grammar.DESCRIBED_BEFORE.search(text, 0, match.start()):
            return None
        if (
            topic.problem
            and not counter
            and grammar.FIGHT.match(match.group())
            and grammar.TAKING_PART.search(text[max(0, match.start() - 50) : match.start()])
        ):
            # "Kazakhstan is actively involved in the fight against terrorism": taking part
            # in acting against a harm backs it; "the fight against terrorism has cost many
            # lives" only names it.
            return "support", "fight-against-the-harm", False
        if (
            topic.problem
            and not counter
            and grammar.ACTING_AGAINST.match(match.group())
            and not grammar.DETERMINER_BEFORE.search(text, 0, match.start())
            and _first(self._cues("first-person"), text[: match.start()])
        ):
            # "Our Government has made combating terrorism its first task": the speaker
            # acting against a harm backs countering it.
            return "support", "speaker-acts-against-the-harm", False
        if not counter and (
            grammar.SPEAKER_FIRST.match(match.group())
            or grammar.SPEAKER_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            # "we have sought to address this phenomenon in cooperation with other
            # countries": the topic's words have the speaker doing what it proposes.
            return "support", "speaker-does-it", False
        if (
            not counter
            and grammar.SIGNED.match(match.group())
            and grammar.NAMED_SUBJECT.fullmatch(text, 0, match.start())
        ):
            # "Brazil signed the Convention yesterday.": the act is the position.
            return "support", "signed", False
        if not counter and grammar.SUBJECT_SIGNED_BEFORE.fullmatch(text, 0, match.start()):
            # "On 25 October 2025, the European Union signed the United Nations Convention
            # against Cybercrime in Hanoi": the act, before the topic's words.
            return "support", "signed", False
        if not counter and grammar.MODAL_INSIDE.search(match.group()):
            # "A convention meant to be universal can only be elaborated by consensus": the
            # topic's words state the proposition with a modal of their own.
            return "support", "modal-proposition", False
        if counter and (
            grammar.DENIED_AFTER.match(text, match.end())
            # "a convention limited to a short list of offences would leave us without tools"
            or grammar.HARM_AFTER.match(text, match.end())
        ):
            # "A convention that addresses only a handful of offences would not be …"
            return "support", "denied-counter-statement", False
        if counter and any(
            w.start() < match.start() < w.end() for w in grammar.WHETHER.finditer(text)
        ):
            # "The first concerns the scope: whether assistance should be limited to the
            # offences established in the convention, or …" poses the question.
            return None
        # The speaker asserting the negation: "we …", a modal ("X cannot be the
        # reference"), or a denial ("This is a criminal justice instrument, not a
        # human rights treaty"); "the draft has narrowed the list" only reports.
        if counter and (
            # (the speaker as a subject: "These votes were requested by X, a member of our
            # Group" only reports)
            grammar.SPEAKER_SUBJECT.search(text)
            or grammar.MODAL.search(text)
            or grammar.DENIAL.match(match.group())
            # "The Budapest Convention was not drafted with the participation of …"
            or grammar.DENIAL_INSIDE.search(match.group())
            or grammar.VERDICT_INSIDE.search(match.group())
        ):
            # "A universal convention cannot be born from a divided vote" denies the
            # negation.
            before = text[max(0, match.start() - 40) : match.start()]
            if (
                grammar.DENIED_BEFORE.search(before)
                or grammar.COUNTER_DENIED.search(before)
                # ("… a procedural toolbox, rather than new offences that duplicate existing
                # treaties": inside the alternative set aside)
                or any(
                    w.start() < match.start() < w.end() for w in grammar.RATHER_THAN.finditer(text)
                )
                or grammar.DENIED_AFTER.match(text, match.end())
                or grammar.NO_REASON_BEFORE.search(text, max(0, match.start() - 140), match.start())
            ):
                return "support", "denied-counter-statement", False
            return "oppose", "counter-statement", False
        return None

    def _cue_polarity(
        self,
        topic: Topic,
        text: str,
        match: re.Match[str],
        counter: bool,
        cue: re.Match[str],
        kind: str,
    ) -> tuple[Polarity, str, bool] | None:
        """The polarity the chosen cue gives, turned by negations of the cue and of the
        topic's words and by counter words."""
        if (
            kind == "oppose"
            and not counter
            and cue.end() <= match.start()
            and grammar.PREVENTED_FROM.search(text, cue.end(), match.start())
        ):
            # "we do not accept that it should prevent the international community from
            # confronting incitement to terrorism": what is refused is the hindrance.
            return "support", "refused-hindrance", False
        if (
            kind == "oppose"
            and cue.end() <= match.start()
            and grammar.NOT_BUT.match(cue.group())
            and grammar.BUT_WORD.search(text, cue.end(), match.start())
        ):
            # "The real gap is not a legal one but a gap in capacity": what follows "but" is
            # affirmed, not denied.
            return None
        if (
            counter
            and kind == "support"
            and grammar.DESCRIBED_BEFORE.search(text, 0, match.start())
        ):
            return None
        if (
            kind == "oppose"
            and not counter
            and cue.end() <= match.start()
            and grammar.NEGATION_WORD.search(cue.group())
            and grammar.LACKS_BEFORE.search(text, cue.end(), match.start())
        ):
            # "The United States will not support a convention that lacks robust, explicit
            # human rights safeguards": refusing what lacks the topic defends it.
            return "support", f"{kind}-cue+lacking", False
        if (
            kind == "oppose"
            and not counter
            and cue.end() <= match.start()
            and grammar.COMPLAINT_INSIDE.search(match.group())
            and grammar.REGRET_WORD.search(cue.group())
        ):
            # "We regret that the final text remains too narrow": the topic's words are the
            # complaint itself; the regret agrees with them.
            return "support", f"{kind}-cue+complaint", False
        if (
            kind == "support"
            and grammar.PARTY_TO.match(cue.group())
            and grammar.FEW_STATES_BEFORE.search(text, max(0, cue.start() - 80), cue.start())
        ):
            # "Only a small number of African States are party to it": a count of others,
            # no view of the treaty.
            return None
        if (
            kind == "oppose"
            and cue.start() >= match.end()
            and grammar.NEXT_CLAUSE.search(text, match.end(), cue.start())
            and grammar.MEASURED_AGAINST_BEFORE.search(
                text, max(0, match.start() - 100), match.start()
            )
        ):
            # "Such provisions would not be compatible with the freedom of expression …, and
            # we will not be able to support them": the topic is the measure of what is
            # objected to, not its object.
            return None
        before = cue.end() <= match.start()
        if not counter and before and _in_other_clause((cue, kind), text, match):
            return None  # the objection is the first clause's, not the topic's
        if (
            not counter
            and kind == "oppose"
            and before
            and grammar.BREACH_CONDITION.search(text, cue.end(), match.start())
        ):
            # "A State should not be required to transfer data if this would be contrary to its
            # law on the protection of personal data": the objection guards the topic.
            return "support", "objection-if-breached", False
        if not counter and kind == "oppose" and before:
            # "We cannot support drafting that would allow the chapter to bypass the
            # conditions and safeguards", "We regret that several informal consultations have
            # been closed to stakeholders": the objection is to what is done to the topic.
            for done_to, window, rule in (
                (grammar.BYPASSED_BEFORE, 40, "bypass-objected"),
                (grammar.CLOSED_TO_BEFORE, 30, "exclusion-objected"),
            ):
                if done_to.search(text, max(0, match.start() - window), match.start()):
                    return "support", rule, False
        # An objection after the topic's words may be to something else the clause names:
        # the delay, the topic's absence, its removal.
        objection_after = not counter and kind == "oppose" and cue.start() >= match.end()
        if objection_after and grammar.LACKING_AFTER.match(text, match.end()):
            return None
        if objection_after and grammar.DELAY_AFTER.match(text, cue.end()):
            # "our requests for mutual legal assistance should not take months"
            return "support", "delay-objected", False
        if (
            not counter
            and kind == "oppose"
            and (
                grammar.NEGATED_WEAKENING.match(text, cue.start())
                # (the change refused must come before the topic's words it keeps)
                or (
                    cue.end() <= match.start()
                    and grammar.NO_REASON_TO_CHANGE.match(text, cue.start())
                )
            )
        ):
            return "support", "negated-weakening", False
        if (
            objection_after
            and grammar.INITIAL_WITHOUT.match(text)
            and grammar.WITHOUT_BEFORE.search(text, 0, match.start())
        ):
            # "Without such a safeguard for sovereignty, a provision of this kind would not
            # be acceptable"
            return "support", "objection-without", False
        if objection_after and (
            grammar.REMOVED_AFTER.match(text, cue.end())
            or grammar.DELETION_PROPOSED_AFTER.match(text, cue.end())
        ):
            # "… and we could not support a chapter from which they were removed"
            return "support", "objection-to-removal", False
        if not counter and grammar.FAILS_TO.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            return "support", f"{kind}-cue+failure-lamented", False
        if (
            not counter
            and cue.end() <= match.start()
            and (lacking := grammar.NOT_REQUIRED_BEFORE.search(text, 0, match.start()))
            and _first(self._cues("oppose"), text[: lacking.start()])
        ):
            # "We regret that the resolution does not require … decisions by consensus"
            return "support", "oppose-cue+failure-lamented", False
        if (
            not counter
            and kind == "oppose"
            and cue.start() >= match.end()
            and grammar.CONTRAST_AFTER.match(text, match.end())
        ):
            # "a treaty on law enforcement cooperation, not a human rights convention": the
            # denial is of the other thing; the topic's words are affirmed.
            return "support", "contrast", False
        if (
            kind == "oppose"
            and cue.end() <= match.start()
            and grammar.UNLESS_AFTER.match(text, match.end())
        ):
            # "We cannot accept assistance … in the absence of dual criminality": the
            # refusal is of the absence, not of the assistance.
            return None
        if (
            counter
            and (
                cue.start() >= match.end()
                # "We believe that a convention which addresses only a short list of
                # offences cannot respond to …": the belief frames the denial.
                or grammar.BELIEF_FRAME.fullmatch(text, cue.start(), match.start())
            )
            and grammar.DENIED_AFTER.match(text, match.end())
        ):
            # "A convention that addresses only a handful of offences would not be
            # comprehensive" denies the counter words.
            return "support", "denied-counter", False
        if kind in ("concern", "harm", "counter-action"):
            polarity: Polarity = "support" if topic.problem else "oppose"
        else:
            polarity = "support" if kind == "support" else "oppose"
        rule = f"{kind}-cue"
        if (
            kind == "support"
            and not grammar.NOT_BUT_AS.search(text, cue.end(), match.start())
            and (
                grammar.NEGATED.search(text[max(0, cue.start() - 30) : cue.start()])
                or _act_refused(text, cue.start())
                or (
                    (nor := grammar.NOR_START.match(text)) is not None
                    # ("Neither, however, should X be invoked …": the modal of the opening)
                    and (nor.end() <= cue.start() or cue.group().lower() in _MODALS)
                )
                or (
                    grammar.NO_REASON_WHY.search(text, max(0, cue.start() - 120), cue.start())
                    # ("no reason why the convention should be limited to X": the narrowing
                    # is the counter words themselves, so the denial holds)
                    and (counter or not grammar.WEAKENED_AFTER.match(text, cue.end()))
                )
            )
        ):
            polarity, rule = "oppose", "negated-support-cue"
            if (
                not counter
                and re.search(r"\sas\s*$", cue.group())
                and grammar.OBSTACLE.match(text, cue.end())
            ):
                # "We do not view such safeguards as an obstacle to cooperation"
                return "support", "denied-obstacle", False
        elif (
            kind == "oppose"
            and (
                grammar.NEGATED.search(text[max(0, cue.start() - 12) : cue.start()])
                # "We are not, in principle, opposed to …"
                or grammar.NEGATION_AROUND_ASIDE.search(text, max(0, cue.start() - 40), cue.start())
                # "… alongside them without creating conflicting obligations"
                or grammar.WITHOUT.search(text[max(0, cue.start() - 12) : cue.start()])
                # "does not weaken or undermine"
                or grammar.NEGATED_LIST.search(text[max(0, cue.start() - 30) : cue.start()])
            )
        ):
            # "strengthens, and does not undermine, the protection of human rights"
            polarity, rule = "support", "negated-oppose-cue"
        if (
            not counter
            and cue.end() <= match.start()
            and (
                (rule == "negated-support-cue" and grammar.BELIEF.match(cue.group()))
                or (kind == "oppose" and grammar.DENIED_BELIEF.match(cue.group()))
            )
            and grammar.RESTRICTED_AFTER.match(text, match.end())
        ):
            # "We do not share the view that technical assistance can be financed
            # exclusively by voluntary contributions": the doubt is of the restriction.
            return "support", "denied-restriction", False
        window = max(0, match.start() - 45)
        negated = grammar.NEGATED_TOPIC.search(text[window : match.start()])
        if (
            negated
            and cue.start() <= window + negated.start() < cue.end() <= match.start()
            and negated.group().split()[0].lower() in ("not", "no", "never")
        ):
            # "will not support a convention that lacks robust safeguards": the cue's own
            # negation is no denial of the topic; one after the cue may be.
            again = grammar.NEGATED_TOPIC.search(text[cue.end() : match.start()])
            if again:
                window, negated = cue.end(), again
        if negated and grammar.PREDICATE_MATCH.match(match.group()):
            # "… crises affecting humankind cannot be countered individually": the topic's
            # words are a predicate; what stands before them is its subject.
            negated = None
        negation_at = window + negated.start() if negated else -1
        if not negated:
            negated = grammar.NEGATING_PREFIX.search(text, max(0, match.start() - 4))
            negated = negated if negated and negated.end() == match.start() else None
            negation_at = negated.start() if negated else -1
        if not negated:
            # "unilateral measures, which hamper the ability of developing countries to
            # cooperate": what stands in the topic's way, however long its subject.
            negated = grammar.HAMPERED_BEFORE.search(
                text, max(0, match.start() - 120), match.start()
            )
            negation_at = negated.start() if negated else -1
        # "We are disappointed that the provisions on X have been removed" (the cue frames
        # the clause; one inside it, "safeguards we consider essential have been weakened",
        # speaks of X itself).
        if not negated and cue.end() <= match.start():
            negated = grammar.REMOVED_AFTER.match(
                text, match.end()
            ) or grammar.MADE_EXCEPTION_AFTER.match(text, match.end())
            if (
                negated
                and kind == "support"
                and grammar.RELATIVE_VERB.search(negated.group())
                and not grammar.NEXT_CLAUSE.search(negated.group())
            ):
                # "the protocol should address offences that could not be included in the
                # Convention": the relative clause tells which offences; the cue is the
                # speaker's call for them.
                negated = None
            negation_at = match.end()
        if (
            not negated
            and cue.end() <= match.start()
            and grammar.DISCOUNTING_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            # "We warn against treating the human rights provisions as optional": what is
            # objected to is X's being discounted.
            negated = grammar.DISCOUNTED_AFTER.match(text, match.end())
            negation_at = match.end()
        if (
            not negated
            and kind == "oppose"
            and match.end() <= cue.start()
            and (discounted := grammar.DISCOUNTED_AFTER.match(text, match.end()))
            and cue.end() <= discounted.end()
            and grammar.TREATED.search(discounted.group())
        ):
            # "Technical assistance must not be treated as a voluntary annex": the objection
            # is to X's being discounted.
            negated = discounted
            negation_at = match.end()
        if not negated and kind == "support" and cue.end() <= match.start():
            # "We call for all content-related offences to be removed from the text", "we
            # would like to see X deleted from the draft": what is wanted is the removal.
            negated = grammar.REMOVAL_WANTED_AFTER.match(text, match.end())
            negation_at = match.end()
        if not negated and kind == "support" and match.end() <= cue.start():
            # "Content-related offences should be left outside the convention": the cue
            # after the topic's words asks for its removal.
            negated = grammar.CALLED_REMOVED_AFTER.match(text, match.end())
            if negated and negated.end() < cue.start():
                negated = None
            if negated and topic.problem:
                # "… the justification of terrorism should be left outside the convention":
                # an offence kept out of the text, no view of fighting the harm.
                return None
            negation_at = match.end()
        if not negated and cue.end() <= match.start():
            negated = grammar.OMITTED_LIST_BEFORE.search(text, cue.end(), match.start())
            negation_at = negated.start() if negated else -1
        if not negated and cue.end() <= match.start():
            negated = grammar.REMOVAL_BEFORE.search(
                text, max(cue.end(), match.start() - 160), match.start()
            )
            if not negated and _first(self._cues("first-person"), text[: cue.start()]):
                negated = grammar.DELETION_BEFORE.search(
                    text, max(cue.end(), match.start() - 120), match.start()
                )
            negation_at = negated.start() if negated else -1
        if not negated and cue.end() <= match.start():
            # "we regret that stakeholders … could not follow the negotiations"
            negated = grammar.NEGATED_INSIDE.search(match.group())
            negation_at = match.start() + negated.start() if negated else -1
        if (
            negated
            and (
                grammar.CANCELS_NEGATION.search(text[: max(0, negation_at)])
                # "Where a State Party does not extradite its nationals, it must …": a case
                # supposed, not the speaker's denial.
                or grammar.SUPPOSED_CASE.match(text[: max(0, negation_at)])
            )
        ):
            negated = None
        word = negated.group().split()[0].lower() if negated else ""
        # "action against trafficking" is for countering the harm, not against the topic;
        # "not possible without X" affirms X.
        double = grammar.DOUBLE_NEGATIVE.search(text[: match.start()])
        if double and kind == "oppose" and cue.start() <= double.start() < cue.end():
            # "We cannot accept a regime without grounds for refusal": the negation is
            # the objection itself, which the "without" turns into support.
            double = None
        if (word == "against" and (topic.problem or grammar.HARM_START.match(match.group()))) or (
            word == "without"
            and (
                double
                # "Without these guarantees, there will be no convention we could ratify."
                or (
                    grammar.INITIAL_WITHOUT.match(text) is not None
                    and grammar.NEGATION_WORD.search(text, match.end()) is not None
                )
                # "X is essential: without X, we will not be in a position to …"; "without
                # X, there can be no effective fight" (the cue inside what is denied)
                or (
                    (after := grammar.NEGATION_AFTER.match(text, match.end())) is not None
                    and (cue.end() <= match.start() or after.end() <= cue.start())
                )
            )
        ):
            negated = None
        # "We have not acceded to X": the cue inside the topic's words was negated
        # already; the same "not" must not flip it back.
        if negated and rule == "negated-support-cue" and _inside((cue, kind), match):
            negated = None
        if (
            not counter
            and negated
            and kind == "oppose"
            and not topic.problem
            and grammar.NEGATED_POSITION_VERB.match(text, max(0, negation_at))
        ):
            # "… did not support resolution 74/247, and our concerns have not disappeared"
            return "oppose", "oppose-cue+negated-support-verb", False
        if not counter and negated and grammar.BREACH_WORDS.match(negated.group()):
            return "support", "breach-objected", False
        # "does not undermine the protection of X": "undermine" is both the negated
        # objection and the word before X; it counts once.
        if (
            not counter
            and negated
            and rule == "oppose-cue"
            and cue.start() <= negation_at < cue.end()
            and grammar.WEAKENING.match(word)
        ):
            # "Such a provision undermines the judicial sovereignty of States": the
            # objection is to what wears the topic down.
            return "support", "weakening-objected", False
        if negated and (
            (rule == "negated-oppose-cue" and negation_at <= cue.start())
            # "We do not believe the time is ripe": the cue holds the negation.
            or cue.start() <= negation_at < cue.end()
        ):
            negated = None
        if (
            negated
            and negation_at > 0
            and grammar.OTHERS_RELATIVE_BEFORE.search(text, max(0, negation_at - 60), negation_at)
        ):
            # "… cooperation with the many States that are not party to the Budapest
            # Convention": a negation that describes other States, no view of the topic.
            return None
        if not counter and negated and topic.problem and word not in ("against",):
            # "… must ensure that Afghanistan does not become a haven for terrorists": denying
            # the harm is countering it, whatever the cue.
            polarity, rule = "support", rule + "+denied-harm"
        elif not counter and negated:
            polarity = "oppose" if polarity == "support" else "support"
            rule += "+negated-topic"
        if (
            counter
            and rule == "negated-oppose-cue"
            and grammar.JOINED_VERBS.fullmatch(text, cue.end(), match.start())
        ):
            # "must not undermine or duplicate existing instruments": one negation denies
            # both verbs, the counter words with the objection.
            return "support", rule + "+denied-counter", False
        denied_counter = grammar.COUNTER_DENIED.search(
            text[max(0, match.start() - 40) : match.start()]
        )
        # "The Group prefers a comprehensive convention … over a narrow text limited to
        # attacks on computer systems": what is preferred over is set aside.
        set_aside = (
            kind == "support"
            and (
                (
                    cue.end() <= match.start()
                    and grammar.PREFERENCE_OVER.match(text, cue.start(), match.start()) is not None
                )
                # ("Instead of criminalising speech under vague labels, we urge the Committee to
                # keep its focus on …": the alternative set aside first)
                or (
                    match.end() <= cue.start()
                    and grammar.INSTEAD_FIRST.fullmatch(text, 0, match.start()) is not None
                    and "," in text[match.end() : cue.start()]
                )
            )
        )
        if counter and not denied_counter and kind == "support":
            # "What our prosecutors need is a procedural toolbox, rather than new offences
            # that duplicate existing treaties": the counter words inside the alternative
            # set aside.
            denied_counter = next(
                (
                    w
                    for w in grammar.RATHER_THAN.finditer(text, cue.end())
                    if w.start() < match.start() < w.end()
                ),
                None,
            )
        if counter and set_aside and not denied_counter:
            denied_counter = grammar.PREFERENCE_OVER.match(
                text, cue.start(), match.start()
            ) or grammar.INSTEAD_FIRST.fullmatch(text, 0, match.start())
        elif not counter and set_aside and not negated:
            return "oppose", rule + "+set-aside", False
        if counter and negated and grammar.WEAKENING.match(word):
            # "… must not affect the intergovernmental character": the counter words are
            # kept, so the objection's polarity stands.
            rule += "+kept-counter"
        elif counter and (denied_counter or (negated and word == "no")):
            # "build on that experience rather than reinvent it", "and not be reduced to a
            # narrow list": the counter words are denied, so the cue speaks of the topic.
            rule += "+denied-counter"
            if (
                kind == "oppose"
                and denied_counter
                and max(0, match.start() - 40) + denied_counter.start() <= cue.start()
            ):
                # "a strong convention, not a text limited to a few offences": the
                # objection is the denial itself.
                polarity = "support"
        elif counter and kind == "oppose" and grammar.NEGATED_WEAKENING.match(text, cue.start()):
            # "… a limited number of cyber-enabled crimes …, and it should not be reopened":
            # keeping the counter words asserts them.
            polarity, rule = "oppose", rule + "+kept-counter"
        elif (
            counter
            and kind == "oppose"
            and cue.start() >= match.end()
            and (
                grammar.DENIAL_INSIDE.search(match.group())
                # "The Budapest Convention is a regional instrument, drafted without the
                # participation of most developing countries, and some of its provisions
                # are unacceptable": a treaty described as wanting, then objected to
                or (
                    self._about_treaty(topic) and grammar.TREATY_FOUND_WANTING.search(match.group())
                )
            )
        ):
            # "the Budapest Convention cannot serve as a global standard and should not be
            # imposed": a second denial goes on in the same vein, it does not undo the first.
            polarity, rule = "oppose", rule + "+counter-in-the-same-vein"
        elif (
            counter
            and kind == "oppose"
            and cue.start() >= match.end()
            and grammar.OWN_REASON_BEFORE.search(text, match.end(), cue.start())
        ):
            # "We voted against resolution 74/247, in part because we feared that …": the
            # fear is the reason for the counter words, not a regret of them.
            polarity, rule = "oppose", rule + "+counter-for-a-reason"
        elif (
            counter
            and kind == "oppose"
            and cue.end() <= match.start()
            and (gap := grammar.NEXT_CLAUSE.search(text, cue.end(), match.start())) is not None
            and grammar.NOT_PARTY.search(text, 0, gap.start())
        ):
            # "India is not a party to the Budapest Convention, and an instrument negotiated
            # by a limited group of States cannot serve as the global standard": the
            # objection is the first clause's; the second goes on in the same vein.
            polarity, rule = "oppose", rule + "+counter-in-the-next-clause"
        elif counter:
            polarity = "oppose" if polarity == "support" else "support"
            rule += "+counter"
        if topic.problem and polarity == "oppose":
            # Nobody at the UN argues for terrorism or trafficking: "we have always opposed
            # terrorism", "we do not support terrorism" back the fight against it. An
            # objection that does not bear on the harm itself ("the fight against
            # terrorism must not distract us from development") is no position on it.
            if cue.end() <= match.start() and match.start() - cue.end() <= 25:
                return "support", rule + "+against-the-harm", False
            return None
        return polarity, rule, False

    # ---- the extractor -----------------------------------------------------------

    def extract(self, doc: Document) -> Extraction:
        reported = reported_turns(doc.text)
        # A verbatim record of several delegations gives each its own turns too.
        record = reported or tuple(turns(doc.text))
        extraction = self._extract(self._first_person(doc, reported), record)
        if extraction.document is doc:
            return extraction
        # The evidence quotes the text as written, not the mask it was read through.
        return Extraction(
            document=doc,
            stances=tuple(
                dataclasses.replace(
                    s,
                    evidence=tuple(
                        dataclasses.replace(e, text=doc.text[e.start : e.end]) for e in s.evidence
                    ),
                )
                for s in extraction.stances
            ),
            warnings=extraction.warnings,
        )

    @staticmethod
    def _first_person(doc: Document, record: Sequence[Turn]) -> Document:
        """``doc`` as read by the rules: a speech reported in the third person through a
        mask in the first person, and the repetitions of live speech blanked (see
        ``voice``)."""
        speech = doc.text[record[0].start :] if record else doc.text[header_end(doc.text) :]
        text = voice.fluent(doc.text)
        if record or voice.is_reported(speech):
            text = voice.first_person(text)
        return doc if text == doc.text else dataclasses.replace(doc, text=text)

    def _extract(self, doc: Document, candidates: Sequence[Turn]) -> Extraction:
        record = self._delegations(doc, candidates)
        if record:
            # A record in the third person: each delegation's turns are its own view.
            stances: list[Stance] = []
            # The delegations speak to one agenda item: a subject area named in any turn
            # is the meeting's, as a title would say.
            title = doc.text
            for party in dict.fromkeys(p for _, p in record):
                findings = [
                    f
                    for turn, p in record
                    if p == party
                    for f in self._findings(doc, turn.body, turn.end, title, record=True)
                ]
                stances += self._merge(party, findings)
            return Extraction(document=doc, stances=tuple(stances))
        holder = doc.metadata.state
        if not holder:
            return Extraction(
                document=doc,
                warnings=("no State known for the speaker, so no stance has a holder",),
            )
        start, stop = header_end(doc.text), len(doc.text)
        turn = speaker_turn(doc.text)
        if turn is not None:
            # A transcript: only the speaker's turn is the statement.
            start, stop = turn.body, turn.end
        title = doc.text[: turn.start if turn is not None else start]
        findings = self._findings(doc, start, stop, title)
        return Extraction(document=doc, stances=tuple(self._merge(holder, findings)))

    @staticmethod
    def _delegations(doc: Document, candidates: Sequence[Turn]) -> list[tuple[Turn, str]]:
        """The turns of a record in the third person with the party each speaks for, as
        the mentions in its opening words name it ("Mr. A. Person (Nigeria)")."""
        names = sorted(((m.kind, m.id, m.span.start) for m in doc.mentions), key=lambda n: n[2])
        out = []
        for turn in candidates:
            party = party_of(doc.text, turn, names)
            if party and not turn.presiding:
                out.append((turn, party))
        parties = {p for _, p in out}
        if len(parties) < 2 or (
            doc.metadata.state and doc.metadata.state not in parties and is_reply(doc.text)
        ):
            # (a right of reply: the State's own words answer those of the others it quotes)
            return []
        lead = voice.lead_speech(doc.text, header_end(doc.text), out[0][0].start)
        if lead and doc.metadata.state:
            # A mission's page: its own statement, then its account of the exchange.
            out.insert(0, (Turn(lead[0], lead[0], lead[1], "", None, False), doc.metadata.state))
        return out

    def _asked(
        self, text: str, every: Sequence[sentences.Sentence]
    ) -> tuple[list[tuple[int, int]], list[int]]:
        """An interview's questions, which are the journalist's words, and where the
        labels of its turns end ("A:", "LENA HOFBAUER:"). A question answered with "No."
        or "Of course." alone is read with its answer as a rhetorical question would be:
        its last sentence (and the view a tag question asks about: "Some say X. Do you
        agree?") is kept."""
        asked: list[tuple[int, int]] = []
        labels: list[int] = []
        starts = [s.start for s in every]
        for x in voice.interview(text):
            labels += [x.words, x.answer]
            i = bisect_right(starts, x.answer) - 1
            reply = text[x.answer : every[i].end] if i >= 0 and x.answer < every[i].end else ""
            if not (
                x.answered
                and len(reply.strip()) <= 40
                and (
                    _first(self._cues("negative-answer"), reply)
                    or _first(self._cues("positive-answer"), reply)
                )
            ):
                asked.append((x.start, x.end))
                continue
            own = [s for s in every if x.start <= s.start < x.end and s.end > x.words]
            if not own or not own[-1].text.rstrip().endswith("?"):
                # ("Iran has also raised sanctions." — "Yes, and …": no question to answer)
                asked.append((x.start, x.end))
                continue
            keep = own[-1:]
            if len(own) > 1 and grammar.TAG_QUESTION.match(own[-1].text):
                keep = own[-2:]
            asked.append((x.start, keep[0].start if keep else x.end))
        return asked, labels

    def _findings(
        self, doc: Document, start: int, stop: int, title: str, record: bool = False
    ) -> list[_Finding]:
        """The findings of the speech between ``start`` and ``stop`` (one delegation's turn
        of a ``record`` of several)."""
        organizer = self._book.organizer_of(doc.metadata.event)
        every = sentences.split(doc.text)
        asked, labels = self._asked(doc.text, every)
        if not record:
            asked += _other_panellists(doc)
        asked += _quoted_others(doc, every)
        speech = [
            # A turn's first sentence starts after "SPEAKER (…):" (an interview's "A:").
            dataclasses.replace(s, start=at, text=doc.text[at : s.end])
            if (at := max([start] + [x for x in labels if s.start <= x < s.end])) > s.start
            else s
            for s in every
            if s.end > start
            and s.start < stop
            and not s.boilerplate
            and not s.heading
            and not any(lo <= s.start < hi for lo, hi in asked)
        ]
        starts = [sent.start for sent in speech]
        low = casefold.lowered(doc.text)
        todo: dict[int, list[Topic]] = {}
        in_domain: dict[tuple[re.Pattern[str], ...], list[tuple[int, int]]] = {}
        naming: dict[re.Pattern[str], frozenset[int]] = {}
        # A speech that opens on a subject area's own bodies or treaties ("I pay tribute to
        # the Chair of the Ad Hoc Committee", "the adoption of the Convention against
        # Cybercrime") is about it throughout, as a title would say; a General Debate
        # speech opening on a terror attack is not about crime policy throughout.
        opening_end = speech[min(len(speech), _OPENING_SENTENCES) - 1].end if speech else start
        opened_on = {m.id for m in doc.mentions if start <= m.span.start < opening_end}
        titled: dict[tuple[re.Pattern[str], ...], bool] = {}
        # "Third Committee, Crime prevention and criminal justice": a statement on one item
        # of a broad agenda keeps to its subject paragraph by paragraph, as one to a
        # specialised body does.
        broad = self._broad_agenda(organizer) and not grammar.SPECIALISED_ITEM.search(title)
        for topic in self._book.topics:
            if topic.domain and topic.domain not in titled:
                # A statement whose title names the subject area ("… at the adoption
                # of the Convention against Cybercrime") is about it throughout.
                titled[topic.domain] = bool(_first(topic.domain, title)) or bool(
                    opened_on & self._own_entities[topic.domain]
                )
            if topic.domain and organizer not in topic.domain_bodies and not titled[topic.domain]:
                # A topic outside its domain cannot match (step 1): only the stretches
                # of speech where the domain is named (and the sentence after) are read.
                if topic.domain not in in_domain:
                    # A topic of two groups has both groups' subject areas; each group's
                    # pattern is searched once per speech.
                    named = frozenset().union(
                        *(
                            naming.setdefault(p, _naming_sentences(p, speech, doc.text, low))
                            for p in topic.domain
                        )
                    )
                    in_domain[topic.domain] = _domain_ranges(named, speech, back=not broad)
                ranges = in_domain[topic.domain]
            else:
                ranges = [(start, stop)]
            cue_re = self._any_cue[topic.id]
            for lo, hi in ranges:
                for m in casefold.finditer(cue_re, doc.text, low, lo, hi):
                    i = bisect_right(starts, m.start()) - 1
                    if i >= 0 and m.start() < speech[i].end and topic not in todo.get(i, []):
                        todo.setdefault(i, []).append(topic)
        findings: list[_Finding] = []
        order = {t.id: n for n, t in enumerate(self._book.topics)}
        named: dict[int, list[Topic]] = {}  # the topics each sentence is about
        lead_ins = _lead_ins(speech, doc.text)
        for i in sorted(todo):
            sent = speech[i]
            before = speech[i - 1].text if i else ""
            if _REFERRED_BACK.search(sent.text):
                # "… in that area": the area may be named a few sentences before.
                before = "\n".join(s.text for s in speech[max(0, i - 3) : i])
            after = speech[i + 1] if i + 1 < len(speech) else None
            # The context words may stand in the sentence before or after this one.
            around = before + "\n" + (after.text if after else "")
            # "He proposed new articles on X. He explained that …. We do not doubt that ….
            # Japan cannot, however, support the inclusion of these articles.": the answer
            # may come after the others' reasons and what the speaker grants them.
            answer = after
            if after is not None and grammar.ANSWER_BRIDGE.match(after.text):
                for later in speech[i + 2 : i + 5]:
                    if _first(self._cues("disagreement"), later.text):
                        answer = later
                        break
                    if _first(self._cues("others"), later.text):
                        break
            found_here: list[_Finding] = []
            for topic in sorted(todo[i], key=lambda t: order[t.id]):
                # Only matches inside the domain's ranges were queued (see above).
                hit = self._topic_match(topic, sent.text, around, organizer, in_domain=True)
                if hit is None:
                    continue
                named.setdefault(i, []).append(topic)
                match, counter = hit
                if self._only_quoted(sent.text, match, doc):
                    # 'One of them would require each State Party to "adopt … measures to
                    # establish as criminal offences the distribution of materials that …"':
                    # the words are the draft's; the speaker's view of them comes after.
                    continue
                finding = None
                clause = _own_clause(sent.text, match)
                if clause is not None and not _first(self._cues("others"), sent.text):
                    # (not a string of others' views: "We are told that A; that B; …")
                    # A long sentence of several clauses: the clause of the topic's words
                    # speaks first ("… take note of the draft …; we must, however, state
                    # that the text raises serious concerns as regards … the criminalization
                    # of content").
                    finding = self._finding(topic, sent, answer, match, counter, text=clause)
                if finding is None:
                    finding = self._finding(topic, sent, answer, match, counter)
                if finding is None and i in lead_ins:
                    finding = self._list_item_finding(topic, speech[lead_ins[i]], sent, organizer)
                if finding:
                    found_here.append(finding)
                    found_here += self._other_clauses(topic, sent, around, organizer, finding)
            here = {t.id for t in named.get(i, [])}
            findings += [
                f for f in found_here if not (f.polarity == "oppose" and f.topic.yields_to & here)
            ]
        # A sentence naming a topic's target ("Our experience with the Budapest Convention
        # has been positive.") lets the next one refer back to it ("… accede to it").
        licensed = {i: list(topics) for i, topics in named.items()}
        for topic, pattern in self._target_names.items():
            for i in _naming_sentences(pattern, speech, doc.text, low):
                if topic not in licensed.setdefault(i, []):
                    licensed[i].append(topic)
        # "… the Budapest Convention. We respect those who acceded to this instrument. It
        # remains, however, a regional convention": a demonstrative carries the licence on.
        # … up to three sentences on when nothing else is named in between ("This brings me
        # to the Budapest Convention. Several delegations presented it as … We respect the
        # choice of its parties. However, this instrument was drafted by a few States").
        for i in sorted(licensed):
            for j in range(i + 1, min(i + 4, len(speech))):
                if j > i + 1 and named.get(j - 1):
                    break
                if grammar.DEMONSTRATIVE.search(speech[j].text):
                    # the demonstrative's sentence is read (through j - 1), and passes the
                    # licence on to the next (through j)
                    for k in (j - 1, j):
                        for topic in licensed[i]:
                            if topic in self._target_names and topic not in licensed.setdefault(
                                k, []
                            ):
                                licensed[k].append(topic)
                    break
        findings += self._anaphoric(speech, named, licensed)
        findings += self._enumerated_answers(speech, organizer)
        return findings

    def _enumerated_answers(
        self, speech: Sequence[sentences.Sentence], organizer: str | None
    ) -> list[_Finding]:
        """Verdicts on proposals set out in order and answered later by their ordinal
        ("Three proposals are before us. The first would … The second is to … The first
        we cannot accept. The second has our support."): the verdict is read as said of
        the proposal itself."""
        found: list[_Finding] = []
        items: dict[int, str] = {}
        answered: set[int] = set()
        last_item = -10
        for j, sent in enumerate(speech):
            item = grammar.ENUM_ITEM.match(sent.text)
            if item is not None:
                number = _enum_number(item, len(items))
                # (the next may come after the answer to the one before and its reasons)
                if number == 1 or (number == len(items) + 1 and j - last_item <= 8):
                    if number == 1:
                        items, answered = {}, set()
                    items[number] = _enum_proposition(item)
                    last_item = j
                    continue
            views = _two_views(speech, j)
            if views is not None:
                items, last_item = views
                answered = set()
                continue
            # (one proposal may be answered before the next is set out: "The first proposal
            # would add …. The EU cannot accept the first proposal.")
            if not items or (len(items) < 2 and j - last_item > 1) or j - last_item > 20:
                continue
            answers = _enum_answers(sent.text)
            after = speech[j + 1] if j + 1 < len(speech) else None
            since = None if grammar.ENUM_ANSWER.match(sent.text) else 0
            # "The first we cannot accept. … The second … The third … We can support the
            # former; we reject the latter.": the two not yet answered.
            open_items = [n for n in sorted(items) if n not in answered]
            pair_of = open_items if len(open_items) == 2 else sorted(items)
            for answer in answers:
                ordinal = (answer.group("ordinal") or answer.group("also")).lower()
                number = {
                    "last": len(items),
                    "former": pair_of[0],
                    "latter": pair_of[-1],
                }.get(ordinal, grammar.ENUM_ORDINALS.get(ordinal, 0))
                if number not in items or (ordinal in ("former", "latter") and len(pair_of) != 2):
                    continue
                answered.add(number)
                evidence = [Span(sent.start, sent.end, sent.text)]
                verdict = _enum_verdict(sent.text, answer, since)
                if since is not None:
                    since = answer.end()
                if verdict is None and after and grammar.ENUM_VERDICT_AFTER.fullmatch(after.text):
                    verdict = _enum_verdict(after.text, None)
                    evidence.append(Span(after.start, after.end, after.text))
                if verdict is not None:
                    found += self._enum_findings(items[number], verdict, evidence, organizer)
        return found

    def _enum_findings(
        self, proposal: str, verdict: str, evidence: list[Span], organizer: str | None
    ) -> list[_Finding]:
        """The stances a verdict on a proposal takes, read as if said of it in full."""
        found = []
        prefix = f"We {verdict} "
        said = prefix + proposal + "."
        for topic in self._book.topics:
            hit = self._topic_match(topic, said, "", organizer, in_domain=True)
            if hit is None or hit[0].start() < len(prefix):
                continue
            if (
                verdict == "reject"
                and grammar.EXTENDED_OBJECT.search(said, 0, hit[0].start())
                and grammar.TO_ANY.match(said, hit[0].end())
            ):
                # "the proposal to extend mutual legal assistance … to any criminal
                # offence": refused is how far the thing reaches, not the thing.
                continue
            result = self._polarity(topic, said, hit[0], hit[1], None)
            if result is not None:
                rule = result[1] + "+enumerated-answer"
                found.append(_Finding(topic, result[0], tuple(evidence), rule))
        return found

    def _about_treaty(self, topic: Topic) -> bool:
        """Whether the topic's target is a treaty (the Budapest Convention, the new one)."""
        return bool(topic.target) and self._book.kind_of(topic.target) == "Instrument"

    def _broad_agenda(self, organizer: str | None) -> bool:
        """Whether speeches at ``organizer``'s events range over every subject."""
        body = self._book.entity("Body", organizer) if organizer else None
        return body is not None and body.broad_agenda

    @cached_property
    def _own_entities(self) -> dict[tuple[re.Pattern[str], ...], frozenset[str]]:
        """For each subject area, the bodies whose events are in it and the treaties its
        topics are about: naming them says the speech is about the area."""
        # Treaties only as targets: every speech names the United Nations. A treaty is its
        # area's whatever other area a topic about it also belongs to.
        treaties: dict[re.Pattern[str], frozenset[str]] = {}
        for topic in self._book.topics:
            if self._about_treaty(topic):
                for p in topic.domain:
                    treaties[p] = treaties.get(p, frozenset()) | {topic.target}
        out: dict[tuple[re.Pattern[str], ...], frozenset[str]] = {}
        for topic in self._book.topics:
            if topic.domain:
                own = topic.domain_bodies.union(*(treaties.get(p, ()) for p in topic.domain))
                out[topic.domain] = out.get(topic.domain, frozenset()) | own
        return out

    @cached_property
    def _target_names(self) -> dict[Topic, re.Pattern[str]]:
        """For topics that anaphors refer back to, the names of their target entity."""
        out = {}
        for topic in self._book.topics:
            kind = self._book.kind_of(topic.target) if topic.target else None
            entity = self._book.entity(kind, topic.target) if kind and topic.target else None
            if entity is None or not (topic.anaphors or topic.anaphor_counters):
                continue
            names = [rf"\b{re.escape(label)}\b" for label in entity.labels] + list(entity.patterns)
            if names:
                out[topic] = re.compile("|".join(f"(?:{n})" for n in names), re.IGNORECASE)
        return out

    def _only_quoted(self, text: str, match: re.Match[str], doc: Document) -> bool:
        """Whether the topic's words stand inside a quotation of draft text (ten words or
        so) in a sentence whose own words have no first person and do not name the
        speaker's party: a description of the provision, not a view of it."""
        quote = next(
            (q for q in _DRAFT_QUOTATION.finditer(text) if q.start() < match.start() < q.end()),
            None,
        )
        if quote is None:
            return False
        outside = text[: quote.start()] + " " * len(quote.group()) + text[quote.end() :]
        if (
            # (a sentence that is all quotation: a record's account of the delegation's words)
            not re.search(r"[^\W\d_]{2}", outside)
            or _first(self._cues("first-person"), outside)
            or _OWN_WORDING.search(outside)
            # ('"The international community needs a universal instrument," he stressed':
            # someone's words, which a record gives as its delegation's)
            or _SAID_OF_QUOTE.search(outside)
        ):
            return False
        party = doc.metadata.state
        return not any(
            m.kind == "State" and m.id == party and m.span.text in outside for m in doc.mentions
        )

    def _anaphoric(
        self,
        speech: Sequence[sentences.Sentence],
        named: dict[int, list[Topic]],
        licensed: dict[int, list[Topic]],
    ) -> list[_Finding]:
        """Stances taken in the sentence right after one about a topic (or naming its
        target), through an anaphor of the topic ("such criminals", "the convention")."""
        found = []
        # "… proposals to criminalize extremist content. Such offences are vague … We
        # cannot support their inclusion.": a sentence that refers back through an anaphor
        # passes the reference on to the next one.
        # A sentence that names nothing may stand between ("We understand those proposals.
        # We do not believe the text should go further. Offences of this kind can be turned
        # against journalists"), once, and then only a specific anaphor speaks.
        pending = [
            (i + 1, topic, False) for i, topics in sorted(licensed.items()) for topic in topics
        ]
        seen: set[tuple[int, str]] = set()
        while pending:
            j, topic, skipped = pending.pop(0)
            if j >= len(speech) or (j, topic.id) in seen:
                continue
            seen.add((j, topic.id))
            sent = speech[j]
            after = speech[j + 1] if j + 1 < len(speech) else None
            verdict = None
            if (
                not skipped
                and len(named.get(j - 1, [])) <= 1
                # (an answer to others' view is read with it: "Some proposed deleting X.
                # We cannot accept this." defends X)
                and not _first(self._cues("others"), speech[j - 1].text)
            ):
                # "… proposed to add offences on extremist materials. We cannot accept
                # them.": a bare verdict on what the sentence before was about.
                verdict = grammar.PRONOUN_VERDICT.fullmatch(sent.text)
                prev = speech[j - 1].text
                hit = _first(topic.cues, prev) if verdict else None
                if hit and grammar.HARMS_BEFORE.search(prev, max(0, hit.start() - 30), hit.start()):
                    # "… this approach would postpone capacity-building. The Group cannot
                    # support it.": "it" is what harms the topic, not the topic.
                    verdict = None
            if not (topic.anaphors or topic.anaphor_counters or verdict):
                continue
            if topic.blocked_by and _first(topic.blocked_by, sent.text):
                continue
            # "It is a regional instrument, and … should not be limited by its
            # framework": the denial speaks of the topic whatever else the sentence
            # is about, and what else it says is a consequence, not a second polarity.
            question = sent.text.rstrip().endswith("?")
            # "Can an instrument drafted by a few be called universal? We do not think so."
            denied = (
                question
                and after is not None
                and _first(self._cues("negative-answer"), after.text) is not None
            )
            if _first(topic.anaphor_counters, sent.text) and (
                not question or grammar.WHY_SHOULD.match(sent.text) or denied
            ):
                spans = (Span(sent.start, sent.end, sent.text),)
                if denied and after is not None:
                    spans += (Span(after.start, after.end, after.text),)
                found.append(_Finding(topic, "oppose", spans, "anaphor-denial"))
                # "We are not a party to that convention. It was drafted by a few. … we
                # have no intention to accede to it.": the reference goes on.
                pending.append((j + 1, topic, skipped))
                continue
            match = _first(topic.anaphors, sent.text)
            if match is None and verdict:
                match = grammar.PRONOUN.match(sent.text, verdict.start("pronoun"))
            if match is None and not skipped and not named.get(j):
                pending.append((j + 1, topic, True))
                continue
            if (
                match
                and grammar.GENERIC_ANAPHOR.fullmatch(match.group())
                and (skipped or len(named.get(j - 1, [])) > 1)
            ):
                # "… a law-enforcement treaty, not a human rights convention. These
                # provisions do not enjoy support": after a sentence about two topics,
                # "these provisions" may be either.
                continue
            if named.get(j) and not (match and match.start() < 3):
                # The sentence is about a topic of its own ("We doubt the convention
                # needs an article on providers" is about providers, not the
                # convention), unless the anaphor is its subject ("It remains the
                # most effective framework for cooperation").
                continue
            # "The convention must not serve as a tool for …" (the anaphor as the
            # subject of a modal) describes the thing being designed; it takes no
            # position on having it.
            designed = self._about_treaty(topic)
            if match is None or (
                (
                    designed
                    and match.start() < 25
                    and grammar.MODAL_AFTER.match(sent.text, match.end())
                )
                or grammar.OMITS.match(sent.text, match.end())
                or grammar.PART_OF.search(sent.text, max(0, match.start() - 20), match.start())
            ):
                continue
            # "Those crimes claim lives every day; they are not a matter of opinion":
            # only the anaphor's own clause speaks of it.
            clause = sent.text
            for brk in grammar.CLAUSE_BREAK.finditer(sent.text):
                if brk.end() <= match.start():
                    clause = " " * brk.end() + clause[brk.end() :]
                elif brk.start() >= match.end():
                    clause = clause[: brk.start()] + " " * (len(clause) - brk.start())
                    break
            finding = self._finding(topic, sent, after, match, False, "+anaphor", clause)
            if finding:
                found.append(finding)
            elif not named.get(j):
                pending.append((j + 1, topic, skipped))
        return found

    def _other_clauses(
        self,
        topic: Topic,
        sent: sentences.Sentence,
        around: str,
        organizer: str | None,
        first: _Finding,
    ) -> list[_Finding]:
        """ "We are open to a limited number of cyber-enabled offences; at the same time, we
        are cautious about a list of offences so broad …": each clause between semicolons
        (or after ", although") that names the topic takes its own stance too (so the two
        may make it mixed)."""
        text = sent.text
        if text.rstrip().endswith("?"):
            return []
        if first.rule.startswith(("disagreement-with-others", "rebuttal-of-others")):
            # "We are told that A; that B; … Belarus does not accept this logic.": every
            # clause is the others' view, answered as a whole.
            return []
        doubt = grammar.DOUBT_AFTER_BUT.search(text)
        if doubt and first.polarity == "support" and not _first(topic.cues, text[doubt.end() :]):
            return [_Finding(topic, "oppose", first.evidence, first.rule + "+doubt-after-but")]
        clauses = grammar.CLAUSE_BREAK.split(text)
        conceded = grammar.CONCEDED_IN_PRINCIPLE.search(text)
        if len(clauses) < 2 and conceded and (but := grammar.BUT.search(text, conceded.end())):
            # "We are not opposed in principle to X, but …": the concession and the
            # reservation are two positions.
            clauses = [text[: but.start()], text[but.end() :]]
        if len(clauses) < 2:
            return []
        out = []
        for clause in clauses:
            hit = self._topic_match(topic, clause, around, organizer, in_domain=True)
            if hit is not None:
                result = self._polarity(topic, clause, hit[0], hit[1], None)
                if result is not None and result[0] != first.polarity:
                    out.append(_Finding(topic, result[0], first.evidence, result[1] + "+clause"))
        return out

    def _list_item_finding(
        self,
        topic: Topic,
        lead: sentences.Sentence,
        item: sentences.Sentence,
        organizer: str | None,
    ) -> _Finding | None:
        """An item of a list takes its stance from the words that lead into the list ("We
        propose that the convention criminalize:\n- the use of ICTs for …;")."""
        combined = lead.text + "\n" + item.text
        hit = self._topic_match(topic, combined, "", organizer, in_domain=True)
        if hit is None or hit[0].start() <= len(lead.text):
            return None
        result = self._polarity(topic, combined, hit[0], hit[1], None)
        if result is None:
            return None
        spans = (Span(lead.start, lead.end, lead.text), Span(item.start, item.end, item.text))
        return _Finding(topic, result[0], spans, result[1] + "+list-lead-in")

    def _finding(
        self,
        topic: Topic,
        sent: sentences.Sentence,
        after: sentences.Sentence | None,
        match: re.Match[str],
        counter: bool,
        suffix: str = "",
        text: str | None = None,
    ) -> _Finding | None:
        """The stance ``sent`` takes on ``topic``, with the next sentence as evidence
        too when the rule read it (a rhetorical question's answer); ``text`` is the part
        of the sentence read, blanked elsewhere so that offsets hold."""
        result = self._polarity(
            topic,
            sent.text if text is None else text,
            match,
            counter,
            after.text if after else None,
        )
        if result is None:
            return None
        polarity, rule, uses_next = result
        if polarity == "oppose" and (
            grammar.PLACE_NAMED_BEFORE.search(sent.text, max(0, match.start() - 40), match.start())
            or (
                grammar.CHAPTER_BEFORE.search(sent.text, max(0, match.start() - 30), match.start())
                and grammar.FRAMED_AFTER.match(sent.text, match.end())
            )
        ):
            # "… concerned that references in the chapter on cooperation could …": an
            # objection to something placed in the chapter, not to what it is named after.
            return None
        if polarity == "support" and not counter and self._partial(topic, sent.text, match):
            polarity, rule = "mixed", rule + "+partial"
        elif (
            polarity == "support"
            and not counter
            and (granted := grammar.ACCEPTED_BUT_NOT.search(sent.text))
            and granted.start("what") <= match.start()
            and match.end() <= granted.end("what")
        ):
            # "We could accept a general clause on human rights law, but not provisions that
            # would let a State refuse cooperation": accepted only so far.
            polarity, rule = "mixed", rule + "+but-not"
        elif (
            polarity in ("support", "oppose")
            and (conditional := grammar.CONDITIONAL_ACCEPTANCE.search(sent.text))
            and match.end() <= conditional.start("proviso")
        ):
            # "We could accept a reference to human rights only if …", "We could accept a
            # limited number of cyber-enabled offences, provided that …": a middle position
            # on what is accepted (the condition itself is wanted).
            polarity, rule = "mixed", rule + "+conditional"
        elif (
            polarity == "support"
            and not uses_next
            and after is not None
            and (conceded := grammar.CONCEDED_IN_PRINCIPLE.search(sent.text))
            and conceded.start() < match.end()
            and grammar.RESERVATION_START.match(after.text)
        ):
            # "We do not object to the principle of safeguards. However, we see no need to
            # …": accepted in principle, qualified at once.
            polarity, rule, uses_next = "mixed", rule + "+in-principle", True
        evidence = [Span(sent.start, sent.end, sent.text)]
        if uses_next and after is not None:
            evidence.append(Span(after.start, after.end, after.text))
        return _Finding(topic, polarity, tuple(evidence), rule + suffix)

    @staticmethod
    def _partial(topic: Topic, text: str, match: re.Match[str]) -> bool:
        """Whether the topic's words accept the proposition only in part."""
        return any(
            m.start() < match.end() and match.start() < m.end()
            for p in topic.partial_cues
            for m in p.finditer(text)
        )

    def _merge(self, holder: str, findings: list[_Finding]) -> list[Stance]:
        by_topic: dict[str, list[_Finding]] = {}
        for f in findings:
            by_topic.setdefault(f.topic.id, []).append(f)
        stances = []
        for topic_id, group in by_topic.items():
            polarities = {f.polarity for f in group}
            if polarities == {"support"} or polarities == {"oppose"}:
                polarity: Polarity = group[0].polarity
            else:
                polarity = "mixed"
            spans = sorted({s for f in group for s in f.evidence}, key=lambda s: (s.start, s.end))
            rules = sorted({f.rule for f in group})
            stances.append(
                Stance(
                    holder=holder,
                    topic=topic_id,
                    polarity=polarity,
                    evidence=tuple(spans),
                    target=group[0].topic.target,
                    extractor=self.name,
                    rule=",".join(rules),
                )
            )
        return sorted(stances, key=lambda s: s.topic)
