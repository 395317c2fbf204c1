"""The citation graph: documents, the articles that cite them, and who does what to whom.

Portals and notebooks do not want mentions, they want documents and links. This module
reads texts with :func:`govdoc.extract`, gives every mention its document's identity
(:mod:`govdoc.identity`), merges what all mentions say of one document (dates, issuers,
every title variant, contradictions flagged as problems), and keeps two kinds of edge:

* article → document, from each mention's ``relation`` (implements, based_on, ...);
* document → document, from each mention's ``links`` (20-KH/HU implements 114-KL/TW).

Every edge keeps its evidence: the source text and the offsets that state it. Reading a
text is a pure function (:func:`read_text`), so corpora can be read in parallel and the
SQLite index (:mod:`govdoc.index`) stores exactly what the graph merges.

>>> g = CitationGraph()
>>> _ = g.add_text("Kế hoạch số 20-KH/HU, ngày 15/6/2016 của Ban Thường vụ Huyện ủy về việc triển "
...                "khai thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư.", source="a")
>>> [(g.document(e.source).canonical, e.relation, e.target) for e in g.edges if e.kind == "document"]
[('20-KH/HU', 'implements', 'vn/party/tw/kl/xi/114')]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal, Protocol

import attrs

from govdoc.find import extract
from govdoc.identity import DocumentId, Identity, identify, text_scope
from govdoc.mention import Kind, Mention
from govdoc.reference import Problem, parse
from govdoc.relations import Relation

__all__ = [
    "Article",
    "CitationGraph",
    "Document",
    "Edge",
    "Evidence",
    "GraphData",
    "HasBody",
    "Observation",
    "Reading",
    "read_text",
]

#: Version of the JSON layout written by :meth:`GraphData.to_dict`.
FORMAT_VERSION = 1


class HasBody(Protocol):
    """Anything with a text ``body`` and the ``url`` it came from (an HTML article)."""

    @property
    def body(self) -> str: ...

    @property
    def url(self) -> str | None: ...


@attrs.frozen(slots=True, order=True)
class Evidence:
    """Where a text states something: ``text[start:end]`` of the text read as ``source``."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``source``, ``start``, ``end``."""
        return {"source": self.source, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """The inverse of :meth:`to_dict`."""
        return cls(str(data["source"]), int(data["start"]), int(data["end"]))


@attrs.frozen(slots=True)
class Observation:
    """What one mention says about its document; the unit documents are merged from."""

    document: str  #: the document id
    evidence: Evidence
    text: str  #: the mention as written
    kind: str  #: the mention's :class:`~govdoc.mention.Kind` value
    canonical: str | None
    name: str | None
    doc_type: str | None
    issuers: tuple[str, ...]  #: codes, from the symbol and the issuer the text names
    issuer_name: str | None
    date: dt.date | None
    year: int | None
    title: str | None
    relation: str
    is_self: bool
    missing: tuple[str, ...]


@attrs.frozen(slots=True)
class Edge:
    """``source`` does ``relation`` to document ``target``, as the evidence states."""

    source: str  #: an article id or a document id (see ``kind``)
    target: str  #: a document id
    relation: str  #: a :class:`~govdoc.relations.Relation` value
    kind: Literal["article", "document"]  #: what ``source`` is
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the documented field names."""
        return {"source": self.source, "target": self.target, "relation": self.relation,
                "kind": self.kind, "evidence": [e.to_dict() for e in self.evidence]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edge:
        """The inverse of :meth:`to_dict`."""
        kind = data["kind"]
        if kind not in ("article", "document"):
            raise ValueError(f"edge kind must be 'article' or 'document', not {kind!r}")
        return cls(str(data["source"]), str(data["target"]), str(data["relation"]), kind,
                   tuple(Evidence.from_dict(e) for e in data["evidence"]))


@attrs.frozen(slots=True)
class Article:
    """A text read into the graph; its id is its source (path or URL)."""

    id: str
    source: str
    documents: tuple[str, ...] = ()  #: documents the text is (its own "Số: …" header)
    mentions: int = 0  #: mentions found in it

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the documented field names."""
        return {"id": self.id, "source": self.source, "documents": list(self.documents),
                "mentions": self.mentions}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The inverse of :meth:`to_dict`."""
        return cls(str(data["id"]), str(data["source"]), tuple(data["documents"]),
                   int(data["mentions"]))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@attrs.frozen(slots=True)
class Document:
    """One document, with everything the corpus says of it."""

    id: str
    canonical: str | None  #: the symbol, None for a document cited only by name
    system: str
    doc_type: str | None
    issuers: tuple[str, ...] = ()  #: issuer codes, first seen first
    issuer_names: tuple[str, ...] = ()  #: issuer names as written
    date: dt.date | None = None  #: the issue date, when every mention stating one agrees
    dates: tuple[dt.date, ...] = ()  #: every issue date stated, sorted
    year: int | None = None
    titles: tuple[str, ...] = ()  #: every title variant, first seen first
    names: tuple[str, ...] = ()  #: names it is cited by ("Luật Đất đai năm 2024")
    mentions: tuple[Evidence, ...] = ()
    missing: tuple[str, ...] = ()  #: why the identity is partial; empty when complete
    problems: tuple[Problem, ...] = ()  #: contradictions between mentions

    @property
    def is_partial(self) -> bool:
        """Whether the identity holds only inside the text it was read from."""
        return bool(self.missing)

    @property
    def label(self) -> str:
        """A short name for tables and plots: the symbol, else the name, else the id."""
        return self.canonical or (self.names[0] if self.names else self.id)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the documented field names."""
        return {
            "id": self.id, "canonical": self.canonical, "system": self.system,
            "doc_type": self.doc_type, "issuers": list(self.issuers),
            "issuer_names": list(self.issuer_names),
            "date": self.date.isoformat() if self.date else None,
            "dates": [d.isoformat() for d in self.dates], "year": self.year,
            "titles": list(self.titles), "names": list(self.names),
            "mentions": [e.to_dict() for e in self.mentions],
            "partial": self.is_partial, "missing": list(self.missing),
            "problems": [p.to_dict() for p in self.problems],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The inverse of :meth:`to_dict`."""
        return cls(
            id=str(data["id"]), canonical=data["canonical"], system=str(data["system"]),
            doc_type=data["doc_type"], issuers=tuple(data["issuers"]),
            issuer_names=tuple(data["issuer_names"]), date=_date(data["date"]),
            dates=tuple(dt.date.fromisoformat(d) for d in data["dates"]), year=data["year"],
            titles=tuple(data["titles"]), names=tuple(data["names"]),
            mentions=tuple(Evidence.from_dict(e) for e in data["mentions"]),
            missing=tuple(data["missing"]),
            problems=tuple(Problem(p["code"], p["message"]) for p in data["problems"]),
        )


@attrs.frozen(slots=True)
class Reading:
    """What one text contributes to the graph: a pure function of the text and its name."""

    article: Article
    observations: tuple[Observation, ...]
    edges: tuple[Edge, ...]


def _observation(mention: Mention, ident: Identity, source: str) -> Observation:
    ref = mention.reference
    codes = [*ref.issuers] if ref is not None else []
    if mention.issuer is not None and mention.issuer.code not in codes:
        codes.append(mention.issuer.code)
    return Observation(
        document=str(ident.id),
        evidence=Evidence(source, mention.start, mention.end),
        text=mention.text,
        kind=mention.kind.value,
        canonical=mention.canonical if mention.kind is Kind.REFERENCE else None,
        name=mention.name,
        doc_type=mention.doc_type.name if mention.doc_type else None,
        issuers=tuple(codes) if mention.kind in (Kind.REFERENCE, Kind.NAMED) else (),
        issuer_name=mention.issuer_name,
        date=mention.date,
        year=ident.year,
        title=mention.title,
        relation=mention.relation.value,
        is_self=mention.is_self,
        missing=ident.missing,
    )


def read_text(text: str, *, source: str | None = None) -> Reading:
    """Read one text: its article, what each mention says, and the edges it states.

    Without ``source`` the article is named by a digest of the text, so the same text
    read twice is the same article.

    >>> r = read_text("Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng.", source="t1")
    >>> [(e.source, e.relation, e.target) for e in r.edges]
    [('t1', 'implements', 'vn/state/ttg/ct/2016/16')]
    """
    scope = text_scope(text)
    source = source if source is not None else f"text:{scope}"
    mentions = extract(text)
    identities = identify(mentions, scope=scope)
    observations: list[Observation] = []
    article_edges: dict[tuple[str, str], list[Evidence]] = {}
    document_edges: dict[tuple[str, str, str], list[Evidence]] = {}
    by_start = {m.start: (m, ident) for m, ident in zip(mentions, identities, strict=True)}
    own: list[str] = []
    for mention, ident in zip(mentions, identities, strict=True):
        if ident is None:
            continue  # an anaphor pointing at nothing the text cites ("Nghị định này")
        doc = str(ident.id)
        observations.append(_observation(mention, ident, source))
        if mention.is_self:
            own.append(doc)  # the text's own number: it is this document, it does not cite it
        else:
            article_edges.setdefault((doc, mention.relation.value), []).append(
                Evidence(source, mention.start, mention.end))
        for link in mention.links:
            target_mention, target = by_start.get(link.target, (None, None))
            if target_mention is None or target is None or str(target.id) == doc:
                continue
            span = Evidence(source, min(mention.start, target_mention.start),
                            max(mention.end, target_mention.end))
            document_edges.setdefault((doc, str(target.id), link.relation.value), []).append(span)
    edges = [Edge(source, doc, relation, "article", tuple(ev))
             for (doc, relation), ev in article_edges.items()]
    edges += [Edge(doc, target, relation, "document", tuple(ev))
              for (doc, target, relation), ev in document_edges.items()]
    article = Article(source, source, tuple(dict.fromkeys(own)), len(mentions))
    return Reading(article, tuple(observations), tuple(edges))


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent value, the first seen on a tie; None when there is none."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return max(counts, key=lambda v: counts[v])  # max keeps the first of equals; Counter keeps order


def merge_observations(doc_id: str, observations: Sequence[Observation]) -> Document:
    """One document from everything its mentions say; contradictions become problems.

    >>> ev = Evidence("a", 0, 9)
    >>> obs = [Observation("vn/state/ttg/ct/2016/16", ev, "16/CT-TTg", "reference", "16/CT-TTg",
    ...                    None, "Chỉ thị", ("TTg",), None, dt.date(2016, 5, d), 2016, None,
    ...                    "mentions", False, ()) for d in (16, 17)]
    >>> [p.code for p in merge_observations("vn/state/ttg/ct/2016/16", obs).problems]
    ['conflicting-dates']
    """
    dates = sorted({o.date for o in observations if o.date is not None})
    doc_types = list(dict.fromkeys(o.doc_type for o in observations
                                   if o.doc_type and o.kind in ("reference", "named")))
    problems: list[Problem] = []
    if len(dates) > 1:
        problems.append(Problem("conflicting-dates", "the mentions state different issue dates: "
                                + ", ".join(d.isoformat() for d in dates)))
    if len(doc_types) > 1:
        problems.append(Problem("conflicting-types", "the mentions name different document "
                                "types: " + ", ".join(doc_types)))
    parsed = DocumentId.parse(doc_id)
    missing = tuple(dict.fromkeys(m for o in observations for m in o.missing))
    return Document(
        id=doc_id,
        canonical=_most_common(o.canonical for o in observations),
        system=parsed.system,
        doc_type=_most_common(o.doc_type for o in observations
                              if o.kind in ("reference", "named")) or _most_common(
                                  o.doc_type for o in observations),
        issuers=tuple(dict.fromkeys(c for o in observations for c in o.issuers)),
        issuer_names=tuple(dict.fromkeys(o.issuer_name for o in observations if o.issuer_name)),
        date=dates[0] if len(dates) == 1 else None,
        dates=tuple(dates),
        year=next((o.year for o in observations if o.year is not None), None),
        titles=tuple(dict.fromkeys(o.title for o in observations if o.title)),
        names=tuple(dict.fromkeys(o.name for o in observations if o.name)),
        mentions=tuple(o.evidence for o in observations),
        missing=missing,
        problems=tuple(problems),
    )


CountKey = Literal["issuer", "system", "year"]


@attrs.frozen(slots=True)
class GraphData:
    """A snapshot of the graph as plain values: what exports write and imports read.

    Queries work on snapshots as on :class:`CitationGraph`, so a graph loaded from JSON
    answers the same questions as the one that wrote it.
    """

    documents: tuple[Document, ...] = ()  #: sorted by id
    articles: tuple[Article, ...] = ()  #: in the order they were added
    edges: tuple[Edge, ...] = ()  #: article edges in text order, then document edges

    def to_dict(self) -> dict[str, Any]:
        """The JSON layout described by ``govdoc/data/graph.schema.json``."""
        return {
            "format": "govdoc-graph", "version": FORMAT_VERSION,
            "documents": [d.to_dict() for d in self.documents],
            "articles": [a.to_dict() for a in self.articles],
            "edges": [e.to_dict() for e in self.edges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GraphData:
        """Read the layout :meth:`to_dict` writes."""
        if data.get("format") != "govdoc-graph" or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a govdoc graph of format version 1")
        return cls(tuple(Document.from_dict(d) for d in data["documents"]),
                   tuple(Article.from_dict(a) for a in data["articles"]),
                   tuple(Edge.from_dict(e) for e in data["edges"]))

    # -- queries ---------------------------------------------------------------------

    def document(self, doc_id: str) -> Document:
        """The document with id ``doc_id``; raises KeyError if there is none."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def find(self, query: str) -> list[Document]:
        """Documents an id, a symbol in any accepted spelling, or a name stands for.

        >>> g = CitationGraph()
        >>> _ = g.add_text("Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016.")
        >>> [d.id for d in g.find("chi thi so 16/CT-TTG")]
        ['vn/state/ttg/ct/2016/16']
        """
        query = query.strip()
        if query.startswith("vn/"):
            return [d for d in self.documents if d.id == query]
        try:
            symbol: str | None = str(parse(query))
        except ValueError:
            symbol = None
        if symbol is not None:
            return [d for d in self.documents if d.canonical == symbol]
        from govdoc.identity import name_slug  # noqa: PLC0415 - only name queries need it

        slug = name_slug(query)
        return [d for d in self.documents
                if any(name_slug(n).startswith(slug) for n in d.names)]

    def _targets(self, query: str) -> set[str]:
        return {d.id for d in self.find(query)}

    def implemented_by(self, article: str) -> list[Document]:
        """Documents the article (or document id) implements.

        >>> g = CitationGraph()
        >>> _ = g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="a")
        >>> [d.id for d in g.implemented_by("a")]
        ['vn/party/tw/kl/xi/114']
        """
        ids = [e.target for e in self.edges
               if e.source == article and e.relation == Relation.IMPLEMENTS.value]
        return [self.document(i) for i in dict.fromkeys(ids)]

    def cited_by(self, query: str, relations: Iterable[str | Relation] | None = None) -> list[Edge]:
        """The edges into the documents ``query`` stands for (see :meth:`find`), limited
        to ``relations`` when given."""
        wanted = None if relations is None else {Relation(r).value for r in relations}
        targets = self._targets(query)
        return [e for e in self.edges
                if e.target in targets and (wanted is None or e.relation in wanted)]

    def citers(self, query: str, relations: Iterable[str | Relation] | None = None) -> list[str]:
        """Ids of the articles and documents that cite ``query`` (with ``relations``).

        >>> g = CitationGraph()
        >>> _ = g.add_text("Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016.", source="a")
        >>> g.citers("16/CT-TTg"), g.citers("16/CT-TTg", ["implements"])
        (['a'], [])
        """
        return list(dict.fromkeys(e.source for e in self.cited_by(query, relations)))

    def implementers(self, query: str) -> list[str]:
        """Ids of the articles and documents that implement ``query``."""
        return self.citers(query, [Relation.IMPLEMENTS])

    def citation_counts(self) -> dict[str, int]:
        """For each cited document id, how many distinct articles and documents cite it."""
        pairs = {(e.source, e.target) for e in self.edges}
        return dict(Counter(target for _, target in pairs))

    def most_cited(self, n: int | None = 10) -> list[tuple[Document, int]]:
        """The ``n`` documents cited by the most distinct articles and documents, with the
        count; ties go to the document mentioned more often, then by id.

        >>> g = CitationGraph()
        >>> for s in ("a", "b"):
        ...     _ = g.add_text(f"Theo Kết luận số 114-KL/TW ngày 14/7/2015 ({s}).", source=s)
        >>> [(d.canonical, n) for d, n in g.most_cited(1)]
        [('114-KL/TW', 2)]
        """
        counts = self.citation_counts()
        ranked = sorted(self.documents,
                        key=lambda d: (-counts.get(d.id, 0), -len(d.mentions), d.id))
        return [(d, counts.get(d.id, 0)) for d in ranked[:n] if counts.get(d.id, 0)]

    def citations_by(self, key: CountKey) -> dict[str | None, int]:
        """Citations (distinct citer and document pairs) counted by the cited document's
        ``issuer`` code (each issuer of a joint document counts), ``system`` or ``year``;
        ``None`` counts documents for which it is unknown. Largest first.

        >>> g = CitationGraph()
        >>> _ = g.add_text("Theo Kết luận số 114-KL/TW ngày 14/7/2015 và Chỉ thị 05-CT/TW.")
        >>> g.citations_by("year")
        {'2015': 1, None: 1}
        """
        counts = self.citation_counts()
        totals: Counter[str | None] = Counter()
        for doc in self.documents:
            n = counts.get(doc.id, 0)
            if not n:
                continue
            if key == "issuer":
                for issuer in doc.issuers or (None,):
                    totals[issuer] += n
            elif key == "system":
                totals[doc.system] += n
            elif key == "year":
                totals[str(doc.year) if doc.year is not None else None] += n
            else:
                raise ValueError(f"count by 'issuer', 'system' or 'year', not {key!r}")
        return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or "")))


class CitationGraph:
    """A corpus of texts as a graph of documents and articles.

    Documents merge across texts by id; adding a text under a source already in the
    graph replaces it, and adding the same text twice changes nothing.
    """

    def __init__(self, readings: Iterable[Reading] = ()) -> None:
        self._readings: dict[str, Reading] = {}
        self._data: GraphData | None = None
        for reading in readings:
            self.add_reading(reading)

    def add_text(self, text: str | HasBody, source: str | None = None) -> Article:
        """Read ``text`` (a str, or an object with ``.body`` and ``.url``) into the graph.

        >>> g = CitationGraph()
        >>> g.add_text("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015.", source="x").id
        'x'
        """
        if isinstance(text, str):
            body = text
        else:
            body = text.body
            if source is None and text.url is not None:
                source = str(text.url)
        if not isinstance(body, str):
            raise TypeError(f"expected a str body, got {type(body).__name__}")
        reading = read_text(body, source=source)
        self.add_reading(reading)
        return reading.article

    def add_reading(self, reading: Reading) -> None:
        """Add what :func:`read_text` read (for readings made in other processes)."""
        self._readings[reading.article.id] = reading
        self._data = None

    def remove(self, article: str) -> None:
        """Forget the article ``article`` and everything only it said."""
        del self._readings[article]
        self._data = None

    def __len__(self) -> int:
        return len(self._readings)

    def __iter__(self) -> Iterator[Reading]:
        return iter(self._readings.values())

    @property
    def data(self) -> GraphData:
        """The merged graph as a snapshot of values (cached until the next change)."""
        if self._data is None:
            grouped: dict[str, list[Observation]] = {}
            for reading in self._readings.values():
                for obs in reading.observations:
                    grouped.setdefault(obs.document, []).append(obs)
            self._data = GraphData(
                documents=tuple(merge_observations(i, grouped[i]) for i in sorted(grouped)),
                articles=tuple(r.article for r in self._readings.values()),
                edges=_merge_edges(e for r in self._readings.values() for e in r.edges),
            )
        return self._data

    @property
    def documents(self) -> tuple[Document, ...]:
        """Every document, sorted by id."""
        return self.data.documents

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every article, in the order added."""
        return self.data.articles

    @property
    def edges(self) -> tuple[Edge, ...]:
        """Every edge; document edges stated by several texts are one edge."""
        return self.data.edges

    def to_dict(self) -> dict[str, Any]:
        """Same as ``self.data.to_dict()``."""
        return self.data.to_dict()

    def document(self, doc_id: str) -> Document:
        """See :meth:`GraphData.document`."""
        return self.data.document(doc_id)

    def find(self, query: str) -> list[Document]:
        """See :meth:`GraphData.find`."""
        return self.data.find(query)

    def implemented_by(self, article: str) -> list[Document]:
        """See :meth:`GraphData.implemented_by`."""
        return self.data.implemented_by(article)

    def cited_by(self, query: str, relations: Iterable[str | Relation] | None = None) -> list[Edge]:
        """See :meth:`GraphData.cited_by`."""
        return self.data.cited_by(query, relations)

    def citers(self, query: str, relations: Iterable[str | Relation] | None = None) -> list[str]:
        """See :meth:`GraphData.citers`."""
        return self.data.citers(query, relations)

    def implementers(self, query: str) -> list[str]:
        """See :meth:`GraphData.implementers`."""
        return self.data.implementers(query)

    def most_cited(self, n: int | None = 10) -> list[tuple[Document, int]]:
        """See :meth:`GraphData.most_cited`."""
        return self.data.most_cited(n)

    def citations_by(self, key: CountKey) -> dict[str | None, int]:
        """See :meth:`GraphData.citations_by`."""
        return self.data.citations_by(key)


def _merge_edges(edges: Iterable[Edge]) -> tuple[Edge, ...]:
    """One edge per (source, target, relation); evidence of every text, in order."""
    merged: dict[tuple[str, str, str], Edge] = {}
    for edge in edges:
        key = (edge.source, edge.target, edge.relation)
        old = merged.get(key)
        merged[key] = edge if old is None else attrs.evolve(
            old, evidence=old.evidence + edge.evidence)
    ordered = sorted(merged.values(), key=lambda e: e.kind != "article")  # stable: keeps text order
    return tuple(ordered)
