"""The SQLite citation index: incremental, resumable, parallel, and its CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govdoc.index
from govdoc.graph import CitationGraph
from govdoc.index import CitationIndex, IndexStats
from tests.test_graph import DECREE, LAND, SEED, UNDATED

DIRECTIVE = "vn/state/ttg/ct/2016/16"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus: the seed article and three short texts, one in a subfolder."""
    root = tmp_path / "corpus"
    (root / "2021").mkdir(parents=True)
    (root / "seed.txt").write_text(SEED, "utf-8")
    (root / "decree.txt").write_text(DECREE, "utf-8")
    (root / "2021" / "land.txt").write_text(LAND, "utf-8")
    (root / "undated.txt").write_text(UNDATED, "utf-8")
    (root / "notes.md").write_text(DECREE, "utf-8")  # not matched by the default pattern
    return root


def test_cited_by_and_most_cited(corpus: Path, tmp_path: Path) -> None:
    """The directive is cited by the seed (implements) and the decree text (based on)."""
    with CitationIndex(tmp_path / "cites.sqlite") as index:
        stats = index.update(corpus)
        assert (stats.seen, stats.indexed) == (4, 4)
        assert [(c.citer, c.kind, c.relation, c.document) for c in index.cited_by("16/CT-TTg")] == [
            ("decree.txt", "article", "based_on", DIRECTIVE),
            ("seed.txt", "article", "implements", DIRECTIVE)]
        [seed] = [c for c in index.cited_by("16/CT-TTg") if c.citer == "seed.txt"]
        assert [SEED[e.start:e.end] for e in seed.evidence] == ["Chỉ thị số 16/CT-TTg"] * 2
        assert [(label, n) for _, label, n in index.most_cited(2)] == [
            ("114-KL/TW", 3), ("16/CT-TTg", 2)]
        assert index.cited_by("16/CT-TTg", ["guides"]) == []


def test_index_holds_what_the_graph_holds(corpus: Path, tmp_path: Path) -> None:
    """The index read back as a graph equals the graph of the same files."""
    graph = CitationGraph()
    for rel in ("2021/land.txt", "decree.txt", "seed.txt", "undated.txt"):
        graph.add_text((corpus / rel).read_text("utf-8"), source=rel)
    with CitationIndex(tmp_path / "cites.sqlite") as index:
        index.update(corpus)
        assert index.to_graph().data == graph.data
        assert index.document(DIRECTIVE) == graph.document(DIRECTIVE)
        with pytest.raises(KeyError):
            index.document("vn/state/ttg/ct/2016/17")


def test_updates_read_only_changed_files(corpus: Path, tmp_path: Path) -> None:
    """Unchanged files are skipped, touched ones hashed, changed ones read, deleted dropped."""
    db = tmp_path / "cites.sqlite"
    with CitationIndex(db) as index:
        index.update(corpus)
        assert index.update(corpus).indexed == 0
        seed = corpus / "seed.txt"
        stat = seed.stat()
        os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
        touched = index.update(corpus)
        assert (touched.indexed, touched.unchanged) == (0, 4)
        (corpus / "decree.txt").write_text(UNDATED, "utf-8")
        (corpus / "undated.txt").unlink()
        changed = index.update(corpus)
        assert (changed.indexed, changed.unchanged, changed.removed) == (1, 2, 1)
        assert [c.citer for c in index.cited_by("16/CT-TTg")] == ["seed.txt"]
        assert index.stats()["files"] == 3


def test_interrupted_update_resumes(corpus: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopped after one committed file, the next run reads only the rest."""
    monkeypatch.setattr(govdoc.index, "_BATCH", 1)

    def stop(stats: IndexStats) -> None:
        raise KeyboardInterrupt

    db = tmp_path / "cites.sqlite"
    with CitationIndex(db) as index, pytest.raises(KeyboardInterrupt):
        index.update(corpus, progress=stop)
    with CitationIndex(db) as index:
        assert index.stats()["files"] == 1
        assert index.update(corpus).indexed == 3
    with CitationIndex(tmp_path / "fresh.sqlite") as fresh, CitationIndex(db) as resumed:
        fresh.update(corpus)
        assert resumed.to_graph().data == fresh.to_graph().data


def test_parallel_update_gives_the_same_index(corpus: Path, tmp_path: Path) -> None:
    """Two worker processes index exactly what one process does."""
    with CitationIndex(tmp_path / "one.sqlite") as one, CitationIndex(tmp_path / "two.sqlite") as two:
        one.update(corpus)
        assert two.update(corpus, jobs=2).indexed == 4
        assert two.to_graph().data == one.to_graph().data


def test_one_database_per_corpus(corpus: Path, tmp_path: Path) -> None:
    """Indexing a second directory into the same database is refused."""
    other = tmp_path / "other"
    other.mkdir()
    with CitationIndex(tmp_path / "cites.sqlite") as index:
        index.update(corpus)
        with pytest.raises(ValueError, match="another directory"):
            index.update(other)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govdoc", *args], capture_output=True,
                          text=True, encoding="utf-8", check=False)


def test_cli_index_and_query(corpus: Path, tmp_path: Path) -> None:
    """`govdoc index` then `govdoc query cited-by` and `most-cited` answer from the file."""
    db = str(tmp_path / "cites.sqlite")
    built = run("index", str(corpus), "--db", db, "--jobs", "2")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("indexed 4 files")
    cited = run("query", "--db", db, "cited-by", "Chỉ thị 16/CT-TTg")
    assert [line.split("\t")[:3] for line in cited.stdout.splitlines()] == [
        ["decree.txt", "article", "based_on"], ["seed.txt", "article", "implements"]]
    top = run("query", "--db", db, "most-cited", "-n", "1", "--json")
    assert json.loads(top.stdout) == {"id": "vn/party/tw/kl/xi/114", "label": "114-KL/TW",
                                      "citations": 3}
    missing = run("query", "--db", db, "cited-by", "99/CT-TTg")
    assert missing.returncode == 1
    assert "no such document" in missing.stderr
