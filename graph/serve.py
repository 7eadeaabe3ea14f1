"""A read-only SPARQL 1.1 Protocol endpoint over a store or an RDF file.

``http.server`` takes the requests (one thread each); queries are evaluated in worker
processes that each hold the graph, so that a query running past ``--timeout`` can
be stopped for real (its worker is killed and replaced), whichever engine evaluates
it (Oxigraph for a store, rdflib for a file). Results are capped at ``--max-rows``
rows (or triples); a capped answer says so in the ``X-Result-Truncated`` header.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import queue
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
PATHS = ("/sparql", "/query", "/")

# Media types offered, in order of preference when the client accepts anything.
TABLE_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
BOOLEAN_TYPES = {k: v for k, v in TABLE_TYPES.items() if v in ("json", "xml")}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "text/plain": "nt",
}
# The ``format`` / ``output`` parameter some clients (SPARQLWrapper) send.
FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "n3": "text/turtle",
    "rdf+xml": "application/rdf+xml",
    "json-ld": "application/ld+json",
}
READ_ONLY = "updates are not allowed: this endpoint is read-only"


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error(status: HTTPStatus, message: str) -> Response:
    return Response(int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


# ---- answering one query (runs in a worker) ------------------------------------------


def answer(ds: Any, text: str, accept: str, max_rows: int) -> Response:
    """Evaluate ``text`` over ``ds`` and format the result as the client asked."""
    from . import query as q

    try:
        result = q.run(ds, text)
    except q.QueryError as exc:
        if _is_update(text):
            return error(HTTPStatus.FORBIDDEN, READ_ONLY)
        status = (
            HTTPStatus.BAD_REQUEST if "syntax" in str(exc) else HTTPStatus.INTERNAL_SERVER_ERROR
        )
        return error(status, str(exc))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            return _not_acceptable(GRAPH_TYPES)
        graph, truncated = Graph(), False
        for i, triple in enumerate(result.graph or ()):
            if i >= max_rows:
                truncated = True
                break
            graph.add(triple)
        body = graph.serialize(format=GRAPH_TYPES[media]).encode("utf-8")
        return _ok(media, body, truncated)
    if result.type == "ASK":
        media = negotiate(accept, BOOLEAN_TYPES)
        if media is None:
            return _not_acceptable(BOOLEAN_TYPES)
        return _ok(media, _boolean(bool(result.askAnswer), BOOLEAN_TYPES[media]), False)
    media = negotiate(accept, TABLE_TYPES)
    if media is None:
        return _not_acceptable(TABLE_TYPES)
    names = [str(v) for v in (result.vars or [])]
    rows, truncated = [], False
    for i, row in enumerate(result):
        if i >= max_rows:
            truncated = True
            break
        rows.append(list(row))
    return _ok(media, _table(names, rows, TABLE_TYPES[media]), truncated)


def _is_update(text: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # not an update either: a plain syntax error
        return False
    return True


def _ok(media: str, body: bytes, truncated: bool) -> Response:
    charset = "" if media.endswith("+xml") or media.endswith("/xml") else "; charset=utf-8"
    headers = {"X-Result-Truncated": "true"} if truncated else {}
    return Response(int(HTTPStatus.OK), media + charset, body, headers)


def _not_acceptable(offered: dict[str, str]) -> Response:
    return error(
        HTTPStatus.NOT_ACCEPTABLE, "no acceptable result format; offered: " + ", ".join(offered)
    )


def negotiate(accept: str, offered: dict[str, str]) -> str | None:
    """The offered media type the ``Accept`` header likes best (first offered on ties)."""
    ranges = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    quality = float(p[2:])
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((-quality, i, media.lower()))
    for neg_quality, _, media in sorted(ranges):
        if neg_quality >= 0:  # q=0 means "not this"
            continue
        if media in offered:
            return media
        if media in ("*/*", "*"):
            return next(iter(offered))
        if media.endswith("/*"):
            prefix = media[:-1]
            match = next((m for m in offered if m.startswith(prefix)), None)
            if match:
                return match
    return None


# ---- result formats -------------------------------------------------------------------------


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _xml_term(term: Any) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attr = ""
    if isinstance(term, Literal) and term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif isinstance(term, Literal) and term.datatype:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{escape(str(term))}</literal>"


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def _table(names: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [
            {n: _json_term(v) for n, v in zip(names, row, strict=True) if v is not None}
            for row in rows
        ]
        doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names)]
        out.append("</head>\n<results>\n")
        for row in rows:
            cells = "".join(
                f"<binding name={quoteattr(n)}>{_xml_term(v)}</binding>"
                for n, v in zip(names, row, strict=True)
                if v is not None
            )
            out.append(f"<result>{cells}</result>\n")
        out.append("</results>\n</sparql>\n")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows(["" if v is None else str(v) for v in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    # TSV: terms in their N-Triples form (SPARQL 1.1 Query Results CSV and TSV Formats).
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join("" if v is None else v.n3() for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    return (_XML_HEAD + f"<head/>\n<boolean>{str(value).lower()}</boolean>\n</sparql>\n").encode()


# ---- worker processes ---------------------------------------------------------------------


def _worker_main(source: str, conn: Connection) -> None:
    """Load the graph once, then answer queries from ``conn`` until it closes."""
    from . import storage

    try:
        ds = storage.load(source)
    except Exception as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            text, accept, max_rows = conn.recv()
        except EOFError:
            return
        try:
            conn.send(answer(ds, text, accept, max_rows))
        except Exception as exc:  # never leave the server without an answer
            conn.send(error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}"))


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, source: str) -> None:
        # spawn, not fork: the server has threads and Oxigraph's own threads.
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(source, child), daemon=True)
        self.process.start()
        child.close()
        status, detail = self.conn.recv()
        if status != "ready":
            self.stop()
            raise OSError(detail)

    def ask(self, text: str, accept: str, max_rows: int, timeout: float) -> Response | None:
        """The answer, or None when the query ran out of time (the worker is then dead)."""
        self.conn.send((text, accept, max_rows))
        if self.conn.poll(timeout):
            return self.conn.recv()
        self.stop()
        return None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class Pool:
    """Idle workers; a timed-out one is replaced by a fresh process."""

    def __init__(self, source: str, size: int) -> None:
        self.source = source
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.workers = [Worker(source) for _ in range(max(1, size))]
        for w in self.workers:
            self.idle.put(w)

    def ask(self, text: str, accept: str, max_rows: int, timeout: float) -> Response:
        worker = self.idle.get()
        try:
            response = worker.ask(text, accept, max_rows, timeout)
        except (OSError, EOFError):
            response = error(HTTPStatus.INTERNAL_SERVER_ERROR, "query worker failed")
            worker.stop()
        if response is None or not worker.process.is_alive():
            worker = Worker(self.source)
        self.idle.put(worker)
        if response is None:
            return error(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {timeout:g} s")
        return response

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait().stop()


# ---- HTTP -------------------------------------------------------------------------------


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: Pool, timeout: float, max_rows: int) -> None:
        super().__init__(address, Handler)
        self.pool = pool
        self.query_timeout = timeout
        self.max_rows = max_rows

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


class Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "treatygraph"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # the CLI stays quiet; errors go to the client

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._send(
                error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path}; use /sparql")
            )
        params = parse_qs(url.query, keep_blank_values=True)
        if not params and url.path in ("/", "/sparql"):
            return self._send(error(HTTPStatus.OK, "SPARQL 1.1 endpoint: GET /sparql?query=…"))
        self._query(params)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._send(
                error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path}; use /sparql")
            )
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            return self._send(error(HTTPStatus.FORBIDDEN, READ_ONLY))
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            return self._send(
                error(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST application/sparql-query or application/x-www-form-urlencoded",
                )
            )
        self._query(params)

    def do_PUT(self) -> None:  # noqa: N802
        self._send(error(HTTPStatus.FORBIDDEN, READ_ONLY))

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._send(error(HTTPStatus.FORBIDDEN, READ_ONLY))
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._send(error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter"))
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return self._send(
                error(
                    HTTPStatus.BAD_REQUEST,
                    "default-graph-uri and named-graph-uri are not supported; "
                    "use GRAPH in the query (the default graph is the union of all graphs)",
                )
            )
        accept = self.headers.get("Accept") or "*/*"
        for key in ("format", "output"):
            wanted = FORMAT_PARAM.get((params.get(key) or [""])[0].lower())
            if wanted:
                accept = wanted + ", " + accept
        response = self.server.pool.ask(
            queries[0], accept, self.server.max_rows, self.server.query_timeout
        )
        self._send(response)

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)


def make_server(
    source: str,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    workers: int = 2,
) -> Endpoint:
    """An endpoint over ``source`` (store directory or RDF file), bound but not serving.

    Call ``serve_forever()`` (e.g. in a thread) and ``shutdown()`` / ``close()``.
    """
    pool = Pool(str(source), workers)  # a graph that cannot be loaded fails here
    try:
        return Endpoint((host, port), pool, timeout, max_rows)
    except OSError as exc:
        pool.close()
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def close(server: Endpoint) -> None:
    server.server_close()
    server.pool.close()


def serve_in_thread(server: Endpoint) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
