"""The alternations built for speed match exactly what the plain ones match."""

from __future__ import annotations

import re

import pytest

from graph import casefold, codebook
from graph.regex_speed import alternation, branches

SAMPLES = (
    "The Budapest Convention is a regional instrument; we cannot accept it as the yardstick.",
    "We support a broad scope of cooperation, not limited to the offences established in the "
    "convention, and robust safeguards for human rights.",
    "Terrorism never sleeps: we must combat and defeat it, with the United Nations at the centre.",
    "Capacity-building and technical assistance are the condition of implementation.",
    "Some delegations proposed to criminalize so-called false information; we disagree.",
)


def test_top_level_branches_skip_groups_classes_and_escapes():
    assert branches(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
    assert branches(r"[]|]x|y") == ["[]|]x", "y"]
    assert branches(r"[^]|]x|y") == ["[^]|]x", "y"]


def test_neighbouring_word_boundaries_are_written_once():
    pattern = alternation([r"\bfoo", r"\bbar|\bbaz", r"(?<!x)qux", r"\bend"])
    assert pattern == r"\b(?:(?:foo)|(?:bar)|(?:baz))|(?:(?<!x)qux)|\b(?:(?:end))"


def test_a_leading_boundary_inside_a_group_or_a_class_is_left_alone():
    # "\b" opens this branch only inside its group; "[\b]" is a backspace
    assert alternation([r"(?:\bfoo)|x", r"[\b]y"]) == r"(?:(?:\bfoo))|(?:x)|(?:[\b]y)"


def test_global_inline_flags_keep_the_plain_join():
    assert alternation([r"(?i)\bfoo", r"\bbar"]) == r"(?:(?i)\bfoo)|(?:\bbar)"


def test_an_empty_list_matches_nothing():
    assert re.search(alternation([]), "anything") is None


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_topics_cue_alternation_finds_the_same_matches(sample):
    text = " ".join([sample] * 3)
    low = text.lower()
    for topic in codebook.load().topics:
        patterns = [p.pattern for p in (*topic.cues, *topic.counter_cues)]
        plain = re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)
        fast = re.compile(alternation(patterns, re.IGNORECASE), re.IGNORECASE)
        for pattern in (plain, fast):
            assert pattern.flags & re.IGNORECASE
        spans = [m.span() for m in casefold.finditer(plain, text, low)]
        assert [m.span() for m in casefold.finditer(fast, text, low)] == spans, topic.id
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
