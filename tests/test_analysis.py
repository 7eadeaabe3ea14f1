"""Alignment, blocs, timeline shifts, stats and the projections behind them, on small
graphs built through the real pipeline from statements whose stances are known."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import analysis, builder, pipeline, projections, readers, storage
from graph.cli import main

HR_SUPPORT = "We insist that the convention must include strong human rights safeguards."
HR_OPPOSE = "We oppose including human rights safeguards in the convention."
UN_SUPPORT = (
    "We strongly support the elaboration of a new universal United Nations convention on "
    "cybercrime."
)
UN_OPPOSE = "We oppose the elaboration of a new United Nations convention on cybercrime."
IC_SUPPORT = (
    "We support strengthening international cooperation, including mutual legal assistance."
)
CITES = "We recall General Assembly resolution 74/247."

# name -> (state, date, sentences). Two camps that agree on cooperation only.
CAMPS = {
    "nld": ("NLD", "2022-03-01", [HR_SUPPORT, UN_OPPOSE, IC_SUPPORT, CITES]),
    "deu": ("DEU", "2022-03-02", [HR_SUPPORT, UN_OPPOSE, IC_SUPPORT]),
    "rus": ("RUS", "2022-03-01", [HR_OPPOSE, UN_SUPPORT, IC_SUPPORT, CITES]),
    "chn": ("CHN", "2022-03-03", [HR_OPPOSE, UN_SUPPORT, IC_SUPPORT]),
}
# Brazil changes its mind twice; file names do not follow the dates.
SHIFTS = {
    "a": ("BRA", "2023-01-10", [UN_OPPOSE]),
    "b": ("BRA", "2021-06-01", [UN_SUPPORT]),
    "c": ("BRA", "2024-02-01", [UN_SUPPORT]),
    "d": ("ARG", "2022-05-05", [UN_SUPPORT]),
    "e": ("KEN", "2022-05-06", [UN_OPPOSE]),
}


def _write(folder: Path, statements: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (state, date, sentences) in statements.items():
        (folder / f"{name}.txt").write_text("Mr. Chair, " + " ".join(sentences) + "\n")
        meta = {
            "speaker": f"Speaker {name.upper()}",
            "state": state,
            "event": "ahc-1",
            "date": date,
        }
        (folder / f"{name}.meta.json").write_text(json.dumps(meta))
    return folder


def _build(folder: Path, out: Path) -> Path:
    docs = [d for d in readers.read([folder]) if not isinstance(d, readers.Problem)]
    storage.save(builder.build(pipeline.extract(d) for d in docs), out)
    return out


@pytest.fixture(scope="module")
def camps_file(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("camps")
    return _build(_write(root / "src", CAMPS), root / "camps.ttl")


@pytest.fixture(scope="module")
def camps(camps_file):
    return storage.load(camps_file)


@pytest.fixture(scope="module")
def shifts_file(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shifts")
    return _build(_write(root / "src", SHIFTS), root / "shifts.ttl")


@pytest.fixture(scope="module")
def shifts(shifts_file):
    return storage.load(shifts_file)


# ---- alignment ---------------------------------------------------------------------


def test_alignment_pairs_shares_and_order(camps):
    al = analysis.alignment(camps)
    assert al.states == ("CHN", "DEU", "NLD", "RUS")
    got = [(p.a, p.b, p.shared, p.agree, round(p.share, 4)) for p in al.pairs]
    assert got == [
        ("CHN", "RUS", 3, 3, 1.0),
        ("DEU", "NLD", 3, 3, 1.0),
        ("CHN", "DEU", 3, 1, 0.3333),
        ("CHN", "NLD", 3, 1, 0.3333),
        ("DEU", "RUS", 3, 1, 0.3333),
        ("NLD", "RUS", 3, 1, 0.3333),
    ]
    assert al.pairs[0].topics == (
        "human-rights-safeguards",
        "international-cooperation",
        "un-cybercrime-convention",
    )
    assert al.positions["NLD"]["un-cybercrime-convention"] == "oppose"
    assert al.share("RUS", "CHN") == 1.0


def test_alignment_blocs_and_separating_topics(camps):
    al = analysis.alignment(camps)
    assert al.blocs == (("CHN", "RUS"), ("DEU", "NLD"))
    assert al.bloc_of("NLD") == 2
    seps = [(s.topic, s.spread, s.support) for s in al.separators]
    assert seps == [
        ("human-rights-safeguards", 1.0, (0.0, 1.0)),
        ("un-cybercrime-convention", 1.0, (1.0, 0.0)),
        ("international-cooperation", 0.0, (1.0, 1.0)),
    ]


def test_alignment_is_deterministic(camps):
    assert analysis.render(analysis.alignment(camps), "json") == analysis.render(
        analysis.alignment(camps), "json"
    )


def test_alignment_topic_filter(camps):
    al = analysis.alignment(camps, ["international-cooperation"])
    assert al.topics == ("international-cooperation",)
    assert {p.share for p in al.pairs} == {1.0}
    assert al.blocs == (("CHN", "DEU", "NLD", "RUS"),)
    assert al.separators == ()


def test_alignment_unknown_topic(camps):
    with pytest.raises(analysis.AnalysisError, match="unknown topic 'no-such-topic'"):
        analysis.alignment(camps, ["no-such-topic"])


def test_net_polarity():
    assert projections.net_polarity({"support": 2, "oppose": 1}) == "support"
    assert projections.net_polarity({"support": 1, "oppose": 1, "mixed": 3}) == "mixed"
    assert projections.net_polarity({"oppose": 1, "mixed": 5}) == "oppose"
    assert projections.net_polarity({"mixed": 1}) == "mixed"


def test_a_state_that_agrees_with_nobody_is_its_own_bloc(shifts):
    # Brazil: support, oppose, support -> net support, like Argentina; Kenya opposes.
    al = analysis.alignment(shifts)
    assert [(p.a, p.b, p.shared, p.agree) for p in al.pairs] == [
        ("ARG", "BRA", 1, 1),
        ("ARG", "KEN", 1, 0),
        ("BRA", "KEN", 1, 0),
    ]
    assert al.blocs == (("ARG", "BRA"), ("KEN",))
    assert [(s.topic, s.spread, s.support) for s in al.separators] == [
        ("un-cybercrime-convention", 1.0, (1.0, 0.0))
    ]


# ---- timeline --------------------------------------------------------------------------


def test_timeline_orders_by_date_and_flags_shifts(shifts):
    entries = analysis.timeline(shifts, state="bra")
    assert [(e.date, e.statement, e.polarity, e.shift) for e in entries] == [
        ("2021-06-01", "b.txt", "support", None),
        ("2023-01-10", "a.txt", "oppose", "support->oppose"),
        ("2024-02-01", "c.txt", "support", "oppose->support"),
    ]
    assert all(e.event == "ahc-1" and e.topic == "un-cybercrime-convention" for e in entries)
    assert entries[1].stance.endswith("/statement/a.txt/stance/BRA/un-cybercrime-convention")


def test_timeline_filters(shifts, camps):
    assert [e.state for e in analysis.timeline(shifts, topic="un-cybercrime-convention")] == [
        "ARG",
        "BRA",
        "BRA",
        "BRA",
        "KEN",
    ]
    assert analysis.timeline(shifts, state="USA") == []  # a State without stances
    entries = analysis.timeline(camps, topic="human-rights-safeguards")
    assert [(e.state, e.polarity, e.shift) for e in entries] == [
        ("CHN", "oppose", None),
        ("DEU", "support", None),
        ("NLD", "support", None),
        ("RUS", "oppose", None),
    ]


def test_timeline_unknown_identifiers(shifts):
    with pytest.raises(analysis.AnalysisError, match="unknown state 'XX'"):
        analysis.timeline(shifts, state="XX")
    with pytest.raises(analysis.AnalysisError, match="unknown topic 'Cyber'"):
        analysis.timeline(shifts, topic="Cyber")


# ---- stats -----------------------------------------------------------------------------


def test_stats_counts_citations_centrality_events(camps):
    st = analysis.stats(camps)
    counts = {c.kind: (c.total, c.referenced) for c in st.counts}
    assert counts["Statement"] == (4, None)
    assert counts["Stance"] == (12, None)
    assert counts["Person"] == (4, 4)
    assert counts["State"][1] == 4
    assert counts["Topic"][1] == 3
    # "a new United Nations convention on cybercrime" names the UN convention.
    assert [(c.code, c.kind, c.statements, c.states) for c in st.cited] == [
        ("un-cybercrime-convention", "Instrument", 4, 4),
        ("A/RES/74/247", "Resolution", 2, 2),
    ]
    # Every speaker and State meets at the committee: it sits on every path.
    top = st.central[0]
    assert (top.code, top.kind, top.degree) == ("ahc", "Body", 8)
    assert top.betweenness == max(c.betweenness for c in st.central)
    assert [(e.event, e.start, e.statements) for e in st.events] == [("ahc-1", "2022-02-28", 4)]


# ---- projections -----------------------------------------------------------------------


def test_projections_carry_iris_back_to_sparql(camps):
    sg = projections.stance_graph(camps)
    nld = "https://treatygraph.org/id/state/NLD"
    topic = "https://treatygraph.org/id/topic/un-cybercrime-convention"
    edge = sg.edges[nld, topic]
    assert (edge["polarity"], edge["count"], edge["oppose"]) == ("oppose", 1, 1)
    assert edge["statements"] == ("https://treatygraph.org/id/statement/nld.txt",)
    assert (sg.nodes[nld]["kind"], sg.nodes[nld]["label"]) == (
        "State",
        "Netherlands (Kingdom of the)",
    )
    stance = projections.iri(edge["stances"][0])
    ask = f"ASK {{ {stance.n3()} <https://treatygraph.org/ontology#holder> <{nld}> }}"
    assert camps.query(ask).askAnswer

    ag = projections.actor_graph(camps)
    person = "https://treatygraph.org/id/person/speaker-nld"
    assert ag.nodes[person]["kind"] == "Person" and ag.nodes[person]["label"] == "Speaker NLD"
    link = ag.edges[person, nld]
    assert link["relations"] == ("represents", "speaks-for")
    assert link["statements"] == ("https://treatygraph.org/id/statement/nld.txt",)

    cg = projections.citation_graph(camps)
    res = "https://treatygraph.org/id/resolution/A-RES-74-247"
    assert sorted(cg.predecessors(res)) == [
        "https://treatygraph.org/id/statement/nld.txt",
        "https://treatygraph.org/id/statement/rus.txt",
    ]
    assert cg.nodes[res]["kind"] == "Resolution" and cg.nodes[res]["code"] == "A/RES/74/247"


# ---- heatmap ---------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_heatmap_png(camps, tmp_path):
    al = analysis.alignment(camps)
    first = analysis.heatmap(al, tmp_path / "a.png").read_bytes()
    second = analysis.heatmap(al, tmp_path / "sub" / "b.png").read_bytes()
    width, height = _png_size(first)
    assert 200 <= width <= 2000 and 200 <= height <= 2000
    assert first == second  # no timestamp or software chunk
    assert b"Software" not in first


# ---- CLI -------------------------------------------------------------------------------


def test_cli_timeline_exact(shifts_file):
    result = CliRunner().invoke(main, ["timeline", str(shifts_file), "--state", "BRA"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "state  topic                     date        event  statement  polarity  shift\n"
        "-----  ------------------------  ----------  -----  ---------  --------  ---------------\n"
        "BRA    un-cybercrime-convention  2021-06-01  ahc-1  b.txt      support\n"
        "BRA    un-cybercrime-convention  2023-01-10  ahc-1  a.txt      oppose    support->oppose\n"
        "BRA    un-cybercrime-convention  2024-02-01  ahc-1  c.txt      support   oppose->support\n"
        "(3 rows)\n"
        "shifts: 2\n"
    )


def test_cli_alignment_exact(camps_file, tmp_path):
    png = tmp_path / "out" / "alignment.png"
    result = CliRunner().invoke(main, ["alignment", str(camps_file), "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "state_a  state_b  shared  agree  share  bloc_a  bloc_b\n"
        "-------  -------  ------  -----  -----  ------  ------\n"
        "CHN      RUS      3       3      1.00   1       1\n"
        "DEU      NLD      3       3      1.00   2       2\n"
        "CHN      DEU      3       1      0.33   1       2\n"
        "CHN      NLD      3       1      0.33   1       2\n"
        "DEU      RUS      3       1      0.33   2       1\n"
        "NLD      RUS      3       1      0.33   2       1\n"
        "(6 rows)\n"
        "\n"
        "blocs (2; Louvain on agreement share, seed 0):\n"
        "  1: CHN RUS\n"
        "  2: DEU NLD\n"
        "\n"
        "topics that separate the blocs:\n"
        "topic                      spread  bloc 1 support  bloc 2 support\n"
        "-------------------------  ------  --------------  --------------\n"
        "human-rights-safeguards    1.00    0.00            1.00\n"
        "un-cybercrime-convention   1.00    1.00            0.00\n"
        "international-cooperation  0.00    1.00            1.00\n"
        "(3 rows)\n"
    )
    assert result.stderr == f"heatmap of 4 states -> {png}\n"
    assert _png_size(png.read_bytes())[0] > 0


def test_cli_alignment_csv_and_json(camps_file):
    runner = CliRunner()
    csv_out = runner.invoke(main, ["alignment", str(camps_file), "--format", "csv"]).stdout
    assert csv_out.splitlines()[:2] == [
        "state_a,state_b,shared,agree,share,bloc_a,bloc_b",
        "CHN,RUS,3,3,1.00,1,1",
    ]
    data = json.loads(
        runner.invoke(main, ["alignment", str(camps_file), "--format", "json"]).stdout
    )
    assert data["blocs"] == [["CHN", "RUS"], ["DEU", "NLD"]]
    assert data["states"]["NLD"] == {"bloc": 2, "iri": "https://treatygraph.org/id/state/NLD"}


def test_cli_stats(camps_file):
    result = CliRunner().invoke(main, ["stats", str(camps_file)])
    assert result.exit_code == 0, result.output
    assert (
        "most cited resolutions and instruments:\n"
        "id                        type        statements  states  label\n"
        "------------------------  ----------  ----------  ------  "
        "--------------------------------------------\n"
        "un-cybercrime-convention  Instrument  4           4       "
        "United Nations Convention against Cybercrime\n"
        "A/RES/74/247              Resolution  2           2       "
        "General Assembly resolution 74/247\n"
        "(2 rows)\n"
    ) in result.stdout
    data = json.loads(
        CliRunner().invoke(main, ["stats", str(camps_file), "--format", "json"]).stdout
    )
    assert data["events"] == [
        {
            "event": "ahc-1",
            "iri": "https://treatygraph.org/id/event/ahc-1",
            "label": "AHC first session",
            "start": "2022-02-28",
            "statements": 4,
        }
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["timeline", "{g}", "--state", "Russia"],
            "Error: unknown state 'Russia' (states are ISO 3166-1 alpha-3 codes such as RUS "
            "or USA, or EU)\n",
        ),
        (
            ["alignment", "{g}", "--topic", "cyber"],
            "Error: unknown topic 'cyber' (topics are codebook ids such as "
            "asset-recovery-convention, broad-scope, build-on-existing-instruments; "
            "23 in this graph)\n",
        ),
        (
            ["timeline", "{g}", "--topic", "cyber"],
            "Error: unknown topic 'cyber' (topics are codebook ids such as "
            "asset-recovery-convention, broad-scope, build-on-existing-instruments; "
            "23 in this graph)\n",
        ),
        (["stats", "{missing}"], "Error: {missing}: no such file\n"),
    ],
)
def test_cli_errors_are_one_line(shifts_file, tmp_path, args, message):
    missing = str(tmp_path / "nope.ttl")
    argv = [a.format(g=shifts_file, missing=missing) for a in args]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 1
    assert result.output == message.format(missing=missing)


def test_cli_png_unwritable(camps_file, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        main, ["alignment", str(camps_file), "--png", str(blocker / "a.png")]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {blocker / 'a.png'}: cannot write: ")
    assert result.stderr.count("\n") == 1


# ---- the UN General Debate cyber subset ------------------------------------------------


@pytest.mark.slow
def test_ungdc_cyber_subset(tmp_path):
    from tests.conftest import shared_path

    corpus = shared_path("corpus", "ungdc", "ungdc_cyber_ict_2010_2024.jsonl")
    docs = [
        d
        for d in readers.read([corpus], {"state": "country_code"})
        if not isinstance(d, readers.Problem)
    ]
    storage.save(builder.build(pipeline.extract(d) for d in docs), tmp_path / "c.ttl")
    ds = storage.load(tmp_path / "c.ttl")
    al = analysis.alignment(ds)
    assert len(al.states) >= 20
    assert sorted(s for bloc in al.blocs for s in bloc) == list(al.states)
    assert all(0.0 <= p.share <= 1.0 and p.shared >= 1 for p in al.pairs)
    assert analysis.render(al, "json") == analysis.render(analysis.alignment(ds), "json")
    st = analysis.stats(ds)
    assert {c.kind: c.total for c in st.counts}["Statement"] == len(docs)
    stances = {c.kind: c.total for c in st.counts}["Stance"]
    assert len(analysis.timeline(ds)) == stances
    assert analysis.heatmap(al, tmp_path / "a.png").stat().st_size > 10_000
