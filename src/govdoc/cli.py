"""The ``govdoc`` command line: ``parse`` references, ``extract`` them from texts.

Errors go to stderr as one line each, never as a traceback. Exit status: 0 when every
input was handled, 1 when one was refused or unreadable, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from govdoc.errors import TextError
from govdoc.find import extract
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    # Windows consoles and pipes may not default to UTF-8; Vietnamese needs it.
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    status: int = args.run(args, out, sys.stderr)
    return status
