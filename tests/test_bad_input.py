"""Bad input, through the command a user runs: one clear line naming the file (and
line, for corpora), the other statements still built, the summary counting what was
skipped, an existing graph never damaged.

Covered in tests/test_cli.py and not repeated here: a missing path, NUL bytes in a
.txt, an unknown named query, an output path that cannot be written.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.readers.common import MAX_BYTES
from tests.test_readers_formats import SPEECH, encrypt_pdf, make_docx, make_pdf

GOOD = "Mr. Chair,\n\nGermany supports the elaboration of the convention.\n"


def _bad_binary(d: Path) -> tuple[Path, str]:
    path = d / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path, "binary file (NUL bytes), not a text statement"


def _bad_control_bytes(d: Path) -> tuple[Path, str]:
    path = d / "dump.txt"
    path.write_bytes(bytes(range(1, 32)) * 20)
    return path, "binary file (control bytes), not a text statement"


def _bad_empty(d: Path) -> tuple[Path, str]:
    path = d / "empty.txt"
    path.write_bytes(b"")
    return path, "empty statement (no text)"


def _bad_front_matter_only(d: Path) -> tuple[Path, str]:
    path = d / "header-only.md"
    path.write_text("---\nstate: FRA\n---\n\n")
    return path, "empty statement (no text)"


def _bad_truncated_pdf(d: Path) -> tuple[Path, str]:
    data = make_pdf([SPEECH[:2], SPEECH[2:]])
    path = d / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path, "damaged or truncated PDF"


def _bad_not_a_pdf(d: Path) -> tuple[Path, str]:
    path = d / "fake.pdf"
    path.write_text("this was never a PDF")
    return path, "damaged or truncated PDF"


def _bad_encrypted_pdf(d: Path) -> tuple[Path, str]:
    path = d / "locked.pdf"
    path.write_bytes(encrypt_pdf(make_pdf([SPEECH[:2], SPEECH[2:]])))
    return path, "password-protected PDF; give a copy without the password"


def _bad_scanned_pdf(d: Path) -> tuple[Path, str]:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a drawing, no text: what a scan without OCR looks like
    path = d / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path, "PDF without a text layer (scanned?); OCR it first"


def _bad_damaged_docx(d: Path) -> tuple[Path, str]:
    good = make_docx(d / "tmp.docx").read_bytes()
    (d / "tmp.docx").unlink()
    path = d / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    return path, "damaged DOCX (BadZipFile: File is not a zip file)"


def _bad_old_word(d: Path) -> tuple[Path, str]:
    path = d / "old.doc.txt"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path, "Word 97-2003 or encrypted Office file; save it as .docx"


def _bad_zip(d: Path) -> tuple[Path, str]:
    import zipfile

    path = d / "bundle.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return path, "ZIP archive that is not a Word document, not a statement"


def _bad_html_without_text(d: Path) -> tuple[Path, str]:
    path = d / "menu.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav></nav></body></html>")
    return path, "no main text found in the HTML page"


def _bad_declared_utf8_sidecar(d: Path) -> tuple[Path, str]:
    path = d / "latin.txt"
    path.write_bytes("We support the convention. Caf\xe9.".encode("latin-1"))
    (d / "latin.meta.json").write_text(json.dumps({"encoding": "utf-8"}))
    return path, "invalid UTF-8 at byte 30, but the file declares UTF-8"


def _bad_declared_utf8_front_matter(d: Path) -> tuple[Path, str]:
    path = d / "latin.md"
    path.write_bytes(b"---\nencoding: UTF-8\n---\nNa\xefve text.\n")
    return path, "invalid UTF-8 at byte 26, but the file declares UTF-8"


def _bad_huge_single_line(d: Path) -> tuple[Path, str]:
    path = d / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"We support the convention " * (50 * 1024 * 1024 // 26 + 1))
    return path, "too large (50.0 MB; a statement is at most 10 MB)"


def _bad_html_declared_utf8(d: Path) -> tuple[Path, str]:
    path = d / "page.html"
    path.write_bytes(b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9</p></body></html>')
    return path, "invalid UTF-8 at byte 53, but the file declares UTF-8"


def _bad_gzip_not_a_corpus(d: Path) -> tuple[Path, str]:
    import gzip

    path = d / "statement.txt"
    path.write_bytes(gzip.compress(GOOD.encode()))
    return path, "gzip file that is not a .jsonl.gz corpus"


BAD_FILES = {
    name.removeprefix("_bad_"): fn for name, fn in globals().items() if name.startswith("_bad_")
}


def _build(runner: CliRunner, *args: str):
    return runner.invoke(main, ["build", *args])


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def existing_graph(runner, tmp_path) -> Path:
    """A graph built before the bad run, which the bad run may replace but not damage."""
    out = tmp_path / "out" / "graph.ttl"
    src = tmp_path / "first"
    src.mkdir()
    (src / "first.txt").write_text(GOOD)
    assert _build(runner, str(src), "-o", str(out)).exit_code == 0
    return out


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_one_line_and_the_rest_is_built(runner, tmp_path, existing_graph, case):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    bad, message = BAD_FILES[case](folder)
    started = time.perf_counter()
    result = _build(runner, str(folder), "-o", str(existing_graph))
    assert time.perf_counter() - started < 60  # a 50 MB line must not hang the run
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"skipped: {bad}: {message}"
    assert lines[1].startswith("1 statements, ")
    assert lines[1].endswith(f", skipped 1 -> {existing_graph} ({lines[1].split('(')[-1]}")
    assert len(lines) == 2
    assert "good.txt" in existing_graph.read_text()


def test_the_size_limit_is_what_the_message_says():
    assert MAX_BYTES == 10 * 1024 * 1024


def test_nothing_readable_exits_1_and_leaves_the_existing_graph_alone(
    runner, tmp_path, existing_graph
):
    folder = tmp_path / "in"
    folder.mkdir()
    bad, message = _bad_encrypted_pdf(folder)
    empty, _ = _bad_empty(folder)
    before = existing_graph.read_bytes()
    result = _build(runner, str(folder), "-o", str(existing_graph))
    assert result.exit_code == 1
    assert result.output == (
        f"skipped: {empty}: empty statement (no text)\n"
        f"skipped: {bad}: {message}\n"
        "Error: no statements could be read, skipped 2\n"
    )
    assert existing_graph.read_bytes() == before


def test_corpus_with_a_malformed_line_and_a_line_without_text(runner, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "DEU_1", "text": GOOD}) + "\n"
        '{"id": "broken", "text": "no closing brace"\n'
        + json.dumps({"id": "FRA_1", "title": "no text here"})
        + "\n"
        + json.dumps({"id": "FRA_2", "text": "France supports the convention."})
        + "\n"
        + "[1, 2]\n"
    )
    out = tmp_path / "g.ttl"
    result = _build(runner, str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == [
        f"skipped: {corpus}:2: malformed JSON: Expecting ',' delimiter",
        f"skipped: {corpus}:3: no 'text' field",
        f"skipped: {corpus}:5: line is not a JSON object",
    ]
    assert lines[3].startswith("2 statements, ") and ", skipped 3 -> " in lines[3]


def test_corpus_in_a_broken_gzip_stops_at_the_break_with_its_line(runner, tmp_path):
    import gzip

    rows = "".join(json.dumps({"id": f"X{i}", "text": GOOD}) + "\n" for i in range(200))
    data = gzip.compress(rows.encode())
    corpus = tmp_path / "c.jsonl.gz"
    corpus.write_bytes(data[: len(data) - 30])
    result = _build(runner, str(corpus), "-o", str(tmp_path / "g.ttl"))
    first = result.output.splitlines()[0]
    assert first.startswith(f"skipped: {corpus}:") and ": unreadable from here on: " in first
    assert result.exit_code == 0


def test_bad_metadata_is_a_warning_and_the_statement_is_built(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "a.meta.json").write_text(json.dumps({"state": "XYZ", "date": "2022-13-40"}))
    (folder / "b.md").write_text("---\nstate: ru\ndate: 2021-02-29\n---\n" + GOOD)
    out = tmp_path / "g.ttl"
    result = _build(runner, str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:4] == [
        f"warning: {folder / 'a.txt'}: unknown state code 'XYZ' (expected ISO 3166-1 alpha-3)",
        f"warning: {folder / 'a.txt'}: impossible date '2022-13-40' (expected YYYY-MM-DD)",
        f"warning: {folder / 'b.md'}: unknown state code 'ru' (expected ISO 3166-1 alpha-3)",
        f"warning: {folder / 'b.md'}: impossible date '2021-02-29' (expected YYYY-MM-DD)",
    ]
    assert lines[4].startswith("2 statements, ") and "skipped" not in lines[4]


def test_an_unreadable_sidecar_is_a_warning(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "a.meta.json").write_text("{not json")
    result = _build(runner, str(folder), "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        f"warning: {folder / 'a.txt'}: {folder / 'a.meta.json'}: unreadable metadata sidecar: "
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    )


def _without_root_file_powers() -> None:
    """Drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set (prctl
    PR_CAPBSET_DROP) so that root, after exec, obeys file permissions like anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def test_unreadable_directory_and_file_are_skipped(runner, tmp_path):
    # Root reads everything, so as root the build runs in a real process that has
    # given up root's power over file permissions.
    as_root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="tg-perm-")) if as_root else tmp_path
    try:
        base.chmod(0o777)
        folder = base / "in"
        locked = folder / "locked"
        locked.mkdir(parents=True)
        (locked / "x.txt").write_text(GOOD)
        (folder / "good.txt").write_text(GOOD)
        secret = folder / "secret.txt"
        secret.write_text(GOOD)
        folder.chmod(0o755)
        locked.chmod(0)
        secret.chmod(0)
        args = [str(folder), "-o", str(base / "g.ttl")]
        if as_root:
            proc = subprocess.run(
                [sys.executable, "-c", "from graph.cli import main; main()", "build", *args],
                capture_output=True,
                text=True,
                preexec_fn=_without_root_file_powers,
                cwd=base,
                env={**os.environ, "HOME": str(base)},
                timeout=120,
            )
            exit_code, output = proc.returncode, proc.stderr + proc.stdout
        else:
            result = _build(runner, *args)
            exit_code, output = result.exit_code, result.output
    finally:
        locked.chmod(0o755)
        secret.chmod(0o644)
        if as_root:
            shutil.rmtree(base, ignore_errors=True)
    assert exit_code == 0, output
    assert output.splitlines()[:2] == [
        f"skipped: {locked}: cannot list directory: Permission denied",
        f"skipped: {secret}: cannot read: Permission denied",
    ]
    assert ", skipped 2 -> " in output


def test_sparql_syntax_error_is_one_exact_line(runner, tmp_path):
    src = tmp_path / "s"
    src.mkdir()
    (src / "a.txt").write_text(GOOD)
    graph = tmp_path / "g.ttl"
    assert _build(runner, str(src), "-o", str(graph)).exit_code == 0
    result = runner.invoke(main, ["query", str(graph), "SELECT ?x WHERE { ?x ?y }"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: SPARQL syntax error: Expected SelectQuery, found '?' (at char 18), "
        "(line:1, col:19)\n"
    )
