"""The ``govdoc`` command line: ``parse`` references, ``extract`` them from texts.

Errors go to stderr as one line each, never as a traceback. Exit status: 0 when every
input was handled, 1 when one was refused or unreadable, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from govdoc.errors import TextError
from govdoc.find import extract
from govdoc.mention import Mention
from govdoc.reference import parse_detailed

__all__ = ["main"]

_CSV_FIELDS = (
    "source", "start", "end", "text", "kind", "canonical", "system", "doc_type", "type_code",
    "number", "year", "issuers", "date", "issuer_name", "issuer", "title", "relation",
)


def _parse_record(line: str) -> dict[str, Any]:
    record: dict[str, Any] = {"input": line}
    try:
        parsed = parse_detailed(line)
    except TextError as error:
        record.update(canonical=None, system=None, doc_type=None, type_code=None, number=None,
                      year=None, issuers=[], unit=None, problems=[], repairs=[],
                      error=str(error).splitlines()[0])
        return record
    ref = parsed.reference
    data = ref.to_dict()
    data["number"] = parsed.number_text
    record.update(data)
    record["problems"] = [p.to_dict() for p in (*parsed.problems, *ref.problems())]
    record["repairs"] = [{"code": r.code, "message": r.message} for r in parsed.repairs]
    record["error"] = None
    return record


def _inputs(values: Sequence[str], stdin: TextIO) -> Iterator[str]:
    for value in values:
        if value == "-":
            yield from (line.rstrip("\r\n") for line in stdin if line.strip())
        else:
            yield value


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = 0
    for line in _inputs(args.refs, sys.stdin):
        record = _parse_record(line)
        if record["error"] is not None:
            status = 1
        if args.json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif record["error"] is not None:
            err.write(f"govdoc: {line!r}: {record['error']}\n")
        else:
            problems = "; ".join(p["message"] for p in record["problems"])
            doc_type = record["doc_type"] or "?"
            out.write(f"{record['canonical']}\t{record['system']}\t{doc_type}"
                      + (f"\t{problems}" if problems else "") + "\n")
    return status


def _read_text(path: str, err: TextIO) -> str | None:
    """Read UTF-8 text; undecodable bytes are replaced and reported, nothing is lost."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        err.write(f"govdoc: {path}: {error.strerror or error}\n")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        err.write(f"govdoc: {path}: warning: invalid UTF-8 at byte {error.start}; "
                  "replaced undecodable bytes\n")
        return data.decode("utf-8-sig", errors="replace")


def _records(paths: Iterable[str], err: TextIO, status: list[int]) -> Iterator[dict[str, Any]]:
    for path in paths:
        text = _read_text(path, err)
        if text is None:
            status[0] = 1
            continue
        if _is_html(path, text):  # HTML: offsets index the raw page (see govdoc.html)
            yield from (dict(m.to_dict(source=path), format="html") for m in _extract_html(text))
            continue
        for mention in extract(text):
            yield mention.to_dict(source=path)


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = [0]
    records = _records(args.paths, err, status)
    if args.format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif args.format == "json":
        out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            record["issuers"] = "|".join(record["issuers"])
            writer.writerow(record)
    return status[0]


# --- graph, index and query: the citation graph and its SQLite index ----------------------


def _graph_paths(paths: Iterable[str]) -> Iterator[str]:
    """The files to read: each path, or the text and HTML files under a directory."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            yield from (p.as_posix() for p in sorted(Path(path).rglob("*"))
                        if p.is_file() and p.suffix.lower() in (".txt", ".html", ".htm"))
        else:
            yield path


def _cmd_graph(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from govdoc import export  # noqa: PLC0415 - only this command needs the writers
    from govdoc.graph import CitationGraph  # noqa: PLC0415

    status = 0
    graph = CitationGraph()
    for path in _graph_paths(args.paths):
        text = _read_text(path, err)
        if text is None:
            status = 1
            continue
        if _is_html(path, text):
            # A portal page: its article body (offsets in the evidence index the body).
            from govdoc.html import read_article  # noqa: PLC0415 - only HTML input needs lxml

            graph.add_text(read_article(text, url=path), source=path)
        else:
            graph.add_text(text, source=path)
    if args.format == "csv":
        if args.output is None:
            err.write("govdoc: graph --format csv writes nodes.csv and edges.csv: give -o DIR\n")
            return 2
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "nodes.csv").open("w", encoding="utf-8", newline="") as nodes, \
                (folder / "edges.csv").open("w", encoding="utf-8", newline="") as edges:
            export.write_csv(graph, nodes, edges)
        return status
    writer = {"json": export.write_json, "jsonl": export.write_jsonl,
              "graphml": export.write_graphml}[args.format]
    if args.output is None:
        writer(graph, out)
    else:
        with Path(args.output).open("w", encoding="utf-8", newline="\n") as target:
            writer(graph, target)
    return status


def _cmd_index(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from govdoc.index import CitationIndex, IndexStats  # noqa: PLC0415 - only this command needs sqlite

    if not Path(args.corpus).is_dir():
        err.write(f"govdoc: {args.corpus}: not a directory\n")
        return 1
    show = args.progress or err.isatty()

    def progress(stats: IndexStats) -> None:
        # One line rewritten in place: files done of files seen, and mentions so far.
        done = stats.indexed + stats.unchanged
        err.write(f"\rgovdoc index: {done}/{stats.seen} files, {stats.mentions} mentions")
        err.flush()

    try:
        with CitationIndex(args.db) as index:
            stats = index.update(args.corpus, pattern=args.glob, jobs=args.jobs,
                                 progress=progress if show else None)
        if show:
            err.write("\n")
    except (ValueError, OSError) as error:
        err.write(f"govdoc: {error}\n")
        return 1
    out.write(f"indexed {stats.indexed} files ({stats.bytes} bytes, {stats.mentions} mentions); "
              f"{stats.unchanged} unchanged, {stats.removed} removed; {stats.seconds:.2f} s\n")
    return 0


def _cmd_query(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from govdoc.index import CitationIndex  # noqa: PLC0415 - only this command needs sqlite

    if not Path(args.db).is_file():
        err.write(f"govdoc: {args.db}: no such index (build it with govdoc index)\n")
        return 1
    with CitationIndex(args.db) as index:
        if args.query == "most-cited":
            for doc_id, label, count in index.most_cited(args.n):
                record = {"id": doc_id, "label": label, "citations": count}
                out.write(json.dumps(record, ensure_ascii=False) + "\n" if args.json
                          else f"{count}\t{label}\t{doc_id}\n")
            return 0
        if args.ref is None:
            err.write("govdoc: query cited-by needs a document: a symbol, name or id\n")
            return 2
        if not index.documents_for(args.ref):
            err.write(f"govdoc: {args.ref}: no such document in the index\n")
            return 1
        for c in index.cited_by(args.ref, args.relation):
            if args.json:
                record = {"citer": c.citer, "kind": c.kind, "relation": c.relation,
                          "document": c.document, "evidence": [e.to_dict() for e in c.evidence]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(f"{c.citer}\t{c.kind}\t{c.relation}\t{c.document}\t{len(c.evidence)}\n")
    return 0


def _add_graph_commands(commands: Any) -> None:
    g = commands.add_parser("graph", help="documents and citation edges of texts")
    g.add_argument("paths", nargs="+", metavar="PATH",
                   help="text or HTML files, directories (their .txt/.html files), or - for stdin")
    g.add_argument("--format", choices=("json", "jsonl", "csv", "graphml"), default="json")
    g.add_argument("-o", "--output", metavar="PATH",
                   help="write here instead of stdout (a directory for csv)")
    g.set_defaults(run=_cmd_graph)
    i = commands.add_parser("index", help="build or update a SQLite citation index")
    i.add_argument("corpus", metavar="CORPUS_DIR")
    i.add_argument("--db", required=True, help="the SQLite file, created if missing")
    i.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    i.add_argument("--glob", default="**/*.txt", help="files to index (default **/*.txt)")
    i.add_argument("--progress", action="store_true",
                   help="show progress on stderr (default: only on a terminal)")
    i.set_defaults(run=_cmd_index)
    q = commands.add_parser("query", help="ask a citation index")
    q.add_argument("--db", required=True, help="an index built by govdoc index")
    q.add_argument("query", choices=("cited-by", "most-cited"))
    q.add_argument("ref", nargs="?", metavar="DOCUMENT", help="for cited-by: symbol, name or id")
    q.add_argument("--relation", action="append", help="only this relation (repeatable)")
    q.add_argument("-n", type=int, default=10, help="for most-cited: how many (default 10)")
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    q.set_defaults(run=_cmd_query)


# --- end of graph, index and query ---------------------------------------------------------


# --- annotate, and HTML input to extract -----------------------------------------------------


def _is_html(path: str, text: str) -> bool:
    """Named *.html/*.htm, or starting with ``<!doctype`` or ``<html``: read as HTML."""
    from govdoc.html import looks_like_html  # noqa: PLC0415 - keeps `govdoc parse` light

    return path.lower().endswith((".html", ".htm")) or looks_like_html(text)


def _extract_html(text: str) -> list[Mention]:
    from govdoc.html import extract_html  # noqa: PLC0415 - keeps `govdoc parse` light

    return extract_html(text)


def _cmd_annotate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from govdoc.annotate import annotate  # noqa: PLC0415 - lxml loads only for HTML
    from govdoc.html import detect_encoding  # noqa: PLC0415

    try:
        data = sys.stdin.buffer.read() if args.page == "-" else Path(args.page).read_bytes()
    except OSError as error:
        err.write(f"govdoc: {args.page}: {error.strerror or error}\n")
        return 1
    # The page goes out in the encoding it came in, so every byte not inside an added
    # link stays as it was (and a <meta charset> stays true).
    encoding = detect_encoding(data)
    try:
        linked = annotate(data.decode(encoding, errors="replace"), href=args.href)
    except ValueError as error:
        err.write(f"govdoc: {args.page}: {str(error).splitlines()[0]}\n")
        return 1
    result = linked.encode(encoding, errors="xmlcharrefreplace")
    if args.output:
        try:
            Path(args.output).write_bytes(result)
        except OSError as error:
            err.write(f"govdoc: {args.output}: {error.strerror or error}\n")
            return 1
        return 0
    out.flush()
    if hasattr(out, "buffer"):
        out.buffer.write(result)
        out.buffer.flush()
    else:  # a text-only stream (tests): the text itself
        out.write(linked)
    return 0


def _add_annotate_command(commands: Any) -> None:
    a = commands.add_parser("annotate", help="link the references in an HTML page")
    a.add_argument("page", metavar="PAGE", help="an HTML file, or - for stdin")
    a.add_argument("--href", required=True, metavar="TEMPLATE",
                   help="link target, e.g. 'https://portal.example/van-ban/{canonical}'; "
                        "fields {canonical} {year} {number} {type_code} {issuers} {id}")
    a.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    a.set_defaults(run=_cmd_annotate)


# --- end of annotate ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govdoc", description="Vietnamese government and Party document references.")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("parse", help="parse and validate references")
    p.add_argument("refs", nargs="+", metavar="REF", help="a reference, or - for stdin lines")
    p.add_argument("--json", action="store_true", help="one JSON object per input")
    p.set_defaults(run=_cmd_parse)
    e = commands.add_parser("extract", help="find references in texts")
    e.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files, or - for stdin")
    e.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl")
    e.set_defaults(run=_cmd_extract)
    _add_graph_commands(commands)
    _add_annotate_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    # Windows consoles and pipes may not default to UTF-8; Vietnamese needs it.
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    try:
        status: int = args.run(args, out, sys.stderr)
        out.flush()
    except BrokenPipeError:
        # The reader went away (`govdoc extract … | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status
