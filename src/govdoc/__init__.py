"""govdoc: parse, validate and find references to Vietnamese State and Party documents.

>>> import govdoc
>>> govdoc.parse("Chỉ thị số 16/CT-TTg")
Reference.parse('16/CT-TTg')
>>> govdoc.normalize("Nghi dinh so 1/2020/ND-CP")
'01/2020/NĐ-CP'
>>> [m.canonical for m in govdoc.extract("theo Kết luận số 114-KL/TW và Chỉ thị 05-CT/TW")]
['114-KL/TW', '05-CT/TW']
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
    "DocType",
    "GovdocError",
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
    "__version__",
    "doc_types",
    "extract",
    "find_references",
    "format_reference",
    "is_valid",
    "issuers",
    "normalize",
    "parse",
    "parse_detailed",
    "validate",
]
