"""Writing the citation graph for other tools: JSON, JSONL, CSV, GraphML, pandas, networkx.

Every format carries the same field names, those of :meth:`GraphData.to_dict` (described
by the JSON Schema shipped as ``govdoc/data/graph.schema.json`` and in ``docs/graph.md``),
so a column means the same thing in a notebook, a spreadsheet and Gephi. JSON and JSONL
read back into equal values; CSV and GraphML are for tools that cannot read nested JSON,
so list fields are flattened there (documented per writer).

pandas and networkx are optional extras (``pip install 'govdoc[pandas]'``): they are
imported only inside :func:`to_pandas` and :func:`to_networkx`.

>>> import io
>>> from govdoc.graph import CitationGraph
>>> g = CitationGraph()
>>> _ = g.add_text("Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016.", source="a")
>>> read_json(io.StringIO(to_json(g))) == g.data
True
"""

from __future__ import annotations

import csv
import importlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from govdoc.graph import Article, CitationGraph, Document, Edge, GraphData

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EDGE_FIELDS",
    "NODE_FIELDS",
    "Frames",
    "graphml",
    "read_json",
    "read_jsonl",
    "to_json",
    "to_networkx",
    "to_pandas",
    "write_csv",
    "write_graphml",
    "write_json",
    "write_jsonl",
]

Graph = CitationGraph | GraphData

#: Columns of the nodes CSV: documents and articles in one table, told apart by ``kind``.
NODE_FIELDS = ("id", "kind", "label", "canonical", "system", "doc_type", "issuers", "date",
               "year", "titles", "mentions", "citations", "partial", "missing", "problems",
               "source")
#: Columns of the edges CSV.
EDGE_FIELDS = ("source", "target", "relation", "kind", "weight", "evidence")


def _data(graph: Graph) -> GraphData:
    return graph.data if isinstance(graph, CitationGraph) else graph


def to_json(graph: Graph, *, indent: int | None = 2) -> str:
    """The graph as one JSON object: ``documents``, ``articles``, ``edges``."""
    return json.dumps(_data(graph).to_dict(), ensure_ascii=False, indent=indent)


def write_json(graph: Graph, out: TextIO) -> None:
    """Write :func:`to_json` to ``out``."""
    out.write(to_json(graph) + "\n")


def read_json(stream: TextIO) -> GraphData:
    """Read what :func:`write_json` wrote."""
    return GraphData.from_dict(json.load(stream))


def _records(data: GraphData) -> Iterator[dict[str, Any]]:
    for document in data.documents:
        yield {"record": "document", **document.to_dict()}
    for article in data.articles:
        yield {"record": "article", **article.to_dict()}
    for edge in data.edges:
        yield {"record": "edge", **edge.to_dict()}


def write_jsonl(graph: Graph, out: TextIO) -> None:
    """One JSON object a line, documents then articles then edges; each has a
    ``record`` field (``document``, ``article`` or ``edge``) beside the JSON fields.

    >>> import io, sys
    >>> from govdoc.graph import CitationGraph
    >>> g = CitationGraph()
    >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a")
    >>> out = io.StringIO()
    >>> write_jsonl(g, out)
    >>> [json.loads(line)["record"] for line in out.getvalue().splitlines()]
    ['document', 'article', 'edge']
    """
    for record in _records(_data(graph)):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(stream: TextIO) -> GraphData:
    """Read what :func:`write_jsonl` wrote."""
    parts: dict[str, list[dict[str, Any]]] = {"document": [], "article": [], "edge": []}
    for line in stream:
        if line.strip():
            record = json.loads(line)
            parts[record.pop("record")].append(record)
    return GraphData(tuple(Document.from_dict(d) for d in parts["document"]),
                     tuple(Article.from_dict(a) for a in parts["article"]),
                     tuple(Edge.from_dict(e) for e in parts["edge"]))


def _node_rows(data: GraphData) -> Iterator[dict[str, Any]]:
    counts = data.citation_counts()
    for doc in data.documents:
        yield {
            "id": doc.id, "kind": "document", "label": doc.label, "canonical": doc.canonical,
            "system": doc.system, "doc_type": doc.doc_type, "issuers": "|".join(doc.issuers),
            "date": doc.date.isoformat() if doc.date else None, "year": doc.year,
            "titles": json.dumps(list(doc.titles), ensure_ascii=False),
            "mentions": len(doc.mentions), "citations": counts.get(doc.id, 0),
            "partial": doc.is_partial, "missing": "|".join(doc.missing),
            "problems": "|".join(p.code for p in doc.problems), "source": None,
        }
    for article in data.articles:
        yield {"id": article.id, "kind": "article", "label": article.source,
               "mentions": article.mentions, "source": article.source}


def _edge_rows(data: GraphData) -> Iterator[dict[str, Any]]:
    for edge in data.edges:
        yield {"source": edge.source, "target": edge.target, "relation": edge.relation,
               "kind": edge.kind, "weight": len(edge.evidence),
               "evidence": json.dumps([e.to_dict() for e in edge.evidence], ensure_ascii=False)}


def write_csv(graph: Graph, nodes: TextIO, edges: TextIO) -> None:
    """Two CSV tables: nodes (:data:`NODE_FIELDS`) and edges (:data:`EDGE_FIELDS`).

    Codes lists (``issuers``, ``missing``, ``problems``) are joined by ``|``, which no code
    contains; free text lists (``titles``, ``evidence``) are JSON arrays, since a title
    may contain any character. ``weight`` is the number of evidence spans.

    >>> import io
    >>> from govdoc.graph import CitationGraph
    >>> g = CitationGraph()
    >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a")
    >>> nodes, edges = io.StringIO(), io.StringIO()
    >>> write_csv(g, nodes, edges)
    >>> edges.getvalue().splitlines()[1]
    'a,vn/party/tw/kl/xi/114,implements,article,1,"[{""source"": ""a"", ""start"": 10, ""end"": 31}]"'
    """
    data = _data(graph)
    node_writer = csv.DictWriter(nodes, fieldnames=NODE_FIELDS, lineterminator="\n")
    node_writer.writeheader()
    node_writer.writerows(_node_rows(data))
    edge_writer = csv.DictWriter(edges, fieldnames=EDGE_FIELDS, lineterminator="\n")
    edge_writer.writeheader()
    edge_writer.writerows(_edge_rows(data))


# XML 1.0 cannot carry most control characters, escaped or not ("&#1;" is an error too),
# so they are replaced; "<", "&" and quotes are escaped by the serializer.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("kind", "string"), ("label", "string"), ("canonical", "string"),
              ("system", "string"), ("doc_type", "string"), ("issuers", "string"),
              ("date", "string"), ("year", "int"), ("titles", "string"), ("mentions", "int"),
              ("citations", "int"), ("partial", "boolean"), ("missing", "string"),
              ("problems", "string"), ("source", "string"))
_EDGE_KEYS = (("relation", "string"), ("kind", "string"), ("weight", "int"),
              ("evidence", "string"))


def _xml_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("\ufffd", str(value))


def graphml(graph: Graph) -> str:
    """The graph as a GraphML document (directed; parallel edges for distinct relations).

    Node and edge attributes are those of :func:`write_csv`; empty values are left out.

    >>> from govdoc.graph import CitationGraph
    >>> g = CitationGraph()
    >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a<&>")
    >>> 'id="a&lt;&amp;&gt;"' in graphml(g)
    True
    """
    data = _data(graph)
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {
                "id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph", {"id": "govdoc", "edgedefault": "directed"})
    for row in _node_rows(data):
        node = ET.SubElement(body, f"{{{_GRAPHML_NS}}}node", {"id": _xml_text(row["id"])})
        for name, _ in _NODE_KEYS:
            value = row.get(name)
            if value is not None and value != "":
                ET.SubElement(node, f"{{{_GRAPHML_NS}}}data", {"key": f"n_{name}"}).text = _xml_text(value)
    for number, row in enumerate(_edge_rows(data)):
        edge = ET.SubElement(body, f"{{{_GRAPHML_NS}}}edge", {
            "id": f"e{number}", "source": _xml_text(row["source"]), "target": _xml_text(row["target"])})
        for name, _ in _EDGE_KEYS:
            ET.SubElement(edge, f"{{{_GRAPHML_NS}}}data", {"key": f"e_{name}"}).text = _xml_text(row[name])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_graphml(graph: Graph, out: TextIO) -> None:
    """Write :func:`graphml` to ``out`` (which must encode UTF-8)."""
    out.write(graphml(graph))


class Frames(NamedTuple):
    """The graph as three pandas DataFrames."""

    documents: pd.DataFrame  #: one row per document, columns as in the nodes CSV
    articles: pd.DataFrame  #: ``id``, ``source``, ``mentions``
    edges: pd.DataFrame  #: ``source``, ``target``, ``relation``, ``kind``, ``weight``, ``evidence``


def to_pandas(graph: Graph) -> Frames:
    """The graph as DataFrames (needs the ``pandas`` extra). Lists stay Python lists,
    ``date`` is a pandas datetime column.

    >>> from govdoc.graph import CitationGraph
    >>> g = CitationGraph()
    >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a")
    >>> frames = to_pandas(g)
    >>> frames.documents[["label", "citations"]].to_dict("records")
    [{'label': '114-KL/TW', 'citations': 1}]
    """
    import pandas as pd  # noqa: PLC0415 - optional dependency

    data = _data(graph)
    counts = data.citation_counts()
    documents = pd.DataFrame(
        [{"id": d.id, "label": d.label, "canonical": d.canonical, "system": d.system,
          "doc_type": d.doc_type, "issuers": list(d.issuers), "date": d.date, "year": d.year,
          "titles": list(d.titles), "mentions": len(d.mentions), "citations": counts.get(d.id, 0),
          "partial": d.is_partial, "missing": list(d.missing),
          "problems": [p.code for p in d.problems]} for d in data.documents],
        columns=["id", "label", "canonical", "system", "doc_type", "issuers", "date", "year",
                 "titles", "mentions", "citations", "partial", "missing", "problems"],
    )
    documents["date"] = pd.to_datetime(documents["date"])
    documents["year"] = documents["year"].astype("Int64")
    articles = pd.DataFrame([a.to_dict() for a in data.articles],
                            columns=["id", "source", "documents", "mentions"])
    edges = pd.DataFrame(
        [{"source": e.source, "target": e.target, "relation": e.relation, "kind": e.kind,
          "weight": len(e.evidence), "evidence": [v.to_dict() for v in e.evidence]}
         for e in data.edges],
        columns=list(EDGE_FIELDS),
    )
    return Frames(documents, articles, edges)


def to_networkx(graph: Graph) -> Any:
    """The graph as a ``networkx.MultiDiGraph`` (needs the ``networkx`` extra).

    Nodes carry ``kind`` (``document`` or ``article``) and the JSON fields; edges are
    keyed by relation and carry ``relation``, ``kind`` and ``evidence``.

    >>> from govdoc.graph import CitationGraph
    >>> g = CitationGraph()
    >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a")
    >>> nxg = to_networkx(g)
    >>> list(nxg.edges(keys=True))
    [('a', 'vn/party/tw/kl/xi/114', 'implements')]
    """
    # networkx ships no type information; importing by name keeps mypy --strict honest
    # about that (the result is Any) without a type-ignore.
    nx = importlib.import_module("networkx")
    data = _data(graph)
    result = nx.MultiDiGraph()
    for doc in data.documents:
        attributes = doc.to_dict()
        del attributes["id"]
        result.add_node(doc.id, kind="document", label=doc.label, **attributes)
    for article in data.articles:
        attributes = article.to_dict()
        del attributes["id"]
        result.add_node(article.id, kind="article", label=article.source, **attributes)
    for edge in data.edges:
        result.add_edge(edge.source, edge.target, key=edge.relation, relation=edge.relation,
                        kind=edge.kind, evidence=[e.to_dict() for e in edge.evidence])
    return result
