"""Issuing bodies: the codes at the end of symbols (``TTg``, ``BNV``, ``TW``, ``HU``).

The table is ``govdoc/data/issuers.csv``: central State bodies and ministries (with the
2025 mergers of Nghị quyết 176/2025/QH15: valid-until dates and successors), National
Assembly terms, Party central bodies and the generic local codes. Each body has aliases
as texts write them ("Thủ tướng Chính phủ", "Thủ tướng"), so names found in articles
resolve to codes. Lookups ignore case and diacritics.

>>> from datetime import date
>>> from govdoc.issuers import issuers
>>> btnmt = issuers().by_code("BTNMT")
>>> btnmt.name, btnmt.successor
('Bộ Tài nguyên và Môi trường', 'BNNMT')
>>> btnmt.exists_on(date(2025, 3, 1))
False
>>> issuers().by_name("của Thủ tướng Chính phủ").code
'TTg'
>>> issuers().by_name("Ban Bi thu Trung uong Dang").code
'TW'
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import attrs

from govdoc._data import read_table
from govdoc._memo import BoundedMemo
from govdoc._text import fold
from govdoc.errors import RegistryError
from govdoc.systems import System

__all__ = ["Issuer", "Issuers", "issuers"]

# A body's code with the legislature's term after it ("HĐNN7", "UBPLTP15").
_TERM_NUMBERED = re.compile(r"(?P<body>[^\W\d_]{2,}&?[^\W\d_]*)(?P<term>1[0-6]|[1-9])")  # terms so far: 1 to 16


def _parse_day(value: str | None, *, end: bool) -> dt.date | None:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date means its first
    (or, for an end, its last) day."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


@attrs.frozen
class Issuer:
    """A body that issues documents, as the registry knows it."""

    code: str
    system: System
    name: str
    name_en: str = ""
    levels: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor: str | None = None
    aliases: tuple[str, ...] = ()
    #: other ways symbols write the code ("TƯ" for "TW"), read as the code itself
    code_variants: tuple[str, ...] = ()

    def exists_on(self, day: dt.date) -> bool:
        """Whether the body existed (could issue documents) on ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    @property
    def is_local(self) -> bool:
        """Whether only local bodies carry the code (a People's Committee, a Sở, a Tỉnh ủy):
        the symbol does not say which province, district or commune issued the document."""
        return bool(self.levels) and "central" not in self.levels and "any" not in self.levels

    def existed_in(self, year: int) -> bool:
        """Whether the body existed at any time in ``year``."""
        if self.valid_from is not None and year < self.valid_from.year:
            return False
        return not (self.valid_to is not None and year > self.valid_to.year)


# Words that open an issuer phrase in running text but are not part of the name.
_LEADING = re.compile(r"^(?:cua|do|va|cung|theo)\s+")


def _name_key(name: str) -> str:
    key = " ".join(fold(name.replace("_", " ")).replace("-", " ").split())
    while True:
        stripped = _LEADING.sub("", key)
        if stripped == key:
            return key
        key = stripped


@attrs.frozen
class Issuers:
    """The issuer table, indexed by code and by every name and alias."""

    all: tuple[Issuer, ...]
    _by_code: dict[str, tuple[Issuer, ...]] = attrs.field(repr=False)
    _by_folded_code: dict[str, tuple[Issuer, ...]] = attrs.field(repr=False)
    _by_name: dict[str, tuple[Issuer, ...]] = attrs.field(repr=False)
    _coded: BoundedMemo[tuple[str, System | None], Issuer | None] = attrs.field(
        default=attrs.Factory(lambda self: BoundedMemo(self._lookup_code), takes_self=True),
        init=False, repr=False, eq=False)

    @classmethod
    def from_rows(cls, rows: list[dict[str, str | None]]) -> Issuers:
        """Build the index from table rows, raising RegistryError listing every problem."""
        problems: list[str] = []
        found: list[Issuer] = []
        for line, row in enumerate(rows, start=2):
            code, name = row.get("code"), row.get("name")
            if not code or not name:
                problems.append(f"row {line}: code and name are required")
                continue
            try:
                system = System(row.get("system"))
                valid_from = _parse_day(row.get("valid_from"), end=False)
                valid_to = _parse_day(row.get("valid_to"), end=True)
            except ValueError as error:
                problems.append(f"row {line} ({code}): {error}")
                continue
            found.append(
                Issuer(
                    code=code,
                    system=system,
                    name=name,
                    name_en=row.get("name_en") or "",
                    levels=tuple(v for v in (row.get("level") or "").split("|") if v),
                    valid_from=valid_from,
                    valid_to=valid_to,
                    successor=row.get("successor"),
                    aliases=tuple(a for a in (row.get("aliases") or "").split("|") if a),
                    code_variants=tuple(v for v in (row.get("code_variants") or "").split("|") if v),
                )
            )
        by_code: dict[str, list[Issuer]] = {}
        by_folded: dict[str, list[Issuer]] = {}
        by_name: dict[str, list[Issuer]] = {}
        for issuer in found:
            same = by_code.setdefault(issuer.code.casefold(), [])
            if any(other.system is issuer.system for other in same):
                problems.append(f"duplicate code {issuer.code!r} in {issuer.system.value}")
            same.append(issuer)
            # A variant is looked up exactly ("TƯ"), before any folded code ("TU", Tỉnh ủy).
            for variant in issuer.code_variants:
                by_code.setdefault(variant.casefold(), []).append(issuer)
            by_folded.setdefault(fold(issuer.code), []).append(issuer)
            for alias in (issuer.name, *issuer.aliases):
                by_name.setdefault(_name_key(alias), []).append(issuer)
        codes = {i.code for i in found}
        problems += [
            f"successor {i.successor!r} of {i.code!r} is not in the table"
            for i in found
            if i.successor and i.successor not in codes
        ]
        if problems:
            raise RegistryError("issuers.csv: " + "; ".join(problems))
        return cls(
            all=tuple(found),
            by_code={k: tuple(v) for k, v in by_code.items()},
            by_folded_code={k: tuple(v) for k, v in by_folded.items()},
            by_name={k: tuple(v) for k, v in by_name.items()},
        )

    def by_code(self, code: str, system: System | None = None) -> Issuer | None:
        """The body a symbol code denotes: exact code in any case, then ASCII-folded
        (``BLDTBXH`` for ``BLĐTBXH``) when that is unambiguous."""
        return self._coded((code, system))

    def _lookup_code(self, key: tuple[str, System | None]) -> Issuer | None:
        code, system = key
        for found in (
            self._by_code.get(code.casefold(), ()),
            self._by_folded_code.get(fold(code).replace("&", ""), ())
            or self._by_folded_code.get(fold(code), ()),
        ):
            candidates = found
            if system is not None:
                candidates = tuple(c for c in found if c.system is system) or found
            if len(candidates) == 1 or (candidates and system is not None):
                return candidates[0]
        term = _TERM_NUMBERED.fullmatch(code)
        if term is not None:
            # "01-NQ/HĐNN7", "426/BC-UBPLTP15": a body of the legislature, with its term; only
            # such a body carries one (the table's `legislature` level), not "UBND3".
            body = self._lookup_code((term.group("body"), system))
            return body if body is not None and "legislature" in body.levels else None
        return None

    def by_name(self, name: str, *, on: dt.date | None = None) -> Issuer | None:
        """The body a name or alias denotes ("Thủ tướng Chính phủ", "Bộ Tài chính").

        A leading "của"/"do" is ignored. With ``on``, bodies that existed that day win.
        """
        candidates = self._by_name.get(_name_key(name), ())
        if on is not None:
            candidates = tuple(c for c in candidates if c.exists_on(on)) or candidates
        return candidates[0] if candidates else None

    def named(self, name: str) -> tuple[Issuer, ...]:
        """Every body a name or alias may denote ("Ban Bí thư": the ``TW`` and ``BBT`` rows)."""
        return self._by_name.get(_name_key(name), ())

    def successor_of(self, issuer: Issuer) -> Issuer | None:
        """The body that took over from ``issuer``, if the table records one."""
        return self.by_code(issuer.successor, issuer.system) if issuer.successor else None


@cache
def issuers() -> Issuers:
    """The packaged issuer table, loaded once."""
    return Issuers.from_rows(read_table("issuers.csv"))
