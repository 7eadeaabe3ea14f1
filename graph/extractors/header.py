"""Reading a statement's header: who speaks, in what role, for whom, where and when.

Diplomatic statements open with a title block ("Statement by <role> <Name> at the
<session> of <body>, <place>, <date>"), sometimes after a letterhead; the speech
proper starts at the salutation ("Mr. Chairperson,", "Dear colleagues,").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache

from .. import codebook
from . import voice

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_PATTERNS = (
    re.compile(
        # (a month in capitals too: "VIENNA, 30 MAY 2022" under the speech)
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)?\s+(?:of\s+)?(?P<m>(?i:{_MONTHS}))\.?,?\s+"
        r"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"\b(?P<m>(?i:{_MONTHS}))\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        r"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b"),
    # "21.08.2023", "14/5/2024": day first, as at the UN.
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<mn>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b"),
    # Bilingual letterheads: "24 de agosto de 2023", "12 janvier 2023".
    re.compile(
        # ("le 1ᵉʳ septembre 2023": the ordinal in superscript letters)
        r"\b(?P<d>\d{1,2})(?:er|ᵉʳ|º)?\s+(?:de\s+)?(?P<ms>[a-zéû]+)\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
)
_FOREIGN_MONTHS = {
    name: n
    for names in (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    )
    for n, name in enumerate(names.split(), start=1)
} | {"setiembre": 9}
# A date closing a span of days: "9-20 January", "30 May – 10 June", "… to 9 February".
_RANGE_END = re.compile(r"(?:\d\s*[-–—]|[a-z]\s+[-–—]|\b(?:to|until))\s*$")
# A web page's date stamps ("Published 2 June 2022", "Posted on 02 Feb 2024") give way
# to any other date, and a date of delivery ("Delivered on: 31 May 2022") wins.
_STAMPED = re.compile(
    # ("Publicado el 24 de abril de 2023", "Publié le …")
    r"\b(?:published|posted|updated|last (?:updated|modified|reviewed)|issued|publicad[oa]"
    r"|publi[ée]e?|actualizad[oa]|mis à jour"
    # (a UN document's masthead: "Distr.: General\n1 February 2024", the day of issue)
    r"|distr\.?:?\s+(?:general|limited|restricted))(?:\s+(?:on|el|le|em))?[\s:]*$",
    re.IGNORECASE,
)
# "28.03.2019, 11:40 | Views: 214": a date with the time of posting is a page's stamp.
_STAMP_AFTER = re.compile(
    r",?[ \t]*(?:(?:[–—|-][ \t]*)?\d{1,2}:\d{2}\b|\|[ \t]*(?:views|hits|comments|reads)\b)",
    re.IGNORECASE,
)
_DELIVERED = re.compile(
    # ("Delivered in Vienna on 18 April 2023." under a web page's stamp "20.04.2023")
    r"\b(?:delivered|date of delivery|date)(?:\s+(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"(?:\s+on)?[\s:.]*(?:[A-Z][a-z]+,\s*)?$"
    # ("… transmit the statement delivered by X at the 1st meeting of the concluding
    # session, on 29 January 2024": a note by the Secretariat)
    r"|\bmeeting(?:\s+of\s+the\s+[\w -]{1,30}?)?,?\s+on\s+(?:[A-Z][a-z]+,\s*)?$",
    re.IGNORECASE,
)
# "Held at Headquarters, New York, on Wednesday, 6 October 2021": a record's meeting day,
# not the day it was issued.
_HELD = re.compile(r"[ \t]*Held\s+(?:at|in)\b[^\n]*\bon\s+(?:[A-Z][a-z]+,\s*)?")
# "Vienna, 6 April 2021" on a line of its own: a dateline, the date of delivery more
# often than a page's unlabelled stamp ("07.04.2021") above it.
_DATELINE = re.compile(r"[ \t*_]*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3},[ \t]*")
_SALUTATION = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?"
    r"(?:(?:Mr|Mrs|Madam|Madame|Ms)\.?\s+(?:Chair\w*|President|Vice[- ]Chair\w*|Co-Chairs?)|"
    r"Dear (?:colleagues|friends|Chair\w*)|Excellenc(?:y|ies)|Distinguished|Ladies and gentlemen|"
    r"Your Excellenc\w+|Colleagues|Thank you,? (?:Mr|Madam|Chair)|"
    # A bare "Chair," or "Mr President," on a line of its own.
    r"(?:Chair(?:person|man|woman)?|President|Co-Chairs?)\s*[,:!]?\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
# Where a title's occasion begins: "… at the 9th session"; not "… Director for Organised
# Crime at the Home Office A. Person" (a ministry is where the speaker works).
_OCCASION_RE = (
    r"\s+(?:(?:at|during|before|on the occasion of)\s+the\b"
    r"(?!\s+(?:Home\s+Office|Foreign\b|Ministry|Department|Embassy|Permanent\s+Mission|Mission\b|Office\s+of|Federal|Cabinet))"
    # "… A. Person in explanation of position after the approval …", "… A. Person on behalf
    # of the member States of …"
    r"|in\s+explanation\s+of\s+(?:the\s+)?(?:vote|position)\b|on\s+behalf\s+of\b)"
)
# A name of two to five capitalised words or initials ("A. B. Person", "Ana Lucia Quispe"),
# case-sensitive inside the case-insensitive title patterns.
# Particles of names of European languages ("Sophie Van den Broeck", "Ana de la Cruz").
_PARTICLES = "de|da|dos|das|du|van|von|der|den|ter|ten|del|la|le"
# (the particles in lower case inside the name)
# (a capital with its accent too: "Radek Šimůnek", "Ólafur Ragnar")
_CAP = r"(?-i:[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ])"
CAPITALISED_NAME = rf"{_CAP}[^\W\d_]*\.?(?:[ -](?:(?-i:{_PARTICLES}) )*{_CAP}[^\W\d_]*\.?){{1,4}}"
_TITLE = re.compile(
    r"(?:statement|remarks|speech|address|intervention|presentation|comments|video\s+message"
    # (outside the UN: "Lecture delivered by …", "Keynote by …", "Testimony of …")
    r"|lecture|keynote|testimony"
    r"|right\s+of\s+reply|(?:press\s+)?briefing"
    r"|explanation\s+of\s+(?:vote|position)(?:\s+(?:before|after)\s+(?:the\s+)?(?:vote|adoption))?)[\s*_]+"
    # "Statement of the Republic of X delivered by …"
    r"(?:(?:of|from)\s+(?:the\s+)?[A-Z][^\n,]{1,80}?\s+(?=delivered\s+by|made\s+by|by\s))?"
    # ("Explanation of vote delivered on 8 August 2024 by …")
    r"(?:as\s+prepared\s+for\s+delivery\s+|as\s+delivered\s+|made\s+|given\s+"
    r"|delivered(?:\s+on\s+(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},\s+\d{4}))?\s+)?"
    # "Statement on behalf of the African Group by Ms. A. Person"
    r"(?:on\s+behalf\s+of\s+[^\n,]{1,80}?\s+)?"
    # ("Statement of Undersecretary of Justice A. Person at …": "of" before an office)
    # ("Remarks of the National Secretary of Justice, A. Person, at …")
    r"(?:by|of(?=\s+(?:H\.\s?E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+|the\s+)?"
    r"(?:(?:National|Federal|Executive|Principal|General)\s+)?(?:Police\s+)?(?:Minister"
    r"|Deputy|Under-?[Ss]ecretary|Undersecretary|Secretary|Director|Ambassador|Head|Chief|Senior"
    r"|Vice|Assistant|Special|Attorney|Prosecutor|Commissioner|Judge|Inspector|Superintendent)\b"
    # ("Remarks of A. B. Person, Deputy Permanent Representative of X": "of" before a name
    # set off by a comma)
    rf"|\s+{CAPITALISED_NAME},"
    # ("Remarks of A. B. Person\nDeputy Permanent Representative of X": or by a line break
    # before an office)
    rf"|\s+{CAPITALISED_NAME}[ \t]*\n[ \t*_]*(?:Permanent"
    r"|Deputy|Ambassador|Minister|Head|Chief|Director|Counsell?or|First|Second|Third|Senior"
    r"|Legal|Special|Vice|Charg[eé]|Secretary|Under-?[Ss]ecretary|Attorney)\b"
    # ("Remarks of H.E. Ms. A. Person", "Remarks of Ms A. Person": "of" before a title of
    # address, with or without its full stop)
    r"|\s+(?:H\.\s?E\.|(?-i:Mr|Ms|Mrs|Dr)\.?)\s+(?-i:[A-Z])))\s+(?P<rest>.+?)"
    rf"(?={_OCCASION_RE}"
    r"|,\s|\*\*|\n\s*\n|\s*\Z"
    # ("Right of reply\nof the Deputy Head of … A. Person\nin response to the statements of …")
    r"|\n(?=[ \t]*in\s+(?:response|reply)\s+to\b)"
    # "Statement by Norway\ndelivered by Ms. A. Person": the line below names the speaker.
    r"|\n[ \t*_]*(?:delivered|presented|read(?: out)?|made)\s+by\b)"
    # A title block often names the speaker on a line of its own:
    # "Delivered by Ms. A. Person, Deputy Head of Delegation".
    # "Vienna, 27 March 2019. Delivered by …", "General statement, delivered on 30 August
    # 2022 by …": after a place, a date or a kind of statement on the same line.
    # … or after a sentence of a title paragraph ("… provisions on criminalization).
    # Delivered by Counsellor A. Person, Vienna, 2 June 2022.")
    # ("– Delivered by A. Person –": a line set between dashes)
    r"|(?:^[ \t*_–—]*(?:[^\n]{0,80}?[.;,]\s+)?|(?<=[.;,] ))"
    # (written comments: "Submitted by Dr. A. Person,", "Transmitted by Minister A. Person")
    r"(?:(?:as\s+)?(?:delivered|presented|read(?: out)?|made|submitted|transmitted)"
    r"(?:\s+on\s+[^\n,]{4,40}?)?"
    # "Delivered on behalf of A, B and C (CANZ)\nby A. Person, Counsellor"
    r"(?:\s+on\s+behalf\s+of\s+[^\n]{1,100}?)?\s+by\s*:?"
    # ("Statement on behalf of the Group … on chapters IV and V\n\nby Ms. A. Person, …": the
    # title's "by" on a line of its own)
    r"|^[ \t*_]*by(?=\s+(?:H\.\s?E\.|(?-i:Mr|Ms|Mrs|Dr)\.?|Ambassador|Minister)\s)"
    # (an article's byline: "By Henrik Person, Ambassador of the European Union to …")
    rf"|^[ \t*_]*(?-i:By)(?=\s+{CAPITALISED_NAME}[ \t]*(?:,|$))"
    r"|(?:[^\W\d_]{1,12}\s*/\s*)?speaker\s*(?::|\.{2,})"
    # a French or Spanish title block: "Intervention de Mme A. Person", "Declaración del
    # Embajador A. Person"
    r"|(?:intervention|d[ée]claration|allocution|discours|intervenci[óo]n|declaraci[óo]n|discurso"
    r"|pronunciamiento|prononc[ée]e?)\s+(?:de|du|del|de\s+la|por|par)"
    r"(?=\s+(?:Mme|Mlle|M\.|S\.\s?E\.|Son\s+Excellence|Sr\.|Sra\.|Se[ñn]or|Se[ñn]ora|Excm[oa]\.?"
    r"|Embajador|Ambassad)))"
    r"\s+(?P<line>[^\n]+?)(?:[ \t*_]|\s[–—])*$",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
_OCCASION = re.compile(_OCCASION_RE, re.IGNORECASE)
# Cities where statements are delivered: the place of a statement, and never a
# speaker's name ("… Ad Hoc Committee\nNew York" closing a title is a place).
VENUE = re.compile(
    r"\b(New York|Vienna|Geneva|Nairobi|Bangkok|Addis Ababa|Hanoi|Kyoto|Doha|Budapest|"
    r"Palermo)\b"
)
# Titles of address or diplomatic rank, not offices: "Minister A. Person, Deputy
# Permanent Representative of X" holds the office after the name (compared in lower case,
# as headers are often set in capitals).
_COURTESY_TITLES = frozenset(
    {"ambassador", "amb.", "excellency", "his excellency", "her excellency", "minister"}
    | {"minister counsellor", "minister-counsellor", "counsellor", "counselor"}
)
# Titles of address that may also stand between an office and the name: "… of X
# Ambassador A. Person" (the office ends before them).
_ADDRESS_TITLES = r"Ambassador|Amb\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.|Madam"
_HONORIFIC = re.compile(
    # ("S.E.M. A. Person", "S.E. Mme A. Person": Son Excellence Monsieur / Madame)
    rf"^(?:{_ADDRESS_TITLES}|S\.\s?E\.(?:\s?M(?:me)?\.?(?=\s))?|"
    r"His Excellency|Her Excellency|Dra\.|Prof\.?|"
    r"Madame|Monsignor|Msgr\.|Mgr\.|Archbishop|Bishop|Cardinal|Reverend|Rev\.|Father|"
    r"Shri|Smt\.?|Sri|Sr\.|Sra\.|Señor|Señora|Excmo\.|Excma\.|Mme\.?|Embajador(?:a)?|"
    r"Ambassadeur|Ambassadrice|"
    # chiefly and royal styles of Fiji and Malaysia: "Ratu A. Person", "Datuk Seri A. Person"
    r"Ratu|Tan Sri|Datuk(?: Seri)?|Dato['’]?(?: Sri)?|"
    r"Ambassador-at-Large|Sir|Dame|Barrister|Barr\.|Engr\.?|Adv\.|Advocate|Atty\.|"
    # ranks of police and armed forces: "Police Colonel A. Person"
    r"(?:Police |Pol\. )?(?:Colonel|Col\.|Major|Maj\.|Lieutenant|Lt\.|Brigadier|Captain|Capt\.)"
    r"(?: General| Colonel)?|(?:Police |Pol\. )General|(?:Minister )?Plenipotentiary|"
    # ("Police Commissioner A. Person", "Chief Superintendent A. Person")
    r"(?:Federal |National )?(?:Police |Divisional |Chief |Deputy |Assistant )?(?:Commissioner"
    r"|Superintendent)"
    r"(?= (?-i:[A-Z])[\w'’-]+(?:-[A-Z][\w'’-]+)? (?-i:[A-Z]))|"
    r"(?:The )?(?:Right |Rt\.? )?Hon(?:ou?rable|\.))\s+"
)
# A diplomatic rank alone, which names no office: "Ambassador Extraordinary and
# Plenipotentiary" above "Permanent Representative of …".
_BARE_RANK = re.compile(
    r"(?:Ambassador|Envoy)(?: Extraordinary and (?:Plenipotentiary|Minister Plenipotentiary))?"
    r"|Minister Plenipotentiary"
)
# Honorifics that are also a rank worth keeping in the role.
_RANK = re.compile(r"Ambassador-at-Large")


def _strip_honorifics(text: str) -> tuple[str, str]:
    """("Ambassador-at-Large", "A. Person") from "H.E. Ambassador-at-Large A. Person"."""
    rank = ""
    while m := _HONORIFIC.match(text):
        if _RANK.match(m.group()):
            rank = m.group().strip()
        text = text[m.end() :]
    return rank, text


# ("Md." and "Mohd.", abbreviations of Muhammad, are written as initials are)
_NAME_PARTICLE = re.compile(
    rf"(?:[A-Z]\.|Md\.|Mohd\.|Muhd\.|(?i:{_PARTICLES}|bin|binti|bint|ibn|al|el|ould))"
)


# A family name set in capitals in a name otherwise in title case ("ZHOU Haoran").
_FAMILY_NAME_IN_CAPITALS = re.compile(r"[^\W\d_a-z]{3,}(?:-[^\W\d_a-z]{2,})?")


def _family_name_case(words: list[str]) -> list[str]:
    """ "ZHOU Haoran" as "Zhou Haoran"; a name all in capitals is left to caps_to_title."""
    if all(w.isupper() for w in words):
        return words
    return [
        w.lower()
        # "María Fernanda DE LA CRUZ": a particle in capitals is written in lower case
        if w.isupper() and _NAME_PARTICLE.fullmatch(w) and not re.fullmatch(r"[A-Z]\.", w)
        else "-".join(p.capitalize() for p in w.split("-"))
        if len(w) > 2 and w.isupper()
        else w
        for w in words
    ]


_PREFIXED_NAME = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Du|Le|La)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def _name_token(word: str) -> bool:
    """A word of a person's name: capitalised ("Nguyễn", "Jean-Pierre", "O'Neill"), an
    initial, or a particle. Letters are tested by their case, so any script's accents
    count ("Hằng", "Łukasz")."""
    if _NAME_PARTICLE.fullmatch(word):
        return True
    if len(word) < 2 or not (word[0].isalpha() and word[0].isupper()):
        return False
    if _FAMILY_NAME_IN_CAPITALS.fullmatch(word) and word not in codebook_acronyms():
        return True  # "Mr. ZHOU Haoran": a family name set in capitals
    if _PREFIXED_NAME.fullmatch(word):
        return True  # "McAllister", "MacDonald", "LeBlanc": a capital after a name prefix
    for prev, c in zip(word, word[1:], strict=False):
        if c in "-'’":
            continue
        if not c.isalpha() or (c.isupper() and prev not in "-'’"):
            return False
    return True


_ORG = re.compile(
    r"\b(?:(?:Permanent )?Mission|Ministry|Department|Directorate|Embassy|Agency|"
    r"Delegation)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]"
    # A breadcrumb ("Delegation of X > Press and information") ends at its separator.
    r"(?:[^,;*>|\n]|\n(?!\s*\n)(?!\s*(?i:delivered|presented|read|statement|remarks|speech)\b)"
    # not into a "Label:" line or a line naming the city
    r"(?![^\n]*\d)(?![ \t]*[A-Z][\w ]{0,25}:)"
    r"(?![^\n]*\b(?:New York|Nueva York|Vienna|Viena|Vienne|Geneva|Ginebra|Genève)\b))*?"
    r"(?=\s+(?:at|on|by|in)\s+the\b|\s+of\s+the\s+MFA\b|[,;*>|]|\n\s*\n|\n(?=[^\n]*\d)|$"
    r"|\n(?=[ \t]*[A-Z][\w ]{0,25}:)"
    r"|\n(?=[^\n]*\b(?:New York|Nueva York|Vienna|Viena|Vienne|Geneva|Ginebra|Genève)\b))"
)
_ORG_LINE = re.compile(
    r"(?:Permanent )?(?:Ministry|Mission|Department|Embassy|Office|Directorate|Agency)\b"
)
_TRANSLATION = re.compile(
    r"\b(?:unofficial|non-official|informal|courtesy|provisional|tentative|free)\s+"
    r"(?:[A-Za-z]+\s+)?translation\b|"
    r"^\s*translation\b|"
    # "Original: Spanish", "Language of delivery: French": the text is a translation.
    r"\b(?:original|language of delivery|delivered in)\s*:?\s*(?!english\b)"
    r"(?:Arabic|Chinese|French|Russian|Spanish|Portuguese|German|Japanese|Korean|Turkish|Persian)\b|"
    # a verbatim record: "Mr. A. Person (Mexico) (spoke in Spanish):", "unofficial English
    # version"
    r"\(spoke in (?!English\b)[A-Z][a-z]+\)|\bunofficial\s+English\s+(?:version|text|rendering)\b|"
    # "Traduction non officielle", "Traducción no oficial", "Tradução não oficial"
    r"\btradu(?:ction|cci[óo]n|[çc][ãa]o)\s+(?:non|no|n[ãa]o)[\s-]+of(?:f)?ici(?:elle|al)\b",
    re.IGNORECASE | re.MULTILINE,
)


_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]")
# An interview's standfirst: who spoke, to whom, where ("X, Joint Secretary …, leads the
# Indian delegation at the sixth session … He spoke to A. Journalist in New York."), part of
# the title block, not of the speech.
_SPEAKER_VOICE = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")
_STANDFIRST = re.compile(
    r"\b(?:(?:He|She|The (?:Deputy )?(?:Minister|Ambassador|Secretary|Director|Chair)) spoke to"
    r"|in an interview (?:with|to)"
    r"|interview (?:given|granted) by|transcript of an interview)\b"
)


# "By Henrik Person, Ambassador of …", "By Ambassador A. Person": an article's byline.
# (or the author's name alone on its line, perhaps marked for a note: "A. B. Person*")
_BYLINE = re.compile(
    rf"\s*(?:By\s+(?:(?:Ambassador|Dr\.?|Professor|H\.\s?E\.)\s+)?{CAPITALISED_NAME}"
    rf"|{CAPITALISED_NAME}[ \t]*[*†]?[ \t]*(?:\n|$))"
)


def header_end(text: str, limit: int = 2500) -> int:
    """Offset where the speech starts: the salutation, else the first long paragraph."""
    m = _SALUTATION.search(text, 0, min(len(text), limit))
    if m:
        return m.start()
    pos = 0
    parts = re.split(r"(\n\s*\n)", text[:limit])
    for n, para in enumerate(parts):
        prose = para.strip().endswith((".", "!", "?"))
        # A long paragraph, or two sentences or more: speech, not a title block.
        if prose and (len(para) > 300 or (len(para) > 80 and _TWO_SENTENCES.search(para))):
            if (
                len(para) < 600
                and (
                    (_STANDFIRST.search(para) and not _SPEAKER_VOICE.search(para))
                    # an op-ed's standfirst, with the byline below it ("… why Ghana said yes\n\n
                    # The United Nations now has a convention … \n\nBy Ambassador A. Person")
                    or any(_BYLINE.match(p) for p in parts[n + 1 : n + 3])
                )
            ):
                pos += len(para)
                continue
            return pos
        pos += len(para)
    # No salutation and no prose paragraph: a transcript or a line-wrapped speech with
    # no header to skip. Skipping the first ``limit`` characters would lose speech.
    return 0


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in ``text`` as ISO 8601, with its span. The last day of a
    session's span ("Vienna, 9-20 January 2023") and a web page's date stamp give way to
    a date of its own ("13 January 2023") when there is one; a date of delivery wins."""
    best = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("ms") is not None and groups["ms"].lower() not in _FOREIGN_MONTHS:
                continue
            try:
                day = int(m.group("d"))
                if groups.get("mn"):
                    month = int(groups["mn"])
                    if month > 12 >= day:  # "5/14/2024" written month first
                        month, day = day, month
                elif groups.get("ms"):
                    month = _FOREIGN_MONTHS[groups["ms"].lower()]
                else:
                    month = dt.datetime.strptime(m.group("m")[:3], "%b").month
                date = dt.date(int(m.group("y")), month, day)
            except ValueError:
                continue
            before = text[max(0, m.start() - 25) : m.start()]
            line_start = text.rfind("\n", 0, m.start()) + 1
            stamped = bool(_STAMPED.search(before) or _STAMP_AFTER.match(text, m.end()))
            key = (
                # ("Date : 2024-01-31 10:27   Hits : 1187" labels a posting, not a delivery)
                not (
                    (
                        _DELIVERED.search(text, max(0, m.start() - 45), m.start())
                        and not _STAMP_AFTER.match(text, m.end())
                    )
                    or _HELD.fullmatch(text, line_start, m.start())
                ),
                # (a session's last day is further from the day of delivery than the page's
                # stamp: "Vienna, 21/05/2019 - 11:42 … Vienna, 20-24 May 2019")
                bool(_RANGE_END.search(text, max(0, m.start() - 12), m.start())),
                stamped,
                not _DATELINE.fullmatch(text, line_start, m.start()),
                m.start(),
            )
            if best is None or key < best[0]:
                best = (key, (date.isoformat(), m.start(), m.end()))
    return best[1] if best else None


def is_span_end(text: str, found: tuple[str, int, int]) -> bool:
    """Whether the date ``find_date`` found is the last day of a session's span ("Vienna,
    11–21 April 2023")."""
    return bool(_RANGE_END.search(text, max(0, found[1] - 12), found[1]))


_PLACE_WORDS = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}"
_CLOSING_DATELINE = re.compile(
    rf"^[ \t*_]*{_PLACE_WORDS}"
    # ("Vienna, 18 April 2023"; "Hanoi, Viet Nam" with the date on the line below)
    rf"(?:(?:,[ \t]*{_PLACE_WORDS})?[ \t]*\n[ \t]*|,[ \t]*)"
    r"(?P<date>[^\n]{6,40}?)[ \t.*_]*$",
    re.MULTILINE,
)


def closing_date(
    text: str, start: int, span_end: str | None = None, reach: int = 800
) -> tuple[str, int, int] | None:
    """A dateline on a line of its own after the speech ("Vienna, 18 April 2023"): the day
    of delivery. With ``span_end`` (the last day of the session the title names) it may
    stand anywhere after ``start`` and must name a day of that session; without, it must
    close the text (its last ``reach`` characters)."""
    last = dt.date.fromisoformat(span_end) if span_end else None
    best = None
    lo = start if last else max(start, len(text) - reach)
    for m in (*_CLOSING_DATELINE.finditer(text, lo), *_CLOSING_DELIVERED.finditer(text, lo)):
        found = find_date(m.group("date"))
        if found is None or found[1] != 0 or found[2] != len(m.group("date")):
            continue
        day = dt.date.fromisoformat(found[0])
        if last is None or last - dt.timedelta(days=31) <= day <= last:
            best = (found[0], m.start("date"), m.end("date"))
    return best


# "(Delivered at the 3rd plenary meeting, Tuesday, 17 November 2026)" under the speech
_CLOSING_DELIVERED = re.compile(
    # ("Delivered in Vienna on 19 May 2026" above a website footer)
    r"^[ \t*_(\[]*(?:Delivered|Statement delivered|Read out|Made)\b[^\n]{0,80}?(?:,|[ \t]on)[ \t]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?P<date>\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})"
    r"[ \t.)\]*_]*$",
    re.MULTILINE,
)


_SIGNATURE_RULE = re.compile(r"^[ \t]*(?:--|—|_{3,}|-{3,})[ \t]*$", re.MULTILINE)


def signature_block(text: str, reach: int = 1200) -> int | None:
    """Where a closing signature block starts: the lines after a rule ("--") near the end,
    when they are short (a name, a role, a mission, a place and date), else None."""
    rules = list(_SIGNATURE_RULE.finditer(text, max(0, len(text) - reach)))
    if not rules:
        return _signed_last_paragraph(text)
    # "Delivered by A. Person, Counsellor …" above a rule and the mission's address: the
    # line above the rule signs the statement, the footer does not.
    above = _signed_last_paragraph(text[: rules[-1].start()])
    if above is not None and _DELIVERED_BY_LINE.match(text[above:]):
        return above
    start = rules[-1].end()
    start += len(text[start:]) - len(text[start:].lstrip())
    # The block is the paragraph after the rule; an e-mail's disclaimer or a quoted reply
    # may follow it.
    lines = [line for line in text[start : signature_end(text, start)].splitlines() if line.strip()]
    if not lines or len(lines) > 10 or any(len(line) > 160 for line in lines):
        return None
    return start


def signature_end(text: str, start: int) -> int:
    """Where the signature block that starts at ``start`` ends: its first blank line."""
    blank = re.compile(r"\n[ \t]*\n").search(text, start)
    return blank.start() if blank else len(text)


def trailer_line(text: str, before: int) -> str:
    """The one-line paragraph right above a signature ("As delivered – reconvened
    concluding session of the Ad Hoc Committee, New York, 8 August 2024"), when it dates
    the statement; else ""."""
    para = re.sub(r"\n[ \t]*(?:--|—|_{3,}|-{3,})[ \t]*\s*$", "", text[:before]).rstrip()
    para = para[max(para.rfind("\n\n"), para.rfind("\n \n")) + 1 :].strip()
    if "\n" in para or len(para) > 200 or not find_date(para):
        return ""
    return para


# "Jane Q. Person MP" on a line of its own: a name, perhaps with a post-nominal.
_POST_NOMINALS = r"(?:MP|QC|KC|SC|OBE|CBE|KBE)"
_SIGNED_NAME = re.compile(
    rf"[ \t]*(?:[A-Z][\w'’.-]+[ \t]+){{1,4}}[A-Z][\w'’-]+(?:[ \t]+{_POST_NOMINALS})?[ \t]*"
)


_POST_NOMINAL = re.compile(rf"\s+{_POST_NOMINALS}$")


_DELIVERED_BY_LINE = re.compile(
    r"^[ \t*_]*(?:delivered|presented|read(?: out)?)\s+by\s+"
    r"(?:(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.?\s+(?-i:[A-Z])"
    # ("Delivered by A. B. Person, Minister-Counsellor": a name without a title, set off by
    # a comma)
    rf"|{CAPITALISED_NAME},)",
    re.IGNORECASE,
)


def _signed_last_paragraph(text: str) -> int | None:
    """Where the last paragraph starts when it is a signature without a rule above it:
    two to six short lines, a name first and an office among the rest ("A. Person MP\n
    Minister of State for Security\nHome Office\n10 February 2026")."""
    tail = text.rstrip()
    start = max(tail.rfind("\n\n"), tail.rfind("\n \n")) + 1
    if _CLOSING_DATELINE.fullmatch(tail[start:].strip()) and start > 1:
        # ("Delivered by A. Person, Deputy Permanent Representative\n\nNew York, 9 February
        # 2024": the dateline set off by a blank line of its own)
        above = tail[: start - 1].rstrip()
        start = max(above.rfind("\n\n"), above.rfind("\n \n")) + 1
    lines = [line for line in tail[start:].splitlines() if line.strip()]
    # (an office may be long: "Permanent Representative of X to the United Nations and other
    # International Organizations in Vienna")
    if not 1 <= len(lines) <= 6 or any(len(line) > 160 for line in lines):
        return None
    if _DELIVERED_BY_LINE.match(lines[0]):
        # "Delivered by Mr. A. Person, Counsellor, Permanent Mission of X\nNew York, 8 August
        # 2024" closing the statement
        return start + (len(tail[start:]) - len(tail[start:].lstrip()))
    if (
        len(lines) < 2
        or not _SIGNED_NAME.fullmatch(lines[0])
        or not any(_role_word().search(line) for line in lines[1:])
    ):
        return None
    return start + (len(tail[start:]) - len(tail[start:].lstrip()))


def is_translation(header: str) -> bool:
    return _TRANSLATION.search(header) is not None


# "(Unofficial translation from Spanish)" on a line of its own, wherever it stands (often
# at the foot, above the mission's address)
_TRANSLATION_NOTE = re.compile(
    r"^[ \t]*[(\[]?[ \t]*(?:(?:unofficial|non-official|courtesy)\s+(?:[A-Za-z]+\s+)?translation"
    # ("[Translation from the Spanish original]")
    r"|translation(?=\s+from\s))"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+(?:\s+original)?)?"
    # ("Unofficial translation. The original French version is authentic.", "Unofficial
    # translation – original: French")
    r"(?:[ \t]*[.;,–—-][ \t]*(?:the\s+)?original\b[^\n]{0,60})?[ \t]*[)\]]?[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


def has_translation_note(text: str) -> bool:
    return _TRANSLATION_NOTE.search(text) is not None


def speaker_and_role(
    header: str,
    is_place: Callable[[str], bool],
    not_name: Callable[[str], bool] = lambda w: False,
) -> tuple[str | None, str | None, int]:
    """Name and role from the title block; ``is_place`` says whether a word names a
    state, ``not_name`` whether a word can never be part of a name.

    The first title line that names a person wins: "Statement by the United States"
    names none, the "Remarks by Ambassador …" line under it does.
    """
    name, role, offset = _speaker_and_role(header, is_place, not_name)
    if name and not role:
        # "Title ....... Minister Counsellor", "Capacity: Head of the Delegation of X"
        labelled = _ROLE_LABEL.search(header)
        if labelled:
            role = _role_after(labelled.group(1))
    return name, role, offset


_LABEL = re.compile(
    r"^[ \t]*(?:[^\W\d_]{1,12}\s*/\s*)?(?:title|capacity|position|function|role)\s*(?::|\.{2,})\s*",
    re.IGNORECASE,
)
_ROLE_LABEL = re.compile(
    r"^[ \t]*(?:[^\W\d_]{1,12}\s*/\s*)?(?:title|capacity|position|function|role)"
    r"\s*(?::|\.{2,})\s*([^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)


def _speaker_and_role(
    header: str,
    is_place: Callable[[str], bool],
    not_name: Callable[[str], bool],
) -> tuple[str | None, str | None, int]:
    pos = 0
    while m := _TITLE.search(header, pos):
        # Title lines may nest ("Statement by X\nDelivered by Y"): each start is tried.
        pos = m.start() + 1
        group = "line" if m.group("line") is not None else "rest"
        found = _name_and_role(header, m, group, is_place, not_name)
        if found[0]:
            return found
        if group == "line" and "," in m.group("line"):
            # "Delivered by the Permanent Representative of X, H.E. Ambassador A. Person"
            role, name = m.group("line").rsplit(",", 1)
            found = _name_and_role(header, m, group, is_place, not_name, name)
            if found[0]:
                return found[0], _role_after(role), found[2]
        if group == "rest":
            # "Statement by the Delegation of X\ndelivered by Ms. A. Person,\nCoordinator …":
            # the line below names the speaker before any clause of this one's paragraph.
            nested = _TITLE.search(header, m.end("rest"))
            if (
                nested is not None
                and nested.group("line") is not None
                and not re.search(r"\n[ \t*_]*\n", header[m.end("rest") : nested.start()])
            ):
                found = _name_and_role(header, nested, "line", is_place, not_name)
                if found[0]:
                    return found
            found = _name_between_commas(header, m, is_place, not_name)
            if found[0]:
                return found
            # "… delivered by Director A. Person of the Office of Cybercrime, …": the
            # name ends where the office begins.
            head, of, _ = m.group("rest").partition(" of the ")
            if of and (_HONORIFIC.match(head) or _role_word().match(head)):
                found = _name_and_role(header, m, group, is_place, not_name, head)
                if found[0]:
                    return found
    return _stacked(header, is_place, not_name)


_STACKED_RANK = re.compile(r"^(?:(?:Minister[- ])?Counsell?or|(?:First|Second|Third) Secretary)\s+")


def _stacked(
    header: str, is_place: Callable[[str], bool], not_name: Callable[[str], bool]
) -> tuple[str | None, str | None, int]:
    """A name on a line of its own with the role on the line below ("Remarks\n\nA. B.
    Person\nHead of the Delegation …") or after a comma ("A. B. Person, Head of the
    Delegation"): the role must name an office."""
    lines = header.split("\n")
    offset = 0
    role_word = _role_word()
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        rest = re.sub(r"[*_]+", "", line).strip()
        inline_role = ""
        if "," in rest:
            rest, inline_role = (x.strip() for x in rest.split(",", 1))
            if not role_word.search(inline_role):
                continue
        elif i + 1 == len(lines):
            continue
        while _HONORIFIC.match(rest + " "):
            rest = _HONORIFIC.sub("", rest + " ", count=1).strip()
        # "Counsellor A. B. Person\nDeputy Permanent Representative": the rank gives way
        # to the office on the line below
        rest = _STACKED_RANK.sub("", rest)
        rest = _POST_NOMINAL.sub("", rest)  # "A. Person MP"
        words = rest.split()
        if not (2 <= len(words) <= 5) or VENUE.fullmatch(rest):
            continue
        if not all(_name_token(w) and not not_name(w) and not is_place(w) for w in words):
            continue
        if inline_role:
            role = _role_after(inline_role)
            if role and role_word.search(role):
                return rest, role, start + line.index(words[0])
            continue
        role = re.sub(r"[*_]+", "", lines[i + 1]).strip()
        if not role or not role[0].isupper() or not role_word.search(role):
            continue
        # A role set in capitals wraps: "… OF GHANA\nTO THE UNITED NATIONS".
        if i + 2 < len(lines) and re.match(r"\s*(?:to|of|at|for|and|in)\b", lines[i + 2], re.I):
            role = f"{role} {lines[i + 2].strip()}"
        return rest, _role_after(role) or role, start + line.index(words[0])
    return None, None, -1


@cache
def _role_word() -> re.Pattern[str]:
    cues = codebook.load().cues.get("role-word", ())
    return re.compile("|".join(f"(?:{p.pattern})" for p in cues) or "(?!)")


def _name_between_commas(
    header: str,
    m: re.Match[str],
    is_place: Callable[[str], bool],
    not_name: Callable[[str], bool],
) -> tuple[str | None, str | None, int]:
    """ "Statement by the Representative of X, Mr. A. Person, Counsellor of Y, at the …":
    the name is a clause of its own; the role is the clause after it, else before it."""
    # The title may wrap over several lines of its paragraph.
    para_end = re.compile(r"\n[ \t*_]*\n").search(header, m.start("rest"))
    line = header[m.start("rest") : para_end.start() if para_end else len(header)]
    line = re.sub(r"\s*\n\s*", " ", line)
    line = re.split(
        r",?\s+(?:(?:at|during|on the occasion of)\s+the|on behalf of)\b", line, maxsplit=1
    )[0]
    clauses = [c.strip() for c in line.split(",")]
    for i, clause in enumerate(clauses[1:], start=1):
        # "Statement by the delegation of Cuba, delivered by A. Person, First Secretary"
        clause = re.sub(r"^(?:delivered|presented|read(?: out)?|made)\s+by\s+", "", clause)
        found = _name_and_role(header, m, "rest", is_place, not_name, clause)
        delivered = clause != clauses[i]
        if not _HONORIFIC.match(clause) and not delivered:
            # A bare clause of capitalised words is more likely a place or a body; one
            # naming an office ends with its holder's name ("Deputy Director of the
            # Department … of the Russian Federation A. Person").
            office = _office_clause(clauses[:i])
            if (
                found[0]
                and not (found[1] and _role_word().search(found[1]))
                and len(found[0].split()) == len(clause.split()) >= 2
                and office
            ):
                # "by the Director of Legal Affairs of the Ministry of X, A. B. Person, at
                # the …": the name a clause of its own, the office the clause before (or
                # before the ministry: "the Director for X, Ministry of Y, A. Person").
                role = _role_after(office) or office
                return found[0], role, header.find(found[0].split()[0], m.start("rest"))
            if (
                found[0]
                and found[1]
                and not _role_word().search(found[1])
                and _ends_with_place(found[1], is_place)
                and any(_role_word().search(c) for c in clauses[:i])
            ):
                # "by the Deputy Chairman of the Committee of the Ministry of Digital
                # Development, Innovations and Aerospace Industry of the Republic of X A.
                # Person": an office whose name holds a comma, ending with the State.
                role = _role_after(", ".join([*clauses[:i], found[1]])) or found[1]
                return found[0], role, header.find(found[0].split()[0], m.start("rest"))
            if found[0] and found[1] and _role_word().search(found[1]):
                role = found[1]
                if (
                    role.lower() in _COURTESY_TITLES or _DELEGATION_FUNCTION.fullmatch(role)
                ) and _role_word().search(clauses[i - 1]):
                    # "by the Head of the Division … of X, Minister Counsellor A. Person, at
                    # the …": the rank gives way to the office before it; so does the
                    # function in the delegation ("…, Head of the Delegation A. Person").
                    role = _role_after(clauses[i - 1]) or role
                if role.startswith("and "):
                    # "the Solicitor-General …, Federal Ministry of Justice, and Leader of
                    # the Delegation A. Person": the clauses before are one list of titles.
                    role = ", ".join([*clauses[:i], role])
                return found[0], role, header.find(found[0].split()[0], m.start("rest"))
            continue
        rank, bare = _strip_honorifics(clause)
        if found[0] and found[1] and rank and _ends_with_place(found[1], is_place):
            # "…, Ambassador-at-Large of the Ministry of Foreign Affairs of X A. Person at
            # the …": the rank and its ministry, then the name.
            return (
                found[0],
                f"{rank} {found[1]}",
                header.find(found[0].split()[0], m.start("rest")),
            )
        if found[0] and len(found[0].split()) == len(bare.split()):
            after = clauses[i + 1] if i + 1 < len(clauses) else ""
            role = _role_after(after)
            before = _office_before(clauses[:i])
            if not role or (
                _DELEGATION_FUNCTION.fullmatch(role) and before and _role_word().search(before)
            ):
                # "by the Deputy Director-General of X, Ministry of Y, Mr. A. Person, Head of
                # the Delegation of Z": the office, not the function in the delegation.
                role = before
            if rank:
                role = f"{role}, {rank}" if role else rank
            return found[0], role, header.find(found[0].split()[0], m.start("rest"))
    return None, None, -1


# A function in the delegation, not an office: "Head of the Delegation of X", "Delegate".
_DELEGATION_FUNCTION = re.compile(
    r"(?:(?:Deputy|Alternate)\s+)?(?:Head|Chief|Leader|Chair)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?Delegation"
    r"(?:\s+of\s+.+)?|(?:Alternate\s+)?Delegate",
    re.IGNORECASE,
)
# Clauses that name the office's ministry or mission, not an office: "Ministry of Y".
_ORG_CLAUSE = re.compile(
    r"(?:the\s+)?(?:Ministry|Department|Office|Embassy|Permanent Mission|Government)\b"
)


def _last_office(clauses: list[str], passable: Callable[[str], object]) -> int | None:
    """The index of the last clause that names an office, walking back only over clauses
    that ``passable`` lets through."""
    for i in range(len(clauses) - 1, -1, -1):
        if _role_word().search(clauses[i]):
            return i
        if not passable(clauses[i]):
            return None
    return None


def _office_clause(clauses: list[str]) -> str | None:
    """The last clause that names an office, past clauses naming its ministry or mission."""
    i = _last_office(clauses, _ORG_CLAUSE.match)
    return clauses[i] if i is not None else None


def _office_before(clauses: list[str]) -> str | None:
    """The office in the clauses before a name: the last one, or, when it names no office,
    from the last clause that does ("the Minister for Communications, Digital Technology
    and Innovations, Hon. A. Person": an office whose name holds a comma)."""
    if not clauses:
        return None
    if not _role_word().search(clauses[-1]):
        j = _last_office(clauses[:-1], lambda clause: True)
        if j is not None:
            joined = ", ".join(c.strip() for c in clauses[j:])
            return re.sub(r"^(?:the|a|an)\s+", "", joined)
    return _role_after(clauses[-1])


def _ends_with_place(phrase: str, is_place: Callable[[str], bool]) -> bool:
    """Whether ``phrase`` ends with a State's name of one to three words."""
    words = phrase.split()
    return any(is_place(" ".join(words[-k:])) for k in (1, 2, 3))


def _titled_name(item: str, not_name: Callable[[str], bool]) -> bool:
    """Whether ``item`` is courtesy titles followed by a name and nothing else."""
    written = " ".join(item.split())
    words = _strip_honorifics(written)[1].split()
    return (
        len(words) < len(written.split())
        and len(words) >= 2
        and all(_name_token(w) and not not_name(w) for w in words)
    )


def _name_and_role(
    header: str,
    m: re.Match[str],
    group: str,
    is_place: Callable[[str], bool],
    not_name: Callable[[str], bool],
    phrase: str | None = None,
) -> tuple[str | None, str | None, int]:
    after = ""
    # (a clause handed in by the caller was cut from the title already: the title's tail
    # is not its continuation)
    given = phrase is not None
    if phrase is None:
        phrase = m.group(group)
        if group == "line":
            # "delivered by Deputy Assistant Secretary A. Person at the Reconvened Concluding
            # Session …": the occasion is no part of the name.
            phrase = _OCCASION.split(phrase, maxsplit=1)[0]
        if group == "line" and "," in phrase:
            # "Ms. A. Person, Deputy Head of the Delegation …": the role follows the name.
            phrase, after = phrase.split(",", 1)
    if group == "rest" and not given:
        # "Remarks by Ambassador A. Person, Deputy Assistant Secretary of State"
        line_end = header.find("\n", m.end(group))
        tail = header[m.end(group) : len(header) if line_end < 0 else line_end]
        if tail.startswith(","):
            after = tail[1:]
            next_line = header[line_end + 1 :].split("\n", 1)[0] if line_end >= 0 else ""
            if line_end >= 0 and (
                re.search(r"\b(?:of|to|for|and|the|in|at|on)\s*$", after)
                # "…, Director of Criminal Affairs\nand Pardons at the Ministry …"
                or re.match(r"[ \t*_]*(?:and|of|to|for|in)\s", next_line)
            ):
                # "…, Deputy Permanent Representative of\nBrazil to the United Nations"
                after += " " + next_line
            if not after.strip():
                # "STATEMENT BY MINISTER A. PERSON,\nDEPUTY PERMANENT REPRESENTATIVE …"
                next_line = header[line_end + 1 :].split("\n", 1)[0] if line_end >= 0 else ""
                if _role_word().search(next_line):
                    after = next_line
    # A title block may run over several lines: a line that starts in lower case
    # continues the one before ("… Security\nof the MFA of Russia Dmitry Bukin"), one
    # that starts in capitals is a new item (the session, the place): the name and
    # role are in the last item.
    rest = re.sub(r"[*_]+", "", phrase)
    rest = re.sub(r"[ \t]+", " ", rest).strip(" ,")
    # … unless the line breaks a phrase ("… Cybercrime of the\nMinistry of …").
    items = re.split(
        r"(?<!\bof)(?<!\bthe)(?<!\bfor)(?<!\band)(?<!\bto)(?<!\bin)\s*\n\s*(?=[^\W\d_])(?![a-z])",
        rest,
    )
    # "Statement by Counsellor A. Person\nMinistry of Foreign Affairs of X": the last item
    # is the speaker's organisation.
    while len(items) > 1 and _ORG_LINE.match(items[-1]):
        items = items[:-1]
    roles: list[str] = []
    while (
        len(items) > 1
        and _role_word().search(" ".join(items[-1].split()[:3]))
        # "… of Mexico\nAmbassador A. Person at the …": a courtesy title and a name make
        # the speaker's line, not the role's
        and not _titled_name(items[-1], not_name)
    ):
        roles.insert(0, items.pop())
    if roles:
        # "Statement by Ms. A. Person\nDirector, … Division": the last item is the role;
        # of several role lines ("Head of Delegation\nDirector General, …"), the first.
        line_end = header.find("\n", m.end(group))
        tail = header[m.end(group) : len(header) if line_end < 0 else line_end]
        after = roles[0] + (tail if len(roles) == 1 else "")
        below = header[line_end + 1 :].split("\n", 1)[0] if line_end >= 0 else ""
        if after.rstrip().endswith(",") and below[:1].isupper() and _role_word().search(below):
            # "Ambassador Extraordinary and Plenipotentiary,\nPermanent Representative of …":
            # a rank whose comma hands on to the office on the line below.
            after = f"{after.rstrip()} {below.strip()}"
        elif len(roles) > 1 and _BARE_RANK.fullmatch(roles[0].strip(" ,")):
            # … and so does a rank alone on its line.
            after = f"{roles[0].strip(' ,')}, {roles[1].strip()}"
    if (
        len(items) > 1
        and not _role_word().search(items[-1])
        and not _HONORIFIC.match(items[-1])
        and _role_word().search(items[-2])
        and not _ORG_LINE.match(items[-1])
    ):
        # "… Legal Affairs of the Ministry of Foreign\nAffairs of X A. Person": a title
        # wrapped before a capitalised word goes on, the last item names no office.
        items = [*items[:-2], items[-2] + " " + items[-1]]
    elif len(items) > 1 and _titled_name(items[-1], not_name) and _role_word().search(items[-2]):
        # "… Legal Adviser of the Ministry of Foreign Affairs of X\nAmbassador A. Person"
        items = [*items[:-2], items[-2] + " " + items[-1]]
    rest = re.sub(r"\s+", " ", items[-1]).strip()
    while _HONORIFIC.match(rest):  # "H.E. Mr. A. Person"
        rest = _HONORIFIC.sub("", rest, count=1)
    if not rest:
        return None, None, -1
    words = rest.split(" ")
    # The name is the run of capitalised words at the end of the phrase.
    i = len(words)
    while (
        i > 0
        and _name_token(words[i - 1])
        and not not_name(words[i - 1])
        # "Director-General A. Person": an office in one hyphenated word
        and not ("-" in words[i - 1] and _role_word().match(words[i - 1]))
    ):
        i -= 1
    name_words = words[i:]
    while name_words and (is_place(name_words[0]) or _HONORIFIC.match(name_words[0] + " ")):
        name_words = name_words[1:]
    # "… to the United Nations in Vienna A. Person": the city ends the office.
    venue = next(
        (k for k in (2, 1) if VENUE.fullmatch(" ".join(name_words[:k])) and len(name_words) > k),
        0,
    )
    name_words = name_words[venue:]
    # "… of the Russian Federation A. Person": a State's name of several words.
    for k in range(len(name_words) - 2, 1, -1):
        if is_place(" ".join(name_words[:k])):
            name_words = name_words[k:]
            break
    if (
        len(name_words) < 2
        or VENUE.fullmatch(" ".join(name_words))
        # "Statement by Costa Rica at the sixth session": a State is no speaker.
        or is_place(" ".join(name_words))
    ):
        return None, None, -1
    role_words = words[: len(words) - len(name_words)]
    # "… Legal Adviser of the Ministry Ambassador A. Person": the courtesy title before the
    # name closes no office.
    while len(role_words) > 1 and re.fullmatch(_ADDRESS_TITLES, role_words[-1].strip(",")):
        role_words = role_words[:-1]
    name = " ".join(_family_name_case(name_words))
    role = " ".join(role_words).strip(" ,") or None
    if role:
        role = re.sub(r"^(?:the|a|an)\s+", "", _HONORIFIC.sub("", role).strip()) or None
    if group == "line" and not after.strip():
        # "Delivered by Mr. A. Person\nSenior Public Prosecutor, …": the role's own line.
        next_line = header[m.end(group) :].lstrip(" \t*_").partition("\n")[2].split("\n", 1)[0]
        if _role_word().search(next_line):
            # "Capacity: Head of the Delegation": the label is not the role.
            after = _LABEL.sub("", next_line)
    # "H.E. Ambassador A. Person, Permanent Representative of X": a lone courtesy title
    # before the name gives way to the role after it.
    if (not role or role.lower() in _COURTESY_TITLES) and after.strip():
        # (but "Minister Counsellor A. Person, Permanent Mission of X": a mission is no
        # office, the title stays)
        later = _role_after(after)
        if later and (not role or _role_word().search(later)):
            role = later
    offset = header.find(name_words[0], m.start(group))
    return name, role, offset


# "Director, International Crime Division", "Executive Director, Cybercrime Investigation
# and Coordinating Center (CICC)": the unit headed is part of the office.
_UNIT = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on|the)\s+)*){0,8}"
    r"(?:(?:Division|Branch|Bureau|Unit|Department|Directorate|Authority|Agency|Cent(?:er|re)"
    r"|Service)(?:\s*\([A-Z]{2,8}\))?"
    # "Unit for Criminal Policy"; but "Department of Justice" is a ministry, not a unit
    r"|(?:Division|Branch|Unit|Cent(?:er|re))\s+(?:of|for|on)\s+[A-Z][^,]*)\s*$"
)


def _role_after(text: str) -> str | None:
    """The role in "…, Deputy Head of the Delegation of X" (up to a date or place); an
    office held together with it stays ("Judge, Head of the Cybercrime Unit, Ministry of
    Justice": the clauses that name an office)."""
    text = re.split(r"\s+(?:at|during|on the occasion of)\s+the\b", text.strip(), maxsplit=1)[0]
    clauses = text.split(",")
    role = clauses[0]
    for clause in clauses[1:]:
        if (
            not (_role_word().search(clause) or _UNIT.search(clause))
            or find_date(clause)
            or re.search(r"\d", clause)
        ):
            break
        role = f"{role},{clause}"
    role = re.sub(r"[*_]+", "", role).strip(" .")
    role = re.sub(r"^(?:the|a|an)\s+", "", role)
    role = re.sub(r"\s*\([A-Z]{2,8}\)$", "", role)  # the unit's acronym is no office
    # "…, Vienna, 2 June 2022": a place is no role.
    if not role or not role[0].isupper() or find_date(role) or VENUE.fullmatch(role):
        return None
    return role


# In text set in capitals "US" is far more often "us" than the United States.
_CAPS_WORDS = frozenset(
    ["US", "IT", "AM", "NO", "ON", "IN", "AS", "AT", "IS", "OR", "SO", "TO", "WE"]
    + ["BE", "BY", "HE", "ME", "MY", "OF", "DO", "GO", "IF", "AN", "UP"]
)


@cache
def codebook_acronyms() -> frozenset[str]:
    """The acronyms of the codebook's names, kept as written by caps_to_title."""
    return acronyms(label for e in codebook.load().entities for label in e.labels)


def acronyms(labels: Iterable[str]) -> frozenset[str]:
    """Words written in capitals in ``labels`` (UN, EU, UNODC): kept by caps_to_title,
    unless they are also everyday words ("LET US WORK TOGETHER")."""
    return frozenset(
        w
        for label in labels
        for w in re.findall(r"[^\W\d_]{2,}", label)
        if w.isupper() and w not in _CAPS_WORDS
    )


def caps_to_title(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Lines written in capitals, in title case, with every offset unchanged.

    Headers are often set in capitals ("STATEMENT BY THE DELEGATION OF GHANA"), and
    names are matched as written. Words in ``keep`` (acronyms such as UN, EU) stay
    as they are; a word whose case change would alter its length is left alone.
    """
    if not any(_in_capitals(line) for line in text.splitlines()):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if not _in_capitals(line):
            out.append(line)
            continue
        words = re.findall(r"[^\W\d_]{2,}", line)
        # One word in capitals on its line ("ARGENTINA") is a name too; a short one is an
        # acronym ("UN") unless it is a month ("19 MAY 2015").
        short = words and len(words) < 2 and len(words[0]) < 4
        if not words or (short and not re.fullmatch(_MONTHS, words[0].capitalize())):
            out.append(line)
            continue
        out.append(re.sub(r"[^\W\d_]+", lambda w: _title_word(w, keep), line))
    return "".join(out)


# "McKENZIE-HALE", "MacDONALD": a name prefix keeps its small letters in a line in capitals.
_PREFIX_IN_CAPITALS = re.compile(r"\b(Mc|Mac)(?=[^\W\d_a-z]{2,})")


def _in_capitals(line: str) -> bool:
    # isupper: some cased letter, and none in lower case.
    return _PREFIX_IN_CAPITALS.sub(lambda m: m.group().upper(), line).isupper()


_SMALL_WORDS = frozenset(
    ["of", "the", "on", "and", "for", "to", "in", "at", "by", "a", "an", "with", "against"]
    # (a letterhead in the delegation's language: "ROYAUME DU MAROC", "REINO DE ESPAÑA")
    + ["du", "de", "des", "del", "la", "le", "da", "do", "dos", "das"]
)


def _title_word(m: re.Match[str], keep: frozenset[str]) -> str:
    word = m.group()
    if word in keep:
        return word
    if word in ("D", "L") and m.start() > 0 and m.string[m.end() : m.end() + 1] in "'’":
        # "CÔTE D'IVOIRE", "MINISTÈRE DE L'INTÉRIEUR": an elided particle inside a name
        before = m.string[: m.start()].rstrip().rsplit(None, 1)
        if before and before[-1].upper().rstrip(".") not in ("MR", "MRS", "MS", "DR", "H.E"):
            return word.lower()
    prefix = _PREFIX_IN_CAPITALS.match(word)
    if prefix and word[prefix.end() :].isupper():
        return prefix.group() + word[prefix.end() :].capitalize()
    lower = word.lower()
    new = lower if lower in _SMALL_WORDS and m.start() > 0 else lower[:1].upper() + lower[1:]
    return new if len(new) == len(word) else word


def organizations(header: str, stop_at: int = -1) -> list[tuple[str, int, int]]:
    """National bodies named in the header; ``stop_at`` is where the speaker's name starts."""
    out = []
    for m in _ORG.finditer(header):
        start, end = m.start(), m.end()
        cut = start < stop_at < end
        if cut:
            end = stop_at
        # ("… Delegation of the European Union to the United Nations –": the dash closes
        # a line set between dashes)
        while end > start and header[end - 1] in " \n–—":
            end -= 1
        # "… Ministry of Foreign Affairs of X Ambassador A. Person": the title is no part of it
        courtesy = re.search(rf"\s+(?:{_ADDRESS_TITLES})[\s*_]*$", header[start:end])
        if courtesy and cut:
            end = start + courtesy.start()
        name = re.sub(r"\s+", " ", header[start:end]).strip()
        out.append((name, start, end))
    return out


# Capital letters of the names of officials, with the accented ones ("Đỗ Minh Khoa").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
# A news page's lead: "(MOFA) – On 25 October 2025, at the signing ceremony …, Permanent
# Deputy Minister of Foreign Affairs A. B. Person stressed that …".
_NEWS_LEAD = re.compile(
    r"(?P<role>\b(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief)[ -])*"
    r"(?:Minister|Ambassador|Director|Head|Secretary|President|Prime Minister|Chair\w*"
    r"|Representative)"
    r"\b[^,.;:()]{0,80}?)\s+"
    rf"(?P<name>(?:[{_UPPER}][\w'’-]+\s+){{1,3}}[{_UPPER}][\w'’-]+)"
    # "…, Vice-Chair of the Organizing Committee, gave an interview"
    r"(?:,\s+[^,.;:()]{3,120},)?\s+"
    r"(?:stressed|said|stated|underlined|underscored|emphasi[sz]ed|noted|affirmed|called|told|highlighted"
    r"|reaffirmed|urged|expressed|announced|gave\s+an\s+interview|granted\s+an\s+interview"
    # "…, Vice Chairman of the Organizing Committee, chaired a press conference"
    r"|answered|chaired\s+(?:a|an|the)\s+(?:[\w-]+\s+)?press\s+conference)\b"
)


# "… the Legal Adviser of the Ministry of Foreign Affairs, Ambassador A. B. Person, head of
# the delegation, delivered the following statement:"
_NEWS_LEAD_DELIVERED = re.compile(
    r"(?:\bthe\s+)?(?P<role>\b(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief|Legal)[ -])*"
    r"(?:Minister|Ambassador|Director|[Hh]ead|Secretary|Undersecretary|President|Adviser|Advisor"
    r"|Representative|Counsellor)\b[^,.;:()]{0,80}?),\s+"
    r"(?:(?:Ambassador|Minister(?:\s+Counsell?or)?|Counsell?or|H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+(?:(?P<office>[^,.;:]{0,80}),\s+)?"
    r"(?:(?:delivered|made|gave|read(?: out)?)\s+the\s+following\s+(?:statement|remarks|speech"
    r"|address|intervention)|took\s+the\s+floor|(?:delivered|made)(?:\s+today)?\s+the\s+statement"
    # "… delivered Brazil's general statement"
    r"|(?:delivered|made)\s+[A-Z][\w-]*['’]s\s+(?:(?:general|national|opening|closing)\s+)?"
    r"statement)"
)
# "New York – Ambassador A. B. Person, Assistant Minister of Foreign Affairs for …,
# delivered today the statement of …": the name first, the office set off by commas.
_NEWS_LEAD_NAME_FIRST = re.compile(
    # ("On 19 May 2025, Ambassador A. Person, Permanent Representative of X, led …")
    r"(?:^|[–—-]\s+|\n|\bOn\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?,\s+)"
    r"(?:(?:Ambassador|Minister|H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+"
    r"(?P<role>(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief|Legal)[ -])*"
    r"(?:Minister|Ambassador|Director|Head|Secretary|Undersecretary|President|Adviser|Advisor"
    r"|Representative|Counsellor)\b[^,.;:()]{0,120}?),\s+"
    r"(?:delivered|made|gave|read|took\s+the\s+floor|addressed|led|headed)\b"
)
# "…, A. B. Person, Deputy Secretary General for Criminal Policy at the Ministry of Justice,
# said that …": the name without a title, set off by commas with the office.
_NEWS_LEAD_BARE_NAME = re.compile(
    rf",\s+(?P<role>)(?P<name>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,2}}),\s+"
    r"(?P<office>(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief|Legal)[ -])*"
    r"(?:Minister|Ambassador|Director|Head|Secretary|Undersecretary|Adviser|Advisor"
    r"|Representative|Counsellor)\b[^,.;:()]{0,120}?),\s+"
    r"(?:said|stated|stressed|told|underlined|emphasi[sz]ed)\b"
)


# "… by the Director of International Security of the Ministry, Ambassador A. B. Person,
# who led …": the office, then the official set off by commas, then the report goes on.
_NEWS_LEAD_APPOSITION = re.compile(
    r"(?:\bthe\s+)?(?P<role>\b(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief|Legal)[ -])*"
    r"(?:Minister|Ambassador|Director|Head|Secretary|Undersecretary|President|Adviser|Advisor"
    r"|Representative|Counsellor)\b[^,.;:()]{0,120}?),\s+"
    r"(?:(?:Ambassador|Minister|H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)+"
    rf"(?P<name>(?:[{_UPPER}][\w'’-]+\s+){{1,3}}[{_UPPER}][\w'’-]+),\s+"
    r"(?:who\b|(?:also\s+)?[a-z]{3,}ed\b|said\b|told\b|spoke\b)"
)


# "Interview with A. Person, Head of Delegation of …", "Transcript of the interview given by
# Mr. A. Person, Ambassador …, to Ms. B. Journalist", "The interview with
# Ambassador-at-Large A. Person was recorded …": an interview's title or standfirst.
_INTERVIEW_LEAD = re.compile(
    r"(?:\b(?i:interview|press\s+(?:approach|conference|briefing))\s+"
    r"(?i:with|given\s+by|granted\s+by|by|of)"
    # a broadcast's host: "My guest tonight is …", "Joining us from Vienna is …", "Host A.
    # Person talks to …"
    r"|[Mm]y\s+guest(?:\s+(?:today|tonight|this\s+week))?\s+is"
    r"|\b(?:[Jj]oining|[Ww]ith)\s+(?:me|us)\b[^.,;:\n]{0,50}?\s+is"
    r"|\b(?:talks|speaks|spoke)\s+(?:to|with))\s+(?:the\s+)?"
    r"(?P<role>(?:(?:Permanent|Deputy|Vice|First|Assistant|Senior|Chief|Foreign|Prime|Joint)[ -])*"
    r"(?:Minister|Ambassador(?:-at-Large)?|Director(?:-General)?|Head|Secretary|President"
    r"|Commissioner|Counsell?or)(?:\s*\([^()\n]{1,40}\))?\s+)?"
    r"(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Hon\.?|Shri|Smt\.?)\s+)*"
    rf"(?P<name>(?:[{_UPPER}][\w'’-]+\s+){{1,3}}[{_UPPER}][\w'’-]+)"
    r"(?:,\s+(?P<office>[^\n]{3,160}?)(?=,\s+(?i:to|on|at|in|during|for|following|after"
    r"|before|ahead|who|a|an)\b|[ \t]*\n|\.(?:\s|$))"
    r"|(?=,\s+(?i:to|on|at|in|during|for|following|after|before|ahead)\b"
    r"|\s+(?:was|to|on|at|in)\s|[ \t]*\n|\.))"
)
# "Foreign Ministry Spokesperson A. Person's Regular Press Conference on August 9, 2024"
_BRIEFING_LEAD = re.compile(
    r"(?P<role>\b(?:(?:Foreign\s+Ministry|Foreign\s+Affairs|Principal|Deputy)\s+)*"
    r"Spokes(?:person|woman|man))\s+"
    rf"(?P<name>(?:[{_UPPER}][\w'’-]+\s+){{1,3}}[{_UPPER}][\w'’-]+)['’]s\s+"
    r"(?:Regular\s+)?(?:Press\s+Conference|(?:Press\s+)?Briefing)\b"
)
# A title's quotation ("'We want a convention that works': the Minister on …") is not the
# page speaking in the first person.
_QUOTATION = re.compile(r"[\"“][^\"”\n]{0,300}[\"”]")


def news_lead_speaker(
    opening: str, not_name: Callable[[str], bool]
) -> tuple[str | None, str | None, int]:
    """Name, role and offset of the official a news page's lead or an interview's title
    names, if any."""
    # The lead names the official first; later sentences may shorten the name.
    leads = (
        p.search(opening)
        for p in (
            _NEWS_LEAD,
            _NEWS_LEAD_DELIVERED,
            _NEWS_LEAD_NAME_FIRST,
            _NEWS_LEAD_APPOSITION,
            _NEWS_LEAD_BARE_NAME,
            _INTERVIEW_LEAD,
            _BRIEFING_LEAD,
        )
    )
    m = min((x for x in leads if x), key=lambda x: x.start(), default=None)
    # (a speech in the first person quotes others; a news lead speaks of its official)
    before = _QUOTATION.sub(" ", opening[: m.start()]) if m is not None else ""
    if m is None or (
        # (a broadcast's host speaks in the first person before naming the guest)
        m.re is not _INTERVIEW_LEAD and re.search(r"\b(?:I|we|my|our|us)\b", before, re.IGNORECASE)
    ):
        return None, None, -1
    words = m.group("name").split()
    # "Minister of Foreign Affairs Ann Person": the name is the capitalised run after the
    # last word that can never be part of one.
    k = max((i + 1 for i, w in enumerate(words) if not_name(w)), default=0)
    words = words[k:]
    if len(words) < 2:
        return None, None, -1
    role = ((m.group("role") or "") + " " + " ".join(m.group("name").split()[:k])).strip()
    office = m.groupdict().get("office")
    if (
        office
        # (an interview's "with Ambassador-at-Large A. Person, Head of Delegation": the rank)
        and not (role and m.re is _INTERVIEW_LEAD)
        and _role_word().search(office)
        and (
            m.re is _INTERVIEW_LEAD or not _DELEGATION_FUNCTION.fullmatch(" ".join(office.split()))
        )
    ):
        # "the head of the delegation, A. Person, Director of …, delivered …": the office
        # the name is given with
        role = " ".join(office.split())
    name = " ".join(words)
    return name, role, m.start("name") + m.group("name").index(words[0])


# "New York, 8 August 2024 – Nigeria on Thursday joined …": a news lead's dateline.
_LEAD_DATELINE = re.compile(r"\W*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3},[ \t]*(?=\d|[A-Z])")


def is_stamp(text: str, found: tuple[str, int, int]) -> bool:
    """Whether the date ``find_date`` found in ``text`` is a web page's posting stamp
    ("Saturday, 10 August 2024 09:14 | Press Unit")."""
    return bool(_STAMP_AFTER.match(text, found[2]))


# "(MOFA) – On 9 January, at the opening of …": the day a news lead says it happened.
_LEAD_ON_DAY = re.compile(
    r"\W*(?:\([A-Z]{2,8}\)\s*[–—-]\s*)?On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?"
    r"(?P<day>\d{1,2}\s+[A-Z][a-z]+)(?P<year>,?\s+\d{4})?\b"
)


_LEAD_RECORDED = re.compile(
    r"\b(?:was|were)\s+(?:recorded|conducted|held|given|filmed)\s+(?:in\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2}\s+)?on\s+(?:[A-Z][a-z]+day,?\s+)?"
)


def lead_date(opening: str, stamp: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The date a news lead below a page's posting ``stamp`` gives, if any: its dateline
    ("Vienna, 9 August 2024 – …"), or the day it opens with ("On 9 January, …", in the
    stamp's year when it gives none, if not after the stamp)."""
    m = _LEAD_DATELINE.match(opening)
    if m:
        found = find_date(opening[: m.end() + 40])
        if found and found[1] == m.end() and re.match(r"\s*[–—-]", opening[found[2] :]):
            return found
    m = _LEAD_ON_DAY.match(opening)
    if not m:
        # "The interview … was recorded in New York on 29 August 2023"
        recorded = _LEAD_RECORDED.search(opening, 0, 400)
        found = find_date(opening[recorded.end() : recorded.end() + 40]) if recorded else None
        if found and found[1] == 0 and found[0] <= stamp[0]:
            return found[0], recorded.end(), recorded.end() + found[2]
        return None
    year = (m.group("year") or "").strip(" ,") or stamp[0][:4]
    found = find_date(f"{m.group('day')} {year}")
    if found is None or found[0] > stamp[0]:
        return None
    return found[0], m.start("day"), m.end()


# "Efua A. Person is Ghana's Permanent Representative to the United Nations in New York.",
# "The writer is Ambassador and Deputy Permanent Representative of X …", "* A. Person is a
# career diplomat, Brazil's Permanent Representative …": an article's note on its author.
_AUTHOR_NOTE = re.compile(
    rf"^[ \t*]*(?:(?P<name>{CAPITALISED_NAME})|The (?:writer|author))\s+is\s+"
    r"(?:(?:a|an) (?:career diplomat|diplomat|lawyer|jurist),\s+)?(?:also\s+)?"
    r"(?:(?P<owner>(?-i:[A-Z])[\w ]{2,40}?)['’]s\s+)?(?:the\s+)?(?P<role>[^.;\n]{5,160}?)"
    r"(?=,\s+and\s|\s+and\s+(?:a\s+member|leads|led|headed|heads)\b|[.;]|$)",
    re.MULTILINE,
)


def author_note(text: str, reach: int = 1500) -> tuple[str | None, str, str | None] | None:
    """An article's note on its author near its end: (name or None, role, the State the
    role is of, as written before "'s", or None)."""
    for m in _AUTHOR_NOTE.finditer(text, max(0, len(text) - reach)):
        role = m.group("role").strip()
        if _role_word().search(role):
            return m.group("name"), role, m.group("owner")
    return None


def interviewer_byline(header: str, name: str) -> tuple[int, int] | None:
    """The span of the byline ("By A. Person") that gives ``name`` in a header that presents
    an interview: the journalist's line, or None."""
    if not voice.names_an_interview(header):
        return None
    m = re.search(rf"(?m)^[ \t*_]*By\s+{re.escape(name)}\b[^\n]*", header)
    return (m.start(), m.end()) if m else None
