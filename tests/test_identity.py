"""Document identity: which mentions are one document, and the identifiers they get."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc import Kind, Reference, System, extract, parse
from govdoc.identity import (
    MISSING_REASONS,
    DocumentId,
    identify,
    name_id,
    reference_id,
    text_scope,
)
from tests.strategies import references
from tests.test_find import ROOT

SEED = (ROOT / "examples" / "khanh-vinh-dan-van-2021.txt").read_text("utf-8")


def ids(text: str) -> dict[str, list[str | None]]:
    """The id of each mention, keyed by the mention as written."""
    mentions = extract(text)
    found: dict[str, list[str | None]] = {}
    for mention, ident in zip(mentions, identify(mentions, scope=text_scope(text)), strict=True):
        found.setdefault(mention.text, []).append(str(ident.id) if ident else None)
    return found


def test_seed_article_mentions_of_the_directive_are_one_document() -> None:
    """Both "Chỉ thị số 16/CT-TTg" of the seed, dated 16/5/2016, get the Prime Minister's 2016 id."""
    assert ids(SEED)["Chỉ thị số 16/CT-TTg"] == ["vn/state/ttg/ct/2016/16"] * 2


def test_seed_article_party_conclusion_is_identified_by_its_term() -> None:
    """Kết luận 114-KL/TW of 14/7/2015 falls in the XI congress term (2011-2016)."""
    assert ids(SEED)["Kết luận số 114-KL/TW"] == ["vn/party/tw/kl/xi/114"]


def test_local_issuer_and_missing_date_make_partial_identities() -> None:
    """The seed's 405/KH-UBND (which UBND?) and the undated 217-QĐ/TW hold only in the seed."""
    scope = text_scope(SEED)
    found = ids(SEED)
    assert found["Kế hoạch số: 405/KH-UBND"] == [f"vn/state/ubnd/kh/2021/405~{scope}"]
    assert found["Quyết định số 217-QĐ/TW"] == [f"vn/party/tw/qđ/_/217~{scope}"]


def test_party_numbers_restart_each_term() -> None:
    """18-NQ/TW of 25/10/2017 (term XII) and of 16/6/2022 (term XIII) are two documents."""
    text = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và "
            "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.")
    assert ids(text)["Nghị quyết số 18-NQ/TW"] == ["vn/party/tw/nq/xii/18", "vn/party/tw/nq/xiii/18"]


def test_a_mention_without_date_borrows_the_year_of_its_sibling() -> None:
    """A second "16/CT-TTg" with no date is the one dated earlier in the same text."""
    text = ("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ. "
            "Tiếp tục quán triệt Chỉ thị số 16/CT-TTg trong năm tới.")
    assert ids(text)["Chỉ thị số 16/CT-TTg"] == ["vn/state/ttg/ct/2016/16"] * 2


def test_two_years_for_one_symbol_leave_an_undated_mention_partial() -> None:
    """With 16/CT-TTg of 2016 and of 2019 in one text, an undated 16/CT-TTg is not guessed."""
    text = ("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ; "
            "Chỉ thị số 16/CT-TTg ngày 4/6/2019 của Thủ tướng Chính phủ; Chỉ thị số 16/CT-TTg.")
    mentions = extract(text)
    found = identify(mentions, scope="s")
    assert [str(i.id) for i in found if i] == [
        "vn/state/ttg/ct/2016/16", "vn/state/ttg/ct/2019/16", "vn/state/ttg/ct/_/16~s"]
    assert found[2] is not None
    assert found[2].missing == ("ambiguous-date",)


def test_a_symbol_with_its_year_needs_no_date() -> None:
    """30/2020/NĐ-CP carries its year; the Government is one body: a complete identity."""
    ident = reference_id(parse("30/2020/NĐ-CP"))
    assert (str(ident.id), ident.missing, ident.year) == ("vn/state/cp/nđ/2020/30", (), 2020)


def test_named_law_meets_its_number() -> None:
    """"Luật Đất đai năm 2024" is Luật số 31/2024/QH15; a bare "Luật Đất đai" after it is the same law."""
    text = "Căn cứ Luật Đất đai năm 2024; Luật số 31/2024/QH15; theo Luật Đất đai, việc giao đất"
    found = ids(text)
    assert found["Luật Đất đai năm 2024"] == ["vn/state/qh15/_/2024/31"]
    assert found["Luật số 31/2024/QH15"] == ["vn/state/qh15/_/2024/31"]
    assert found["Luật Đất đai"] == ["vn/state/qh15/_/2024/31"]


def test_named_document_without_number_gets_a_name_id() -> None:
    """"Hiến pháp năm 2013" has no number: its id is its name and year."""
    assert ids("Căn cứ Hiến pháp năm 2013;")["Hiến pháp năm 2013"] == ["vn/state/name/hien-phap/2013"]


def test_named_document_without_year_is_partial() -> None:
    """"Bộ luật Lao động" alone (2012 or 2019?) is partial."""
    ident = name_id("Bộ luật Lao động", scope="s")
    assert (str(ident.id), ident.missing) == ("vn/state/name/bo-luat-lao-dong/_~s", ("no-year",))


def test_a_party_resolution_named_by_its_meeting_has_a_party_name_id() -> None:
    """"Nghị quyết Đại hội XIII của Đảng" is a Party document, identified by its name."""
    [found] = ids("Quán triệt Nghị quyết Đại hội XIII của Đảng;")["Nghị quyết Đại hội XIII của Đảng"]
    assert found.startswith("vn/party/name/nghi-quyet-dai-hoi-xiii-cua-dang/_~")


def test_short_references_and_anaphora_join_their_document() -> None:
    """"Nghị định 42" and "Nghị định này" stand for Nghị định số 42/2024/NĐ-CP."""
    text = ("Nghị định 42 và Nghị định số 42/2024/NĐ-CP ngày 3/5/2024 của Chính phủ. "
            "Nghị định này thay thế Nghị định số 43/2014/NĐ-CP.")
    found = ids(text)
    assert found["Nghị định 42"] == ["vn/state/cp/nđ/2024/42"]
    assert found["Nghị định này"] == ["vn/state/cp/nđ/2024/42"]


def test_anaphor_pointing_nowhere_has_no_document() -> None:
    """A decree's own "Nghị định này", with no decree cited, identifies nothing."""
    mentions = extract("Nghị định này có hiệu lực thi hành kể từ ngày ký.")
    assert [m.kind for m in mentions] == [Kind.ANAPHOR]
    assert identify(mentions, scope="s") == [None]


def test_unresolved_short_reference_is_partial() -> None:
    """"Chỉ thị 16" with no full mention gets a partial id from its type and number."""
    text = "Chỉ thị 16 nói trên."
    [ident] = identify(extract(text), scope="s")
    assert ident is not None
    assert (str(ident.id), ident.missing) == ("vn/state/_/ct/_/16~s", ("unresolved-short",))


def test_party_date_outside_known_terms_is_partial() -> None:
    """1995 is before the first term in the table: the term cannot be told."""
    ident = reference_id(parse("05-CT/TW"), date=dt.date(1995, 1, 1), scope="s")
    assert ident.missing == ("outside-terms",)
    assert ident.id.period is None


@pytest.mark.parametrize("text", ["", "vn/", "vn/state/ttg/ct/2016", "eli/state/ttg/ct/2016/16",
                                  "vn/other/ttg/ct/2016/16", "vn/state/ttg/ct//16",
                                  "vn/state/name/x/2016/1", "vn/state/ttg/ct/2016/16~a b"])
def test_malformed_ids_are_refused(text: str) -> None:
    """Wrong root, system, segment count, empty segments or a bad scope are errors."""
    with pytest.raises(ValueError, match=r"."):
        DocumentId.parse(text)


def test_missing_reasons_are_documented() -> None:
    """Every reason an identity can be partial has a description."""
    assert set(MISSING_REASONS) == {"no-date", "ambiguous-date", "outside-terms", "local-issuer",
                                    "unknown-issuer", "no-year", "unresolved-short"}


dates = st.dates(min_value=dt.date(2002, 1, 1), max_value=dt.date(2025, 12, 31))


@given(references(), dates)
def test_ids_round_trip_through_their_string(ref: Reference, day: dt.date) -> None:
    """``DocumentId.parse(str(id))`` gives the id back, partial or not."""
    ident = reference_id(ref, date=day, scope="scope1")
    assert DocumentId.parse(str(ident.id)) == ident.id
    assert ident.id.is_partial == ident.is_partial


@given(references(), references(), dates)
def test_ids_are_unique_per_symbol_and_period(a: Reference, b: Reference, day: dt.date) -> None:
    """On one day, two references get one id exactly when they are the same symbol, once the
    day gives a State symbol the year it leaves out ("16/CT-TTg" dated 2016 is "16/2016/CT-TTg")."""
    def dated(ref: Reference) -> Reference:
        return ref if ref.year is not None or ref.system is System.PARTY else attrs.evolve(ref, year=day.year)

    assert (reference_id(a, date=day).id == reference_id(b, date=day).id) == (dated(a) == dated(b))


@given(references(), dates, st.text(max_size=40))
def test_complete_ids_do_not_depend_on_the_surrounding_text(ref: Reference, day: dt.date,
                                                           other: str) -> None:
    """A complete identity is the same whichever text it was read from."""
    first = reference_id(ref, date=day, scope=text_scope("a"))
    second = reference_id(ref, date=day, scope=text_scope(other))
    assert (first.id == second.id) == (not first.is_partial or text_scope(other) == text_scope("a"))


@given(dates)
def test_state_admin_year_comes_from_the_date(day: dt.date) -> None:
    """A State administrative number's period is the year of its issue date."""
    ref = Reference(system=System.STATE, number=16, type_code="CT", issuers=("TTg",))
    assert reference_id(ref, date=day).id.period == str(day.year)


def test_a_place_in_a_series_is_part_of_the_identifier() -> None:
    """ "66.7/2025/NQ-CP" and "66/2025/NQ-CP" are two documents with two identifiers."""
    part, whole = reference_id(parse("66.7/2025/NQ-CP")).id, reference_id(parse("66/2025/NQ-CP")).id
    assert part is not None
    assert whole is not None
    assert part.segments[-2:] == ("2025", "66.7")
    assert part != whole
