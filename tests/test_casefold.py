"""Case-insensitive search on lowered text gives the spans IGNORECASE would."""

from __future__ import annotations

import re

from graph import casefold


def test_escapes_and_group_names_survive_lowering():
    p = casefold.lower_pattern(r"(?P<Name>\bUN\S+)\W\BX\d", re.IGNORECASE)
    assert p.pattern == r"(?P<Name>\bun\S+)\W\Bx\d"
    assert not p.flags & re.IGNORECASE


def test_a_backreference_keeps_its_group_name():
    p = re.compile(r"(?P<Word>[a-z]+)-(?P=Word)", re.IGNORECASE)
    text = "The Hush-HUSH talks"
    got = [m.span() for m in casefold.finditer(p, text, casefold.lowered(text))]
    assert got == [m.span() for m in p.finditer(text)] == [(4, 13)]


def test_spans_are_those_of_ignorecase_on_the_text_as_written():
    text = "The UNODC and the Unodc; CAFÉ and café; Ad Hoc COMMITTEE on Cybercrime."
    for source in (r"unodc", r"caf[ée]", r"ad\s+hoc\s+committee\b[^.]{0,30}cyber\w*"):
        pattern = re.compile(source, re.IGNORECASE)
        expected = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in casefold.finditer(pattern, text, casefold.lowered(text))]
        assert got == expected and expected


def test_text_whose_lowering_changes_its_length_falls_back_to_ignorecase():
    text = "İstanbul and the UNODC"
    assert casefold.lowered(text) is None
    pattern = re.compile("unodc", re.IGNORECASE)
    assert [m.span() for m in casefold.finditer(pattern, text, None)] == [(17, 22)]
