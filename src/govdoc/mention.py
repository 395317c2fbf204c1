"""The values the finder returns: a :class:`Mention` of a document in a text."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from govdoc.doctypes import DocType
from govdoc.issuers import Issuer
from govdoc.reference import Problem, Reference
from govdoc.relations import Relation

__all__ = ["Kind", "Link", "Mention"]


class Kind(enum.Enum):
    """How a mention names its document."""

    REFERENCE = "reference"  #: by number and symbol: "Chỉ thị số 16/CT-TTg"
    NAMED = "named"  #: by name, without a number: "Luật Đất đai năm 2024"
    SHORT = "short"  #: by type and number only: "Chỉ thị 16"
    ANAPHOR = "anaphor"  #: by pointing back: "Nghị định này", "Chỉ thị nói trên"


@attrs.frozen
class Link:
    """A document-to-document relation stated in the text: the mention's document
    ``relation`` the document of the mention starting at ``target``."""

    relation: Relation
    target: int


@attrs.frozen
class Mention:
    """One place where a text cites a document, with what the text says about it.

    ``start`` and ``end`` index the caller's original string, so
    ``text[m.start:m.end] == m.text`` always holds.
    """

    start: int
    end: int
    text: str
    kind: Kind
    reference: Reference | None = None
    doc_type: DocType | None = None
    number: str | None = None  #: as written ("06"), for references and short references
    name: str | None = None  #: the document's name, for named documents
    year: int | None = None  #: the year in the symbol, or in the name ("năm 2014")
    date: dt.date | None = None
    issuer_name: str | None = None  #: as written, white space collapsed
    issuer: Issuer | None = None  #: the registry's body, where the name or code resolves
    title: str | None = None
    relation: Relation = Relation.MENTIONS
    links: tuple[Link, ...] = ()
    is_self: bool = False  #: the text's own number in its header ("Số: 12/KH-UBND")
    refers_to: int | None = None  #: start of the full mention a short one or anaphor means
    problems: tuple[Problem, ...] = ()

    @property
    def canonical(self) -> str | None:
        """The canonical symbol, or None for a mention without one."""
        return str(self.reference) if self.reference else None

    def to_dict(self, source: str | None = None) -> dict[str, Any]:
        """A JSON-ready dict with the field names of ``govdoc extract``."""
        ref = self.reference
        issuer_codes: list[str] = []
        if ref is not None:
            issuer_codes = list(ref.issuers) + ([ref.unit] if ref.unit else [])
        return {
            "source": source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind.value,
            "canonical": self.canonical,
            "system": ref.system.value if ref else (
                self.doc_type.system.value if self.doc_type else None),
            "doc_type": self.doc_type.name if self.doc_type else None,
            "type_code": ref.type_code if ref else None,
            "number": self.number,
            "year": ref.year if ref else self.year,
            "issuers": issuer_codes,
            "name": self.name,
            "date": self.date.isoformat() if self.date else None,
            "issuer_name": self.issuer_name,
            "issuer": self.issuer.code if self.issuer else None,
            "title": self.title,
            "relation": self.relation.value,
            "links": [{"relation": link.relation.value, "target": link.target}
                      for link in self.links],
            "self": self.is_self,
            "refers_to": self.refers_to,
            "problems": [p.to_dict() for p in self.problems],
        }
