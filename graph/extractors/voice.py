"""Speech reported in the third person: a summary record ("Mr. A. Person (Ghana) said
that his delegation supported …") or a ministry's news item ("The Assistant Minister
stressed that Egypt …").

In a speech given in the first person, "he said" quotes someone else; in a report of a
speech, it is the speaker's own words, and "his delegation" is the speaker's. The stance
rules are written for the first person, so a reported speech is read through a mask of
the same length: the reporting frame ("he stressed") is blanked and the speaker's
possessives read as the first person ("his delegation" as "our delegation").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

_FRAME = re.compile(
    r"\b(?:he|she)\s+(?:also\s+|further\s+|then\s+)?(?:said|stated|stressed|added|noted|"
    r"emphasi[sz]ed|underlined|underscored|affirmed|reaffirmed|recalled|observed|asked|"
    r"pointed out|indicated|explained|concluded|expressed|regretted|welcomed|warned|urged|"
    # (in a speech given in the first person, "He proposed …" is another delegate's view)
    r"called|insisted|argued|maintained|proposed|suggested|contended)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:his|her)(?=\s+(?:delegation|country|Government|government)\b)")
_POSSESSIVE_CAPITAL = re.compile(r"\b(?:His|Her)(?=\s+(?:delegation|country|Government)\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
_QUOTED = re.compile(r"[\"“][^\"”]{0,600}[\"”]")


def _unquoted(text: str) -> str:
    """``text`` without its quotations: what the writer says in their own voice."""
    return _QUOTED.sub(" ", text)


def is_reported(speech: str) -> bool:
    """Whether ``speech`` reports a speech in the third person: the reporting frame comes
    back, and the first person appears only in quotations."""
    unquoted = _unquoted(speech)
    return len(_FRAME.findall(unquoted)) >= 2 and len(_FIRST_PERSON.findall(unquoted)) <= 1


# A phrase said twice in live speech: "are not a, a secondary chapter", "we, we believe",
# "the Group supports, the Group supports".
_REPEATED = re.compile(r"\b((?:[A-Za-z]+\s+){0,3}[A-Za-z]+),\s+(?=\1\b)", re.IGNORECASE)


def fluent(text: str) -> str:
    """``text`` with the first of two repeated phrases blanked ("not a, a secondary" reads
    "not    a secondary"), character for character the same length."""
    return _REPEATED.sub(lambda m: " " * len(m.group()), text)


def first_person(text: str) -> str:
    """``text`` with the reporting frames blanked and the speaker's possessives in the
    first person, character for character the same length."""
    text = _FRAME.sub(lambda m: " " * len(m.group()), text)
    text = _POSSESSIVE.sub("our", text)
    return _POSSESSIVE_CAPITAL.sub("Our", text)


_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def on_behalf(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows "on behalf of"."""
    return _ON_BEHALF.search(text, max(0, at - 25), at) is not None


def lead_speech(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a speech in the first person before a record's first turn (a
    mission's statement followed by its account of what others said), if there is one."""
    if end - start < 200:
        return None
    first_person = _FIRST_PERSON.findall(_unquoted(text[start:end]))
    return (start, end) if len(first_person) >= 3 else None


# "Q:", "Question (TASS):", "Journalist:" …
_QUESTION = re.compile(
    r"^[ \t]*(?:Q|Question|Journalist|Reporter|Interviewer|Host|Moderator|Correspondent)"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*[:.][ \t]",
    re.MULTILINE,
)
# … and any other label answers: "A:", "Answer:", "Ambassador Valdés:", "LENA HOFBAUER:".
_LABEL = re.compile(
    # ("Panellist from Egypt:", "Head of the Delegation of Chile:")
    r"^[ \t]*(?P<who>A|Answer|[A-Z][\w'’.-]*"
    r"(?:[ \t]+(?:(?:of|from|for|the|and|de|da|del|van|von|al|el)[ \t]+){0,2}[A-Z][\w'’.-]*){0,5})"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)


def names_an_interview(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text`` (between ``start`` and ``end``) calls itself an interview."""
    return _INTERVIEW.search(text, start, len(text) if end is None else end) is not None


@dataclass(frozen=True)
class Exchange:
    """A journalist's question (``start``–``end``, its label included; ``words`` where
    the label ends) and where the answer's words begin after the answer's own label
    (``answer``); ``answered`` is false when no answer follows (the closing thanks)."""

    start: int
    end: int
    answer: int
    words: int  # where the question's words begin, after its label
    answered: bool = True


# The stance extractor asks once per turn of the same document.
@lru_cache(maxsize=8)
def interview(text: str) -> tuple[Exchange, ...]:
    """The questions of an interview and where their answers begin: turns labelled "Q:"
    or with the journalist's name ("LENA HOFBAUER: … Do you agree?"), or, in a transcript
    without labels, short paragraphs that ask "you" a question. None unless the text
    also has answers."""
    labels = list(_LABEL.finditer(text))
    # ("Interviewer: A. Person" may stand above turns labelled with the name.)
    by_start = {m.start(): m for m in labels if _QUESTION.match(text, m.start())}
    by_start.update((m.start(), m) for m in _journalist(text, labels))
    asked = [by_start[k] for k in sorted(by_start)]
    if asked and any(m not in asked for m in labels):
        out = []
        for m in asked:
            after = next((x for x in labels if x.start() > m.start()), None)
            # A question ends with its paragraph at the latest: words after it that no
            # label introduces are not the journalist's.
            blank = _BLANK_LINE.search(text, m.end())
            end = min(after.start() if after else len(text), blank.end() if blank else len(text))
            if after is not None and end < after.start():
                after = None
            if after is None or after in asked:
                # (the closing thanks, or a question asked again)
                out.append(Exchange(m.start(), end, end, m.end(), answered=False))
            else:
                out.append(Exchange(m.start(), end, after.end(), m.end()))
        return tuple(out)
    if labels:
        return ()
    return _unlabelled(text)


def _journalist(text: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The turns of the one label that asks questions, when another one answers them."""
    turns: dict[str, list[re.Match[str]]] = {}
    asks: dict[str, int] = {}
    for n, m in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        who = " ".join(m.group("who").split()).casefold()
        turns.setdefault(who, []).append(m)
        asks[who] = asks.get(who, 0) + text[m.end() : end].rstrip().endswith("?")
    # (a header's "Address:" or "Note:" line is no turn of either)
    share = {w: asks[w] / len(ms) for w, ms in turns.items()}
    asking = [w for w in turns if asks[w] >= 2 and share[w] >= 0.4]
    # (the guest asks back now and then; the host, at least three times as often)
    answering = [w for w, ms in turns.items() if len(ms) >= 2 and w not in asking]
    if len(asking) != 1 or not answering:
        return []
    if any(share[w] * 3 > share[asking[0]] for w in answering):
        return []
    return turns[asking[0]]


def _unlabelled(text: str) -> tuple[Exchange, ...]:
    """Questions in short paragraphs of their own, each followed by an answer: three or
    more, one of them asking "you", or in a text that calls itself an interview."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    out = []
    for m, after in itertools.pairwise(paragraphs):
        words = m.group().strip()
        if words.endswith("?") and len(words) <= 500 and not after.group().rstrip().endswith("?"):
            out.append(Exchange(m.start(), after.start(), after.start(), m.start()))
    if len(out) < 3 or not (
        any(_YOU.search(text, x.start, x.end) for x in out)
        or names_an_interview(text, 0, out[0].start)
    ):
        return ()
    return tuple(out)


# 'The British representative stated: "Throughout these negotiations …"': another's words
# quoted at length after a verb of saying.
_QUOTED_SAYING = re.compile(
    r"\b(?P<verb>said|stated|added|declared|claimed|argued|asserted|insisted|alleged|wrote"
    # ('He went on: "…"', "warned", "announced")
    r"|went on|continued|announced|warned|proclaimed|boasted"
    r"|told (?:us|(?:the|this) (?:Committee|Assembly|meeting|Conference|Commission))|put it"
    r"|accused [^.;:\"“]{3,60}? of)"
    r"(?:,? (?:in (?:its|his|her|their) (?:statement|intervention)|this morning|earlier|"
    r"yesterday|today|once again),?)?(?: that)?[ \t]*[:,]?[ \t]*"
    r"[\"“](?P<quote>[^\"”]{40,3000})[\"”]"
)


_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


# (asked once per turn of the same document, as ``interview`` is)
@lru_cache(maxsize=8)
def quoted_sayings(text: str) -> tuple[tuple[int, int, int], ...]:
    """Quotations of two sentences or more after a verb of saying: where the verb is,
    where the quotation starts and where it ends. (A one-sentence quotation is read as
    what others said, which the next sentence may answer.)"""
    return tuple(
        (m.start("verb"), m.start("quote"), m.end("quote"))
        for m in _QUOTED_SAYING.finditer(text)
        if _NEXT_SENTENCE.search(m.group("quote"))
    )


@lru_cache(maxsize=8)
def labelled_turns(text: str) -> tuple[tuple[int, int, int], ...]:
    """Every turn a label opens ("MS. A. PERSON (India):", "Panellist from Egypt:"): where
    the label starts, where it ends and where the turn ends (at the next label)."""
    labels = list(_LABEL.finditer(text))
    return tuple(
        (m.start(), m.end(), labels[n + 1].start() if n + 1 < len(labels) else len(text))
        for n, m in enumerate(labels)
    )
