"""The citation graph: merged documents, edges with evidence, queries and exports."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from govdoc import export
from govdoc.graph import CitationGraph, GraphData, read_text
from govdoc.identity import MISSING_REASONS

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "examples" / "khanh-vinh-dan-van-2021.txt"
SEED = SEED_PATH.read_text("utf-8")
SEED_SOURCE = "examples/khanh-vinh-dan-van-2021.txt"

# Short texts written for these tests; what they cite is read off the text itself.
DECREE = ("Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về “Dân vận”.\n"
          "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Ủy ban nhân dân tỉnh "
          "ban hành kế hoạch.")
LAND = ("Căn cứ Luật Đất đai năm 2024; Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ "
        "hướng dẫn Luật Đất đai.")
UNDATED = "Theo Quyết định số 217-QĐ/TW của Bộ Chính trị."
TEXTS = {"decree.txt": DECREE, "land.txt": LAND, "undated.txt": UNDATED, SEED_SOURCE: SEED}

DIRECTIVE = "vn/state/ttg/ct/2016/16"
CONCLUSION = "vn/party/tw/kl/xi/114"


def seed_graph() -> CitationGraph:
    graph = CitationGraph()
    graph.add_text(SEED, source=SEED_SOURCE)
    return graph


def corpus_graph() -> CitationGraph:
    graph = CitationGraph()
    for source, text in TEXTS.items():
        graph.add_text(text, source=source)
    return graph


# -- acceptance on the seed article -----------------------------------------------------


def test_seed_directive_is_one_document_with_both_titles() -> None:
    """16/CT-TTg is cited twice in the seed under two titles: one node keeps both."""
    [doc] = seed_graph().find("16/CT-TTg")
    assert doc.id == DIRECTIVE
    assert doc.titles == (
        "Tăng cường và đổi mới công tác dân vận trong cơ quan nhà nước các cấp",
        "Tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền "
        "các cấp trong tình hình mới",
    )
    assert (doc.date.isoformat() if doc.date else None, doc.issuers) == ("2016-05-16", ("TTg",))
    assert [SEED[e.start:e.end] for e in doc.mentions] == ["Chỉ thị số 16/CT-TTg"] * 2


def test_seed_plan_implements_the_conclusion() -> None:
    """Kế hoạch 20-KH/HU "triển khai thực hiện Kết luận số 114-KL/TW": a document edge."""
    graph = seed_graph()
    [plan] = graph.find("20-KH/HU")
    [edge] = [e for e in graph.edges if e.kind == "document"]
    assert (edge.source, edge.relation, edge.target) == (plan.id, "implements", CONCLUSION)
    [span] = edge.evidence
    assert SEED[span.start:span.end].startswith("Kế hoạch số 20-KH/HU")
    assert SEED[span.start:span.end].endswith("Kết luận số 114-KL/TW")
    assert graph.implementers("114-KL/TW") == [plan.id]


def test_seed_article_has_an_edge_for_every_reference() -> None:
    """Each of the seed's seven references is evidence of an article edge to its document."""
    graph = seed_graph()
    article_edges = [e for e in graph.edges if e.kind == "article"]
    cited = {SEED[v.start:v.end]: e.target for e in article_edges for v in e.evidence}
    assert sorted(cited) == sorted(["Chỉ thị số 16/CT-TTg", "Quyết định số 217-QĐ/TW",
                                    "Quyết định số 218-QĐ/TW", "Kế hoạch số 20-KH/HU",
                                    "Kết luận số 114-KL/TW", "Kế hoạch số: 405/KH-UBND"])
    assert sum(len(e.evidence) for e in article_edges) == 7
    assert {e.source for e in article_edges} == {SEED_SOURCE}
    assert {d.canonical for d in graph.implemented_by(SEED_SOURCE)} == {
        "16/CT-TTg", "20-KH/HU", "405/KH-UBND"}


# -- merging ----------------------------------------------------------------------------


def test_documents_merge_across_texts() -> None:
    """16/CT-TTg dated 16/5/2016 in two texts is one document cited by both."""
    graph = corpus_graph()
    [doc] = graph.find("16/CT-TTg")
    assert {e.source for e in doc.mentions} == {"decree.txt", SEED_SOURCE}
    assert "Dân vận" in doc.titles
    assert sorted(graph.citers("16/CT-TTg")) == sorted(["decree.txt", SEED_SOURCE])
    assert [(e.source, e.relation) for e in graph.cited_by("16/CT-TTg", ["based_on"])] == [
        ("decree.txt", "based_on")]


def test_partial_documents_stay_in_their_text() -> None:
    """Undated 217-QĐ/TW in two texts: nothing says it is one document, so it is two."""
    graph = corpus_graph()
    docs = graph.find("217-QĐ/TW")
    assert len(docs) == 2
    assert all(d.missing == ("no-date",) and d.is_partial for d in docs)


def test_contradicting_dates_are_a_problem() -> None:
    """One symbol with two issue dates in one year is one document with a problem."""
    graph = CitationGraph()
    graph.add_text("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.", source="a")
    graph.add_text("Chỉ thị số 16/CT-TTg ngày 17/5/2016 của Thủ tướng Chính phủ.", source="b")
    [doc] = graph.documents
    assert doc.date is None
    assert [d.isoformat() for d in doc.dates] == ["2016-05-16", "2016-05-17"]
    assert [p.code for p in doc.problems] == ["conflicting-dates"]


def test_named_law_and_its_guide() -> None:
    """The decree "hướng dẫn Luật Đất đai" links to the 2024 land law named in the text."""
    graph = CitationGraph()
    graph.add_text(LAND, source="land.txt")
    [law] = graph.find("Luật Đất đai")
    assert (law.id, law.canonical, law.names) == (
        "vn/state/qh15/_/2024/31", None, ("Luật Đất đai năm 2024", "Luật Đất đai"))
    decree = "vn/state/cp/nđ/2024/102"
    assert ("land.txt", "based_on", law.id) in {(e.source, e.relation, e.target) for e in graph.edges}
    assert (decree, "guides", law.id) in {(e.source, e.relation, e.target) for e in graph.edges}


@given(st.lists(st.sampled_from(sorted(TEXTS)), min_size=1, max_size=6))
@settings(max_examples=15)
def test_adding_texts_again_duplicates_nothing(order: list[str]) -> None:
    """Adding the same texts again, in any order, gives the same documents and edge set."""
    once = CitationGraph()
    for source in dict.fromkeys(order):
        once.add_text(TEXTS[source], source=source)
    again = CitationGraph()
    for source in order + order:
        again.add_text(TEXTS[source], source=source)
    assert {d.id for d in again.documents} == {d.id for d in once.documents}
    assert len(again.documents) == len(once.documents)
    assert {(e.source, e.target, e.relation) for e in again.edges} == {
        (e.source, e.target, e.relation) for e in once.edges}
    assert sorted(len(d.mentions) for d in again.documents) == sorted(
        len(d.mentions) for d in once.documents)


def test_same_text_without_source_is_one_article() -> None:
    """Without a source the article is named by the text's content."""
    graph = CitationGraph()
    first = graph.add_text(DECREE)
    second = graph.add_text(DECREE)
    assert first.id == second.id
    assert len(graph.articles) == 1


def test_adding_a_source_again_replaces_its_text() -> None:
    """A corrected text under the same source replaces what the old one said."""
    graph = CitationGraph()
    graph.add_text(DECREE, source="a")
    graph.add_text(UNDATED, source="a")
    assert [d.canonical for d in graph.documents] == ["217-QĐ/TW"]


@attrs.frozen
class HtmlArticle:
    """Stands for the HTML article type: a body and a URL."""

    body: str
    url: str


def test_objects_with_body_and_url_are_read() -> None:
    """An article object is read from its body and named by its URL."""
    graph = CitationGraph()
    article = graph.add_text(HtmlArticle(DECREE, "https://example.org/a?x=1&y=2"))
    assert article.id == "https://example.org/a?x=1&y=2"
    assert graph.citers("114-KL/TW") == ["https://example.org/a?x=1&y=2"]


# -- queries ----------------------------------------------------------------------------


def test_most_cited_and_counts_by_issuer_system_and_year() -> None:
    """114-KL/TW and 16/CT-TTg are each cited by two texts (the conclusion also by the plan)."""
    graph = corpus_graph()
    top = [(d.canonical, n) for d, n in graph.most_cited(2)]
    assert top == [("114-KL/TW", 3), ("16/CT-TTg", 2)]
    by_system = graph.citations_by("system")
    # party: 114 (3), 20-KH/HU (1), 217 twice (1 each), 218 (1); state: 16 (2), 405, law (2), 102.
    assert by_system == {"party": 7, "state": 6}
    assert graph.citations_by("issuer")["TW"] == 6  # 114 (3), 218, and 217 in two texts
    assert graph.citations_by("year")["2015"] == 3
    assert sum(graph.citations_by("year").values()) == 13


# -- exports ----------------------------------------------------------------------------


def _check(schema: dict[str, Any], value: Any, root: dict[str, Any], where: str) -> list[str]:
    """Errors of ``value`` against the subset of JSON Schema that graph.schema.json uses."""
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _check(target, value, root, where)
    errors: list[str] = []
    types = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            (isinstance(value, int) and not isinstance(value, bool)) if t == "integer"
            else isinstance(value, types[t]) for t in wanted)
        if not ok:
            return [f"{where}: {value!r} is not {wanted}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where}: {value} < {schema['minimum']}")
    if "oneOf" in schema:
        passing = [s for s in schema["oneOf"] if not _check(s, value, root, where)]
        if len(passing) != 1:
            errors.append(f"{where}: {value!r} matches {len(passing)} of oneOf")
    if isinstance(value, dict):
        errors += [f"{where}: missing {k}" for k in schema.get("required", []) if k not in value]
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            errors += [f"{where}: unexpected {k}" for k in value if k not in properties]
        for key, sub in properties.items():
            if key in value:
                errors += _check(sub, value[key], root, f"{where}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        for i, item in enumerate(value):
            errors += _check(schema.get("items", {}), item, root, f"{where}[{i}]")
    return errors


def load_schema() -> dict[str, Any]:
    text = resources.files("govdoc.data").joinpath("graph.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def test_json_export_matches_the_shipped_schema() -> None:
    """The corpus graph's JSON validates against govdoc/data/graph.schema.json."""
    schema = load_schema()
    data = json.loads(export.to_json(corpus_graph()))
    assert _check(schema, data, schema, "$") == []


def test_schema_validator_catches_wrong_documents() -> None:
    """The validator used above refuses a bad id, a missing field and an unknown relation."""
    schema = load_schema()
    data = json.loads(export.to_json(seed_graph()))
    data["documents"][0]["id"] = "16/CT-TTg"
    del data["articles"][0]["source"]
    data["edges"][0]["relation"] = "cites"
    errors = _check(schema, data, schema, "$")
    assert len(errors) == 3


def test_schema_lists_every_missing_reason() -> None:
    """The schema's enum of partial-identity reasons is the library's."""
    schema = load_schema()
    enum = schema["$defs"]["document"]["properties"]["missing"]["items"]["enum"]
    assert set(enum) == set(MISSING_REASONS)


def test_cli_json_has_the_documented_fields() -> None:
    """`govdoc graph --format json` writes documents, articles and edges with their fields."""
    result = subprocess.run([sys.executable, "-m", "govdoc", "graph", str(SEED_PATH)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "canonical", "system", "doc_type", "issuers", "date", "titles",
            "mentions"} <= set(data["documents"][0])
    assert set(data["articles"][0]) >= {"id", "source"}
    assert set(data["edges"][0]) >= {"source", "target", "relation", "evidence"}
    assert len(data["documents"]) == 6


@given(st.sets(st.sampled_from(sorted(TEXTS)), min_size=1))
@settings(max_examples=10)
def test_json_and_jsonl_read_back_equal(sources: set[str]) -> None:
    """Export then import gives equal values, in both JSON and JSONL."""
    graph = CitationGraph(read_text(TEXTS[s], source=s) for s in sorted(sources))
    assert export.read_json(io.StringIO(export.to_json(graph))) == graph.data
    lines = io.StringIO()
    export.write_jsonl(graph, lines)
    lines.seek(0)
    assert export.read_jsonl(lines) == graph.data


def test_imported_graph_answers_queries() -> None:
    """A graph read from JSON finds the same citers as the one that wrote it."""
    loaded = GraphData.from_dict(corpus_graph().to_dict())
    assert sorted(loaded.citers("16/CT-TTg")) == sorted(["decree.txt", SEED_SOURCE])


def test_csv_nodes_and_edges() -> None:
    """Nodes and edges tables have the documented columns; titles read back from JSON cells."""
    nodes, edges = io.StringIO(), io.StringIO()
    export.write_csv(seed_graph(), nodes, edges)
    node_rows = list(csv.DictReader(io.StringIO(nodes.getvalue())))
    edge_rows = list(csv.DictReader(io.StringIO(edges.getvalue())))
    assert tuple(node_rows[0]) == export.NODE_FIELDS
    assert [r["kind"] for r in node_rows].count("document") == 6
    assert [r["kind"] for r in node_rows].count("article") == 1
    [directive] = [r for r in node_rows if r["canonical"] == "16/CT-TTg"]
    assert len(json.loads(directive["titles"])) == 2
    assert (directive["mentions"], directive["citations"]) == ("2", "1")
    assert tuple(edge_rows[0]) == export.EDGE_FIELDS
    assert len(edge_rows) == 7  # six article edges and the plan implementing the conclusion


def test_graphml_is_well_formed_even_with_hostile_names() -> None:
    """Sources with markup and control characters still give valid GraphML."""
    graph = CitationGraph()
    nasty = 'a<b>&"c\'\x01\x0b.txt'
    graph.add_text(DECREE, source=nasty)
    # lxml is strict: it refuses any character XML 1.0 does not allow.
    root = etree.fromstring(export.graphml(graph).encode("utf-8"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    node_ids = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert 'a<b>&"c\'\ufffd\ufffd.txt' in node_ids
    assert {DIRECTIVE, CONCLUSION} <= node_ids
    assert len(root.findall(".//g:edge", ns)) == 2


def test_graphml_reads_into_networkx() -> None:
    """networkx's own GraphML reader reads the file, attributes typed."""
    nx = pytest.importorskip("networkx")
    read = nx.read_graphml(io.BytesIO(export.graphml(seed_graph()).encode("utf-8")))
    assert read.nodes[DIRECTIVE]["citations"] == 1
    assert read.nodes[DIRECTIVE]["partial"] is False


def test_to_networkx_keys_edges_by_relation() -> None:
    """The MultiDiGraph has a node per document and article, an edge per relation."""
    pytest.importorskip("networkx")
    nxg = export.to_networkx(corpus_graph())
    assert nxg.nodes[DIRECTIVE]["kind"] == "document"
    assert nxg.has_edge("decree.txt", DIRECTIVE, key="based_on")
    assert nxg.has_edge(SEED_SOURCE, DIRECTIVE, key="implements")


def test_to_pandas_frames() -> None:
    """Documents, articles and edges frames; the directive has its date as a timestamp."""
    pytest.importorskip("pandas")
    frames = export.to_pandas(seed_graph())
    assert len(frames.documents) == 6
    assert len(frames.articles) == 1
    assert len(frames.edges) == 7
    row = frames.documents.set_index("id").loc[DIRECTIVE]
    assert str(row["date"].date()) == "2016-05-16"


def test_cli_csv_needs_a_folder_and_writes_two_tables(tmp_path: Path) -> None:
    """`--format csv` refuses stdout and writes nodes.csv and edges.csv into -o DIR."""
    refused = subprocess.run([sys.executable, "-m", "govdoc", "graph", str(SEED_PATH), "--format", "csv"],
                             capture_output=True, text=True, encoding="utf-8", check=False)
    assert refused.returncode == 2
    out = tmp_path / "tables"
    done = subprocess.run([sys.executable, "-m", "govdoc", "graph", str(SEED_PATH), "--format", "csv",
                           "-o", str(out)], capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    with (out / "edges.csv").open(encoding="utf-8", newline="") as edges:
        relations = [row["relation"] for row in csv.DictReader(edges)]
    # 16/CT-TTg, 20-KH/HU, 405/KH-UBND implemented; 217, 218, 114 mentioned; the plan's link.
    assert sorted(relations) == ["implements"] * 4 + ["mentions"] * 3
