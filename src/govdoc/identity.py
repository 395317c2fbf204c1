"""Document identity: when two mentions name the same document, and what to call it.

A symbol alone does not identify a document. State administrative numbers restart every
year (Nghị định 30/2020/NĐ-CP, Điều 15), so ``16/CT-TTg`` needs its year; Party numbers
restart with every congress term (Hướng dẫn 36-HD/VPTW), so ``18-NQ/TW`` of 2017 and of
2022 are two documents; and local codes (``UBND``, ``HU``, ``STNMT``) are used by every
province or district alike, so the symbol does not say *which* body issued it.

This module turns what a text states (symbol, date, name) into a :class:`DocumentId`, a
path in the spirit of the ELI and Akoma Ntoso FRBR work identifiers::

    vn/{system}/{issuer}/{type}/{period}/{number}      numbered documents
    vn/{system}/name/{slug}/{period}                    documents cited by name only

* ``issuer``: the symbol's issuer codes (and công văn unit) joined by ``-``, lower case;
* ``type``: the symbol's type code in lower case, ``_`` when the symbol has none;
* ``period``: the year for State documents (from the symbol, else the stated date, else
  another mention of the same symbol in the text), the Party congress term in lower-case
  Roman numerals for Party documents (``xii``), ``_`` when unknown;
* ``slug``: the ASCII-folded name, words joined by ``-`` (written names vary in where the
  tone mark sits, "hoá"/"hóa"; codes do not, the parser already made them canonical).

When the evidence is missing (no year, no term, a local or unknown issuer), the identity
is *partial*: the id then ends in ``~{scope}``, the digest of the text it was read from,
so it names "the document this text means" and is never merged with another text's.
Partial identities say why in :attr:`Identity.missing`; nothing is guessed.

>>> import datetime as dt
>>> from govdoc import parse
>>> str(reference_id(parse("16/CT-TTg"), date=dt.date(2016, 5, 16)).id)
'vn/state/ttg/ct/2016/16'
>>> str(reference_id(parse("18-NQ/TW"), date=dt.date(2017, 10, 25)).id)
'vn/party/tw/nq/xii/18'
>>> ident = reference_id(parse("16/CT-TTg"), scope="3f2a")
>>> str(ident.id), ident.missing
('vn/state/ttg/ct/_/16~3f2a', ('no-date',))
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from functools import cache

import attrs

from govdoc._data import read_table
from govdoc._grammar import ASSEMBLY_CODE
from govdoc._text import fold
from govdoc.dates import Body, term_on
from govdoc.errors import TextError
from govdoc.issuers import issuers
from govdoc.mention import Kind, Mention
from govdoc.reference import Reference, parse
from govdoc.systems import System

__all__ = [
    "DocumentId",
    "Identity",
    "identify",
    "name_id",
    "name_slug",
    "reference_id",
    "text_scope",
]

_ROOT = "vn"
_UNKNOWN = "_"
_NAMED = "name"
_SEGMENT = re.compile(r"[^/~\s]+")
_SCOPE = re.compile(r"[0-9A-Za-z._-]+")
_YEAR_SUFFIX = re.compile(r"\s+(?:năm\s+)?((?:19|20)\d\d)\s*$", re.IGNORECASE)

#: Why an identity is partial (the values of :attr:`Identity.missing`).
MISSING_REASONS = {
    "no-date": "the symbol has no year and no date or other mention gives one",
    "ambiguous-date": "other mentions of the symbol in the text give different years or terms",
    "outside-terms": "the date falls outside the known Party congress terms",
    "local-issuer": "the issuer code is used by every local body of its kind",
    "unknown-issuer": "the issuer code is not in the registry",
    "no-year": "a document cited by name without a year",
    "unresolved-short": "a short reference with no full mention of it in the text",
}


@attrs.frozen(slots=True, order=True)
class DocumentId:
    """A document's identifier: ``vn/`` then path segments, and a scope when partial.

    >>> DocumentId.parse("vn/party/tw/kl/xi/114").period
    'xi'
    """

    segments: tuple[str, ...]
    scope: str | None = None  #: the text a partial identity holds in; None when complete

    def __attrs_post_init__(self) -> None:
        if len(self.segments) not in (4, 5) or self.segments[0] not in ("state", "party"):
            raise ValueError(f"not a document path: {self.segments!r}")
        if (len(self.segments) == 4) != (self.segments[1] == _NAMED):
            raise ValueError(f"named paths have 4 segments, numbered ones 5: {self.segments!r}")
        if not all(_SEGMENT.fullmatch(s) for s in self.segments):
            raise ValueError(f"empty segment or '/', '~' or space in {self.segments!r}")
        if self.scope is not None and not _SCOPE.fullmatch(self.scope):
            raise ValueError(f"bad scope {self.scope!r}")

    def __str__(self) -> str:
        scope = f"~{self.scope}" if self.scope is not None else ""
        return f"{_ROOT}/{'/'.join(self.segments)}{scope}"

    @classmethod
    def parse(cls, text: str) -> DocumentId:
        """Read an identifier written by ``str()``; raises ValueError on anything else.

        >>> DocumentId.parse("vn/state/ttg/ct/_/16~3f2a").scope
        '3f2a'
        """
        path, _, scope = text.partition("~")
        root, _, rest = path.partition("/")
        if root != _ROOT:
            raise ValueError(f"a document id starts with 'vn/': {text!r}")
        return cls(tuple(rest.split("/")), scope if "~" in text else None)

    @property
    def system(self) -> str:
        """``state`` or ``party``."""
        return self.segments[0]

    @property
    def is_named(self) -> bool:
        """Whether the document is identified by its name rather than a number."""
        return self.segments[1] == _NAMED

    @property
    def period(self) -> str | None:
        """The year or Party term in the id, None when unknown."""
        value = self.segments[-1] if self.is_named else self.segments[3]
        return None if value == _UNKNOWN else value

    @property
    def is_partial(self) -> bool:
        """Whether the identity holds only inside one text."""
        return self.scope is not None


@attrs.frozen(slots=True)
class Identity:
    """A document identity with what is known of its year and why it is partial."""

    id: DocumentId
    missing: tuple[str, ...] = ()  #: keys of :data:`MISSING_REASONS`; empty when complete
    year: int | None = None  #: the year of issue, where the symbol or a date states it

    @property
    def is_partial(self) -> bool:
        """Whether some evidence was missing (then ``id`` carries a scope)."""
        return bool(self.missing)


def text_scope(text: str) -> str:
    """The scope of a text's partial identities: a short digest of its content, so the
    same text read twice, under any name, gives the same ids.

    >>> text_scope("Chỉ thị 16")
    'b5409fa809e6'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _issuer_gap(ref: Reference) -> str | None:
    """Why the symbol's issuer does not single out one body, or None when it does."""
    for code in ref.issuers:
        if ASSEMBLY_CODE.fullmatch(code):
            continue
        issuer = issuers().by_code(code, ref.system)
        if issuer is None:
            return "unknown-issuer"
        if "central" not in issuer.levels:
            return "local-issuer"
    return None


def _finish(segments: tuple[str, ...], missing: list[str], year: int | None,
            scope: str) -> Identity:
    if missing:
        return Identity(DocumentId(segments, scope), tuple(dict.fromkeys(missing)), year)
    return Identity(DocumentId(segments), (), year)


def _period(ref: Reference, date: dt.date | None) -> tuple[str | None, int | None, str | None]:
    """The period segment, the year, and the reason when the period is unknown."""
    if ref.year is not None:
        return str(ref.year), ref.year, None
    if date is None:
        return None, None, "no-date"
    if ref.system is System.PARTY:
        # Party numbers restart per congress term. Local Party bodies have their own
        # congress terms, held some months before the national one: the national term is
        # used for them too, an approximation documented in docs/graph.md.
        term = term_on(date, Body.PARTY)
        if term is None:
            return None, date.year, "outside-terms"
        return term.roman.lower(), date.year, None
    return str(date.year), date.year, None


def _ref_segments(ref: Reference, period: str | None) -> tuple[str, ...]:
    codes = (*ref.issuers, *((ref.unit,) if ref.unit else ()))
    return (
        ref.system.value,
        "-".join(codes).lower() or _UNKNOWN,
        (ref.type_code or _UNKNOWN).lower(),
        period or _UNKNOWN,
        ref.number_text,
    )


def reference_id(ref: Reference, *, date: dt.date | None = None, scope: str = "local") -> Identity:
    """The identity of the document a symbol names, given its stated issue date.

    ``scope`` names the text the identity holds in when it is partial (see
    :func:`text_scope`).

    >>> from govdoc import parse
    >>> str(reference_id(parse("30/2020/NĐ-CP")).id)
    'vn/state/cp/nđ/2020/30'
    >>> reference_id(parse("405/KH-UBND"), date=dt.date(2021, 2, 26), scope="a1").missing
    ('local-issuer',)
    """
    period, year, gap = _period(ref, date)
    missing = [gap] if gap else []
    issuer_gap = _issuer_gap(ref)
    if issuer_gap:
        missing.append(issuer_gap)
    return _finish(_ref_segments(ref, period), missing, year, scope)


def name_slug(name: str) -> str:
    """A document name as an id segment: ASCII-folded, words joined by ``-``.

    >>> name_slug("Luật Đất đai"), name_slug("Bộ luật Lao động")
    ('luat-dat-dai', 'bo-luat-lao-dong')
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or _UNKNOWN


def _split_year(name: str) -> tuple[str, int | None]:
    """``("Luật Đất đai", 2024)`` from "Luật Đất đai năm 2024"."""
    match = _YEAR_SUFFIX.search(name)
    if match is None:
        return " ".join(name.split()), None
    return " ".join(name[: match.start()].split()), int(match.group(1))


@cache
def _gazetteer_symbols() -> dict[tuple[str, int], Reference]:
    """Symbols of named documents, by (slug, year), from ``named_documents.csv``."""
    found: dict[tuple[str, int], Reference] = {}
    for row in read_table("named_documents.csv"):
        name, year, symbol = row.get("name"), row.get("year"), row.get("symbol")
        if not (name and year and symbol and year.isdecimal()):
            continue
        try:
            found[(name_slug(name), int(year))] = parse(symbol)
        except TextError:
            continue  # a symbol the gazetteer writes in an older style the parser refuses
    return found


def name_id(name: str, year: int | None = None, *, scope: str = "local", system: str = "state") -> Identity:
    """The identity of a document cited by name ("Luật Đất đai năm 2024").

    A year in the name counts as ``year``. Where the gazetteer knows the document's
    symbol, the identity is that of the symbol, so the name and the number meet.
    ``system`` is ``"party"`` for a Party resolution named by its meeting.

    >>> str(name_id("Luật Đất đai năm 2024").id)
    'vn/state/qh15/_/2024/31'
    >>> str(name_id("Hiến pháp", 2013).id)
    'vn/state/name/hien-phap/2013'
    >>> name_id("Luật Giá", scope="a1").missing
    ('no-year',)
    """
    base, written_year = _split_year(name)
    year = year if year is not None else written_year
    slug = name_slug(base)
    if year is not None and (ref := _gazetteer_symbols().get((slug, year))) is not None:
        return reference_id(ref, scope=scope)
    segments = (system, _NAMED, slug, str(year) if year is not None else _UNKNOWN)
    return _finish(segments, [] if year is not None else ["no-year"], year, scope)


def _base_name(mention: Mention) -> tuple[str, int | None]:
    base, year = _split_year(mention.name or mention.text)
    return base, mention.year if mention.year is not None else year


def identify(mentions: Sequence[Mention], *, scope: str) -> list[Identity | None]:
    """The identity of each mention's document, using everything the text says.

    A symbol without a year takes it from its own date, else from the other mentions
    of the same symbol in the text when they agree; a name without a year takes it from
    another mention of the same name; short references and anaphora take the identity of
    the mention they refer to. ``None`` stands for an anaphor that refers to nothing.
    ``scope`` is the text's :func:`text_scope`.

    >>> from govdoc import extract
    >>> text = "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng; Chỉ thị số 16/CT-TTg nêu trên."
    >>> [str(i.id) for i in identify(extract(text), scope="x") if i]
    ['vn/state/ttg/ct/2016/16', 'vn/state/ttg/ct/2016/16']
    """
    found: list[Identity | None] = [None] * len(mentions)
    # First pass: what each full mention says by itself.
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.REFERENCE and mention.reference is not None:
            found[i] = reference_id(mention.reference, date=mention.date, scope=scope)
        elif mention.kind is Kind.NAMED:
            system = mention.doc_type.system.value if mention.doc_type is not None else "state"
            found[i] = name_id(*_base_name(mention), scope=scope, system=system)
    # Second pass: a mention missing its period borrows it from its siblings when they
    # all agree. Several distinct periods mean several documents: borrowing would guess.
    periods: dict[object, set[Identity]] = {}
    for mention, ident in zip(mentions, found, strict=True):
        if ident is None or ident.id.period is None:
            continue
        periods.setdefault(_sibling_key(mention), set()).add(ident)
    for i, (mention, ident) in enumerate(zip(mentions, found, strict=True)):
        if ident is None or ident.id.period is not None:
            continue
        choices = set(periods.get(_sibling_key(mention), set()))
        if len(choices) == 1:
            found[i] = choices.pop()
        elif len(choices) > 1:
            gaps = [g for g in ident.missing if g not in ("no-date", "no-year")]
            found[i] = attrs.evolve(ident, missing=("ambiguous-date", *gaps))
    # Third pass: short references and anaphora stand for the mention they point at.
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, mention in enumerate(mentions):
        if mention.kind not in (Kind.SHORT, Kind.ANAPHOR):
            continue
        target = by_start.get(mention.refers_to) if mention.refers_to is not None else None
        if target is not None and found[target] is not None:
            found[i] = found[target]
        elif mention.kind is Kind.SHORT and mention.doc_type is not None and mention.number:
            type_segment = (mention.doc_type.code or name_slug(mention.doc_type.name)).lower()
            segments = (mention.doc_type.system.value, _UNKNOWN, type_segment, _UNKNOWN,
                        str(int(mention.number)))
            found[i] = _finish(segments, ["unresolved-short"], None, scope)
    return found


def _sibling_key(mention: Mention) -> object:
    """What two mentions of one document share in a text: the symbol, or the name."""
    if mention.kind is Kind.REFERENCE and mention.reference is not None:
        return mention.reference
    if mention.kind is Kind.NAMED:
        return name_slug(_base_name(mention)[0])
    return None
