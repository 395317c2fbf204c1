"""govdoc: parse, validate and find references to Vietnamese State and Party documents.

>>> import govdoc
>>> govdoc.parse("Chỉ thị số 16/CT-TTg")
Reference.parse('16/CT-TTg')
>>> govdoc.normalize("Nghi dinh so 1/2020/ND-CP")
'01/2020/NĐ-CP'
>>> [m.canonical for m in govdoc.extract("theo Kết luận số 114-KL/TW và Chỉ thị 05-CT/TW")]
['114-KL/TW', '05-CT/TW']

Submodules: ``govdoc.dates`` (dates, periods, terms), ``govdoc.annotate`` (linked HTML for
portals), ``govdoc.export`` (JSON, CSV, GraphML, pandas, networkx).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from govdoc.doctypes import DocType, doc_types
from govdoc.errors import (
    GovdocError,
    InvalidDate,
    InvalidReference,
    NotAReference,
    RegistryError,
    UnknownDocType,
    UnknownIssuer,
)
from govdoc.find import extract, find_references
from govdoc.graph import CitationGraph, Document, Edge, Evidence, GraphData, read_text
from govdoc.html import Article, Block, HtmlTooLarge, VisibleText, extract_html, read_article, visible_text
from govdoc.identity import DocumentId, Identity, identify
from govdoc.index import CitationIndex
from govdoc.issuers import Issuer, issuers
from govdoc.mention import Kind, Link, Mention
from govdoc.reference import (
    Parsed,
    Problem,
    Reference,
    Repair,
    Style,
    format_reference,
    is_valid,
    normalize,
    parse,
    parse_detailed,
)
from govdoc.relations import Relation
from govdoc.systems import System
from govdoc.validate import validate

try:
    __version__ = version("govdoc")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Block",
    "CitationGraph",
    "CitationIndex",
    "DocType",
    "Document",
    "DocumentId",
    "Edge",
    "Evidence",
    "GovdocError",
    "GraphData",
    "HtmlTooLarge",
    "Identity",
    "InvalidDate",
    "InvalidReference",
    "Issuer",
    "Kind",
    "Link",
    "Mention",
    "NotAReference",
    "Parsed",
    "Problem",
    "Reference",
    "RegistryError",
    "Relation",
    "Repair",
    "Style",
    "System",
    "UnknownDocType",
    "UnknownIssuer",
    "VisibleText",
    "__version__",
    "doc_types",
    "extract",
    "extract_html",
    "find_references",
    "format_reference",
    "identify",
    "is_valid",
    "issuers",
    "normalize",
    "parse",
    "parse_detailed",
    "read_article",
    "read_text",
    "validate",
    "visible_text",
]
