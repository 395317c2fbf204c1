"""A citation index of a corpus directory in SQLite, built incrementally.

A portal's archive holds thousands of articles; reading them all again for each question
is wasteful, and a graph in memory does not survive the session. :class:`CitationIndex`
stores what :func:`govdoc.graph.read_text` reads of each file (its observations and
edges) in one SQLite file (stdlib ``sqlite3``, nothing to install):

* **incremental**: a file whose size and modification time are unchanged is skipped; one
  whose bytes hash the same is only re-stamped; only changed files are read again, and
  files gone from the directory are dropped;
* **resumable**: each batch of files is written in one transaction together with its
  ``files`` row, so an interrupted run leaves a consistent index and the next run goes on
  where it stopped;
* **parallel on request**: reading is a pure function of the text, so ``jobs > 1`` reads
  files in a ``ProcessPoolExecutor`` while this process writes.

One database indexes one corpus directory; articles are named by their path relative to
it, with ``/`` separators, so the database can move with the corpus.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     corpus = pathlib.Path(tmp, "corpus")
...     corpus.mkdir()
...     _ = corpus.joinpath("a.txt").write_text("Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016.", "utf-8")
...     with CitationIndex(pathlib.Path(tmp, "cites.sqlite")) as index:
...         stats = index.update(corpus)
...         [(c.citer, c.relation) for c in index.cited_by("16/CT-TTg")]
[('a.txt', 'implements')]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import attrs

from govdoc.errors import TextError
from govdoc.graph import (
    Article,
    CitationGraph,
    Document,
    Edge,
    Evidence,
    Observation,
    Reading,
    merge_observations,
    read_text,
)
from govdoc.identity import name_slug
from govdoc.reference import parse

__all__ = ["Citation", "CitationIndex", "IndexStats"]

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL, mentions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS observations (
    path TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, document TEXT NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, canonical TEXT, name TEXT, doc_type TEXT,
    issuers TEXT NOT NULL, issuer_name TEXT, date TEXT, year INTEGER, title TEXT,
    relation TEXT NOT NULL, is_self INTEGER NOT NULL, missing TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS observations_document ON observations (document);
CREATE INDEX IF NOT EXISTS observations_canonical ON observations (canonical);
CREATE INDEX IF NOT EXISTS observations_path ON observations (path);
CREATE TABLE IF NOT EXISTS edges (
    path TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL,
    kind TEXT NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS edges_target ON edges (target);
CREATE INDEX IF NOT EXISTS edges_path ON edges (path);
"""
_BATCH = 64  # files per transaction: few enough to lose little on interruption


@attrs.frozen(slots=True)
class IndexStats:
    """What one :meth:`CitationIndex.update` did."""

    seen: int = 0  #: files matching the pattern
    indexed: int = 0  #: files read (new or changed)
    unchanged: int = 0  #: files skipped by size and time, or by content hash
    removed: int = 0  #: files gone from the directory, dropped from the index
    bytes: int = 0  #: bytes of the files read
    mentions: int = 0  #: mentions found in the files read
    seconds: float = 0.0


@attrs.frozen(slots=True)
class Citation:
    """One citer of a document, as :meth:`CitationIndex.cited_by` reports it."""

    citer: str  #: an article path or a document id
    kind: str  #: ``article`` or ``document``
    relation: str
    document: str  #: the cited document's id
    evidence: tuple[Evidence, ...]


@attrs.frozen(slots=True)
class _Task:
    path: str  # on disk
    article: str  # relative, the article id
    size: int
    mtime_ns: int
    old_sha: str | None


@attrs.frozen(slots=True)
class _Result:
    task: _Task
    sha: str
    reading: Reading | None  # None when the content hash is unchanged


def _read_file(task: _Task) -> _Result:
    """Hash and, if changed, read one file: runs in worker processes, so it is pure."""
    data = Path(task.path).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if sha == task.old_sha:
        return _Result(task, sha, None)
    text = data.decode("utf-8-sig", errors="replace")
    return _Result(task, sha, read_text(text, source=task.article))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class CitationIndex:
    """A SQLite citation index of one corpus directory (see the module docs)."""

    def __init__(self, db: str | os.PathLike[str]) -> None:
        self.path = Path(db)
        self._db = sqlite3.connect(self.path)
        self._db.executescript(_SCHEMA)
        found = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if found is None:
            with self._db:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif found[0] != SCHEMA_VERSION:
            raise ValueError(f"{self.path}: index schema {found[0]}, this govdoc reads {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> CitationIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- building ---------------------------------------------------------------------

    def _tasks(self, root: Path, pattern: str) -> tuple[list[_Task], int, set[str]]:
        known = {row[0]: row[1:] for row in
                 self._db.execute("SELECT path, size, mtime_ns, sha256 FROM files")}
        tasks: list[_Task] = []
        seen: set[str] = set()
        unchanged = 0
        for path in sorted(p for p in root.glob(pattern) if p.is_file()):
            article = path.relative_to(root).as_posix()
            seen.add(article)
            stat = path.stat()
            old = known.get(article)
            if old is not None and old[0] == stat.st_size and old[1] == stat.st_mtime_ns:
                unchanged += 1
                continue
            tasks.append(_Task(str(path), article, stat.st_size, stat.st_mtime_ns,
                               old[2] if old else None))
        return tasks, unchanged, set(known) - seen

    def update(self, corpus: str | os.PathLike[str], *, pattern: str = "**/*.txt", jobs: int = 1,
               progress: Callable[[IndexStats], None] | None = None) -> IndexStats:
        """Bring the index up to date with the files under ``corpus`` matching ``pattern``.

        ``jobs > 1`` reads files in that many worker processes. ``progress`` is called
        with the running totals after each committed batch.
        """
        began = time.perf_counter()
        root = Path(corpus)
        if not root.is_dir():
            raise NotADirectoryError(str(root))
        self._check_root(root)
        tasks, unchanged, gone = self._tasks(root, pattern)
        with self._db:
            for article in sorted(gone):
                self._drop(article)
        stats = IndexStats(seen=len(tasks) + unchanged, unchanged=unchanged, removed=len(gone))
        pending = 0
        for result in self._results(tasks, jobs):
            stats = self._store(result, stats)
            pending += 1
            if pending == _BATCH:
                self._db.commit()
                pending = 0
                if progress is not None:
                    progress(stats)
        self._db.commit()
        stats = attrs.evolve(stats, seconds=time.perf_counter() - began)
        if progress is not None:
            progress(stats)
        return stats

    def _check_root(self, root: Path) -> None:
        # Article ids are relative paths: two corpora in one database would collide.
        resolved = str(root.resolve())
        found = self._db.execute("SELECT value FROM meta WHERE key = 'root'").fetchone()
        if found is None:
            with self._db:
                self._db.execute("INSERT INTO meta VALUES ('root', ?)", (resolved,))
        elif found[0] != resolved and self._db.execute("SELECT 1 FROM files LIMIT 1").fetchone():
            raise ValueError(f"{self.path} indexes another directory; use one database per corpus")
        else:
            with self._db:
                self._db.execute("UPDATE meta SET value = ? WHERE key = 'root'", (resolved,))

    @staticmethod
    def _results(tasks: list[_Task], jobs: int) -> Iterator[_Result]:
        if jobs <= 1 or len(tasks) < 2:
            yield from map(_read_file, tasks)
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_read_file, tasks, chunksize=max(1, min(32, len(tasks) // (4 * jobs))))

    def _drop(self, article: str) -> None:
        for table in ("files", "observations", "edges"):
            self._db.execute(f"DELETE FROM {table} WHERE path = ?", (article,))  # noqa: S608 - fixed names

    def _store(self, result: _Result, stats: IndexStats) -> IndexStats:
        task = result.task
        if result.reading is None:
            self._db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                             (task.size, task.mtime_ns, task.article))
            return attrs.evolve(stats, unchanged=stats.unchanged + 1)
        reading = result.reading
        self._drop(task.article)
        self._db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)",
                         (task.article, task.size, task.mtime_ns, result.sha,
                          reading.article.mentions))
        self._db.executemany(
            "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(task.article, o.evidence.start, o.evidence.end, o.document, o.text, o.kind,
              o.canonical, o.name, o.doc_type, "|".join(o.issuers), o.issuer_name,
              o.date.isoformat() if o.date else None, o.year, o.title, o.relation,
              int(o.is_self), "|".join(o.missing)) for o in reading.observations])
        self._db.executemany(
            "INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)",
            [(task.article, e.source, e.target, e.relation, e.kind,
              json.dumps([[v.start, v.end] for v in e.evidence])) for e in reading.edges])
        return attrs.evolve(stats, indexed=stats.indexed + 1, bytes=stats.bytes + task.size,
                            mentions=stats.mentions + reading.article.mentions)

    # -- querying ---------------------------------------------------------------------

    def documents_for(self, query: str) -> list[str]:
        """Ids of the documents an id, a symbol in any accepted spelling, or a name stands for."""
        query = query.strip()
        if query.startswith("vn/"):
            sql, arg = "SELECT DISTINCT document FROM observations WHERE document = ?", query
        else:
            try:
                sql, arg = ("SELECT DISTINCT document FROM observations WHERE canonical = ?",
                            str(parse(query)))
            except TextError:
                slug = name_slug(query)
                return sorted({doc for doc, name in self._db.execute(
                    "SELECT document, name FROM observations WHERE name IS NOT NULL")
                    if name_slug(name).startswith(slug)})
        return sorted(row[0] for row in self._db.execute(sql, (arg,)))

    def cited_by(self, query: str, relations: Iterable[str] | None = None) -> list[Citation]:
        """Who cites the documents ``query`` stands for: one :class:`Citation` per citer,
        relation and document, articles first, then by citer."""
        wanted = None if relations is None else set(relations)
        merged: dict[tuple[str, str, str, str], list[Evidence]] = {}
        for doc in self.documents_for(query):
            rows = self._db.execute(
                "SELECT path, source, kind, relation, evidence FROM edges WHERE target = ?", (doc,))
            for path, source, kind, relation, evidence in rows:
                if wanted is not None and relation not in wanted:
                    continue
                spans = [Evidence(path, a, b) for a, b in json.loads(evidence)]
                merged.setdefault((kind, source, relation, doc), []).extend(spans)
        return [Citation(source, kind, relation, doc, tuple(spans))
                for (kind, source, relation, doc), spans in sorted(merged.items())]

    def most_cited(self, n: int = 10) -> list[tuple[str, str, int]]:
        """The ``n`` documents cited by the most distinct articles and documents:
        ``(id, label, count)``, the label being the symbol or else the name. Ties go to
        the document mentioned more often, then by id, as in the graph."""
        rows = self._db.execute(
            "SELECT target, COUNT(DISTINCT source) AS n, "
            "(SELECT COUNT(*) FROM observations o WHERE o.document = target) AS m "
            "FROM edges GROUP BY target ORDER BY n DESC, m DESC, target LIMIT ?", (n,)).fetchall()
        result = []
        for target, count, _ in rows:
            label = self._db.execute(
                "SELECT COALESCE(canonical, name) FROM observations WHERE document = ? "
                "ORDER BY canonical IS NULL LIMIT 1", (target,)).fetchone()
            result.append((target, label[0] if label and label[0] else target, count))
        return result

    def document(self, doc_id: str) -> Document:
        """Everything the corpus says of one document, merged; KeyError if unknown."""
        observations = [self._observation(row) for row in self._db.execute(
            "SELECT * FROM observations WHERE document = ? ORDER BY path, start", (doc_id,))]
        if not observations:
            raise KeyError(doc_id)
        return merge_observations(doc_id, observations)

    @staticmethod
    def _observation(row: tuple[Any, ...]) -> Observation:
        (path, start, end, document, text, kind, canonical, name, doc_type, issuer_codes,
         issuer_name, date, year, title, relation, is_self, missing) = row
        return Observation(document, Evidence(path, start, end), text, kind, canonical, name,
                           doc_type, tuple(c for c in issuer_codes.split("|") if c), issuer_name,
                           _date(date), year, title, relation, bool(is_self),
                           tuple(m for m in missing.split("|") if m))

    def to_graph(self) -> CitationGraph:
        """The whole index as an in-memory :class:`~govdoc.graph.CitationGraph`."""
        observations: dict[str, list[Observation]] = {}
        for row in self._db.execute("SELECT * FROM observations ORDER BY path, start"):
            obs = self._observation(row)
            observations.setdefault(obs.evidence.source, []).append(obs)
        edges: dict[str, list[Edge]] = {}
        for path, source, target, relation, kind, evidence in self._db.execute(
                "SELECT * FROM edges ORDER BY rowid"):
            spans = tuple(Evidence(path, a, b) for a, b in json.loads(evidence))
            edge_kind: Literal["article", "document"] = "article" if kind == "article" else "document"
            edges.setdefault(path, []).append(Edge(source, target, relation, edge_kind, spans))
        graph = CitationGraph()
        for path, mentions in self._db.execute("SELECT path, mentions FROM files ORDER BY path"):
            own = tuple(dict.fromkeys(o.document for o in observations.get(path, []) if o.is_self))
            graph.add_reading(Reading(Article(path, path, own, mentions),
                                      tuple(observations.get(path, [])), tuple(edges.get(path, []))))
        return graph

    def stats(self) -> dict[str, int]:
        """Counts of files, observations, documents and edges in the index."""
        def count(sql: str) -> int:
            return int(self._db.execute(sql).fetchone()[0])

        return {"files": count("SELECT COUNT(*) FROM files"),
                "mentions": count("SELECT COUNT(*) FROM observations"),
                "documents": count("SELECT COUNT(DISTINCT document) FROM observations"),
                "edges": count("SELECT COUNT(*) FROM edges")}
