"""Document types: the codes in symbols (``CT``, ``NĐ``, ``KL``) and the words before them.

The table is ``govdoc/data/doc_types.csv`` (sources in its header and in
``data/README.md``): the administrative types of Nghị định 30/2020/NĐ-CP Phụ lục III,
the legal types of Luật 80/2015/QH13, the Party types of Quy định 66-QĐ/TW and
Hướng dẫn 36-HD/VPTW, and historic codes. The same letters can mean different types in
different systems (``TT`` is Thông tư in the State system, Thông tri in the Party one).

>>> from govdoc.doctypes import doc_types
>>> doc_types().by_code("TT", System.STATE).name
'Thông tư'
>>> doc_types().by_code("TT", System.PARTY).name
'Thông tri'
>>> doc_types().by_code("qd", System.STATE).code
'QĐ'
>>> doc_types().by_name("NGHI DINH").name_en
'Decree'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import attrs

from govdoc._data import read_table
from govdoc._memo import BoundedMemo
from govdoc._text import fold
from govdoc.errors import RegistryError
from govdoc.systems import System

__all__ = ["DocType", "DocTypes", "System", "doc_types", "legal_rank"]


@attrs.frozen
class DocType:
    """One document type of one system."""

    code: str | None  #: as written in symbols; None for types with no code (Luật, Công văn)
    system: System
    name: str  #: Vietnamese name, e.g. "Chỉ thị"
    name_en: str
    kind: str  #: normative, administrative, party, copy or historic
    aliases: tuple[str, ...] = ()
    #: A historic type's code written alone after the number, with no issuer ("50/SL").
    lone_code: str | None = None
    #: Place in the order of legal force, 0 for the Constitution; None where the rank
    #: depends on the issuer (a Quyết định of the Prime Minister or of a province).
    legal_rank: int | None = None

    @property
    def consolidates(self) -> bool:
        """Whether the type is a consolidated text (Văn bản hợp nhất), which stands for the
        document it consolidates with its amendments ("81/VBHN-BNNMT" over "NGHỊ ĐỊNH")."""
        return self.code == _CONSOLIDATED_CODE


_CONSOLIDATED_CODE = "VBHN"


def _code_key(code: str) -> str:
    return code.casefold()


@attrs.frozen
class DocTypes:
    """The document-type table, indexed for lookups by code and by name."""

    all: tuple[DocType, ...]
    _by_code: dict[tuple[str, System], DocType] = attrs.field(repr=False)
    _by_folded_code: dict[tuple[str, System], tuple[DocType, ...]] = attrs.field(repr=False)
    _by_name: dict[str, tuple[DocType, ...]] = attrs.field(repr=False)
    _by_lone_code: dict[tuple[str, System], DocType] = attrs.field(repr=False, factory=dict)
    _named: BoundedMemo[tuple[str, System | None], DocType | None] = attrs.field(
        default=attrs.Factory(lambda self: BoundedMemo(self._lookup_name), takes_self=True),
        init=False, repr=False, eq=False)

    @classmethod
    def from_rows(cls, rows: list[dict[str, str | None]]) -> DocTypes:
        """Build the index from table rows, raising RegistryError listing every problem."""
        problems: list[str] = []
        types: list[DocType] = []
        by_code: dict[tuple[str, System], DocType] = {}
        by_folded: dict[tuple[str, System], list[DocType]] = {}
        by_name: dict[str, list[DocType]] = {}
        lone: dict[tuple[str, System], DocType] = {}
        for line, row in enumerate(rows, start=2):
            try:
                system = System(row.get("system"))
            except ValueError:
                problems.append(f"row {line}: unknown system {row.get('system')!r}")
                continue
            name = row.get("name")
            if not name:
                problems.append(f"row {line}: no name")
                continue
            aliases = tuple(a for a in (row.get("aliases") or "").split("|") if a)
            rank = row.get("legal_rank") or None
            if rank is not None and not rank.isdigit():
                problems.append(f"row {line}: legal_rank {rank!r} is not a whole number")
                continue
            doc_type = DocType(
                code=row.get("code"),
                system=system,
                name=name,
                name_en=row.get("name_en") or "",
                kind=row.get("kind") or "",
                aliases=aliases,
                lone_code=row.get("lone_code") or None,
                legal_rank=int(rank) if rank is not None else None,
            )
            types.append(doc_type)
            if doc_type.lone_code:
                lone.setdefault((_code_key(doc_type.lone_code), system), doc_type)
            if doc_type.code:
                key = (_code_key(doc_type.code), system)
                if key in by_code:
                    problems.append(f"row {line}: duplicate code {doc_type.code!r} in {system.value}")
                by_code.setdefault(key, doc_type)
                by_folded.setdefault((fold(doc_type.code), system), []).append(doc_type)
            for word in (name, *aliases):
                by_name.setdefault(fold(word), []).append(doc_type)
        if problems:
            raise RegistryError("doc_types.csv: " + "; ".join(problems))
        return cls(
            all=tuple(types),
            by_code=by_code,
            by_folded_code={k: tuple(v) for k, v in by_folded.items()},
            by_name={k: tuple(v) for k, v in by_name.items()},
            by_lone_code=lone,
        )

    def by_code(self, code: str, system: System) -> DocType | None:
        """The type a symbol code denotes in ``system``: exact, any case, then ASCII-folded.

        ASCII folding is used only when it is unambiguous (``DA`` could be ĐA or DA).
        """
        found = self._by_code.get((_code_key(code), system))
        if found is not None:
            return found
        candidates = self._by_folded_code.get((fold(code), system), ())
        return candidates[0] if len(candidates) == 1 else None

    def is_code(self, code: str) -> bool:
        """Whether ``code`` denotes a type in either system ("NQ", "QĐ", "TT").

        >>> doc_types().is_code("NQ"), doc_types().is_code("TTg")
        (True, False)
        """
        return any(self.by_code(code, system) is not None for system in System)

    def by_lone_code(self, code: str, system: System = System.STATE) -> DocType | None:
        """The historic type whose symbols carry ``code`` alone, with no issuer.

        >>> doc_types().by_lone_code("SL").name
        'Sắc lệnh'
        """
        return self._by_lone_code.get((_code_key(code), system))

    def by_name(self, word: str, system: System | None = None) -> DocType | None:
        """The type a type word names ("Chỉ thị", "chi thi", "CHỈ THỊ"), preferring ``system``."""
        return self._named((word, system))

    def _lookup_name(self, asked: tuple[str, System | None]) -> DocType | None:
        word, system = asked
        key = fold(" ".join(word.replace("_", " ").split()))
        candidates = self._by_name.get(key, ())
        if not candidates:
            return None
        # A type whose own name is the word beats one that lists it as an alias; then
        # the asked-for system, then the State reading, then a type that has a code.
        return min(candidates, key=lambda t: (
            fold(t.name) != key,
            system is not None and t.system is not system,
            t.system is not System.STATE,
            t.code is None,
        ))

    def names(self) -> frozenset[str]:
        """Every type word and alias, folded (for building the finder's patterns)."""
        return frozenset(self._by_name)


@cache
def doc_types() -> DocTypes:
    """The packaged document-type table, loaded once."""
    return DocTypes.from_rows(read_table("doc_types.csv"))


def _issuer_key(issuer: str) -> str:
    return issuer.rstrip("0123456789").casefold()  # "UBTVQH15" ranks as "UBTVQH" does


@cache
def _issuer_ranks() -> dict[tuple[str, str], int]:
    return _ranks_from_rows(read_table("issuer_ranks.csv"))


def _ranks_from_rows(rows: Iterable[Mapping[str, str | None]]) -> dict[tuple[str, str], int]:
    ranks: dict[tuple[str, str], int] = {}
    for line, row in enumerate(rows, start=2):
        code, issuer, rank = row.get("code"), row.get("issuer"), row.get("legal_rank")
        if not code or not issuer or rank is None or not rank.isdigit():
            raise RegistryError(f"issuer_ranks.csv row {line}: needs a code, an issuer and a whole-number rank")
        ranks[_code_key(code), _issuer_key(issuer)] = int(rank)
    return ranks


def legal_rank(doc_type: DocType, issuers: tuple[str, ...] = ()) -> int | None:
    """A document's place in the order of legal force: its type's, or, where that depends on
    who issues it, the rank of the type from that issuer (``issuer_ranks.csv``).

    >>> from govdoc import parse
    >>> ref = parse("40/2011/QĐ-TTg")
    >>> legal_rank(ref.doc_type, ref.issuers), legal_rank(parse("30/2020/NĐ-CP").doc_type)
    (4, 3)
    """
    if doc_type.legal_rank is not None:
        return doc_type.legal_rank
    if doc_type.code is None or len(issuers) != 1:
        return None
    return _issuer_ranks().get((_code_key(doc_type.code), _issuer_key(issuers[0])))
