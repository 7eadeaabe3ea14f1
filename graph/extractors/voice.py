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

import re
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


_QUESTION = re.compile(r"^[ \t]*(?:Q|Question|Journalist|Reporter)\s*[:.][ \t]", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*(?:A|Answer)\s*[:.][ \t]", re.MULTILINE)


# The stance extractor asks once per turn of the same document.
@lru_cache(maxsize=8)
def interviewer(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of an interview's questions ("Q: Will your country sign?"): the
    journalist's words, not the speaker's. None unless the text also has answers."""
    if not _ANSWER.search(text):
        return ()
    out = []
    for m in _QUESTION.finditer(text):
        answer = _ANSWER.search(text, m.end())
        question = _QUESTION.search(text, m.end())
        ends = [x.start() for x in (answer, question) if x]
        out.append((m.start(), min(ends) if ends else len(text)))
    return tuple(out)
