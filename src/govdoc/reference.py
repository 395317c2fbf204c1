"""Document references: the number and symbol ("số, ký hiệu") of one document.

Three shapes exist (see ``docs/numbering.md`` for the rules and their sources):

* State administrative, Nghị định 30/2020/NĐ-CP: ``16/CT-TTg``, ``405/KH-UBND`` and the
  công văn ``1234/BNV-CCVC`` (issuer, then drafting unit; no type code);
* State legal, Luật 80/2015/QH13 Điều 10: ``30/2020/NĐ-CP``, ``80/2015/QH13``,
  joint ``03/2016/TTLT-BNV-BTC``;
* Party, Hướng dẫn 36-HD/VPTW: ``114-KL/TW``, ``20-KH/HU``, ``08-QĐi/TW``.

>>> from govdoc import parse
>>> ref = parse("Chỉ thị số 16/CT-TTg")
>>> ref
Reference.parse('16/CT-TTg')
>>> str(ref), ref.system.value, ref.doc_type.name, ref.issuers, ref.year
('16/CT-TTg', 'state', 'Chỉ thị', ('TTg',), None)
>>> parse("Nghi dinh so 1/2020/ND-CP") == parse("Nghị định số 01/2020/NĐ-CP")
True
>>> parse("Kết luận số 114-KL/TW").system
<System.PARTY: 'party'>
>>> parse("1234/BNV-CCVC").unit
'CCVC'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import re
import unicodedata
from functools import lru_cache
from typing import Any

import attrs

from govdoc import _grammar
from govdoc._text import HOMOGLYPHS, LOOKALIKES, Normalized, normalize_text
from govdoc.doctypes import DocType, doc_types
from govdoc.errors import InvalidReference, NotAReference, TextError, UnknownDocType
from govdoc.issuers import Issuer, issuers
from govdoc.systems import System

__all__ = [
    "Parsed",
    "Problem",
    "Reference",
    "Repair",
    "Style",
    "format_reference",
    "is_valid",
    "normalize",
    "parse",
    "parse_detailed",
]



_NUMBER_LETTERS = "abcdđefghijklmnopqrstuvwxyz"  # "13đ/ĐK" follows "13d/ĐK"


def _sort_key(ref: Reference) -> tuple[Any, ...]:
    letter = _NUMBER_LETTERS.index(ref.letter) + 1 if ref.letter else 0
    return (ref.system.value, ref.issuers, ref.year or 0, ref.type_code or "", ref.number, letter, ref.sub_number or 0)


@functools.total_ordering
@attrs.frozen(eq=True, order=False)
class Reference:
    """One document's number and symbol, parsed and canonicalised.

    Equality and hashing follow the document's identity as written in the symbol:
    the type word before it (kept in :attr:`doc_type`) does not take part, and neither do
    leading zeros or spelling variants. Ordering sorts by system, issuers, year, type code
    and number, which groups a corpus's references by who issued them.
    """

    system: System
    number: int = attrs.field()
    type_code: str | None
    issuers: tuple[str, ...]
    year: int | None = None
    unit: str | None = None
    doc_type: DocType | None = attrs.field(default=None, eq=False)
    #: the place in a numbered series: 7 in "66.7/2025/NQ-CP", one of the resolutions
    #: that carry out Nghị quyết 66/NQ-CP part by part
    sub_number: int | None = attrs.field(default=None, kw_only=True)
    #: a letter after the number, lower case: "a" in "473a/NQ-UBTVQH13", a document
    #: numbered in after 473 without taking a number of the series
    letter: str | None = attrs.field(default=None, kw_only=True)

    @number.validator
    def _check_number(self, _: attrs.Attribute[int], value: int) -> None:
        if value <= 0:
            raise ValueError("a document number is a positive integer")

    @sub_number.validator
    def _check_sub_number(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and value <= 0:
            raise ValueError("a document's place in a series is a positive integer")

    @letter.validator
    def _check_letter(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not (len(value) == 1 and value in _NUMBER_LETTERS):
            raise ValueError("a number's letter is one lower-case letter, a to z or đ")

    @property
    def number_text(self) -> str:
        """The number without padding, with its letter or its place in a series: "16",
        "473a", "66.7"."""
        number = f"{self.number}{self.letter or ''}"
        return number if self.sub_number is None else f"{number}.{self.sub_number}"

    @property
    def padded_number(self) -> str:
        """The number as the canonical symbol writes it, below 10 with a leading zero:
        "05", "473a", "66.7"."""
        number = f"{self.number:02d}{self.letter or ''}"
        return number if self.sub_number is None else f"{number}.{self.sub_number}"

    def __str__(self) -> str:
        number = self.padded_number
        if self.system is System.PARTY:
            return f"{number}-{self.type_code}/{'-'.join(self.issuers)}"
        groups = [c for c in (self.type_code, *self.issuers, self.unit) if c]
        year = f"{self.year}/" if self.year is not None else ""
        return f"{number}/{year}{'-'.join(groups)}"

    def __repr__(self) -> str:
        return f"Reference.parse({str(self)!r})"

    @classmethod
    def parse(cls, text: str) -> Reference:
        """Same as :func:`govdoc.parse`."""
        return parse(text)

    @property
    def canonical(self) -> str:
        """The canonical symbol, ``str(self)``."""
        return str(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Reference):
            return NotImplemented
        return _sort_key(self) < _sort_key(other)


    @property
    def is_normative(self) -> bool:
        """Whether the symbol has the year slot of a legal normative document."""
        return self.year is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable field names."""
        return {
            "canonical": str(self),
            "system": self.system.value,
            "doc_type": self.doc_type.name if self.doc_type else None,
            "type_code": self.type_code,
            "number": self.number_text,
            "year": self.year,
            "issuers": list(self.issuers),
            "unit": self.unit,
        }

    def problems(self, *, issued: dt.date | None = None) -> list[Problem]:
        """Validation findings for this reference (see :func:`govdoc.validate`)."""
        from govdoc.validate import validate  # noqa: PLC0415 - validate imports this module

        return validate(self, issued=issued)


class Style(enum.Enum):
    """How :func:`format_reference` writes a reference."""

    NUMBER = "number"  #: the canonical symbol, ``16/CT-TTg``
    FULL = "full"  #: with the type word and "số", ``Chỉ thị số 16/CT-TTg``


def format_reference(ref: Reference, /, style: Style = Style.NUMBER) -> str:
    """Write ``ref`` in ``style``.

    >>> format_reference(parse("16/CT-TTg"), Style.FULL)
    'Chỉ thị số 16/CT-TTg'
    """
    if style is Style.FULL and ref.doc_type is not None:
        return f"{ref.doc_type.name} số {ref}"
    return str(ref)


@attrs.frozen
class Repair:
    """A change made while reading a reference, reported rather than hidden."""

    code: str  #: machine-readable kind, e.g. "eth-for-d", "ascii-d", "spacing"
    message: str
    span: tuple[int, int]  #: in the caller's string


@attrs.frozen
class Problem:
    """A validation finding: the reference parses but something about it is doubtful."""

    code: str  #: machine-readable kind, e.g. "unknown-issuer", "issuer-not-existing"
    message: str

    def to_dict(self) -> dict[str, str]:
        """A JSON-ready dict."""
        return {"code": self.code, "message": self.message}


@attrs.frozen
class Parsed:
    """A reference with what reading it involved: where it was, the type word, repairs."""

    reference: Reference
    span: tuple[int, int]  #: the whole reference (type word included) in the source
    symbol_span: tuple[int, int]  #: the number and symbol alone
    type_word: str | None  #: the type word as written ("Chỉ thị", "NGHỊ ĐỊNH")
    number_text: str  #: the number as written ("06", "66.7")
    repairs: tuple[Repair, ...] = ()
    problems: tuple[Problem, ...] = ()


@lru_cache(maxsize=4096)  # hot path: the same codes recur throughout a corpus
def _canonical_code(written: str, *, issuer_slot: bool = False) -> str:
    """Registry spelling of a code (``qd`` → ``QĐ``, ``TTG`` → ``TTg``), else upper case.

    In an issuer's slot the issuer table is read first, and a type code's mixed case is not
    taken: "1986/TTr-LT" keeps "LT" (not the historic type code "Lt")."""
    assembly = _grammar.ASSEMBLY_CODE.fullmatch(written)
    if assembly:
        return written[: assembly.start(1)].upper() + assembly.group(1)
    if issuer_slot and (issuer := issuers().by_code(written)) is not None:
        return _issuer_spelling(issuer.code, written)
    for system in (System.STATE, System.PARTY):
        doc_type = doc_types().by_code(written, system)
        if doc_type is not None and doc_type.code and not (issuer_slot and not doc_type.code.isupper()):
            return doc_type.code
    if not issuer_slot and (issuer := issuers().by_code(written)) is not None:
        return _issuer_spelling(issuer.code, written)
    return written.upper() if written.islower() else written


def _issuer_spelling(code: str, written: str) -> str:
    term = _TERM_DIGITS.search(written)  # "HĐNN7": the body, known without its term
    return code + (term.group() if term and not code.endswith(term.group()) else "")


_TERM_DIGITS = re.compile(r"\d+\Z")
_GLUED_WORD_AFTER = re.compile(r"([A-ZĐ][A-ZĐ0-9&]+)[a-zđ]")  # capitals, then a lower-case word's first letter
# The words that follow a symbol, glued to codes the registry may lack: "10/KH-TTQLGTCCvề …"
_WORD_AFTER_SYMBOL = re.compile(r"(?:về|của|ngày|năm)")
_LONGEST_MIXED_CODE = 6  # codes the registry writes in mixed case ("TTg", "QĐi") are no longer
_DEPARTMENT = re.compile(r"[A-ZĐ]\.[IVX]{1,4}", re.IGNORECASE)  # "V.I", "V.III": a numbered department


def _vouched_type(type_word: str | None, system: System) -> DocType | None:
    """The document type a type word names, preferring ``system``'s: what a symbol after
    it is, where its code does not say."""
    return doc_types().by_name(type_word, system) if type_word is not None else None


def _plain_code(written: str) -> bool:
    """Whether a group is written as a code: two or more capitals ("KHHĐ", "QN"), not the
    letter of a number ("30c/NQ-CP")."""
    return len(written) >= 2 and written.isalpha() and written.isupper()


def _letter_type_word(type_word: str | None) -> bool:
    """Whether the type word names a letter (công văn, văn bản), whose symbol has no type code."""
    found = _vouched_type(type_word, System.STATE)
    return found is not None and found.code is None and found.kind == "administrative"


def _glued_code(written: str) -> str | None:
    """The known code a lower-case word is glued to: its capitals ("CPquy" → "CP"), or the
    longest code registered in mixed case ("TTgcủa" → "TTg", not the type code "TT"); or any
    capitals a word that follows symbols is glued to ("TTQLGTCCvề" → "TTQLGTCC"), or a body's
    code a capitalised word is glued to ("UBNDThành" → "UBND")."""
    for end in range(min(len(written) - 1, _LONGEST_MIXED_CODE), 1, -1):
        prefix = written[:end]
        if written[end].islower() and not prefix.isupper() and (
                (issuer := issuers().by_code(prefix, System.STATE)) is not None and issuer.code == prefix):
            return prefix
    capitals = _GLUED_WORD_AFTER.match(written)
    if capitals is None:
        return None
    code = capitals.group(1)
    if _is_issuer(code) or doc_types().is_code(code) or _WORD_AFTER_SYMBOL.fullmatch(written, capitals.end(1)):
        return code
    if len(code) > 2 and _is_issuer(code[:-1]):
        return code[:-1]  # a capitalised word glued: "QĐ-UBNDThành phố Hà Nội" → "UBND"
    return None


@lru_cache(maxsize=4096)  # hot path: the same codes recur throughout a corpus
def _is_issuer(code: str) -> bool:
    """Whether a code is a body's, in either system ("BCT" is the Bộ Công Thương and the
    Bộ Chính trị: a code of two bodies is still an issuer's)."""
    return _grammar.ASSEMBLY_CODE.fullmatch(code) is not None or any(
        issuers().by_code(code, system) is not None for system in System)


def _of_party(found: DocType | Issuer | None) -> bool:
    """Whether a registry row found for a Party code is the Party's (the lookup falls back
    to the State's row)."""
    return found is not None and found.system is System.PARTY


# An old body's code after a hyphen: two to five capitals ("NV", "BT", "HĐBT").
_HISTORIC_CODE = re.compile(r"[A-ZĐ]{2,5}")

# More symbol after a lone type code: "497/QĐ/2007/QĐ-UBND" is garbled, not "497/QĐ".
_TRAILING_SYMBOL = re.compile(r"\s?[/-]\s?\w")

_LOWER_CODE = re.compile(r"[a-zđ][a-zđ0-9&]*")  # a code in lower case: no other diacritics
# Mixed-case codes abbreviate syllables by their first letter or two: "SNgV" (Sở Ngoại
# vụ), "TTr" (Tờ trình); no word of running text is written so ("Về", "Ban", "Ct").
_ABBREVIATED_CODE = re.compile(r"(?:[A-ZĐ][a-zđ]?){2,}[0-9]{0,2}")  # ("KTr2": a unit numbered)


@lru_cache(maxsize=4096)  # hot path: the same codes recur throughout a corpus
def _code_like(written: str, *, after_type_word: bool = False) -> bool:
    """Whether a code group is written like a code in running text: capitals, or a
    registered code in mixed case ("TTg", "Ctr", "QĐi"); after a type word, a registered
    code in any case ("nghị định số 58/2001/nđ-cp")."""
    letters = [c for c in written if c.isalpha()]
    if not letters or not (letters[0].isupper() or after_type_word):
        return False
    if all(c.isupper() for c in letters) or _ABBREVIATED_CODE.fullmatch(written):
        return True
    return _is_issuer(written) or doc_types().is_code(written)


def _repairs(norm: Normalized, start: int, end: int) -> list[Repair]:
    found: list[Repair] = []
    source_start, source_end = norm.source_span(start, end)
    raw = norm.source[source_start:source_end]
    if "\u00d0" in raw:
        found.append(Repair("eth-for-d", "read 'Ð' (U+00D0) as 'Đ'", (source_start, source_end)))
    if norm.offsets is not None and "*" in raw:
        found.append(Repair("markup", "left out the emphasis marks ('*') inside it", (source_start, source_end)))
    if norm.offsets is not None and not unicodedata.is_normalized("NFC", raw):
        found.append(Repair("nfc", "composed decomposed (NFD) letters", (source_start, source_end)))
    if any(LOOKALIKES.get(char) == "-" for char in raw):
        found.append(Repair("dash", "read a dash as '-'", (source_start, source_end)))
    if any(char in HOMOGLYPHS for char in raw):
        found.append(Repair("homoglyph", "read Cyrillic or Greek look-alike letters as Latin",
                            (source_start, source_end)))
    return found


@attrs.frozen
class _Reading:
    """What :func:`_interpret` made of a symbol match."""

    reference: Reference
    repairs: list[Repair]
    problems: list[Problem]
    end: int  #: where the symbol ends in the normalised text (code groups may be cut)


def _interpret(  # the symbol's parts, given a SYMBOL match on norm.folded
    norm: Normalized, match: re.Match[str], *, strict_case: bool, type_word: str | None = None
) -> _Reading:
    reading = _interpret_symbol(norm, match, strict_case=strict_case, type_word=type_word)
    has_letter, sub = match.group("letter") is not None, match.group("sub")
    if not has_letter and sub is None:
        return reading
    # "đ" is folded to "d"; any other letter is read as folded ("5Ï" in OCR text is "5i"), so that
    # an accented or foreign look-alike never makes an invalid reference
    at = match.start("letter")
    letter = ("đ" if norm.text[at] in "đĐ" else norm.folded[at]) if has_letter else None
    ref = attrs.evolve(reading.reference, letter=letter, sub_number=None if sub is None else int(sub))
    return attrs.evolve(reading, reference=ref)


def _interpret_symbol(
    norm: Normalized, match: re.Match[str], *, strict_case: bool, type_word: str | None
) -> _Reading:
    after_type_word = type_word is not None
    text = norm.text
    repairs: list[Repair] = []
    problems: list[Problem] = []
    span = norm.source_span
    number_text = match.group("number")
    number = int(number_text)
    if number == 0:
        raise InvalidReference(
            "a document number cannot be 0", text=norm.source, span=span(*match.span("number"))
        )
    if match.group("old") is not None and strict_case and not after_type_word:
        # In running text the old "64-CP" form needs its type word: "1942 – Chiến", "Mục 2 - CP"
        # are no documents. Said first, as most such candidates are dates and headings.
        raise NotAReference("an old 'N-CODE' form with no type word before", text=norm.source,
                            span=span(*match.span("old")))
    if " " in match.group(0) or "\n" in match.group(0):
        repairs.append(Repair("spacing", "removed spaces inside the symbol", span(*match.span())))

    def groups(name: str) -> list[tuple[str, int, int]]:
        base = match.start(name)
        return [
            (text[base + g.start() : base + g.end()], base + g.start(), base + g.end())
            for g in _grammar.CODE_GROUP.finditer(match.group(name))
        ]

    if match.group("ptype") is not None:
        if match.group("party") == "":
            repairs.append(Repair("missing-hyphen", "added the '-' after the number",
                                  span(*match.span("number"))))
        elif match.group("party") == " ":
            if not after_type_word:
                # "trong 52 KH/TU" could be a count before a symbol; "Hướng dẫn 52 HD/BTCTW" is not.
                raise NotAReference("a space for the hyphen, with no type word before",
                                    text=norm.source, span=span(*match.span("party")))
            repairs.append(Repair("space-for-hyphen", "read the space after the number as '-'",
                                  span(*match.span("party"))))
        written_type, t_start, t_end = groups("ptype")[0]
        doc_type = doc_types().by_code(written_type, System.PARTY)
        if match.group("pdash") is not None:
            # "Nghị quyết 68-NQ-TW": a Party type and Party bodies around the hyphen, after a
            # type word (in running text); "12-CT-UBND" is not read as a Party symbol.
            if (not _of_party(doc_type) or (strict_case and not after_type_word)
                    or not all(_of_party(issuers().by_code(g[0], System.PARTY)) for g in groups("pissuers"))):
                raise NotAReference("a hyphen for the slash, and not a Party type and body around it",
                                    text=norm.source, span=span(*match.span("pdash")))
            repairs.append(Repair("hyphen-for-slash", "read the '-' before the issuer as '/'",
                                  span(*match.span("pdash"))))
        party_code: str | None = doc_type.code if doc_type is not None else None
        if doc_type is None:
            state_type = doc_types().by_code(written_type, System.STATE)
            vouched = (_vouched_type(type_word, System.PARTY)
                       if _plain_code(written_type) and all(_is_issuer(g[0]) for g in groups("pissuers")) else None)
            if state_type is None and vouched is None:
                raise UnknownDocType(f"unknown document type code {written_type!r}",
                                     text=norm.source, span=span(t_start, t_end))
            if state_type is not None:
                doc_type, party_code = state_type, state_type.code
                problems.append(Problem("type-not-in-system",
                                        f"{written_type!r} is not a Party document type code"))
            else:
                # "Kế hoạch hành động số 459-KHHĐ/TU": a code the table lacks, after a type
                # word that says what it is; read, and reported (unknown-type).
                doc_type, party_code = vouched, _canonical_code(written_type)
        issuer_groups = groups("pissuers")
        if strict_case and not all(_code_like(g[0], after_type_word=after_type_word)
                                   for g in issuer_groups):
            raise NotAReference("issuer is not written as a code", text=norm.source,
                                span=span(*match.span("pissuers")))
        ref = Reference(
            system=System.PARTY,
            number=number,
            type_code=party_code,
            issuers=tuple(_canonical_code(g[0], issuer_slot=True) for g in issuer_groups),
            doc_type=doc_type,
        )
        return _Reading(ref, repairs, problems, match.end())

    if match.group("old") is not None:
        # Before per-type numbering, Government documents were "64-CP", "262-HĐBT": the
        # issuer alone after a hyphen. Only a State body the registry knows reads so.
        written, o_start, o_end = groups("old")[0]
        lone = doc_types().by_lone_code(written)
        if lone is not None and (after_type_word or not strict_case):
            repairs.append(Repair("historic-hyphen", "read the old 'N-CODE' form as 'N/CODE'",
                                  span(*match.span())))
            return _Reading(_lone_reference(number, written, lone), repairs, problems, o_end)
        own_type = _vouched_type(type_word, System.STATE)
        if own_type is not None and own_type.code == _canonical_code(written) and _is_issuer(written):
            # "Chỉ thị số 297-CT" (1986): the type word's own code, its issuer left off; not
            # the body that shares its letters (CT, the Cục Thuế).
            repairs.append(Repair("historic-hyphen", "read the old 'N-CODE' form as 'N/CODE'",
                                  span(*match.span())))
            problems.append(Problem("no-issuer", f"no issuer after the type code {written!r}"))
            ref = Reference(system=System.STATE, number=number, type_code=own_type.code, issuers=(),
                            doc_type=own_type)
            return _Reading(ref, repairs, problems, o_end)
        issuer = issuers().by_code(written, System.STATE)
        known = issuer is not None and issuer.system is System.STATE
        # After its type word an old body's code reads so too ("Sắc lệnh số 34-NV", the
        # Bộ Nội vụ of 1946), unless it is a type code ("Kế hoạch 20-KH" lacks its issuer).
        historic = (after_type_word and _HISTORIC_CODE.fullmatch(written) is not None
                    and not doc_types().is_code(written))
        # In running text (its type word checked above) the body must be written as a code.
        if not (known or historic) or (strict_case and not _code_like(written, after_type_word=True)):
            raise NotAReference(f"{written!r} after a hyphen is not a State issuer", text=norm.source,
                                span=span(o_start, o_end))
        repairs.append(Repair("historic-hyphen", "read the old 'N-ISSUER' form as 'N/ISSUER'",
                              span(*match.span())))
        code = issuer.code if issuer is not None and known else _canonical_code(written)
        ref = Reference(system=System.STATE, number=number, type_code=None, issuers=(code,))
        return _Reading(ref, repairs, problems, o_end)

    codes = groups("codes")
    if strict_case:
        # In running text a chain ends at the first group not written like a code
        # ("16/CT-TTg - Về việc" must not read "Về" as a code).
        kept = 0
        # "quyết_định số 42/2004/qđ-ubbt", "văn_bản số 2600/ttg-ktth": a symbol written all in
        # lower case after its type word, its first code a known one; the codes after it are
        # bodies and units the registry may lack
        first = codes[0][0]
        lower_case = after_type_word and first.islower() and (doc_types().is_code(first) or _is_issuer(first))
        for written, c_start, c_end in codes:
            if not (_code_like(written, after_type_word=after_type_word)
                    or (lower_case and _LOWER_CODE.fullmatch(written) is not None)):
                glued = _glued_code(written)
                if kept and glued is not None:
                    # "30/2020/NĐ-CPquy định …", "35/2025/QĐ-TTgcủa …": the next word glued to a known code
                    codes[kept] = (glued, c_start, c_start + len(glued))
                    repairs.append(Repair("glued-word", "left out the word glued to the last code",
                                          span(c_start + len(glued), c_end)))
                    kept += 1
                break
            kept += 1
        if kept == 0 or (kept == 1 and len(codes[0][0]) < 2):
            # "BLn - 1541/I": a lone one-letter code is a catalogue mark, not a symbol.
            raise NotAReference("no code after the number", text=norm.source,
                                span=span(*match.span("codes")))
        codes = codes[:kept]
    if (len(codes) > 2 and _DEPARTMENT.fullmatch(text, codes[-2][1], codes[-1][2])
            and text[codes[-2][1] - 1] == "-" and _is_issuer(codes[-3][0])):
        # "11554/VPCP-V.I": the Văn phòng Chính phủ's department I (Vụ I) drafted it; its
        # dot is part of the unit's code, not a separator
        codes = [*codes[:-2], (text[codes[-2][1]:codes[-1][2]].upper(), codes[-2][1], codes[-1][2])]
    separators = "".join(text[a[2]:b[1]] for a, b in itertools.pairwise(codes))
    if "/" in separators:
        repairs.append(Repair("slash-between-codes", "read '/' between codes as '-'",
                              span(codes[0][1], codes[-1][2])))
    if "." in separators:
        if any(len(c[0]) < 2 for c in codes):
            # "bức điện số 86/T.T.L": initials, not codes
            raise NotAReference("single letters joined by dots are no codes", text=norm.source,
                                span=span(codes[0][1], codes[-1][2]))
        repairs.append(Repair("dot-between-codes", "read '.' between codes as '-'",
                              span(codes[0][1], codes[-1][2])))
    if match.group("yearsep") == "-":
        repairs.append(Repair("year-hyphen", "read '-' after the year as '/'", span(*match.span("year"))))
    elif match.group("yearsep") == "//":
        repairs.append(Repair("double-slash", "read '//' after the year as '/'", span(*match.span("yearsep"))))
    elif match.group("year") and match.group("yearsep") is None:
        repairs.append(Repair("missing-year-slash", "added the '/' after the year", span(*match.span("year"))))
    year_text = match.group("year")
    year = int(year_text) if year_text else None
    first, f_start, f_end = codes[0]
    doc_type = doc_types().by_code(first, System.STATE)
    type_code: str | None
    unit: str | None = None
    if (doc_type is not None and year is None and len(codes) > 1 and _letter_type_word(type_word)
            and _is_issuer(first)):
        # "Công văn số 5347/CT-CS": after "công văn" a letter's symbol holds no type code, so
        # "CT" is the body (the Cục Thuế), not Chỉ thị.
        doc_type = None
    if (doc_type is not None and len(codes) == 1 and year is None and type_word is not None
            and (named := _vouched_type(type_word, System.STATE)) is not None and named.code != doc_type.code
            and not doc_type.name.startswith(named.name)  # "thông tư 03/TTLT": its joint form
            and doc_types().by_lone_code(first) is None and not _TRAILING_SYMBOL.match(text, codes[-1][2])):
        # "Nghị định số 205/TT", "Quyết định số 147/CT" (1990): another type's word before a
        # lone code says it is no type code but the issuer's, as in a letter's "1234/TTg".
        doc_type = None
    if doc_type is not None and doc_type.code and (len(codes) > 1 or year is None):
        if len(codes) == 1:
            if (lone := doc_types().by_lone_code(first)) is not None:
                return _Reading(_lone_reference(number, first, lone), repairs, problems, codes[-1][2])
            vouched = doc_types().by_name(type_word, System.STATE) if type_word is not None else None
            if (vouched is not None and (vouched is doc_type or doc_type.name.startswith(vouched.name + " "))
                    and not _TRAILING_SYMBOL.match(text, codes[-1][2])):
                # "Nghị quyết số 19/NQ" (1975), "thông tư 03/TTLT" (its joint form): the type
                # word vouches for a symbol whose issuer was left off; read, and reported.
                problems.append(Problem("no-issuer", f"no issuer after the type code {first!r}"))
                ref = Reference(system=System.STATE, number=number, type_code=doc_type.code,
                                issuers=(), doc_type=doc_type)
                return _Reading(ref, repairs, problems, codes[-1][2])
            raise InvalidReference(f"no issuer after the type code {first!r}", text=norm.source,
                                   span=span(f_start, f_end))
        type_code = doc_type.code
        issuer_codes = [c[0] for c in codes[1:]]
    elif _is_issuer(first) or len(codes) == 1:
        type_code, doc_type = None, None
        issuer_codes = [first]
        rest = [c[0] for c in codes[1:]]
        if year is None and rest:
            unit = "-".join(_canonical_code(c) for c in rest)
        else:
            issuer_codes += rest
    elif (len(codes) > 1 and _is_issuer(codes[1][0])
          and not (_letter_type_word(type_word) and doc_types().by_code(first, System.PARTY) is None)):
        # (after "công văn" an unknown first code is the writer's, not a type: "Công văn số
        # 17/DS-CAT-PC06", the body's own abbreviation, then the units; as below)
        party_type = doc_types().by_code(first, System.PARTY)
        vouched = _vouched_type(type_word, System.STATE) if _plain_code(first) else None
        if (party_type is None or party_type.code is None) and vouched is None:
            raise UnknownDocType(f"unknown document type code {first!r}", text=norm.source,
                                 span=span(f_start, f_end))
        if party_type is not None and party_type.code is not None:
            # "171/CV-BCĐ": a Party type code in a State symbol, as the Party branch allows
            # the reverse; read, and reported.
            type_code, doc_type = party_type.code, party_type
            problems.append(Problem("type-not-in-system", f"{first!r} is not a State document type code"))
        else:
            # "Nghị quyết 08/2025/QN-HĐND": a mistyped or unlisted code after a type word
            # that says what it is; read, and reported (unknown-type).
            type_code, doc_type = _canonical_code(first), vouched
        issuer_codes = [c[0] for c in codes[1:]]
    else:
        # Neither a type code nor a known issuer first: a công văn of a body the
        # registry does not know (each body picks its own abbreviation).
        type_code, doc_type = None, None
        issuer_codes = [first]
        unit = "-".join(_canonical_code(c[0]) for c in codes[1:]) or None
    ref = Reference(
        system=System.STATE,
        number=number,
        type_code=type_code,
        issuers=tuple(_canonical_code(c, issuer_slot=True) for c in issuer_codes),
        year=year,
        unit=unit,
        doc_type=doc_type,
    )
    return _Reading(ref, repairs, problems, codes[-1][2])


def _lone_reference(number: int, written: str, doc_type: DocType) -> Reference:
    """A historic symbol with its code alone: "50/SL" is a Sắc lệnh of the President."""
    return Reference(system=System.STATE, number=number, type_code=doc_type.lone_code or written,
                     issuers=(), doc_type=doc_type)


def _doc_type_for(word: str | None, ref: Reference) -> tuple[DocType | None, list[Problem]]:
    """Settle the document type from the written word and the code.

    The word wins ("Quy định 366-QĐ/TW" is a Quy định), except where the code names a
    more specific type the word abbreviates ("Thông tư số 14/2008/TTLT-…" is a Thông tư
    liên tịch). A clash the two cannot both mean is reported as a problem.
    """
    from_code = ref.doc_type
    if word is None:
        if from_code is None and ref.system is System.STATE and ref.year is None:
            return doc_types().by_name("Công văn", System.STATE), []
        return from_code, []
    from_word = doc_types().by_name(word, ref.system)
    if from_word is None:
        return from_code, []
    if from_code is None:
        if from_word.name.casefold() == "văn bản" and ref.year is None:
            return doc_types().by_name("Công văn", System.STATE), []
        return from_word, []
    if from_word.name == from_code.name or from_word.name.casefold() == "văn bản":
        return from_code, []
    if from_code.name.casefold().startswith(from_word.name.casefold()):
        return from_code, []
    if from_code.code == "QĐ" and from_word.name == "Quy định":
        return from_word, []
    return from_word, [
        Problem("type-mismatch",
                f"the type word {word!r} does not match the type code {from_code.code!r} "
                f"({from_code.name})")
    ]


def _diagnose(norm: Normalized, start: int, *, after_word: bool) -> TextError:
    """Explain why no symbol could be read at ``start`` (after any type word)."""
    folded, source = norm.folded, norm.source
    rest = folded[start:]
    span = norm.source_span
    stripped = rest.lstrip()
    at = start + len(rest) - len(stripped)
    if not stripped:
        return InvalidReference("expected a number", text=source, span=span(at, at))
    digits = re.match(r"[0-9]+", stripped)
    if digits is None:
        if after_word:
            return InvalidReference("expected a number after the type word", text=source,
                                    span=span(at, at + 1))
        return NotAReference("not a document reference", text=source, span=span(at, len(folded)))
    after = at + digits.end()
    if not re.search(r"[a-z]", rest):
        return NotAReference("a number without a symbol is not a document reference",
                             text=source, span=span(at, len(folded)))
    two_digit_year = re.match(r"\s?/\s?(\d{1,3}|\d{5,})\s?/", folded[after:])
    if two_digit_year:
        y0 = after + two_digit_year.start(1)
        return InvalidReference("the year must have four digits", text=source,
                                span=span(y0, after + two_digit_year.end(1)))
    if after >= len(folded) or folded[after] not in "/- ":
        return InvalidReference("expected '/' or '-' after the number", text=source,
                                span=span(after, after + 1))
    if re.fullmatch(r"\s?[-/]\s?[a-z][a-z0-9&]*\s*", folded[after:]):
        return InvalidReference("expected an issuer after the type code", text=source,
                                span=span(after, len(folded)))
    return InvalidReference("malformed symbol", text=source, span=span(after, len(folded)))


def parse_detailed(text: str, /) -> Parsed:
    """Parse one reference and report the type word, spans, repairs and problems.

    Accepts the forms people write: with or without the type word and "số"/"Số:", any
    case, NFC or NFD, ``Ð`` or ``D`` for ``Đ``, spaces around separators, any dash.

    :raises NotAReference: for text that is no reference ("64/70", "TCVN ISO 9001:2008").
    :raises InvalidReference: for a malformed reference (its subclasses say which part).

    >>> p = parse_detailed("Nghị định số 30/2020/NÐ-CP")
    >>> p.type_word, p.number_text, [r.code for r in p.repairs]
    ('Nghị định', '30', ['eth-for-d'])
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    norm = normalize_text(text)
    folded = norm.folded
    end = len(folded.rstrip(" \t\r\n.;,"))
    start = len(folded) - len(folded.lstrip())
    word: str | None = None
    word_span: tuple[int, int] | None = None
    # Find the number: after an optional type word and "số"/"Số:".
    number_at = start
    lead = _grammar.lead_pattern().match(folded, start, end)
    if lead is not None and lead.end() > start:
        number_at = lead.end()
        if lead.group("word"):
            word_span = lead.span("word")
            word = " ".join(norm.text[slice(*word_span)].replace("_", " ").split())
    match = _grammar.SYMBOL.match(folded, number_at, end)
    if match is None or match.end() != end:
        if match is not None:
            rest = folded[match.end():end]
            junk = norm.source_span(match.end() + len(rest) - len(rest.lstrip()), end)
            raise InvalidReference("unexpected text after the symbol", text=text, span=junk)
        raise _diagnose(norm, number_at, after_word=word is not None)
    reading = _interpret(norm, match, strict_case=False, type_word=word)
    ref, repairs, problems = reading.reference, reading.repairs, reading.problems
    doc_type, type_problems = _doc_type_for(word, ref)
    ref = attrs.evolve(ref, doc_type=doc_type)
    repairs = _repairs(norm, start, end) + repairs
    written_d = norm.text[match.start():match.end()].casefold().count("đ")
    if sum(code.count("Đ") for code in (ref.type_code or "", *ref.issuers, ref.unit or "")) > written_d:
        repairs.append(Repair("ascii-d", "read ASCII 'D' as 'Đ' in a code",
                              norm.source_span(*match.span())))
    return Parsed(
        reference=ref,
        span=norm.source_span(word_span[0] if word_span else number_at, match.end()),
        symbol_span=norm.source_span(*match.span()),
        type_word=word,
        number_text=written_number(norm.text, match),
        repairs=tuple(repairs),
        problems=tuple(problems + type_problems),
    )


def written_number(text: str, match: re.Match[str]) -> str:
    """The number of a symbol match as ``text`` writes it: "06", "473a", "66.7"."""
    return text[match.start("number"):max(match.end("number"), match.end("letter"), match.end("sub"))]


def parse(text: str, /) -> Reference:
    """Parse one reference into a :class:`Reference` (see :func:`parse_detailed`).

    >>> parse("Số: 05 - CT/TW")
    Reference.parse('05-CT/TW')
    """
    return parse_detailed(text).reference


def is_valid(text: object, /) -> bool:
    """Whether ``text`` parses as a reference; never raises.

    >>> is_valid("16/CT-TTg"), is_valid("64/70"), is_valid(None)
    (True, False, False)
    """
    if not isinstance(text, str):
        return False
    try:
        parse(text)
    except TextError:
        return False
    return True


def normalize(text: str, /) -> str:
    """The canonical symbol of a reference written any accepted way.

    >>> normalize("chỉ thị số 16 / CT – TTg")
    '16/CT-TTg'
    """
    return str(parse(text))
