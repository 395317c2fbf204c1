"""The packaged data tables: consistency over every row, and lookups."""

from __future__ import annotations

import datetime as dt

import pytest

from govdoc import RegistryError, System, doc_types, issuers, parse
from govdoc._data import read_table
from govdoc.doctypes import DocTypes
from govdoc.issuers import Issuers


def test_every_issuer_code_and_alias_resolves_back_to_a_body() -> None:
    """Each code finds its row; each name and alias finds a body (possibly a same-named one)."""
    table = issuers()
    for issuer in table.all:
        assert table.by_code(issuer.code, issuer.system) == issuer
        for name in (issuer.name, *issuer.aliases):
            assert table.by_name(name) is not None, name


def test_successors_exist_and_intervals_are_ordered() -> None:
    """Successor codes are in the table, and no body ends before it starts."""
    table = issuers()
    codes = {i.code for i in table.all}
    for issuer in table.all:
        if issuer.successor:
            assert issuer.successor in codes
        if issuer.valid_from and issuer.valid_to:
            assert issuer.valid_from <= issuer.valid_to


def test_every_doc_type_code_resolves_in_its_system() -> None:
    """Each type code finds its own row in its own system."""
    table = doc_types()
    for doc_type in table.all:
        if doc_type.code:
            assert table.by_code(doc_type.code, doc_type.system) == doc_type
        assert table.by_name(doc_type.name, doc_type.system) is not None


def test_same_letters_mean_different_types_per_system() -> None:
    """TT is Thông tư in the State system, Thông tri in the Party system."""
    assert doc_types().by_code("TT", System.STATE).name == "Thông tư"  # type: ignore[union-attr]
    assert doc_types().by_code("TT", System.PARTY).name == "Thông tri"  # type: ignore[union-attr]


def test_only_a_consolidated_text_stands_for_the_document_it_consolidates() -> None:
    consolidating = [t.code for t in doc_types().all if t.consolidates]
    assert consolidating == ["VBHN"]
    doc_type = parse("81/VBHN-BNNMT").doc_type
    assert doc_type is not None
    assert doc_type.consolidates


def test_ascii_folding_is_used_only_when_unambiguous() -> None:
    """"QD" reads as QĐ; "DA" stays ambiguous between Đề án (ĐA) and Dự án (DA)."""
    assert doc_types().by_code("QD", System.STATE).code == "QĐ"  # type: ignore[union-attr]
    assert doc_types().by_code("DA", System.STATE).code == "DA"  # type: ignore[union-attr]
    assert doc_types().by_code("ĐA", System.STATE).code == "ĐA"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "body"),
    [("HĐNN7", "HĐNN"), ("UBPLTP15", "UBPLTP"), ("UBTVQH15", "UBTVQH15"), ("BTC17", None), ("BTC7", None),
     ("UBND3", None)],
)
def test_a_body_of_the_legislature_is_known_with_its_term(code: str, body: str | None) -> None:
    """"01-NQ/HĐNN7": the body's code carries the legislature's term (1 to 16 so far)."""
    found = issuers().by_code(code)
    assert (found.code if found is not None else None) == body


def test_a_term_stays_in_the_canonical_symbol() -> None:
    symbols = ["166-NQ/HĐNN7", "426/BC-UBPLTP15"]
    assert [parse(text).canonical for text in symbols] == symbols


def test_2025_mergers_have_dates_and_successors() -> None:
    """Ministries merged on 1 March 2025 end on 28 February 2025 and name their successor."""
    btnmt = issuers().by_code("BTNMT")
    assert btnmt is not None
    assert btnmt.valid_to == dt.date(2025, 2, 28)
    assert btnmt.successor == "BNNMT"
    assert btnmt.exists_on(dt.date(2025, 2, 28))
    assert not btnmt.exists_on(dt.date(2025, 3, 1))
    bnnmt = issuers().by_code("BNNMT")
    assert bnnmt is not None
    assert bnnmt.exists_on(dt.date(2025, 3, 1))


@pytest.mark.parametrize(
    ("name", "code"),
    [("Thủ tướng Chính phủ", "TTg"), ("của Chính phủ", "CP"), ("Bộ Tài chính", "BTC"),
     ("BỘ TRƯỞNG BỘ QUỐC PHÒNG", "BQP"), ("ban bi thu trung uong dang", "TW"),
     # the short forms of ministries that news and letters write
     ("Bộ GD&ĐT", "BGDĐT"), ("Bộ NN&PTNT", "BNNPTNT"), ("Bộ trưởng Bộ GTVT", "BGTVT")],
)
def test_names_as_articles_write_them_resolve(name: str, code: str) -> None:
    """Names resolve ignoring case, diacritics and a leading "của"."""
    found = issuers().by_name(name)
    assert found is not None
    assert found.code == code


def test_broken_tables_report_every_problem_at_once() -> None:
    """A broken table raises RegistryError naming each bad row."""
    rows = read_table("issuers.csv")[:3]
    bad = [*rows, {**rows[0]}, {"code": "X1", "system": "nowhere", "name": "X"},
           {"code": "X2", "system": "state", "name": "Y", "successor": "NOPE"}]
    with pytest.raises(RegistryError) as caught:
        Issuers.from_rows(bad)
    message = str(caught.value)
    assert "duplicate code" in message
    assert "nowhere" in message
    assert "NOPE" in message
    with pytest.raises(RegistryError):
        DocTypes.from_rows([{"code": "A", "system": "mars", "name": "x"}])


def test_lookup_memo_stays_bounded_and_agrees_with_the_lookup() -> None:
    """Registry answers are remembered, but never more than the limit (keys are untrusted)."""
    from govdoc._memo import BoundedMemo

    memo = BoundedMemo(lambda key: key * 2, limit=100)
    assert [memo(n) for n in range(1000)] == [n * 2 for n in range(1000)]
    assert len(memo._answers) <= 100
    assert doc_types().by_name("Chỉ thị") is doc_types().by_name("Chỉ thị")
    assert issuers().by_code("TTg") == issuers().by_code("ttg")


def test_types_carry_their_place_in_the_order_of_legal_force() -> None:
    """A law outranks a decree, which outranks a circular; a Quyết định's rank depends on
    who issued it, so it has none."""
    from govdoc.doctypes import DocTypes

    def rank(name: str) -> int | None:
        found = doc_types().by_name(name, System.STATE)
        assert found is not None
        return found.legal_rank

    assert [rank(n) for n in ("Hiến pháp", "Luật", "Nghị định", "Thông tư", "Quyết định")] == [0, 1, 3, 5, None]
    with pytest.raises(RegistryError, match="legal_rank"):
        DocTypes.from_rows([{"code": "X", "system": "state", "name": "x", "legal_rank": "high"}])


def test_a_decisions_rank_follows_its_issuer() -> None:
    """The Prime Minister's Quyết định ranks between the decree and the circular; a
    province's, or one whose issuer the table does not rank, has none."""
    from govdoc.doctypes import legal_rank

    def rank(symbol: str) -> int | None:
        ref = parse(symbol)
        assert ref.doc_type is not None
        return legal_rank(ref.doc_type, ref.issuers)

    symbols = ("30/2020/NĐ-CP", "40/2011/QĐ-TTg", "01/2011/TT-BNV", "12/2024/QĐ-UBND")
    assert [rank(s) for s in symbols] == [3, 4, 5, None]


@pytest.mark.parametrize("row", [
    {"code": "QĐ", "issuer": "TTg", "legal_rank": "four"},
    {"code": "QĐ", "issuer": None, "legal_rank": "4"},
    {"code": None, "issuer": "TTg", "legal_rank": "4"},
    {"code": "QĐ", "issuer": "TTg", "legal_rank": None},
])
def test_a_malformed_issuer_rank_row_is_named_in_the_error(row: dict[str, str | None]) -> None:
    from govdoc.doctypes import _ranks_from_rows

    good = {"code": "QĐ", "issuer": "TTg", "legal_rank": "4"}
    assert list(_ranks_from_rows([good]).values()) == [4]
    with pytest.raises(RegistryError, match=r"issuer_ranks\.csv row 3"):
        _ranks_from_rows([good, row])


def test_every_issuer_rank_names_a_known_type_and_issuer() -> None:
    for row in read_table("issuer_ranks.csv"):
        code, issuer = row["code"], row["issuer"]
        assert code is not None
        assert issuer is not None
        assert doc_types().by_code(code, System.STATE) is not None
        assert issuers().by_code(issuer) is not None


def test_every_name_abbreviation_shortens_some_gazetteer_name() -> None:
    """Each abbreviation row names words that occur in some law's official title (else the
    row could never apply), and the abbreviated spelling of that title is found whole."""
    from govdoc import extract
    from govdoc._data import read_table
    from govdoc.named import _abbreviated

    names = {row["name"] for row in read_table("named_documents.csv") if row["name"]}
    for row in read_table("name_abbreviations.csv"):
        abbreviation = row["abbreviation"] or ""
        shortened = sorted(v for name in names for v in _abbreviated(name) if abbreviation in v.split())
        assert shortened, f"{abbreviation}: no title holds {row['words']!r}"
        [mention] = extract(f"Căn cứ {shortened[0]};")
        assert mention.name == shortened[0]


def test_a_name_may_denote_several_bodies() -> None:
    """"Ban Bí thư" is on the TW row (the symbol its documents carry) and on its own row."""
    codes = {body.code for body in issuers().named("Ban Bí thư")}
    assert "TW" in codes
    assert len(codes) > 1
    assert issuers().named("Không có cơ quan này") == ()


def test_local_codes_do_not_say_where() -> None:
    """Codes only local bodies carry (a People's Committee, a Sở, a Tỉnh ủy) are local; a
    ministry's, or one that central and local offices share (Cục Thuế), is not."""
    assert [issuers().by_code(code).is_local for code in ("UBND", "HĐND", "SGDĐT", "BTC", "TTg")] == [
        True, True, True, False, False]
    assert not any(i.is_local for i in issuers().all if "central" in i.levels)
