"""Codes cited by their acronym ("Điều 184 BLTTDS năm 2015")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc import Kind, extract
from govdoc._data import read_table
from govdoc.identity import identify

ROWS = read_table("code_acronyms.csv")
GAZETTEER = read_table("named_documents.csv")


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["acronym"])
def test_every_acronym_names_a_code_of_the_gazetteer(row: dict[str, str | None]) -> None:
    """Each row's name is a gazetteer name (else its year could pick no code), and the
    acronym is the name's own capitals ("Bộ luật Tố tụng dân sự": BLTTDS)."""
    names = {r["name"] for r in GAZETTEER if r["doc_type"] == "Bộ luật"}
    assert row["name"] in names
    assert row["acronym"] == "".join(word[0] for word in (row["name"] or "").split()).upper()


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["acronym"])
def test_an_acronym_with_its_year_is_the_code_of_that_year(row: dict[str, str | None]) -> None:
    acronym, name = row["acronym"] or "", row["name"] or ""
    year = max(int(r["year"] or 0) for r in GAZETTEER if r["name"] == name)
    text = f"Theo khoản 2 Điều 5 {acronym} năm {year} thì"
    [mention] = extract(text)
    assert text[mention.start:mention.end] == f"{acronym} năm {year}"
    assert (mention.kind, mention.name, mention.year) == (Kind.NAMED, f"{name} năm {year}", year)
    assert mention.doc_type is not None
    assert mention.doc_type.name == "Bộ luật"


def test_the_acronym_and_the_full_name_are_one_document() -> None:
    """"BLHS năm 2015", "Bộ luật Hình sự năm 2015" and a later bare "BLHS" are one code."""
    mentions = extract("Điều 51 BLHS năm 2015 và Điều 3 Bộ luật Hình sự năm 2015; Điều 52 BLHS.")
    ids = {identity.id for identity in identify(mentions, scope="t") if identity is not None}
    assert len(mentions) == 3
    assert len(ids) == 1


def test_a_law_amending_the_code_links_to_its_acronym() -> None:
    text = "Điều 51 BLHS năm 2015 được sửa đổi bởi Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2017."
    code, amending = extract(text)
    assert [(link.relation.value, link.target) for link in amending.links] == [("amends", code.start)]


@pytest.mark.parametrize("text", [
    "Bộ LĐTBXH và BLĐTBXH đã trả lời",  # a ministry's letters
    "từ khóa blhs trên trang tìm kiếm",  # not in capitals
    "mã XBLHS và BLHSX",  # inside a longer word
    "mẫu 01/BLHS-2015",  # inside a symbol
])
def test_what_is_no_acronym(text: str) -> None:
    assert [m for m in extract(text) if m.kind is Kind.NAMED] == []


@given(st.text(alphabet="BLHSDTĐ 0123456789năm,-/", max_size=60))
def test_any_run_of_acronym_letters_gives_exact_spans(text: str) -> None:
    for mention in extract(text):
        assert text[mention.start:mention.end] == mention.text
