"""Views of a text for matching that keep every offset of the text as written.

A name found in a view is sliced from the original with the same span, so evidence and
mentions still quote the source exactly.
"""

from __future__ import annotations

import re

# "the United Nations Conven-\ntion against Transnational Organized Crime": a word a PDF
# broke at the end of a line (a lower-case continuation; "Russian-\nChinese" is a compound)
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*([a-z]+)")


def rejoined(text: str) -> str:
    """``text`` with words broken across lines by a hyphen joined again, padded with spaces
    after the word so that the length (and every later offset) stays the same."""

    def join(m: re.Match[str]) -> str:
        rest = m.group(1)
        return rest + " " * (len(m.group()) - len(rest))

    return _BROKEN_WORD.sub(join, text)
