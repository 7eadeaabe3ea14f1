"""The stance grammar is one long module of named patterns: a name bound twice silently
replaces the first pattern for every rule that used it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from graph.extractors import stance_grammar


def test_every_pattern_of_the_stance_grammar_is_bound_once():
    tree = ast.parse(Path(stance_grammar.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
