"""SPARQL: the named questions answer on the seed graph; parameters are RDF terms."""

from __future__ import annotations

import pytest

from graph import query as q


def select(ds, text):
    names, rows = q.rows(q.run(ds, text))
    return [
        dict(zip(names, (str(c) if c is not None else None for c in r), strict=True)) for r in rows
    ]


def test_every_named_query_parses_and_has_a_title():
    named = q.named_queries()
    assert {
        "stances",
        "instruments-mentioned",
        "officials",
        "statements-per-event",
        "resolutions-cited",
        "stance-summary",
    } <= set(named)
    for nq in named.values():
        assert nq.title and nq.title != nq.name
        q.run(__import__("graph.builder", fromlist=["x"]).new_dataset(), nq.text)


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_named_queries_answer_on_the_seed_graph(seed_dataset, name):
    assert select(seed_dataset, q.get_named(name).text), name


def test_russias_stances_come_with_their_quotes(seed_dataset):
    text = q.bind_parameters(q.get_named("stances"), {"state": "rus"})
    rows = select(seed_dataset, text)
    assert {r["state"] for r in rows} == {"RUS"}
    by_topic = {r["topic"]: r for r in rows}
    assert by_topic["framework-convention"]["polarity"] == "oppose"
    assert "framework instrument" in " ".join(r["quote"] for r in rows)


def test_stance_summary_counts_states_per_polarity(seed_dataset):
    """The summary agrees with the stances it summarises, topic by topic."""
    expected: dict[str, dict[str, set]] = {}
    for r in select(seed_dataset, q.get_named("stances").text):
        expected.setdefault(r["topic"], {}).setdefault(r["polarity"], set()).add(r["state"])
    rows = select(seed_dataset, q.get_named("stance-summary").text)
    assert {r["topic"] for r in rows} == set(expected)
    for r in rows:
        for polarity in ("support", "oppose", "mixed"):
            assert int(r[polarity]) == len(expected[r["topic"]].get(polarity, ())), r


def test_officials_with_role_and_state(seed_dataset):
    rows = {r["name"]: r for r in select(seed_dataset, q.get_named("officials").text)}
    assert rows["Dmitry Bukin"]["state"] == "RUS"
    assert rows["Oleg Syromolotov"]["role"].startswith("Deputy Foreign Minister")


def test_the_state_parameter_of_officials_filters(seed_dataset):
    named = q.get_named("officials")
    rus = select(seed_dataset, q.bind_parameters(named, {"state": "RUS"}))
    assert {r["name"] for r in rus} == {"Dmitry Bukin", "Oleg Syromolotov"}
    assert select(seed_dataset, q.bind_parameters(named, {"state": "CHN"})) == []


def test_resolutions_cited_carry_their_adoption_facts(seed_dataset):
    rows = {r["symbol"]: r for r in select(seed_dataset, q.get_named("resolutions-cited").text)}
    assert rows["A/RES/74/247"]["adopted"] == "2019-12-27"
    assert rows["A/RES/74/247"]["for"] == "79"
    assert rows["A/RES/75/282"]["method"] == "without a vote"


def test_parameters_are_identifiers_bound_as_terms_never_query_text(seed_dataset):
    hostile = "RUS> } } SELECT * WHERE { ?s ?p ?o } #"
    with pytest.raises(q.QueryError, match="is not an identifier"):
        q.bind_parameters(q.get_named("stances"), {"state": hostile})
    text = q.bind_parameters(q.get_named("stances"), {"state": "XYZ"})
    assert "VALUES ?holder { <https://treatygraph.org/id/state/XYZ> }" in text
    assert select(seed_dataset, text) == []


def test_unknown_parameter_and_query_and_bad_syntax_are_query_errors(seed_dataset):
    with pytest.raises(q.QueryError, match="has no parameter 'colour'"):
        q.bind_parameters(q.get_named("stances"), {"colour": "red"})
    with pytest.raises(q.QueryError, match="unknown named query 'nope'"):
        q.get_named("nope")
    with pytest.raises(q.QueryError, match="^SPARQL syntax error: "):
        q.run(seed_dataset, "SELEC ?x WHERE {")
