"""Scale benchmark: the UN General Debate Corpus through extraction, the store and queries.

Run by hand (``make bench``), not by the test suite:

    .venv/bin/python benchmarks/run.py [CORPUS] [--limit N] [--jobs N] [--validate]
                                       [--no-memory-compare]

It prints the wall time and peak memory of extraction (worker processes, which
also build each statement's graph, and with ``--validate`` check it against the
SHACL shapes, as ``build`` does by default) and of loading the store, the store's
size, and each named query's time on the store (Oxigraph) and on rdflib's in-memory
Dataset built from the same extractions, with their ratio. ``build`` streams the
workers' output into the store, so its wall time is at most the sum of the two.

Peak memory is ``getrusage`` ``ru_maxrss``: for this process, a high-water mark that
only grows (so each figure is the peak *so far*), and for the largest worker process.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "ungdc" / "ungdc_1946_2024.jsonl.gz"
TARGET_SECONDS, TARGET_MB, TARGET_QUERY_MS = 300, 4096, 200


def peak_mb() -> tuple[float, float]:
    """(this process, largest finished child) peak resident memory in MB (Linux: KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def timed(fn, repeat: int = 3) -> tuple[float, float, int]:
    """(first run, median of ``repeat`` runs) in ms, and the number of result rows."""
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(list(fn()))
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None, help="only the first N speeches")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--store", default=None, help="store directory (default: a temp dir)")
    parser.add_argument(
        "--validate", action="store_true", help="check each statement graph against the shapes"
    )
    parser.add_argument(
        "--no-memory-compare",
        action="store_true",
        help="skip rdflib's in-memory Dataset (it needs several GB for the full corpus)",
    )
    args = parser.parse_args()

    from graph import builder, pipeline, readers, storage, store
    from graph import query as q

    corpus = Path(args.corpus)
    if not corpus.exists():
        sys.exit(f"{corpus}: not found (give the corpus path as the first argument)")
    print(
        f"corpus: {corpus}  limit: {args.limit or 'all'}  "
        f"jobs: {args.jobs}  cores: {os.cpu_count()}"
    )

    started = time.perf_counter()
    items = readers.read([corpus], {"state": "country_code"})
    good = (d for d in items if not isinstance(d, readers.Problem))
    docs = list(itertools.islice(good, args.limit) if args.limit else good)
    read_s = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in docs)
    print(f"read:        {len(docs)} speeches, {words / 1e6:.1f} M words in {read_s:.1f} s")

    tmp = None
    if args.store:
        path = Path(args.store)
        shutil.rmtree(path, ignore_errors=True)
    else:
        tmp = tempfile.mkdtemp(prefix="tg-bench-")
        path = Path(tmp) / "store"
    try:
        # As ``build --store`` does it: workers extract and build (and check) each
        # statement's graph; the main process loads them into the store as they come.
        extractions: list = []
        waited = [0.0, 0.0]  # seconds waiting for the workers; when the last result came
        bad = [0]

        def rendered():
            pairs = pipeline.extract_and_render(
                docs, store.Renderer(validate=args.validate), jobs=args.jobs
            )
            while True:
                before = time.perf_counter()
                pair = next(pairs, None)
                waited[0] += time.perf_counter() - before
                if pair is None:
                    waited[1] = time.perf_counter()
                    return
                extractions.append(pair[0])
                bad[0] += bool(pair[1].problems)
                # The benchmark loads them all: the store refuses a statement with problems.
                yield dataclasses.replace(pair[1], problems=())

        started = time.perf_counter()
        summary = store.write(path, rendered(), fresh=True)
        build_s = time.perf_counter() - started
        extract_s = waited[1] - started
        own, workers = peak_mb()
        checked = f", {bad[0]} not conforming to the shapes" if args.validate else ""
        print(
            f"extraction:  {extract_s:.1f} s ({len(docs) / extract_s:.0f} speeches/s) in "
            f"{args.jobs} workers (extract, build graphs{', validate' if args.validate else ''})"
            f", peak {workers:.0f} MB largest worker{checked}"
        )
        size_mb = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        print(
            f"store load:  {build_s - waited[0]:.1f} s in the main process, overlapping "
            f"extraction, {build_s - extract_s:.1f} s after it; peak {own:.0f} MB main (so far); "
            f"{summary.statements} statements, {summary.quads} quads, {size_mb:.0f} MB on disk"
        )
        total_s = read_s + build_s
        print(
            f"total:       {total_s:.1f} s (target <= {TARGET_SECONDS} s), "
            f"peak {max(peak_mb()):.0f} MB (target <= {TARGET_MB} MB)"
        )

        on_store = storage.load(path)
        triples = len(on_store)
        print(f"triples:     {triples} distinct in the union graph")
        # The store's queries are timed first, in the state a user's process is in; a
        # 9 GB rdflib Dataset in the same process makes every allocation (and so every
        # result row) slower through the garbage collector.
        store_times = {}
        for nq in q.named_queries().values():
            store_times[nq.name] = timed(lambda nq=nq: q.run(on_store, nq.text))
        memory = None
        if not args.no_memory_compare:
            started = time.perf_counter()
            memory = builder.build(extractions)
            mem_s = time.perf_counter() - started
            print(
                f"in-memory:   rdflib Dataset built in {mem_s:.1f} s, "
                f"peak {peak_mb()[0]:.0f} MB (so far)"
            )

        print()
        header = f"{'query':<24} {'rows':>6} {'store ms':>10} {'(1st)':>8}"
        if memory is not None:
            header += f" {'rdflib ms':>10} {'(1st)':>8} {'rdflib/store':>13}"
        print(header)
        slowest = 0.0
        for nq in q.named_queries().values():
            first, median, rows = store_times[nq.name]
            slowest = max(slowest, median)
            line = f"{nq.name:<24} {rows:>6} {median:>10.1f} {first:>8.1f}"
            if memory is not None:
                m_first, m_median, m_rows = timed(lambda nq=nq: q.run(memory, nq.text), repeat=1)
                check = "" if m_rows == rows else f"  (rdflib: {m_rows} rows)"
                line += f" {m_median:>10.1f} {m_first:>8.1f} {m_median / median:>12.1f}x{check}"
            print(line)
        print(f"\nslowest named query on the store: {slowest:.0f} ms (target <= {TARGET_QUERY_MS})")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
