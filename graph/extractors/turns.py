"""Turns of a meeting transcript or record: "[01:13:05] ISLAMIC REPUBLIC OF IRAN (Mr. A.
Person, Deputy Head of Delegation): Thank you, Madam Chair. …", "Mr. Le Hoang Nam (Viet
Nam): …", "THE PRESIDENT: I now give the floor to …".

A statement published as a transcript carries the presiding officer's turns around the
speaker's: the speaker's turn is the statement, and the chair's words (and the country
the chair comes from) are not the speaker's.

A record written in the third person (a summary record: "3. Mr. A. Person (Nigeria),
speaking on behalf of the Group of African States, said that …"; a press release of the
meetings coverage: "The representative of Brazil, speaking in explanation of vote, said
that …") gives several delegations' turns, each the view of its own delegation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import voice
from .header import header_end

_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
# "ISLAMIC REPUBLIC OF IRAN", "MR. LE HOANG NAM", "THE PRESIDENT" …
_CAPS_WHO = r"[A-Z][A-Z.'’ -]{1,60}[A-Z.]"
# … or as a verbatim record writes them: "The President", "Mr. Le Hoang Nam".
_TITLED_WHO = (
    r"The (?:Acting )?(?:President|Chair(?:person|man|woman)?)"
    r"|(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
)
_TURN = re.compile(
    rf"^[ \t]*(?P<stamp>{_STAMP})(?P<who>{_CAPS_WHO}|{_TITLED_WHO})"
    # The words follow on the line or begin the next one (or the one after a blank line:
    # "MEXICO (A. Person, Deputy Legal Adviser):\n\nThank you, Chair.").
    r"(?:[ \t]*\((?P<detail>[^()\n]{2,160})\))?[ \t]*:[ \t]*(?:\n[ \t]*){0,2}(?=\S)",
    re.MULTILINE,
)
_PRESIDING = re.compile(
    r"^(?:the\s+)?(?:acting\s+)?(?:vice-|co-)?(?:chair(?:person|man|woman)?|president)$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:H\.\s?E\.\s+)?(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One turn: where its line starts, where its words start and where it ends, who
    speaks as the record names them, and the parenthesis after ("Viet Nam", "Mr. A.
    Person, Deputy Head of Delegation")."""

    start: int
    body: int
    end: int
    who: str
    detail: str | None
    presiding: bool

    @property
    def person(self) -> tuple[str | None, str | None]:
        """The speaker's name and role, if the record gives them."""
        if self.detail and _HONORIFIC.match(self.detail):
            name, _, role = _HONORIFIC.sub("", self.detail).partition(",")
            return name.strip(), (role.strip() or None)
        if _HONORIFIC.match(self.who):
            name = _HONORIFIC.sub("", self.who).strip()
            return (name.title() if name.isupper() else name), None
        return None, None


def party_of(text: str, turn: Turn, names: Iterable[tuple[str, str, int]]) -> str | None:
    """The party a turn speaks for, from the names in its heading (``(kind, id, start)`` in
    the text's order; ``start`` in ``text``): the first State, or the European Union when it
    comes first or the delegate speaks on its behalf ("The representative of Finland,
    speaking on behalf of the European Union, said"; a group of States would leave the
    floor to the State)."""
    parties = [
        (ident, start)
        for kind, ident, start in names
        if turn.start <= start < turn.body and (kind == "State" or (kind, ident) == ("Body", "eu"))
    ]
    if not parties:
        return None
    if parties[0][0] == "eu" or any(
        ident == "eu" and voice.on_behalf(text, start) for ident, start in parties
    ):
        return "EU"
    return parties[0][0]


def turns(text: str) -> list[Turn]:
    """The turns of ``text`` if it is a transcript (a presiding officer's turn and a
    speaker's turn), else none: "NOTE: check against delivery" is no turn."""
    found = list(_TURN.finditer(text))
    kept = []
    for m in found:
        who = " ".join(m.group("who").split())
        presiding = bool(_PRESIDING.match(who))
        if presiding or m.group("detail") or m.group("stamp"):
            kept.append((m, who, presiding))
    if not any(p for _, _, p in kept) or all(p for _, _, p in kept):
        return []
    out = []
    for n, (m, who, presiding) in enumerate(kept):
        end = kept[n + 1][0].start() if n + 1 < len(kept) else len(text)
        detail = " ".join(m.group("detail").split()) if m.group("detail") else None
        out.append(Turn(m.start(), m.end(), end, who, detail, presiding))
    return out


# The metadata and stance extractors both ask for the same document's turn.
@lru_cache(maxsize=8)
def speaker_turn(text: str) -> Turn | None:
    """The first turn of someone other than the presiding officer."""
    return next((t for t in turns(text) if not t.presiding), None)


def introduced(before: str, surname: str) -> tuple[str, str | None, int] | None:
    """The full name, role and offset under which the chair gave the floor to the speaker
    a turn names by ``surname`` ("I give the floor to New Zealand, Ms. A. B. Person, Legal
    Adviser of …"), searched in the text ``before`` the turn."""
    matches = list(
        re.finditer(
            r"\b(?:Mr|Mrs|Ms|Dr|Madam|H\.\s?E\.)\.?\s+((?:[A-Z][\w'’.-]*\s+){1,3}"
            + re.escape(surname)
            + r")\b(?:,\s+([A-Z][^.;\n]{2,120}?))?(?=[.;\n])",
            before,
        )
    )
    if not matches:
        return None
    found = matches[-1]  # the last introduction before the turn
    return " ".join(found.group(1).split()), found.group(2), found.start(1)


# "said that", "recalled that", "welcomed …": the verb that reports a delegation's words.
_REPORTING = r"(?:said|stated|told|asked|[a-z]{3,}ed)\b(?:\s+that\b)?"
# "3. Mr. A. Person (Nigeria), speaking on behalf of …, said that": a summary record.
_SUMMARY_TURN = re.compile(
    r"[ \t]*\d{1,3}\.[ \t]+(?:(?P<chair>The (?:Acting )?(?:Chair(?:person|man|woman)?|President))"
    r"|(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?P<name>[^()\n]{1,60}?)\s*\((?P<party>[^()]{2,80})\))"
    rf"(?:,[^.;]{{0,240}}?,)?\s+(?:then\s+|also\s+)?{_REPORTING}"
)
# "The representative of Brazil, speaking in explanation of vote before the vote, said
# that": a press release of the meetings coverage; "Also speaking …, the delegate of X said".
_REPORTED_TURN = re.compile(
    r"(?:[^.\n]{0,160}?,\s+)?the\s+(?:representative|delegate|observer)\s+(?:of|for)\s+"
    r"(?P<party>(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5}))"
    rf"(?:,[^.;]{{0,240}}?,)?\s+(?:then\s+|also\s+)?{_REPORTING}"
    # "Introducing the draft, A. B. Person, Deputy Permanent Representative of the
    # Russian Federation, recalled that": the delegate named with the office.
    r"|(?:[^.\n]{0,160}?,\s+)?(?P<named>(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*)),\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}(?-i:Representative|Minister|Ambassador|Secretary|Adviser|Director"
    r"|Envoy|Head)\b[^,.;]{0,60}?\bof\s+"
    r"(?P<office_of>(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})),\s+"
    rf"(?:then\s+|also\s+)?{_REPORTING}",
    re.IGNORECASE,
)
# A paragraph that goes on with the same delegation's words: "He regretted that …",
# "Turning to …, she said that …", "The Group further called on …".
_GOES_ON = re.compile(
    r"[ \t]*(?:\d{1,3}\.[ \t]+|(?:He|She|It|They)\b"
    r"|[^\n]{0,400}?\b(?:he|she)\s+(?:said|added|stressed|continued|warned|noted|argued"
    r"|insisted|recalled|emphasi[sz]ed|concluded|asked|explained|observed))"
)
_PARAGRAPH = re.compile(r"(?:^|\n[ \t]*\n)(?=[ \t]*\S)")
# A sentence in the first person after the reported words: the paragraph's writer answers.
_ANSWERED = re.compile(r"[.!?][\"”’']?\s+(?:We|I|My|Our|Let me|Let us)\b")


@lru_cache(maxsize=8)
def reported_turns(text: str) -> tuple[Turn, ...]:
    """The delegations' turns of a record in the third person, if ``text`` is one: two
    delegations or more, each turn running from the paragraph that introduces it over
    the paragraphs that go on with it."""
    starts = [m.end() for m in _PARAGRAPH.finditer(text)]
    out: list[Turn] = []
    current: tuple[int, int, str, str | None, bool] | None = None

    def close(at: int) -> None:
        if current is not None:
            start, body, who, name, presiding = current
            out.append(Turn(start, body, at, who, name, presiding))

    for n, at in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(text)
        m = _SUMMARY_TURN.match(text, at, stop) or _REPORTED_TURN.match(text, at, stop)
        if m and _ANSWERED.search(text, m.end(), stop):
            # "The representative of X said that … We do not share this assessment.": a
            # speaker quoting another delegation to answer it, not a record of turns.
            m = None
        if m:
            close(at)
            party = m.groupdict().get("party") or m.groupdict().get("office_of")
            who = " ".join((party or m.group("chair") or "").split())
            name = m.groupdict().get("name") or m.groupdict().get("named")
            current = (at, m.end(), who, name and " ".join(name.split()), party is None)
        elif current is not None and not _GOES_ON.match(text, at, stop):
            close(at)  # the record's own narration
            current = None
    close(len(text))
    parties = {t.who for t in out if not t.presiding}
    return tuple(out) if len(parties) >= 2 else ()


# "… in exercise of the right of reply": a delegation answering others, whose words it
# quotes in turns of their own.
_REPLY = re.compile(r"\bright\s+of\s+reply\b", re.IGNORECASE)


def is_reply(text: str) -> bool:
    """Whether the title block says that ``text`` is a delegation's right of reply."""
    return _REPLY.search(text, 0, header_end(text) or min(len(text), 600)) is not None
