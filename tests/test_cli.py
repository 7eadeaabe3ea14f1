"""The command line: exact messages, exit codes, one line per user mistake."""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner

from graph.cli import main
from tests.conftest import SOURCES


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_has_help_text(runner):
    for name, command in main.commands.items():
        assert command.help and len(command.help.strip()) > 20, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name


def test_build_writes_a_graph_and_prints_counts(runner, tmp_path):
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(SOURCES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    line = result.output.strip()
    assert line.startswith("2 statements, 2 officials, ")
    assert f"-> {out} (" in line


def test_build_missing_path_is_one_line_and_nonzero(runner, tmp_path):
    result = runner.invoke(main, ["build", "nope", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert result.output == (
        "skipped: nope: no such file or directory\nError: no statements could be read, skipped 1\n"
    )
    assert not (tmp_path / "g.ttl").exists()


def test_build_skips_bad_inputs_but_builds_the_rest(runner, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    (tmp_path / "good.txt").write_text("Mr. Chair,\n\nWe support capacity-building.\n")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output.startswith(
        f"skipped: {tmp_path / 'bad.txt'}: binary file (NUL bytes), not a text statement\n"
        "1 statements, "
    )
    assert ", skipped 1 -> " in result.output


def test_unwritable_output_is_one_line_and_an_existing_graph_is_untouched(runner, tmp_path):
    out = tmp_path / "g.ttl"
    assert runner.invoke(main, ["build", str(SOURCES), "-o", str(out)]).exit_code == 0
    before = out.read_bytes()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    target = blocker / "x.ttl"  # a path below a regular file cannot be written, even by root
    result = runner.invoke(main, ["build", str(SOURCES), "-o", str(target)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {target}: cannot write: ")
    assert len(result.output.splitlines()) == 1
    assert out.read_bytes() == before


def test_extract_json_follows_the_gold_format(runner):
    result = runner.invoke(
        main, ["extract", str(SOURCES / "003_b0063f3532b4051a.txt"), "--format", "json"]
    )
    assert result.exit_code == 0
    obj = json.loads(result.output)
    assert obj["document"] == "003_b0063f3532b4051a.txt"
    assert set(obj) >= {"document", "metadata", "entities", "stances"}
    assert obj["metadata"]["event"] == "ccpcj-27"
    for stance in obj["stances"]:
        assert stance["evidence"] and {"text", "start", "end"} <= set(stance["evidence"][0])


def test_query_errors_are_single_lines(runner, seed_graph_file):
    result = runner.invoke(main, ["query", str(seed_graph_file), "SELEC ?x WHERE {"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: SPARQL syntax error: ")
    assert len(result.output.strip().splitlines()) == 1
    result = runner.invoke(main, ["query", str(seed_graph_file), "--name", "nope"])
    assert result.output == (
        "Error: unknown named query 'nope' (known: instruments-mentioned, officials, "
        "resolutions-cited, stance-summary, stances, statements-per-event)\n"
    )
    result = runner.invoke(main, ["query", "missing.ttl", "--name", "officials"])
    assert result.output == "Error: missing.ttl: no such file\n"


def test_query_named_with_parameter_as_csv(runner, seed_graph_file):
    result = runner.invoke(
        main,
        [
            "query",
            str(seed_graph_file),
            "--name",
            "resolutions-cited",
            "--param",
            "resolution=A/RES/74/247",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("symbol,adopted,method,for,against,abstentions")
    assert lines[1].startswith("A/RES/74/247,2019-12-27,recorded vote,79,60,33,")
    assert len(lines) == 2


def test_query_list(runner):
    result = runner.invoke(main, ["query", "--list"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].startswith("statements-per-event")


def test_validate_exit_codes(runner, seed_graph_file, tmp_path):
    assert runner.invoke(main, ["validate", str(seed_graph_file)]).output == (
        f"{seed_graph_file}: conforms\n"
    )
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix tg: <https://treatygraph.org/ontology#> .\n"
        "<https://example.org/s1> a tg:Stance .\n"
    )
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith(f"{bad}: does not conform (")
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    result = runner.invoke(main, ["validate", str(broken)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {broken}: not valid turtle")


def test_export_formats(runner, seed_graph_file, tmp_path):
    out = tmp_path / "g.nt"
    result = runner.invoke(main, ["export", str(seed_graph_file), "--format", "nt", "-o", str(out)])
    assert result.exit_code == 0
    assert result.output.endswith(f"triples -> {out}\n")
    assert out.read_text().count(" .\n") == int(result.output.split()[0])


def test_extractors_lists_the_builtins(runner):
    result = runner.invoke(main, ["extractors"])
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == ["entities", "metadata", "stances"]


def test_library_errors_become_click_exceptions_in_one_place():
    assert isinstance(main, click.Group)
    assert type(main).__name__ == "Group"


def _corpus(folder, n: int):
    """``n`` statements (copies of an example) under different names."""
    folder.mkdir()
    text = (SOURCES / "003_b0063f3532b4051a.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"s{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_progress_bar_on_a_terminal_only(runner, tmp_path):
    import os
    import pty
    import subprocess
    import sys

    corpus = _corpus(tmp_path / "corpus", 20)
    # Not a terminal (CliRunner, a pipe): only the summary line.
    result = runner.invoke(main, ["build", str(corpus), "--store", str(tmp_path / "a")])
    assert result.exit_code == 0
    assert result.output.startswith("20 statements, ") and len(result.output.splitlines()) == 1
    # On a terminal: position, rate and ETA on stderr; the summary still on stdout.
    leader, follower = pty.openpty()
    process = subprocess.run(
        [sys.executable, "-m", "graph.cli", "build", str(corpus), "--store", str(tmp_path / "b")],
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
        timeout=300,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once all is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0
    assert process.stdout.startswith("20 statements, ")
    text = re.sub(r"\x1b\[\?25[lh]", "", shown.decode())  # cursor hide/show codes
    lines = [line.strip() for line in text.replace("\r", "\n").splitlines() if line.strip()]
    assert re.fullmatch(r"building  \[#+\]  20/20  \d+\.\d/s", lines[-1]), lines
    assert any(re.search(r"/20  \d\d:\d\d:\d\d  \d+\.\d/s$", line) for line in lines), lines
