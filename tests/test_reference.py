"""Parsing, canonical form, equality and errors of single references."""

from __future__ import annotations

import pickle
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govdoc
from govdoc import (
    InvalidReference,
    NotAReference,
    Reference,
    Style,
    System,
    UnknownDocType,
    format_reference,
    is_valid,
    normalize,
    parse,
    parse_detailed,
)
from govdoc.errors import GovdocError, TextError
from tests.strategies import references

# (as written, canonical, system, type name): forms from the numbering rules and from
# the real texts of the seed and dev sets.
VALID = [
    ("Chỉ thị số 16/CT-TTg", "16/CT-TTg", "state", "Chỉ thị"),
    ("405/KH-UBND", "405/KH-UBND", "state", "Kế hoạch"),
    ("Kế hoạch số: 405/KH-UBND", "405/KH-UBND", "state", "Kế hoạch"),
    ("01/NQ-CP", "01/NQ-CP", "state", "Nghị quyết"),
    ("1234/BNV-CCVC", "1234/BNV-CCVC", "state", "Công văn"),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "state", "Nghị định"),
    ("01/2011/TT-BNV", "01/2011/TT-BNV", "state", "Thông tư"),
    ("01/2021/NQ-HĐND", "01/2021/NQ-HĐND", "state", "Nghị quyết"),
    ("Luật số 80/2015/QH13", "80/2015/QH13", "state", "Luật"),
    ("03/2016/TTLT-BNV-BTC", "03/2016/TTLT-BNV-BTC", "state", "Thông tư liên tịch"),
    ("114-KL/TW", "114-KL/TW", "party", "Kết luận"),
    ("217-QĐ/TW", "217-QĐ/TW", "party", "Quyết định"),
    ("Quy định 366-QĐ/TW", "366-QĐ/TW", "party", "Quy định"),
    ("20-KH/HU", "20-KH/HU", "party", "Kế hoạch"),
    ("08-QĐi/TW", "08-QĐi/TW", "party", "Quy định"),
    ("07-CTr/TU", "07-CTr/TU", "party", "Chương trình"),
    ("36-HD/VPTW", "36-HD/VPTW", "party", "Hướng dẫn"),
    ("5-CT/TW", "05-CT/TW", "party", "Chỉ thị"),
    ("Nghi dinh 30/2020/ND-CP", "30/2020/NĐ-CP", "state", "Nghị định"),
    ("772/QÐ-TTg", "772/QĐ-TTg", "state", "Quyết định"),
    ("QUYẾT ĐỊNH SỐ 181/2006/QĐ-BQP", "181/2006/QĐ-BQP", "state", "Quyết định"),
    ("Số: 01 - NQ/ĐUK", "01-NQ/ĐUK", "party", "Nghị quyết"),
    ("123 / QĐ – UBND", "123/QĐ-UBND", "state", "Quyết định"),
    ("858CV/ĐUK", "858-CV/ĐUK", "party", "Công văn"),
    ("05-Ctr/ĐUK", "05-CTr/ĐUK", "party", "Chương trình"),
    ("Thông_tư số 14/2008/TTLT / BTC-BTNMT", "14/2008/TTLT-BTC-BTNMT", "state",
     "Thông tư liên tịch"),
    ("4489 /TCT-TTKT", "4489/TCT-TTKT", "state", "Công văn"),
    ("văn bản số 12/BXD-KHTC", "12/BXD-KHTC", "state", "Công văn"),
    ("Văn bản hợp nhất 2/VBHN-BNV", "02/VBHN-BNV", "state", "Văn bản hợp nhất"),
    ("1685/NQ-UBTVQH15", "1685/NQ-UBTVQH15", "state", "Nghị quyết"),
    ("Nghị quyết .68-NQ/TW", "68-NQ/TW", "party", "Nghị quyết"),
    ("Nghị quyết 68-NQ-TW", "68-NQ/TW", "party", "Nghị quyết"),
    ("275-QĐ-TW", "275-QĐ/TW", "party", "Quyết định"),
    ("09-NQ/TƯ", "09-NQ/TW", "party", "Nghị quyết"),
    # an issuer's code keeps its case where only a type code of another case shares its letters
    ("Tờ trình số 1986/TTr-LT", "1986/TTr-LT", "state", "Tờ trình"),
]


@pytest.mark.parametrize(("text", "canonical", "system", "type_name"), VALID)
def test_valid_references_parse_to_their_canonical_form(
    text: str, canonical: str, system: str, type_name: str
) -> None:
    """Each accepted way of writing a reference reads to its canonical form and type."""
    ref = parse(text)
    assert str(ref) == canonical
    assert ref.system.value == system
    assert ref.doc_type is not None
    assert ref.doc_type.name == type_name


# (text, error class, span of the offending part)
INVALID = [
    ("64/70", NotAReference, (0, 5)),
    ("TCVN ISO 9001:2008", NotAReference, (0, 18)),
    ("Số lượt truy cập : 16.575.804", NotAReference, (3, 29)),
    ("", InvalidReference, (0, 0)),
    ("Chỉ thị số /CT-TTg", InvalidReference, (11, 12)),
    ("16/CT", InvalidReference, (3, 5)),
    ("0/CT-TTg", InvalidReference, (0, 1)),
    ("30/20/NĐ-CP", InvalidReference, (3, 5)),
    ("16/CT-TTg abc", InvalidReference, (10, 13)),
    ("16/CX-TTg", UnknownDocType, (3, 5)),
    ("16-ZZ/TW", UnknownDocType, (3, 5)),
    ("12-CT-UBND", NotAReference, (5, 6)),
]


@pytest.mark.parametrize(("text", "error", "span"), INVALID)
def test_invalid_references_raise_with_the_span_of_the_problem(
    text: str, error: type[TextError], span: tuple[int, int]
) -> None:
    """Refused input raises the specific error, pointing at the offending characters."""
    with pytest.raises(error) as caught:
        parse(text)
    assert caught.value.span == span
    assert isinstance(caught.value, ValueError)


def test_error_message_renders_a_caret_under_the_problem() -> None:
    """The message names the problem and underlines it in the input."""
    with pytest.raises(UnknownDocType) as caught:
        parse("16/CX-TTg")
    assert str(caught.value) == "unknown document type code 'CX'\n    16/CX-TTg\n       ^^"


def test_errors_pickle() -> None:
    """Errors survive pickling (multiprocessing sends them between processes)."""
    with pytest.raises(InvalidReference) as caught:
        parse("30/20/NĐ-CP")
    copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own object
    assert type(copy) is type(caught.value)
    assert (copy.message, copy.text, copy.span) == (caught.value.message, "30/20/NĐ-CP", (3, 5))


def test_non_strings_are_a_type_error() -> None:
    """parse() of something that is not a str raises TypeError; is_valid says False."""
    with pytest.raises(TypeError):
        parse(None)  # type: ignore[arg-type]
    assert is_valid(None) is False
    assert is_valid(b"16/CT-TTg") is False


def test_equality_ignores_spelling_and_leading_zeros() -> None:
    """Two spellings of one document are equal and hash alike."""
    a = parse("1/2020/NĐ-CP")
    b = parse("Nghị định số 01/2020/NĐ-CP")
    c = parse("nghi dinh so 01/2020/nd-cp")
    assert a == b == c
    assert len({a, b, c}) == 1
    assert parse("16/CT-TTg") != parse("16-CT/TW")


def test_a_number_with_its_place_in_a_series() -> None:
    """ "66.7/2025/NQ-CP" is the seventh resolution of the series 66 of 2025: its own document,
    not "66/2025/NQ-CP"; a dot before three digits is a thousands mark, no series."""
    ref = parse("Nghị quyết số 66.7/2025/NQ-CP")
    assert (str(ref), ref.number, ref.sub_number, ref.number_text) == ("66.7/2025/NQ-CP", 66, 7, "66.7")
    assert ref.to_dict()["number"] == "66.7"
    assert ref == parse("66.7 / 2025 / NQ-CP") != parse("66/2025/NQ-CP")
    assert sorted([parse("66.10/2025/NQ-CP"), ref, parse("66/2025/NQ-CP")]) == [
        parse("66/2025/NQ-CP"), ref, parse("66.10/2025/NQ-CP")]
    assert parse_detailed("Nghị quyết 66.10/2025/NQ-CP").number_text == "66.10"
    for text in ("1.234/QĐ-UBND", "66.7/NQ-CP", "66.0/2025/NQ-CP"):
        assert not is_valid(text), text
    with pytest.raises(ValueError, match="series"):
        Reference(system=System.STATE, number=66, type_code="NQ", issuers=("CP",), year=2025, sub_number=0)


@pytest.mark.parametrize(
    ("text", "canonical", "number_text"),
    [("Nghị quyết số 473a/NQ-UBTVQH13", "473a/NQ-UBTVQH13", "473a"),
     ("Nghị quyết số 30c/NQ-CP", "30c/NQ-CP", "30c"),
     ("Công văn số 33B/UBND-KT", "33b/UBND-KT", "33B"),
     ("Nghị quyết số 5a-NQ/TW", "05a-NQ/TW", "5a"),
     ("2a/2024/TT-BTC", "02a/2024/TT-BTC", "2a"),
     ("Quyết định số 13đ/QĐ-UBND", "13đ/QĐ-UBND", "13đ")],
)
def test_a_number_with_a_letter(text: str, canonical: str, number_text: str) -> None:
    """"473a/NQ-UBTVQH13" is a document numbered in after 473: its own document, the letter
    kept (in lower case, as case does not tell documents apart), not an unknown type "a"."""
    parsed = parse_detailed(text)
    ref = parsed.reference
    assert (str(ref), parsed.number_text) == (canonical, number_text)
    assert ref.letter == number_text[-1].lower()
    assert ref.to_dict()["number"] == ref.number_text == number_text.lower().lstrip("0")
    assert ref != attrs.evolve(ref, letter=None)
    assert parse(canonical.upper()) == ref


def test_a_letter_sorts_after_its_number() -> None:
    refs = [parse(s) for s in ("30e/NQ-CP", "30đ/NQ-CP", "31/NQ-CP", "30/NQ-CP", "30a/NQ-CP", "30d/NQ-CP")]
    assert [str(r) for r in sorted(refs)] == [
        "30/NQ-CP", "30a/NQ-CP", "30d/NQ-CP", "30đ/NQ-CP", "30e/NQ-CP", "31/NQ-CP"]


@pytest.mark.parametrize("letter", ["A", "ab", "Đ", "é", "1", ""])
def test_a_letter_is_one_lower_case_letter(letter: str) -> None:
    with pytest.raises(ValueError, match="letter"):
        Reference(system=System.STATE, number=30, type_code="NQ", issuers=("CP",), letter=letter)


def test_ordering_groups_by_system_issuer_year_type_number() -> None:
    """Sorting follows the documented key, so references of one issuer sort together."""
    refs = [parse(s) for s in ("20/2021/TT-BNV", "3/2021/TT-BNV", "5/2020/TT-BNV", "1-KL/TW")]
    assert [str(r) for r in sorted(refs)] == [
        "01-KL/TW", "05/2020/TT-BNV", "03/2021/TT-BNV", "20/2021/TT-BNV"]


def test_repr_round_trips() -> None:
    """eval(repr(ref)) gives an equal reference."""
    ref = parse("Kết luận số 114-KL/TW")
    assert eval(repr(ref), {"Reference": Reference}) == ref  # noqa: S307 - our own repr


def test_full_style_writes_the_type_word() -> None:
    """Style.FULL puts the type word and "số" before the number."""
    assert format_reference(parse("16/CT-TTg"), Style.FULL) == "Chỉ thị số 16/CT-TTg"
    assert format_reference(parse("114-KL/TW"), Style.FULL) == "Kết luận số 114-KL/TW"


def test_repairs_are_reported() -> None:
    """Normalisations applied while reading are listed, not hidden."""
    repairs = {r.code for r in parse_detailed("Nghị định số 30/2020/NÐ–CP").repairs}
    assert {"eth-for-d", "dash"} <= repairs
    nfd = unicodedata.normalize("NFD", "Chỉ thị số 16/CT-TTg")
    assert "nfc" in {r.code for r in parse_detailed(nfd).repairs}
    assert parse_detailed("16/CT-TTg").repairs == ()
    assert "hyphen-for-slash" in {r.code for r in parse_detailed("68-NQ-TW").repairs}


@pytest.mark.parametrize(("text", "canonical", "repair"), [
    ("39/2010//TT-BTNMT", "39/2010/TT-BTNMT", "double-slash"),
    ("49/2025TT-BCT", "49/2025/TT-BCT", "missing-year-slash"),
    ("Nghị định 102/2020NĐ-CP", "102/2020/NĐ-CP", "missing-year-slash"),
])
def test_a_slash_after_the_year_typed_twice_or_left_out(text: str, canonical: str, repair: str) -> None:
    """The year of a legal document's symbol is read with its slash typed twice or left
    out; the repair is reported."""
    parsed = parse_detailed(text)
    assert str(parsed.reference) == canonical
    assert repair in {r.code for r in parsed.repairs}


@pytest.mark.parametrize("text", ["5/1850TT-BCT", "12/2020"])
def test_only_a_years_digits_may_run_into_the_type_code(text: str) -> None:
    """Four digits run into letters are a year only when they read as one (19xx, 20xx)."""
    with pytest.raises(GovdocError):
        parse(text)


def test_type_word_clash_is_a_problem() -> None:
    """A type word that contradicts the code parses, with a type-mismatch problem."""
    parsed = parse_detailed("Chỉ thị số 16/NQ-TTg")
    assert [p.code for p in parsed.problems] == ["type-mismatch"]


def test_to_dict_has_stable_fields() -> None:
    """The JSON form carries the documented fields."""
    assert parse("Luật số 80/2015/QH13").to_dict() == {
        "canonical": "80/2015/QH13", "system": "state", "doc_type": "Luật",
        "type_code": None, "number": "80", "year": 2015, "issuers": ["QH13"], "unit": None,
    }


@given(references())
def test_format_then_parse_round_trips(ref: Reference) -> None:
    """parse(str(r)) == r for references of every system and shape."""
    assert parse(str(ref)) == ref
    assert parse(format_reference(parse(str(ref)), Style.FULL)) == ref


@given(references())
def test_canonical_form_is_a_fixed_point(ref: Reference) -> None:
    """normalize() of a canonical string is that string (idempotent)."""
    once = normalize(str(ref))
    assert normalize(once) == once


_DASHES = st.sampled_from(["-", "–", "—", "‑"])


@given(references(), st.booleans(), st.booleans(), _DASHES, st.sampled_from(["", " "]))
def test_parsing_ignores_unicode_form_case_dashes_and_spacing(
    ref: Reference, nfd: bool, lower: bool, dash: str, space: str
) -> None:
    """NFC/NFD, letter case, the dash used and spaces around separators do not matter."""
    text = str(ref).replace("-", f"{space}{dash}{space}").replace("/", f"{space}/{space}")
    if lower:
        text = text.lower()
    if nfd:
        text = unicodedata.normalize("NFD", text)
    assert parse(text) == ref


@given(st.text(max_size=60))
def test_parse_raises_only_library_errors(text: str) -> None:
    """Any string either parses or raises one of the library's errors; is_valid is a bool."""
    assert isinstance(is_valid(text), bool)
    error: GovdocError | None = None
    try:
        parse(text)
    except GovdocError as caught:
        error = caught
    if error is not None:
        assert isinstance(error, TextError)
        assert 0 <= error.span[0] <= error.span[1] <= len(text)


@given(st.from_regex(r"\A[0-9]{1,4}[ /\-][A-ZĐa-zđ]{1,5}([ /\-][A-ZĐa-zđ0-9]{1,6}){0,3}\Z"))
def test_symbol_like_strings_never_crash(text: str) -> None:
    """Strings shaped like symbols parse or raise the library's errors, nothing else."""
    try:
        ref = parse(text)
    except TextError:
        return
    assert parse(str(ref)) == ref


def test_public_api_is_listed() -> None:
    """Everything in govdoc.__all__ exists."""
    assert all(hasattr(govdoc, name) for name in govdoc.__all__)
    assert System.STATE.value == "state"


def test_a_lone_sl_is_a_historic_presidential_decree() -> None:
    """'50/SL' (or '14-SL') has no issuer: a Sắc lệnh of 1945-1959, not a bản sao lục."""
    ref = parse("50/SL")
    assert (str(ref), ref.doc_type.name if ref.doc_type else None, ref.issuers) == ("50/SL", "Sắc lệnh", ())
    assert parse("14-SL") == parse("14/SL")
    assert parse(repr(ref).removeprefix("Reference.parse(").removesuffix(")").strip("'")) == ref


def test_a_party_type_code_in_a_state_symbol_is_read_and_reported() -> None:
    """'171/CV-BCĐ': the Party công văn code in a State symbol, as the Party branch allows
    the reverse; a code neither system knows is still refused."""
    parsed = parse_detailed("171/CV-BCĐ")
    assert (str(parsed.reference), parsed.reference.doc_type.name if parsed.reference.doc_type else None) == (
        "171/CV-BCĐ", "Công văn")
    assert [p.code for p in parsed.problems] == ["type-not-in-system"]
    with pytest.raises(UnknownDocType):
        parse("16/CX-TTg")


def test_cyrillic_and_greek_look_alikes_are_read_as_latin() -> None:
    parsed = parse_detailed("66/NQ-\u0421\u0420")  # Cyrillic С and Р
    assert str(parsed.reference) == "66/NQ-CP"
    assert "homoglyph" in [r.code for r in parsed.repairs]


def test_an_old_body_code_after_its_type_word() -> None:
    """'Sắc lệnh số 34-NV' (Bộ Nội vụ, 1946): the historic hyphen form with a code the
    registry does not hold reads after a type word, and its canonical form parses."""
    ref = parse("Sắc lệnh số 34-NV")
    assert str(ref) == "34/NV"
    assert parse(str(ref)) == ref
    with pytest.raises(NotAReference):
        parse("34-NV")


@pytest.mark.parametrize(("text", "canonical", "type_name"), [
    ("Nghị quyết số 19/NQ", "19/NQ", "Nghị quyết"),
    ("quyết định số 4466/qđ", "4466/QĐ", "Quyết định"),
    ("Chỉ thị 50/CT", "50/CT", "Chỉ thị"),
    ("thông tư 03/TTLT", "03/TTLT", "Thông tư liên tịch"),  # the word of its joint form
])
def test_a_lone_type_code_reads_after_the_type_word_it_agrees_with(
    text: str, canonical: str, type_name: str
) -> None:
    """'Nghị quyết số 19/NQ' (1975): the issuer was left off; the type word vouches for the
    symbol, which is read and reported. The full style round-trips; the bare code does not."""
    parsed = parse_detailed(text)
    ref = parsed.reference
    assert (str(ref), ref.doc_type.name if ref.doc_type else None, ref.issuers) == (canonical, type_name, ())
    assert [p.code for p in parsed.problems] == ["no-issuer"]
    assert parse(format_reference(ref, Style.FULL)) == ref
    with pytest.raises(InvalidReference):
        parse(canonical)


def test_a_lone_type_code_followed_by_more_symbol_is_garbled() -> None:
    with pytest.raises(InvalidReference):
        parse("Quyết định số 497/QĐ/2007/QĐ")


def test_a_lone_code_after_another_types_word_is_the_issuer() -> None:
    """'147/CT' after 'Quyết định' is a code of another kind: the issuer (the Chủ tịch Hội
    đồng Bộ trưởng, 1990), as in a letter's '1234/TTg'."""
    ref = parse("Quyết định số 147/CT")
    assert (ref.doc_type.name if ref.doc_type else None, ref.type_code, ref.issuers) == ("Quyết định", None, ("CT",))


def test_a_code_two_bodies_share_is_an_issuers_code_in_any_case() -> None:
    """'quyết định số 4466/qđ-bct': BCT is the Bộ Công Thương (State) and the Bộ Chính trị
    (Party); written in lower case after the type word it is still read."""
    parsed = parse_detailed("quyết định số 4466/qđ-bct")
    assert str(parsed.reference) == "4466/QĐ-BCT"


@pytest.mark.parametrize(("text", "letter"), [("12á/QĐ-UBND", "a"), ("5Ï/TCT-TTKT", "i"), ("3Đ/QĐ-UBND", "đ")])
def test_a_numbers_letter_is_read_in_its_plain_form(text: str, letter: str) -> None:
    """An accented or foreign look-alike after the number ("12á", OCR's "5Ï") is read plain, as
    the symbol matcher reads it, never refused by the value's own check."""
    assert parse(text).letter == letter
