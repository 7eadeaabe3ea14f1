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
        from .evaluate import GoldError
        from .extractors import UnknownExtractorError
        from .query import QueryError
        from .storage import GraphFileError

        user_errors = (GraphFileError, QueryError, GoldError, UnknownExtractorError, OSError)
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


def _progress(items: list, label: str) -> Iterator:
    """A progress bar with rate and ETA on a terminal; silent otherwise."""
    if not sys.stderr.isatty() or len(items) < 20:
        yield from items
        return
    with click.progressbar(
        items, label=label, file=sys.stderr, show_pos=True, show_eta=True
    ) as bar:
        yield from bar


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


def _extract(docs: list, extractor_names: tuple[str, ...]) -> list:
    from . import extractors, pipeline

    names = extractor_names or extractors.DEFAULT_PIPELINE
    return [pipeline.extract(d, names) for d in _progress(docs, "extracting")]


def _load(path: str):
    from . import storage

    return storage.load(path)


def _skipped_summary(skipped: list) -> str:
    return f", skipped {len(skipped)}" if skipped else ""


# ---- build ------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    default=DEFAULT_OUTPUT,
    show_default=True,
    type=click.Path(),
    help="Where to write the graph (Turtle, or TriG with --format trig).",
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
def build(paths, output, fmt, base, maps, extractor_names, validate, with_text) -> None:
    """Read statements (default: sources/), extract, build and write the graph.

    Example: treatygraph build sources/ -o out/graph.ttl
    """
    from . import builder, iris, storage
    from . import validate as shacl

    started = time.perf_counter()
    docs, skipped = _read(paths or (DEFAULT_SOURCES,), _field_map(maps))
    if not docs:
        raise click.ClickException(f"no statements could be read{_skipped_summary(skipped)}")
    extractions = _extract(docs, extractor_names)
    ds = builder.build(extractions, base or iris.DEFAULT_BASE, with_text)
    if validate:
        report = shacl.validate(ds)
        if not report.conforms:
            click.echo(report.text, err=True)
            raise click.ClickException(
                f"the graph does not conform to the shapes ({report.violations} violations); "
                f"nothing written to {output}"
            )
    out_fmt = fmt or storage.format_for(Path(output))
    storage.save(ds, output, out_fmt if out_fmt not in ("json-ld",) else "jsonld")
    counts = summary_counts(extractions, len(ds))
    elapsed = time.perf_counter() - started
    click.echo(
        f"{counts['statements']} statements, {counts['officials']} officials, "
        f"{counts['states']} states, {counts['resolutions']} resolutions, "
        f"{counts['instruments']} instruments, {counts['stances']} stances, "
        f"{counts['triples']} triples{_skipped_summary(skipped)} -> {output} ({elapsed:.1f} s)"
    )


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

    Example: treatygraph validate out/graph.ttl
    """
    from . import validate as shacl

    try:
        ds = _load(graph)
        report = shacl.validate(ds)
    except Exception as exc:  # the exit-code contract: every failure to check is 2
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo(f"{graph}: conforms")
        return
    click.echo(report.text)
    click.echo(f"{graph}: does not conform ({report.violations} violations)")
    sys.exit(1)


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
