"""The ``treatygraph`` command: thin click commands over the library's functions.

Library errors become one-line ``click.ClickException`` messages here, in one place
(:class:`Group`); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from . import __version__

DEFAULT_SOURCES = "sources"
DEFAULT_OUTPUT = "out/graph.ttl"


class Group(click.Group):
    """Turns library exceptions into one clear line and an exit code."""

    def invoke(self, ctx: click.Context) -> object:
        from .analysis import AnalysisError
        from .evaluate import GoldError
        from .extractors import UnknownExtractorError
        from .query import QueryError
        from .storage import GraphFileError
        from .view import ViewError

        user_errors = (
            GraphFileError,
            QueryError,
            GoldError,
            UnknownExtractorError,
            ViewError,
            AnalysisError,
            OSError,
        )
        try:
            return super().invoke(ctx)
        except user_errors as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            message = str(exc) if not isinstance(exc, KeyError) else str(exc)
            if isinstance(exc, OSError) and exc.filename:
                message = f"{exc.filename}: {exc.strerror or exc}"
            raise click.ClickException(message) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="treatygraph")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn diplomatic statements into a knowledge graph of who said what, where,
    invoking which resolutions and treaties, and which positions they took."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


# ---- shared helpers ----------------------------------------------------------------


def _field_map(pairs: Iterable[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise click.BadParameter(f"{pair!r} is not FIELD=SOURCE_FIELD", param_hint="--map")
        out[key.strip()] = value.strip()
    return out


def _progress(items: Iterable, label: str, length: int | None = None) -> Iterator:
    """A progress bar with position, rate and ETA on a terminal; silent otherwise.

    ``items`` may be a lazy iterable (e.g. results from worker processes) when
    ``length`` says how many it will yield.
    """
    total = length if length is not None else len(items)  # type: ignore[arg-type]
    if not sys.stderr.isatty() or total < 20:
        yield from items
        return
    started = time.perf_counter()
    done = 0

    def rate(_item: object) -> str:
        elapsed = time.perf_counter() - started
        return f"{done / elapsed:.1f}/s" if done and elapsed > 0 else ""

    with click.progressbar(
        length=total,
        label=label,
        file=sys.stderr,
        show_pos=True,
        show_eta=True,
        item_show_func=rate,
    ) as bar:
        for item in items:
            yield item
            done += 1
            bar.update(1, item)


def _read(paths: tuple[str, ...], field_map: dict[str, str]):
    """Documents from ``paths``; problems are reported on stderr as they come."""
    from .readers import Problem

    docs, skipped = [], []
    for item in _read_iter(paths, field_map):
        if isinstance(item, Problem):
            level = "skipped" if item.fatal else "warning"
            click.echo(f"{level}: {item}", err=True)
            if item.fatal:
                skipped.append(item)
        else:
            docs.append(item)
    return docs, skipped


def _read_iter(paths, field_map):
    from . import readers

    return readers.read(paths, field_map)


def _extract(docs: list, extractor_names: tuple[str, ...], jobs: int | None = None) -> list:
    """Extractions in input order; ``jobs`` worker processes (None: by corpus size)."""
    from . import extractors, pipeline

    names = extractor_names or extractors.DEFAULT_PIPELINE
    results = pipeline.extract_many(docs, names, jobs)
    return list(_progress(results, "extracting", length=len(docs)))


def _load(path: str):
    from . import storage

    return storage.load(path)


def _skipped_summary(skipped: list) -> str:
    return f", skipped {len(skipped)}" if skipped else ""


# ---- build ------------------------------------------------------------------------------


_JOBS_HELP = (
    "Worker processes for extraction (default: all cores for 200 or more statements, "
    "else 1). The output does not depend on it."
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(),
    help=f"Where to write the graph (Turtle, or TriG with --format trig); "
    f"default {DEFAULT_OUTPUT} unless --store is given.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld"]),
    default=None,
    help="Output syntax (default: from the file suffix).",
)
@click.option("--base", default=None, help="Base IRI for minted identifiers.")
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="FIELD=SOURCE",
    help="Read corpus field SOURCE as FIELD (e.g. state=country_code).",
)
@click.option(
    "--extractor",
    "extractor_names",
    multiple=True,
    help="Extractors to run, in order (default: metadata, entities, stances).",
)
@click.option(
    "--validate/--no-validate",
    default=True,
    show_default=True,
    help="Check the graph against the SHACL shapes before writing it.",
)
@click.option(
    "--text/--no-text",
    "with_text",
    default=True,
    show_default=True,
    help="Keep each statement's full text in the graph.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False),
    help="Also (or, without -o, only) load the graph into a store directory, "
    "replacing its content.",
)
@click.option("--jobs", type=click.IntRange(min=1), help=_JOBS_HELP)
def build(
    paths, output, fmt, base, maps, extractor_names, validate, with_text, store_dir, jobs
) -> None:
    """Read statements (default: sources/), extract, build and write the graph.

    Each statement's graph is checked against the SHACL shapes as it is built (in
    the extraction workers); if any does not conform nothing is written.
    Examples: treatygraph build sources/ -o out/graph.ttl;
    treatygraph build corpus.jsonl.gz --store out/store --jobs 2
    """
    from . import builder, iris, storage
    from . import store as tgstore

    started = time.perf_counter()
    if output is None and store_dir is None:
        output = DEFAULT_OUTPUT
    targets = " and ".join(t for t in (output, store_dir) if t)
    docs, skipped = _read(paths or (DEFAULT_SOURCES,), _field_map(maps))
    if not docs:
        raise click.ClickException(f"no statements could be read{_skipped_summary(skipped)}")
    base = base or iris.DEFAULT_BASE
    extractions: list = []
    rendered = _render(docs, extractor_names, jobs, tgstore.Renderer(base, with_text, validate))
    with _nothing_written_if_not_conforming(targets):
        if store_dir:
            result = tgstore.write(
                store_dir, _keep(rendered, extractions), base=base, with_text=with_text, fresh=True
            )
        else:
            problems = {r.document: r.problems for r in _keep(rendered, extractions) if r.problems}
            if problems:
                raise tgstore.NonConformingError(tgstore.non_conforming_message(problems), problems)
    ds = None
    if output:
        ds = builder.build(extractions, base, with_text)
        out_fmt = fmt or storage.format_for(Path(output))
        storage.save(ds, output, out_fmt if out_fmt not in ("json-ld",) else "jsonld")
    size = f"{len(ds)} triples" if ds is not None else f"{result.quads} quads"
    counts = summary_counts(extractions, 0)
    elapsed = time.perf_counter() - started
    click.echo(
        f"{counts['statements']} statements, {counts['officials']} officials, "
        f"{counts['states']} states, {counts['resolutions']} resolutions, "
        f"{counts['instruments']} instruments, {counts['stances']} stances, "
        f"{size}{_skipped_summary(skipped)} -> {targets} ({elapsed:.1f} s)"
    )


def _render(docs: list, extractor_names: tuple[str, ...], jobs: int | None, renderer) -> Iterator:
    """(extraction, rendered statement) pairs in input order, behind a progress bar."""
    from . import extractors, pipeline

    names = extractor_names or extractors.DEFAULT_PIPELINE
    pairs = pipeline.extract_and_render(docs, renderer, names, jobs)
    return _progress(pairs, "building", length=len(docs))


def _keep(pairs: Iterable, extractions: list) -> Iterator:
    """The rendered statements of ``pairs``; their extractions go to ``extractions``."""
    for extraction, rendered in pairs:
        extractions.append(extraction)
        yield rendered


# Violations shown before "... and N more".
_SHOWN_PROBLEMS = 20


class _nothing_written_if_not_conforming:  # noqa: N801  (used as a statement)
    """Shows the violations of a :class:`graph.store.NonConformingError` on stderr and
    stops with one line saying nothing was written."""

    def __init__(self, targets: str) -> None:
        self.targets = targets

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:  # type: ignore[no-untyped-def]
        from .store import NonConformingError

        if not isinstance(exc, NonConformingError):
            return False
        lines = [f"{doc}: {line}" for doc, found in exc.problems.items() for line in found]
        for line in lines[:_SHOWN_PROBLEMS]:
            click.echo(line, err=True)
        if len(lines) > _SHOWN_PROBLEMS:
            click.echo(f"... and {len(lines) - _SHOWN_PROBLEMS} more", err=True)
        raise click.ClickException(f"{exc}; nothing written to {self.targets}") from None


# ---- add, remove (the store) ---------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--store",
    "store_dir",
    default="out/store",
    show_default=True,
    type=click.Path(file_okay=False),
    help="The store directory (created if missing).",
)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="FIELD=SOURCE",
    help="Read corpus field SOURCE as FIELD (e.g. state=country_code).",
)
@click.option(
    "--extractor",
    "extractor_names",
    multiple=True,
    help="Extractors to run, in order (default: metadata, entities, stances).",
)
@click.option("--base", default=None, help="Base IRI (default: the store's).")
@click.option(
    "--validate/--no-validate",
    default=True,
    show_default=True,
    help="Check the changed store against the SHACL shapes before keeping it.",
)
@click.option(
    "--text/--no-text",
    "with_text",
    default=True,
    show_default=True,
    help="Keep each statement's full text in the graph.",
)
@click.option("--jobs", type=click.IntRange(min=1), help=_JOBS_HELP)
def add(paths, store_dir, maps, extractor_names, base, validate, with_text, jobs) -> None:
    """Add statements to a store, replacing earlier versions of the same statements.

    Each statement is its own named graph: re-adding an unchanged file changes
    nothing, an edited one replaces its old facts. Only the added statements are
    checked against the shapes. Example: treatygraph add sources/ --store out/store
    """
    from . import iris
    from . import store as tgstore

    started = time.perf_counter()
    docs, skipped = _read(paths, _field_map(maps))
    if not docs:
        raise click.ClickException(f"no statements could be read{_skipped_summary(skipped)}")
    stored_base = tgstore.base_of(store_dir) if tgstore.is_store(store_dir) else None
    renderer = tgstore.Renderer(base or stored_base or iris.DEFAULT_BASE, with_text, validate)
    rendered = _render(docs, extractor_names, jobs, renderer)
    with _nothing_written_if_not_conforming(store_dir):
        result = tgstore.write(store_dir, _keep(rendered, []), base=base, with_text=with_text)
    elapsed = time.perf_counter() - started
    click.echo(
        f"{result.added} added, {result.replaced} replaced, {result.unchanged} unchanged"
        f"{_skipped_summary(skipped)}; {_statements(result.statements)}, {result.quads} quads "
        f"-> {store_dir} ({elapsed:.1f} s)"
    )


@main.command()
@click.argument("ids", nargs=-1, required=True)
@click.option(
    "--store",
    "store_dir",
    default="out/store",
    show_default=True,
    type=click.Path(file_okay=False),
    help="The store directory.",
)
def remove(ids, store_dir) -> None:
    """Remove statements (by document id) and all their facts from a store.

    Example: treatygraph remove 000_d5c38ce167951bfd --store out/store
    """
    from . import store as tgstore

    result = tgstore.remove(store_dir, ids)
    click.echo(
        f"removed {len(ids)}; {_statements(result.statements)}, {result.quads} quads -> {store_dir}"
    )


def _statements(n: int) -> str:
    return f"{n} statement" if n == 1 else f"{n} statements"


def summary_counts(extractions: list, triples: int) -> dict[str, int]:
    def distinct(kind: str) -> int:
        return len({m.id for x in extractions for m in x.mentions if m.kind == kind})

    states = {m.id for x in extractions for m in x.mentions if m.kind == "State"}
    states |= {x.metadata.state for x in extractions if x.metadata.state}
    return {
        "statements": len(extractions),
        "officials": len({p.id for x in extractions for p in x.persons}),
        "states": len(states),
        "resolutions": distinct("Resolution"),
        "instruments": distinct("Instrument"),
        "stances": sum(len(x.stances) for x in extractions),
        "triples": triples,
    }


# ---- extract ----------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json (one object per line) for tools.",
)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="FIELD=SOURCE",
    help="Read corpus field SOURCE as FIELD (e.g. state=country_code).",
)
@click.option(
    "--extractor",
    "extractor_names",
    multiple=True,
    help="Extractors to run, in order (default: metadata, entities, stances).",
)
def extract(paths, fmt, maps, extractor_names) -> None:
    """Show what is extracted from each statement, without building a graph.

    Example: treatygraph extract sources/000_d5c38ce167951bfd.txt --format json
    """
    from .predictions import as_prediction

    docs, skipped = _read(paths, _field_map(maps))
    if not docs:
        raise click.ClickException(f"no statements could be read{_skipped_summary(skipped)}")
    for x in _extract(docs, extractor_names):
        pred = as_prediction(x)
        if fmt == "json":
            click.echo(json.dumps(pred, ensure_ascii=False))
        else:
            click.echo(_extraction_table(pred))


def _extraction_table(pred: dict) -> str:
    from .query import table

    md = pred["metadata"]
    guessed = set(md.get("guessed", []))
    lines = [f"== {pred['document']}"]
    for key in ("speaker", "role", "state", "event", "date", "translation", "organization"):
        value = md.get(key)
        mark = " (guessed)" if key in guessed else ""
        lines.append(f"  {key + ':':<14}{'' if value is None else value}{mark}")
    ents = sorted({(e["type"], e["id"]) for e in pred["entities"]})
    lines.append(f"  entities ({len(ents)}):")
    lines.extend(f"    {t:<13} {i}" for t, i in ents)
    rows = [
        [s["holder"], s["topic"], s["polarity"], s["evidence"][0]["text"] if s["evidence"] else ""]
        for s in pred["stances"]
    ]
    lines.append(f"  stances ({len(rows)}):")
    body = table(["holder", "topic", "polarity", "evidence"], rows, width=70)
    lines.extend("    " + line for line in body.splitlines()[:-1])
    for w in pred.get("warnings", []):
        lines.append(f"  warning: {w}")
    return "\n".join(lines) + "\n"


# ---- query -----------------------------------------------------------------------------


@main.command()
@click.argument("graph", required=False, type=click.Path())
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(), help="Read the query from a .rq file.")
@click.option("--name", "name", help="Run a named query (see --list).")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Parameter of a named query, e.g. state=RUS.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    default="table",
    show_default=True,
    help="Result format.",
)
@click.option("--list", "list_", is_flag=True, help="List the named queries and exit.")
def query(graph, sparql, query_file, name, params, fmt, list_) -> None:
    """Ask the graph a SPARQL 1.1 question, or one of the named ones.

    Examples: treatygraph query out/graph.ttl --name stances --param state=RUS;
    treatygraph query out/graph.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from . import query as q

    if list_:
        for nq in q.named_queries().values():
            plist = " ".join(f"[{p[0]}=…]" for p in nq.params)
            click.echo(f"{nq.name:<24} {nq.title}" + (f"  {plist}" if plist else ""))
        return
    if graph is None:
        raise click.UsageError("GRAPH is required (an RDF file written by build)")
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a SPARQL string, --file Q.rq, --name NAME")
    values = _field_map_params(params)
    if name:
        text = q.bind_parameters(q.get_named(name), values)
    else:
        if values:
            raise click.UsageError("--param goes with --name")
        if query_file:
            try:
                text = Path(query_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise click.ClickException(f"{query_file}: cannot read query: {exc}") from None
        else:
            text = sparql
    ds = _load(graph)
    click.echo(q.format_result(q.run(ds, text), fmt), nl=False)


def _field_map_params(pairs: Iterable[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        out[key.strip()] = value.strip()
    return out


# ---- export, validate, view -------------------------------------------------------------


@main.command()
@click.argument("graph", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld"]),
    default="turtle",
    show_default=True,
    help="RDF syntax to write.",
)
@click.option("-o", "--output", type=click.Path(), help="File to write (default: standard output).")
def export(graph, fmt, output) -> None:
    """Write the graph in another RDF syntax.

    Example: treatygraph export out/graph.ttl --format jsonld -o out/graph.jsonld
    """
    from . import storage

    ds = _load(graph)
    if output:
        storage.save(ds, output, fmt)
        click.echo(f"{len(ds)} triples -> {output}")
    else:
        click.echo(storage.serialize(ds, fmt), nl=False)


@main.command()
@click.argument("graph", type=click.Path())
def validate(graph) -> None:
    """Check a graph against the SHACL shapes: exit 0 conforms, 1 does not, 2 error.

    A store is checked one statement graph at a time, each with the authority graph.

    Example: treatygraph validate out/graph.ttl
    """
    from . import validate as shacl

    try:
        report = _validate_store(graph) if _is_store(graph) else shacl.validate(_load(graph))
    except Exception as exc:  # the exit-code contract: every failure to check is 2
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo(f"{graph}: conforms")
        return
    click.echo(report.text, nl=False)
    click.echo(f"{graph}: does not conform ({report.violations} violations)")
    sys.exit(1)


def _is_store(path: str) -> bool:
    from . import store

    return store.is_store(path)


def _validate_store(path: str):
    """A store is checked graph by graph (with its authority graph), as build does."""
    from rdflib import Graph

    from . import store
    from . import validate as shacl
    from .iris import Minter

    ds = store.open_dataset(path)
    name = Minter(store.base_of(path)).authority_graph()
    authority = Graph(identifier=name)
    authority += ds.graph(name)
    names = sorted(g.identifier for g in ds.graphs() if g.identifier != name and len(g))
    return shacl.validate_graphs(ds, names, authority)


@main.command()
@click.argument("graph", type=click.Path())
@click.option(
    "-o",
    "--output",
    default="out/graph.html",
    show_default=True,
    type=click.Path(),
    help="The HTML file to write.",
)
@click.option("--focus", help="Show only the neighbourhood of a state (ISO3) or person (slug).")
@click.option("--topic", "topics", multiple=True, help="Show only stances on these topics.")
@click.option(
    "--layout",
    type=click.Choice(["force", "hierarchical"]),
    default="force",
    show_default=True,
    help="Graph layout.",
)
@click.option(
    "--max-nodes",
    default=5000,
    show_default=True,
    help="Above this many nodes, keep the best connected ones and say so.",
)
def view(graph, output, focus, topics, layout, max_nodes) -> None:
    """Write the interactive HTML view of the graph (works offline).

    Example: treatygraph view out/graph.ttl -o out/graph.html
    """
    from . import view as viewer

    ds = _load(graph)
    result = viewer.render(
        ds, Path(output), focus=focus, topics=list(topics), layout=layout, max_nodes=max_nodes
    )
    click.echo(str(result))


# ---- serve, push ------------------------------------------------------------------------


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped (HTTP 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most result rows (or triples) sent; more are cut and marked X-Result-Truncated.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Worker processes evaluating queries (each holds the graph).",
)
def serve(graph, host, port, timeout, max_rows, workers) -> None:
    """Serve a store or RDF file as a read-only SPARQL 1.1 endpoint.

    Example: treatygraph serve out/store --port 7878, then
    curl 'http://127.0.0.1:7878/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from . import serve as server

    endpoint = server.make_server(graph, host, port, timeout, max_rows, workers)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can query", err=True)
    click.echo(f"serving {graph} at {endpoint.url} (read-only; Ctrl-C to stop)")
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close(endpoint)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--endpoint", help="SPARQL 1.1 Update endpoint (e.g. http://host:7878/update).")
@click.option(
    "--graph-store",
    help="SPARQL 1.1 Graph Store Protocol URL (e.g. http://host:7878/store); used if given.",
)
@click.option(
    "--timeout", default=120.0, show_default=True, help="Seconds to wait for each request."
)
def push(graph, endpoint, graph_store, timeout) -> None:
    """Upload each named graph of a store or RDF file to a SPARQL 1.1 server,
    replacing the server's graph of the same name (pushing again adds nothing).

    Example: treatygraph push out/store --graph-store http://127.0.0.1:7878/store
    """
    from . import push as uploader

    if not endpoint and not graph_store:
        raise click.UsageError("give --endpoint URL (SPARQL Update) or --graph-store URL")
    started = time.perf_counter()
    result = uploader.push(graph, endpoint, graph_store, timeout, progress=_progress)
    elapsed = time.perf_counter() - started
    click.echo(
        f"pushed {result.graphs} graphs, {result.triples} triples -> "
        f"{graph_store or endpoint} ({elapsed:.1f} s)"
    )


# ---- alignment, timeline, stats ---------------------------------------------------------


def _result_format(*choices: str):
    """The --format option of the analysis commands (table first, the default)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default="table",
        show_default=True,
        help="Result format.",
    )


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--topic", "topics", multiple=True, help="Only these topics (repeatable).")
@_result_format("table", "csv", "json")
@click.option("--png", type=click.Path(), help="Also write the agreement heatmap here.")
def alignment(graph, topics, fmt, png) -> None:
    """Agreement between States on shared topics, blocs, and the topics dividing them.

    Example: treatygraph alignment out/graph.ttl --png out/alignment.png
    """
    from . import analysis

    result = analysis.alignment(_load(graph), list(topics) or None)
    click.echo(analysis.render(result, fmt), nl=False)
    if png:
        analysis.heatmap(result, png)
        n = len(result.states)
        click.echo(f"heatmap of {n} state{'' if n == 1 else 's'} -> {png}", err=True)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--state", help="Only this State (ISO3, e.g. RUS).")
@click.option("--topic", help="Only this topic (codebook id, e.g. broad-scope).")
@_result_format("table", "csv", "json")
def timeline(graph, state, topic, fmt) -> None:
    """Positions per State and topic in date order, flagging reversals.

    Example: treatygraph timeline out/graph.ttl --state RUS
    """
    from . import analysis

    click.echo(analysis.render(analysis.timeline(_load(graph), state, topic), fmt), nl=False)


@main.command()
@click.argument("graph", type=click.Path())
@_result_format("table", "json")
def stats(graph, fmt) -> None:
    """Counts by type, most cited instruments, most central actors, statements per event.

    Example: treatygraph stats out/graph.ttl
    """
    from . import analysis

    click.echo(analysis.render(analysis.stats(_load(graph)), fmt), nl=False)


# ---- evaluate, extractors ---------------------------------------------------------------


@main.command()
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(),
    help="Folder of gold JSON files (format of shared/gold/README.md).",
)
@click.option(
    "--texts",
    "texts",
    required=True,
    multiple=True,
    type=click.Path(),
    help="The statements the gold files describe (files, folders or a corpus).",
)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="FIELD=SOURCE",
    help="Read corpus field SOURCE as FIELD (e.g. state=country_code).",
)
def evaluate(gold_dir, texts, maps) -> None:
    """Score extraction against gold answers: metadata, entity and stance P/R/F1.

    Example: treatygraph evaluate --gold ../shared/gold/dev --texts ../shared/seeds
    """
    from . import evaluate as ev
    from .predictions import as_prediction

    gold = ev.load_gold(gold_dir)
    docs, _ = _read(texts, _field_map(maps))
    docs = [d for d in docs if d.id in gold]
    predictions = [as_prediction(x) for x in _extract(docs, ())]
    scores = ev.score(gold, predictions, {d.id: d.text for d in docs})
    click.echo(ev.report(scores), nl=False)


@main.command(name="extractors")
def list_extractors() -> None:
    """List the registered extractors (built-in and from installed plugins)."""
    from . import extractors as ex

    for name in ex.names():
        default = " (default)" if name in ex.DEFAULT_PIPELINE else ""
        click.echo(f"{name:<12} {ex.describe(name)}{default}")


if __name__ == "__main__":  # pragma: no cover
    main()
