"""Throughput and memory of the SQLite citation index on generated articles.

Run: ``python bench/bench_index.py [--articles 3000] [--jobs 1]``. Writes a corpus of
generated articles (sentences shaped like portal news citing directives, plans and laws)
to a temporary directory, then prints, for the same corpus:

* a full index build: articles/s and MB/s; and, from a second build of its own (tracing
  slows allocation), the peak of Python allocations in this process (tracemalloc; with
  ``--jobs`` > 1 the workers' memory is not counted);
* an update with nothing changed (the stat check alone), and one after 1 % of the files
  changed;
* building the in-memory graph from the index, and a ``cited-by`` and ``most-cited`` query.

Nothing here asserts a time; the figures are for the notes and the changelog.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from govdoc.index import CitationIndex

SENTENCES = [
    "Thực hiện Chỉ thị số {n}/CT-TTg ngày {d}/{m}/{y} của Thủ tướng Chính phủ về “Tăng cường công tác dân vận”,",
    "Kế hoạch số {n}-KH/HU, ngày {d}/{m}/{y} của Ban Thường vụ Huyện ủy về việc triển khai thực hiện Kết luận số {k}-KL/TW, ngày {d}/{m}/{y} của Ban Bí thư;",
    "Căn cứ Nghị định số {n}/{y}/NĐ-CP ngày {d}/{m}/{y} của Chính phủ quy định chi tiết một số điều của Luật Đất đai năm 2024;",
    "Trong 9 tháng đầu năm {y}, toàn huyện đã tiếp nhận {n} đơn thư, đã giải quyết 64/70 đơn, đạt tỷ lệ 91,5%.",
    "Theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị, Mặt trận Tổ quốc tham gia giám sát.",
    "Công tác dân vận chính quyền được các cơ quan nhà nước, chính quyền các cấp tập trung thực hiện theo hướng công khai, minh bạch.",
]


def article(rng: random.Random) -> str:
    """One generated article of 8 to 30 sentences."""
    parts = []
    for _ in range(rng.randint(8, 30)):
        parts.append(rng.choice(SENTENCES).format(
            n=rng.randint(1, 60), k=rng.randint(100, 130), y=rng.randint(2016, 2024),
            d=rng.randint(1, 28), m=rng.randint(1, 12)))
    return "\n".join(parts)


def write_corpus(root: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    size = 0
    for i in range(count):
        folder = root / f"{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = article(rng).encode("utf-8")
        (folder / f"a{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus")
        size = write_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles, {size / 1e6:.2f} MB, jobs={args.jobs}")
        db = Path(tmp, "cites.sqlite")
        # tracemalloc slows every allocation down, so memory is measured on a second,
        # separate build rather than on the timed one.
        with CitationIndex(Path(tmp, "memory.sqlite")) as index:
            tracemalloc.start()
            index.update(corpus, jobs=args.jobs)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        with CitationIndex(db) as index:
            began = time.perf_counter()
            stats = index.update(corpus, jobs=args.jobs)
            elapsed = time.perf_counter() - began
            print(f"full build: {stats.indexed} articles in {elapsed:.2f} s = "
                  f"{stats.indexed / elapsed:.0f} articles/s, {stats.bytes / 1e6 / elapsed:.2f} MB/s, "
                  f"{stats.mentions} mentions; peak traced memory (separate build) {peak / 1e6:.1f} MB")
            counts = index.stats()
            print(f"index: {counts['documents']} documents, {counts['edges']} edges, "
                  f"{db.stat().st_size / 1e6:.1f} MB on disk")
            began = time.perf_counter()
            index.update(corpus, jobs=args.jobs)
            print(f"update, nothing changed: {time.perf_counter() - began:.3f} s")
            rng = random.Random(11)
            changed = sorted(corpus.rglob("*.txt"))[:: 100]
            for path in changed:
                path.write_text(article(rng), encoding="utf-8")
            began = time.perf_counter()
            stats = index.update(corpus, jobs=args.jobs)
            print(f"update, {len(changed)} files changed: {stats.indexed} read in "
                  f"{time.perf_counter() - began:.3f} s")
            began = time.perf_counter()
            graph = index.to_graph()
            documents = len(graph.documents)
            print(f"graph from index: {documents} documents, {len(graph.edges)} edges in "
                  f"{time.perf_counter() - began:.2f} s")
            began = time.perf_counter()
            cited = index.cited_by("16/CT-TTg")
            top = index.most_cited(5)
            print(f"queries: cited-by 16/CT-TTg -> {len(cited)} citers, most-cited top "
                  f"{top[0][1]} ({top[0][2]}) in {time.perf_counter() - began:.3f} s")


if __name__ == "__main__":
    main()
