"""Case-insensitive search without ``re.IGNORECASE``.

Python's ``re`` scans a long speech several times faster for a case-sensitive pattern
than for the same pattern with IGNORECASE (it can skip ahead to a literal first
character). So the text is lowered once and each case-insensitive pattern is matched
in its lowered form. Only spans and lower-case text come back; a caller that needs the
text as written slices the original with the span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset ("İ" would not)."""
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=4096)
def lower_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` with its literal letters lowered (escapes kept: \\S, \\B, \\W …)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):  # group names stay as written
            end = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        out.append(pattern[i].lower())
        i += 1
    return re.compile("".join(out), flags & ~re.IGNORECASE)


def finditer(
    pattern: re.Pattern[str], text: str, low: str | None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """Matches of a case-insensitive ``pattern`` in ``text`` (through ``low`` when given).

    The matches' text is lower case; their spans are those of ``text``.
    """
    end = len(text) if endpos is None else endpos
    if low is None or not pattern.flags & re.IGNORECASE:
        return pattern.finditer(text, pos, end)
    return lower_pattern(pattern.pattern, pattern.flags).finditer(low, pos, end)
