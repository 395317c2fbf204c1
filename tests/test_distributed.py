"""The extraction runs unchanged on a distributed engine (Dask bag, local processes)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from govdoc.graph import CitationGraph, read_text

ROOT = Path(__file__).resolve().parent.parent

CORPUS = [
    ("seed", (ROOT / "examples" / "khanh-vinh-dan-van-2021.txt").read_text(encoding="utf-8")),
    ("plan", "Kế hoạch số 15/KH-UBND ngày 15/01/2025 của UBND tỉnh triển khai thực hiện "
             "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."),
    ("decree", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn "
               "thư; Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ."),
]


def _read(item: tuple[str, str]) -> object:
    source, text = item
    return read_text(text, source=source)


def test_reading_is_a_pure_picklable_function() -> None:
    """read_text and its result pickle, so worker processes can run it and send it back."""
    reading = read_text(CORPUS[1][1], source="plan")
    assert pickle.loads(pickle.dumps(reading)) == reading  # noqa: S301 - our own object
    assert pickle.loads(pickle.dumps(read_text)) is read_text  # noqa: S301


def test_dask_bag_gives_the_same_edges_as_one_machine() -> None:
    """Reading the corpus on a Dask bag over processes gives the single-machine graph."""
    bag = pytest.importorskip("dask.bag")
    local = CitationGraph(read_text(text, source=source) for source, text in CORPUS)
    readings = bag.from_sequence(CORPUS, npartitions=2).map(_read).compute(
        scheduler="processes", num_workers=2)
    distributed = CitationGraph(readings)
    assert distributed.edges == local.edges
    assert distributed.documents == local.documents
    assert {e.relation for e in local.edges} >= {"implements", "based_on"}
