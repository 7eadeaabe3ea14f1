"""Reading a statement's header: who speaks, in what role, for whom, where and when.

Diplomatic statements open with a title block ("Statement by <role> <Name> at the
<session> of <body>, <place>, <date>"), sometimes after a letterhead; the speech
proper starts at the salutation ("Mr. Chairperson,", "Dear colleagues,").
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_PATTERNS = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"\b(?P<m>{_MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b"),
)
_SALUTATION = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Madam|Madame|Ms)\.?\s+(?:Chair\w*|President|Vice[- ]Chair\w*|Co-Chairs?)|"
    r"Dear (?:colleagues|friends|Chair\w*)|Excellenc(?:y|ies)|Distinguished|Ladies and gentlemen|"
    r"Your Excellenc\w+|Colleagues|Thank you,? (?:Mr|Madam))",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE = re.compile(
    r"(?:statement|remarks|speech|address|intervention|presentation|comments)[\s*_]+"
    r"(?:delivered\s+|made\s+|given\s+)?by\s+(?P<rest>.+?)"
    r"(?=\s+(?:at|during|before|on the occasion of)\s+the\b|,\s|\*\*|\n\s*\n|\s*$)",
    re.IGNORECASE | re.DOTALL,
)
_HONORIFIC = re.compile(
    r"^(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|"
    r"Ambassador|Amb\.|Sir|Dame)\s+"
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z]\.|(?:de|da|van|von|bin|al|el|del|la|le)\b)$"
)
_ORG = re.compile(
    r"\b(?:(?:Permanent )?Mission|Ministry|Department|Directorate|Embassy|Agency|"
    r"Delegation)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z](?:[^,;*\n]|\n(?!\s*\n))*?"
    r"(?=\s+(?:at|on|by|in)\s+the\b|\s+of\s+the\s+MFA\b|[,;*]|\n\s*\n|$)"
)
_TRANSLATION = re.compile(
    r"\b(?:unofficial|non-official|informal|courtesy)\s+translation\b|"
    r"^\s*translation\b",
    re.IGNORECASE | re.MULTILINE,
)


def header_end(text: str, limit: int = 2500) -> int:
    """Offset where the speech starts: the salutation, else the first long paragraph."""
    m = _SALUTATION.search(text, 0, min(len(text), limit))
    if m:
        return m.start()
    pos = 0
    for para in re.split(r"(\n\s*\n)", text[:limit]):
        if len(para) > 300 and para.strip().endswith((".", "!", "?")):
            return pos
        pos += len(para)
    # No salutation and no prose paragraph: a transcript or a line-wrapped speech with
    # no header to skip. Skipping the first ``limit`` characters would lose speech.
    return 0


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in ``text`` as ISO 8601, with its span."""
    best = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                month = (
                    int(m.group("mn"))
                    if "mn" in m.groupdict() and m.group("mn")
                    else dt.datetime.strptime(m.group("m")[:3], "%b").month
                )
                date = dt.date(int(m.group("y")), month, int(m.group("d")))
            except ValueError:
                continue
            if best is None or m.start() < best[1]:
                best = (date.isoformat(), m.start(), m.end())
            break
    return best


def is_translation(header: str) -> bool:
    return _TRANSLATION.search(header) is not None


def speaker_and_role(header: str, is_place: callable) -> tuple[str | None, str | None, int]:
    """Name and role from the title line; ``is_place`` says whether a word names a state."""
    m = _TITLE.search(header)
    if not m:
        return None, None, -1
    rest = re.sub(r"[*_]+", "", m.group("rest"))
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    rest = _HONORIFIC.sub("", rest)
    words = rest.split(" ")
    # The name is the run of capitalised words at the end of the phrase.
    i = len(words)
    while i > 0 and _NAME_TOKEN.match(words[i - 1]):
        i -= 1
    name_words = words[i:]
    while name_words and (is_place(name_words[0]) or _HONORIFIC.match(name_words[0] + " ")):
        name_words = name_words[1:]
    if len(name_words) < 2:
        return None, None, -1
    name = " ".join(name_words)
    role_words = words[: len(words) - len(name_words)]
    role = " ".join(role_words).strip(" ,") or None
    if role:
        role = _HONORIFIC.sub("", role).strip() or None
    offset = header.find(name_words[0], m.start("rest"))
    return name, role, offset


def organizations(header: str, stop_at: int = -1) -> list[tuple[str, int, int]]:
    """National bodies named in the header; ``stop_at`` is where the speaker's name starts."""
    out = []
    for m in _ORG.finditer(header):
        start, end = m.start(), m.end()
        if start < stop_at < end:
            end = stop_at
        while end > start and header[end - 1] in " \n":
            end -= 1
        name = re.sub(r"\s+", " ", header[start:end]).strip()
        out.append((name, start, end))
    return out
