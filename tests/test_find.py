"""Finding references in running text: spans, context, relations, robustness."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govdoc import Kind, Mention, Reference, Relation, System, extract, find_references
from govdoc._scan import matches_at
from govdoc.errors import TextError
from tests.strategies import references

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def links_of(mention: Mention) -> list[tuple[Relation, int]]:
    """What a mention's document does to others, as (relation, target start) pairs."""
    return [(link.relation, link.target) for link in mention.links]


def test_seed_article_comes_out_exactly_right() -> None:
    """The article the project started from: seven references, each with its context."""
    expected = json.loads((GOLDEN / "khanh-vinh-dan-van-2021.expected.json").read_text("utf-8"))
    text = (ROOT / expected["source"]).read_text("utf-8")
    found = [m for m in extract(text) if m.kind is not Kind.ANAPHOR]
    by_start = {m.start: m for m in found}
    got = []
    for m in found:
        record = {k: v for k, v in m.to_dict().items() if k in expected["mentions"][0]}
        record["links"] = [{"relation": link["relation"], "target": by_start[link["target"]].text}
                           for link in record["links"]]
        got.append(record)
    assert got == expected["mentions"]
    assert all(text[m.start:m.end] == m.text for m in found)


# (text, the mention expected, its canonical form): a reference in many surroundings.
CONTEXTS = [
    ("Theo Chỉ thị số 16/CT-TTg.", "Chỉ thị số 16/CT-TTg", "16/CT-TTg"),
    ("(Kết luận 114-KL/TW)", "Kết luận 114-KL/TW", "114-KL/TW"),
    ("“Nghị định số 30/2020/NĐ-CP”", "Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP", "NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("Nghi dinh so 30/2020/ND-CP", "Nghi dinh so 30/2020/ND-CP", "30/2020/NĐ-CP"),
    ("Công văn số\n1923/TCT-TTKT ngày", "Công văn số\n1923/TCT-TTKT", "1923/TCT-TTKT"),
    ("Nghị\u00a0định\u00a0số\u00a030/2020/NĐ\u2013CP", "Nghị\u00a0định\u00a0số\u00a030/2020/NĐ\u2013CP",
     "30/2020/NĐ-CP"),
    ("Số: 12/KH-UBND", "12/KH-UBND", "12/KH-UBND"),
    ("Luật số 80/2015/QH13 ngày 22/6/2015", "Luật số 80/2015/QH13", "80/2015/QH13"),
    ("của nghị_định số 58/2001/nđ-cp ngày 24/8/2001", "nghị_định số 58/2001/nđ-cp", "58/2001/NĐ-CP"),
]


@pytest.mark.parametrize(("text", "span_text", "canonical"), CONTEXTS)
def test_reference_is_found_in_context(text: str, span_text: str, canonical: str) -> None:
    """The span covers the type word and "số" as written, whatever surrounds it."""
    [m] = list(find_references(text))
    assert text[m.start:m.end] == span_text
    assert m.canonical == canonical


NOT_REFERENCES = [
    "đã giải quyết 64/70 đơn, đạt tỷ lệ 91,5%",
    "theo tiêu chuẩn TCVN ISO 9001:2008 và ISO 9001:2015",
    "Số lượt truy cập : 16.575.804",
    "ngày 16/5/2016 lúc 23:58, điện thoại 0258.3790.123",
    "năm học 2025 - 2026, 9 tháng đầu năm 2021",
    "COVID-19/SARS và F0/F1",
    "Kế hoạch 5 năm 2021-2025, Chiến lược 10 năm 2021 – 2030, Kế hoạch 5 năm 1976-1980",
    "thông báo cho khách hàng theo Mẫu số 04/NƠXH và tờ khai số 03/TNDN",
    "Danh sách theo các Mẫu số 03, 04, 05 và 06/BHYT-QĐ Phụ lục",
    "| 1 | 01/TK-SDDPNN | Tờ khai thuế sử dụng đất phi nông nghiệp |\n05/KK-TNCN: Mẫu tờ khai thuế TNCN",
    "Trong 30 ngày làm việc, Kế hoạch 5 ngày 1 lần",
    "Ông học Đại học Luật Hà Nội, là Tiến sĩ Luật, Thạc sĩ Luật Quốc tế; Trường Luật Columbia",
    "Giáo trình Luật Hiến pháp Việt Nam, NXB Công an nhân dân; môn Luật Hành chính",
    "tại Trường Trung_cấp Luật Buôn_Ma_Thuột; Cao đẳng Luật miền Nam",
    "các viện nghiên cứu như Viện Luật So Sánh, Học viện Luật Quốc tế",
    # the plan for a year: a table's columns, a campaign's plan
    "| **Kế hoạch 2026** | **Kế hoạch 2027** |\nKế hoạch 1975 chỉ cho phép dùng hơn 10% kho đạn",
    # a headline's "discipline", in title case
    '"Tới Phiên Trương Tấn Sang Bị Kỷ Luật Vì Vụ Năm Cam". vietbao.com.',
    "Hồ sơ12/KH-UBND, mã hàng AB12/CD-EF",
    "Mã số các đơn vị hành chính Việt Nam. Thuky Luat Online, 2016. Truy cập ngày 11/04/2019.",
    "niên đại 11,365 ± 0,08 Ka BP, BLn - 1541/I",
    "Đảng đoàn Hội Luật gia Việt Nam",
    # law firms
    "Đề nghị Công ty Luật TNHH Minh Khuê thực hiện; văn phòng Luật Hòa Bình chuyển thành Công ty TNHH Luật Hòa Bình",
    # in lower case, a type word that is also a verb or another word's look-alike; a count of points
    "Hội đồng quyết định 1 thí sinh phải ra về; tài khoản giao thông từ 1 10 2025; một nghị quyết 12 điểm",
]


def test_a_scans_misread_so_after_a_type_word() -> None:
    """"Nghị định sé 12/2016/NĐ-CP", "công văn số. 3295/TCT-KK": the span holds the type word; a
    bare "sẽ" before a symbol is no "số"."""
    found = extract("Căn cứ Nghị định sé 12/2016/NĐ-CP ngày 19/02/2016 của Chính phủ; Tổng cục Thuế đã ban hành "
                    "công văn số. 3295/TCT-KK ngày 01/9/2021. Nó sẽ 12/2016/NĐ-CP")
    assert [m.text for m in found] == ["Nghị định sé 12/2016/NĐ-CP", "công văn số. 3295/TCT-KK", "12/2016/NĐ-CP"]


def test_a_markdown_files_front_matter_cites_nothing() -> None:
    """YAML front matter is metadata about the file: a folder named for a law in it is no
    mention; without the line closing the front matter the same words are."""
    text = ('---\ntitle: "CV Undated"\nsource_folder: "DT Luat thue gia tri gia tang sua doi/23.02 DT Luat thue gia '
            'tri gia tang sua doi"\nconversion_date: "2025-11-21"\noriginal_format: "pdf"\n---\n\n'
            "Căn cứ Luật thuế giá trị gia tăng số 13/2008/QH12;")
    assert [m.text for m in extract(text)] == ["Luật thuế giá trị gia tăng số 13/2008/QH12"]
    unclosed = text.split("\n---\n", maxsplit=1)[0] + "\n\nx"
    assert [m.text for m in extract(unclosed)][:2] == ["Luat thue gia tri gia tang"] * 2


def test_a_plan_or_decision_in_lower_case_with_so_is_cited() -> None:
    """"kế hoạch số 437", "quyết định số 367": in lower case, "số" before the number says a
    document is cited ("kế hoạch 5 năm", "quyết định 1 thí sinh", "mẫu quyết định số 16" a form: no)."""
    plan, decision = extract("Thực hiện kế hoạch số 437 ngày 10-10-2014 của UBND Tỉnh Đắk Nông về việc cấp Giấy chứng "
                             "nhận. Thủ tướng Võ Văn Kiệt ký quyết định số 367 ngày 4 tháng 6 năm 1996.")
    assert (plan.kind, plan.text, plan.date, plan.relation) == (
        Kind.SHORT, "kế hoạch số 437", dt.date(2014, 10, 10), Relation.IMPLEMENTS)
    assert (decision.text, decision.date) == ("quyết định số 367", dt.date(1996, 6, 4))
    assert extract("theo mẫu quyết định số 16 tại Phụ lục; kế hoạch 5 năm; Hội đồng quyết định 1 thí sinh") == []


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_numbers_that_are_not_references_are_not_found(text: str) -> None:
    """Fractions, standards, counters, dates, times, phones, forms, law schools and websites
    are not references."""
    assert [m.text for m in extract(text) if m.kind is not Kind.ANAPHOR] == []


def test_list_shares_the_type_word_and_the_issuer_goes_on_the_last_item() -> None:
    """In "các Nghị định số A và B", B is a reference; an issuer after a list is on its last item."""
    text = "thay thế các Nghị định số 81/2021/NĐ-CP và 97/2023/NĐ-CP của Chính phủ"
    found = list(find_references(text))
    assert [m.canonical for m in found] == ["81/2021/NĐ-CP", "97/2023/NĐ-CP"]
    assert [m.doc_type.name for m in found if m.doc_type] == ["Nghị định", "Nghị định"]
    assert [m.issuer_name for m in found] == [None, "Chính phủ"]


def test_named_documents_and_short_references() -> None:
    """Laws cited by name and "Nghị định 42" are mentions of their own kinds."""
    text = "Căn cứ Luật Đất đai năm 2024; theo Nghị định 42 và Hiến pháp năm 2013."
    found = extract(text)
    assert [(m.kind.value, m.text) for m in found] == [
        ("named", "Luật Đất đai năm 2024"), ("short", "Nghị định 42"),
        ("named", "Hiến pháp năm 2013")]
    assert found[0].relation is Relation.BASED_ON


def test_a_law_cited_by_name_has_no_title_but_a_party_resolution_has() -> None:
    """A law's name is its title: "Luật Nhà ở 2023 về bán nhà ở xã hội" says what the text
    reads in it. A Party resolution named by its meeting keeps its "về …" title."""
    text = "Theo Luật Nhà ở 2023 về bán nhà ở xã hội, người mua; Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng."
    law, resolution = extract(text)
    assert (law.title, resolution.title) == (None, "xây dựng Đảng")


def test_a_short_reference_in_lower_case() -> None:
    """"(nay là nghị định 08)", "theo chỉ thị 16": a type word that is only ever a noun cites a
    document in lower case too."""
    text = ("Được thành lập theo Nghị định 81 (nay là nghị định 08); giãn cách theo chỉ thị 16 trong 15 ngày; Hồ "
            "Chí Minh ký sắc lệnh số 14, quyết định tổ chức bầu cử.")
    assert [(m.kind.value, m.text) for m in extract(text)] == [
        ("short", "Nghị định 81"), ("short", "nghị định 08"), ("short", "chỉ thị 16"), ("short", "sắc lệnh số 14")]


def test_a_short_reference_may_state_its_year() -> None:
    """"Nghị quyết 60 năm 2025" names the resolution of that year; "5 năm 2021-2025" counts."""
    text = "Theo Nghị Quyết 60 năm 2025 và Quyết định số 18 năm 2021 của Thủ tướng; Kế hoạch 5 năm 2021-2025."
    assert [(m.text, m.kind) for m in extract(text)] == [
        ("Nghị Quyết 60", Kind.SHORT), ("Quyết định số 18", Kind.SHORT)]


def test_context_is_read_after_a_code_joined_by_a_dot() -> None:
    """"84/2004/QĐ.UB ngày …": the symbol stops at the dot; its date, issuer and title are read."""
    [m] = extract("Căn cứ Quyết định số 84/2004/QĐ.UB ngày 09/8/2004 của UBND tỉnh về việc phân cấp quản lý;")
    assert (m.date, m.issuer_name, m.title) == (dt.date(2004, 8, 9), "UBND tỉnh", "phân cấp quản lý")


def test_a_wrapped_line_starting_with_dieu_goes_on_with_the_sentence() -> None:
    """"khoản 1⏎Điều 20 Thông tư …" wraps a line; "⏎Điều 20. Tên" opens an article."""
    text = ("Căn cứ quy định tại điểm a khoản 1\nĐiều 20 Thông tư số 38/2015/TT-BTC thì: khai bổ sung.\n"
            "Điều 2. Thông tư số 39/2018/TT-BTC có hiệu lực.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS]


@pytest.mark.parametrize(
    "header",
    [
        "Số: 496/TCT-KK Hà Nội, ngày 06 tháng 02 năm 2018\nV/v hoàn thuế",  # OCR: one line
        "|\nSố: 496/TCT-KK\n*V/v hoàn thuế*\n|\n*Hà\nNội, ngày 06 tháng 02 năm 2018*\n|",  # a table, the V/v first
        "|\nSố: 496/TCT-KK\n|\n*Hà Nội**, ngày 06 tháng 02 năm 2018*\n|",  # markup closed before the comma
        "|\nSố:\n496/TCT-KK\n*V/v hoàn thuế.*\n|\n*Hà Nội, ngày 06 tháng 02 năm 2018*\n|",  # the V/v line's full stop
        "|\nSố: 496/TCT-KK\n|\n*Hà Nội ngày 06\ntháng 02 năm 2018*\n|",  # no comma after the place
        "|\nSố: 496/TCT-KK\n|\n*Hà Nội, ng**ày 06 tháng 02 năm 2018*\n|",  # bold inside a word
        "|\nSố: 496/TCT-KK\n|\n*Hà Nội,\nngày 06 tháng 0**2** năm 2018** *\n|",
        # the V/v line wrapped before an acronym
        "|\nSố: 496/TCT-KK\n*V/v thuế suất thuế\nGTGT*\n|\n*Tây\nNinh, ngày 06 tháng 02 năm 2018*\n|",
    ],
)
def test_a_texts_own_number_takes_the_header_date(header: str) -> None:
    [m] = extract(f"TỔNG CỤC THUẾ\n{header}\n\nKính gửi: Cục Thuế tỉnh.")
    assert (m.is_self, m.date) == (True, dt.date(2018, 2, 6))


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh "
         "phúc_________________ Hà Nội, ngày 30 tháng 6 năm 2025 |", dt.date(2025, 6, 30)),
        ("------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh "
         "phúc------------------ |", None),
    ],
)
def test_a_header_table_read_as_one_line(header: str, date: dt.date | None) -> None:
    """The issuer's underline before "Số:", and the date after the national motto, on one line."""
    [m] = extract(f"{header}\n\n**NGHỊ ĐỊNH**\n\n**Quy định về đào tạo**")
    assert (m.is_self, m.date) == (True, date)


def test_a_document_in_the_headers_subject_cell_is_not_dated_by_the_header() -> None:
    """"Số: A⏎*V/v … triển khai Nghị định B*⏎|⏎*Hà Nội, ngày …*": the header's date is the
    letter's own, past its subject; B, cited in the subject, is not dated by it."""
    text = ("VĂN PHÒNG CHÍNH PHỦ\n|\nSố: 11306/VPCP-NN\n*V/v\nđề xuất giải pháp trong việc triển khai Nghị định\n"
            "136/2025/NĐ-CP*\n|\n*Hà Nội, ngày 18 tháng 11 năm 2025*\n|\n\nKính gửi: Bộ Nông nghiệp và Môi trường.")
    own, cited = extract(text)
    assert (own.is_self, own.date) == (True, dt.date(2025, 11, 18))
    assert (cited.canonical, cited.date) == ("136/2025/NĐ-CP", None)


def test_title_and_issuer_keep_the_characters_as_written() -> None:
    """Look-alikes are replaced only for matching: the title and issuer keep the source's
    dash, in NFC even when the source was NFD."""
    text = unicodedata.normalize("NFD", "Kế hoạch số 1191/KH-UBND của Ban Tổ chức – Cán bộ về sắp xếp "
                                 "đơn vị hành chính giai đoạn 2023 – 2025.")
    [m] = extract(text)
    assert (m.issuer_name, m.title) == ("Ban Tổ chức – Cán bộ", "sắp xếp đơn vị hành chính giai đoạn 2023 – 2025")


def test_a_parenthesised_amendment_reads_as_passive_and_an_exception_ends_a_title() -> None:
    text = ("Theo Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung tại Luật số 52/2019/QH14) và Nghị định số "
            "52/2024/NĐ-CP của Chính phủ về thanh toán không dùng tiền mặt, trừ các chứng từ nộp tiền mặt.")
    law, amending, decree = extract(text)
    assert law.links == ()
    assert links_of(amending) == [(Relation.AMENDS, law.start)]
    assert decree.title == "thanh toán không dùng tiền mặt"


def test_a_title_ends_before_what_amended_the_document() -> None:
    """"… về X được sửa đổi, bổ sung bởi Nghị định …" says what amended the document; but
    "công bố thủ tục hành chính được sửa đổi, bổ sung" is a title's own words."""
    text = ("Căn cứ Nghị định số 83/2014/NĐ-CP của Chính phủ về kinh doanh xăng dầu được sửa đổi, bổ sung bởi "
            "Nghị định số 95/2021/NĐ-CP; Quyết định số 3740/QĐ-BTC về việc công bố thủ tục hành chính được sửa "
            "đổi, bổ sung trong lĩnh vực đấu thầu;")
    assert [m.title for m in extract(text)] == [
        "kinh doanh xăng dầu", None, "công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đấu thầu"]


def test_a_title_ends_before_what_updated_the_document() -> None:
    """"… được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết B": B updated it."""
    first, _ = extract("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học được sửa "
                       "đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;")
    assert first.title == "đột phá phát triển khoa học"


def test_a_spaced_vv_opens_the_title_and_ends_the_place() -> None:
    [m] = extract("Căn_cứ Quyết_định số 114/2004/QĐ-UB ngày 04/11/2004 của UBND tỉnh V / v đổi tên Ban Dân_tộc ;")
    assert (m.issuer_name, m.title) == ("UBND tỉnh", "đổi tên Ban Dân tộc")


def test_a_short_reference_may_give_number_and_year() -> None:
    """"Nghị định 07/2025" (no codes) is short, with its year; it points at the full mention
    of that year only."""
    text = ("Nghị định 07/2025 sửa đổi quy định về hộ tịch; Nghị định 07/2025/NĐ-CP có hiệu lực. "
            "Nghị định 15/2021 khác Nghị định 15/2020/NĐ-CP.")
    found = extract(text)
    assert [(m.text, m.kind, m.year) for m in found] == [
        ("Nghị định 07/2025", Kind.SHORT, 2025), ("Nghị định 07/2025/NĐ-CP", Kind.REFERENCE, 2025),
        ("Nghị định 15/2021", Kind.SHORT, 2021), ("Nghị định 15/2020/NĐ-CP", Kind.REFERENCE, 2020)]
    assert [m.refers_to for m in found if m.kind is Kind.SHORT] == [found[1].start, None]


def test_a_short_reference_with_a_year_finds_that_years_document_past_others() -> None:
    """Between "Nghị định 15/2021" and Nghị định 15/2021/NĐ-CP stands Nghị định 15/2020/NĐ-CP:
    the short one still means the 2021 decree; one without a year means the nearest."""
    text = ("Nghị định 15/2021/NĐ-CP quy định A. Nghị định 15/2020/NĐ-CP quy định B. Theo Nghị định 15/2021, "
            "và Nghị định 15.")
    decree_2021, decree_2020, short_with_year, short = extract(text)
    assert (short_with_year.refers_to, short.refers_to) == (decree_2021.start, decree_2020.start)


def test_a_footnote_mark_ends_the_sentence() -> None:
    """".[5] Đồng thời, … thực hiện <doc>": the cue belongs to the next sentence, not to the
    document of the sentence before the footnote mark."""
    text = ("Chính phủ ban hành Nghị quyết số 76/NQ-CP về cải cách hành chính.[5] Đồng thời, "
            "các bộ thực hiện Nghị quyết số 18-NQ/TW.")
    first, second = extract(text)
    assert first.links == ()
    assert second.relation is Relation.IMPLEMENTS


def test_short_reference_points_at_the_full_one() -> None:
    """A short reference resolves to the full mention with the same type and number."""
    text = "Nghị định 42/2025/NĐ-CP quy định … Theo Nghị định 42, Bộ Y tế có 20 đơn vị."
    full, short = extract(text)
    assert short.kind is Kind.SHORT
    assert short.refers_to == full.start


def test_date_and_issuer_stated_before_the_reference() -> None:
    """News puts the date and the issuer first: "Ngày …, Chính phủ ban hành Nghị định …"."""
    [m] = extract("Ngày 03/9/2025, Chính phủ ban hành Nghị định số 238/2025/NĐ-CP quy định về học phí.")
    assert (m.date.isoformat() if m.date else None, m.issuer_name) == ("2025-09-03", "Chính phủ")
    assert m.title is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ngày 10/11, Chính phủ ban hành Nghị định 293/2025/NĐ-CP quy định mức lương.", dt.date(2025, 11, 10)),
        # no year in the symbol, or no such day: no date
        ("Ngày 10/11, Bộ Tài chính ban hành Công văn 293/BTC-CST.", None),
        ("Ngày 31/2, Chính phủ ban hành Nghị định 2/2025/NĐ-CP.", None),
    ],
)
def test_a_lead_date_without_a_year_takes_the_symbols(text: str, date: dt.date | None) -> None:
    [m] = extract(text)
    assert m.date == date


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # a bare year after the symbol, as Q&A headlines write it
        ("Toàn văn Quyết định 763/QĐ-BXD 2025 về việc ban hành Quy chế hoạt động.", "ban hành Quy chế hoạt động",
         None),
        ("Quy định 105-QĐ/TW 2017 của Ban Chấp hành Trung ương về phân cấp quản lý cán bộ.",
         "phân cấp quản lý cán bộ", "Ban Chấp hành Trung ương"),
        # a body after a comma that opens the next clause is no joint issuer
        ("tại Công văn 18505-CV/VPTW của Văn phòng Trung ương Đảng, Thủ tướng Chính phủ đã ban hành", None,
         "Văn phòng Trung ương Đảng"),
    ],
)
def test_context_after_a_bare_year_and_before_a_new_clause(text: str, title: str | None, issuer: str | None) -> None:
    [m] = extract(text)
    assert (m.title, m.issuer_name) == (title, issuer)


def test_a_semicolon_starts_a_new_item_of_a_basis() -> None:
    """"Căn cứ …; Nghị định A … quy định chi tiết thi hành Pháp lệnh phí; Nghị định B … sửa đổi
    … Nghị định A": B is a further basis, not what A guides."""
    text = ("Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03/6/2002 của Chính phủ quy định chi tiết thi hành Pháp "
            "lệnh phí; Nghị định số 24/2006/NĐ-CP ngày 06/3/2006 của Chính phủ sửa đổi, bổ sung một số điều của "
            "Nghị định 57/2002/NĐ-CP;")
    first, second, amended = extract(text)
    assert (first.links, second.relation) == ((), Relation.BASED_ON)
    assert links_of(second) == [(Relation.AMENDS, amended.start)]


RELATIONS = [
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", "based_on"),
    ("Triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị,", "implements"),
    ("Tòa án căn cứ vào hồ sơ và Nghị định số 30/2020/NĐ-CP để xử lý.", "mentions"),
    ("Các đơn vị triển khai các văn bản hướng dẫn thi hành Luật số 23/2008/QH12.", "mentions"),
    # implementing an article of a document implements the document; an act "do" with it does not
    ("(Thực hiện điểm a khoản 2 Điều 28 Luật số 39/2024/QH15)", "implements"),
    ("Hợp đồng vô hiệu do có đối tượng không thể thực hiện được (Điều 408 Luật số 91/2015/QH13).", "mentions"),
    # an answer resting on a provision, inside its sentence
    ("Việc mua bảo hiểm nhằm bảo vệ an toàn xã hội căn cứ tại khoản 1 Điều 8 Luật số 08/2022/QH15.", "based_on"),
    ("Bị cáo có quyền gì hay không thì căn cứ quy định tại Điều 61 Luật số 101/2015/QH13 như sau:", "based_on"),
    ("Đề nghị Công ty căn cứ quy định tại Nghị định số 69/2018/NĐ-CP để thực hiện.", "mentions"),
    ("Trước đây, căn cứ tại khoản 1 Điều 20 Luật số 81/2006/QH11 (hết hiệu lực) quy định:", "mentions"),
    ("Khi sắp xếp thì căn cứ vào phạm vi của tỉnh theo quy định của Luật số 27/2023/QH15.", "mentions"),
    ("Thực hiện theo quy định tại Điều 3 Thông tư số 01/2011/TT-BNV.", "mentions"),
    ("Để cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy ban hành chương trình.", "implements"),
    ("Theo tinh thần Nghị quyết số 57-NQ/TW, cần đẩy mạnh chuyển đổi số.", "mentions"),
    ("Thực hiện yêu cầu trên, Nghị định số 12/2025/NĐ-CP đã cắt giảm thủ tục.", "mentions"),
    ("Đồng thời, căn cứ theo khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP quy định như sau:", "based_on"),
    ("Lưu ý: Căn cứ khoản 1 Điều 164 Luật số 27/2023/QH15 thì hợp đồng phải công chứng.", "based_on"),
    ("2. Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 343/ĐA-CP, tổ chức thực hiện.", "mentions"),
    ("Cuộc cải cách được thực hiện dựa trên Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.",
     "mentions"),
    ("việc khám sức khỏe thực hiện nghĩa vụ quân sự, nội dung này chưa được quy định trong Luật số "
     "78/2015/QH13;", "mentions"),
]


@pytest.mark.parametrize(("text", "relation"), RELATIONS)
def test_relation_follows_the_cue_and_its_subject(text: str, relation: str) -> None:
    """The text's relation comes from the cue before the reference, if the text is its subject."""
    [m] = list(find_references(text))
    assert m.relation.value == relation


def test_document_to_document_links() -> None:
    """Links record what one cited document does to another."""
    text = ("Chính phủ ban hành Nghị định số 16/2025/NĐ-CP ngày 04/2/2025 sửa đổi, bổ sung một "
            "số điều của Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ quy định chi "
            "tiết một số điều của Luật Dân quân tự vệ.")
    a, b, c = extract(text)
    assert [(link.relation.value, link.target) for link in a.links] == [("amends", b.start)]
    assert [(link.relation.value, link.target) for link in b.links] == [("guides", c.start)]
    assert a.relation is b.relation is Relation.MENTIONS


def test_offsets_index_the_original_nfd_string() -> None:
    """On NFD input the offsets still slice the caller's string to the mention."""
    nfc = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ"
    nfd = unicodedata.normalize("NFD", nfc)
    [a] = extract(nfc)
    [b] = extract(nfd)
    assert nfd[b.start:b.end] == b.text
    assert unicodedata.normalize("NFC", b.text) == a.text
    assert (a.canonical, a.date, a.issuer_name) == (b.canonical, b.date, b.issuer_name)


_FILLER = st.sampled_from(["Theo ", "và ", "; ", ", ", "Căn cứ ", "thực hiện ", "\n", "các "])


@given(st.lists(st.tuples(_FILLER, references()), min_size=1, max_size=6), _FILLER)
def test_planted_references_are_all_found_with_exact_offsets(
    parts: list[tuple[str, Reference]], tail: str
) -> None:
    """References planted in filler text are found, in order, at the planted offsets (a
    number with a letter after "số", as running text needs)."""
    text, planted = "", []
    for filler, ref in parts:
        text += filler + ("số " if ref.letter else "")
        planted.append((len(text), str(ref)))
        text += str(ref) + " "
    text += tail
    found = list(find_references(text))
    assert [(m.start, m.canonical) for m in found] == planted
    assert all(text[m.start:m.end] == m.text for m in found)


@given(st.text(max_size=300))
def test_extract_never_crashes_and_offsets_slice_the_input(text: str) -> None:
    """Any text: mentions are sorted, do not overlap, and slice the input exactly."""
    found = extract(text)
    assert all(text[m.start:m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@given(references(), st.characters(categories=("Lu", "Ll")),
       st.lists(st.tuples(st.integers(0, 40), st.characters(), st.booleans()), max_size=3), _FILLER)
def test_symbols_with_stray_characters_never_crash(
    ref: Reference, letter: str, edits: list[tuple[int, str, bool]], lead: str
) -> None:
    """A symbol with any letter glued to its number ("Số: 5Ï/TCT-TTKT", as OCR writes 51) and any
    other character put in or swapped: what is found still slices the input, and nothing raises."""
    symbol = str(ref)
    cut = next(i for i, char in enumerate(symbol) if char in "/-")
    chars = list(f"{lead}số {symbol[:cut]}{letter}{symbol[cut:]} ngày 1/2/2020")
    for wanted, char, replace in edits:
        at = min(wanted, len(chars) - 1)
        if replace:
            chars[at] = char
        else:
            chars.insert(at, char)
    text = "".join(chars)
    found = extract(text)
    assert all(text[m.start:m.end] == m.text for m in found)


def test_a_foreign_letter_after_a_number_is_read_folded() -> None:
    """"Số: 5Ï/TCT-TTKT" (OCR for 51): the letter is read as its plain form, not refused."""
    [m] = extract("Số: 5Ï/TCT-TTKT Hà Nội")
    assert m.reference is not None
    assert m.reference.letter == "i"


@pytest.mark.parametrize(
    "hostile",
    ["số 1/" * 20000, "-" * 100000, "“" + "a " * 50000, "1/" * 50000, "Nghị định " * 10000,
     "16/CT-" * 20000, "Căn cứ " * 10000, "về việc “" * 10000, "a" + "\u0301" * 100000,
     "Nghị định này " * 10000, "thực hiện 16/CT-TTg, " * 5000,
     "số** 2**/" * 10000, "1**/" * 20000,
     'Nghị định số 30/2020/NĐ-CP về việc "a" ' * 5000, "Luật sửa đổi Luật Đất đai, " * 5000,
     "Bãi bỏ các văn bản sau:\n1. Quyết định số 1/2020/QĐ-UBND\n" * 2000, "a, b có ý kiến " * 10000,
     "Luật A được sửa đổi bởi Luật số 1/2020/QH14 và Luật số 2/2021/QH14 hết hiệu lực, " * 2000,
     "Thông tư 1/2020/TT-BTC hướng dẫn Luật B và hướng dẫn Nghị định 2/2020/NĐ-CP, " * 2000,
     "Căn cứ Nghị định 1/2020/NĐ-CP" + "; Nghị định 2/2020/NĐ-CP" * 5000,
     "Luật sửa đổi Luật Giá; Luật Phí; " * 3000, "Huyện ủy đã ban hành Nghị quyết số 1-NQ/HU; " * 2000,
     "A (được sửa đổi bởi Luật B, " * 3000, "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến " * 1500,
     'Nghị định 1/2020/NĐ-CP về " a ' * 5000, "Quyết định 5/QĐ-UBND của Bộ A, Bộ B, Bộ C tại " * 3000,
     "Căn cứ các Nghị định của Chính phủ số 1/2004/NĐ-CP về Luật Đất đai; " * 2000, "Hướng dẫn 52 HD/BTCTW " * 5000,
     # many cues in one sentence before a single far mention
     "thay thế cụm từ " * 6000 + "Nghị định 1/2020/NĐ-CP", "căn cứ tại khoản 1 " * 5000 + "Luật số 1/2020/QH14",
     "điều chỉnh " * 8000 + "Nghị định 1/2020/NĐ-CP",
     "hướng dẫn quy định tại điểm a và b, c và " * 3000 + "Nghị định 1/2020/NĐ-CP",
     "Nghị định 1/2020/NĐ-CP (sau đây gọi là Nghị định 1) và " * 2000, "Quyết định 5/QĐ-UBND (1-1-2020) " * 3000,
     "**^**Quyết định 56-CP về việc a do Chính phủ ban hành\n" * 2000, "49/2025TT-BCT " * 5000,
     "Nghị quyết 23-NQ/TW về văn học nêu rõ: " * 3000, "A, B và được sửa đổi bởi Thông tư 1/2020/TT-BTC, " * 2000,
     "Nghị quyết 42 2017 QH14 " * 4000, "Kết luận 205 KL TW " * 5000,
     "Xét đề nghị của Bộ A tại văn bản số 1/TTr-BCT; của Bộ B tại văn bản số 2/TTr-BNV; " * 2000,
     "Có Thông tư thay thế Thông tư 133 2016/TT-BTC chưa? " * 2000,
     "Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành Quyết định số 1/QĐ-BCN; " * 2000,
     "Luật A và Luật B (được bổ sung bởi Luật C) và " * 3000, 'Kế hoạch 1/KH-UBND về a "b; c" ' * 3000,
     "Công văn 1-CV/ĐU của Đảng ủy Bộ Tài chính và " * 3000, "x\nThực hiện Nghị quyết 1-NQ/TW " * 3000,
     "Luật A (đã được sửa đổi năm 2020), " * 3000 + "Nghị định 1/2020/NĐ-CP",
     "Bộ A ban hành Công văn 1/BTC-VP.\nTheo đó, thực hiện Kết luận 2-KL/TW. " * 2000,
     "Căn cứ Thông tư 1/2020/TT-BTC, Bộ Tài chính sửa đổi Thông tư 2/2020/TT-BTC đã được sửa đổi theo " * 1500,
     "Công văn thực hiện Công văn 1-CV/BCĐ, " * 3000, "có hiệu lực kể từ ngày ký ban hành (" * 3000,
     "về X, tầm nhìn đến năm 2045 xác định " * 3000 + "Nghị quyết 36-NQ/TW",
     "Sửa đổi Luật A số 1/2020/QH14 đã được sửa đổi theo Luật số 2/2021/QH14, Luật số 3/2021/QH14 quy định về x; "
     * 1500, "ngày 1/1/2020, đồng chí A, " * 5000 + "ký ban hành Quyết định 1/QĐ-TTg",
     "Luật A số 1/2020/QH14" + "; x được quy định chi tiết tại" * 5000 + " Nghị định 1/2020/NĐ-CP",
     "Căn cứ kiểm điểm " + "x Luật Đất đai 2024 " * 4000 + "theo Nghị định 1/2020/NĐ-CP",
     "Nghị quyết 1-NQ-TW về a (b), c và " * 3000, "bãi bỏ nội dung “a” tại " * 3000 + "Thông tư 1/2020/TT-BTC",
     "Ngày 1/1/2020, thay mặt Bộ A, " * 3000 + "đồng chí B đã ký ban hành Quyết định 1/QĐ-TTg",
     "đồng bộ Luật A " * 5000, "Ngày 1/1/2020, Hội A, Bộ B ban hành Quyết định 1/QĐ-BTC, " * 2000,
     "Nghị quyết Đại hội đại biểu " * 3000, "Theo Công văn 1/BTC-VP có nêu:\n" + "- Căn cứ Luật Giá;\n\n" * 3000,
     "Kết luận 1-\nKL/TW, 2/\n" * 3000,
     "Nghị định 1/2020/NĐ-CP sửa đổi "
     + "Nghị định 2/2019/NĐ-CP ngày 1/1/2019 quy định chi tiết Luật Giá về a; " * 1500,
     "Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Trung ương Đảng (khoá " * 2000,
     "Nghị định số 1/2020/NĐ-CP (Nghị định 1) sửa đổi " * 2000, "x được sửa đổi, bổ sung và " * 3000
     + "Nghị định 1/2020/NĐ-CP", "Điều 5 Thông tư 1/2020/TT-BTC quy định a như sau:\n\n- Căn cứ Luật Giá;\n" * 2000,
     "1.1.1." * 5000 + "Điều 5 Thông tư 1/2020/TT-BTC nêu rõ:\n- Căn cứ Luật Giá",
     "Nghị định 1/2020/NĐ-CP sửa đổi " + "khoản 2 Điều 5 Nghị định 2/2019/NĐ-CP, " * 2000,
     "Nghị định 1/2020/NĐ-CP sửa đổi " + "Nghị định 2/2019/NĐ-CP, " * 4000,  # one verb, thousands of objects
     "quy định trong Hiến pháp, điều 4 Hiến pháp " * 2000, "A hết hiệu lực thay vào đó là " * 3000,
     "Nghị định 1/2020/NĐ-CPquy " * 3000, "Nghị định 73 nằm " * 4000,
     "Thông tư 1/2025/TT-BTC sửa đổi " + "Thông tư 2/2020/TT-BTC hướng dẫn a; " * 3000,
     "bổ sung “a” tại khoản 1 Điều 1 của " * 3000 + "Nghị định 1/2020/NĐ-CP", ("x" * 70 + "\n") * 5000,
     "Điều 1 Luật Giá quy định như sau:\n\n"
     + "1. Luật này và Luật Giá 2023 hết hiệu lực kể từ ngày Luật này; \n" * 2000,
     "Nghị định 1/2020/NĐ-CP thay thế " + "Điều 1, 2, 3, 4, 5, " * 4000 + "Nghị định 2/2020/NĐ-CP",
     "Ngày 1/1/2020 Bộ Tài chính ra Nghị quyết số 1 " * 3000,
     "[1] - Công văn 1/TANDTC-PC về Nghị quyết 2/2017/QH14 do Tòa án nhân dân tối cao ban hành\n" * 2000,
     "[1] - Công văn 1/TANDTC-PC" + " do" * 20000 + " Bộ Tài chính ban hành\n",
     "- Công văn 1/BTC-VP về " + "Nghị quyết 2/2017/QH14, " * 4000 + "do Bộ Tài chính ban hành\n",
     "Luật Giá quy định như sau: " + "Luật này và " * 20000,
     "Nghị quyết 66.7/2025/NQ-CP " * 5000 + "66." * 20000 + "66.7/" * 20000,
     "Các Quyết định sau hết hiệu lực khi Quyết định 1/QĐ-BCT có hiệu lực:\n"
     + "+ Mục 1 phần 2 điều 3 khoản 4 tại Quyết định 2/QĐ-BCT;\n" * 3000 + "+ Mục 1 " * 20000,
     "Căn cứ Luật Đầu tư số 61/2020/QH14;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư "
     "số 1/2025/QH15;\n" * 2000,
     "Căn cứ Thông tư 1/2020/TT-BTC có nêu: " + "Thông tư 2/2020/TT-BTC: nêu " * 5000,
     "Luật Đầu tư 2020 đã được sửa đổi theo Luật Điện ảnh 2022, " + "Luật Nhà ở 2023; " * 5000,
     "Luật số 1/2025/QH15 sửa đổi một số điều của 11 Luật (trong đó có Luật Đất đai " * 3000,
     "Phó Thủ tướng Chính phủ" + " vừa qua" * 20000 + " đã ký Quyết định số 1/QĐ-TTg",
     "\"Nghị quyết sửa đổi Luật Đất đai\". " * 5000,
     "Quyết định 1/QĐ-TTg **được bổ sung** bởi:\n\n" + "- Khoản 1 Điều 1 Quyết định 2/QĐ-TTg\n\n" * 3000,
     "**sửa** " * 20000 + "Nghị định 1/2020/NĐ-CP",
     "Luật sửa đổi bộ luật Hình sự" + ", luật kế toán" * 10000,
     "Luật A 2015 có cụm từ bị bãi bỏ bởi Luật B 2020" + ", có cụm từ bị thay thế bởi Luật C 2020" * 3000,
     "Ngày 24/10/2025, UBND TP" + ". TP" * 20000 + " ban hành Công văn 5744/UBND-NC",
     "Luật A số 1/2015/QH13 đã được sửa đổi theo" + " Luật số 2/2019/QH14 và" * 5000
     + " hết hiệu lực kể từ ngày Luật này",
     "Bổ sung Quyết định 1/QĐ-CHQ " + "về việc quy định " * 10000 + "như sau:",
     "Luật A được sửa đổi cùng thời điểm " + "các luật về bộ máy (Luật B), " * 5000,
     "Luật A được sửa đổi, bổ sung năm 2020" + "; thẩm quyền" * 20000 + " Nghị định số 87/2020/NĐ-CP",
     "Nghị định số 1/2020/NĐ-CP và " * 5000 + "hướng dẫn Luật Đất đai",
     "Tại Nghị quyết số 1/2025/NQ-UBTVQH15 về " + "điều chỉnh, " * 10000 + "quyết nghị: Bổ sung",
     "Thông tư này thay thế " + "Thông tư số 1/2020/TT-BTC ngày 1/1/2020 của Bộ Tài chính; " * 3000,
     "Thông tư 1/2020/TT-BTC bị bãi bỏ một số điều bởi " * 4000,
     'Quyết định 1/2020/QĐ-UBND về việc ban hành "Quy chế a ' * 4000,
     "thay thế các Quyết định sau đây:\n" + "- Quyết định 1/2020/QĐ-UBND và Quyết định 2/2020/QĐ-UBND\n" * 3000,
     "thực hiện " + "a, nên b, " * 20000 + "Quyết định 1/2020/QĐ-UBND",
     "Nghị định 1/2020/NĐ-CP quy định về a do " * 4000, "Nghị định 1/2020/NĐ-CP về a được Chính phủ ban " * 4000,
     "Nghị định 1/2020/NĐ-CP được sửa đổi tại Nghị định 2/2021/NĐ-CP và hướng dẫn tại " * 2000,
     "Quyết định 1/QĐ-CT về Danh sách " + "do Chi cục Thuế " * 10000 + "quản lý",
     "các văn bản hướng dẫn thi hành Luật A:\n" + "- Nghị định 1/2020/NĐ-CP về a\n" * 3000,
     "Ngày 1/1/2020, Hội đồng (Chính phủ) (a b) ban hành Quyết định 1/QĐ-UBND, " * 2000,
     "Luật A (AB) được Quốc hội khóa XV tại Kỳ họp bất thường lần thứ 9 " * 3000,
     "Quyết định 1/QĐ-UBND về việc a" + ", ngày 1/1/2020" * 10000,
     "Luật A 2013 được sửa đổi bởi " + "khoản 1 Điều 1 Luật Đất đai 2024; " * 3000,
     "Điều 1 Thông tư 1/2020/TT-BTC quy định như sau:\n\nĐiều 1. Bổ sung khoản 1 Điều 2 Luật A\n" * 2000,
     "Quyết định 1/QĐ-UBND về việc a do Bão số 3 do Đảng, Nhà nước giao " * 2000,
     "Ngày 1/1/2020, tại Quyết định 1/QĐ-TTg, Bộ A đã nhanh chóng ban hành Nghị định 2 khoản 1 Điều 2, Điều 3 "
     "của Luật B; " * 2000,
     "Thông tư 1/2020/TT-BTC quy định chi tiết " + "khoản 1 Điều 2, " * 10000 + "của Luật Giá",
     "Điều 5 BLHS năm 2015, BLTTDS 2015 và BLĐTBXH " * 5000,
     "Bãi bỏ " + "các khoản 1, 2 Điều 3; Phụ lục I và IV; " * 5000 + "của Thông tư 1/2020/TT-BTC",
     "Nghị quyết 1/2020/NQ-HĐND hướng dẫn a (thực hiện Điều 2 Luật Thủ đô 2024) " * 2000,
     "Thực hiện Nghị quyết 1/NQ-CP, " + "Bộ Tài chính đã ban hành Công văn 2/BTC-NSNN, " * 3000,
     "Quyết định 1/2025/QĐ-UBND có hiệu lực kể từ ngày 1/1/2025. Đồng thời, bãi bỏ Quyết định 2/QĐ-UBND. " * 2000,
     "Căn cứ Điều 8 Thông tư 1/2020/TT-BTC quy định " * 5000,
     "Giao Sở A có trách nhiệm thực hiện " * 5000,
     "Bộ Quy tắc do Bộ trưởng Bộ Y tế ban hành kèm theo Thông tư 1/2020/TT-BYT " * 3000,
     "Luật A 2010, được sửa đổi bởi Luật B 2012; được bổ sung bởi Nghị định 1/2020/NĐ-CP; " * 2000,
     "## Tổ chức thực hiện Quyết định 1/QĐ-TTg thì\n" * 4000,
     "Quyết định 1/QĐ-UBND ngày 1 " + "*" * 50000 + " tháng 1 năm 2020", "ngày** 1 **tháng** 1* *năm " * 4000,
     "Thông tư 1/2020/TT-BTC hướng dẫn Luật Giá do Bộ Tài chính ban hành " * 2000,
     "Nghị quyết 1/NQ-CP về việc:\n- " * 4000, "của Chính* *phủ " * 5000],
)
def test_hostile_input_finishes(hostile: str) -> None:
    """Long repetitive input is handled (time is measured in bench/, not asserted here)."""
    found = extract(hostile)
    assert all(hostile[m.start:m.end] == m.text for m in found)


def test_on_reject_sees_candidates_that_did_not_parse() -> None:
    """The debugging hook receives the error for each refused candidate."""
    seen: list[TextError] = []
    extract("số 16/CT - về việc", on_reject=seen.append)
    assert seen
    assert all(isinstance(e, TextError) for e in seen)


def test_issuer_named_after_the_date_without_cua() -> None:
    """Party resolutions name the plenum right after the date: "ngày … Hội nghị … về …"."""
    text = ("Căn cứ Nghị quyết số 11-NQ/TW ngày 3/6/2017 Hội nghị lần thứ năm Ban Chấp hành "
            "Trung ương Đảng khóa XII về hoàn thiện thể chế kinh tế thị trường;")
    [m] = extract(text)
    assert m.issuer_name == "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng"
    assert m.title == "hoàn thiện thể chế kinh tế thị trường"


def test_title_runs_over_an_abbreviation_with_a_dot() -> None:
    """"TP. Hồ Chí Minh" inside a title does not end it."""
    [m] = extract("Kế hoạch số 12/KH-UBND về phát triển du lịch TP. Hồ Chí Minh. Sau đó")
    assert m.title == "phát triển du lịch TP. Hồ Chí Minh"


def test_trien_khai_implements_but_not_per_a_provision() -> None:
    """"Triển khai <ref>" implements it; "triển khai … theo <ref>" only mentions it."""
    [a] = extract("Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị, tỉnh đã tổ chức hội nghị.")
    [b] = extract("Sở đã triển khai các nội dung theo Kế hoạch số 12/KH-UBND.")
    assert (a.relation, b.relation) == (Relation.IMPLEMENTS, Relation.MENTIONS)


_SENTENCES = st.sampled_from([
    "Thực hiện Chỉ thị số {ref} ngày 16/5/2016 của Thủ tướng Chính phủ về “Dân vận”. ",
    "Căn cứ Nghị định số {ref};\n",
    "Ngày 03/9/2025, Chính phủ ban hành văn bản số {ref} về học phí. ",
    "Kết luận {ref} thay thế Quyết định số {ref}. ",
])


@given(st.lists(st.tuples(_SENTENCES, references()), min_size=1, max_size=4))
def test_nfc_and_nfd_texts_give_the_same_mentions(parts: list[tuple[str, object]]) -> None:
    """Decomposed input finds the same references with the same context, offsets mapped."""
    nfc = "".join(sentence.format(ref=ref) for sentence, ref in parts)
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = extract(nfc), extract(nfd)
    assert [(m.canonical, m.kind, m.date, m.issuer_name, m.title, m.relation) for m in a] == [
        (m.canonical, m.kind, m.date, m.issuer_name, m.title, m.relation) for m in b]
    assert all(nfd[m.start:m.end] == m.text for m in b)
    assert [unicodedata.normalize("NFC", m.text) for m in b] == [m.text for m in a]


@given(st.lists(st.tuples(_SENTENCES, references(), st.integers(0, 100)), min_size=1, max_size=4))
def test_emphasis_marks_inside_a_symbol_change_nothing_but_offsets(parts: list[tuple[str, object, int]]) -> None:
    """Markdown bold around a symbol's "/" or "-" ("số** 203**/2025/QH15", "TTr-**CP") reads
    as the plain text does; each mention's text is the source's, marks and all."""
    plain = marked = ""
    for sentence, ref, seed in parts:
        symbol = str(ref)
        joints = [i for i, char in enumerate(symbol) if char in "/-"]
        cut = joints[seed % len(joints)] + seed % 2  # before or after a "/" or "-"
        plain += sentence.format(ref=symbol)
        marked += sentence.format(ref=symbol[:cut] + "**" + symbol[cut:])
    a, b = extract(plain), extract(marked)
    assert [(m.canonical, m.kind, m.date, m.issuer_name, m.title, m.relation) for m in a] == [
        (m.canonical, m.kind, m.date, m.issuer_name, m.title, m.relation) for m in b]
    assert all(marked[m.start:m.end] == m.text for m in b)
    assert [m.text.replace("**", "") for m in b] == [m.text for m in a]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung theo Nghị quyết "
         "số** 88**/2025/QH15**;*", "88/2025/QH15"),
        ("Theo Nghị quyết **số 91**/2025/QH15 của Quốc hội", "91/2025/QH15"),
        ("*Căn cứ Thông tư số 12**/**2024**/**TT-BYT ngày 8/5/2024", "12/2024/TT-BYT"),
        ("tại Tờ trình số 412/TTr-**CP ngày 2/6/2025", "412/TTr-CP"),
        ("kèm theo Quyết định số *77 */2025 /QĐ-UBND)*", "77/2025/QĐ-UBND"),
    ],
)
def test_a_symbol_split_by_emphasis_marks_is_found_whole(text: str, canonical: str) -> None:
    [m] = [m for m in extract(text) if m.kind.value == "reference"]
    assert (m.canonical, text[m.start:m.end]) == (canonical, m.text)
    assert m.text.startswith(("Nghị quyết", "Thông tư", "Tờ trình", "Quyết định"))  # the type word in the span


def test_a_quote_right_after_a_reference_closes_a_quotation() -> None:
    """In 'cụm từ "Nghị định số 151/2025/NĐ-CP";' the quote ends a quotation; no title."""
    [m] = extract('thay cụm từ "Nghị định số 151/2025/NĐ-CP"; cụm từ "Mục 5"')
    assert m.title is None
    [n] = extract('Nghị định số 151/2025/NĐ-CP "Quy định về đất đai"')
    assert n.title == "Quy định về đất đai"


@given(st.text())
def test_folded_and_lowered_views_keep_the_length(text: str) -> None:
    """The folded and lower-cased views have one character per character of the text."""
    from govdoc._text import normalize_text

    norm = normalize_text(text)
    assert len(norm.folded) == len(norm.lowered) == len(norm.text)
    assert norm.source_span(0, len(norm.text)) == (0, len(text))


def test_a_semicolon_starts_a_clause_with_its_own_subject() -> None:
    """"Căn cứ A; Thực hiện B" bases the text on A and implements B; A does not implement B."""
    text = ("Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Thực hiện Kết luận "
            "số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.")
    a, b = extract(text)
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.IMPLEMENTS)
    assert a.links == ()


@pytest.mark.parametrize(
    "text",
    ["khi Luật Quản lý thuế (sửa đổi) được thông qua",
     "V/v Mẫu tờ khai liên quan đến thực hiện Nghị quyết số 98/2023/QH15",
     "góp phần thực hiện thắng lợi mục tiêu của Nghị quyết số 57-NQ/TW"],
)
def test_cue_words_that_are_not_the_texts_action(text: str) -> None:
    """"(sửa đổi)" after a law's name, "liên quan đến thực hiện", "góp phần thực hiện": mentions."""
    assert [(m.relation, m.links) for m in extract(text)] == [(Relation.MENTIONS, ())]


def test_a_list_after_an_implementing_plan_is_not_what_the_plan_implements() -> None:
    """In "Kế hoạch A … thực hiện Nghị quyết B của … và Kế hoạch C ngày … của …", A
    implements B; C is the next item of the list; "của Bộ Chính trị và" ends before "và"."""
    text = ("đặc biệt là Kế hoạch hành động số 01-KH/TU ngày 01/7/2025 của Ban Thường vụ Tỉnh ủy "
            "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kế hoạch số 34-KH/TU ngày "
            "16/01/2026 của Ban Thường vụ Tỉnh ủy về phát triển khoa học.")
    plan, resolution, other = extract(text)
    assert links_of(plan) == [
        (Relation.IMPLEMENTS, resolution.start)]
    assert (plan.issuer_name, resolution.issuer_name) == ("Ban Thường vụ Tỉnh ủy", "Bộ Chính trị")
    assert other.links == ()


def test_a_heading_type_word_before_the_cue_is_the_text_itself() -> None:
    """A line "Kế hoạch triển khai thực hiện Chỉ thị …" heads the text: the text implements it."""
    text = ("Kế hoạch số 34-KH/TU ngày 16/01/2026 về khoa học.\n"
            "Kế hoạch triển khai thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy")
    first, directive = extract(text)
    assert first.links == ()
    assert directive.relation is Relation.IMPLEMENTS


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Khánh Hòa về việc X", "UBND tỉnh Khánh Hòa"),
        ("Quyết định số 12/2020/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch tổng thể", "Thủ tướng Chính phủ"),
        ("Thông tư số 5/2020/TT-BYT của Bộ trưởng Bộ Y tế chẩn đoán bệnh", "Bộ trưởng Bộ Y tế"),
        ("Quyết định số 99/QĐ-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh về X",
         "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh"),
        ("Thông tư liên tịch số 14/2008/TTLT-BTC-BTNMT của Bộ Tài chính và Bộ Tài nguyên và Môi "
         "trường hướng dẫn", "Bộ Tài chính và Bộ Tài nguyên và Môi trường"),
        # a ministry-level committee of the past, joined after a dash
        ("Căn cứ Thông tư liên tịch số 103/2004/TTLT-BTC-UBTDTT ngày 05/11/2004 của Bộ Tài chính - Uỷ ban Thể dục "
         "Thể thao Hướng dẫn chế độ", "Bộ Tài chính - Uỷ ban Thể dục Thể thao"),
        ("Quyết định số 01/2008/QĐ-UBDT của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc về việc X",
         "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
        ("Thông tư số 9/2011/TT-TTCP ngày 1/1/2011 của Bộ trưởng, Tổng Thanh tra Chính phủ về X",
         "Bộ trưởng, Tổng Thanh tra Chính phủ"),
        ("Công văn số 12/UBND-VP của UBND huyện, Chủ tịch Hội đồng về X", "UBND huyện"),
        # a word opening with a lower-case accented letter is no part of a place name
        ("Quyết định số 4170/QĐ-UBND ngày 29/11/2022 của UBND tỉnh được điều chỉnh", "UBND tỉnh"),
        ("Tờ_trình số 1081/TTr-UBND ngày 21/11/2008 của uỷ_ban_nhân_dân tỉnh đề_nghị thông_qua",
         "uỷ ban nhân dân tỉnh"),
        ("nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của chính phủ quy định chi tiết",
         "chính phủ"),
        ("Quyết định số 952/2006/QĐ-UBND ngày 12/10/2006 của Ủy ban nhân dân tỉnh\nỦy ban nhân dân tỉnh",
         "Ủy ban nhân dân tỉnh"),
        # who passed a document on is not who issued it
        ("khoản 1 Điều 12 Nghị định 131/2021/NĐ-CP do Ủy ban nhân dân cấp xã chuyển đến", None),
        ("Điều 11 Nghị định 93/2021/NĐ-CP do Ban Vận động Cứu trợ phối hợp với Ủy ban nhân dân cung cấp", None),
        # "TPHCM" is a place; "trên cơ sở …" says what it was built on; a ministry after its department
        ("Căn cứ theo Điều 1 Nghị quyết 08/NQ-HĐND năm 2025 của HĐND TPHCM có quy định như sau:", "HĐND TPHCM"),
        ("theo Quyết định số 183/QĐ-TM ngày 17/9/1987 của Tổng Tham mưu trưởng trên cơ sở Ban Kiến thiết công trình.",
         "Tổng Tham mưu trưởng"),
        ("Công văn số 380/PB-BTN ngày 19 tháng 5 năm 2025 của Cục Phòng bệnh, Bộ Y tế về việc chủ động phòng bệnh.",
         "Cục Phòng bệnh, Bộ Y tế"),
        # the state named with capitals after a national body
        ("Theo Pháp lệnh số 10-HĐNN ngày 28 tháng 3 năm 1981 của Hội đồng Nhà nước Cộng hòa Xã hội Chủ nghĩa Việt Nam "
         "thì", "Hội đồng Nhà nước Cộng hòa Xã hội Chủ nghĩa Việt Nam"),
        # a provincial department names its place without "tỉnh" or "thành phố"
        ("ban hành kèm theo Quyết định 1038/QĐ-SGDĐT ngày 31/07/2024 của Sở Giáo dục và Đào tạo Hải Phòng.",
         "Sở Giáo dục và Đào tạo Hải Phòng"),
        # who carries it out, where: not who issued it
        ("theo quy định tại khoản 3 Điều 9 Nghị định số 110/2018/NĐ-CP do Ủy ban nhân dân cấp xã nơi tổ chức lễ hội "
         "thực hiện.", None),
        # a law's day between its name and "của": who issued it, not more of its name
        ("- Luật Đầu tư 2020 ngày 17/6/2020 của Quốc hội, có hiệu lực kể từ ngày 01/01/2021;", "Quốc hội"),
        # a local Party committee names its place without "tỉnh" or "huyện"
        ("Nghị quyết số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy Quảng Nam về phát triển du lịch", "Tỉnh ủy Quảng Nam"),
        ("Chương_trình số 02-CTr/TU của Thành_uỷ Hà_Nội về phát_triển nông_nghiệp", "Thành uỷ Hà Nội"),
        ("Kế hoạch số 20-KH/HU của Ban Thường vụ Huyện ủy Khánh Vĩnh Về việc thực hiện",
         "Ban Thường vụ Huyện ủy Khánh Vĩnh"),
    ],
)
def test_issuer_phrases_end_where_the_body_ends(text: str, issuer: str | None) -> None:
    """Registry bodies are read whole (with "và" and commas), then a place, then nothing."""
    [m] = extract(text)
    assert m.issuer_name == issuer


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Chính phủ ban hành Nghị định số **56-CP** về việc điều chỉnh", "56/CP"),
        ("Quyết định 262-HĐBT năm 1990 về việc thành lập", "262/HĐBT"),
        ("Thông tư số 48/2017-TT-BYT của Bộ Y tế", "48/2017/TT-BYT"),
    ],
)
def test_historic_and_mistyped_forms(text: str, canonical: str) -> None:
    """Old "N-CP" decrees (after their type word) and a hyphen after the year still read."""
    assert [m.canonical for m in extract(text)] == [canonical]


def test_historic_form_needs_its_type_word() -> None:
    """Without a type word, "2 - CP" is not read as a decree."""
    assert extract("Phụ lục 2 - CP và mục 3-TTg") == []


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu.", Relation.MENTIONS),
        ("Thực hiện chủ trương của Đảng về phân cấp, Chính phủ đã ban hành Nghị quyết số "
         "08/2004/NQ-CP ngày 30/6/2004.", Relation.MENTIONS),
        ("Đề nghị Cục Thuế tiếp tục triển khai các giải pháp đã được Tổng cục Thuế chỉ đạo tại "
         "Công văn 997/TCT-TTKT ngày 4/4/2022.", Relation.IMPLEMENTS),
    ],
)
def test_whose_action_implements(text: str, relation: Relation) -> None:
    """The publisher ("chúng tôi") or an issuing act in between is not the text implementing."""
    [m] = extract(text)
    assert m.relation is relation


@given(st.text(alphabet='ab"\n ', max_size=60), st.data())
def test_quote_index_agrees_with_counting_from_the_line_start(text: str, data: st.DataObject) -> None:
    """The bisected quote parity equals counting quotes from the start of the line."""
    from govdoc.context import QuoteIndex

    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    line_start = text.rfind("\n", 0, pos) + 1
    assert QuoteIndex(text).inside_quotation(pos) == (text.count('"', line_start, pos) % 2 == 1)


# Words and glue the shortcuts below must not notice: type words, cue words, numbers,
# sentence ends, line breaks, word-segmented "_" and letters glued to words.
_PIECES = st.sampled_from([
    "Nghị định", "nghị định", "Bộ luật", "bộ luật", "Luật", "luật", "pháp luật", "Hiến pháp",
    "Pháp lệnh", "Chỉ thị", "Kế hoạch", "Quyết định", "Thông tư", "Tờ trình", "thông tri",
    "Nghị_định", "này", "nói trên", "trên", "số", "16", "42/2025/NĐ-CP", "16/CT-TTg",
    "114-KL/TW", "năm 2013", "Đất đai", "Giá", "Việt Nam", "thực hiện", "Căn cứ", "căn cứ",
    "sửa đổi, bổ sung", "được sửa đổi bởi", "được", "sửa đổi", "bởi", "thay thế", "bãi bỏ",
    "hết hiệu lực", "hướng dẫn",
    "và", ",", ";", ".", ". ", "\n", "\n\n", "\n- ", " ", "  ", "_", "x", "(", ")", "“", "”",
])


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_shared_type_word_scan_finds_what_each_scan_finds(text: str) -> None:
    """Trying each pattern only where the shared scan found a type word gives exactly the
    matches a scan of its own over the whole text gives."""
    from govdoc import find
    from govdoc._text import normalize_text
    from govdoc.named import find_named

    folded = normalize_text(text).folded
    hits = find._type_word_hits(folded)
    for pattern in (find._SHORT, find._ANAPHOR):
        assert [m.span() for m in matches_at(pattern, folded, hits)] == [
            m.span() for m in pattern.finditer(folded)]
    norm = normalize_text(text)
    assert find_named(norm, hits=hits) == find_named(norm)


# Folded pieces of a subject before a reference: a date, a body with an abbreviation or
# a session number, the verbs, and what breaks a subject.
_LEAD_PIECES = st.sampled_from([
    "ngay 10/11", "ngay 3 thang 9 nam 2025", "03/9/2025", "chinh phu", "bo giao duc (gddt)", "(a)",
    "ky hop thu 10", "quoc hoi", "tinh", "thanh pho", "da", "vua", "se", "bieu quyet", "ky", "ban hanh",
    "thong qua", "ra", "co", "gui", "xay dung", "va trien khai", "x", "ab.cd", ".", ",", ";", "\n",
    "*", "_", "12", "1", "thay mat", "dong chi", "kem theo", "(nay la bo cong thuong)", "( nay la so y te )",
    "(nay la " + "x" * 38 + ")", "tp.", ":", ";", "[", "]", ")", "(", "thu 123", "khoa", "the thao", ", tinh",
    "(nay la a; b)", ".x", "\u0663",
])


@given(st.lists(_LEAD_PIECES, max_size=60).map(" ".join), st.integers(0, 400))
@example("ngay 10/11 , chinh phu (gddt) da ban hanh ", 42)
@example("ab " + "(gddt) " * 14 + "chinh phu ban hanh ", 400)  # 80 steps, over 100 characters
@example("ab " + ("(nay la " + "x" * 40 + ") ") * 3 + "bo cong nghiep da ban hanh ", 185)  # steps of 49
@example("so van hoa, the thao va du lich tp. ho chi minh, tinh x thu 12 ban hanh ", 72)  # steps past a comma, a dot
@example("x; (nay la a; b) bo y te ban hanh ", 34)  # an aside holding what ends a subject elsewhere
def test_the_subject_before_a_reference_is_read_as_one_search_reads_it(text: str, cut: int) -> None:
    """The two cheaper searches for a subject before a reference ("Ngày 10/11, Chính phủ
    đã ban hành …") find what the single search of the whole window finds."""
    from govdoc import context

    pos = min(cut, len(text))
    single = context._LEAD.search(text, max(0, pos - context._LEAD_WINDOW), pos)
    split = context._lead_before(text, pos)
    assert (split and (split.span(), split.groupdict())) == (single and (single.span(), single.groupdict()))


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_scanning_cues_only_near_mentions_changes_nothing(text: str) -> None:
    """Cues are looked for only in sentences holding a mention (and the one before);
    scanning the whole text must give the same relations and links."""
    from unittest import mock

    from govdoc import _links

    def everywhere(self: _links._Analysis) -> list[tuple[int, int]]:
        return [(0, len(self.text))]

    near = [(m.start, m.relation, m.links) for m in extract(text)]
    with mock.patch.object(_links._Analysis, "cue_ranges", everywhere):
        assert [(m.start, m.relation, m.links) for m in extract(text)] == near


@given(st.text(alphabet=".?!;:*|# \t\n\u00a0-+>1)aCă[]", max_size=60)
       | st.lists(st.sampled_from([".", "?", ";", ":", "**", "|", " ", "\t", "\n", "\n\n", "Căn cứ", "Điều",
                                   "12.", "3)", "- ", "x", "[5]", "[12", "[1234]", "[", "Thực hiện", "Thực_hiện",
                                   "thực hiện", "Triển\tkhai", "Triển", "Thực hiệ", "Nghị định", "Nghị quyết",
                                   "Quyết định", "Thông tư", "liên tịch", "Chỉ thị", "Công văn", "Luật", "số", ":",
                                   "_", "7", "\u0662", "Nghị", "Quy định", "Quy", "Thông báo", "Công điện",
                                   "Hướng dẫn", "Kế hoạch", "Kết luận", "Kế", "Pháp lệnh", "các", "khoản", "điểm",
                                   "điều", "Khoản"]), max_size=30).map("".join))
@example("Câu một. \nCâu hai; \n\n- Căn cứ:\n1) x")  # each branch, ". " then spaces to the line break
@example("a.[5] b.[123]c.[1234] d.[] e.[\u0662]f.[5")  # footnote marks
# Every kind of item, white space past ASCII, and "\u0662": a decimal digit outside ASCII.
@example("a.\t\nb!*c|\t\n\n \n12) x\n3.\u00a0y\nĐiều 1.\nChương I\nCăn\n#h\n>q\n+r\n123. z\n1.x\n1\u0662) w")
# Headings and wrapped lines; U+0149 has "I" in its low byte.
@example("x\nĐiều 20 Thông tư\nĐiều 42a. y\nĐiều  7 : z\nĐiều 1234. w\nĐiều 5b-\nĐiều\u0662.\n"
         "Chương trình\nChương 2\nChương\tX\nChương \u0149")
# A clause opening with its verb, not the verb in lower case or cut short.
@example("Luật Đất_đai 2013 \nThực_hiện Luật\nTriển khai x\nthực hiện y\nTriển\n khai\nThực hiệ\nThực  hiện")
# A list going on after ";" with a document, and lines that only look like one.
@example("a;\nNghị định số 92/2017\nb; \n Quyết_định 1\nc;\nThông tư liên tịch số: 3\nd;\nThông tư liên x 4\n"
         "e;\nChỉ thị\u0662\nf;\nLuật số x\ng;\nCông văn 5\nh;\nNghị quyết 6\ni:\nNghị định 7\nj;\nnghị định 8\n"
         "k;\nThông tưliên tịch số 9\nl;\nKế hoạch 10\nm;\nsố 11\nn;\n số_12\no;\nsố: 13\np;\nsố14\nq;\nsố x")
# A list of provisions going on in lower case, and lines that only look like one.
@example("a;\ncác khoản 1, 2 Điều 3\nb; \nkhoản 4\nc;\n điểm_a\nd;\nđiều 5\ne;\ncáckhoản 6\nf;\nKhoản 7\n"
         "g;\ncác điểm 8\nh;\nkhoản\u0662\ni;\ncác  khoản x")
@pytest.mark.parametrize("in_c", [True, False], ids=["C", "Python"])
def test_fast_sentence_boundaries_are_the_plain_ones(in_c: bool, text: str) -> None:
    """The boundary scan that skips to its start characters (and the same rule in C)
    ends sentences exactly where the plain boundary pattern does."""
    import re
    from unittest import mock

    from govdoc import _links, _scan

    if in_c and _scan.sentence_starts is None:
        pytest.skip("the C module was not built")

    plain = re.compile(  # the rule written plainly: ". ", blank line, new item, line after punctuation
        r"[.?!](?=[\s*]|\[\d{1,3}\]|$)|\n\s*\n|(?<=[.:!?*|])[ \t]*\n"
        r"|(?<=;)[ \t]*\n(?![ \t_]*(?:Quyết[ \t_]+định|Quy[ \t_]+định|Nghị[ \t_]+(?:định|quyết)"  # (unless the
        r"|Thông[ \t_]+(?:tư(?:[ \t_]+liên[ \t_]+tịch)?|báo)|Chỉ[ \t_]+thị|Công[ \t_]+(?:văn|điện)"  # list goes on)
        r"|Hướng[ \t_]+dẫn|Kết[ \t_]+luận|Pháp[ \t_]+lệnh|Luật)[ \t_]+(?:số[ \t_:]*)?\d|[ \t_]*số[ \t_]+\d"
        r"|[ \t_]*(?:các[ \t_]+)?(?:khoản|điểm|điều)[ \t_]+\d)"
        r"|\n(?=[ \t]*(?:[*\-+#|>]|\d{1,2}[.)]\s|căn|Căn|Điều[ \t]+\d{1,3}[a-z]?[ \t]*[.:-]|Chương[ \t]+[IVXLCDM\d]"
        r"|Thực[ \t_]hiện|Triển[ \t_]khai))"
    )
    with mock.patch.object(_scan, "sentence_starts", _scan.sentence_starts if in_c else None):
        assert _links._sentences(text) == [0] + [m.end() for m in plain.finditer(text)]


@given(st.text(alphabet=" \n\t|*#>aS", max_size=700), st.data())
def test_line_head_check_agrees_with_reading_from_the_line_start(text: str, data: st.DataObject) -> None:
    """The bounded look-back for a header's "Số:" equals reading the whole line head."""
    import re

    from govdoc.find import _opens_line

    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    head = text[text.rfind("\n", 0, pos) + 1:pos]
    assert _opens_line(text, pos) == bool(re.fullmatch(r"[\s|*#>]*", head))


def test_line_head_check_past_its_window() -> None:
    from govdoc.find import _opens_line

    assert _opens_line("x" + " " * 1000 + "Số", 1001) is False
    assert _opens_line("x\n" + " " * 1000 + "Số", 1002) is True
    assert _opens_line(" " * 1000 + "Số", 1000) is True


def test_words_after_a_symbol_are_not_codes() -> None:
    [m] = extract("Chỉ thị số 16/CT-TTg - Về việc tăng cường")
    assert m.canonical == "16/CT-TTg"


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        ("Ngày 10/02/2020, Trung tâm GDNN-GDTX huyện Đắk Song đã ban hành Kế hoạch số "
         "01/KH-GDNN-GDTX, về việc phòng, chống dịch.", "Trung tâm GDNN-GDTX huyện Đắk Song",
         "phòng, chống dịch"),
        ("Theo Nghị định số 856-NĐ/NV của Thủ tướng Việt Nam Cộng hòa, thì tỉnh có 7 quận",
         "Thủ tướng Việt Nam Cộng hòa", None),
        ("theo nghị định 158/2005/NĐ-CP ngày 27 tháng 12 năm 2005 của Chính phủ Việt Nam về đăng ký "
         "và quản lý hộ tịch, trong thời hạn 60 ngày kể từ ngày sinh con; bố, mẹ phải đi khai sinh.",
         "Chính phủ Việt Nam", "đăng ký và quản lý hộ tịch"),
        ("Quyết định 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng Chính phủ về việc phê duyệt Đề án, "
         "trong đó có việc sáp nhập tỉnh", "Thủ tướng Chính phủ", "phê duyệt Đề án"),
        # the addressee stands between the issuer and the title
        ("Văn bản số 10911/BTC-NSNN ngày 18/7/2025 của Bộ Tài chính gửi các địa phương về việc thực "
         "hiện số hóa tài liệu.", "Bộ Tài chính", "thực hiện số hóa tài liệu"),
        ("Ngày 10/4/2024, Tổng cục Thuế đã ban hành Công văn số 1459/TCT-TTKT gửi Cục Thuế các tỉnh, thành phố: Hà "
         "Nội, TP. Hồ Chí Minh về việc chuyển thông tin.", "Tổng cục Thuế", "chuyển thông tin"),
        # the body named before the reference, in parentheses: "của X (tại …)"
        ("Sở thực hiện chỉ đạo của Bộ Nội vụ (tại Công văn 8764/BNV-CVL ngày 01/10/2025) về phương án.",
         "Bộ Nội vụ", None),
        # the Party's central bodies or the Prime Minister after the title, as the symbol names them
        ("Mục tiêu của Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo của Bộ Chính trị.",
         "Bộ Chính trị", "đột phá phát triển giáo dục và đào tạo"),
        ("Công điện 03/CĐ-TTg ngày 15/01/2025 về tập trung chấn chỉnh, xử lý việc thao túng giá của Thủ tướng "
         "Chính phủ.", "Thủ tướng Chính phủ", "tập trung chấn chỉnh, xử lý việc thao túng giá"),
        ("thực hiện Quyết định 1244/2025/QĐ-CTN năm 2025 về đặc xá năm 2025 (đợt 2) của Chủ tịch nước.",
         "Chủ tịch nước", "đặc xá năm 2025 (đợt 2)"),
        # offices that issue in their own name, without the holder's name
        ("Ngày 22 tháng 10 năm 1956, Tổng thống Việt Nam Cộng hòa Ngô Đình Diệm ban hành Sắc lệnh số 143-NV.",
         "Tổng thống Việt Nam Cộng hòa", None),
        ("Ngày 15 tháng 9 năm 1975, Tư lệnh Hải quân ra chỉ thị số 1005/TL quyết định chia Trường.",
         "Tư lệnh Hải quân", None),
        ("Ngày 1/1/2025, Chánh án Tòa án nhân dân tối cao ký Quyết định 5/QĐ-TANDTC.",
         "Chánh án Tòa án nhân dân tối cao", None),
        ("Ngày 10 tháng 9 năm 2010, Tổng tham mưu trưởng ra Quyết định 1773/QĐ-BQP.", "Tổng tham mưu trưởng", None),
        # what an unlisted body decided is no part of its name
        ("Quyết định 116/2013/QĐ-THYH của Tổng hội Y học Việt Nam công nhận BCH Hội.", "Tổng hội Y học Việt Nam",
         None),
        ("Quyết định 1119/QĐ-UBND của Chủ tịch UBND tỉnh Bắc Giang công bố thủ tục hành chính mới lĩnh vực y tế.",
         "Chủ tịch UBND tỉnh Bắc Giang", None),
        ("Nghị quyết 1701 của Hội đồng Bảo an Liên Hợp Quốc kêu gọi giải giáp các nhóm vũ trang.",
         "Hội đồng Bảo an Liên Hợp Quốc", None),
        ("Quyết định 5/QĐ-VPCNCL của Văn phòng Công nhận Chất lượng về x.", "Văn phòng Công nhận Chất lượng", "x"),
        # not a ministry's own rules, named after it
        ("Quyết định 786/QĐ-BNV về Quy chế thực hiện chế độ tiền thưởng của Bộ Nội vụ.", None,
         "Quy chế thực hiện chế độ tiền thưởng của Bộ Nội vụ"),
        # "do … cấp ngày …": the body that granted a permit, and when
        ("| Giấy phép số 485/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 28/07/2021 về việc cấp phép "
         "hoạt động báo in |", "Bộ Thông tin và Truyền thông", "cấp phép hoạt động báo in"),
        # "X ra <document>" issues it; an adverb before the verb is no part of the name
        ("Ngày 3 tháng 3 năm 1955, Bộ Quốc phòng ra Quyết định số 15/QĐA thành lập Ban nghiên cứu",
         "Bộ Quốc phòng", None),
        ("Ngày 20 tháng 12 năm 1975, Bộ Chính trị lại ra Nghị quyết số 19/NQ điều chỉnh việc hợp nhất",
         "Bộ Chính trị", None),
        ("Ngày 02 tháng 12 năm 2025, UBND tỉnh Gia Lai ban hành Quyết định 2873/QĐ-UBND chấp thuận",
         "UBND tỉnh Gia Lai", None),
        ("Sau đó, Quốc hội tiến hành biểu quyết thông qua Luật số 12/2025/QH15 với 440 đại biểu tán thành.",
         "Quốc hội", None),
        # how the body acted, after "đã", is no part of its name; a body named before ("Ban này") is no name
        ("Ngày 1/1/2020, Bộ Tài chính đã nhanh chóng ban hành Thông tư 5/2020/TT-BTC hướng dẫn thuế.",
         "Bộ Tài chính", None),
        ("Năm 1959, Ban này đã dự thảo ra Nghị quyết số 5/NQ-CP.", None, None),
        # ", căn cứ …" and "… quy định như sau:" are the sentence's, not the title's
        ("Theo Công văn 2262/CSGT-P5 về việc sử dụng bộ 600 câu hỏi, căn cứ yêu cầu của Cục.", None,
         "sử dụng bộ 600 câu hỏi"),
        ("Theo Công văn 2262/CSGT-P5 về việc sử dụng bộ 600 câu hỏi sát hạch lái xe quy định như sau:\n\nI. Nội "
         "dung", None, "sử dụng bộ 600 câu hỏi sát hạch lái xe"),
        ("Thí sinh được miễn theo Quyết định 2726/QĐ-HVTP của Học viện Tư pháp về việc Quy định mức thu học phí "
         "khi:\n\n+ Nộp đủ hồ sơ", "Học viện Tư pháp", "Quy định mức thu học phí"),
        # a quoted title inside emphasis
        ('Trong Chỉ thị 221-CT/TW *"Về công tác giáo dục ở miền Nam"*, Ban Bí thư nhấn mạnh', None,
         "công tác giáo dục ở miền Nam"),
        # the sentence's own clause after the title's comma
        ("Căn cứ Kế hoạch 466/UBND-VX của UBND tỉnh Bình Dương về kế hoạch tuyển sinh lớp 10 năm học 2025-2026, kỳ "
         "thi tuyển sinh diễn ra vào các ngày 28 và 29/5/2025.", "UBND tỉnh Bình Dương",
         "kế hoạch tuyển sinh lớp 10 năm học 2025-2026"),
        # emphasis opening the title holds it; "song tính" is no "song" (but) opening a clause
        ("Công văn số 4132/BYT-PC của Bộ Y tế về việc *chấn chỉnh công tác khám bệnh, chữa bệnh đối với người đồng "
         "tính, song tính và chuyển giới* yêu cầu quán triệt", "Bộ Y tế",
         "chấn chỉnh công tác khám bệnh, chữa bệnh đối với người đồng tính, song tính và chuyển giới"),
        # a revolutionary people's committee of the 1970s
        ("theo quyết định số 301/UB của Ủy ban Nhân dân Cách mạng thành phố Sài Gòn - Gia Định, X",
         "Ủy ban Nhân dân Cách mạng thành phố Sài Gòn - Gia Định", None),
        ("Bộ Chính trị ban hành Chỉ thị số 06-CT/TW về tổ chức Cuộc vận động “Học tập và làm theo tấm gương đạo đức "
         "Hồ Chí Minh” nhằm:\n\nLàm cho", "Bộ Chính trị",
         "tổ chức Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”"),
        ("Thực hiện Quyết định số 102/QĐ-TTg của Thủ tướng Chính phủ về việc gọi công dân nhập ngũ năm 2025; cụ "
         "thể, năm 2025 tiến hành tuyển chọn một đợt.", "Thủ tướng Chính phủ", "gọi công dân nhập ngũ năm 2025"),
        # a topic fronted before the subject; what the document does "như sau" is no part of its title
        ("Về vấn đề này Cục Thuế ban hành Công văn 5487/CT-CS năm 2025 về chính sách thuế giá trị gia tăng để giải "
         "đáp như sau:", "Cục Thuế", "chính sách thuế giá trị gia tăng"),
        # a title copied with its heading's capitals goes on past ";" to its next capitalised item, not
        # to another document, nor in a title opened in lower case
        ("Quốc hội thông qua Nghị quyết 199/2025/QH15 Về việc rút ngắn nhiệm kỳ Quốc hội khoá XV; Ngày bầu cử "
         "đại biểu Quốc hội khóa XVI.", "Quốc hội", "rút ngắn nhiệm kỳ Quốc hội khoá XV; Ngày bầu cử đại biểu "
         "Quốc hội khóa XVI"),
        ("Nghị quyết 199/2025/QH15 về việc rút ngắn nhiệm kỳ Quốc hội khoá XV; Ngày bầu cử được ấn định.", None,
         "rút ngắn nhiệm kỳ Quốc hội khoá XV"),
        # who heads a board is not who issued the decision setting it up
        ("tại Quyết định 1568/QĐ-TTg năm 2024 do Phó Thủ tướng Thường trực Nguyễn Hòa Bình làm Trưởng Ban.",
         None, None),
    ],
)
def test_subjects_states_and_where_a_title_gives_way_to_the_sentence(
        text: str, issuer: str | None, title: str | None) -> None:
    """A school or centre issuing a plan, a national body with its state, an addressee
    before the title, a head who is no issuer, and a title that ends where the sentence
    goes on (", trong thời hạn …", ", trong đó …")."""
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Căn cứ Điều 156 Bộ luật Hình sự 2015, được sửa đổi bởi khoản 2 Điều 2 Luật sửa đổi Bộ luật "
         "Hình sự 2017 quy định về tội vu khống",
         ["Bộ luật Hình sự 2015", "Luật sửa đổi Bộ luật Hình sự 2017"]),
        ("tại Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo "
         "phương thức\nđối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;",
         ["Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo "
          "phương thức\nđối tác công tư và Luật Đấu thầu"]),
        ("theo Điều 215 Luật Doanh nghiệp 2020 được sửa đổi bởi khoản 25 Điều 1 Luật Doanh nghiệp "
         "sửa đổi 2025 thì", ["Luật Doanh nghiệp 2020", "Luật Doanh nghiệp sửa đổi 2025"]),
        # the revising law cited by its number: one mention, not a law that amends its own number
        ("Luật Xây dựng số 50/2014/QH13 (đã được sửa đổi tại khoản 44 Điều 1 Luật Xây dựng sửa đổi số "
         "62/2020/QH14) thì", ["Luật Xây dựng số 50/2014/QH13", "Luật Xây dựng sửa đổi số 62/2020/QH14"]),
        ("Luật Khoa học, công nghệ và\nđổi mới sáng tạo năm 2025.",
         ["Luật Khoa học, công nghệ và\nđổi mới sáng tạo năm 2025"]),
        # a revised law named with its year in brackets, then another law
        ("thể hiện tại Luật Đấu giá tài sản sửa đổi (năm 2024), Luật Đất đai năm 2024 và các văn bản",
         ["Luật Đấu giá tài sản sửa đổi", "Luật Đất đai năm 2024"]),
        # Laws cited with their numbers are references of their own.
        ("tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số "
         "27/2023/QH15;", ["Luật Đất đai số 31/2024/QH15", "Luật Nhà ở số 27/2023/QH15"]),
        # Names with commas of their own are listed with ";".
        ("bởi Luật sửa đổi Luật Giá; Luật Thuế xuất khẩu, thuế nhập khẩu; Luật Đầu tư công; Luật Quản lý, "
         "sử dụng tài sản công 2025 quy định",
         ["Luật sửa đổi Luật Giá; Luật Thuế xuất khẩu, thuế nhập khẩu; Luật Đầu tư công; Luật Quản lý, "
          "sử dụng tài sản công 2025"]),
        # Two names and a ";": the second is a further law the clause cites.
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giá; Luật Đầu tư công ngày 13 tháng 6 năm 2019;",
         ["Luật sửa đổi, bổ sung một số điều của Luật Giá", "Luật Đầu tư công"]),
        ("Căn cứ Luật sửa đổi Luật Giá, Luật Phí và lệ phí; Luật Đầu tư công; Luật Đấu thầu;",
         ["Luật sửa đổi Luật Giá, Luật Phí và lệ phí", "Luật Đầu tư công", "Luật Đấu thầu"]),
        # a registered name holds "và" of its own
        ("theo quy định của Luật Hỗ trợ doanh nghiệp nhỏ và vừa.", ["Luật Hỗ trợ doanh nghiệp nhỏ và vừa"]),
        # Named by a count of the laws it amends, and their field.
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có\nliên quan đến quy hoạch ngày 20/11/2018;",
         ["Luật sửa đổi, bổ sung một số điều của 37 Luật có\nliên quan đến quy hoạch"]),
        ("thông qua Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự, sau khi",
         ["Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự"]),
        ("(gọi tắt là Luật sửa đổi, bổ sung một số điều của 8 Luật).",
         ["Luật sửa đổi, bổ sung một số điều của 8 Luật"]),
        # Word-segmented text puts a space before each comma.
        ("Căn_cứ Luật Phòng , chống tham_nhũng và Pháp_lệnh sửa_đổi , bổ_sung Pháp_lệnh Xử_lý vi_phạm "
         "hành_chính năm 2008 ;", ["Luật Phòng , chống tham_nhũng",
                                   "Pháp_lệnh sửa_đổi , bổ_sung Pháp_lệnh Xử_lý vi_phạm hành_chính năm 2008"]),
    ],
)
def test_amending_and_revised_laws_are_named_by_the_laws_they_amend(text: str, names: list[str]) -> None:
    found = [m for m in extract(text) if m.kind in (Kind.NAMED, Kind.REFERENCE)]
    assert [m.text for m in found] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("căn cứ theo Điều 88 Hiến pháp Việt Nam năm 2013 quy định", ["Hiến pháp Việt Nam năm 2013"]),
        ("Hiến pháp nước Việt Nam Dân chủ Cộng hòa năm 1946 là", ["Hiến pháp nước Việt Nam Dân chủ Cộng hòa năm 1946"]),
        ("Căn cứ Hiến pháp ngày 28 tháng 11 năm 2013;", ["Hiến pháp"]),
        # the constitution in general, not a document cited
        ("Hội tuân thủ Hiến pháp, pháp luật và sửa đổi Hiến pháp khi cần.", []),
        # but its provisions are the ones in force
        ("Tuân thủ quy định của Hiến pháp, quy định của Luật Giá.", ["Hiến pháp", "Luật Giá"]),
        # the one in force, named by its year; one of a year in lower case
        ("Hiến pháp hiện hành năm 2013 gồm lời mở đầu và 11 chương.", ["Hiến pháp hiện hành năm 2013"]),
        # (of the country's constitutions: not "hiến pháp 1949" of Costa Rica)
        ("Đó là bản hiến pháp 1992 và hiến pháp năm 1980; chấp hành hiến pháp và pháp luật; theo hiến pháp 1949 "
         "thì Costa Rica không có quân đội.", ["hiến pháp 1992", "hiến pháp năm 1980"]),
    ],
)
def test_a_constitution_is_cited_by_its_name_year_or_date(text: str, names: list[str]) -> None:
    assert [m.text for m in extract(text)] == names


def test_an_amending_law_links_to_the_law_it_amends() -> None:
    text = ("Căn cứ Điều 156 Bộ luật Hình sự 2015, được sửa đổi bởi khoản 2 Điều 2 Luật sửa đổi Bộ luật "
            "Hình sự 2017 quy định về tội vu khống")
    code, amending = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, code.start)]


@pytest.mark.parametrize(
    ("text", "amended"),
    [
        ("Theo Điều 19 Luật Thuế giá trị gia tăng; khoản 4 Điều 1 Luật sửa đổi, bổ sung một số điều của "
         "Luật thuế giá trị gia tăng; Điều 12 Nghị định số 65/2013/NĐ-CP", ["Luật Thuế giá trị gia tăng"]),
        # Each law it names, at its nearest mention before it; a year on either side is no matter
        # (but a later law is no law it amends: below).
        ("Căn cứ Luật Viên chức năm 2010, Luật Giá năm 2012 và Luật Giá 2023; Luật sửa đổi, bổ sung một số "
         "điều của Luật Giá và Luật Viên chức năm 2024;", ["Luật Giá 2023", "Luật Viên chức năm 2010"]),
        ("Căn cứ Luật Viên chức năm 2010, Luật Giá năm 2012 và Luật Giá 2023; Luật sửa đổi, bổ sung một số "
         "điều của Luật Giá và Luật Viên chức năm 2019;", ["Luật Giá năm 2012", "Luật Viên chức năm 2010"]),
        # A law in another sentence, or one the name does not hold, is not what it amends.
        ("Luật Giá năm 2012. Luật sửa đổi, bổ sung một số điều của Luật Giá năm 2019", []),
        ("Căn cứ Luật Phí; Luật sửa đổi, bổ sung một số điều của Luật Giá năm 2019", []),
    ],
)
def test_an_amending_law_named_by_a_law_amends_its_mention_before(text: str, amended: list[str]) -> None:
    mentions = extract(text)
    [amending] = [m for m in mentions if m.text.startswith("Luật sửa đổi")]
    by_start = {m.start: m.text for m in mentions}
    assert [by_start[link.target] for link in amending.links if link.relation is Relation.AMENDS] == amended


def test_two_mentions_of_one_named_law_are_not_linked_to_each_other() -> None:
    text = ("Điều 4 Luật Xây dựng 2014 (được bổ sung bởi khoản 2 Điều 1 Luật Xây dựng sửa đổi 2020, được "
            "sửa đổi bởi khoản 2 Điều 1 Luật Xây dựng sửa đổi 2020)")
    found = extract(text)
    by_start = {m.start: m for m in found}
    assert all(by_start[link.target].text != m.text for m in found for link in m.links)


@pytest.mark.parametrize(
    "text",
    [
        "Điều 4 Luật Giá 2012 (được bổ sung bởi khoản 2 Điều 1 Luật Phí 2015, được sửa đổi bởi khoản 3 "
        "Điều 2 Luật Thuế 2019 và điểm e khoản 1 Điều 57 Luật Đầu tư 2024) quy định",
        "Điều 4 Luật Giá 2012 được sửa đổi bởi khoản 2 Điều 1 Luật Phí 2015 (được sửa đổi bởi khoản 3 Điều 2 "
        "Luật Thuế 2019 và điểm e khoản 1 Điều 57 Luật Đầu tư 2024) quy định",
        "Điều 4 Thông tư số 1/2020/TT-BTC được sửa đổi bởi Thông tư số 2/2021/TT-BTC ngày 2/2/2021, được bổ "
        "sung bởi Thông tư số 3/2022/TT-BTC và Thông tư số 4/2023/TT-BTC quy định",
    ],
)

def test_a_second_passive_verb_after_a_comma_is_said_of_the_first_object(text: str) -> None:
    """"A (được bổ sung bởi B, được sửa đổi bởi C và D)": B, C and D amend A, not C and D
    the agent B before them."""
    first, *agents = extract(text)
    assert len(agents) == 3
    assert all(links_of(m) == [(Relation.AMENDS, first.start)]
               for m in agents)


def test_a_second_passive_verb_after_and_is_said_of_the_first_object() -> None:
    """ "A được sửa đổi bởi … B và bị bãi bỏ bởi … C": C repeals A, not the agent B."""
    text = ("Tại Điều 7 Thông tư 39/2016/TT-NHNN được sửa đổi bởi Khoản 3 Điều 1 Thông tư 12/2024/TT-NHNN và bị "
            "bãi bỏ bởi Điều 2 Thông tư 06/2023/TT-NHNN có quy định rằng")
    changed, amending, repealing = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, changed.start)]
    assert links_of(repealing) == [(Relation.REPEALS, changed.start)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Căn cứ khoản 3 Điều 88 Luật Nhà ở 2023 về nguyên tắc bán nhà ở xã hội như sau:", None),
        ("theo Điều 4 Nghị định 145/2020/NĐ-CP về báo cáo sử dụng lao động.", None),
        ("tại Điều 2 Nghị quyết 127/NQ-CP năm 2023 về việc áp dụng cấp thị thực điện tử.",
         "áp dụng cấp thị thực điện tử"),
        ("Căn cứ vào Mục 1 Công điện 78/CĐ-TTg năm 2025 về tập trung cắt giảm thủ tục.",
         "tập trung cắt giảm thủ tục"),
        ("theo Điều 4 Nghị định số 58/2020/NĐ-CP ngày 27/5/2020 của Chính phủ về mức đóng bảo hiểm.",
         "mức đóng bảo hiểm"),
        # the year a symbol lacks, then "về": the site's way of naming the document by its title
        ("Căn cứ theo khoản 5 Điều 1 Nghị quyết 1685/NQ-UBTVQH15 năm 2025 về sắp xếp đơn vị hành chính cấp xã "
         "có quy định", "sắp xếp đơn vị hành chính cấp xã"),
    ],
)
def test_a_clause_after_an_article_describes_the_article(text: str, title: str | None) -> None:
    """"Điều 88 Luật Nhà ở về …" says what the article is about; "về việc", a section, or a
    full citation (date, issuer) before "về" still gives the document's title."""
    [m] = extract(text)
    assert m.title == title


def test_a_clause_after_an_article_is_the_title_the_document_has_elsewhere() -> None:
    """"khoản 2 Điều 13 Nghị định A về X" in a text that calls A "Nghị định A về X" elsewhere:
    X is A's title; a clause the document is not given elsewhere stays the article's."""
    text = ("Nghị định 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp có hiệu lực. Nhà đầu tư được chọn theo "
            "khoản 2 Điều 13 Nghị định 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp. Hồ sơ theo Điều 14 "
            "Nghị định 32/2024/NĐ-CP về hồ sơ đề nghị thành lập.")
    assert [m.title for m in extract(text)] == ["quản lý, phát triển cụm công nghiệp"] * 2 + [None]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Chủ tịch Hồ Chí Minh ký Sắc lệnh số 50/SL về tổ chức Bộ Quốc phòng", "50/SL"),
        ("Chính phủ ra Sắc lệnh số 14-SL, đổi tên Bộ Tổng chỉ huy", "14/SL"),
    ],
)
def test_historic_presidential_decrees(text: str, canonical: str) -> None:
    [m] = extract(text)
    assert (m.canonical, m.doc_type.name if m.doc_type else None) == (canonical, "Sắc lệnh")


def test_a_lone_historic_code_needs_its_type_word_in_the_hyphen_form() -> None:
    assert extract("Mục 2 - SL") == []


def test_wrapped_and_ocr_lines_keep_symbols_and_places_whole() -> None:
    """A symbol broken after its hyphen and a place name broken across lines stay whole."""
    text = ("Tổng cục Thuế nhận được Công văn sô 1059/CTTTH-\nTTKTI ngày 10/7/2023 của Cục Thuế tỉnh "
            "Bình\nDương, Công văn số 84350/CTHN-TTKT2 ngày 30/11/2023 của Cục Thuế Thành phố Hà\nNội và "
            "Công văn số 2965/CTHYE-TTKT3 ngày 16/7/2024 của Cục Thuế\ntỉnh Hưng Yên vướng mắc về việc xử phạt")
    found = extract(text)
    assert [(m.canonical, m.issuer_name) for m in found] == [
        ("1059/CTTTH-TTKTI", "Cục Thuế tỉnh Bình Dương"),
        ("84350/CTHN-TTKT2", "Cục Thuế Thành phố Hà Nội"),
        ("2965/CTHYE-TTKT3", "Cục Thuế tỉnh Hưng Yên"),
    ]
    assert found[0].text == "Công văn sô 1059/CTTTH-\nTTKTI"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("hướng dẫn việc điều chỉnh quy hoạch theo Kết luận 202-\nKL/TW 2025;", "202-KL/TW"),
        ("theo Chỉ thị số 16/\nCT-TTg của Thủ tướng", "16/CT-TTg"),
        ("Căn cứ Nghị định 30/2020/\nNĐ-CP của Chính phủ", "30/2020/NĐ-CP"),
    ],
)
def test_a_symbol_wrapped_after_its_first_separator(text: str, canonical: str) -> None:
    """A line break right after the hyphen or slash that follows the number keeps the symbol whole."""
    [m] = extract(text)
    assert (m.canonical, "\n" in m.text) == (canonical, True)


@pytest.mark.parametrize("text", ["Thông tư 111/2013/TT\n-BTC ngày 15/8/2013",
                                  "Thông tư 111/2013/TT\n\n-BTC ngày 15/8/2013"])
def test_a_symbol_broken_before_the_hyphen_of_its_issuer(text: str) -> None:
    """A scanned page may break the line (or leave a blank one) before the hyphen: "TT⏎⏎-BTC"
    is one symbol; a list item after it ("⏎- Bộ …", with its space) is not part of it."""
    [m] = extract(text)
    assert (m.canonical, m.date) == ("111/2013/TT-BTC", dt.date(2013, 8, 15))
    [m] = extract("theo Thông tư 111/2013/TT-BTC\n- Bộ Tài chính hướng dẫn")
    assert m.canonical == "111/2013/TT-BTC"


def test_an_all_caps_heading_does_not_run_into_the_issuer() -> None:
    """The level of the place stays with the body, as "UBND tỉnh" does; the verb after it does not."""
    [m] = extract("QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY ĐỊNH")
    assert m.issuer_name == "ỦY BAN NHÂN DÂN TỈNH"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Xét Tờ trình số 429/TTr-UBND ngày 21 tháng 11\nnăm 2025 của Ủy ban nhân dân Thành phố về việc "
         "đề nghị ban hành Nghị quyết của\nHội đồng nhân dân Thành phố quy định mức chi; Báo cáo thẩm tra "
         "số 163/BC-KTNS ngày 24 tháng 11 năm 2025 của Ban Kinh tế- Ngân sách;",
         "đề nghị ban hành Nghị quyết của Hội đồng nhân dân Thành phố quy định mức chi"),
        ("Theo Nghị quyết số\n98/2023/QH15 về việc miễn thuế đối với khởi nghiệp của\nThành phố "
         "có quy định:", "miễn thuế đối với khởi nghiệp của Thành phố"),
        ("Cục Thuế nhận được công văn số 04/VB-KHĐV ngày 23/4/2020 của Công ty TNHH ABC về chính sách "
         "thuế, Cục Thuế tỉnh Hải Dương có ý kiến như sau:", "chính sách thuế"),
        ("Công văn số 3374/CCTKV02-NVDTPC\nngày 30/6/2025 của Chi cục Thuế khu vực II (nay là Thuế thành "
         "phố Hồ Chí Minh)\nvề việc mẫu biểu trình bày.", "mẫu biểu trình bày"),
        ("các công văn số 3910/BTC-QLG ngày 04 tháng 4 năm 2018 về công bố giá cơ sở xăng RON95, số\n"
         "367/BTC-QLG ngày 06 tháng 4 năm 2018", "công bố giá cơ sở xăng RON95"),
        ("Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của\nBan Chấp hành Trung ương Đảng khóa XIII về "
         "tiếp tục xây dựng, hoàn thiện tổ chức bộ máy;", "tiếp tục xây dựng, hoàn thiện tổ chức bộ máy"),
        ('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII "về tiếp tục đẩy mạnh học tập", '
         "Quy định 144-QĐ/TW", "tiếp tục đẩy mạnh học tập"),
        ("Quyết định số 42/2018/QĐ-UBND ngày 08 tháng 8 năm 2018 của Ủy ban nhân dân tỉnh về việc ban hành\n"
         "Quy định về phân cấp quản lý tài sản công.", "ban hành Quy định về phân cấp quản lý tài sản công"),
        ("Công văn 39992/CHQ-GSQL năm 2025 về hàng hóa gửi kho ngoại quan Cục Hải quan ban hành\n"
         "Văn bản này chưa cập nhật", "hàng hóa gửi kho ngoại quan Cục Hải quan ban hành"),
        # the sentence's own subject and verb after a fronted clause
        ("Thực hiện Công văn số 123/BTC-QLG ngày 1/1/2020 của Bộ Tài chính về việc rà soát giá, Sở Tài "
         "chính đề nghị các đơn vị báo cáo.", "rà soát giá"),
        ("Trên cơ sở Đề án số 343/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ về sắp xếp đơn vị hành chính "
         "cấp xã năm 2025, Ủy ban Thường vụ Quốc hội quyết định sắp xếp như sau:", "sắp xếp đơn vị hành chính "
         "cấp xã năm 2025"),
        ("Quyết định số 12/QĐ-TTg về quy chế phối hợp giữa Bộ Công an, Bộ Quốc phòng và Ủy ban nhân dân "
         "các tỉnh.", "quy chế phối hợp giữa Bộ Công an, Bộ Quốc phòng và Ủy ban nhân dân các tỉnh"),
        ("Công điện 80/CĐ-TTg của Thủ tướng Chính phủ về việc xử lý tài sản các cấp; căn cứ yêu cầu của Ban "
         "Nội chính Trung ương", "xử lý tài sản các cấp"),
        # a question heading, and a wiki page's footnotes
        ("## Thông tư 56/2025/TT-BCT về quy trình kiểm tra chuyên ngành Công Thương khi nào có hiệu lực?",
         "quy trình kiểm tra chuyên ngành Công Thương"),
        ("**^**Nghị định số 15/2006/NĐ-CP về thành lập thành phố Bắc Ninh thuộc tỉnh Bắc Ninh- **b** **^**"
         "Quyết định số 57/QD - UBND", "thành lập thành phố Bắc Ninh thuộc tỉnh Bắc Ninh"),
        ("**a**Nghị định 20/2007/NĐ-CP: Về việc điều chỉnh địa giới hành chính xã, phường, huyện; thành lập "
         "huyện Lộc Hà, tỉnh Hà Tĩnh**b** - ^\n**a****b**", "điều chỉnh địa giới hành chính xã, phường, huyện; "
         "thành lập huyện Lộc Hà, tỉnh Hà Tĩnh"),
        # an aside the reference stood in
        ("(theo Nghị định 71/2007/NĐ-CP ngày 3/5/2007 về Công nghiệp công nghệ thông tin) và tại Quyết "
         "định", "Công nghiệp công nghệ thông tin"),
        ("Quyết định số 50/2020/QĐ-UBND về dự án ( Giai đoạn I ) của tỉnh.", "dự án ( Giai đoạn I ) của tỉnh"),
        ("Quyết định 2046/QĐ-UBND về việc phê duyệt đồ án Quy hoạch phân khu (tỷ lệ 1/2000) Cụm công nghiệp Diên "
         "Thọ, xã Diên Thọ.",
         "phê duyệt đồ án Quy hoạch phân khu (tỷ lệ 1/2000) Cụm công nghiệp Diên Thọ, xã Diên Thọ"),
        # who manages what the title names is part of it; who issued the document is not
        ("Quyết định 3535/QĐ-CT 2025 về Danh sách doanh nghiệp do Chi cục Thuế thương mại điện tử trực tiếp "
         "quản lý thuế ra sao?", "Danh sách doanh nghiệp do Chi cục Thuế thương mại điện tử trực tiếp quản lý thuế"),
        ("Công văn 5330/CT-CS năm 2025 về chính sách thuế thu nhập cá nhân do Cục Thuế ban hành.",
         "chính sách thuế thu nhập cá nhân"),
        # ", gồm: …" lists what the document holds; "./" closes a legal text's sentence
        ("Quy định số 180-QĐ/TW ngày 1/1/2025 của Bộ Chính trị về chuyên gia cao cấp, gồm: a, b.",
         "chuyên gia cao cấp"),
        ("Thông báo 16202/TB-TCS11 về công khai danh sách công chức hỗ trợ người nộp thuế, bao gồm họ và tên cán bộ.",
         "công khai danh sách công chức hỗ trợ người nộp thuế"),
        ("Nghị định 272/2025/NĐ-CP về phân định vùng dân tộc thiểu số giai đoạn 2026 - 2030./\n\nNơi nhận",
         "phân định vùng dân tộc thiểu số giai đoạn 2026 - 2030"),
        # a page's link text (capitalised) ends the title, with what it links to
        ("Hướng dẫn 07-HD/BTGDVTW về tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh Tải về quy định khẩu "
         "hiệu tuyên truyền\n\nNội dung", "tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh"),
        # a colon between the citation and "Về việc …", as reference lists write it
        ("**^**Quyết định của Ban Bí thư số 100-QĐ/TW ngày 3 tháng 2 năm 1990: Về việc thành lập Hội Cựu chiến binh "
         "Việt Nam[*liên kết hỏng*]**^**", "thành lập Hội Cựu chiến binh Việt Nam"),
        ("**^**Quyết định của Ban Bí thư số 100-QĐ/TW: Về việc thành lập Hội Cựu chiến binh Việt Nam, ngày 3 tháng 2 "
         "năm 1990[*liên kết hỏng*]**^**", "thành lập Hội Cựu chiến binh Việt Nam"),
        ("triển khai nhiệm vụ tại Quyết định số 1565/QĐ-TTg ngày 18 tháng 7 năm 2025 của Thủ tướng Chính phủ: Về vấn "
         "đề này, Chính phủ đã ban hành", None),
        # an ellipsis closing the sentence is no part of the title
        ("Công văn số 246/TANDTC-PC về việc triển khai thực hiện Quyết định của Chủ tịch nước đối với người đang "
         "được hoãn…\n\nĐặc xá", "triển khai thực hiện Quyết định của Chủ tịch nước đối với người đang được hoãn"),
        # after ";", a clause of its own ("trên cơ sở …", "theo đề nghị …") is not the title's
        ("Xét Tờ_trình số 3996/TTr-UBND của UBND tỉnh về việc ban_hành Bảng giá đất năm 2010 ; trên cơ_sở thẩm_tra "
         "của Ban Kinh_tế", "ban hành Bảng giá đất năm 2010"),
        # markdown emphasis inside a title is markup
        ("Nghị quyết số 01-NQ/HĐNN7 về tổ chức, nhiệm vụ của *Văn phòng Quốc hội và Hội đồng Nhà nước*. Theo đó",
         "tổ chức, nhiệm vụ của Văn phòng Quốc hội và Hội đồng Nhà nước"),
        # "…, cụ thể …" goes on with the sentence (not "cụ thể hóa")
        ("Nghị quyết 263/NQ-CP về việc tặng quà nhân dân nhân dịp Quốc khánh 2/9,** cụ thể nêu rõ việc nhận tiền",
         "tặng quà nhân dân nhân dịp Quốc khánh 2/9"),
        # a one-word aside, the place's name now, and a longer aside that is not the title's
        ("Kế hoạch số 23/KH-UBND về phòng, chống dịch do vi rút corona (nCoV).",
         "phòng, chống dịch do vi rút corona (nCoV)"),
        ("số 1268/QĐ-UBND ngày 16/11/2023 về việc giao đất tại huyện Lạng Giang (nay là xã Lạng Giang, tỉnh "
         "Bắc Ninh).", "giao đất tại huyện Lạng Giang (nay là xã Lạng Giang, tỉnh Bắc Ninh)"),
        ("Quyết định số 50/2020/QĐ-UBND về giao đất (đã được sửa đổi theo yêu cầu của Sở Tài nguyên).",
         "giao đất"),
        # A verb waiting for its object on the next line: the title names another document.
        ("Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng gắn với thực hiện\nChỉ thị số 05-CT/TW về "
         "đẩy mạnh học tập", None),
    ],
)
def test_titles_over_wrapped_lines_end_with_their_clause(text: str, title: str | None) -> None:
    """A line ending in "của" or in a verb waiting for its object goes on below; "; Báo
    cáo …", "có quy định:", a reply's "có ý kiến" and a list of numbers end the title; an
    aside or the issuer's term ("khóa XIII") does not hide it; a quoted title keeps no
    opening "về"."""
    assert extract(text)[0].title == title


def test_a_capitalised_title_verb_after_a_place_is_not_part_of_it() -> None:
    """Word-segmented decisions cite "… của Uỷ_ban_nhân_dân tỉnh Khánh_Hoà Ban_hành Quy_định …"."""
    text = ("Quyết_định số 02/2007/QĐ-UBND ngày 15 tháng 01 năm 2007 của Uỷ_ban_nhân_dân tỉnh "
            "Khánh_Hoà Ban_hành Quy_định")
    [m] = extract(text)
    assert m.issuer_name == "Uỷ ban nhân dân tỉnh Khánh Hoà"


@pytest.mark.parametrize(
    ("text", "span", "doc_type"),
    [
        ("triển khai Chương trình hành động số 15-CTr/TU ngày 1/2/2021 của Tỉnh ủy",
         "Chương trình hành động số 15-CTr/TU", "Chương trình"),
        ("Xét Báo_cáo thẩm_định số 102/BC-STP ngày 3/4/2009", "Báo_cáo thẩm_định số 102/BC-STP", "Báo cáo"),
        ("Căn cứ Luật đất đai số 45/2013/QH13;", "Luật đất đai số 45/2013/QH13", "Luật"),
        ("Quyết định của UBND tỉnh số 12/QĐ-UBND", "12/QĐ-UBND", "Quyết định"),
    ],
)
def test_a_qualified_type_word_opens_the_span(text: str, span: str, doc_type: str) -> None:
    """One or two lower-case words may qualify the type word before "số"; a name or a
    sentence word ("của UBND tỉnh") does not."""
    [m] = extract(text)
    assert (m.text, m.doc_type.name if m.doc_type else None) == (span, doc_type)


def test_a_text_pointing_at_itself_first_is_a_document_of_that_type() -> None:
    """"Nghị định này" before any decree is cited: the text is a decree, so a later
    "Nghị định này" is the text too, and what expires when it takes effect, it repeals."""
    text = ("Nghị định này có hiệu lực từ ngày 01/7/2025. Nghị định số 30/2020/NĐ-CP hết hiệu lực "
            "kể từ ngày Nghị định này có hiệu lực.")
    [decree] = [m for m in extract(text) if m.kind is Kind.REFERENCE]
    assert decree.relation is Relation.REPEALS
    # In a news text that cites the decree first, "Nghị định này" is that decree.
    news = "Nghị định số 30/2020/NĐ-CP quy định về công tác văn thư. Nghị định này có hiệu lực từ 2020."
    [cited, pointer] = extract(news)
    assert pointer.refers_to == cited.start


def test_a_document_restated_after_a_nested_verb_is_no_object_of_its_own_verb() -> None:
    """"… theo Nghị định A quy định chi tiết Luật B, Nghị định C …, Thông tư D quy định chi tiết
    Luật B và Nghị định A": D details A too; A, named again, is not moved to its own verb."""
    text = ("Giấy phép cấp theo quy định tại Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy "
            "định chi tiết một số điều của Luật Quản lý ngoại thương, Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 "
            "năm 2025 của Chính phủ quy định về phân quyền, Thông tư số 12/2018/TT-BCT ngày 15 tháng 6 năm 2018 "
            "của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định "
            "số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ.")
    assert {(relation, target.text) for relation, target in _linked(extract(text), "12/2018/TT-BCT")} == {
        (Relation.GUIDES, "Luật Quản lý ngoại thương"), (Relation.GUIDES, "Nghị định số 69/2018/NĐ-CP")}


def test_a_list_goes_on_past_an_items_own_verb() -> None:
    """ "Thực hiện Kết luận A, ngày … của Bộ Chính trị hướng dẫn xây dựng phương án …; Kết
    luận B …; Nghị quyết C …": the verb after A's date and issuer says what A does, of no
    document; the text carries out every item."""
    text = ("Thực hiện Kết luận số 150-KL/TW, ngày 14/4/2025 của Bộ Chính trị hướng dẫn xây dựng phương án nhân "
            "sự; Kết luận số 163-KL/TW, ngày 06/6/2025 của Bộ Chính trị về thực hiện một số nội dung; Nghị quyết "
            "số 190/2025/QH15 ngày 19/02/2025 của Quốc hội quy định về xử lý một số vấn đề; Nghị quyết số "
            "76/2025/UBTVQH15 về việc sắp xếp đơn vị hành chính, để chủ động chuẩn bị.")
    assert [m.relation for m in extract(text)] == [Relation.IMPLEMENTS] * 4
    # a verb acting on a document is no description: its object is no item of the list
    text = "Thực hiện Nghị định số 12/2024/NĐ-CP hướng dẫn Luật Đất đai; Nghị định số 13/2024/NĐ-CP ngày 1/2/2024."
    assert [m.relation for m in extract(text)] == [Relation.IMPLEMENTS, Relation.MENTIONS, Relation.IMPLEMENTS]


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        ("Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND ngày 09 tháng 12 năm 2024 của Ủy ban nhân dân "
         "tỉnh phân cấp thẩm quyền quyết định áp dụng tiêu chuẩn và Quyết định số 58/2024/QĐ-UBND ngày 09 "
         "tháng 12 năm 2024 của Ủy ban nhân dân tỉnh.", [Relation.REPLACES] * 2),
        # what follows the date is no issuer's act: the sentence's own words
        ("Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND ngày 09 tháng 12 năm 2024 phân cấp thẩm "
         "quyền và Quyết định số 58/2024/QĐ-UBND.", [Relation.REPLACES, Relation.MENTIONS]),
        # another type after "và" is no item of the list
        ("Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND của Ủy ban nhân dân tỉnh phân cấp thẩm "
         "quyền cho cấp xã và Nghị định số 58/2024/NĐ-CP.", [Relation.REPLACES, Relation.MENTIONS]),
    ],
)
def test_a_list_goes_on_past_what_an_item_does_after_its_issuer(text: str, relations: list[Relation]) -> None:
    """ "thay thế Quyết định A … của Ủy ban nhân dân tỉnh phân cấp thẩm quyền … và Quyết định B":
    the lower-case words after A's issuer say what A does; B is the next item replaced."""
    assert [m.relation for m in extract(text) if m.kind is not Kind.ANAPHOR] == relations


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Số: 20/2020/QĐ-UBND\nĐiều 3. Bãi bỏ các văn bản sau đây:\n1. Quyết định số 12/2019/QĐ-UBND "
         "ngày 1/2/2019 của UBND tỉnh.\n2. Quyết định số 13/2019/QĐ-UBND ngày 1/3/2019 của UBND tỉnh.\n"
         "Quyết định này có hiệu lực từ ngày ký.", Relation.REPEALS),
        ("Nghị định này có hiệu lực từ ngày 1/7/2025.\nCác văn bản sau hết hiệu lực kể từ ngày Nghị định "
         "này có hiệu lực:\na) Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ;\nb) Nghị định số "
         "31/2021/NĐ-CP ngày 5/3/2021 của Chính phủ.\nĐiều 2. Trách nhiệm thi hành", Relation.REPEALS),
        ("I. CĂN CỨ PHÁP LÝ:\n\n1. Hiến pháp năm 2013;\n\n2. Nghị quyết số 60-NQ/TW ngày 12/4/2025 của "
         "Ban Chấp hành Trung ương Đảng;", Relation.BASED_ON),
        # an item that says its own cue, and a sentence that ends inside an item
        ("I. CĂN CỨ PHÁP LÝ:\n\n1. Hiến pháp năm 2013;\n\n2. Căn cứ Quyết định 759/QĐ-TTg ngày 14/4/2025 về "
         "việc sáp nhập ………….. và tỉnh …….. (mới);\n\n3. Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính "
         "trị;\n\n4. Nghị định số 126/2024/NĐ-CP ngày 8/10/2024 của Chính phủ;", Relation.BASED_ON),
        # an item naming two documents
        ("Quyết định này thay thế các Quyết định sau đây:\n\n- Quyết định 27/2023/QĐ-UBND của UBND tỉnh Đắk "
         "Nông;\n\n- Quyết định 35/2013/QĐ-UBND và Quyết định 35/2018/QĐ-UBND của UBND tỉnh Bình Thuận (cũ).",
         Relation.REPLACES),
        # word-segmented, its items numbered "1 ."
        ("Điều 4 . Quyết_định này có hiệu_lực thi_hành sau 10 ngày kể từ ngày ký và thay_thế các Quyết_định sau : \n"
         "1 . Quyết_định số 12/2005/QĐ-UBND ngày 21 tháng 9 năm 2005 của Uỷ_ban_nhân_dân tỉnh quy_định chức_năng ; \n"
         "2 . Quyết_định số 7/2007/QĐ-UBND ngày 21 tháng 3 năm 2007 của Uỷ_ban_nhân_dân tỉnh về_việc sửa_đổi . ",
         Relation.REPLACES),
    ],
)
def test_a_cue_ending_in_a_colon_acts_on_the_list_after_it(text: str, relation: Relation) -> None:
    """"Bãi bỏ các văn bản sau:", "Căn cứ pháp lý:": each item that opens with a document."""
    listed = [m for m in extract(text) if m.kind in (Kind.REFERENCE, Kind.NAMED) and not m.is_self]
    assert len(listed) >= 2
    assert [m.relation for m in listed] == [relation] * len(listed)


@pytest.mark.parametrize(
    ("text", "amends"),
    [
        ("# Toàn văn Thông tư 105/2025/TT-BTC sửa Thông tư 02/2024 về chứng chỉ đấu thầu ra sao?", True),
        # "sửa" alone between no two documents amends nothing
        ("Thông tư 05/2024/TT-BXD quy định việc sửa chữa nhà chung cư và Luật Nhà ở 2023.", False),
        ("Nghị định 15/2021/NĐ-CP cho phép sửa Luật Xây dựng 2014.", False),
    ],
)
def test_a_headline_amends_with_sua_alone(text: str, amends: bool) -> None:
    """"Thông tư A sửa Thông tư B": a headline's "sửa đổi" in one word."""
    assert any(link.relation is Relation.AMENDS for m in extract(text) for link in m.links) is amends


def test_a_list_of_the_documents_guiding_a_code() -> None:
    """"Dưới đây là các văn bản hướng dẫn thi hành Bộ luật A:⏎(1) Nghị định B …⏎(2) Nghị quyết
    C …": each item guides A; "văn bản hướng dẫn" with no list after it guides nothing."""
    text = ("Dưới đây là các văn bản hướng dẫn thi hành Bộ luật Dân sự 2015:\n\n**(1) **Nghị định 99/2022/NĐ-CP về "
            "đăng ký biện pháp bảo đảm.\n\n**(2)** Nghị quyết 01/2019/NQ-HĐTP hướng dẫn áp dụng quy định về lãi "
            "suất.\n\nTải về")
    code, *listed = extract(text)
    assert [links_of(m) for m in listed] == [[(Relation.GUIDES, code.start)]] * 2
    assert code.relation is Relation.MENTIONS
    assert [m.links for m in extract("Các văn bản hướng dẫn thi hành Bộ luật Dân sự 2015 còn hiệu lực.")] == [()]


def test_items_numbered_in_parentheses_are_a_list() -> None:
    """"*Nghị định 181/2025/NĐ-CP thay thế:*⏎⏎**(1) **Nghị định 209/2013 …⏎⏎**(2)** Nghị định 49/2022 …"."""
    text = ("*Nghị định 181/2025/NĐ-CP thay thế:*\n\n**(1) **Nghị định 209/2013/NĐ-CP ngày 18 tháng 12 năm 2013 của "
            "Chính phủ.\n\n**(2)** Nghị định 49/2022/NĐ-CP ngày 29 tháng 7 năm 2022 của Chính phủ.")
    acting, *replaced = extract(text)
    assert links_of(acting) == [(Relation.REPLACES, m.start) for m in replaced]


def test_a_list_ends_at_the_first_item_that_is_not_a_document() -> None:
    text = ("Số: 20/2020/QĐ-UBND\nBãi bỏ các văn bản sau đây:\n1. Quyết định số 12/2019/QĐ-UBND.\n"
            "2. Các nội dung khác theo Quyết định số 13/2019/QĐ-UBND.")
    first, second = [m for m in extract(text) if not m.is_self]
    assert (first.relation, second.relation) == (Relation.REPEALS, Relation.MENTIONS)


def test_a_listed_item_wrapped_at_a_fixed_width_goes_on_with_the_list() -> None:
    """A law library's copy wraps lines at a fixed width, anywhere: a wrapped line may open with
    a capital or a dash ("… phường Nam Lý - Đồng Hới⏎- Quảng Bình;"); the list goes on below it."""
    text = ("Số: 20/2025/QĐ-UBND\nĐiều 1. Bãi bỏ các văn bản quy phạm pháp luật do UBND tỉnh ban hành, "
            "cụ thể như sau:\n"
            "1. Quyết định 90/2004/QĐ-UB ngày 16/12/2004 của UBND tỉnh Quảng Bình Ban hành điều lệ quản lý xây dựng\n"
            "theo quy hoạch chi tiết khu đất ở Nam đường Trần Hưng Đạo, phường Nam Lý - Đồng Hới\n- Quảng Bình;\n"
            "2. Quyết định số 02/2007/QĐ-UBND ngày 31/01/2007 của UBND tỉnh Quảng Bình ban hành Quy định đánh số\n"
            "và gắn biển số nhà, áp dụng trên địa bàn các phường của thành phố Đồng Hới, tỉnh\nQuảng Bình;\n"
            "3. Quyết định số 07/2014/QĐ-UBND ngày 25/01/2014 của UBND tỉnh Quảng Trị.")
    assert [m.relation for m in extract(text) if not m.is_self] == [Relation.REPEALS] * 3


def test_a_list_ends_with_its_last_item_on_a_page_without_blank_lines() -> None:
    """After the last item, the lines below are no longer skipped in search of another: a
    document cited further down, past the list's end, is no item of it."""
    text = ("Số: 20/2025/QĐ-UBND\nĐiều 1. Bãi bỏ các văn bản sau:\n1. Quyết định số 12/2019/QĐ-UBND của UBND tỉnh.\n"
            "2. Quyết định số 13/2019/QĐ-UBND của UBND tỉnh.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ\n"
            "ngày ký ban hành.\nNơi nhận\nQuyết định 20/2025/QĐ-UBND bãi bỏ các văn bản của UBND tỉnh\n"
            "Luật Đất đai 2024 có hiệu lực.")
    found = [m for m in extract(text) if not m.is_self]
    assert [m.relation for m in found][:2] == [Relation.REPEALS] * 2
    assert all(m.relation is Relation.MENTIONS for m in found[2:])


@pytest.mark.parametrize("between", ["\n** **\n", "\n\n"])
def test_a_marked_list_ends_before_a_line_with_no_mark(between: str) -> None:
    """"Căn cứ pháp lý:⏎- Luật A;⏎- Nghị định B ….⏎** **⏎Quyết định C …": the list's items open
    with a dash; the page's title line below, past a blank line, has none and is no item."""
    text = ("11. Căn cứ pháp lý:\n- Luật Đo đạc và bản đồ năm 2018;\n- Nghị định số "
            "136/2025/NĐ-CP ngày 12/6/2025 của\nChính phủ Quy định phân quyền trong lĩnh vực Nông nghiệp và Môi\n"
            f"trường.{between}Quyết định 2702/QĐ-UBND năm 2025 công bố thủ tục hành chính nội bộ")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON, Relation.MENTIONS]
    # items with no mark go on past a blank line
    text = ("Căn cứ pháp lý:\n\nLuật Đo đạc và bản đồ năm 2018;\n\nNghị định số 136/2025/NĐ-CP ngày 12/6/2025 "
            "của Chính phủ.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON]


def test_a_label_closing_a_long_citation_carries_its_links() -> None:
    """"Nghị định A ngày … sửa đổi, bổ sung Nghị định B và Nghị định C (Nghị định A)": the
    label stands for the document the sentence described, so it carries the links."""
    text = ("Căn cứ Nghị định số 12/2025/NĐ-CP ngày 1/2/2025 của Chính phủ sửa đổi, bổ sung Nghị định số "
            "30/2020/NĐ-CP và Nghị định số 31/2021/NĐ-CP (Nghị định số 12/2025/NĐ-CP) gồm:")
    full, first, second, label = extract(text)
    assert full.links == ()
    assert links_of(label) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start)]


def test_guidance_as_a_noun_is_no_guiding() -> None:
    """"thực hiện theo hướng dẫn tại <ref>" follows guidance; the text guides nothing."""
    text = "Số: 5/2025/QĐ-UBND\nViệc chôn cất thực hiện theo hướng dẫn tại Nghị định số 23/2016/NĐ-CP."
    [decree] = [m for m in extract(text) if not m.is_self]
    assert decree.relation is Relation.MENTIONS
    [decree] = list(find_references("Thông tư này hướng dẫn Nghị định số 23/2016/NĐ-CP."))
    assert decree.relation is Relation.GUIDES


def test_markdown_bold_inside_a_date() -> None:
    text = "Căn cứ Nghị định số **293/2025/NĐ-CP** ngày **10 tháng 11 năm 2025** của Chính phủ về x;"
    [m] = extract(text)
    assert (m.date.isoformat() if m.date else None, m.issuer_name) == ("2025-11-10", "Chính phủ")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Tại Công văn 145/CV-BCĐ năm 2025, Ban Chỉ đạo yêu cầu", "145/CV-BCĐ"),
        ("Căn cứ Nghị quyết số 66/NQ-\u0421\u0420 ngày 26/3/2025 của Chính phủ;", "66/NQ-CP"),
        ("Ngày 25 tháng 3 năm 1946, với Sắc lệnh số 34-NV của Chủ tịch Chính phủ", "34/NV"),
        # Codes abbreviating syllables by one or two letters are read whole.
        ("tại Văn bản số 1605/TTr-SNgV ngày 06/11/2025", "1605/TTr-SNgV"),
        ("Công văn số 6784/BGDĐT-GDTrH của Bộ Giáo dục", "6784/BGDĐT-GDTrH"),
        ("Cục Thuế nhận được công văn số 1010/PTH-KTr2 ngày 04/9/2025", "1010/PTH-KTr2"),  # a unit numbered
        # OCR glued the number to "số".
        ("và tại Quyết định số56/2007/QĐ-TTg ngày 03/5/2007 của Thủ tướng", "56/2007/QĐ-TTg"),
    ],
)
def test_less_regular_symbols_of_real_text(text: str, canonical: str) -> None:
    """A Party code in a State symbol, Cyrillic look-alikes, an old body's code, mixed case."""
    [m] = extract(text)
    assert m.canonical == canonical
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "type_code", "issuers", "unit"),
    [
        # after "công văn", "CT" is the Cục Thuế, not Chỉ thị
        ("Công văn số 5347/CT-CS ngày 1/10/2025 của Cục Thuế", None, ("CT",), "CS"),
        ("theo công văn 58042/CT-TTHT năm 2018", None, ("CT",), "TTHT"),
        ("Chỉ thị số 16/CT-TTg ngày 16/5/2016", "CT", ("TTg",), None),
        # the type word's own code after a hyphen: its issuer left off, not the Cục Thuế
        ("Căn cứ Chỉ thị số 297-CT ngày 26/11/1986 của Hội đồng Bộ trưởng", "CT", (), None),
        # after "công văn", an unknown first code is the writer's, before a body the table knows
        ("Công văn số 17/DS-CAT-PC06 của Công an tỉnh", None, ("DS",), "CAT-PC06"),
        ("theo công văn 180/TG-CP ngày 1/1/2020", None, ("TG",), "CP"),
    ],
)
def test_ct_is_the_tax_department_in_a_letter_and_chi_thi_after_its_type_word(
        text: str, type_code: str | None, issuers: tuple[str, ...], unit: str | None) -> None:
    [m] = extract(text)
    assert m.reference is not None
    assert (m.reference.type_code, m.reference.issuers, m.reference.unit) == (type_code, issuers, unit)
    assert not any(p.code in ("type-mismatch", "issuer-not-existing", "unknown-type") for p in m.problems)


@pytest.mark.parametrize(
    ("text", "canonical", "doc_type"),
    [
        ("Kế hoạch hành động số 459-KHHĐ/TU ngày 21/5/2025 của Thành ủy", "459-KHHĐ/TU", "Kế hoạch"),
        ("tại Điều 2 Nghị quyết 08/2025/QN-HĐND của Hội đồng nhân dân tỉnh", "08/2025/QN-HĐND", "Nghị quyết"),
        ("Thông tư liên tịch số 07/2016/TTTLT-BYT-BTC ngày 15/4/2016", "07/2016/TTTLT-BYT-BTC", "Thông tư liên tịch"),
    ],
)
def test_a_type_word_vouches_for_a_code_the_table_lacks(text: str, canonical: str, doc_type: str) -> None:
    """A mistyped or unlisted type code after a type word is read, and reported."""
    [m] = extract(text)
    assert (m.canonical, m.doc_type.name if m.doc_type else None) == (canonical, doc_type)
    assert "unknown-type" in [p.code for p in m.problems]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Căn_cứ Nghị_định số 142/2005/NĐ.CP ngày 14/11/2005 của Chính_phủ", "142/2005/NĐ-CP"),
        ("Căn_cứ Quyết_định số 84/2004/QĐ.UB ngày 09/8/2004 của UBND tỉnh", "84/2004/QĐ-UB"),
        ("theo Chỉ thị 16/CT-TTg. UBND tỉnh đã chỉ đạo", "16/CT-TTg"),  # a sentence ends there
    ],
)
def test_a_dot_between_codes_is_read_as_a_hyphen(text: str, canonical: str) -> None:
    [m] = extract(text)
    assert m.canonical == canonical


def test_initials_joined_by_dots_are_no_symbol() -> None:
    assert extract("Trong bức điện số 86/T.T.L ngày 6 tháng 3 năm 1959") == []


@pytest.mark.parametrize("symbol", ["11554/VPCP-V.I", "6721/VPCP-V.III"])
def test_a_numbered_department_keeps_its_dot(symbol: str) -> None:
    # The Văn phòng Chính phủ's departments are "Vụ I", "Vụ III": their code is "V.I".
    [mention] = extract(f"Theo Công văn {symbol} ngày 8/12/2025 của Văn phòng Chính phủ, …")
    assert mention.text == f"Công văn {symbol}"
    ref = mention.reference
    assert ref is not None
    assert (str(ref), ref.issuers, ref.unit) == (symbol, ("VPCP",), symbol.split("-")[1])


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("Căn cứ các Nghị định của Chính phủ số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục; số "
         "48/2013/NĐ-CP ngày 14/5/2013 về sửa đổi;", ["Chính phủ", "Chính phủ"]),
        ("Quyết định của Ban Bí thư số 100-QĐ/TW ngày 3/2/1990", ["Ban Bí thư"]),
    ],
)
def test_an_issuer_before_the_number_applies(text: str, issuers: list[str]) -> None:
    """"các Nghị định của Chính phủ số A …; số B …": the issuer stated before the number."""
    assert [m.issuer_name for m in extract(text)] == issuers


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        # the body after the last "của" before "tại"
        ("Các bộ thực hiện theo chỉ đạo của Thủ tướng Chính phủ và hướng dẫn của Thanh tra Chính phủ tại Kế "
         "hoạch thanh tra số 1505/KH-TTCP.", "Thanh tra Chính phủ"),
        ("Điều lệ của Hội được Bộ trưởng Bộ Nội vụ phê duyệt tại Quyết định số 77/2005/QĐ-BNV.",
         "Bộ trưởng Bộ Nội vụ"),
        # joint issuers after a comma, and a body that opens a clause of its own
        ("Thông tư liên tịch số 5/2010/TTLT-BTC-BNV ngày 1/2/2010 của Bộ Tài chính, Bộ Nội vụ về chế độ",
         "Bộ Tài chính, Bộ Nội vụ"),
        ("Thông tư liên tịch số 35/2008/TTLT-BGDĐT-BNV của Bộ Giáo dục và Đào tạo, Bộ Nội vụ hướng dẫn về",
         "Bộ Giáo dục và Đào tạo, Bộ Nội vụ"),
        ("## Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư\n\n### Làm tốt", "Bộ Chính trị, Ban Bí thư"),
        # a body after the comma that goes on with a clause of its own is no co-issuer
        ("Theo Quyết định số 343-QĐNS/TW, ngày 13 tháng 8 năm 2016 của Bộ Chính trị, Ban Chỉ đạo Cải cách tư "
         "pháp Trung ương gồm 19 thành viên.", "Bộ Chính trị"),
        ("tại Nghị định số 188/2004/NĐ-CP của Chính phủ, UBND tỉnh được quyết định điều chỉnh", "Chính phủ"),
        # a Party organ with the body it sits in
        ("Công văn 131-CV/ĐU của Đảng ủy Bộ Giáo dục và Đào tạo về công tác sắp xếp.",
         "Đảng ủy Bộ Giáo dục và Đào tạo"),
        ("Kế hoạch 12-KH/ĐU của Ban Thường vụ Đảng ủy Bộ Tài chính về chuyển đổi số.",
         "Ban Thường vụ Đảng ủy Bộ Tài chính"),
        ("Nghị quyết 05-NQ/ĐU của Đảng ủy Chính phủ về nhiệm vụ.", "Đảng ủy Chính phủ"),
        ("Nghị quyết 05-NQ/QUTW của Đảng ủy Quân sự Trung ương về nhiệm vụ.", "Đảng ủy Quân sự Trung ương"),
        # the body's place goes with it; a body after a comma is a co-issuer, as before
        ("Kế hoạch 12-KH/ĐU của Đảng ủy UBND tỉnh Nghệ An về việc.", "Đảng ủy UBND tỉnh Nghệ An"),
        ("Kế hoạch 12-KH/ĐU của Đảng ủy xã Tân Hòa về việc.", "Đảng ủy xã Tân Hòa"),
        # the ministries of a joint document
        ("Căn_cứ Thông_tư liên_tịch số 09/2007/TTLT-BTP-BTC ngày 15 tháng 11 năm 2007 của liên_Bộ Tư_pháp - "
         "Bộ Tài_chính hướng_dẫn việc quản_lý", "liên Bộ Tư pháp - Bộ Tài chính"),
        ("theo Thông tư liên tịch số 5/2010/TTLT-BTC-BCT của Liên Bộ Tài chính - Công Thương về giá",
         "Liên Bộ Tài chính - Công Thương"),
        # (each by its bare name, a ministry the registry knows as "Bộ <name>")
        ("theo Thông tư liên tịch số 12/1990/TTLT của liên Bộ Quốc phòng - Y tế - Tài chính về chế độ",
         "liên Bộ Quốc phòng - Y tế - Tài chính"),
        # the subject before the issuing verb, without its adverbs
        ("(Chinhphu.vn) - Chính phủ mới đây đã ban hành Nghị quyết số 07/2025/NQ-CP về chính sách", "Chính phủ"),
        ("Ngày 01/12/2025, Ủy ban nhân dân tỉnh Cà Mau có ban hành Thông báo 0226/TB-UBND về việc nghỉ tết",
         "Ủy ban nhân dân tỉnh Cà Mau"),
        # the office, not the person who holds it; a province's offices end with a place
        ("ngày 16 tháng 11, Thủ tướng Phạm Minh Chính đã cho ký Quyết định số 1403/QĐ-TTg để thành lập",
         "Thủ tướng"),
        ("Ngày 28/9/2011, Phó Thủ tướng Chính phủ Hoàng Trung Hải ký ban hành Quyết định 1698/QĐ-TTg năm 2011",
         "Phó Thủ tướng Chính phủ"),
        ("Bộ trưởng Bộ Y tế Đào Hồng Lan ký ban hành Thông tư số 43/2025/TT-BYT ngày 15/11/2025 hướng dẫn",
         "Bộ trưởng Bộ Y tế"),
        ("Chủ tịch UBND tỉnh Lâm Đồng ký Quyết định 12/QĐ-UBND ngày 1/1/2025", "Chủ tịch UBND tỉnh Lâm Đồng"),
        ("Chủ tịch nước CHXHCN Việt Nam ký Quyết định 12/QĐ-CTN ngày 1/1/2025", "Chủ tịch nước CHXHCN Việt Nam"),
        # who advised or proposed is not who issued
        ("Bộ đã tham mưu Chính phủ ban hành Nghị định số 151/2025/NĐ-CP quy định", "Chính phủ"),
        # the subject before "ban hành" after a session or a heading's dash
        ("Sáng ngày 10/12/2025, tại Kỳ họp thứ 10 Quốc hội khóa XV đã thông qua Nghị quyết số 5/2025/QH15.",
         "Quốc hội"),
        ("Ngày 16 tháng 5 năm 2020, UBTV Quốc hội đã ban hành Nghị quyết số 942/NQ-UBTVQH14", "UBTV Quốc hội"),
        # a clause of its own after "và", its subject a body
        ("Ngày 06 tháng 6 năm 2024, đồng chí A được Quốc hội phê chuẩn bổ nhiệm giữ chức Phó Thủ tướng Chính phủ "
         "và Chủ tịch nước đã ký Quyết định số 496/QĐ-CTN bổ nhiệm đồng chí A", "Chủ tịch nước"),
        ('"Công Báo - Thành phố Hồ Chí Minh - Ủy ban nhân dân thành phố Hồ Chí Minh ban hành Quyết định số '
         '5300/QĐ-UBND về việc xếp hạng di tích"', "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("Ngày 1/2/2025, Bộ Công Thương - Cục Xúc tiến thương mại ban hành Quyết định số 5/QĐ-XTTM về việc",
         "Bộ Công Thương - Cục Xúc tiến thương mại"),
        # the place of a body joined after a dash
        ("Xét Tờ trình số 20877/TTLN-CT-STC ngày 01/12/2009 của Cục Thuế - Sở Tài chính Hà Nội, về việc",
         "Cục Thuế - Sở Tài chính Hà Nội"),
    ],
)
def test_the_issuer_a_mention_names(text: str, issuer_name: str) -> None:
    """Where the text names a single mention's issuer, and how far that name runs."""
    [m] = extract(text)
    assert m.issuer_name == issuer_name


def test_a_proposer_is_not_read_as_the_issuer() -> None:
    """"Xét đề nghị của A tại văn bản X; của B tại văn bản Y": A and B propose; a proposal
    names no issuer, and the list goes on after ";" with a bare "của"."""
    text = ("Xét đề nghị của Bộ Công Thương tại văn bản số 13339/TTr-BCT, ngày 31 tháng 12 năm 2009; của Bộ Nội vụ "
            "tại văn bản số 82/TTr-BNV, ngày 06 tháng 01 năm 2010,")
    assert [m.issuer_name for m in extract(text)] == [None, None]


def test_a_body_reporting_in_a_document_is_a_proposer_too() -> None:
    """"Xét báo cáo của X tại Tờ trình A": X reports, as "đề nghị của X tại" proposes; the report's
    issuer is not stated."""
    [m] = extract("Xét báo cáo của Ngân hàng Nhà nước Việt Nam tại Tờ trình 213/TTrNHNN năm 2025 về việc báo cáo tình "
                  "hình thị trường vàng;")
    assert (m.issuer_name, m.title) == (None, "báo cáo tình hình thị trường vàng")


@pytest.mark.parametrize(
    "text",
    ["Năm 2007, Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành Quyết định số 34/2007/QĐ-BCN phê duyệt.",
     "Năm 2007 , Bộ Công_nghiệp ( nay là Bộ Công_thương ) đã ban_hành Quyết_định số 34/2007/QĐ-BCN phê_duyệt ."],
)
def test_the_body_s_name_now_between_subject_and_verb(text: str) -> None:
    """"Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành …": the body that issued it, by its name then."""
    [m] = extract(text)
    assert m.issuer_name == "Bộ Công nghiệp"


@pytest.mark.parametrize(
    ("text", "date", "issuer_name", "title"),
    [
        ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân đã được Quốc hội thông qua ngày 30 tháng 6 năm "
         "1983;", dt.date(1983, 6, 30), "Quốc hội", None),
        # the term and session between the body and its verb, and a short name in parentheses before
        ("Luật Ban hành văn bản quy phạm pháp luật (VBQPPL) được Quốc hội khóa XV tại Kỳ họp bất thường lần thứ 9 "
         "thông qua ngày 19/02/2025 và có hiệu lực", dt.date(2025, 2, 19), "Quốc hội", None),
        ("Luật Đất đai số 31/2024/QH15 được Quốc hội khóa XV thông qua tại Kỳ họp bất thường lần thứ 5 ngày "
         "18/01/2024.", dt.date(2024, 1, 18), "Quốc hội", None),
        # the term in figures: after the issuer, and before the verb of a passive or a lead
        ("Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội khóa 15 về sắp xếp các "
         "đơn vị hành chính.", dt.date(2025, 6, 16), "Ủy ban Thường vụ Quốc hội", "sắp xếp các đơn vị hành chính"),
        ("Luật Đất đai 2024 được Quốc hội khóa 15 thông qua ngày 18/1/2024.", dt.date(2024, 1, 18), "Quốc hội", None),
        # "do <body> ban hành" after what the document is about, in a clause that cites a provision of it
        ("Căn cứ khoản 2 Điều 11 Thông tư 153/2011/TT-BTC hướng dẫn về thuế sử dụng đất phi nông nghiệp do Bộ Tài "
         "chính ban hành quy định như sau:", None, "Bộ Tài chính", None),
        ("Tại Điều 18 Thông tư 79/2024/TT-BCA quy định về cấp, thu hồi chứng nhận đăng ký xe do Bộ trưởng Bộ Công an "
         "ban hành như sau:", None, "Bộ trưởng Bộ Công an", None),
        # after the year the symbol lacks, what the document is about in words (a year among them), then "do …"
        ("Căn cứ tại Điều 1 Nghị quyết 1669/NQ-UBTVQH15 năm 2025 sắp xếp các đơn vị hành chính cấp xã của thành phố "
         "Hải Phòng năm 2025 do Ủy ban Thường vụ Quốc hội ban hành quy định như sau:", None,
         "Ủy ban Thường vụ Quốc hội", None),
        # "được ban hành ngày …" after the title, without who: the date, and the title ends before it
        ("Nghị quyết 25/NQ-HĐND năm 2025 về việc tán thành chủ trương sắp xếp đơn vị hành chính cấp xã được ban "
         "hành ngày 18 tháng 4 năm 2025.", dt.date(2025, 4, 18), None,
         "tán thành chủ trương sắp xếp đơn vị hành chính cấp xã"),
        # the document quoted after the issuing verb
        ('Ngày 27/9/2012, Thủ tướng Chính phủ đã ký "Quyết định số 1419/QĐ-TTg" xếp hạng Danh lam thắng cảnh.',
         dt.date(2012, 9, 27), "Thủ tướng Chính phủ", None),
        # a school named by its level's abbreviation is a body
        ("Ngày 04/4/2025, THPT Chuyên Hà Giang ra Kế hoạch 116/KH-THPTC năm 2025 về tuyển sinh.",
         dt.date(2025, 4, 4), "THPT Chuyên Hà Giang", "tuyển sinh"),
        # "số" ends a name before a number, not in "chuyển đổi số" (digital transformation)
        ("Cập nhật danh mục đáp ứng Công văn 4334/CT-CĐS ngày 10/10/2025 của Ban Chuyển đổi số.",
         dt.date(2025, 10, 10), "Ban Chuyển đổi số", None),
        # who chairs a meeting after the date and a comma opens the sentence's clause: no issuer, no title
        ("Căn cứ Thông báo 725/TB-VP năm 2025 ngày 27/11/2025, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh "
         "chủ trì cuộc họp về tiến độ triển khai.", dt.date(2025, 11, 27), None, None),
        # who approved it ("phê chuẩn", like "phê duyệt") issued it
        ("Điều lệ của Liên hiệp hội được Thủ tướng Chính phủ phê chuẩn tại Quyết định số 1795/QĐ-TTg ngày 21/10/2015.",
         dt.date(2015, 10, 21), "Thủ tướng Chính phủ", None),
        # after the title, the passive with its term and session, a comma between
        ("Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt xử lý khó khăn được Quốc hội khóa XV, Kỳ họp thứ 9 thông qua "
         "ngày 24/6/2025.", dt.date(2025, 6, 24), "Quốc hội", "cơ chế đặc biệt xử lý khó khăn"),
        ("Đồng thời, ngày 16/6/2025, Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa 15 ban "
         "hành Nghị quyết 1680/NQ-UBTVQH15 năm 2025 về sắp xếp.", dt.date(2025, 6, 16),
         "Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam", "sắp xếp"),
        # a stray slash after the date
        ("- Chỉ thị số 05/CT-TTg ngày 01/3/2025/ của Thủ tướng Chính phủ về các nhiệm vụ trọng tâm.",
         dt.date(2025, 3, 1), "Thủ tướng Chính phủ", "các nhiệm vụ trọng tâm"),
        # a space left out after "tháng"
        ("Căn cứ Quyết định số 389/QĐ-TTg ngày 19 tháng3 năm 2014 của Thủ tướng Chính phủ về việc thành lập Ban.",
         dt.date(2014, 3, 19), "Thủ tướng Chính phủ", "thành lập Ban"),
        # a list's item that ends with the document's date, after its title
        ("- Quyết định số 100-QĐ/TW về việc thành lập Hội Cựu chiến binh Việt Nam, ngày 3 tháng 2 năm 1990.\n",
         dt.date(1990, 2, 3), None, "thành lập Hội Cựu chiến binh Việt Nam"),
        ("Quốc hội đã xem xét và thông qua Nghị quyết 201/2025/QH15 về thí điểm cơ chế đặc thù để phát triển nhà ở xã "
         "hội vào ngày 29/5/2025. Đây là", dt.date(2025, 5, 29), "Quốc hội",
         "thí điểm cơ chế đặc thù để phát triển nhà ở xã hội"),
        # who signs on behalf of a body signs for it
        ("Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận số 157-KL/TW về triển "
         "khai các nghị quyết.", dt.date(2025, 5, 25), "Bộ Chính trị", "triển khai các nghị quyết"),
        # a body of the past, known to the registry, with a lower-case word in its name
        ("Căn_cứ Thông_tư số 488/KHKT/TT ngày 5-6-1988 của Uỷ_ban Khoa_học và kỹ_thuật Nhà_nước về việc xây_dựng "
         "Tiêu_chuẩn kỹ_thuật địa_phương ;", dt.date(1988, 6, 5), "Uỷ ban Khoa học và kỹ thuật Nhà nước",
         "xây dựng Tiêu chuẩn kỹ thuật địa phương"),
        # a quoted title spaced as word-segmented text spaces it, after the issuer's term
        ('từ khi có Quy_định số 123-QĐ / TW ngày 28-9-2004 của Bộ Chính_trị ( khoá IX ) " Quy_định một_số điểm về '
         'kết_nạp đảng_viên " , cấp_uỷ đã', dt.date(2004, 9, 28), "Bộ Chính trị",
         "Quy định một số điểm về kết nạp đảng viên"),
    ],
)
def test_issuers_stated_around_the_reference(
        text: str, date: dt.date, issuer_name: str, title: str | None) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name, m.title) == (date, issuer_name, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a hard-wrapped paragraph whose next line opens with a figure, not a list item's number
        ("*Căn cứ Nghị quyết số\n66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ về Chương trình cắt giảm, đơn\n"
         "giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm\n2025 và 2026;*",
         "Chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 "
         "và 2026"),
        # what a body did with it, in the passive, is a clause of its own …
        ("Theo Nghị định số 55/2019/NĐ-CP về hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa được Ủy ban nhân dân cấp tỉnh "
         "công bố công khai để hỗ trợ.", "hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa"),
        # … and "với các nội dung như sau:" closes the title, however long
        ("Căn cứ Quyết định 881/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Bình Định về chấp thuận chủ "
         "trương đầu tư dự án Bệnh viện Nhơn Bình với các nội dung như sau:",
         "chấp thuận chủ trương đầu tư dự án Bệnh viện Nhơn Bình"),
        # in bold after the year that names the document, and closed by "**có quy định"
        ("Căn cứ theo khoản 4 Điều 1 Nghị quyết 1673/NQ-UBTVQH15 năm 2025 **về sắp xếp đơn vị hành chính cấp xã của "
         "****Tỉnh Lào Cai**** năm 2025 **có quy định như sau:",
         "sắp xếp đơn vị hành chính cấp xã của Tỉnh Lào Cai năm 2025"),
        # "… sẽ hết hiệu lực" after a list closing the title, not a clause of its own after the comma
        ("Nghị quyết số 11/NQ-CP ngày 15/01/2025 của Chính phủ về việc miễn thị thực cho công dân các nước: Cộng hòa "
         "Ba Lan, Cộng hòa Séc và Liên bang Thụy Sỹ sẽ hết hiệu lực kể từ ngày 15/8/2025.",
         "miễn thị thực cho công dân các nước: Cộng hòa Ba Lan, Cộng hòa Séc và Liên bang Thụy Sỹ"),
        # an aside that numbers a round in Roman figures belongs to the title
        ('"Quyết định số 1157KT/CTN ngày 03/02/1997 của Chủ tịch nước về việc phong tặng Danh hiệu Nghệ sĩ nhân dân '
         '(đợt IV)". Truy cập ngày 23 tháng 2 năm 2025.', "phong tặng Danh hiệu Nghệ sĩ nhân dân (đợt IV)"),
        # "do" and a capitalised cause, not a body
        ("Ngày 13/9/2024, Tổng cục Thuế có Công văn 4062/TCT-TS về việc hướng dẫn các giải pháp hỗ trợ doanh nghiệp "
         "bị tổn thất do Bão số 3 và mưa lũ sau bão.",
         "hướng dẫn các giải pháp hỗ trợ doanh nghiệp bị tổn thất do Bão số 3 và mưa lũ sau bão"),
        # a second agent of "do" after a comma, not the sentence's own subject
        ("Ủy ban Trung ương MTTQ Việt Nam ban hành Hướng dẫn 05/HD-MTTW-BTT năm 2025 về việc hợp nhất các Hội quần "
         "chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp tỉnh, cấp xã.",
         "hợp nhất các Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp tỉnh, cấp xã"),
    ],
)
def test_a_title_goes_on_past_a_wrapped_figure_a_cause_and_a_second_agent(text: str, title: str) -> None:
    """What only looks like the title's end: a line opening with "2025", "do Bão số 3", "do Đảng, Nhà nước …"."""
    [m] = extract(text)
    assert m.title == title


def test_what_a_clause_rests_on_after_a_comma_is_not_carried_out() -> None:
    """ "Thông tư A quy định về thực hiện giá bán điện, căn cứ Luật B, Nghị định C": "thực hiện"
    has its object before the comma; B and C are the grounds, not carried out by A."""
    text = ("Ngày 2/12/2025, Bộ Công Thương ban hành Thông tư số 60/2025/TT-BCT quy định về thực hiện giá bán điện, "
            "căn cứ Luật Điện lực số 61/2024/QH15, Nghị định số 40/2025/NĐ-CP của Chính phủ.")
    circular, *_ = extract(text)
    assert circular.links == ()


def test_a_passive_that_cites_the_approving_document_stays_in_the_title() -> None:
    """ "… Kế hoạch … đã được UBND Thành phố phê duyệt tại Quyết định 11/QĐ-UBND" says which plan
    the title names: the title holds a reference (so it is none), and the adjustment links."""
    text = ("Phó Chủ tịch vừa ký ban hành Quyết định 2595/QĐ-UBND về việc điều chỉnh bổ sung Kế hoạch sử dụng đất năm "
            "2025 quận Long Biên đã được UBND Thành phố phê duyệt tại Quyết định 11/QĐ-UBND ngày 03/01/2025.")
    adjusting, approving = extract(text)
    assert adjusting.title is None
    assert links_of(adjusting) == [(Relation.AMENDS, approving.start)]


def test_a_list_item_number_on_the_next_line_still_ends_a_title() -> None:
    """A wrapped paragraph's next line opening with "2." is the next item, not more title."""
    text = ("Các văn bản được nêu dưới đây là căn cứ pháp lý để tổ chức triển khai\n"
            "1. Căn cứ Quyết định số 1/QĐ-UBND của Ủy ban nhân dân tỉnh về việc thành lập tổ\n"
            "2. Giao Sở Tài chính chủ trì.")
    [m] = extract(text)
    assert m.title == "thành lập tổ"


def test_a_quoted_title_across_a_line_drops_its_opening_word() -> None:
    text = "Chỉ thị số 50-CT/TW của Ban Bí thư *“Về tiếp tục đổi mới sinh hoạt chi bộ\ntrong giai đoạn mới”*; khác"
    assert [m.title for m in extract(text)] == ["tiếp tục đổi mới sinh hoạt chi bộ trong giai đoạn mới"]


def test_a_spaced_quoted_title_drops_its_opening_word() -> None:
    text = 'thay_thế Quyết_định số 48/2004/QĐ-UB ngày 18/5/2004 của UBND tỉnh Nghệ_An " V / v Ban_hành Quy_định " .'
    assert [m.title for m in extract(text)] == ["Ban hành Quy định"]
    assert [m.title for m in extract('Quyết định số 48/2004/QĐ-UB về "  " .')] == [None]


def test_issued_by_in_the_passive_after_the_reference() -> None:
    """"… Công văn 970/SGDĐT-GDTrH năm 2025 ban hành bởi Sở GD&ĐT tỉnh Điện Biên": its issuer;
    "được sửa đổi bởi" names a document, not an issuer."""
    [m] = extract("Căn cứ Mục V Công văn 970/SGDĐT-GDTrH năm 2025 ban hành bởi Sở GD&ĐT tỉnh Điện Biên, chế độ")
    assert m.issuer_name == "Sở GD&ĐT tỉnh Điện Biên"
    assert [m.issuer_name for m in extract("Nghị định 10/2020/NĐ-CP được sửa đổi bởi Nghị định 11/2021/NĐ-CP.")] == [
        None, None]


@pytest.mark.parametrize(
    ("text", "issuer_name", "title"),
    [
        # "do … ban hành" after the title of a document that opens its clause after "Theo"
        ("Theo Chỉ thị 10/CT-TTg năm 2023 về tăng cường trật tự an toàn giao thông do Thủ tướng Chính phủ ban hành, "
         "người điều khiển", "Thủ tướng Chính phủ", "tăng cường trật tự an toàn giao thông"),
        # a few words in lower case in parentheses are the title's; "(hiệu lực …)" is not
        ("Căn cứ Nghị quyết số 206/NQ-HĐND của HĐND thành phố về phân bổ dự toán chi thường xuyên (vốn sự nghiệp) "
         "thuộc Chương trình mục tiêu quốc gia năm 2025;", "HĐND thành phố",
         "phân bổ dự toán chi thường xuyên (vốn sự nghiệp) thuộc Chương trình mục tiêu quốc gia năm 2025"),
        ("Quyết định 5/QĐ-UBND về giá đất (hiệu lực từ 1/1/2025) của UBND.", None, "giá đất"),
        ("Nghị quyết 246/2025/QH15 về phân bổ ngân sách trung ương năm 2026 (đính kèm). Về việc này", None,
         "phân bổ ngân sách trung ương năm 2026"),
        ("Văn bản số 9671-CV/BTCTW về đề xuất biên chế giai đoạn 2026-2031 (gửi kèm theo), Bộ Nội vụ đề nghị.", None,
         "đề xuất biên chế giai đoạn 2026-2031"),
        # the country's name wrapped
        ("Thông tư số 31/2022/TT-BTC về Danh mục hàng hóa xuất khẩu, nhập khẩu Việt\nNam;", None,
         "Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam"),
        # "tiếp theo" (the following years) ends its line; the next line is the page's own
        ("Nghị quyết 30/2013/NQ-HĐND về xây dựng khu vực phòng thủ đến năm 2020 và những năm tiếp theo\nVăn bản này "
         "chưa cập nhật nội dung Tiếng Anh", None, "xây dựng khu vực phòng thủ đến năm 2020 và những năm tiếp theo"),
        ("Trên đây là điểm đáng chú ý Nghị định 319/2025/NĐ-CP về chính sách đặc thù lĩnh vực đường sắt!*\n", None,
         "chính sách đặc thù lĩnh vực đường sắt"),
        ("Nghị định 314/2025/NĐ-CP về quy chế làm việc mẫu có hiệu lực **từ ngày 08 tháng 12 năm 2025**.", None,
         "quy chế làm việc mẫu"),
        ("Bộ Y tế đã ban hành kèm theo Quyết định 2407/QĐ-BYT năm 2025 về hướng dẫn phòng bệnh.", "Bộ Y tế",
         "hướng dẫn phòng bệnh"),
        # what is issued with a decision is no issuer
        ("Căn cứ Danh mục án phí, lệ phí Tòa án ban hành kèm theo Nghị quyết 326/2016/UBTVQH14 về án phí.", None,
         "án phí"),
        ("Nghị quyết số 14/2022/NQ-HĐND của HĐND thành phố về việc về việc đặt tên một số đường.", "HĐND thành phố",
         "đặt tên một số đường"),
        # who reported on a document did not issue it
        ("Nghị quyết số 18-NQ/TW do Đảng ủy Chính phủ báo cáo được thông qua.", None, None),
    ],
)
def test_issuer_and_title_around_a_single_reference(text: str, issuer_name: str | None, title: str | None) -> None:
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer_name, title)


def test_carrying_out_a_provision_opening_the_clause_implements() -> None:
    """"Thực hiện quy định tại khoản 1 Điều 11 Nghị quyết A, …" opening the clause implements A;
    "thực hiện (theo) quy định tại …" inside a sentence does not."""
    [m] = extract("Thực hiện quy định tại khoản 1 Điều 11 Nghị quyết 190/2025/QH15 của Quốc hội, Bộ Tư pháp đề nghị")
    assert m.relation is Relation.IMPLEMENTS
    [m] = extract("Các cơ quan thực hiện quy định tại Điều 5 Nghị định 10/2020/NĐ-CP.")
    assert m.relation is Relation.MENTIONS




def test_no_state_document_amends_a_party_one() -> None:
    """"… Luật Đất đai …: giải pháp sửa đổi, bổ sung Nghị quyết số 18-NQ/TW": a law changes no
    Party resolution (and the Party no law)."""
    text = ("Điều 1 sửa đổi, bổ sung một số điều của Luật Đất đai, gồm 29 khoản: nhóm giải pháp sửa đổi, bổ sung "
            "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.")
    assert all(m.links == () for m in extract(text))


def test_a_closing_spaced_quote_opens_no_title() -> None:
    """'Theo " Quyết định … " của …': the spaced quote after the reference closes the quotation."""
    [m] = extract('Theo " Quyết định 5/QĐ-UB ngày 1/1/2020 " của UBND " x " là')
    assert m.title is None


def test_the_context_ends_with_its_paragraph() -> None:
    """A heading's mention is not dated by the next paragraph's first sentence; a paragraph
    that goes on in lower case (text from a PDF) still belongs to the mention."""
    text = ("## Nghị định 245/2025/NĐ-CP sửa đổi Nghị định 155/2020/NĐ-CP**\n\nNgày 11/9/2025, Chính phủ ban hành "
            "Nghị định 245/2025/NĐ-CP về chứng khoán. (Kèm theo Nghị định số 158/2025/NĐ-CP\n\nngày 25 tháng 6 "
            "năm 2025 của Chính phủ)")
    assert [m.date for m in extract(text)] == [None, None, dt.date(2025, 9, 11), dt.date(2025, 6, 25)]


@pytest.mark.parametrize(
    "blank", ["ngày tháng năm 2024", "ngày ..... tháng ..... năm .......", "ngày … tháng … năm 2024"])
def test_a_forms_blank_date_is_passed_over(blank: str) -> None:
    """A form leaves the day blank ("Thông tư số A ngày tháng năm 2024 của Bộ trưởng Bộ Y tế về
    việc …"): no date, and the issuer and title after it are still read."""
    text = f"Căn cứ Thông tư số 24/2024/TT-BYT {blank} của Bộ trưởng\nBộ Y tế về việc ban hành tiêu chí xét tặng;"
    [m] = extract(text)
    assert (m.date, m.issuer_name, m.title) == (None, "Bộ trưởng Bộ Y tế", "ban hành tiêu chí xét tặng")


def test_a_list_items_mark_after_a_type_word_is_no_number() -> None:
    """"… kể từ ngày ban hành Quyết định⏎2. Sở Văn hoá …": "2." marks the next item; on the same
    line, or without the mark, the number is the document's."""
    assert extract("Thời hạn 05 ngày kể từ ngày ban hành Quyết định\n2. Sở Văn hoá, Thể thao và Du lịch;") == []
    assert [m.text for m in extract("theo Quyết định\n2 của UBND tỉnh.")] == ["Quyết định\n2"]
    assert [m.text for m in extract("Thực hiện Nghị định 15. Ngoài ra")] == ["Nghị định 15"]


def test_a_doubled_ngay_still_dates_the_mention() -> None:
    [m] = extract("Theo Quyết định số 343-QĐNS/TW, ngày ngày 13 tháng 8 năm 2016 của Bộ Chính trị.")
    assert (m.date, m.issuer_name) == (dt.date(2016, 8, 13), "Bộ Chính trị")


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        ("Thông_tư quy_định chi_tiết thi_hành Nghị_định số 58/2001/NĐ-CP\n\nCăn_cứ Nghị_định số 77/2009/NĐ-CP ngày "
         "15/9/2009 quy_định chức_năng của Bộ Công_an ;\nBộ Công_an quy_định chi_tiết thi_hành một_số điều của "
         "Nghị_định số 58/2001/NĐ-CP ngày 24/8/2001 về quản_lý và sử_dụng con dấu như sau :",
         [Relation.GUIDES, Relation.BASED_ON, Relation.GUIDES]),
        # the issuer's sentence without "như sau:" is no enacting formula
        ("Thông_tư quy_định chi_tiết thi_hành Nghị_định số 58/2001/NĐ-CP\n\nBộ Công_an quy_định chi_tiết thi_hành "
         "Nghị_định số 31/2009/NĐ-CP .", [Relation.GUIDES, Relation.MENTIONS]),
    ],
)
def test_the_issuers_enacting_sentence_is_the_texts_act(text: str, relations: list[Relation]) -> None:
    """"Bộ Công an quy định chi tiết … như sau:" closing a circular's preamble says what the
    circular does, in its issuer's name."""
    assert [m.relation for m in extract(text) if m.kind is Kind.REFERENCE] == relations


def test_replacing_a_way_of_doing_replaces_no_document() -> None:
    text = ("Danh mục ban hành kèm theo Quyết định số 57/2005/QĐ-BTC được áp dụng thay thế cho việc tính thuế theo "
            "bộ linh kiện quy định tại Quyết định số 110/2003/QĐ-BTC.")
    assert [m.links for m in extract(text)] == [(), ()]


def test_guiding_what_a_document_prescribes_guides_it() -> None:
    text = ("Thông tư hướng dẫn phân loại linh kiện ô tô\n\nBộ Tài chính hướng dẫn thực hiện phân loại mặt hàng "
            "linh kiện, phụ tùng ô tô nhập khẩu để áp dụng thuế suất thuế nhập khẩu ưu đãi quy định tại Quyết "
            "định số 57/2005/QĐ-BTC ngày 10 tháng 08 năm 2005 như sau:")
    [m] = extract(text)
    assert m.relation is Relation.GUIDES


def test_guiding_what_documents_prescribe_guides_each() -> None:
    """"Thông tư A hướng dẫn <what> theo quy định của Nghị định B, C và D": A guides all three."""
    text = ("Cụ thể, Thông tư 76/2024/TT-BTC hướng dẫn chế độ công bố thông tin và chế độ báo cáo theo quy định "
            "của Nghị định 153/2020/NĐ-CP, Nghị định 65/2022/NĐ-CP và Nghị định 08/2023/NĐ-CP, bao gồm:")
    circular, *decrees = extract(text)
    assert links_of(circular) == [(Relation.GUIDES, m.start) for m in decrees]


def test_a_subject_before_a_list_reaches_past_what_an_item_names() -> None:
    """An item whose title names a document ("… về thi hành Luật đất đai;", "… của Nghị
    định số 188/2004/NĐ-CP;") or runs long without one does not end the list; the
    documents it names are not items and get no issuer."""
    text = ("Căn cứ các Nghị định của Chính phủ số 181/2004/NĐ-CP ngày 29/10/2004 về thi hành Luật đất đai; "
            "Nghị định số 188/2004/NĐ-CP ngày 16/11/2004 về phương pháp xác định giá đất; Nghị định số "
            "123/2007/NĐ-CP ngày 27/7/2007 về sửa đổi, bổ sung một số điều của Nghị định số 188/2004/NĐ-CP; "
            "Nghị định số 84/2007/NĐ-CP ngày 25/5/2007 quy định sửa đổi, bổ sung về việc cấp giấy chứng nhận "
            "quyền sử dụng đất, thu hồi đất; Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 quy định bổ sung;")
    found = [(m.canonical or m.text, m.issuer_name) for m in extract(text)]
    assert found == [
        ("181/2004/NĐ-CP", "Chính phủ"), ("Luật đất đai", None), ("188/2004/NĐ-CP", "Chính phủ"),
        ("123/2007/NĐ-CP", "Chính phủ"), ("188/2004/NĐ-CP", None), ("84/2007/NĐ-CP", "Chính phủ"),
        ("69/2009/NĐ-CP", "Chính phủ"),
    ]
    # the same list wrapped at a fixed width
    wrapped = ("Căn cứ các Nghị định của\nChính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và "
               "biện\npháp thi hành; số\n187/2025/NĐ-CP ngày 01/7/2025 sửa đổi, bổ sung một số điều của Nghị định số"
               "\n78/2025/NĐ-CP ngày 01/4/2025; số 133/2025/NĐ-CP ngày\n12/6/2025 quy định phân quyền;")
    assert [(m.canonical, m.issuer_name) for m in extract(wrapped)] == [
        ("78/2025/NĐ-CP", "Chính phủ"), ("187/2025/NĐ-CP", "Chính phủ"), ("78/2025/NĐ-CP", None),
        ("133/2025/NĐ-CP", "Chính phủ")]
    # "về việc thi hành" as "về thi hành": the decree guides the law, which is no basis
    decree, law = extract("Căn cứ các Nghị định của Chính phủ: Số 181/2004/NĐ-CP ngày 29/10/2004 về việc thi hành "
                          "Luật Đất đai;")
    assert links_of(decree) == [(Relation.GUIDES, law.start)]
    assert (decree.relation, law.relation) == (Relation.BASED_ON, Relation.MENTIONS)


def test_a_list_ends_with_its_sentence() -> None:
    text = ("Căn cứ Nghị định của Chính phủ số 181/2004/NĐ-CP về thi hành Luật đất đai. Kế hoạch số "
            "5/KH-UBND; Quyết định số 7/QĐ-UBND;")
    assert [m.issuer_name for m in extract(text)] == ["Chính phủ", None, None, None]


@pytest.mark.parametrize("standard", ["QCVN 26:2010/BTNMT", "QCVN ……:2025/BNNMT", "QCVN ...:2025/BNNMT"])
def test_a_standards_year_is_no_symbol(standard: str) -> None:
    """"QCVN 26:2010/BTNMT" is a technical regulation: "2010/BTNMT" after its colon is no letter,
    also where a draft leaves the number blank."""
    found = extract(f"theo {standard} ban hành kèm theo Thông tư 39/2010//TT-BTNMT ngày 16/12/2010")
    assert [(m.text, m.canonical) for m in found] == [("Thông tư 39/2010//TT-BTNMT", "39/2010/TT-BTNMT")]


def test_a_space_for_the_party_hyphen_after_a_type_word() -> None:
    """"Hướng dẫn 52 HD/BTCTW" is 52-HD/BTCTW; without a type word the number may be a count."""
    [m] = extract("Hướng dẫn 52 HD/BTCTW năm 2005 của Ban Tổ chức Trung ương Đảng về điều chỉnh đối tượng")
    assert (m.text, m.canonical, m.issuer_name, m.title) == (
        "Hướng dẫn 52 HD/BTCTW", "52-HD/BTCTW", "Ban Tổ chức Trung ương Đảng", "điều chỉnh đối tượng")
    assert extract("trong 52 HD/BTCTW") == []


def test_a_hyphen_for_the_party_slash_after_a_type_word() -> None:
    """"Quy định số 366-QĐ-TW" is 366-QĐ/TW; a State code around the
    hyphen ("12-CT-UBND") or no type word before ("mã 12-KL-TW") reads as nothing."""
    [m] = extract("theo Quy định số 366-QĐ-TW ngày 17/8/2022 của Bộ Chính trị về kiểm điểm")
    assert (m.text, m.canonical, m.date, m.issuer_name) == (
        "Quy định số 366-QĐ-TW", "366-QĐ/TW", dt.date(2022, 8, 17), "Bộ Chính trị")
    assert extract("Chỉ thị 12-CT-UBND") == []
    assert extract("mã 12-KL-TW") == []


@pytest.mark.parametrize(
    ("text", "canonical", "issuer"),
    [
        ("+ Nghị_định số 205/TT ngày 11-10-2001 của Thủ_tướng Chính_phủ về quản_lý", "205/TT", "TTg"),
        ("Theo Quyết định số 147/CT ngày 11-5-1990 của Chủ tịch Hội đồng Bộ trưởng", "147/CT", "HĐBT"),
    ],
)
def test_another_types_word_makes_a_lone_code_the_issuer(text: str, canonical: str, issuer: str | None) -> None:
    """After "Nghị định", "205/TT" is no circular without its issuer: TT is who issued it."""
    [m] = extract(text)
    assert (m.canonical, m.reference.type_code if m.reference else "?") == (canonical, None)
    assert (m.issuer.code if m.issuer else None) == issuer


@pytest.mark.parametrize(
    ("text", "type_code"),
    [("Sắc lệnh số 50/SL ngày 18/6/1949", "SL"), ("Chỉ thị số 297-CT", "CT"), ("Thông tư số 12/TT", "TT")],
)
def test_a_lone_code_of_the_words_own_type_stays_a_type_code(text: str, type_code: str) -> None:
    [m] = extract(text)
    assert m.reference is not None
    assert m.reference.type_code == type_code


@pytest.mark.parametrize(
    "text",
    ["Nghị định số 281-BNV/HC/NĐ năm 1957", "tốc độ 100km/h", "mô hình 3D/VR360", "nền tảng 5G/IoT"],
)
def test_no_type_word_vouches_for_unknown_bodies(text: str) -> None:
    """A code followed by bodies nobody knows is still refused; so is a number with a letter
    that no type word or "số" introduces."""
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    ["(theo các Mẫu số: 13/ĐK, 13a/ĐK, 13b/ĐK, 13c/ĐK, 13d/ĐK, 13đ/ĐK ban hành kèm theo ",
     "(Mẫu 15A/LK hoặc 15B/LK của Quy chế này) ",
     "Biểu số 01a/TTKHN, 01b/TTKHN, 01c/TTKHVU và 01d/TTKHVU ban hành kèm theo "],
)
def test_the_rest_of_a_list_of_forms_names_forms(text: str) -> None:
    """A list after "Mẫu số" goes on naming forms, however long; what the forms were issued
    with is a document."""
    found = extract(text + "Nghị định số 101/2024/NĐ-CP")
    assert [m.text for m in found] == ["Nghị định số 101/2024/NĐ-CP"]


def test_a_number_with_a_letter_is_one_mention() -> None:
    """"số 30c/NQ-CP": the letter belongs to the number, not a Party type code "c"; the
    mention keeps the number as written."""
    text = ("Căn cứ Nghị quyết số 30c/NQ-CP ngày 8/11/2011 của Chính phủ và Công văn số "
            "33B/UBND-KT ngày 2/3/2021; Mẫu số 06a/NƠXH")
    found = extract(text)
    assert [(m.text, m.number, m.canonical, m.date) for m in found] == [
        ("Nghị quyết số 30c/NQ-CP", "30c", "30c/NQ-CP", dt.date(2011, 11, 8)),
        ("Công văn số 33B/UBND-KT", "33B", "33b/UBND-KT", dt.date(2021, 3, 2))]


def test_a_type_code_after_a_hyphen_is_no_old_body() -> None:
    """'Kế hoạch số 20-KH' lacks its issuer; it is not the old 'N-ISSUER' form."""
    assert extract("Kế hoạch số 20-KH ngày 1/2/2020") == []


def test_replaced_by_reads_as_passive() -> None:
    """"A có cụm từ bị thay thế bởi … B": B acts on A, not the other way round; replacing a
    phrase of A amends it."""
    text = ("Điều 7 Luật Kiểm toán nhà nước 2015 có cụm từ này bị thay thế bởi khoản 15 Điều 1 Luật Kiểm "
            "toán nhà nước sửa đổi 2019 quy định")
    old, new = extract(text)
    assert old.links == ()
    assert links_of(new) == [(Relation.AMENDS, old.start)]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Nghị định 70/2025/NĐ-CP thay thế Mẫu 04/SS-HĐĐT tại Phụ lục IA ban hành kèm theo Nghị định 123/2020/NĐ-CP.",
         Relation.AMENDS),
        ("Thông tư 1/2024/TT-BTC thay thế mục II Thông tư số 127/2007/TT-BTC.", Relation.AMENDS),
        ("khoản 2 Điều 13 Nghị định 102/2024/NĐ-CP bị thay thế bởi điểm a khoản 4 Điều 7 Nghị định 226/2025/NĐ-CP.",
         Relation.AMENDS),
        ("Mẫu TP-ĐGTS-01 ban hành kèm theo Thông tư 06/2017/TT-BTP (mẫu này bị thay thế bởi điểm a khoản 2 Điều 6 "
         "Thông tư 03/2024/TT-BTP).", Relation.AMENDS),
        ("Thông tư 50/2018/TT-NHNN bị thay thế một số điều bởi Thông tư 22/2024/TT-NHNN.", Relation.AMENDS),
        # some articles repealed: a repeal, as "B bãi bỏ Điều 5 A" is
        ("Điều 5 Thông tư 50/2018/TT-NHNN bị bãi bỏ một số điều bởi khoản 1 Điều 2 Thông tư 22/2024/TT-NHNN.",
         Relation.REPEALS),
        # the whole document
        ("Nghị định 238/2025/NĐ-CP thay thế Nghị định số 81/2021/NĐ-CP.", Relation.REPLACES),
        ("Nghị định 81/2021/NĐ-CP bị thay thế bởi Nghị định 238/2025/NĐ-CP.", Relation.REPLACES),
        ("Thông tư 200/2014/TT-BTC bị thay thế từ 01/01/2026 bởi Thông tư 99/2025/TT-BTC.", Relation.REPLACES),
    ],
)
def test_replacing_a_part_of_a_document_amends_it(text: str, relation: Relation) -> None:
    [link] = [link for m in extract(text) for link in m.links]
    assert link.relation is relation


def test_a_purpose_after_the_bases_is_the_texts_own() -> None:
    """"Căn cứ A; B, để triển khai thực hiện Điều 4 C": the text implements C, not B."""
    found = extract("Căn cứ Nghị định 145/2020/NĐ-CP; Nghị định 129/2025/NĐ-CP, để triển khai thực hiện Điều 4 "
                    "Nghị định 145/2020/NĐ-CP. Sở Nội vụ đề nghị báo cáo.")
    assert [(m.relation, m.links) for m in found] == [
        (Relation.BASED_ON, ()), (Relation.BASED_ON, ()), (Relation.IMPLEMENTS, ())]


def test_a_verb_after_the_clause_of_effect_keeps_its_subject() -> None:
    """"A có hiệu lực thi hành từ ngày …; thay thế B": the ";" ends the clause of effect, not A's
    sentence; A replaces B. A year noted in parentheses ("(sửa đổi, bổ sung năm 2021)") names a
    revision, no act."""
    acting, replaced = extract("Nghị định 9/2025/NĐ-CP có hiệu lực thi hành từ ngày 25/2/2025; thay thế Nghị định số "
                               "02/2017/NĐ-CP ngày 09/01/2017.")
    assert links_of(acting) == [(Relation.REPLACES, replaced.start)]
    found = extract("quy định tại Điều 38 Bộ luật Tố tụng hình sự năm 2015 (sửa đổi, bổ sung năm 2021) và Điều 59 "
                    "Luật Tổ chức Cơ quan điều tra hình sự năm 2015 theo sự phân công")
    assert [(m.text, m.links) for m in found] == [("Bộ luật Tố tụng hình sự năm 2015", ()),
                                                 ("Luật Tổ chức Cơ quan điều tra hình sự năm 2015", ())]



@pytest.mark.parametrize(
    ("text", "date", "issuer", "title"),
    [
        # the sentence's own clause, its subject in lower case or on the next line
        ("Theo quy định tại Nghị định 204/2004/NĐ-CP của Chính phủ về chế độ nâng bậc lương, người đứng đầu cơ quan, "
         "đơn vị có trách nhiệm rà soát.", None, "Chính phủ", "chế độ nâng bậc lương"),
        ("Xét Tờ trình số 226/TTr-BKHCN của Bộ Khoa học và Công nghệ về thành lập Mạng lưới quan trắc, Phó Thủ tướng\n"
         "Chính phủ Nguyễn Chí Dũng có ý kiến như sau:", None, "Bộ Khoa học và Công nghệ",
         "thành lập Mạng lưới quan trắc"),
        # a term and a session between issuer and title; a page's link text after the title
        ("Căn_cứ Nghị_quyết số 29/2009/NQ-HĐND của Hội_đồng_nhân_dân tỉnh Tây_Ninh khoá VII , kỳ họp thứ 18 về Bảng "
         "giá các loại đất ;", None, "Hội đồng nhân dân tỉnh Tây Ninh", "Bảng giá các loại đất"),
        ("Căn_cứ Nghị_quyết số 85/2009/NQ-HĐND của Hội_đồng_nhân_dân tỉnh khoá VII , tại kỳ họp thứ hai mươi_lăm "
         "về việc quy_định tỷ_lệ ;", None, "Hội đồng nhân dân tỉnh", "quy định tỷ lệ"),
        ("Căn cứ Nghị quyết số 41/2010/NQ-HĐND của Hội đồng nhân dân tỉnh Hà Tĩnh, khoá XV - Kỳ họp thứ 17 về chế "
         "độ hỗ trợ;", None, "Hội đồng nhân dân tỉnh Hà Tĩnh", "chế độ hỗ trợ"),
        ("Hướng dẫn 07-HD/BTGDVTW về tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh Tải về\n", None, None,
         "tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh"),
        ("Ngày 23/9/2025, Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ban hành Thông tư số 21/2025/TT-BGDĐT quy định "
         "chế độ trả tiền lương.", dt.date(2025, 9, 23), "Bộ trưởng Bộ Giáo dục và Đào tạo", None),
        # markdown between the verb and the mention; "…, cụ thể" is not the title's
        ("Ngày 25/6/2025, Chủ tịch UBND tỉnh Cà Mau ban hành **Thông báo 75/TB-UBND** về Danh sách trụ sở "
         "hoạt động từ ngày 01/7/2025, cụ thể:", dt.date(2025, 6, 25), "Chủ tịch UBND tỉnh Cà Mau",
         "Danh sách trụ sở hoạt động từ ngày 01/7/2025"),
        # a title in capitals wraps its lines, as a heading writes it
        ("**NGHỊ QUYẾT**\nVỀ DỰ THẢO NGHỊ QUYẾT SỐ 136/2024/QH15 VỀ TỔ CHỨC CHÍNH QUYỀN ĐÔ\nTHỊ VÀ THÍ ĐIỂM\n"
         "**CHÍNH PHỦ**", None, None, "TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ VÀ THÍ ĐIỂM"),
        # a new clause with its own cue ends the title; a short aside of figures does not
        ("Thực hiện Công văn số 9859/VPCP-KGVX của Văn phòng Chính phủ về việc nghỉ tết năm 2026 và căn cứ "
         "quy định tại khoản 2 Điều 7 Nghị định số 128/2025/NĐ-CP, Bộ trưởng thông báo.", None,
         "Văn phòng Chính phủ", "nghỉ tết năm 2026"),
        ("Căn_cứ Quyết_định số 52/2008/QĐ-UBND của UBND thành_phố Hà_Nội về việc phân_cấp tỷ_lệ ( % ) phân_chia "
         "nguồn thu ; các văn_bản hướng_dẫn khác ;", None, "UBND thành phố Hà Nội",
         "phân cấp tỷ lệ ( % ) phân chia nguồn thu"),
        ("Tổng cục Thuế nhận được công văn số 1036/CT-TTHT của Cục thuế TP.Hà Nội về việc khấu trừ thuế.", None,
         "Cục thuế TP.Hà Nội", "khấu trừ thuế"),
        ("Ngày 22/10/2024, Sở GD&ĐT TP.HCM đã có Công văn 6784/BGDĐT-GDTrH về tổ chức cuộc thi.",
         dt.date(2024, 10, 22), "Sở GD&ĐT TP.HCM", "tổ chức cuộc thi"),
        ("Căn_cứ Quyết_định số 2171/QĐ-UBND của Uỷ_ban_nhân_dân quận 5 về sắp_xếp tổ_chức ;", None,
         "Uỷ ban nhân dân quận 5", "sắp xếp tổ chức"),
    ],
)
def test_context_read_in_real_layouts(text: str, date: dt.date | None, issuer: str | None, title: str) -> None:
    m = extract(text)[0]
    assert (m.date, m.issuer_name, m.title) == (date, issuer, title)


def test_agents_named_with_their_provisions_each_act() -> None:
    """"A (được bổ sung bởi điểm c khoản 2 Điều 1 B và điểm e khoản 1 Điều 57 C)": B and C amend A."""
    text = ("Luật Xây dựng 2014 (được bổ sung bởi điểm c khoản 2 Điều 1 Luật Xây dựng sửa đổi 2020 và điểm e khoản 1 "
            "Điều 57 Luật Quy hoạch đô thị và nông thôn 2024) quy định như sau.")
    law, *agents = extract(text)
    assert [links_of(m) for m in agents] == [[(Relation.AMENDS, law.start)]] * 2


def test_guiding_again_after_a_semicolon_keeps_its_subject() -> None:
    """"Thông tư A hướng dẫn Luật B và Nghị định C …; hướng dẫn Luật B trong ngành …": the
    verb again, its subject left out, is A's; "…; thực hiện nghiêm túc Luật D" lists a task."""
    text = ("Bộ trưởng đã ban hành Thông tư 62/2025/TT-BNNMT hướng dẫn Luật Thi đua, khen thưởng 2022 và Nghị định "
            "152/2025/NĐ-CP quy định về phân cấp; hướng dẫn Luật Thi đua, khen thưởng trong ngành Nông nghiệp.")
    acting, *guided = extract(text)
    assert links_of(acting) == [(Relation.GUIDES, m.start) for m in guided]
    text = ("Chỉ thị số 20-CT/TU của Thành uỷ thực hiện Kết luận số 41-KL/TW của Ban Bí thư tiếp tục thực hiện Chỉ "
            "thị số 16-CT/TW về dân quân; thực hiện nghiêm túc Luật Quốc phòng.")
    *_, conclusion, _, law = extract(text)
    assert law.start not in [link.target for link in conclusion.links]


def test_after_a_semicolon_an_item_with_its_own_verb_is_no_object() -> None:
    """"Nghị định A quy định chi tiết Luật B; Nghị định C sửa đổi … A": C is not guided by A."""
    text = ("Các văn bản: Nghị định 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở 2023; Nghị định "
            "261/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 100/2024/NĐ-CP.")
    first, law, second, _amended = extract(text)
    assert links_of(first) == [(Relation.GUIDES, law.start)]
    assert [link.relation for link in second.links] == [Relation.AMENDS]


def test_a_verb_after_va_has_the_first_verbs_subject() -> None:
    """"A hướng dẫn Luật B và hướng dẫn thi hành Nghị định C": A guides C, not B;
    "Thực hiện Chỉ thị A và triển khai Kế hoạch B": the text implements both."""
    text = ("Căn cứ Thông tư số 60/2007/TT-BTC của Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý "
            "thuế và hướng dẫn thi hành Nghị định số 85/2007/NĐ-CP của Chính phủ;")
    circular, law, decree = extract(text)
    assert links_of(circular) == [
        (Relation.GUIDES, law.start), (Relation.GUIDES, decree.start)]
    assert law.links == ()
    found = extract("Thực hiện Chỉ thị 16/CT-TTg và triển khai Kế hoạch 20/KH-UBND.")
    assert [(m.relation, m.links) for m in found] == [(Relation.IMPLEMENTS, ())] * 2
    # "đồng thời" (at the same time) joins the verbs too
    text = ("Thông tư 94/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư 80/2021/TT-BTC và Nghị định "
            "126/2020/NĐ-CP đồng thời sửa đổi, bổ sung một số mẫu biểu của Thông tư 40/2021/TT-BTC.")
    acting, *amended = extract(text)
    assert [link.target for link in acting.links] == [m.start for m in amended]


def test_an_agent_after_a_list_of_article_numbers() -> None:
    """"A, được sửa đổi bởi khoản 2 Điều 1 B, Điều 1, 2 C": C amends A too."""
    text = ("Thực hiện theo quy định tại Điều 36 Nghị định 23/2015/NĐ-CP, được sửa đổi bởi khoản 2 Điều 1 Nghị định "
            "07/2025/NĐ-CP, Điều 1, 2 Nghị định 280/2025/NĐ-CP như sau:")
    amended, *agents = extract(text)
    expected = [[(Relation.AMENDS, amended.start)]] * 2
    assert [links_of(m) for m in agents] == expected


def test_every_listed_agent_of_a_passive_acts_and_an_expiry_ends_what_they_amended() -> None:
    """"A được sửa đổi, bổ sung bởi B, C và D hết hiệu lực kể từ ngày E có hiệu lực": B, C and
    D amend A, and E repeals A (not D). An amending law named by the laws it amends ("tại Luật
    sửa đổi … của Luật A, Luật B") is one agent, not a list of them."""
    text = ("Luật Xây dựng 2014 được sửa đổi, bổ sung bởi Luật số 03/2016/QH14, Luật số 35/2018/QH14 và Luật số "
            "95/2025/QH15 hết hiệu lực kể từ ngày Luật Xây dựng 2025 có hiệu lực thi hành.")
    old, *agents, new = extract(text)
    assert len(agents) == 3
    assert all(links_of(m) == [(Relation.AMENDS, old.start)] for m in agents)
    assert links_of(new) == [(Relation.REPEALS, old.start)]
    text = ("Căn cứ Luật Đất đai số 31/2024/QH15, được sửa đổi, bổ sung một số điều tại Luật sửa đổi, bổ sung một "
            "số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15;")
    assert all(m.links == () for m in extract(text))
    # "… bởi khoản 9 Điều 1 B và bởi khoản 7 Điều 147 C": "bởi" said again, both amend A
    text = ("Theo Điều 44 Nghị định 98/2021/NĐ-CP được sửa đổi bổ sung bởi khoản 9 Điều 1 Nghị định 07/2023/NĐ-CP và "
            "bởi khoản 7 Điều 147 Nghị định 96/2023/NĐ-CP quy định về niêm yết giá như sau:")
    old, *agents = extract(text)
    assert [links_of(m) for m in agents] == [[(Relation.AMENDS, old.start)]] * 2
    # "được bổ sung <part> bởi", and past an aside that closes before the cue
    text = "Điều 5 Luật Nghĩa vụ quân sự 2015 được bổ sung điểm h bởi điểm c khoản 1 Điều 49 Luật Dân quân tự vệ 2019."
    old, new = extract(text)
    assert links_of(new) == [(Relation.AMENDS, old.start)]
    text = ("Điều 11 Quy chế ban hành kèm theo Thông tư 08/2022/TT-BGDĐT (có cụm từ bị thay thế bởi điểm b khoản 1 "
            "Điều 2 Thông tư 06/2025/TT-BGDĐT) được sửa đổi bởi điểm a khoản 5 Điều 1 Thông tư 07/2025/TT-BGDĐT")
    old, _, new = extract(text)
    assert links_of(new) == [(Relation.AMENDS, old.start)]
    # "… đã được sửa đổi, bổ sung và bãi bỏ một số điều tại B": one passive, B changes A, the text repeals nothing
    text = ("Số: 35/2025/NQ-HĐND\n\n**NGHỊ QUYẾT**\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ "
            "QUYẾT SỐ 11/2022/NQ-HĐND\n\n*Căn cứ Quyết định số\n35/2025/QĐ-TTgcủa Thủ tướng Chính phủ sửa đổi, bổ "
            "sung một số điều của Quyết định\nsố 39/2021/QĐ-TTg ngày 30 tháng 12 năm 2021 của Thủ tướng Chính phủ quy "
            "định\nnguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương và tỷ lệ vốn đối\nứng của ngân "
            "sách địa phương thực hiện Chương trình mục tiêu quốc gia phát triển\nkinh tế - xã hội vùng đồng bào dân "
            "tộc thiểu số và miền núi giai đoạn 2021 -\n2030, giai đoạn I: Từ năm 2021 đến năm 2025, đã được sửa "
            "đổi, bổ sung và bãi bỏ\nmột số điều tại Quyết định số 18/2023/QĐ-TTg ngày 01 tháng 7 năm 2023 của "
            "Thủ\ntướng Chính phủ;*")
    *_, old, new = extract(text)
    assert links_of(new) == [(Relation.AMENDS, old.start)]
    assert new.relation is not Relation.REPEALS
    # a list of agents wrapped after a comma goes on on the next line
    text = ("*Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 đã được sửa đổi, bổ sung bởi Luật số "
            "64/2020/QH14, Luật số 07/2022/QH15,\nLuật số 56/2024/QH15 và Luật số 90/2025/QH15;*")
    old, *agents = extract(text)
    assert [links_of(m) for m in agents] == [[(Relation.AMENDS, old.start)]] * 4


@pytest.mark.parametrize(
    "text",
    [
        ("- Nghị quyết 319/2022/NQ-HĐND của HĐND tỉnh về việc sửa đổi, bổ sung một số nội dung của Bảng giá các "
         "loại đất thời kỳ 2020-2024 trên địa bàn tỉnh Thanh Hóa ban hành kèm theo Nghị quyết 231/2019/NQ-HĐND."),
        # replacing words of what a document issued changes the document too
        ("Ngoài ra Quyết định 61/2025/QĐ-UBND còn thay thế một số cụm từ của Quy định mức hỗ trợ di chuyển mồ mả "
         "khi Nhà nước thu hồi đất trên địa bàn tỉnh ban hành kèm theo Quyết định 19/2024/QĐ-UBND như sau:"),
        # what a document issued, named at length
        ("Quyết định số 244/2005/QĐ-BTM của Bộ trưởng Bộ Thương mại về việc sửa đổi Quy chế cấp Giấy chứng nhận "
         "xuất xứ Mẫu S của Việt Nam cho hàng hoá để hưởng các ưu đãi thuế quan theo Hiệp định về hợp tác kinh tế "
         "văn hoá khoa học kỹ thuật giữa Chính phủ hai nước ban hành kèm theo Quyết định số 865/2004/QĐ-BTM"),
        # "ban hành theo" for "ban hành kèm theo"
        ("Nghị quyết 31/2025/NQ-HĐND sửa đổi, bổ sung một số điều của Quy định các chính sách hỗ trợ giảm nghèo "
         "bền vững tỉnh giai đoạn 2023-2025 ban hành theo Nghị quyết số 20/2023/NQ-HĐND."),
    ],
)
def test_amending_part_of_what_a_document_issued_amends_the_document(text: str) -> None:
    acting, amended = extract(text)
    assert links_of(acting) == [(Relation.AMENDS, amended.start)]


def test_bo_sung_into_a_document_amends_it() -> None:
    """"A bổ sung Điều 17a vào Điều 17 B": A amends B; "bổ sung" with nothing added into a
    document is no cue ("Nghị định A bổ sung, hướng dẫn … theo Nghị quyết B" guides B)."""
    acting, target = extract("Nghị định 190/2025/NĐ-CP bổ sung Điều 17a vào Điều 17 Nghị định 118/2021/NĐ-CP.")
    assert links_of(acting) == [(Relation.AMENDS, target.start)]
    decree, resolution = extract("Nghị định 238/2025/NĐ-CP bổ sung, hướng dẫn cụ thể theo Nghị quyết số 217/2025/QH15.")
    assert links_of(decree) == [(Relation.GUIDES, resolution.start)]
    # a section ("mục") added to, as an article, a clause or a point is
    text = ("QUYẾT ĐỊNH\nVề việc sửa đổi\n\nĐiều 1. Sửa đổi như sau:\n3/ Bổ sung mục 9, Điều 1, Quyết định số "
            "97/2005/QĐ-UB ngày 04/8/2005 quy định:")
    assert [m.relation for m in extract(text) if m.kind.value == "reference"] == [Relation.AMENDS]


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định 10/2020/NĐ-CP bổ sung khoản 3 Điều 5 Nghị định số 15/2019/NĐ-CP.",
        # a provision of what the document issued
        ("- Quyết định số 51/2009/QĐ-UBND ngày 25 tháng 6 năm 2009 của UBND tỉnh về việc bổ sung khoản 7 "
         "Điều 38 của Quy định ban hành kèm theo Quyết định số 02/2007/QĐ-UBND ngày 15 tháng 01 năm 2007."),
    ],
)
def test_bo_sung_a_provision_of_a_document_amends_it(text: str) -> None:
    acting, target = extract(text)
    assert links_of(acting) == [(Relation.AMENDS, target.start)]


def test_bo_sung_funds_under_a_document_amends_nothing() -> None:
    found = extract("Quyết định 30/2020/QĐ-UBND bổ sung kinh phí cho huyện theo Quyết định số 15/2019/QĐ-UBND.")
    assert [m.canonical for m in found] == ["30/2020/QĐ-UBND", "15/2019/QĐ-UBND"]
    assert found[0].links == ()


def test_bo_sung_after_an_article_of_a_document_amends_it() -> None:
    acting, target = extract("Nghị định 245/2025/NĐ-CP bổ sung Điều 118a vào sau Điều 118 Nghị định 155/2020/NĐ-CP.")
    assert links_of(acting) == [(Relation.AMENDS, target.start)]


@pytest.mark.parametrize(
    ("text", "adjusted"),
    [
        ("UBND tỉnh ban hành Quyết định 1537/QĐ-UBND về việc điều chỉnh các Quyết định của UBND tỉnh: "
         "số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023 về việc giao đất.", 2),
        ("Nghị quyết 44/2024/NQ-HĐND điều chỉnh một số nội dung của Nghị quyết 231/2019/NQ-HĐND.", 1),
        ("Quyết định 12/2024/QĐ-UBND điều chỉnh, bổ sung Quyết định 3/2020/QĐ-UBND.", 1),
        # a part of what the document issued
        ("Nghị quyết 44/2024/NQ-HĐND về việc điều chỉnh bảng giá các loại đất trên địa bàn tỉnh ban hành kèm "
         "theo Nghị quyết 231/2019/NQ-HĐND.", 1),
        # Not a document adjusted: the scope of a text, a price, a plan approved elsewhere.
        ("Nghị định 1/2020/NĐ-CP có phạm vi điều chỉnh\nNghị định 2/2019/NĐ-CP quy định.", 0),
        ("Quyết định 5/2020/QĐ-UBND điều chỉnh giá đất tại Quyết định 3/2019/QĐ-UBND.", 0),
        ("Kế hoạch đã được phê duyệt tại Quyết định 32/QĐ-UBND và điều chỉnh, bổ sung tại Quyết định 364/QĐ-UBND.", 0),
    ],
)
def test_dieu_chinh_amends_the_document_right_after_it(text: str, adjusted: int) -> None:
    """"điều chỉnh" (adjust) amends only a document it is followed by: "phạm vi điều chỉnh"
    (a text's scope) is everywhere."""
    acting, *others = extract(text)
    assert links_of(acting) == [
        (Relation.AMENDS, m.start) for m in others[:adjusted]]


def test_a_short_reference_reads_the_title_right_after_it() -> None:
    """"Nghị quyết 71 về …" (pointing back, no date) reads the "về" clause as its title, and
    no date or issuer; the question and the provision that follow are not the title's. An
    issuer stated right after it ("Nghị quyết 08 của Chính phủ") is its own."""
    text = ("Nghị quyết 42 về xử lý nợ xấu còn hiệu lực không? Mục tiêu Nghị quyết 71 về đột phá phát triển "
            "khoa học được quy định tại Mục I Chương trình. Sau thời gian thực hiện Nghị quyết 08 của Chính phủ, "
            "đến nay việc phân cấp đã có hiệu quả. Theo Nghị quyết 71 đã nêu.")
    assert [(m.text, m.title, m.issuer_name) for m in extract(text)] == [
        ("Nghị quyết 42", "xử lý nợ xấu", None), ("Nghị quyết 71", "đột phá phát triển khoa học", None),
        ("Nghị quyết 08", None, "Chính phủ"), ("Nghị quyết 71", None, None)]


def test_a_title_ends_where_a_clause_of_effect_begins() -> None:
    [m] = extract("Quy định số 124-QĐ/TW về kiểm điểm hằng năm;có hiệu lực từ ngày ký.")
    assert m.title == "kiểm điểm hằng năm"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a quote never closed
        ('+ Nghị_định số 162/TT ngày 08-10-2002 của Thủ_tướng Chính_phủ về " Đầu_tư xây_dựng khu thương_mại '
         "biên_giới Boten ( Luông_Nậm_Thà ) . \nĐối_với thị_trường nội_địa",
         "Đầu tư xây dựng khu thương mại biên giới Boten ( Luông Nậm Thà )"),
        # … or opened inside the title and never closed: the title's own
        ('Ngày 04 tháng 12 năm 2025, UBND thành phố Hà Nội đã ban hành Quyết định 75/2025/QĐ-UBND về việc ban hành '
         '"Quy chế quản lý cụm công nghiệp trên địa bàn thành phố Hà Nội.\n\nCụ thể, tại Điều 1',
         'ban hành "Quy chế quản lý cụm công nghiệp trên địa bàn thành phố Hà Nội'),
        # … unless a colon opens it: a quotation of what the document says
        ('Nghị quyết số 35/NQ-CP ngày 16-5-2016 của Chính phủ về hỗ trợ doanh nghiệp, xác định mục tiêu: "xây '
         "dựng doanh nghiệp Việt Nam có năng lực cạnh tranh.\nKhu vực tư nhân đóng góp",
         "hỗ trợ doanh nghiệp, xác định mục tiêu"),
        # a quote closed on the next line
        ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về “đột phá phát triển khoa học, công\nnghệ "
         "và chuyển đổi số quốc gia” trên địa bàn tỉnh.",
         "đột phá phát triển khoa học, công nghệ và chuyển đổi số quốc gia"),
    ],
)
def test_a_quote_left_open_on_its_line_still_gives_the_title(text: str, title: str) -> None:
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Như vậy, Quyết định 3043/QĐ-UBND về kế hoạch phát triển nhà ở tỉnh Lai Châu giai đoạn 2026 - 2030 có "
         "hiệu lực từ 05/12/2025.", "kế hoạch phát triển nhà ở tỉnh Lai Châu giai đoạn 2026 - 2030"),
        ("Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 của Ban Bí thư về Phông lưu trữ Đảng Cộng "
         "sản Việt Nam và có hiệu lực thi hành kể từ ngày ký.", "Phông lưu trữ Đảng Cộng sản Việt Nam"),
    ],
)
def test_a_title_ends_where_the_sentence_says_when_it_takes_effect(text: str, title: str) -> None:
    assert [m.title for m in extract(text) if m.kind is Kind.REFERENCE] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Theo Chỉ thị 24/CT-TTg về việc thúc đẩy các giải pháp công nghệ phục vụ người dân trong đó có yêu cầu "
         "Bộ Công an triển khai giải pháp.", "thúc đẩy các giải pháp công nghệ phục vụ người dân"),
        ("Chỉ thị 24/CT-TTg về thúc đẩy các giải pháp công nghệ cũng đã yêu cầu các bộ triển khai.",
         "thúc đẩy các giải pháp công nghệ"),
        ("Nghị quyết 26-NQ/TW về nông nghiệp, nông dân và nông thôn đã đặt cơ sở mới cho các bộ.",
         "nông nghiệp, nông dân và nông thôn"),
        ("Nghị định 144/2020/NĐ-CP về biểu diễn nghệ thuật đã bãi bỏ quy định về giới hạn số cuộc thi.",
         "biểu diễn nghệ thuật"),
        # a deadline the sentence sets, and what the document says, quoted after its title
        ("Rà soát dữ liệu được giao tại Nghị quyết số 57-NQ/TW năm 2024 của Bộ Chính trị về đột phá phát triển khoa "
         "học, công nghệ, hoàn thành trong tháng 12 năm 2025.", "đột phá phát triển khoa học, công nghệ"),
        ('thực hiện quan điểm tại Kế hoạch 130/KH-BCĐ năm 2025 về sắp xếp đơn vị sự nghiệp "cơ bản giữ nguyên các '
         'trường hiện có; chỉ đề xuất sắp xếp khi thật sự cần thiết".', "sắp xếp đơn vị sự nghiệp"),
        ("Kế hoạch 12/KH-UBND về phát động phong trào “Bình dân học vụ số” trên địa bàn tỉnh.",
         "phát động phong trào “Bình dân học vụ số” trên địa bàn tỉnh"),
        ('Kế hoạch số 40/KH-UBND về thực hiện Chương trình " phát triển kinh tế, tăng trưởng bền vững, từng bước '
         'nâng cao đời sống nhân dân giai đoạn 2011-2015 " của Huyện ủy.',
         'thực hiện Chương trình " phát triển kinh tế, tăng trưởng bền vững, từng bước nâng cao đời sống nhân dân '
         'giai đoạn 2011-2015 " của Huyện ủy'),
        # the sentence goes on with its time or with what the document brings about
        ("Thực hiện Hướng dẫn số 05-HD/BTCTW về nội dung sinh hoạt chi bộ, trong những năm qua, các chi bộ đã chú "
         "trọng đổi mới.", "nội dung sinh hoạt chi bộ"),
        ("Quán triệt Hướng dẫn số 09-HD/BTCTW về nội dung sinh hoạt chi bộ, làm cho mọi cán bộ nhận thức đầy đủ.",
         "nội dung sinh hoạt chi bộ"),
        # a plural subject and its tense after a comma; a download link in capitals
        ("Thực hiện Quyết định số 66/2009/QĐ-TTg về Cơ chế, chính sách phát triển nhà ở cho người lao động trong các "
         "khu công nghiệp, các tỉnh, thành phố đã đăng ký 110 dự án.",
         "Cơ chế, chính sách phát triển nhà ở cho người lao động trong các khu công nghiệp"),
        ("Bộ GD&ĐT ban hành Công văn 6646/BGDĐT-KHTC về việc thúc đẩy thanh toán không dùng tiền mặt **TẢI VỀ**\n\nx",
         "thúc đẩy thanh toán không dùng tiền mặt"),
        # what has been done to the title's noun stays in the title
        ("Nghị định 10/2023/NĐ-CP về cấp đổi sổ đã cấp trước ngày 1/8/2024.", "cấp đổi sổ đã cấp trước ngày 1/8/2024"),
    ],
)
def test_a_title_ends_where_the_sentence_says_what_the_document_holds_or_did(text: str, title: str) -> None:
    assert [m.title for m in extract(text) if m.kind is Kind.REFERENCE] == [title]


def test_after_thi_the_sentence_cites_no_basis() -> None:
    """"Căn cứ … Quyết định A thì Quyết định A … có hiệu lực": the clause after "thì" is the
    sentence's own, not its basis."""
    text = ("Căn cứ theo Điều 3 Quyết định 2971/QĐ-UBND năm 2025 thì doanh nghiệp kê khai theo Nghị định "
            "15/2020/NĐ-CP.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS]


def test_a_quote_inside_a_title_left_open_is_not_read_past_its_sentence() -> None:
    text = ('Nguồn : Quyết_định 1353/QĐ-TTg ngày 23-9-2010 của Thủ_tướng Chính_phủ về việc phê_duyệt Đề_án " Quy_hoạch '
            'phát_triển các Khu kinh_tế ven biển đến năm 2020 \nHai là , kết_cấu_hạ_tầng còn yếu_kém . \nHội_chứng '
            'phát_triển " tràn_lan " .')
    [m] = extract(text)
    assert m.title == 'phê duyệt Đề án " Quy hoạch phát triển các Khu kinh tế ven biển đến năm 2020'


def test_the_issuer_in_the_passive_after_the_mention() -> None:
    """"A được Chính phủ ban hành ngày … về …": issuer, date and title, and "…, đặc biệt Luật B"
    goes on to another document, not the title."""
    text = ("Nghị_định số 25/2009/NĐ-CP được Chính_phủ ban_hành ngày 6-3-2009 về quản_lý tổng_hợp tài_nguyên và "
            "bảo_vệ môi_trường biển , hải_đảo , đặc_biệt Luật Biển_Việt_Nam được Quốc_hội thông_qua tháng 6-2012 .")
    decree, law = extract(text)
    assert (decree.date, decree.issuer_name, decree.title) == (
        dt.date(2009, 3, 6), "Chính phủ", "quản lý tổng hợp tài nguyên và bảo vệ môi trường biển, hải đảo")
    assert law.issuer_name == "Quốc hội"


def test_a_body_with_its_province_before_da_co_and_a_link_text() -> None:
    text = ("Ngày 30/9/2024, Cơ quan CSĐT Công an thị xã Nghi Sơn, tỉnh Thanh Hóa đã có Công văn 2937/CV-ĐCSKT-MT "
            "TẠI ĐÂY năm 2024 về việc đề nghị giải quyết vụ án hình sự.")
    [m] = extract(text)
    assert (m.date, m.issuer_name, m.title) == (dt.date(2024, 9, 30), "Cơ quan CSĐT Công an thị xã Nghi Sơn, "
                                                "tỉnh Thanh Hóa", "đề nghị giải quyết vụ án hình sự")


def test_a_title_ends_where_the_document_replaces_another() -> None:
    """"… về X thay thế Nghị định 102": the document's act, read as a link; not the
    "Nghị quyết thay thế …" a submission proposes."""
    text = "## Nghị định 26 2025 về chức năng, nhiệm vụ của Ngân hàng Nhà nước thay thế Nghị định 102 2022?"
    decree, replaced = extract(text)
    assert decree.title == "chức năng, nhiệm vụ của Ngân hàng Nhà nước"
    assert links_of(decree) == [(Relation.REPLACES, replaced.start)]
    text = ("Xét Tờ trình số 431/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố về việc đề nghị "
            "ban hành Nghị quyết thay thế Nghị quyết số 47/2024/NQ-HĐND ngày 12 tháng 12 năm 2024.")
    submission, _ = extract(text)
    assert submission.links == ()


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        ("Căn cứ tại điểm c khoản 5 Điều 17 Thông tư 17/2024/TT-NHNN áp dụng từ ngày 1/7/2025 của Ngân hàng Nhà "
         "nước Việt Nam quy định việc mở", "Ngân hàng Nhà nước Việt Nam"),
        ("Ban Quản lý các khu công nghệ cao và khu công nghiệp Hà Nội đã ban hành Quyết định 481/QĐ-CNCCN năm "
         "2025 về việc phê duyệt Đồ án", "Ban Quản lý các khu công nghệ cao và khu công nghiệp Hà Nội"),
    ],
)
def test_the_issuer_past_the_date_it_applies_from_or_with_a_long_name(text: str, issuer_name: str) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (None, issuer_name)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nghị định 21/2025/NĐ-CP có hiệu lực thi hành kể từ ngày ký ban hành (ngày 10/02/2025).",
         dt.date(2025, 2, 10)),
        ("Quyết định 2609/QĐ-TTg năm 2025 có hiệu lực thi hành kể từ ngày ký ban hành (28/11/2025); bãi bỏ …",
         dt.date(2025, 11, 28)),
        # in force from another day: that day is not when it was signed
        ("Quyết định 2609/QĐ-TTg có hiệu lực từ ngày 15/01/2026 (sau 45 ngày).", None),
        ("Nghị định 21/2025/NĐ-CP có hiệu lực kể từ ngày ký.", None),
    ],
)
def test_in_force_from_the_day_it_was_signed_dates_the_document(text: str, date: dt.date | None) -> None:
    """"… có hiệu lực kể từ ngày ký ban hành (ngày 10/02/2025)": the day in parentheses is
    the day the document was signed, its own date."""
    assert extract(text)[0].date == date


def test_a_title_ends_before_more_documents_in_the_plural() -> None:
    text = ("triển khai thực hiện Nghị quyết 49-NQ/TW của Bộ Chính trị về Chiến lược cải cách tư pháp đến năm "
            "2020 và các nghị quyết, chỉ thị, quyết định, kết luận của Ban Chấp hành Trung ương.")
    [m] = extract(text)
    assert m.title == "Chiến lược cải cách tư pháp đến năm 2020"


def test_a_download_link_between_mention_and_context_is_skipped() -> None:
    """Q&A pages put a "Tải về" (download) link right after the mention."""
    text = ("Căn cứ Quyết định số 382/QĐ-UBND Tải về ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Vĩnh Phúc; "
            "Công văn 616/SGDĐT-KTQLCL năm 2025 Tải về về việc thông báo các môn thi; "
            "Công văn 660/SGDĐT-QLCL năm 2025 **Tải về** về việc hướng dẫn thi tuyển sinh; "
            # the link's words in bold capitals, the markup split; its "Tải" alone
            "Quyết định 1867/QĐ-TTg năm 2025 **TẢI VỀ**** **về việc bổ sung kinh phí; "
            "Thông báo 492/SGDĐT-GDPT năm 2025 Tải của Sở Giáo dục và Đào tạo tỉnh Quảng Ninh.")
    assert [(m.date, m.issuer_name, m.title) for m in extract(text)] == [
        (dt.date(2025, 2, 28), "Ủy ban nhân dân tỉnh Vĩnh Phúc", None), (None, None, "thông báo các môn thi"),
        (None, None, "hướng dẫn thi tuyển sinh"), (None, None, "bổ sung kinh phí"),
        (None, "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh", None)]


def test_what_a_draft_would_change_is_neither_amended_nor_a_basis() -> None:
    text = ("Nghị quyết về dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nghị quyết số "
            "136/2024/QH15. Căn cứ theo khoản 3 Điều 2 Dự thảo Nghị quyết sửa đổi Hiến pháp 2013 như sau.")
    assert [m.relation for m in extract(text)] == [Relation.MENTIONS, Relation.MENTIONS]


def test_a_short_reference_to_the_same_document_is_no_link() -> None:
    """"Đã có Thông tư thay thế Thông tư 133 chưa?" after "Thông tư 133/2016/TT-BTC": one document."""
    text = "Thông tư 133/2016/TT-BTC còn hiệu lực không? Thông tư 133/2016/TT-BTC thay thế Thông tư 133 chưa?"
    found = extract(text)
    assert len(found) == 3
    assert all(m.links == () for m in found)


def test_de_an_is_cited_short() -> None:
    found = [(m.text, m.kind) for m in extract("Các bộ thực hiện nghiêm Đề án 06 của Chính phủ.")]
    assert found == [("Đề án 06", Kind.SHORT)]
    found = [(m.text, m.kind) for m in extract("So với Thông tư liên tịch số 07, Thông tư số 21 có điểm mới.")]
    assert found == [("Thông tư liên tịch số 07", Kind.SHORT), ("Thông tư số 21", Kind.SHORT)]


def test_who_approved_by_a_decision_issued_it() -> None:
    """"Điều lệ được Bộ Nội vụ phê duyệt tại quyết định số …": the ministry issued it."""
    [m] = extract("Điều lệ Hiệp hội được Bộ Nội vụ phê duyệt tại quyết định số 67/2005/QĐ-BNV ngày 11/7/2005.")
    assert (m.issuer_name, m.date) == ("Bộ Nội vụ", dt.date(2005, 7, 11))


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        ("Điều 4 Bộ Quy tắc ứng xử trên mạng xã hội do Bộ trưởng Bộ Thông tin và Truyền thông ban hành kèm theo "
         "Quyết định 874/QĐ-BTTTT năm 2021 quy định", "Bộ trưởng Bộ Thông tin và Truyền thông"),
        ("Quy chế do Tổng cục trưởng Tổng cục Thuế ban hành kèm theo **Quyết định số 1404/QĐ-TCT**",
         "Tổng cục trưởng Tổng cục Thuế"),
        # what names no body issued nothing
        ("theo Mẫu số 01 tại Phụ lục I ban hành kèm theo Thông tư 59/2015/TT-BLĐTBXH", None),
        ("do cơ quan Bảo hiểm xã hội chi trả | Mẫu số 01a tại Phụ lục I ban hành kèm theo Thông tư 59/2015/TT-BLĐTBXH",
         None),
        ("do phạm lỗi quy định tại điểm d khoản 4 Điều 57 Quy chế ban hành kèm theo Thông tư 22/2021/TT-BGDĐT", None),
        # the words before the verb must all name the body: not a clause's verb, nor "chế độ" (folded "che do")
        ("danh mục bệnh hiểm nghèo do Bộ Y tế quy định được ban hành kèm theo Thông tư 50/2024/TT-BYT", None),
        ("Quy chế về trả lời kiến nghị của cử tri do Quốc hội chuyển đến ban hành kèm theo Quyết định "
         "33/2017/QĐ-TTg", None),
        ("Chế độ Bảo hiểm Xã hội ban hành kèm theo Quyết định 12/QĐ-BHXH", None),
    ],
)
def test_who_issued_what_is_attached_issued_the_document(text: str, issuer_name: str | None) -> None:
    """"Quy chế … do <body> ban hành kèm theo Quyết định …": the body issued the decision."""
    [m] = extract(text)
    assert m.issuer_name == issuer_name


def test_a_lead_issuer_goes_on_only_with_a_list() -> None:
    """The subject before "ban hành" is shared by the items of a list, not by the same
    document cited again in a later sentence ("Cụ thể, Công văn 163/… năm 2024 …")."""
    text = ("Tòa án nhân dân tối cao ban hành Công văn 163/TANDTC-PC và Công văn 164/TANDTC-PC. "
            "Cụ thể, Công văn 163/TANDTC-PC năm 2024 giải đáp vướng mắc.")
    assert [m.issuer_name for m in extract(text)] == ["Tòa án nhân dân tối cao"] * 2 + [None]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # items closed by ";" (and a quoted title), and "ban hành và triển khai"
        ("Huyện ủy đã ban hành và triển khai Chương trình số 09-CTr/HU ngày 30-12-2011 về “phát triển kinh tế”; "
         "Nghị quyết số 04-NQ/HU ngày 26-6-2012 về “dồn điền đổi thửa”.", ["Huyện ủy", "Huyện ủy"]),
        # "đã xây dựng" a plan: its subject drew it up
        ("UBND huyện đã xây dựng Kế hoạch số 121/KH-UBND ngày 21-12-2011 về thi đua.", ["UBND huyện"]),
        # Not "Sở Xây dựng" before a document, and not past an item with an issuer of its own.
        ("Giám đốc Sở Xây dựng Quyết định số 12/QĐ-UBND ngày 1/2/2020.", [None]),
        ("UBND tỉnh ban hành Quyết định số 1/QĐ-UBND ngày 1/2/2020; Thông tư số 2/2020/TT-BTC của Bộ Tài chính "
         "quy định.", ["UBND tỉnh", "Bộ Tài chính"]),
    ],
)
def test_an_issuing_verb_before_a_list_gives_every_item_its_subject(text: str, issuers: list[str | None]) -> None:
    assert [m.issuer_name for m in extract(text)] == issuers


def test_an_issuer_before_a_colon_applies_to_the_list() -> None:
    """"các Quyết định của UBND huyện: số A ngày …, số B ngày … về việc …": every item is the
    district's; the title is stated once, on the last item."""
    text = ("Điều chỉnh các Quyết định của UBND huyện: số 12/QĐ-UBND ngày 1/2/2020, "
            "số 34/QĐ-UBND ngày 5/6/2021 về việc giao đất.")
    assert [(m.canonical, m.issuer_name, m.title) for m in extract(text)] == [
        ("12/QĐ-UBND", "UBND huyện", None), ("34/QĐ-UBND", "UBND huyện", "giao đất")]


def test_an_issuer_before_a_colon_may_be_followed_by_its_name_now() -> None:
    """"Căn cứ các Thông tư của Bộ trưởng Bộ A (nay là Bộ B): số X …; số Y …": the aside giving
    the body's name after a merger stands between the issuer and the list; it is no part of
    the name."""
    text = ("Căn cứ các Thông tư của Bộ trưởng Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi "
            "trường): số 02/2022/TT-BTNMT ngày 10/01/2022 quy định chi tiết; số 07/2025/TT-BTNMT ngày "
            "28/02/2025 sửa đổi Thông tư số 02/2022/TT-BTNMT;")
    assert [m.issuer_name for m in extract(text)] == ["Bộ trưởng Bộ Tài nguyên và Môi trường"] * 2 + [None]


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        ("Căn cứ Công văn số 1649/TTKQH-TCNS ngày 27 tháng 10 năm 2022 của Tổng Thư ký Quốc hội về việc thông báo ý "
         "kiến của Uỷ ban Thường vụ Quốc hội;", "Tổng Thư ký Quốc hội",
         "thông báo ý kiến của Uỷ ban Thường vụ Quốc hội"),
        ("Căn cứ công văn số 980/UBTCNS15 ngày 08/02/2023 của Ủy ban Tài chính, Ngân sách về việc đôn đốc triển khai "
         "nhiệm vụ lập pháp;", "Ủy ban Tài chính, Ngân sách", "đôn đốc triển khai nhiệm vụ lập pháp"),
    ],
)
def test_bodies_of_the_national_assembly_named_whole(text: str, issuer: str, title: str) -> None:
    """The Secretary General ("Tổng Thư ký", not an office that signs, "ký") and the committee
    whose name holds a comma are read whole, and the title after them."""
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


def test_a_tax_office_named_by_its_province_alone() -> None:
    """"của Cục Thuế Nghệ An ngày … v/v …": a national agency's office in a province names the
    province without "tỉnh"; the date and title after it are read."""
    [m] = extract("Công văn số 1581/CT-TTHT của Cục Thuế Nghệ An ngày 23/09/2014 v/v giá tính thuế TTĐB")
    assert (m.issuer_name, m.date, m.title) == ("Cục Thuế Nghệ An", dt.date(2014, 9, 23), "giá tính thuế TTĐB")


def test_an_office_holder_speaking_after_a_comma_is_no_joint_issuer() -> None:
    """"… Nghị quyết A của Quốc hội, Tổng Thư ký Quốc hội - Chủ nhiệm … Lê Quang Tùng cho biết": the
    body after the comma opens a clause of its own, someone speaking."""
    [m] = extract("sửa đổi Nội quy kỳ họp ban hành kèm theo Nghị quyết số 71/2022/QH15 của Quốc hội, Tổng Thư ký "
                  "Quốc hội - Chủ nhiệm Văn phòng Quốc hội Lê Quang Tùng cho biết, các ý kiến đều nhất trí.")
    assert m.issuer_name == "Quốc hội"


def test_a_body_after_a_comma_and_before_tai_is_the_next_documents() -> None:
    """"Căn cứ chỉ đạo của Bộ Chính trị tại thông báo số A ngày …, của Ban Bí thư tại văn bản số
    B": each body said where it gave its direction; Ban Bí thư issued B, not A. Without the
    comma, "Thông tư A của Bộ Xây dựng tại Công văn B" names A's issuer."""
    text = ("Căn cứ chỉ đạo của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của\nBan Bí thư tại văn bản "
            "số 213-KL/TW ngày 21/11/2025.")
    assert [m.issuer_name for m in extract(text)] == ["Bộ Chính trị", "Ban Bí thư"]
    text = "Hướng dẫn cấp giấy phép theo Thông tư 12/2025/TT-BXD của Bộ Xây dựng tại Công văn 3942/BXD-VT."
    assert extract(text)[0].issuer_name == "Bộ Xây dựng"


def test_an_issuer_before_a_colon_may_wrap_inside_its_name() -> None:
    """"Căn cứ các Quyết định của Ủy⏎ban nhân dân tỉnh: Số A …; số B …": the line breaks inside a
    name the registry knows; words after it on another line are no part of the name."""
    text = ("Căn cứ các Quyết định của Ủy\nban nhân dân tỉnh: Số 44/2022/QĐ-UBND ngày 24 tháng 11 năm 2022 ban "
            "hành Quy chế; số 34/2023/QĐ-UBND ngày 24 tháng 8 năm 2023 ban hành Quy chế;")
    assert [m.issuer_name for m in extract(text)] == ["Ủy ban nhân dân tỉnh"] * 2
    text = "Căn cứ các Quyết định của Ủy ban nhân dân tỉnh\nvà hướng dẫn tại các văn bản: số 44/2022/QĐ-UBND."
    assert [m.issuer_name for m in extract(text)] == [None]


def test_a_verb_in_a_kept_title_acts_on_nothing() -> None:
    """"Thực hiện A về nhiệm vụ … thực hiện Kế hoạch …; B": the title's "thực hiện" is part
    of A's title, so B goes on with the list the text implements."""
    text = ("Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu "
            "thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023; Quyết định số 33/QĐ-BTC ngày 12/01/2023 "
            "của Bộ Tài chính về việc ban hành kế hoạch hành động, Tổng cục Thuế đề nghị như sau.")
    assert [(m.canonical, m.relation, m.links) for m in extract(text)] == [
        ("01/NQ-CP", Relation.IMPLEMENTS, ()), ("33/QĐ-BTC", Relation.IMPLEMENTS, ())]


def test_a_title_line_ending_in_an_amending_verb_runs_on() -> None:
    """"… về việc sửa đổi, bổ sung⏎Quyết định số …": the title names the amended decision."""
    text = ("- Quyết định số 3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng về việc sửa đổi, bổ sung\n"
            "Quyết định số 3212/QĐ-BKHCN ngày 17/10/2025 về việc công bố thủ tục hành chính.")
    acting, amended = extract(text)
    assert acting.title is None
    assert links_of(acting) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize("of", ["", "của "])
def test_a_basis_that_ended_at_a_comma_takes_no_later_document(of: str) -> None:
    """"Căn cứ quyết định chủ trương, nhà đầu tư lập … theo quy định tại Điều 19 (của) Nghị định …":
    the basis is the decision; the decree is cited by what follows."""
    text = ("(6) Căn cứ quyết định chủ trương đầu tư, nhà đầu tư lập báo cáo nghiên cứu khả thi theo quy định "
            f"tại Điều 19 {of}Nghị định 243/2025/NĐ-CP. Căn cứ theo quy định tại khoản 1, khoản 2 Điều 5 Nghị định "
            "15/2020/NĐ-CP, mức phạt như sau.")
    assert [m.relation for m in extract(text)] == [Relation.MENTIONS, Relation.BASED_ON]


def test_a_basis_after_a_restated_question_is_the_texts_own() -> None:
    """Q&A pages restate the question, then answer: "…có bị xử phạt không, căn cứ theo …"."""
    text = ("Doanh nghiệp quảng cáo thuốc lá có bị xử phạt không, căn cứ theo khoản 4 Điều 7 Luật Quảng cáo "
            "2012 quy định như sau. Doanh nghiệp sẽ bị phạt bao nhiêu tiền, căn cứ theo khoản 1 Điều 33 Nghị "
            "định 38/2021/NĐ-CP. Cơ quan thuế, căn cứ Nghị định 126/2020/NĐ-CP, kiểm tra hồ sơ.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON, Relation.MENTIONS]


@pytest.mark.parametrize("verb", ["sửa đổi bởi", "sửa đổi, bổ sung bởi", "bổ sung bởi", "sửa đổi, bổ sung tại"])
def test_a_passive_without_duoc_reads_as_passive(verb: str) -> None:
    """"Căn cứ Điều 21 A sửa đổi bởi B": B amends A (Q&A pages drop the "được"), and both
    are the text's basis."""
    old, new = extract(f"Căn cứ Điều 21 Nghị định 100/2019/NĐ-CP {verb} khoản 2 Điều 1 Nghị định 123/2021/NĐ-CP.")
    assert (old.links, links_of(new)) == ((), [(Relation.AMENDS, old.start)])
    assert (old.relation, new.relation) == (Relation.BASED_ON, Relation.BASED_ON)


def test_a_news_text_walking_through_the_changes_a_decree_makes() -> None:
    """After "Nghị định A sửa đổi … Nghị định B. Cụ thể:", the clauses that open with "Sửa
    đổi …", "Bổ sung Điều 11a sau Điều 11 …" or a bare "Nghị định cũng bãi bỏ …" are A's."""
    text = ("Theo đó, Nghị định số 232/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 24/2012/NĐ-CP. "
            "Cụ thể:\n\nSửa đổi, bổ sung khoản 1 Điều 1 Nghị định 24/2012/NĐ-CP như sau: \"1. Nội dung.\"\n\n"
            "Nghị định Bổ sung Điều 11a sau Điều 11 Nghị định 24/2012/NĐ-CP như sau:\n\n"
            "Nghị định cũng bãi bỏ khoản 3 Điều 4 của Nghị định 24/2012/NĐ-CP.")
    acting, *changed = extract(text)
    assert [(link.relation.value, link.target) for link in acting.links] == [
        ("amends", changed[0].start), ("amends", changed[1].start), ("amends", changed[2].start),
        ("repeals", changed[3].start)]
    # without a document said to change another first, such a clause has no subject
    [alone] = extract("Cụ thể:\n\nSửa đổi, bổ sung khoản 1 Điều 1 Nghị định 24/2012/NĐ-CP như sau:")
    assert alone.links == ()
    # a question quoted at the end of the page asks, and does nothing
    asked = text + '\n\nTrên đây là "Bản hợp nhất Nghị định hướng dẫn Luật Nhà ở về nhà ở xã hội ra sao?"'
    acting, *_ = extract(asked)
    assert [link.relation.value for link in acting.links] == ["amends", "amends", "amends", "repeals"]


@pytest.mark.parametrize(("added", "amended"), [("điểm p, q, r khoản 4 Điều 9", "Nghị định số 123/2020/NĐ-CP"),
                                                ("điểm p, q, r khoản 4 Điều 9", "Luật Hải quan 2014"),
                                                ("Mục 4a sau Mục 4 Chương II", "Nghị định số 156/2018/NĐ-CP")])
def test_a_bare_supplement_to_listed_points_amends(added: str, amended: str) -> None:
    """"Nghị định A bổ sung điểm p, q, r khoản 4 Điều 9 Nghị định B": A amends B (a law named
    after its provision too, and a section added after another of a chapter)."""
    new, old = extract(f"Nghị định số 70/2025/NĐ-CP bổ sung {added} {amended}.")
    assert links_of(new) == [(Relation.AMENDS, old.start)]


@pytest.mark.parametrize(
    ("text", "amends"),
    [
        # into a list an article of B holds, or into B's provision
        ("Nghị quyết 389/NQ-CP bổ sung các cửa khẩu sau vào danh sách các cửa khẩu quốc tế cho phép người nước "
         "ngoài nhập cảnh, xuất cảnh bằng thị thực điện tử được nêu tại Điều 2 Nghị quyết 127/NQ-CP.", True),
        ("Nghị định số 245/2025/NĐ-CP bổ sung vào quy định tại Điều 49 Nghị định số 155/2020/NĐ-CP để làm rõ.",
         True),
        # criteria a law prescribes, for adding into another's list: no change to the law
        ("Căn cứ tiêu chí ghi danh bổ sung vào các Danh sách của UNESCO quy định tại khoản 3 Điều 12 Luật Di sản "
         "văn hóa, cơ quan gửi hồ sơ.", False),
    ],
)
def test_what_a_supplement_adds_into(text: str, amends: bool) -> None:
    found = extract(text)
    assert any(link.relation is Relation.AMENDS for m in found for link in m.links) is amends
    assert all(m.relation is not Relation.AMENDS for m in found)


def test_discipline_is_no_law() -> None:
    """"quyết định thi hành kỷ luật số 355/QĐNS/TW": "luật" there is discipline; the symbol is read alone."""
    [m] = extract("Ban Bí thư quyết định thi hành kỷ luật số 355/QĐNS/TW đối với ông A.")
    assert (m.text, m.doc_type.name if m.doc_type else None) == ("355/QĐNS/TW", "Quyết định nhân sự")


def test_a_news_text_quoting_a_decree_s_final_provisions() -> None:
    """"Nghị định này có hiệu lực …⏎⏎Bãi bỏ Nghị định B …": the decree "này" points at repeals B."""
    text = ("Chính phủ ban hành Nghị định số 254/2025/NĐ-CP quy định về vốn.\n\n#### Nghị định này có hiệu lực thi "
            "hành kể từ ngày ký.\n\nBãi bỏ Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ.")
    acting, _, repealed = extract(text)
    assert links_of(acting) == [(Relation.REPEALS, repealed.start)]
    assert repealed.relation is Relation.MENTIONS


def test_a_news_text_quoting_a_decree_points_at_it_through_several_sentences() -> None:
    """ "Nghị định này có hiệu lực … Các chế độ quy định tại Nghị định này … Bãi bỏ Nghị định B":
    the decree the pointers stand for repeals B, however many of them stand between."""
    text = ("Nghị định 248/2025/NĐ-CP quy định mức lương cơ bản.\n\nNghị định này có hiệu lực thi hành từ ngày "
            "15/9/2025. Các chế độ quy định tại Nghị định này được thực hiện từ ngày 1/8/2025. Bãi bỏ Nghị định số "
            "44/2025/NĐ-CP ngày 28/2/2025 của Chính phủ.")
    found = [m for m in extract(text) if m.kind is not Kind.ANAPHOR]
    acting, repealed = found
    assert links_of(acting) == [(Relation.REPEALS, repealed.start)]
    assert repealed.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "relation"),
    [("Luật Hôn nhân và gia đình 2014 được hướng dẫn bởi Điều 12 Nghị định 126/2014/NĐ-CP.", Relation.GUIDES),
     ("Luật Dân quân tự vệ 2019 (được sửa đổi bởi khoản 1 Điều 8 Luật sửa đổi 11 Luật về quân sự, quốc phòng 2025)",
      Relation.AMENDS),
     ("Luật Thuế thu nhập cá nhân 2007 sửa đổi bổ sung bởi khoản 3 Điều 2 Luật sửa đổi các Luật về thuế 2014",
      Relation.AMENDS)],
)
def test_passive_guiding_and_a_law_named_by_the_count_it_amends(text: str, relation: Relation) -> None:
    """"A được hướng dẫn bởi … B": B guides A; "Luật sửa đổi 11 Luật về …" is one law, which amends A."""
    old, new = extract(text)
    assert links_of(new) == [(relation, old.start)]


def test_the_field_of_the_laws_amended_may_be_capitalised() -> None:
    """"Luật sửa đổi các Luật về Thuế 2014": the field's first word in capitals is still the name."""
    [m] = extract("được bổ sung bởi khoản 3 Điều 2 Luật sửa đổi các Luật về Thuế 2014 thì")
    assert (m.text, m.year) == ("Luật sửa đổi các Luật về Thuế 2014", 2014)


def test_a_passive_after_a_semicolon_goes_on_about_the_same_document() -> None:
    """"A, được sửa đổi bởi … B; được bổ sung bởi … C, … D": C and D amend A too (not B)."""
    amended, *amending = extract(
        "Theo Điều 4 Nghị định 10/2020/NĐ-CP, được sửa đổi bởi khoản 2 Điều 1 Nghị định 20/2021/NĐ-CP; được bổ "
        "sung bởi khoản 3 Điều 2 Nghị định 30/2022/NĐ-CP, khoản 3 Điều 7 Nghị định 40/2023/NĐ-CP thì")
    assert [links_of(m) for m in amending] == [
        [(Relation.AMENDS, amended.start)]] * 3


def test_laws_amended_named_by_no_field_name_no_law() -> None:
    """"Luật sửa đổi, bổ sung các luật về đầu tư" is one law; "Luật sửa đổi các luật" alone is none."""
    assert [m.text for m in extract("Luật sửa đổi, bổ sung các luật về đầu tư, Luật sửa đổi các luật để phù hợp")] == [
        "Luật sửa đổi, bổ sung các luật về đầu tư"]


def test_a_list_of_documents_each_with_what_it_is_about() -> None:
    """"… sửa đổi, bổ sung một số điều của Thông tư A quy định X; Thông tư B quy định Y và Thông
    tư C quy định Z": all three are amended."""
    text = ("Thông tư 55/2024/TT-BCA sửa đổi, bổ sung một số điều của Thông tư 141/2020/TT-BCA quy định công tác kiểm "
            "tra về phòng cháy, chữa cháy; Thông tư 150/2020/TT-BCA quy định trang bị và Thông tư 06/2022/TT-BCA quy "
            "định quy trình.")
    acting, *amended = extract(text)
    assert [link.target for link in acting.links] == [m.start for m in amended]
    # after ";", a document cited with its date is the next item of the outer list
    text = ("theo Thông tư số 68/2025/TT-BQP sửa đổi, bổ sung một số điều của Thông tư số 148/2018/TT-BQP quy định "
            "tuyển chọn công dân; Thông tư số 62/2023/TT-BCA ngày 14 tháng 11 năm 2023 của Bộ trưởng Bộ Công an.")
    acting, amended, _ = extract(text)
    assert [link.target for link in acting.links] == [amended.start]


def test_a_list_after_a_subject_that_opens_the_clause_goes_on_past_semicolons() -> None:
    """"Thông tư này thay thế Thông tư A ngày … của …; Thông tư B ngày … của …": with the
    subject opening the clause there is no outer list, so B is replaced too (B's own act,
    amending A, stays B's)."""
    def listing(subject: str) -> str:
        return (f"2. {subject} thay thế Thông tư số 28/2009/TT-BGDĐT ngày 21/10/2009 của Bộ trưởng Bộ Giáo dục và "
                "Đào tạo ban hành quy định chế độ làm việc; Thông tư số 15/2017/TT-BGDĐT ngày 9/6/2017 của Bộ trưởng "
                "Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Thông tư số 28/2009/TT-BGDĐT.")

    _, first, second, again = extract(listing("Thông tư này"))
    assert (first.relation, second.relation, again.relation) == (Relation.REPLACES, Relation.REPLACES,
                                                                 Relation.MENTIONS)
    acting, first, second, again = extract(listing("Thông tư số 05/2025/TT-BGDĐT"))
    assert links_of(acting) == [(Relation.REPLACES, first.start),
                                                                         (Relation.REPLACES, second.start)]
    assert links_of(second) == [(Relation.AMENDS, again.start)]


@pytest.mark.parametrize("verb", ["được bổ sung bởi", "được sửa bởi"])
def test_supplemented_or_changed_by_reads_as_an_amendment(verb: str) -> None:
    """"A được bổ sung bởi khoản 2 Điều 1 B": B amends A (a supplement is an amendment);
    "được sửa bởi" is "được sửa đổi bởi" in fewer words."""
    old, new = extract(f"Điều 3 Nghị định 204/2004/NĐ-CP {verb} khoản 2 Điều 1 Nghị định 17/2013/NĐ-CP.")
    assert links_of(new) == [(Relation.AMENDS, old.start)]


def test_a_wiki_footnote_opening_with_a_basis() -> None:
    """'… năm 2025.**^**Căn cứ theo Đề án A …**^**…': a footnote's "Căn cứ" is the page's basis."""
    [m] = extract("Báo Chính phủ. ngày 12 tháng 6 năm 2025.**^**Căn cứ theo Đề án số 393/ĐA-CP của Chính phủ ngày 09 "
                  "tháng 5 năm 2025 về việc sắp xếp đơn vị hành chính**^**Vùng đất")
    assert m.relation is Relation.BASED_ON


@pytest.mark.parametrize("year", ["", " 2025", " năm 2025"])
def test_the_document_a_basis_says_takes_effect_is_no_second_basis(year: str) -> None:
    """"Căn cứ Điều 3 Quyết định A 2025 quy định Quyết định A có hiệu lực … và thay thế Quyết định B":
    what A says, with its year after it too."""
    found = extract(f"Căn cứ Điều 3 Quyết định 2634/QĐ-TTg{year} quy định Quyết định 2634/QĐ-TTg{year} có hiệu lực "
                    "kể từ ngày ký ban hành và thay thế Quyết định 270/QĐ-TTg năm 2021.")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS]


def test_what_a_basis_says_is_no_basis() -> None:
    """In "Căn cứ Điều 5 <A> <what it says>", documents the content cites "quy định tại"
    are mentions, and so is all that follows them; an alias of the basis is the basis."""
    text = ("Căn cứ khoản 2 Điều 5 Thông tư 10/2020/TT-BTC các khoản phí quy định tại Nghị định 20/2019/NĐ-CP "
            "được áp dụng theo Biểu ban hành kèm theo Quyết định 30/2018/QĐ-TTg.\n\n"
            "Căn cứ Thông tư số 39/2014/TT-BTC quy định về giá xăng dầu theo quy định tại Nghị định số "
            "83/2014/NĐ-CP (sau đây gọi tắt là Thông tư số 39/2014/TT-BTC);")
    assert [(m.canonical, m.relation) for m in extract(text)] == [
        ("10/2020/TT-BTC", Relation.BASED_ON), ("20/2019/NĐ-CP", Relation.MENTIONS),
        ("30/2018/QĐ-TTg", Relation.MENTIONS), ("39/2014/TT-BTC", Relation.BASED_ON),
        ("83/2014/NĐ-CP", Relation.MENTIONS), ("39/2014/TT-BTC", Relation.BASED_ON)]


@pytest.mark.parametrize(
    "text",
    [
        # a body named before the verb acts, not the text
        "Số: 5/2025/NĐ-CP\n\nĐiều 5. Việc thẩm định thực hiện theo quy định của Chính phủ quy định chi tiết "
        "một số điều của Luật Đầu tư theo phương thức đối tác công tư.",
        # a passive verb whose agent is the document
        "Số: 5/2025/QĐ-UBND\n\nThủ tục hành chính đã bị bãi bỏ theo Quyết định số 3470/QĐ-UBND.",
        # guidance on how to do something
        "Số: 5/2025/QĐ-UBND\n\nHướng dẫn cách điền mẫu MQĐ41 Nghị định 118/2021/NĐ-CP.",
        # where tasks are set out, not what is implemented
        "Như vậy, theo các nhiệm vụ triển khai tại Kế hoạch 130/KH-UBND năm 2025 thì",
        # acting in accordance with a law, not implementing it
        "Các cuộc thanh tra thực hiện đúng quy định của Luật Quản lý thuế.",
    ],
)
def test_verbs_that_are_not_the_texts_own_action(text: str) -> None:
    assert [m.relation for m in extract(text) if not m.is_self] == [Relation.MENTIONS]


def test_an_amending_law_numbered_after_its_last_name() -> None:
    """"… và Luật Đấu thầu số 57/2024/QH15": the number is the amending law's own."""
    text = ("*Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu "
            "số 57/2024/QH15;*")
    [m] = extract(text)
    assert (m.canonical, m.relation) == ("57/2024/QH15", Relation.BASED_ON)
    assert m.text.startswith("Luật sửa đổi")


def test_a_lone_type_code_after_its_type_word_is_a_reference_with_its_context() -> None:
    text = ("Ngày 20 tháng 12 năm 1975, Bộ Chính trị ban hành Nghị quyết số 19/NQ về việc hợp nhất "
            "một số tỉnh. Quyết định số 497/QĐ/2007/QĐ-UBND nói trên.")
    [mention] = extract(text)
    assert (mention.text, mention.canonical, mention.date, mention.issuer_name, mention.title) == (
        "Nghị quyết số 19/NQ", "19/NQ", dt.date(1975, 12, 20), "Bộ Chính trị", "hợp nhất một số tỉnh")
    assert [p.code for p in mention.problems] == ["no-issuer"]


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về tập trung khắc phục hậu quả bão.",
         dt.date(2025, 8, 20), "Thủ tướng"),
        ("Ngày 29/9/2025, BHXH tỉnh Đắk Lắk đã có Thông báo 425/TB-BHXH về tên gọi, trụ sở làm việc.",
         dt.date(2025, 9, 29), "BHXH tỉnh Đắk Lắk"),
        ("Bộ Tài chính gửi Công văn số 4399/BTC-CST tới các địa phương.", None, "Bộ Tài chính"),
    ],
)
def test_the_subject_of_co_or_gui_issued_the_document(text: str, date: dt.date | None, issuer: str) -> None:
    """News writes "X (đã) có Công văn số …" and "X gửi Công văn số …" for "X issued it"."""
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


def test_a_short_reference_stating_its_own_date_is_read_in_full() -> None:
    """'Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh về …' cites a document in full, without
    its symbol: a short mention with its date, issuer and title. A count of days is none,
    and a short reference pointing back reads only the issuer stated right after it."""
    text = ("Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh về ban hành chính sách hỗ trợ; "
            "Chỉ thị 16 ngày 16 tháng 5 năm 2016 của Thủ tướng Chính phủ. Trong 30 ngày làm việc, "
            "Nghị quyết 31 của HĐND tỉnh được triển khai.")
    found = [(m.text, m.kind, m.date, m.issuer_name, m.title) for m in extract(text)]
    assert found == [
        ("Nghị quyết số 31", Kind.SHORT, dt.date(2016, 9, 6), "HĐND tỉnh", "ban hành chính sách hỗ trợ"),
        ("Chỉ thị 16", Kind.SHORT, dt.date(2016, 5, 16), "Thủ tướng Chính phủ", None),
        ("Nghị quyết 31", Kind.SHORT, None, "HĐND tỉnh", None),
    ]


def test_markdown_emphasis_after_ve_is_not_part_of_the_title() -> None:
    [m] = extract("Quyết định số 2901/QĐ-BTNMT ngày 16/12/2016 về*công bố kết quả phân vùng bão*.")
    assert m.title == "công bố kết quả phân vùng bão"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Thực hiện Nghị quyết Đại hội XI của Đảng, Nghị quyết 49-NQ/TW của Bộ Chính trị về cải cách tư pháp, "
         "Ban cán sự đảng đã lãnh đạo", Relation.IMPLEMENTS),
        ("Thực hiện yêu cầu trên, Luật Đầu tư số 61/2020/QH14 quy định", Relation.MENTIONS),
    ],
)
def test_a_comma_after_an_unnumbered_document_goes_on_with_the_list(text: str, relation: Relation) -> None:
    """After "thực hiện" a comma ends the object, unless the object is itself a document
    cited without a number: then the list goes on."""
    m = next(found for found in extract(text) if found.reference is not None)
    assert m.relation is relation


@pytest.mark.parametrize(
    "heading",
    ["Quyết_định ban_hành quy_chế tổ_chức của phòng giáo_dục quận 5 \n",
     "Quyết định về việc giao đất cho Công ty A\n"],
)
def test_a_first_line_opening_with_the_type_word_gives_the_texts_own_type(heading: str) -> None:
    """A decision kept without its capitalised heading opens with "Quyết_định ban_hành …":
    "Quyết_định này" is the text, not the last decision it cited."""
    text = (heading + "Căn cứ Quyết định số 2171/QĐ-UBND ngày 1/4/2009 của UBND quận 5;\nXét đề nghị tại "
            "Tờ trình số 16/TTr-NV ngày 12/01/2010 của Phòng Nội vụ;\nĐiều 1. Ban hành kèm theo Quyết định "
            "này Quy chế.\nĐiều 2. Quyết định này có hiệu lực sau 07 ngày; thay thế Quyết định số 3685/QĐ-UB "
            "ngày 22/10/1996.")
    found = extract(text)
    basis, proposal, *own, replaced = found
    assert [m.kind for m in own] == [Kind.ANAPHOR, Kind.ANAPHOR]
    assert all(m.refers_to is None for m in own)
    assert (basis.relation, proposal.links, replaced.relation) == (Relation.BASED_ON, (), Relation.REPLACES)


@pytest.mark.parametrize(
    "text",
    ["Luật sửa đổi, bổ sung một số điều của Luật Thống kê đã được thông qua.\nCụ thể, sửa đổi Nghị định số "
     "15/2020/NĐ-CP.",
     "Quyết định về việc giao đất là gì?\nQuyết định số 5/2020/QĐ-UBND có hiệu lực. Quyết định này thay thế "
     "Quyết định số 3/2019/QĐ-UBND."],
)
def test_a_headline_citing_a_document_or_asking_gives_no_own_type(text: str) -> None:
    """A news lead that names a law, or a question, is no heading of the text itself."""
    *_, target = extract(text)
    assert target.relation is Relation.MENTIONS


def test_an_aside_saying_where_is_no_object() -> None:
    """"Bãi bỏ phần B2 (theo Quyết định …)": the decision says where the part is, not what goes."""
    text = "QUYẾT ĐỊNH\n\nĐiều 1. Bãi bỏ phần B2 (theo Quyết định số 3204/2000/QĐ-BYT ngày 11/9/2000 của Bộ Y tế)."
    [m] = [m for m in extract(text) if m.kind is Kind.REFERENCE]
    assert m.relation is Relation.MENTIONS


def test_a_bare_type_word_with_a_title_is_a_document_of_its_own() -> None:
    """"2. Nghị quyết về việc điều chỉnh Điều 1, Nghị quyết số 07/…": the session adopted a new,
    unnumbered resolution; the decision cited in the item before does not amend 07."""
    text = ("Kỳ họp đã thông qua 7 Nghị quyết, cụ thể sau:\n\n1. Nghị quyết về việc điều chỉnh Điều 1, Nghị quyết "
            "số 06/NQ-HĐND, ngày 15/7/2020 của HĐND huyện về quyết toán;\n\n2. Nghị quyết về việc điều chỉnh "
            "Điều 1, Nghị quyết số 07/NQ-HĐND, ngày 15/7/2020 của HĐND huyện về dự toán;")
    found = extract(text)
    assert [m.canonical for m in found] == ["06/NQ-HĐND", "07/NQ-HĐND"]
    assert all(m.links == () for m in found)


def test_a_heading_line_gives_the_texts_own_type() -> None:
    """A legal text that opens with its type in capitals ("**NGHỊ QUYẾT**") and no "Số:"
    line is that document: "Nghị quyết này … thay thế …" is the text's own act."""
    text = ("**NGHỊ QUYẾT**\n\n**Về cơ cấu tổ chức của Chính phủ**\n\n*Căn cứ Nội quy kỳ họp ban hành kèm "
            "theo Nghị quyết số 71/2022/QH15 ngày 15 tháng 11 năm 2022 của Quốc hội;*\n\n**QUYẾT NGHỊ:**\n\n"
            "1. Nghị quyết này có hiệu lực thi hành từ khi được Quốc hội thông qua và thay thế Nghị quyết "
            "số 08/2021/QH15 ngày 23 tháng 7 năm 2021 của Quốc hội.")
    basis, replaced = [m for m in extract(text) if m.kind is Kind.REFERENCE]
    assert (basis.relation, basis.links) == (Relation.BASED_ON, ())
    assert replaced.relation is Relation.REPLACES


def test_a_form_shown_on_a_page_gives_no_own_type() -> None:
    """A page that shows a blank form ("Số: /QĐ-…⏎**QUYẾT ĐỊNH**") is not that decision: its
    "Hướng dẫn ghi Mẫu … theo Quyết định 933/QĐ-TLĐ" guides nothing."""
    text = ("# Mẫu Quyết định của Công đoàn? Hướng dẫn ghi Mẫu Quyết định của Công đoàn theo Quyết định "
            "933/QĐ-TLĐ?\n\nMẫu như sau:\n\n| Số: /QĐ-…(3)… |\n|\n\n**QUYẾT ĐỊNH**\n\n**Về việc……….. (5)**\n")
    assert [m.relation for m in extract(text) if m.kind is Kind.REFERENCE] == [Relation.MENTIONS]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("**LUẬT**\n\nĐiều 2. Sửa đổi, bổ sung, bãi bỏ một số điều của Luật Giao dịch điện tử số "
         "20/2023/QH15 như sau:", Relation.AMENDS),
        ("**NGHỊ QUYẾT**\n\nTập trung rà soát, sớm sửa đổi Luật Doanh nghiệp số 59/2020/QH14.", Relation.MENTIONS),
        ("**NGHỊ QUYẾT**\n\nChính phủ nghiên cứu, đề xuất thay thế Nghị định số 15/2020/NĐ-CP.", Relation.MENTIONS),
        ("5. Về đề nghị sửa đổi, bổ sung Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ",
         Relation.MENTIONS),
        ("**CHỈ THỊ**\n\nBộ Chính trị đã chỉ đạo sửa đổi Luật Đất đai 2024.", Relation.MENTIONS),
        ("**CHỈ THỊ**\n\nThủ tướng yêu cầu thay thế Quyết định số 12/2020/QĐ-TTg.", Relation.MENTIONS),
        ("**NGHỊ QUYẾT**\n\nThống nhất với định hướng sửa đổi Luật Thuế sử dụng đất phi nông nghiệp.",
         Relation.MENTIONS),
        ("**QUYẾT ĐỊNH**\n\n2. Bộ Tư pháp rà soát, báo cáo cấp có thẩm quyền bãi bỏ Quyết định số 1504/QĐ-TTg.",
         Relation.MENTIONS),
        ("**KẾ HOẠCH**\n\n| 1 | Phối hợp rà soát, sửa đổi Luật Quy hoạch và các văn bản có liên quan |",
         Relation.MENTIONS),
        # a heading that asks which document does something
        ("**Nghị định thay thế Nghị định 218/2013/NĐ-CP là nghị định nào?**", Relation.MENTIONS),
        ("**Kế hoạch triển khai thực hiện Chỉ thị 16/CT-TTg**", Relation.IMPLEMENTS),
        # a heading that asks how to implement a document implements nothing
        ("**Hướng dẫn tổ chức thực hiện Nghị quyết 57-NQ/TW thế nào?** -\n\nNội dung", Relation.MENTIONS),
    ],
)
def test_amending_and_repealing_made_asked_for_or_planned(text: str, relation: Relation) -> None:
    """"Sửa đổi, bổ sung, bãi bỏ" amends; "sớm sửa đổi", "đề xuất thay thế", "đề nghị sửa
    đổi", "chỉ đạo sửa đổi" ask for an act the text does not make; a heading that asks states none."""
    [m] = [m for m in extract(text) if m.kind in (Kind.REFERENCE, Kind.NAMED)]
    assert m.relation is relation


def test_an_amendment_ordered_links_no_document_before_it() -> None:
    """"Bộ Chính trị đã chỉ đạo sửa đổi Luật A, Ban Chấp hành … đã chỉ đạo sửa đổi Luật B":
    neither law is amended yet, so A does not amend B."""
    found = extract("Bộ Chính trị đã chỉ đạo sửa đổi Luật Địa chất và khoáng sản, Ban Chấp hành Trung ương "
                    "Đảng đã chỉ đạo sửa đổi Luật Đất đai, trình Quốc hội thông qua.")
    assert [m.links for m in found] == [(), ()]


def test_a_lower_case_this_decision_copied_into_news_makes_it_no_decision() -> None:
    """A news text on a decree, with "… chịu trách nhiệm thi hành quyết định này" copied in: it is
    no decision itself, so the changes it walks through are the decree's, not its own."""
    text = ("Ngày 7/8/2025, Chính phủ ban hành Nghị định số 220/2025/NĐ-CP sửa đổi một số nghị định.\n\nCác Bộ "
            "trưởng chịu trách nhiệm thi hành quyết định này.\n\nTheo đó, Nghị định số 220/2025/NĐ-CP sửa đổi, bổ "
            "sung một số điều của Nghị định số 168/2018/NĐ-CP (Điều 1).\n\nSửa đổi, bổ sung một số điều của Nghị "
            "định số 21/2019/NĐ-CP (Điều 2).")
    *_, acting, first, second = extract(text)
    assert [link.target for link in acting.links] == [first.start, second.start]
    assert second.relation is Relation.MENTIONS


def test_tied_to_carrying_out_a_document_implements_it() -> None:
    """"… gắn với việc triển khai Chỉ thị 50-CT/TW …": tied to carrying out the directive (the
    issue's "gắn với thực hiện"), not "việc triển khai" as a noun."""
    [m] = extract("Đổi mới Bản tin sinh hoạt chi bộ gắn với việc triển khai Chỉ thị 50-CT/TW năm 2025 của Ban Bí thư.")
    assert m.relation is Relation.IMPLEMENTS


@pytest.mark.parametrize(
    "text",
    ["Đây là bước cụ thể hóa chỉ đạo của Bộ Chính trị tại Công văn số 13421-CV/VPTW, sau khi sơ kết 7 năm thực hiện "
     "Nghị quyết số 21-NQ/TW về công tác dân số.",
     "Ngày 12/9/2025, Ban Chỉ đạo về tổng kết thực hiện Nghị quyết 18-NQ/TW năm 2017 có Công văn 59-CV/BCĐ."],
)
def test_a_review_of_carrying_out_links_nothing(text: str) -> None:
    """"sau khi sơ kết 7 năm thực hiện Nghị quyết 21", "Ban Chỉ đạo về tổng kết thực hiện Nghị
    quyết 18": a review of the carrying out (or a body named after one), not a carrying out."""
    assert [m.links for m in extract(text)] == [(), ()]


@pytest.mark.parametrize(
    "text",
    ["Trách nhiệm tổ chức thực hiện Nghị quyết 68-NQ/TW được quy định tại Mục IV.",
     # "trong đó" far before the document: what the plan sets out, not one of the documents carried out
     "Ban hành kế hoạch thực hiện sắp xếp đơn vị hành chính, trong đó xác định tiến độ, trách nhiệm của các Bộ, "
     "cơ quan trung ương, địa phương trong sắp xếp đơn vị hành chính theo quy định của Nghị quyết 76/2025/UBTVQH15."],
)
def test_whose_task_implementing_is_states_no_implementing(text: str) -> None:
    [m] = extract(text)
    assert m.relation is Relation.MENTIONS


def test_a_document_named_by_its_type_alone_carries_out_what_follows() -> None:
    """"Mới: Công văn thực hiện Công văn 59-CV/BCĐ …" (a link to another article): a letter
    not cited by number does it, not the text; in a decision, the plan it issues is its own."""
    found = extract("**Mới: Công văn thực hiện Công văn 59-CV/BCĐ, Công văn 8150/BNV-TCBC về sắp xếp**")
    assert [(m.relation, m.links) for m in found] == [(Relation.MENTIONS, ())] * 2
    [decision] = extract("**QUYẾT ĐỊNH**\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02/01/2025")
    assert decision.relation is Relation.IMPLEMENTS


def test_a_passive_verb_after_a_semicolon_is_not_said_of_the_document_before() -> None:
    """"… theo quy định của Luật A …; kế thừa … với phạm vi được quy định chi tiết tại Phụ lục kèm
    theo Nghị quyết B": the scope is set out in B, which does not guide A."""
    law, resolution = extract(
        "Các Tòa án nhân dân khu vực thực hiện nhiệm vụ theo quy định của Luật Tổ chức Tòa án nhân dân 2024; kế thừa "
        "quyền, nghĩa vụ với phạm vi được quy định chi tiết tại Phụ lục kèm theo Nghị quyết 81/2025/UBTVQH15.")
    assert (law.links, resolution.links) == ((), ())


@pytest.mark.parametrize(
    "line",
    ["**>> 3 Nghị quyết của Chính phủ thực hiện Nghị quyết 59-NQ/TW**",
     "Thì thực hiện theo quy định tại Nghị định của Chính phủ quy định chi tiết một số điều của Luật Đầu tư 2020."],
)
def test_a_type_word_counted_or_of_a_body_is_not_the_last_of_its_type(line: str) -> None:
    """"3 Nghị quyết của Chính phủ …", "Nghị định của Chính phủ quy định …": other documents of
    the type, not the resolution or decree cited last."""
    first, *_ = found = extract("Nghị quyết 71-NQ/TW về giáo dục; Nghị định 180/2025/NĐ-CP về đầu tư.\n\n" + line)
    assert all(m.links == () for m in found)
    assert first.relation is Relation.MENTIONS


@pytest.mark.parametrize("purpose", ["", "để ", "nhằm "])
def test_accordingly_implementing_is_what_the_reported_document_does(purpose: str) -> None:
    """A news text reports a document, then "Theo đó, (nhằm) thực hiện Kết luận B …": the
    reported document carries out B (and the text says so)."""
    text = ("Ngày 18/11/2025, Bộ Tài chính ban hành Công văn 17899/BTC-VP về việc bồi dưỡng nghiệp vụ thuế.\n\n"
            "**TẢI VỀ Toàn văn Công văn 17899/BTC-VP**\n\n"
            f"Theo đó, {purpose}thực hiện Kết luận 186-KL/TW năm 2025 của Bộ Chính trị, Bộ Tài chính lập kế hoạch.")
    letter, download, conclusion = extract(text)
    assert links_of(letter) == [(Relation.IMPLEMENTS, conclusion.start)]
    assert (download.links, conclusion.relation) == ((), Relation.IMPLEMENTS)
    # a document cited without the body that issued it is not the one reported on
    text = "Công văn 17899/BTC-VP đã được gửi.\n\nTheo đó, thực hiện Kết luận 186-KL/TW, Bộ Tài chính lập kế hoạch."
    assert [m.links for m in extract(text)] == [(), ()]


@pytest.mark.parametrize("verb", ["Thực hiện", "Thực_hiện", "Triển khai"])
def test_a_line_opening_with_its_verb_is_a_sentence_of_its_own(verb: str) -> None:
    """A heading without a full stop, then a line "Thực hiện …": the heading's document does
    not carry out what the next line's clause names."""
    heading, law = extract(f"Quản lý đất nông nghiệp theo Luật Đất đai 2013\n{verb} Luật Đất đai 2003, "
                           "Nhà nước đã ban hành nhiều chính sách.")
    assert (heading.links, law.relation) == ((), Relation.IMPLEMENTS)


@pytest.mark.parametrize(
    "sentence",
    ["Hiện tại vẫn chưa có Thông tư thay thế Thông tư 133/2016/TT-BTC.",
     "Có Thông tư thay thế Thông tư 133/2016/TT-BTC chưa?"],
)
def test_a_document_said_to_exist_or_not_is_no_earlier_one(sentence: str) -> None:
    """"chưa có Thông tư thay thế …" speaks of a circular yet to come, not the last one cited."""
    found = extract("Thông tư số 138/2011/TT-BTC của Bộ Tài chính.\n\n" + sentence)
    assert [m.links for m in found if m.kind is Kind.REFERENCE] == [(), ()]


def test_a_name_ends_at_a_list_marker_on_the_next_line() -> None:
    text = "Thể loại:\n- Luật Tố tụng Dân sự Việt Nam\n- Luật Hình sự Việt Nam\n- Phó giáo sư"
    assert [m.text for m in extract(text)] == ["Luật Tố tụng Dân sự Việt Nam", "Luật Hình sự Việt Nam"]


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        ("Ngày 10/12/2025, Quốc hội đã thông qua Luật Xây dựng 2025, có hiệu lực từ ngày 01/7/2026.", "Quốc hội"),
        ("ngày 18-7-1994 , Quốc_hội Lào đã thông_qua Luật Kinh_doanh .", "Quốc hội Lào"),
        ("Sáng 10/12, Quốc hội đã biểu quyết thông qua Luật Dân số.", "Quốc hội"),
        # a label, and a body before "tại", are no issuers of a law cited by name
        ('"Luật số 16/1999/QH10 của Quốc hội: Luật Sĩ quan quân đội nhân dân Việt Nam".', None),
        ("theo nhu cầu của Công ty XSKT phù hợp với quy định tại Luật Quản lý thuế.", None),
    ],
)
def test_the_subject_of_an_issuing_verb_issues_a_law_cited_by_name(text: str, issuer_name: str | None) -> None:
    named = [m for m in extract(text) if m.kind is Kind.NAMED]
    assert [m.issuer_name for m in named] == [issuer_name]


def test_the_subject_of_bieu_quyet_thong_qua_is_the_body_alone() -> None:
    [m] = extract("Sáng nay, Quốc hội đã biểu quyết thông qua Nghị quyết số 66/2025/QH15 về thí điểm.")
    assert m.issuer_name == "Quốc hội"


@pytest.mark.parametrize(
    ("text", "amending"),
    [
        # the number after the one amended name is the amending law's own ...
        ("Căn cứ Luật Hải quan số 29/2001/QH10 ngày 29 tháng 06 năm 2001 và Luật sửa đổi, bổ sung một số điều "
         "của Luật Hải quan số 42/2005/QH11 ngày 14 tháng 06 năm 2005;", "42/2005/QH11"),
        # ... unless it is the amended law's, as the gazetteer knows it
        ("Căn cứ Luật Đất đai số 31/2024/QH15 và Luật sửa đổi, bổ sung một số điều của Luật Đất đai số "
         "31/2024/QH15;", None),
    ],
)
def test_a_number_after_the_one_law_an_amending_law_names(text: str, amending: str | None) -> None:
    first, *rest = extract(text)
    amending_laws = [m for m in rest if m.text.startswith("Luật sửa đổi")]
    assert [m.canonical for m in amending_laws] == ([amending] if amending else [])
    for m in amending_laws:
        assert m.relation is Relation.BASED_ON
        assert links_of(m) == [(Relation.AMENDS, first.start)]


def test_two_laws_revised_in_one_year_are_one_amending_law() -> None:
    """"Luật A và Luật B sửa đổi 2019" is the one law of 2019 that amends both; two laws
    without "sửa đổi" stay two."""
    text = ("theo Luật Cán bộ, công chức năm 2008 (được sửa đổi, bổ sung Luật Cán bộ, công chức và Luật Viên "
            "chức sửa đổi 2019) thì; Căn cứ Luật Đất đai và Luật Nhà ở;")
    found = extract(text)
    assert [(m.text, m.year) for m in found] == [
        ("Luật Cán bộ, công chức năm 2008", 2008), ("Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019", 2019),
        ("Luật Đất đai", None), ("Luật Nhà ở", None)]
    assert links_of(found[1]) == [(Relation.AMENDS, found[0].start)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Theo Luật Dân số và Luật Giá", ["Luật Dân số", "Luật Giá"]),
        ("Luật Dân Số 2025 có hiệu lực", ["Luật Dân Số 2025"]),
        ("Luật Đất đai số 31/2024/QH15", ["Luật Đất đai số 31/2024/QH15"]),
        ("Theo Luật Đầu tư một số ngành nghề bị cấm", ["Luật Đầu tư"]),
        # after a comma, a symbol of the legislature's own is the law's number; another's is not
        ("theo Luật Tổ chức Quốc hội, số 57/2014/QH13 thì", ["Luật Tổ chức Quốc hội, số 57/2014/QH13"]),
        ("theo Luật Đất đai, số 12/QĐ-UBND", ["Luật Đất đai", "12/QĐ-UBND"]),
        ("theo Luật Bảo hiểm xã hội 58/2014/QH13, Luật Việc làm",
         ["Luật Bảo hiểm xã hội 58/2014/QH13", "Luật Việc làm"]),
        ("các Luật: Luật Đất đai, 31/2024/QH15", ["Luật Đất đai", "31/2024/QH15"]),  # a list of two, perhaps
        # "số" in bold
        ("*Căn cứ Luật Tổ chức chính quyền địa phương **số**\n72/2025/QH15;*",
         ["Luật Tổ chức chính quyền địa phương **số**\n72/2025/QH15"]),
    ],
)
def test_so_ends_a_name_only_before_a_number(text: str, names: list[str]) -> None:
    """"số" is "number" before digits only: "Luật Dân số" is the law on population."""
    assert [m.text for m in extract(text)] == names


def test_a_text_without_diacritics_still_names_laws() -> None:
    assert [m.text for m in extract("Can cu Luat Dat dai nam 2024 va Luat Gia;")] == [
        "Luat Dat dai nam 2024", "Luat Gia"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Căn cứ Chương II Luật thi đua khen thưởng 2022, có những danh hiệu", "Luật thi đua khen thưởng 2022"),
        ("theo Luật Phòng cháy chữa cháy và cứu nạn cứu hộ 2024 thì",
         "Luật Phòng cháy chữa cháy và cứu nạn cứu hộ 2024"),
        ("Luật Phòng , chống tham_nhũng 2018 quy_định", "Luật Phòng , chống tham_nhũng 2018"),
        ("đặt ra lần hai theo Luật Thi đua - Khen thưởng được ban hành ngày 26/11/2003.", "Luật Thi đua - Khen thưởng"),
        ("Luật Thi đua – Khen thưởng 2022 quy định", "Luật Thi đua – Khen thưởng 2022"),
    ],
)
def test_a_known_name_with_its_commas_left_out(text: str, name: str) -> None:
    """A law's name written without the commas of its title (or with dashes for them) is
    still that law, whole."""
    assert [m.text for m in extract(text)] == [name]


@pytest.mark.parametrize(
    ("text", "acting", "changed"),
    [
        ("Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi "
         "hành một số điều của Luật Ngân sách Nhà nước được sửa đổi, bổ sung bởi Nghị định số 149/2025/NĐ-CP;",
         "149/2025/NĐ-CP", "163/2016/NĐ-CP"),
        ("Thông tư số 195/2015/TT-BTC của Bộ Tài chính hướng dẫn thi hành Nghị định số 108/2015/NĐ-CP của "
         "Chính phủ quy định chi tiết Luật thuế tiêu thụ đặc biệt (đã được sửa đổi, bổ sung theo Thông tư số "
         "130/2016/TT-BTC)", "130/2016/TT-BTC", "195/2015/TT-BTC"),
        # a document of the same rank is still the nearest one
        ("Nghị định 123/2020/NĐ-CP được sửa đổi bởi khoản 8 Điều 1 Nghị định 70/2025/NĐ-CP quy định",
         "70/2025/NĐ-CP", "123/2020/NĐ-CP"),
    ],
)
def test_a_document_changes_none_that_ranks_above_it(text: str, acting: str, changed: str) -> None:
    """A passive "được sửa đổi … bởi" after a chain of guided documents acts on the last one
    the acting document can change: a decree amends a decree, not the law it details."""
    mentions = extract(text)
    by_start = {m.start: m for m in mentions}
    [actor] = [m for m in mentions if m.canonical == acting]
    assert [by_start[link.target].canonical for link in actor.links] == [changed]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết số 23-NQ/TW của Bộ Chính trị về văn học, nghệ thuật nêu rõ: “Có kế hoạch xây dựng”.",
         "văn học, nghệ thuật"),
        ('Nghị quyết 23-NQ/TW của Bộ Chính trị khóa X về văn học, nghệ thuật yêu cầu: "Có kế hoạch" (3).',
         "văn học, nghệ thuật"),
        ("Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh đã chỉ rõ những hạn chế.",
         "đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh"),
        ("Báo cáo số 12/BC-SXD về thị trường bất động sản Quý I/2025 có nêu cụ thể giá bán căn hộ.",
         "thị trường bất động sản Quý I/2025"),
        # "yêu cầu" and "xác định" are nouns in a title, unless a colon follows
        ("Quyết định số 1/QĐ-TTg về đáp ứng yêu cầu phát triển đất nước.", "đáp ứng yêu cầu phát triển đất nước"),
        ("Quyết định số 1/QĐ-TTg về xác định giá đất ở.", "xác định giá đất ở"),
    ],
)
def test_a_title_ends_where_the_sentence_says_what_the_document_says(text: str, title: str) -> None:
    """ "Nghị quyết … về X nêu rõ: …": what the document says is the sentence's predicate."""
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Thực hiện Quyết định 25/TTg (19-1-1993) của Thủ tướng Chính phủ về một số chính sách.",
         dt.date(1993, 1, 19), "Thủ tướng Chính phủ"),
        ("phụ cấp theo Quyết định số 180 của Thủ tướng Chính phủ (9-8-2006) bao gồm phụ cấp.",
         dt.date(2006, 8, 9), "Thủ tướng Chính phủ"),
        ("theo Nghị quyết 23-NQ/TW ( ngày 16/6/2008 ) của Bộ Chính trị về văn học, nghệ thuật.",
         dt.date(2008, 6, 16), "Bộ Chính trị"),
        # the separators must agree: "(1-2/2020)" is no date; the issuer after the aside is the document's
        ("theo Nghị quyết 23-NQ/TW (1-2/2020) của Bộ Chính trị.", None, "Bộ Chính trị"),
        # the aside may say what happened that day
        ("- Luật Công đoàn (ban hành ngày 5-11-1957).", dt.date(1957, 11, 5), None),
        ("- Luật Quy định quyền lập hội (thông qua ngày 20-5-1957).", dt.date(1957, 5, 20), None),
        ("Theo Quyết định số 97/QP của Bộ Quốc phòng (ký ngày 23/10/1961).", dt.date(1961, 10, 23), "Bộ Quốc phòng"),
    ],
)
def test_a_date_in_parentheses_after_a_reference_or_its_issuer(
    text: str, date: dt.date | None, issuer: str | None,
) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


def test_a_list_goes_on_past_an_alias() -> None:
    """ "Nghị định A (sau đây gọi là Nghị định A) và Nghị định B": the alias is an aside; the
    list's next item is B, for the document acting and for the documents acted on."""
    text = ("Nghị định số 5/2022/NĐ-CP bãi bỏ Nghị định số 1/2020/NĐ-CP ngày 1/1/2020 của Chính phủ "
            "(sau đây gọi là Nghị định 1) và Nghị định số 2/2021/NĐ-CP. Nghị định số 9/2019/NĐ-CP được "
            "sửa đổi bởi Nghị định số 3/2020/NĐ-CP (dưới đây gọi chung là Nghị định số 3/2020/NĐ-CP) và "
            "Nghị định số 4/2021/NĐ-CP.")
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    links = {(m.text, link.relation.value, by_start[link.target]) for m in found for link in m.links}
    assert links == {
        ("Nghị định số 5/2022/NĐ-CP", "repeals", "Nghị định số 1/2020/NĐ-CP"),
        ("Nghị định số 5/2022/NĐ-CP", "repeals", "Nghị định số 2/2021/NĐ-CP"),
        ("Nghị định số 3/2020/NĐ-CP", "amends", "Nghị định số 9/2019/NĐ-CP"),
        ("Nghị định số 4/2021/NĐ-CP", "amends", "Nghị định số 9/2019/NĐ-CP"),
    }


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Doanh nghiệp nộp thuế theo Hiệp định giữa Việt Nam và nước doanh nghiệp thực hiện dự án đầu tư "
         "(nếu có), Luật Thuế thu nhập doanh nghiệp của Việt Nam.", "mentions"),
        # a document cited without a number goes on with the list after its aside
        ("Thực hiện Nghị quyết Trung ương 4 (khóa XII), Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, "
         "Huyện ủy ban hành kế hoạch.", "implements"),
    ],
)
def test_an_aside_then_a_comma_closes_what_is_implemented(text: str, relation: str) -> None:
    """ "thực hiện dự án (nếu có), Luật …": the verb's object ended at the comma after the aside."""
    assert extract(text)[-1].relation.value == relation


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("**^**Quyết định 56-CP năm 1977 về việc hợp nhất một số huyện thuộc tỉnh An Giang do Hội đồng "
         "Chính phủ ban hành", ["Hội đồng Chính phủ"]),
        # quoted, after the footnote before it on the same line
        ('Truy cập ngày 2 tháng 2 năm 2014.**^**"Quyết định 88-CP năm 1979 về việc chia huyện Đông Sơn thành hai '
         'huyện do Hội đồng Chính phủ ban hành".**^**"Lời nói đầu".', ["Hội đồng Chính phủ"]),
        # a list written without marks: the line before opens with a document too
        ("Thông tư 08/2015/TT-BKHCN quy định thực hiện Chương trình hợp tác\n\nThông tư 03/2021/TT-BKHCN về quản "
         "lý Chương trình phát triển tài sản trí tuệ do Bộ Khoa học và Công nghệ ban hành\n",
         [None, "Bộ Khoa học và Công nghệ"]),
        # a document inside another's caption: the body issued the caption's document
        ("* Nghị quyết 02/2022/NQ-HĐTP hướng dẫn áp dụng quy định của Bộ luật Dân sự về trách nhiệm bồi "
         "thường do Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành",
         ["Hội đồng Thẩm phán Tòa án nhân dân tối cao", None]),
        # an item numbered in parentheses, in bold
        ("\n**(6)** Nghị quyết 01/2019/NQ-HĐTP hướng dẫn áp dụng một số quy định của pháp luật về lãi, lãi suất "
         "do Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành\n", ["Hội đồng Thẩm phán Tòa án nhân dân tối cao"]),
    ],
)
def test_a_captions_issuer_after_its_title(text: str, issuers: list[str | None]) -> None:
    """ "⏎Quyết định … về việc … do Hội đồng Chính phủ ban hành": a caption of a list or
    a footnote names its issuer after the title."""
    assert [m.issuer_name for m in extract(text)] == issuers


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # what the guiding text covers, not the law's title
        ("Thông tư 12/2025/TT-BNV quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội "
         "bắt buộc.", [None, None]),
        # the amended decree's own title
        ("Bộ Nội vụ đã công bố Dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định 204/2004/NĐ-CP về "
         "chế độ tiền lương đối với cán bộ, công chức.", ["chế độ tiền lương đối với cán bộ, công chức"]),
    ],
)
def test_about_after_some_articles_of_a_document(text: str, titles: list[str | None]) -> None:
    """ "… một số điều của <doc> về …": the title of the document amended, but not of the
    law whose articles a text details."""
    assert [m.title for m in extract(text)] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Công văn 81/MTTQ-BTT năm 2025 về hưởng ứng Cuộc thi trực tuyến “Tìm hiểu 80 năm nước Cộng hoà xã hội '
         'chủ nghĩa Việt Nam"\n\nTheo đó',
         'hưởng ứng Cuộc thi trực tuyến “Tìm hiểu 80 năm nước Cộng hoà xã hội chủ nghĩa Việt Nam"'),
        ("Kế hoạch 158/KH-UBND năm 2025 về tổ chức kỷ niệm 80 năm Cách mạng tháng Tám thành công "
         "(19/8/1945-19/8/2025) trên địa bàn thành phố.",
         "tổ chức kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945-19/8/2025) trên địa bàn thành phố"),
        ("**2. Nghị quyết số 1674/NQ-UBTVQH15 về sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình năm "
         "2025, Ninh Bình có bao nhiêu đơn vị hành chính cấp xã?**",
         "sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình năm 2025"),
        # a comma inside the title stays when no question follows it
        ("**Nghị định 5/2020/NĐ-CP về xử phạt vi phạm hành chính, giao thông?**",
         "xử phạt vi phạm hành chính, giao thông"),
        # a bold heading glued to the bold title after it
        ("**Bộ Xây dựng ban hành Công điện 96/CĐ-BXD về việc khắc phục hậu quả mưa lũ tại khu vực Trung Bộ****Bộ "
         "Xây dựng yêu cầu tập trung ứng phó**", "khắc phục hậu quả mưa lũ tại khu vực Trung Bộ"),
    ],
)
def test_titles_with_a_quoted_name_a_span_of_dates_or_a_question_after_them(text: str, title: str) -> None:
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    "text",
    [
        "hệ số lương quy định tại 04 Thông tư của Bộ GD&ĐT gồm Thông tư 01/2021/TT-BGDĐT, Thông tư 02/2021/TT-BGDĐT.",
        "theo các văn bản của Bộ GD&ĐT bao gồm có: Thông tư 01/2021/TT-BGDĐT, Thông tư 02/2021/TT-BGDĐT.",
    ],
)
def test_the_issuer_of_a_group_before_gom(text: str) -> None:
    """ "04 Thông tư của Bộ GD&ĐT gồm A, B": the issuer of the group is each item's."""
    assert [m.issuer_name for m in extract(text)] == ["Bộ GD&ĐT", "Bộ GD&ĐT"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("QUYẾT ĐỊNH\n\nĐiều 2. Sửa đổi:\n1. Điều 17 Quy chế ban hành kèm theo Quyết định số 11/2005/QĐ-TTg ngày "
         "12 tháng 01 năm 2005 của Thủ tướng Chính phủ được sửa đổi như sau:\n“Điều 17. …”", "amends"),
        ("NGHỊ ĐỊNH\n\n1. Điều 5 Nghị định số 11/2005/NĐ-CP được sửa đổi, bổ sung như sau:", "amends"),
        # in an article, the change is the quoted decree's, not the article's
        ("Theo đó, khoản 1 Điều 5 Nghị định số 11/2005/NĐ-CP được sửa đổi như sau:", "mentions"),
    ],
)
def test_a_legal_text_amends_what_it_says_is_amended_as_follows(text: str, relation: str) -> None:
    """ "… được sửa đổi như sau:" with no agent, in a legal text: the text makes the change.
    (The heading's type word followed by a list item is no short reference.)"""
    [m] = extract(text)
    assert m.relation.value == relation


def test_a_passive_cue_acts_on_the_whole_list_before_it() -> None:
    """ "Thông tư A, Thông tư B và Thông tư C được sửa đổi bởi Thông tư D": D amends all
    three; not a document another cue already acts on ("Thông tư A về hướng dẫn thi hành
    Nghị định B và Quyết định C hết hiệu lực")."""
    text = ("Hệ số lương quy định tại Thông tư 01/2021/TT-BGDĐT, Thông tư 02/2021/TT-BGDĐT và Thông tư "
            "03/2021/TT-BGDĐT và được sửa đổi bởi Thông tư 08/2023/TT-BGDĐT.")
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    assert {(link.relation.value, by_start[link.target]) for link in found[-1].links} == {
        ("amends", "Thông tư 01/2021/TT-BGDĐT"), ("amends", "Thông tư 02/2021/TT-BGDĐT"),
        ("amends", "Thông tư 03/2021/TT-BGDĐT")}
    # an aside on when one takes effect does not end the list of amending documents
    text = ("Căn cứ khoản 6 Điều 9 Nghị định 101/2024/NĐ-CP được sửa đổi, bổ sung tại điểm c khoản 2 Điều 14 Nghị "
            "định 151/2025/NĐ-CP (có hiệu lực từ ngày 01/07/2025) và điểm c khoản 3 Điều 7 Nghị định 226/2025/NĐ-CP "
            "quy định trách nhiệm.")
    amended, *amending = extract(text)
    assert [[link.target for link in m.links] for m in amending] == [[amended.start], [amended.start]]
    # an aside that closes before the next document names no agent
    text = ("theo khoản 4 Điều 148 Luật Xây dựng năm 2014 (đã được sửa đổi, bổ sung năm 2020), khoản 1 Điều 77 Nghị "
            "định số 175/2024/NĐ-CP của Chính phủ.")
    assert all(m.links == () for m in extract(text))
    # in an aside, ";" goes on with the list of amending documents
    text = ("Mức phạt quy định tại Điều 6 Nghị định 100/2019/NĐ-CP (được sửa đổi bởi điểm k khoản 34 Điều 2 Nghị định "
            "123/2021/NĐ-CP; điểm g khoản 34 Điều 2 Nghị định 124/2021/NĐ-CP) như sau:")
    amended, *amending = extract(text)
    assert [[link.target for link in m.links] for m in amending] == [[amended.start], [amended.start]]
    # outside an aside, ";" goes on with the list where a provision opens the next item
    text = ("Hoạt động quy định tại Điều 30 Luật Phòng chống thiên tai 2013, được sửa đổi, bổ sung bởi khoản 24 Điều 1 "
            "Luật Đê điều sửa đổi 2020; khoản 4 Điều 54 Luật Phòng thủ dân sự 2023 như sau:")
    amended, *amending = extract(text)
    assert [[link.target for link in m.links] for m in amending] == [[amended.start], [amended.start]]
    # an aside right after the last item is that item's alone
    text = ("Theo Điều 7 Luật Doanh nghiệp 2020 và Điều 8 Luật Doanh nghiệp 2020 (được bổ sung bởi khoản 2 Điều 1 "
            "Luật Doanh nghiệp sửa đổi 2025) quy định về quyền.")
    _, second, amending = extract(text)
    assert [link.target for link in amending.links] == [second.start]
    text = ("THÔNG TƯ\n\nĐiều 18. Thông tư số 30/2006/TT-BVHTT về hướng dẫn thi hành Nghị định số 111/2005/NĐ-CP "
            "và Quyết định số 31/2006/QĐ-BVHTT hết hiệu lực kể từ ngày Thông tư này có hiệu lực.")
    relations = {m.text: m.relation.value for m in extract(text)}
    assert relations["Nghị định số 111/2005/NĐ-CP"] == "mentions"
    assert relations["Quyết định số 31/2006/QĐ-BVHTT"] == "repeals"
    assert relations["Thông tư số 30/2006/TT-BVHTT"] == "repeals"  # the item whose description names B


@pytest.mark.parametrize(
    ("items", "expiring"),
    [
        # items with their dates, joined by ";"
        ("Nghị quyết số 12/NQ-UBTVQH14 ngày 02 tháng 3 năm 2017; Nghị quyết số 345/NQ-UBTVQH14 ngày 5 tháng 9 "
         "năm 2018; Nghị quyết số 678/NQ-UBTVQH15 ngày 6 tháng 1 năm 2023 của Ủy ban Thường vụ Quốc hội",
         ["12/NQ-UBTVQH14", "345/NQ-UBTVQH14", "678/NQ-UBTVQH15"]),
        # past what each item is about, and what its description changes
        ("Nghị quyết số 20/2019/NQ-HĐND ngày 5/12/2019 quy định mức chi hỗ trợ; Nghị quyết số 17/2021/NQ-HĐND "
         "ngày 9/7/2021 sửa đổi, bổ sung Nghị quyết số 20/2019/NQ-HĐND và Nghị quyết số 13/2024/NQ-HĐND ngày "
         "1/3/2024 sửa đổi Nghị quyết số 17/2021/NQ-HĐND",
         ["20/2019/NQ-HĐND", "17/2021/NQ-HĐND", "13/2024/NQ-HĐND"]),
    ],
)
def test_an_expiry_ends_each_item_listed_before_it(items: str, expiring: list[str]) -> None:
    """ "A ngày …; B ngày …; C … hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực": the
    text ends A, B and C. A document named in an item's description ("B sửa đổi A") stands
    for that item, and no item is the "Nghị quyết này" that ends them."""
    text = ("NGHỊ QUYẾT\n\nĐiều 10. Hiệu lực thi hành\n\n1. Nghị quyết này có hiệu lực từ ngày ký.\n\n2. "
            f"{items} hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.")
    found = extract(text)
    repealed = [m for m in found if m.relation.value == "repeals"]
    assert sorted({m.reference.canonical for m in repealed if m.reference}) == sorted(expiring)
    assert len(repealed) == len(expiring)  # each document once: not the copy a description names
    assert all(link.relation.value != "repeals" for m in found for link in m.links)
    # a page quoting the provision: "Nghị quyết này" is none of the items, so no item ends another
    found = extract(f"Theo đó, {items} hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.")
    assert all(link.relation.value != "repeals" for m in found for link in m.links)


@pytest.mark.parametrize(
    ("text", "guided"),
    [
        ("Thông tư 97/2025/TT-BTC hướng dẫn thực hiện các chính sách tài chính đối với doanh nghiệp quy định tại "
         "điểm b, c, d, đ, e khoản 1 Điều 7 Nghị định 16/2023/NĐ-CP của Chính phủ.", ["Nghị định 16/2023/NĐ-CP"]),
        # an exception in an aside is no object of the guidance
        ("Thông tư 200/2014/TT-BTC hướng dẫn chế độ kế toán doanh nghiệp (trừ trường hợp quy định tại khoản 2 "
         "Điều 1 Thông tư 1/2020/TT-BTC).", []),
        # however many provisions are listed, they are the law's
        ("Nghị định 104/2025/NĐ-CP quy định chi tiết khoản 3 Điều 22, Điều 30, Điều 31, Điều 34, khoản 3 Điều 39, "
         "Điều 41, khoản 4 Điều 59, Điều 63, Điều 64, khoản 3 Điều 65, Điều 66 và Điều 68 của Luật Công chứng.",
         ["Luật Công chứng"]),
    ],
)
def test_guiding_what_a_pinpointed_provision_prescribes(text: str, guided: list[str]) -> None:
    """ "… hướng dẫn … quy định tại điểm b khoản 1 Điều 7 Nghị định …" guides the decree."""
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    assert [by_start[link.target] for link in found[0].links if link.relation.value == "guides"] == guided


@pytest.mark.parametrize(
    "joint",
    [", ", "; Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế và "],
)
def test_a_circular_guides_a_law_and_the_decree_cited_in_full_after_it(joint: str) -> None:
    """ "Thông tư A hướng dẫn thi hành Luật B và Nghị định C ngày … của Chính phủ": A guides C
    too, however fully C is cited (a dated document of another type after a list is otherwise
    taken for the next item of an outer list)."""
    text = (f"Thông tư số 156/2013/TT-BTC hướng dẫn thi hành một số điều của Luật Quản lý thuế{joint}"
            "Nghị định số 83/2013/NĐ-CP ngày 22/7/2013 của Chính phủ.")
    circular, *guided = extract(text)
    assert [link.target for link in circular.links if link.relation is Relation.GUIDES][-1] == guided[-1].start
    assert guided[-1].text == "Nghị định số 83/2013/NĐ-CP"


def test_a_decree_regulating_how_a_code_is_carried_out_guides_it() -> None:
    """ "Nghị định A … quy định thi hành Bộ luật Dân sự về …": A guides the code."""
    text = ("Theo khoản 9 Điều 21 Nghị định số 21/2021/NĐ-CP ngày 19/3/2021 của Chính phủ quy định thi hành Bộ luật "
            "Dân sự về bảo đảm thực hiện nghĩa vụ.")
    decree, code = extract(text)
    assert links_of(decree) == [(Relation.GUIDES, code.start)]


def test_what_a_document_guides_ranks_above_it() -> None:
    """A circular guides a decree or a law; "Thông tư A hướng dẫn … và Thông tư B" is no
    circular guiding a circular, nor "Luật … hướng dẫn tại … Nghị định" a law guiding a decree."""
    text = ("Căn cứ Thông tư số 63/2002/TT-BTC ngày 24/7/2002 hướng dẫn thực hiện các quy định pháp luật về phí và "
            "lệ phí và Thông tư số 97/2006/TT-BTC ngày 16/10/2006 của Bộ Tài chính; Thông tư 1/2020/TT-BTC hướng "
            "dẫn Nghị định 5/2019/NĐ-CP.")
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    links = {(m.text, link.relation.value, by_start[link.target]) for m in found for link in m.links}
    assert links == {("Thông tư 1/2020/TT-BTC", "guides", "Nghị định 5/2019/NĐ-CP")}


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        # who carries out or guides a provision did not issue the document
        ("Nhiệm vụ quy định tại khoản 1 Điều 53 Nghị định số 52/2013/NĐ-CP do Ủy ban nhân dân cấp tỉnh thực hiện.",
         None, None),
        ("theo quy định tại Điều 17 Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019 do Bộ trưởng Bộ Tài "
         "chính hướng dẫn.", None, None),
        # the title ends where who issued it is said, in lower case too
        ("Theo Kế hoạch 16/KH-UBND năm 2025 về việc tuyển chọn công dân nhập ngũ năm 2026 do thành phố Cần Thơ ban "
         "hành quy định như sau:", None, "tuyển chọn công dân nhập ngũ năm 2026"),
        ("Nghị quyết 26/NQ-CP về xác định địa giới tại hai khu vực do lịch sử để lại.", None,
         "xác định địa giới tại hai khu vực do lịch sử để lại"),
        # the verb typed twice is no part of the subject
        ("Ngày 26/12/2024 Chính phủ ban hành ban hành Nghị định 168/2024/NĐ-CP quy định xử phạt.", "Chính phủ", None),
    ],
)
def test_who_carries_out_issued_by_in_lower_case_and_a_doubled_verb(
    text: str, issuer: str | None, title: str | None,
) -> None:
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


def test_a_type_word_glued_to_the_number() -> None:
    """ "Nghị định123/2020/NĐ-CP": the space after the type word left out; the type word
    is still part of the mention. A code glued to other letters stays no reference."""
    found = extract("theo Nghị định123/2020/NĐ-CP của Chính phủ; mã HS85/2020/AB-CD")
    assert [(m.text, m.canonical) for m in found] == [("Nghị định123/2020/NĐ-CP", "123/2020/NĐ-CP")]


def test_amending_a_regulation_issued_with_several_decisions() -> None:
    """ "Quyết định về việc sửa đổi, bổ sung quy định … kèm theo các quyết định số A, B": the
    text amends each decision the regulation was issued with."""
    text = ("Quyết định về việc sửa đổi, bổ sung quy định bồi thường khi nhà nước thu hồi đất kèm theo các quyết "
            "định số 124/2004/QĐ-UB, quyết định số 97/2005/QĐ-UB của UBND tỉnh.\nỦy ban nhân dân tỉnh\n")
    assert [m.relation.value for m in extract(text)] == ["amends", "amends"]


def test_a_documents_act_in_a_title_ends_where_the_texts_list_goes_on() -> None:
    """ "Tiếp tục thực hiện Chỉ thị A … về lãnh đạo thực hiện Chỉ thị B …; Nghị định C …": C is the
    text's next item, not a second document A implements. The issuer's term in parentheses and
    "Ban Bí thư Trung ương" are read; "… có đoạn: …" ends a title."""
    text = ("Tiếp tục thực hiện Chỉ thị số 07-CT/TU ngày 14/11/2008 của Thành ủy Hà Nội về lãnh đạo thực hiện Chỉ "
            "thị số 12-CT/TW của Bộ Chính trị về tăng cường công tác giáo dục quốc phòng; Nghị định số "
            "116/2007/NĐ-CP của Chính phủ về giáo dục quốc phòng, an ninh. Thực hiện Chỉ thị số 16-CT/TW của Ban Bí "
            "thư Trung ương (khoá IX) về tăng cường sự lãnh đạo của Đảng. Nghị quyết số 09-NQ/TW ngày 18-2-1995 của "
            "Bộ Chính trị (khoá VII) về những định hướng lớn có đoạn: Trong khi giải quyết.")
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    first = found[0]
    assert [by_start[link.target] for link in first.links] == ["Chỉ thị số 12-CT/TW"]
    details = {m.text: (m.relation.value, m.issuer_name, m.title) for m in found}
    assert details["Nghị định số 116/2007/NĐ-CP"][0] == "implements"
    assert details["Chỉ thị số 16-CT/TW"] == ("implements", "Ban Bí thư Trung ương", "tăng cường sự lãnh đạo của Đảng")
    assert details["Nghị quyết số 09-NQ/TW"][2] == "những định hướng lớn"


def test_guidance_that_amends_is_one_act() -> None:
    """ "Thông tư A hướng dẫn sửa đổi, bổ sung Thông tư B": A amends B."""
    text = ("Căn cứ Thông tư số 70/2006/TT-BTC ngày 02/8/2006 của Bộ Tài chính hướng dẫn sửa đổi, bổ sung Thông tư "
            "số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính;")
    first, second = extract(text)
    assert [(link.relation.value, link.target) for link in first.links] == [("amends", second.start)]


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ('**^**Ủy ban nhân dân thành phố Hà Nội (ngày 25 tháng 12 năm 2015). "Quyết định 7151/QĐ-UBND về việc '
         'thành lập thôn". *Ủy ban nhân dân thành phố Hà Nội*.', dt.date(2015, 12, 25),
         "Ủy ban nhân dân thành phố Hà Nội"),
        # the Government's name before 1981 (an alias in the issuer table)
        ('**^**Hội đồng Chính phủ (ngày 5 tháng 7 năm 1977). "Quyết định số 177-CP về việc hợp nhất huyện".*Thư '
         'Viện Pháp Luật*.', dt.date(1977, 7, 5), "Hội đồng Chính phủ"),
        # a province's police (its name in the issuer table)
        ('**a**Công an tỉnh Bạc Liêu (ngày 14 tháng 2 năm 2025). "Công văn số 17/DS-CAT-PC06 về việc cung cấp số '
         'liệu diện tích" (PDF).', dt.date(2025, 2, 14), "Công an tỉnh Bạc Liêu"),
        # a person who signed, or a website, is no body
        ('**^**Đoàn Trọng Truyến (ngày 13 tháng 6 năm 1985). "Quyết định 78-BT phê chuẩn điều lệ Hội".', None, None),
        ('**^**xaydungchinhsach.chinhphu.vn (ngày 20 tháng 6 năm 2025). "Nghị quyết số 1676/NQ-UBTVQH15 sắp xếp".',
         None, None),
    ],
)
def test_a_wiki_citations_author_and_date(text: str, date: dt.date | None, issuer: str | None) -> None:
    """ 'Author (date). "Quyết định …"': a body the registry knows issued it that day."""
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('**^**"Nghị định số 42/1999/NĐ-CP về việc thành lập xã".*Thư viện pháp luật*. ngày 25 tháng 6 năm 1999. '
         "Truy cập ngày 7 tháng 5 năm 2025.", dt.date(1999, 6, 25)),
        ('**^**"Nghị quyết số 245-NQ/TW về việc bỏ khu, hợp tỉnh". ngày 20 tháng 9 năm 1975', dt.date(1975, 9, 20)),
        ('**a**"Quyết định số 275-CP về việc điều chỉnh địa giới".**b***Thư viện pháp luật*. ngày 25 tháng 7 năm '
         "1979.", dt.date(1979, 7, 25)),
        # the dates the page was archived and read are not the document's
        ('**^**"Quyết định số 75-HĐBT về việc chia huyện".*Thư viện pháp luật*. Bản gốc lưu trữ ngày 7 tháng 5 năm '
         "2025. Truy cập ngày 7 tháng 5 năm 2025.", None),
        # nor the day a newspaper ran its news of it
        ('**^**"Nghị quyết số 178/2025/QH15 về việc tổ chức các cơ quan của Quốc hội".*Báo điện tử Chính phủ*. ngày '
         "22 tháng 2 năm 2025.", None),
        # a law library's, a gazette's or a government portal's date is the document's, whatever its address
        ('**^**"Nghị quyết số 202/2025/QH15 về việc sắp xếp".*Cổng thông tin điện tử Quốc hội Việt Nam*. ngày 12 '
         "tháng 6 năm 2025.", dt.date(2025, 6, 12)),
        ('**^**"Quyết định số 7/2020/QĐ-UBND về giá đất".*thuvienphapluat.vn*. ngày 2 tháng 3 năm 2020.',
         dt.date(2020, 3, 2)),
        ('**^**"Quyết định số 7/2020/QĐ-UBND về giá đất".*Công báo tỉnh Cà Mau*. ngày 2 tháng 3 năm 2020.',
         dt.date(2020, 3, 2)),
        # a sentence opening with the day of the decision it cites right after "tại" or "theo"
        ("Ông làm tỉnh trưởng.[4]\n\nNgày 24 tháng 9 năm 2020, Tại Quyết định 1444/QĐ-TTg, Thủ tướng điều động bà.",
         dt.date(2020, 9, 24)),
        ("Ngày 13 tháng 8 năm 2016, theo Quyết định số 343-QĐNS/TW của Bộ Chính trị, ông là Ủy viên.",
         dt.date(2016, 8, 13)),
        # the type abbreviated before the number
        ("Ngày 29 tháng 3 năm 2008, tại QĐ số 338/QĐ-TTg, Thủ tướng Chính phủ đã quyết định bổ nhiệm ông A.",
         dt.date(2008, 3, 29)),
        # a general signing, his titles between
        ("Theo đó, ngày 24 tháng 10 năm 1973, tướng Võ Nguyên Giáp – Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng "
         "ký quyết định số 142/QĐ–QP thành lập Quân đoàn 1.", dt.date(1973, 10, 24)),
        # (or "bằng", by it; a wiki's edit link glued before the day)
        ("Ngày 11 tháng 11 năm 2011, bằng quyết định số 2011/QĐ-TTg, Thủ tướng Chính phủ đã bổ nhiệm ông A.",
         dt.date(2011, 11, 11)),
        ("[sửa | sửa mã nguồn]Ngày 5 tháng 10 năm 2020, tại Quyết định số 1518/QĐ-TTg, Thủ tướng bổ nhiệm ông A.",
         dt.date(2020, 10, 5)),
        # (a date inside the sentence says from when, not when the document was issued)
        ("Danh mục trang bị từ ngày 01/7/2025, theo Thông tư 30/2025/TT-BQP gồm những gì?", None),
    ],
)
def test_a_wiki_citations_date_and_a_sentences_opening_date(text: str, date: dt.date | None) -> None:
    """ '"Nghị định … về …".*Site*. ngày …': the citation's date field is the document's (unless
    the site is a newspaper's); "Ngày D, tại Quyết định A, …": the day the sentence opens with is A's."""
    [m] = extract(text)
    assert m.date == date



def test_a_department_of_a_ministry_with_a_comma_in_its_name() -> None:
    """ "được Cục Quản lý Khám, chữa bệnh ban hành": the registry knows the name, comma and all."""
    [m] = extract("Theo Công văn 708/KCB-NV năm 2025, được Cục Quản lý Khám, chữa bệnh ban hành ngày 19/5/2025 thì")
    assert (m.issuer_name, m.issuer and m.issuer.code, m.date) == (
        "Cục Quản lý Khám, chữa bệnh", "KCB", dt.date(2025, 5, 19))


def test_repealing_what_a_provision_prescribes_repeals_its_document() -> None:
    """ "Bãi bỏ khoản thu … quy định tại Điều 1 - Quyết định số 1057/QĐ-UB": a partial repeal."""
    text = ("QUYẾT ĐỊNH\n\nĐiều 1. Bãi bỏ khoản thu đóng góp xây dựng cơ sở vật chất tại các trường học quy định tại "
            "Điều 1 - Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Ủy ban nhân dân tỉnh.")
    [m] = extract(text)
    assert m.relation.value == "repeals"


def test_a_title_ends_before_with_the_content_as_follows() -> None:
    """ "… về X với nội dung như sau:": the sentence goes on to what follows."""
    [m] = extract("Bộ Chính trị đã có Kết luận 223-KL/TW năm 2025 về thành lập Tòa án chuyên biệt với nội dung "
                  "như sau:")
    assert m.title == "thành lập Tòa án chuyên biệt"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Thực hiện theo Nghị định số 08/2005/NĐ-CP ngày 24/01/2005 của Chính phủ về quy hoạch xây dựng và các quy "
         "định hiện hành về hướng dẫn lập quy hoạch.", "quy hoạch xây dựng"),
        ("theo Nghị quyết 193/2025/QH15 về việc thí điểm một số cơ chế đặc biệt và các văn bản có liên quan.",
         "thí điểm một số cơ chế đặc biệt"),
    ],
)
def test_a_title_ends_before_the_other_rules_in_the_plural(text: str, title: str) -> None:
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Ngày 24/7, UBND Thành phố ban hành Kế hoạch 198/KH-UBND năm 2025 về tổ chức bắn pháo hoa.",
         dt.date(2025, 7, 24), "UBND Thành phố"),
        ("Hội nghị Trung ương 3 khoá IX đã ra Nghị quyết số 05-NQ/TW, ngày 24-9-2001 về tiếp tục sắp xếp.",
         dt.date(2001, 9, 24), "Hội nghị Trung ương 3"),
        # who signs on another's authority is named first
        ("Ngày 21 tháng 1 năm 1960, Tổng Giám đốc Ngân hàng Quốc gia đã thừa ủy quyền của Thủ tướng Chính phủ ký "
         "Thông tư số 20/VP-TH đổi tên ngân hàng.", dt.date(1960, 1, 21), "Tổng Giám đốc Ngân hàng Quốc gia"),
        # the office, not who holds it, after a dash
        ("Ngày 08/5/2025, Phó Chủ tịch UBND TP Hà Nội - Nguyễn Trọng Đông ký ban hành Quyết định 2321/QĐ-UBND về đất.",
         dt.date(2025, 5, 8), "Phó Chủ tịch UBND TP Hà Nội"),
        # a page's bold lead date, before the body that issues the reference
        ("**Ngày 14/02/2025**, Bộ Chính trị ban hành **Kết luận 126-KL/TW** về một số nội dung.",
         dt.date(2025, 2, 14), "Bộ Chính trị"),
        ("**Ngày 14/02/2025****,** Bộ Chính trị ban hành Kết luận 126-KL/TW về một số nội dung.",
         dt.date(2025, 2, 14), "Bộ Chính trị"),
        # the session, its number in words, before the body
        ("Ngày 9 tháng 11 năm 1946, tại Kỳ họp thứ hai Quốc hội khóa I thông qua Hiến pháp Việt Nam Dân chủ Cộng hòa.",
         dt.date(1946, 11, 9), "Quốc hội"),
        # "vừa được ban hành ngày …" after the issuer
        ("Theo Nghị định 243/2025/NĐ-CP của Chính phủ vừa được ban hành ngày 11/9/2025, việc phê duyệt dự án.",
         dt.date(2025, 9, 11), "Chính phủ"),
    ],
)
def test_a_lead_date_takes_the_year_after_the_symbol_and_a_plenum_its_number(
    text: str, date: dt.date, issuer: str,
) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Căn cứ Quyết định số 824/QĐ-TTg ngày 16/6/2009 của Thủ tướng Chính phủ về việc thành lập Ủy ban Quốc gia "
         "chuẩn bị và thực hiện vai trò Chủ tịch ASEAN năm 2010;",
         "thành lập Ủy ban Quốc gia chuẩn bị và thực hiện vai trò Chủ tịch ASEAN năm 2010"),
        ("Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở.",
         "xây dựng và thực hiện quy chế dân chủ ở cơ sở"),
        ("ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW về xây dựng và thực hiện quy chế dân chủ ở cơ sở, "
         "xác định đây là khâu quan trọng.", "xây dựng và thực hiện quy chế dân chủ ở cơ sở"),
        ("theo Nghị định số 18/2019/NĐ-CP của Chính phủ về quản lý và thực hiện hoạt động khắc phục hậu quả bom mìn mà "
         "không thuộc đối tượng quy định tại khoản 1 Điều 12 của Luật Bảo hiểm y tế.",
         "quản lý và thực hiện hoạt động khắc phục hậu quả bom mìn"),
        # a new clause with its own object still ends the title
        ("Kế hoạch số 5/KH-UBND về việc tuyên truyền pháp luật và thực hiện Nghị quyết số 1/NQ-CP.",
         "tuyên truyền pháp luật"),
    ],
)
def test_and_carrying_out_a_role_goes_on_with_the_title(text: str, title: str) -> None:
    assert extract(text)[0].title == title


def test_a_list_of_amended_documents_goes_on_past_each_ones_own_amendments() -> None:
    """"A sửa đổi B … đã được sửa đổi theo C; D … đã được sửa đổi theo E và F quy định về …":
    A amends B, D and F; C amends B, E amends D, and F (described) is no agent of D's."""
    text = ("Nghị định số 83/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP quy định chức "
            "năng của Bộ đã được sửa đổi, bổ sung một số điều theo Nghị định số 101/2020/NĐ-CP; Nghị định số "
            "10/2016/NĐ-CP quy định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung một số điều theo Nghị định "
            "số 47/2019/NĐ-CP và Nghị định số 120/2020/NĐ-CP quy định về thành lập đơn vị sự nghiệp công lập.")
    found = extract(text)
    amending, b, by_b, d, by_d, f = ([link.target for link in m.links] for m in found)
    b_start, d_start, f_start = (found[k].start for k in (1, 3, 5))
    assert (amending, b, by_b, d, by_d, f) == ([b_start, d_start, f_start], [], [b_start], [], [d_start], [])


@pytest.mark.parametrize(
    "tail",
    ["Luật số 09/2017/QH14, Luật số 23/2018/QH14 và Luật số 35/2024/QH15 như sau:",
     # the sentence's own verb, not what the last law is about
     "Luật số 09/2017/QH14, Luật số 23/2018/QH14 và Luật số 35/2024/QH15 quy định:"],
)
def test_every_listed_agent_of_an_amendment_is_passed_over(tail: str) -> None:
    """"Sửa đổi Phụ lục … ban hành kèm theo Luật A đã được sửa đổi theo Luật B, C và D": the
    text amends A; B, C and D amend A, and the text does nothing to them."""
    first, *agents = extract("**LUẬT**\n\n1. Sửa đổi, bổ sung Phụ lục số 01 về Danh mục phí, lệ phí ban hành kèm theo "
                             "Luật Phí và lệ phí số 97/2015/QH13 đã được sửa đổi, bổ sung một số điều theo " + tail)
    assert first.relation is Relation.AMENDS
    assert [(m.relation, [link.target for link in m.links]) for m in agents] == [
        (Relation.MENTIONS, [first.start])] * 3


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết 36-NQ/TW về chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm "
         "2045 xác định ba khâu đột phá là gì?",
         "chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045"),
        ("Nghị quyết 36-NQ/TW về chiến lược phát triển bền vững kinh tế biển đến năm 2030, tầm nhìn 2045, Hội nghị "
         "lần thứ tám xác định", "chiến lược phát triển bền vững kinh tế biển đến năm 2030, tầm nhìn 2045"),
        ("triển khai Nghị quyết 71-NQ/TW năm 2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, cùng với "
         "nhiều chủ trương, chính sách lớn của Đảng.", "đột phá phát triển giáo dục và đào tạo"),
        ("triển khai Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo (iii) Hướng dẫn các địa phương "
         "thực hiện (iv) Hướng dẫn", "đột phá phát triển giáo dục và đào tạo"),
        ("Nghị quyết số 31-NQ/TW về phương hướng, nhiệm vụ phát triển Thành phố Hồ Chí Minh đến năm 2030, tầm nhìn "
         "đến năm 2045; các nghị quyết của Quốc hội.",
         "phương hướng, nhiệm vụ phát triển Thành phố Hồ Chí Minh đến năm 2030, tầm nhìn đến năm 2045"),
        ("Nghị quyết số 1211/2016/UBTVQH13 về tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính, tại "
         "Điều 1, Mục 1: Tiêu chuẩn.", "tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính"),
        ("Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo, đối với nhiệm vụ “Tập trung xây dựng”",
         "đột phá phát triển giáo dục và đào tạo"),
        ("Sửa đổi, bổ sung một số điều của Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ về khu vực "
         "phòng thủ (Điều 2).", "khu vực phòng thủ"),
        ("Nghị quyết số 98/2023/QH15 về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh, "
         "trình Ủy ban Thường vụ Quốc hội xem xét.",
         "thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh"),
        ("Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ; và các cơ quan chức năng ban hành sớm "
         "văn bản hướng dẫn.", "đột phá phát triển khoa học, công nghệ"),
        ("Công điện 108/CĐ-TTg về triển khai thực hiện công tác đặc xá năm 2025 (đợt 2).",
         "triển khai thực hiện công tác đặc xá năm 2025 (đợt 2)"),
        ("# Nghị quyết 11-NQ/TW về Hoàn thiện thể chế kinh tế thị trường đã đưa ra nội dung quan điểm chỉ đạo nào?",
         "Hoàn thiện thể chế kinh tế thị trường"),
        ("*Tải file Thông tư 56/2025/TT-BCT về quy trình kiểm tra chuyên ngành Công Thương (Hình từ Internet)*",
         "quy trình kiểm tra chuyên ngành Công Thương"),
        ("Quy định 377-QĐ/TW về phân cấp quản lý cán bộ có hiệu lực sử dụng từ ngày 21/11/2025.",
         "phân cấp quản lý cán bộ"),
        # the horizon closes a name that ends there; a span of years inside it does not
        ("Quyết định 1/QĐ-TTg về Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
         "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050"),
        ("Quyết định 1757/QĐ-UBND về việc Thực hiện Kế hoạch Chiến lược phát triển Thống kê giai đoạn 2021-2030, tầm "
         "nhìn đến năm 2045 trên địa bàn tỉnh Vĩnh Long.", "Thực hiện Kế hoạch Chiến lược phát triển Thống kê giai "
         "đoạn 2021-2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Vĩnh Long"),
    ],
)
def test_a_title_ends_at_a_horizon_or_at_what_comes_with_it(text: str, title: str) -> None:
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "relation"),
    [("Quyết định 56/2025/QĐ-UBND sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường thiệt hại về cây "
      "trồng, vật nuôi, vật nuôi là thuỷ sản khi Nhà nước thu hồi đất trên địa bàn tỉnh Cao Bằng ban hành kèm theo "
      "Quyết định 52/2024/QĐ-UBND.", Relation.AMENDS),
     ("Quyết định 56/2025/QĐ-UBND sửa đổi Quy định đơn giá bồi thường thiệt hại về cây trồng, vật nuôi khi Nhà nước "
      "thu hồi đất trên địa bàn tỉnh Cao Bằng tại Quyết định 52/2024/QĐ-UBND như sau:", Relation.AMENDS),
     # the words quoted are one part, however many there are
     ("Thông tư 47/2025/TT-BTC bãi bỏ nội dung “Việc kiểm tra thực tế hàng hóa theo quy định tại khoản này chỉ áp "
      "dụng đối với hàng xá, hàng rời và hàng hóa nhập khẩu phục vụ gia công, sản xuất xuất khẩu, hàng hóa nhập "
      "khẩu của doanh nghiệp chế xuất, cụ thể như sau:” tại khoản 9 Điều 29 Thông tư 38/2015/TT-BTC.",
      Relation.REPEALS),
     ("Quyết định số 128/QĐ-LĐTBXH sửa đổi, bổ sung nội dung “" + "rà soát, " * 40 + "” tại Điều 1 Quyết định "
      "số 650/QĐ-LĐTBXH.", Relation.AMENDS),
     ],
)
def test_amending_a_part_named_at_length_amends_its_document(text: str, relation: Relation) -> None:
    amending, amended = extract(text)
    assert links_of(amending) == [(relation, amended.start)]


def test_adjusting_what_is_done_per_a_document_changes_nothing() -> None:
    """"… điều chỉnh kế hoạch … được thực hiện theo quy định tại Điều 32 Nghị định A": the
    adjusting is done per A; A is not amended."""
    [m] = extract("**THÔNG TƯ**\n\n- Trách nhiệm lập, phê duyệt điều chỉnh kế hoạch quản lý, vận hành, khai thác, bảo "
                  "trì kết cấu hạ tầng đường bộ chuyên dùng, kết cấu hạ tầng đường bộ sử dụng nguồn vốn khác được thực "
                  "hiện theo quy định tại Điều 32 Nghị định 06/2021/NĐ-CP.")
    assert m.relation is Relation.MENTIONS


def test_a_title_goes_on_over_a_line_wrapped_at_a_fixed_width() -> None:
    """Text wrapped at about 80 columns (as from a PDF) breaks lines mid-phrase, also before
    a capital; a line that ends with a letter there goes on. Not a short line, a heading."""
    text = ("Căn cứ Quyết định số\n4970/QĐ-UBND ngày 02 tháng 11 năm 2023 của Ủy ban nhân dân Thành phố về ban\n"
            "hành Quy định đánh giá kết quả hoạt động của Người quản lý doanh nghiệp, Trưởng\n"
            "Ban kiểm soát, Kiểm soát viên doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ\n"
            "thuộc Ủy ban nhân dân Thành phố;")
    assert extract(text)[0].title == (
        "ban hành Quy định đánh giá kết quả hoạt động của Người quản lý doanh nghiệp, Trưởng Ban kiểm soát, "
        "Kiểm soát viên doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ thuộc Ủy ban nhân dân Thành phố")
    assert extract("Quyết định số 1/QĐ-UBND về việc ban hành quy chế\nBan Giám đốc")[0].title == "ban hành quy chế"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the line below is as wide, though the one above was broken short
        ("Kính gửi: Bộ Công Thương\nXét đề nghị của Bộ Công Thương tại Tờ\n"
         "trình số 8798/TTr-BCT ngày 07 tháng 11 năm 2025 về dự thảo Chỉ thị của Thủ tướng\n"
         "Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân phối và sử dụng nhiên liệu\n"
         "sinh học tại Việt Nam, Phó Thủ tướng Chính phủ Bùi Thanh Sơn có ý kiến như sau:",
         "dự thảo Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân phối và sử dụng "
         "nhiên liệu sinh học tại Việt Nam"),
        # a line wrapped after a comma
        ("|\nQuyết định số 1221/QĐ-UBND\n"
         "ngày 28/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng về việc công bố\n"
         "danh mục thủ tục hành chính công bố mới trong lĩnh vực kinh doanh bảo hiểm\n"
         "thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường, Sở Tài chính,\n"
         "Ủy ban nhân dân cấp xã tỉnh Cao Bằng\n|",
         "công bố danh mục thủ tục hành chính công bố mới trong lĩnh vực kinh doanh bảo hiểm thuộc thẩm quyền "
         "giải quyết của Sở Nông nghiệp và Môi trường, Sở Tài chính, Ủy ban nhân dân cấp xã tỉnh Cao Bằng"),
    ],
)
def test_a_title_wrapped_at_a_fixed_width_before_a_capital(text: str, title: str) -> None:
    """A law library's copy wraps at about 80 columns: a line of that width ending mid-phrase
    (in a word or after a comma) goes on below when the line above or below is as wide."""
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("## Căn cứ kiểm điểm đánh giá xếp loại đảng viên năm 2025 theo Quy định 366-QĐ/TW", Relation.MENTIONS),
        ("Căn cứ kiểm điểm, đánh giá tập thể chi bộ cuối năm là gì theo Quy định 366-QĐ/TW năm 2025?",
         Relation.MENTIONS),
        # the verb, with what the text rests on
        ("Căn cứ Phần II Thủ tục hành chính ban hành kèm theo Quyết định 7134/QĐ-BCA-QLXNC;", Relation.BASED_ON),
        ("Căn cứ Điều 14 Pháp lệnh chất lượng hàng hoá được công bố theo Lệnh số 49-LCT/HĐNN8;", Relation.BASED_ON),
        ("Căn cứ vào kết quả kiểm điểm theo Quy định 366-QĐ/TW, cấp ủy xếp loại.", Relation.BASED_ON),
        # the grounds, then the provision they follow
        ("- Căn cứ xác định vị trí việc làm công chức thực hiện theo quy định tại khoản 1 Điều 4 Nghị định "
         "62/2020/NĐ-CP.", Relation.MENTIONS),
        ("Căn cứ vào quy định tại khoản 1 Điều 4 Nghị định 62/2020/NĐ-CP, Bộ Nội vụ hướng dẫn như sau:",
         Relation.BASED_ON),
        # the grounds end at the comma; the document is cited in what follows
        ("b) Căn cứ điều kiện kinh tế - xã hội tại địa phương, trong trường hợp cần thiết có thể quy định lộ "
         "trình riêng, đảm bảo tuân thủ quy định của Luật Bảo vệ môi trường.", Relation.MENTIONS),
        # the grounds for calculating something, as the document prescribes them
        ("- Căn cứ tính tiền sử dụng đất, tiền thuê đất quy định tại các khoản 1, 2 và 6 Điều 5 Nghị quyết "
         "254/2025/QH15.", Relation.MENTIONS),
        # the grounds, the subject of a sentence that quotes them; not the authority the text rests on
        ("Căn cứ tuyển dụng công chức được quy định tại Điều 3 Nghị định 170/2025/NĐ-CP như sau:", Relation.MENTIONS),
        ("Căn cứ thẩm quyền được quy định tại Điều 3 Nghị định 170/2025/NĐ-CP như sau:", Relation.BASED_ON),
        ("Căn cứ chức năng được quy định tại Quyết định 12/2020/QĐ-UBND, UBND tỉnh quyết định:", Relation.BASED_ON),
        ("Căn cứ để xác định giá đất quy định tại Điều 3 Nghị định 71/2024/NĐ-CP.", Relation.MENTIONS),
        # with a noun after it, "căn cứ" is the text's own
        ("Căn cứ thẩm quyền quy định tại Điều 5 Luật Tổ chức chính quyền địa phương;", Relation.BASED_ON),
    ],
)
def test_grounds_for_something_per_a_document_are_no_basis(text: str, relation: Relation) -> None:
    """"Căn cứ kiểm điểm … theo Quy định 366" (a heading: the grounds for the review under the
    regulation) uses "căn cứ" as a noun; the text rests on nothing."""
    assert extract(text)[-1].relation is relation


def test_the_day_a_person_signed_dates_the_document() -> None:
    """"Ngày …, đồng chí <name>, <titles> đã ký ban hành <ref> của Ban Bí thư": the day; the
    person and titles name no issuer (the body after the reference does)."""
    [m] = extract("Theo Cổng TTĐT, ngày 22/10/2025, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí "
                  "thư đã ký ban hành Quy định số 379-QĐ/TW của Ban Bí thư quy định về giao dịch điện tử.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 10, 22), "Ban Bí thư")


def test_two_party_bodies_before_at_issue_the_listed_documents() -> None:
    text = ("Trên cơ sở định hướng của Bộ Chính trị, Ban Bí thư tại Kết luận 127-KL/TW ngày 28/02/2025, Kết luận "
            "130-KL/TW ngày 14/3/2025.")
    assert [m.issuer_name for m in extract(text)] == ["Bộ Chính trị, Ban Bí thư"] * 2


def test_the_issuer_before_a_bold_list_opening() -> None:
    """"… các Thông tư của Bộ trưởng Bộ Tài chính gồm:** Thông tư số A …": markdown between."""
    first = extract("**Chi học tập thực hiện theo các Thông tư của Bộ trưởng Bộ Tài chính gồm:** Thông tư số "
                    "40/2017/TT-BTC quy định chế độ công tác phí.")[0]
    assert first.issuer_name == "Bộ trưởng Bộ Tài chính"


def test_two_party_bodies_issue_together() -> None:
    [m] = extract("Ngày 17/5/2025, Bộ Chính trị, Ban Bí thư đã ban hành Kết luận 155-KL/TW về một số nhiệm vụ.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 5, 17), "Bộ Chính trị, Ban Bí thư")


def test_a_fronted_when_is_no_part_of_the_issuer() -> None:
    text = ("Vừa qua Bộ Chính trị đã ban hành Nghị quyết số 72-NQ/TW về một số giải pháp đột phá; Nghị quyết số "
            "71-NQ/TW về đột phá phát triển giáo dục và đào tạo.")
    assert [m.issuer_name for m in extract(text)] == ["Bộ Chính trị", "Bộ Chính trị"]


@pytest.mark.parametrize("verb", ["đã xây dựng hồ sơ dự án", "thống nhất với ý kiến về", "trả lời về"])
def test_a_body_opening_the_main_clause_ends_the_basis(verb: str) -> None:
    """"Căn cứ Luật A, Bộ Tài chính đã xây dựng hồ sơ dự án Luật B": B, after the body that opens
    the main clause with a verb no cue names, is no basis; a list of bodies is no clause."""
    text = f"Căn cứ quy định của Luật ban hành văn bản quy phạm pháp luật, Bộ Tài chính {verb} Luật Quản lý thuế."
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS]
    text = "Căn cứ ý kiến của Bộ Tài chính, Bộ Tư pháp tại văn bản số 12/BTP-PLDSKT;"
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON]


def test_a_document_amending_what_a_main_clause_names_is_no_basis() -> None:
    """"Căn cứ Điều 1 Thông tư A, Bộ X sửa đổi … Thông tư B đã được sửa đổi theo Thông tư C":
    C amends B, which the text does not rest on; the text rests on A alone."""
    text = ("Căn cứ theo Điều 1 Thông tư 17/2025/TT-BGDĐT, Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số nội dung "
            "trong Chương trình ban hành kèm theo Thông tư 32/2018/TT-BGDĐT đã được sửa đổi bổ sung theo Thông tư "
            "20/2021/TT-BGDĐT.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS]
    # the convention of a legal text's bases: the amended document and what amends it
    text = "Căn cứ Nghị định số 15/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP;"
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("**Nghị quyết 42 2017 QH14 về xử lý nợ xấu còn hiệu lực không?**", "42/2017/QH14"),
        ("Tải Kết luận 205 KL TW về chính sách", "205-KL/TW"),
        ("theo Quyết định Số 292 QĐ-VKSTC-V9 ngày 1/1/2010", "292/QĐ-VKSTC-V9"),
        ("Hội đồng Nhà nước ra Nghị quyết số 782 NQ HĐNN 7 về việc thành lập", "782/NQ-HĐNN7"),
        ("Có Thông tư thay thế Thông tư 133 2016/TT-BTC chưa?", "133/2016/TT-BTC"),
        # the Prime Minister's code, its g in lower case
        ("Số liệu được thu thập từ Quyết định 386 QĐ-TTg năm 2020.", "386/QĐ-TTg"),
        ("Thực hiện Công điện 136 CĐ TTg của Thủ tướng", "136/CĐ-TTg"),
        # too little, or a term after a body that has none: the words stay a short reference
        ("theo Nghị định 15 CP ngày", None),
        ("Quyết định 15 QĐ UBND 3 lần", None),
    ],
)
def test_a_symbol_spelled_with_spaces_after_its_type_word(text: str, canonical: str | None) -> None:
    """Page titles write "Nghị quyết 42 2017 QH14": read when every code is a known one."""
    [m] = extract(text)
    assert m.canonical == canonical
    assert ("spaced-symbol" in [p.code for p in m.problems]) is (canonical is not None)


def test_a_subject_named_with_a_comma_before_the_issuing_verb() -> None:
    """ "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh đã ban hành …": the comma is the name's."""
    [m] = extract("Ngày 05 tháng 11 năm 2025, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh đã ban hành Thông báo "
                  "419/TB-SVHTTDL về việc đăng ký nhận vé.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 11, 5), "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Theo Công ước về Luật Biển của Liên hợp quốc (UNCLOS), hiện có", []),
        ("Công ước của Liên hợp quốc về Luật Biển năm 1982", []),
        ("thông qua cơ chế Tòa án quốc tế về Luật Biển. Điều 279", []),
        ("Luật Biển Việt Nam năm 2012 quy định", ["Luật Biển Việt Nam năm 2012"]),
    ],
)
def test_a_law_in_a_treatys_name_is_no_vietnamese_law(text: str, found: list[str]) -> None:
    assert [m.text for m in extract(text)] == found


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Theo Quyết định số 166/2005/QĐ-TTG, do Phó Thủ tướng Phạm Gia Khiêm ký ngày 6-7-2005.",
         dt.date(2005, 7, 6), None),
        ("Quyết định số 17-QĐ/TW, do Ủy viên Bộ Chính trị Đào Duy Tùng ký, theo đó", None, None),
        # a name the registry knows whole is the issuer
        ("Sắc lệnh số 33/SL do Chủ tịch Hồ Chí Minh ký ngày 22/3/1946", dt.date(1946, 3, 22), "Chủ tịch Hồ Chí Minh"),
        ("Quyết định số 5/QĐ-TTg do Thủ tướng Chính phủ ký ngày 1/1/2020", dt.date(2020, 1, 1), "Thủ tướng Chính phủ"),
    ],
)
def test_who_signed_by_name_is_no_issuer(text: str, date: dt.date | None, issuer: str | None) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Ngày 9/6/2025, thay mặt Bộ Chính trị, Ban Bí thư, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực "
         "Ban Bí thư đã ký ban hành Quy định 301-QĐ/TW quy định về chức năng.",
         dt.date(2025, 6, 9), "Bộ Chính trị, Ban Bí thư"),
        ("Ngày 9/6/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư đã ký ban hành "
         "Quy định 301-QĐ/TW.", dt.date(2025, 6, 9), "Bộ Chính trị"),
    ],
)
def test_signed_on_behalf_of_bodies_they_issue_it(text: str, date: dt.date, issuer: str) -> None:
    """"Ngày …, thay mặt <bodies>, đồng chí <name>, <titles> đã ký ban hành": the bodies issue it,
    not the signer's titles, on that day."""
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Đây là bước triển khai đồng bộ Luật Cán bộ, công chức, đưa các chủ trương vào cuộc sống",
         [("Luật Cán bộ, công chức", "Luật")]),
        ("nâng cao năng lực tổ chức thực hiện Pháp lệnh Dân chủ cơ sở tại địa phương",
         [("Pháp lệnh Dân chủ cơ sở", "Pháp lệnh")]),
        ("có thể xin đổi lại (theo điều 27 của bộ Luật Dân sự năm 2005)", [("bộ Luật Dân sự năm 2005", "Bộ luật")]),
        ("triển khai đồng bộ Hiến pháp và pháp luật", []),
    ],
)
def test_a_name_opens_at_the_capital_after_a_word_ending_like_a_type_word(
        text: str, found: list[tuple[str, str]]) -> None:
    """"đồng bộ Luật …", "thực hiện Pháp lệnh …": "bộ Luật" and "hiện Pháp" are no type words, the
    name opens at the capital; "bộ Luật Dân sự" written so is still the Bộ luật the table knows."""
    assert [(m.text, m.doc_type.name if m.doc_type else None) for m in extract(text)] == found


def test_an_issuer_ends_before_a_title_opening_with_its_verb() -> None:
    """"… của Ủy ban nhân dân thành phố Cần Thơ Thực hiện Chương trình …": the place ends at the verb."""
    [m] = extract("Căn cứ Kế hoạch số 77/KH-UBND ngày 17 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ "
                  "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025;")
    assert m.issuer_name == "Ủy ban nhân dân thành phố Cần Thơ"


@pytest.mark.parametrize("opening", ["Cụ thể, căn cứ", "Như vậy, căn cứ", "Trước hết, căn cứ"])
def test_a_connective_may_open_the_texts_basis(opening: str) -> None:
    [m] = extract(f"{opening} theo quy định tại khoản 1 Điều 21 Nghị định 101/2024/NĐ-CP:")
    assert m.relation is Relation.BASED_ON


def test_adjusted_and_supplemented_by_a_document_is_amended_by_it() -> None:
    """"A (được điều chỉnh bổ sung bởi B …)": B amends A."""
    amended, amending = extract("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 (được điều chỉnh bổ sung "
                                "bởi Quyết định số 128/QĐ-LĐTBXH ngày 17 tháng 3 năm 2023);")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


def test_the_short_name_given_in_parentheses_ends_the_title() -> None:
    """"… tầm nhìn đến năm 2045 (Nghị quyết 06), công tác …": the alias is the document's own,
    not another document the title names."""
    first, alias = extract("Sau hơn 3 năm thực hiện Nghị quyết 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị về quy "
                           "hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến "
                           "năm 2045 (Nghị quyết 06), công tác quản lý phát triển đô thị đã có nhiều chuyển biến.")
    assert first.title == ("quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn "
                           "đến năm 2045")
    assert alias.refers_to == first.start


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        ("Xem chi tiết thêm tại Nghị quyết 244/2025/QH15 thông qua ngày 13/11/2025.", dt.date(2025, 11, 13), None),
        ("Căn cứ Nghị quyết số 44/2003/NQ-HĐ ngày 03 tháng 12 năm 2003 của Hội đồng nhân dân thành phố, Khoá VI, "
         "thông qua về dự toán và phân bổ ngân sách;", dt.date(2003, 12, 3), "dự toán và phân bổ ngân sách"),
    ],
)
def test_passed_on_a_day_after_the_reference(text: str, date: dt.date, title: str | None) -> None:
    [m] = extract(text)
    assert (m.date, m.title) == (date, title)


def test_a_title_goes_on_past_an_aside_to_its_next_items() -> None:
    """"… sau sắp xếp (còn 34 …), tên gọi và trung tâm …": the list of the title goes on."""
    [m] = extract("Thực hiện Kết luận số 130-KL/TW, ngày 14/3/2025 của Bộ Chính trị về số lượng đơn vị hành chính cấp "
                  "tỉnh sau sắp xếp (còn 34 đơn vị hành chính cấp tỉnh), tên gọi và trung tâm hành chính - chính trị "
                  "của đơn vị hành chính cấp tỉnh sau sắp xếp.")
    assert m.title == ("số lượng đơn vị hành chính cấp tỉnh sau sắp xếp (còn 34 đơn vị hành chính cấp tỉnh), tên gọi "
                       "và trung tâm hành chính - chính trị của đơn vị hành chính cấp tỉnh sau sắp xếp")


@pytest.mark.parametrize(
    "intro",
    ["Cụ thể, theo Kết luận 137-KL/TW năm 2025:", "Kết luận 137-KL/TW nêu rõ:",
     "Tại Kết luận 137-KL/TW quy định như sau:"],
)
def test_what_a_quoted_document_does_it_does(intro: str) -> None:
    """A news text quoting a document on the lines after "Theo <doc>:": the quoted words' acts
    are the document's, and the text itself only mentions their objects."""
    quoting, quoted = extract(intro + "\n\nThực hiện đúng chủ trương theo Kết luận số 130-KL/TW, ngày 14/3/2025 của "
                                      "Bộ Chính trị về số lượng đơn vị hành chính.")
    assert links_of(quoting) == [(Relation.IMPLEMENTS, quoted.start)]
    assert quoted.relation is Relation.MENTIONS


def test_the_texts_own_list_after_a_colon_is_not_quoted() -> None:
    """"Căn cứ Nghị định …:⏎Thực hiện …" and "Thực hiện Kết luận A:⏎…" introduce no quotation."""
    assert [m.relation for m in extract("Thực hiện Kết luận 137-KL/TW:\n\nThực hiện Kết luận số 130-KL/TW.")] == [
        Relation.IMPLEMENTS, Relation.IMPLEMENTS]


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        ("Ngày 15/10/2025, Hội đồng Đội Trung ương, Tổng Công ty Bưu điện Việt Nam, Hội Tem Việt Nam có Kế hoạch "
         "4707-KH/HĐĐTW về tổ chức cuộc thi.", dt.date(2025, 10, 15),
         "Hội đồng Đội Trung ương, Tổng Công ty Bưu điện Việt Nam, Hội Tem Việt Nam"),
        ("Ngày 12/12/1996, Bộ Chính trị, Ban Chấp hành Trung ương Đảng đã ra Quyết định số 117-QĐNS/TW thành lập "
         "Đảng bộ.", dt.date(1996, 12, 12), "Bộ Chính trị, Ban Chấp hành Trung ương Đảng"),
        # a place between is no body: the date is not read through it
        ("Ngày 15/10/2025, tại Hà Nội, Bộ Tài chính ban hành Thông tư 1/2025/TT-BTC về X.", None, "Bộ Tài chính"),
        # nor a body reporting it
        ("Ngày 25 tháng 9 năm 2024, Văn phòng Chính phủ cho biết, Thủ tướng Chính phủ Phạm Minh Chính vừa ký Quyết "
         "định số 1041/QĐ-TTg phân công X.", None, "Thủ tướng Chính phủ"),
    ],
)
def test_bodies_listed_after_a_date_issue_together(text: str, date: dt.date | None, issuer: str) -> None:
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


def test_a_title_ends_before_what_the_document_says_past_markdown() -> None:
    """'… con tem bưu chính" **nêu rõ:': the emphasis opens before the verb that ends the title."""
    [m] = extract('Theo Thể lệ ban hành kèm theo Kế hoạch 4707-KH/HĐĐTW năm 2025 về Tổ chức cuộc thi với chủ đề '
                  '** “Đảng Cộng sản Việt Nam qua con tem bưu chính" **nêu rõ:')
    assert m.title == 'Tổ chức cuộc thi với chủ đề “Đảng Cộng sản Việt Nam qua con tem bưu chính"'


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("căn cứ ý kiến chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW, phối hợp", None),
        ("theo chỉ đạo của Thủ tướng Chính phủ tại Công văn 7683/VPCP-QHĐP, các bộ", None),
        # the body named is the symbol's own
        ("Thực hiện chỉ đạo của Ban Bí thư tại Kết luận 61-KL/TW, các cấp", "Ban Bí thư"),
        ("theo chỉ đạo của Thủ tướng Chính phủ tại Công điện 123/CĐ-TTg, các bộ", "Thủ tướng Chính phủ"),
    ],
)
def test_a_body_cited_at_a_letter_another_body_wrote_is_not_its_issuer(text: str, issuer: str | None) -> None:
    """"… chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW": the office whose code the
    symbol carries wrote the letter conveying the direction."""
    [m] = extract(text)
    assert m.issuer_name == issuer


def test_a_list_the_cue_opens_goes_on_past_each_items_description() -> None:
    """"Thực hiện Nghị quyết A … ban hành Kế hoạch …; Nghị định B ngày … quy định về …; Quyết
    định C … phê duyệt …;" (lines wrapped at a width): every item is carried out."""
    found = extract("Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch hành động\n"
                    "về thúc đẩy dữ liệu; Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 của Chính phủ quy định về kết "
                    "nối dữ liệu; Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu; UBND "
                    "Thành phố ban hành Kế hoạch như sau:")
    assert [m.relation for m in found] == [Relation.IMPLEMENTS] * 3


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hướng dẫn 4 thủ tục hành chính của Đảng trực tuyến bao gồm:", []),
        ("Quy định 5 nội dung cần thực hiện", []),
        ("Tải file phụ lục 5 Quy định 366 tiêu chí đánh giá đảng viên", ["Quy định 366"]),
        ("Nghị định 15 quy định về", ["Nghị định 15"]),
    ],
)
def test_a_small_count_of_things_after_a_type_word_is_no_reference(text: str, found: list[str]) -> None:
    assert [m.text for m in extract(text)] == found


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        ("Chính thức thông qua Luật Dân số mới nhất ngày 10/12/2025?", dt.date(2025, 12, 10), None),
        ("Tiếp tục thực hiện Hướng dẫn số 03-HD/TW, ngày 27/12/2022 của Ban Bí thư về thí điểm sinh hoạt đảng trực "
         "tuyến ở chi bộ đông đảng viên đến khi có hướng dẫn mới.", dt.date(2022, 12, 27),
         "thí điểm sinh hoạt đảng trực tuyến ở chi bộ đông đảng viên"),
    ],
)
def test_a_headlines_latest_and_an_until_clause(text: str, date: dt.date, title: str | None) -> None:
    [m] = extract(text)
    assert (m.date, m.title) == (date, title)



def test_what_expires_is_the_item_not_what_it_was_issued_under() -> None:
    """"- Thông tư A … hướng dẫn … theo quy định tại Quyết định B hết hiệu lực kể từ ngày Thông tư
    này có hiệu lực", quoted from Thông tư C's final article: C repeals A; B stays in force."""
    found = extract("Tại Điều 6 Thông tư 85/2025/TT-BTC nêu rõ hiệu lực thi hành như sau:\n\n- Thông tư 85/2025/TT-BTC "
                    "có hiệu lực thi hành từ ngày 10/10/2025.\n\n- Thông tư 137/2014/TT-BTC ngày 18 tháng 9 năm 2014 "
                    "của Bộ Tài chính hướng dẫn về lập dự toán kinh phí theo quy định tại Quyết định 01/2014/QĐ-TTg "
                    "hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.")
    repealing, expiring = found[1], found[2]
    assert expiring.text == "Thông tư 137/2014/TT-BTC"
    assert [(m.start, link.relation, link.target) for m in found for link in m.links] == [
        (repealing.start, Relation.REPEALS, expiring.start)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết số 41-NQ/TW, ngày 10/10/2023 của Bộ Chính trị về xây dựng đội ngũ doanh nhân Việt Nam trong thời "
         "kỳ mới tiếp tục khẳng định: “Tiếp tục củng cố …”", "xây dựng đội ngũ doanh nhân Việt Nam trong thời kỳ mới"),
        ("Chính phủ đã có Báo cáo số 539/BC-CP về việc tiếp thu, giải trình ý kiến của các vị Đại biểu Quốc hội gửi "
         "Quốc hội. Ngày 20/6/2025, …", "tiếp thu, giải trình ý kiến của các vị Đại biểu Quốc hội"),
        ("theo Chỉ thị 05-CT/TW năm 2016 về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và "
         "các quy định về trách nhiệm nêu gương.",
         "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        ("thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị về sắp xếp các đơn vị hành chính theo "
         "chính quyền hai cấp, thực hiện chỉ đạo của Lãnh đạo Bộ, Cục đã chỉnh lý dữ liệu.",
         "sắp xếp các đơn vị hành chính theo chính quyền hai cấp"),
        ("thực hiện Nghị quyết số 60-NQ/TW, ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng về tiếp tục sắp xếp tổ "
         "chức bộ máy; để việc thực hiện bảo đảm đúng tiến độ.", "tiếp tục sắp xếp tổ chức bộ máy"),
        # another document named by its type and what it does (not "Nghị định thư", a protocol)
        ("Căn cứ Quyết định 326/TTg về phê chuẩn hạng đất tính thuế và Quyết định phê duyệt điều chỉnh hạng đất;",
         "phê chuẩn hạng đất tính thuế"),
        ("Nghị quyết 385/NQ-CP về ký Hiệp định vận chuyển hàng không và Nghị định thư 1 của Hiệp định.",
         "ký Hiệp định vận chuyển hàng không và Nghị định thư 1 của Hiệp định"),
    ],
)
def test_a_title_ends_where_the_sentence_goes_on(text: str, title: str) -> None:
    """Before what the document goes on to say ("tiếp tục khẳng định:"), the body it is sent to
    ("gửi Quốc hội."), other rules listed with it ("và các quy định …") and a clause of its own
    (", thực hiện chỉ đạo của …")."""
    assert extract(text)[0].title == title


def test_changed_compared_with_a_law_amends_nothing() -> None:
    """"… một số nội dung mới, sửa đổi, bổ sung so với Luật Cư trú 2006": what differs from it."""
    found = extract("Luật Cư trú 2020 có một số nội dung mới, sửa đổi, bổ sung so với Luật Cư trú 2006, cụ thể:")
    assert [(m.relation, m.links) for m in found] == [(Relation.MENTIONS, ())] * 2


@pytest.mark.parametrize(
    "name",
    ["Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
     "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030",
     "Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh",
     "Nghị quyết Đại hội Đảng bộ tỉnh Đắk Nông nhiệm kỳ 2020-2025", "Nghị quyết Trung ương 4 khóa XII",
     "Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng (khoá VIII)",
     "Nghị quyết Hội nghị Trung ương 11 khoá XIII", "Nghị_quyết Trung_ương 4 ( khoá XI )"],
)
def test_a_party_resolution_named_by_its_meeting(name: str) -> None:
    """A congress's or a plenum's resolution cited by the meeting is a named Party document."""
    [m] = extract(f"Quán triệt {name}; sau đó")
    assert (m.text, m.kind, m.name) == (name, Kind.NAMED, " ".join(name.replace("_", " ").split()))
    assert m.doc_type is not None
    assert (m.doc_type.name, m.doc_type.system) == ("Nghị quyết", System.PARTY)


@pytest.mark.parametrize(
    "text",
    ["các cấp ủy xây dựng nghị quyết đại hội nhiệm kỳ, kế hoạch công tác",
     "Nghị Quyết Đại hội thành viên của Hợp tác xã", "nghị quyết đại hội đảng bộ (chi bộ) nhiệm kỳ 2020 - 2025",
     "Nghị quyết Trung ương Đảng đã chỉ rõ", "Nghị quyết Đại hội xi măng"],
)
def test_a_meeting_that_says_not_which_names_no_resolution(text: str) -> None:
    """Without its ordinal, number, term or years a meeting names no resolution in particular."""
    assert extract(text) == []


def test_a_plan_implements_a_congress_resolution() -> None:
    text = ("Ngày 26/11/2025, UBND tỉnh ban hành Kế hoạch 188/KH-UBND về việc triển khai thực hiện Nghị quyết "
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030.")
    plan, resolution = extract(text)
    assert links_of(plan) == [(Relation.IMPLEMENTS, resolution.start)]
    assert plan.title is None  # the clause names another document: a link records it


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Thực hiện nghiêm chủ trương tạm dừng tuyển dụng, bổ nhiệm, điều động, luân chuyển cán bộ, công chức, "
         "viên chức theo Kết luận số 128-KL/TW.", Relation.IMPLEMENTS),
        ("Thực hiện chủ trương của tỉnh về hỗ trợ theo quy định tại Điều 5 Nghị định 1/2020/NĐ-CP.", Relation.MENTIONS),
    ],
)
def test_a_policy_a_document_lays_down_however_described(text: str, relation: Relation) -> None:
    """ "thực hiện nghiêm chủ trương <long description> theo <doc>" implements the document."""
    [m] = extract(text)
    assert m.relation is relation


def test_a_list_goes_on_with_an_item_of_another_body() -> None:
    """ "… chỉ đạo của Bộ Chính trị tại A, B và của Thường trực Thành ủy tại C": C is implemented too."""
    text = ("Thực hiện nghiêm chỉ đạo của Bộ Chính trị tại Kết luận số 126-KL/TW, Kết luận số 127-KL/TW và của "
            "Thường trực Thành ủy tại Công văn số 1843-CV/TU.")
    found = extract(text)
    assert [m.relation for m in found] == [Relation.IMPLEMENTS] * 3
    assert found[-1].issuer_name == "Thường trực Thành ủy"


def test_what_a_change_follows_is_not_changed() -> None:
    """ "… sửa đổi … Nghị định B về … theo quy định tại Nghị định C": C is what the change follows."""
    text = ("Nghị định số 241/2025/NĐ-CP sửa đổi, bổ sung khoản 1 Điều 4 Nghị định số 33/2022/NĐ-CP về các chức "
            "danh có thẩm quyền để phù hợp với cơ cấu tổ chức mới theo quy định tại Nghị định số 40/2025/NĐ-CP.")
    amending, amended, followed = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]
    assert followed.links == ()


def test_amending_and_repealing_parts_amends_and_an_alias_is_an_aside() -> None:
    """ "A quy định: Sửa đổi, bổ sung và bãi bỏ một số biểu mẫu … Thông tư B … (sau đây viết gọn
    là Thông tư B)": A amends B; the alias names B again and is changed by nothing."""
    text = ("Thông tư 53/2025/TT-BCA quy định như sau:\n\nĐiều 2. Sửa đổi, bổ sung và bãi bỏ một số biểu mẫu ban "
            "hành kèm theo Thông tư số 56/2021/TT-BCA ngày 15 tháng 5 năm 2021 của Bộ trưởng Bộ Công an được sửa "
            "đổi, bổ sung bởi Thông tư số 66/2023/TT-BCA (sau đây viết gọn là Thông tư số 56/2021/TT-BCA)")
    acting, amended, amending, alias = extract(text)
    assert links_of(acting) == [(Relation.AMENDS, amended.start)]
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]
    assert (alias.relation, alias.links) == (Relation.MENTIONS, ())


@pytest.mark.parametrize(
    "text",
    [
        "Tại Mục I Tờ trình 13366/TTr-UBND năm 2025 đã nêu ra các cơ sở ban hành Nghị quyết bảng giá đất như sau:"
        "\n\n**[1] Cơ sở chính trị, pháp lý**\n\n- Căn cứ Luật Đất đai 2024;\n\n- Căn cứ Nghị định 71/2024/NĐ-CP "
        "quy định về giá đất;\n",
        "Theo Mục 1 Công văn 1193/TCHQ-GSQL năm 2014 có nêu:\n\n1. Căn cứ khoản 2 Điều 7 Luật Đất đai 2024 quy "
        "định …\n\nCăn cứ khoản 1 Điều 2 Nghị định 71/2024/NĐ-CP quy định …\n",
        # the provision alone opens the line that introduces the quotation, under a heading
        "Điều 5 Thông tư 36/2025/TT-NHNN nêu rõ hiệu lực thi hành như sau:\n\n**(1) Hiệu lực thi hành**\n\n"
        "- Căn cứ Luật Đất đai 2024, tổ chức xây dựng đề án;\n\n- Căn cứ Nghị định 71/2024/NĐ-CP, tổ chức trình.\n",
        # what it lays down named between "quy định" and "như sau"
        "Thông tư 36/2025/TT-NHNN quy định nguyên tắc xác định vị trí việc làm như sau:\n\n"
        "- Căn cứ Luật Đất đai 2024;\n\n- Căn cứ Nghị định 71/2024/NĐ-CP, các đơn vị xác định vị trí việc làm.\n",
        # "Theo hướng dẫn tại <doc>" introduces it as "Theo quy định tại <doc>" does
        "Theo hướng dẫn tại Công văn 1394/CT-TTHT năm 2020 có nêu như sau:\n\n- Căn cứ Luật Đất đai 2024;\n\n"
        "- Căn cứ Nghị định 71/2024/NĐ-CP, các đơn vị xác định vị trí việc làm.\n",
    ],
)
def test_the_bases_in_a_quoted_document_are_not_the_texts(text: str) -> None:
    """A "Căn cứ" list in the words of a document the text quotes is that document's basis:
    the text only mentions the laws, and states no relation of its own."""
    quoted, *bases = extract(text)
    assert [m.text for m in bases] == ["Luật Đất đai 2024", "Nghị định 71/2024/NĐ-CP"]
    assert [m.relation for m in bases] == [Relation.MENTIONS] * 2
    assert quoted.links == ()


@pytest.mark.parametrize(
    "text",
    [
        # the quoted article's heading on a line of its own, the list of its clauses after it
        "Căn cứ theo Điều 23 Thông tư 4/2025/TT-VPCP quy định về hiệu lực thi hành như sau:\n\nĐiều 23. Hiệu lực "
        "thi hành\n\n1. Thông tư có hiệu lực thi hành từ ngày 25 tháng 01 năm 2026.\n\n2. Bổ sung khoản 3 Điều 13 "
        "Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Văn phòng Chính phủ như sau:",
        # the article's label opening the line of its words
        "Căn cứ theo khoản 5 Điều 21 Thông tư 92/2015/TT-BTC quy định như sau:\n\nĐiều 21. Sửa đổi, bổ sung "
        "Điều 16 Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính như sau:",
    ],
)
def test_a_change_in_a_quoted_article_is_the_quoted_documents(text: str) -> None:
    """ "<provision> <doc A> quy định như sau:⏎⏎Điều 23. …⏎⏎2. Bổ sung … <doc B>": the quoted
    article is A's, so A amends B; the page itself changes nothing."""
    quoting, amended = extract(text)
    assert links_of(quoting) == [(Relation.AMENDS, amended.start)]
    assert amended.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # the line names another document before "như sau:": the words quoted are those of the one it
        # cites first, whose verb it reports
        ("Căn cứ tại điểm g khoản 3 Điều 3 Thông tư 03/2024/TT-BTP quy định thay thế mẫu TP-CC-07 ban hành kèm "
         "theo Thông tư 01/2021/TT-BTP như sau:\n\nSửa đổi, bổ sung một số điều của Thông tư số 01/2021/TT-BTP "
         "ngày 03 tháng 02 năm 2021 của Bộ trưởng Bộ Tư pháp", Relation.AMENDS),
        # the verb opens the quoted sentence: no outer list stands before it for C, after ";"
        ("Căn cứ theo Hướng dẫn 4705/HD-BQP năm 2024 quy định như sau:\n\nThực hiện Luật Nghĩa vụ quân sự ngày 19 "
         "tháng 6 năm 2015; Quyết định số 102/QĐ-TTg ngày 20 tháng 9 năm 2024 của Thủ tướng Chính phủ.",
         Relation.IMPLEMENTS),
    ],
)
def test_what_a_quoted_passage_does_to_every_document_it_names(text: str, relation: Relation) -> None:
    """ "<provision> <doc A> quy định … như sau:⏎⏎<verb> <doc B> …; <doc C> …": A acts on B and C."""
    quoting, *others = extract(text)
    assert len(others) == 2
    assert links_of(quoting) == [(relation, m.start) for m in others]
    assert others[-1].relation is Relation.MENTIONS


def test_a_line_citing_two_documents_before_as_follows_quotes_neither() -> None:
    """ "Theo quy định tại Nghị định A và Thông tư B như sau:": the page's own words follow."""
    text = ("Theo quy định tại Nghị định 12/2020/NĐ-CP và Thông tư 01/2021/TT-BTP như sau:\n\nSửa đổi, bổ sung "
            "một số điều của Thông tư số 05/2021/TT-BTP")
    found = extract(text)
    assert len(found) == 3
    assert all(m.links == () for m in found)


def test_the_bases_in_a_quoted_article_are_not_the_texts() -> None:
    """ "Và căn cứ theo khoản 1 Điều 3 Thông tư A quy định … như sau:⏎⏎Điều 3. <heading>⏎⏎1. Căn cứ
    … Luật B, … Nghị định C, …": the bases of the article quoted, not of the page."""
    text = ("Và căn cứ theo khoản 1 Điều 3 Thông tư 111/2013/TT-BTC quy định về trường hợp miễn thuế như sau:\n\n"
            "Điều 3. Các khoản thu nhập được miễn thuế\n\n1. Căn cứ quy định tại Điều 4 của Luật Thuế thu nhập cá "
            "nhân, Điều 4 của Nghị định số 65/2013/NĐ-CP, các khoản thu nhập được miễn thuế bao gồm:")
    quoted, *bases = extract(text)
    assert quoted.relation is Relation.BASED_ON
    assert [m.relation for m in bases] == [Relation.MENTIONS] * 2


def test_a_basis_led_in_after_a_quoted_article_is_the_pages() -> None:
    """ "Căn cứ Điều 6 Nghị định A quy định … như sau:⏎⏎Điều 6. …⏎⏎Căn cứ tính … là …⏎⏎Đồng thời,
    căn cứ khoản 1 Điều 8 Nghị định A:": the page leads in to a basis of its own; only a
    paragraph opening with "Căn cứ" goes on with the quoted article's."""
    text = ("Căn cứ Điều 6 Nghị định 10/2022/NĐ-CP quy định về căn cứ tính lệ phí trước bạ như sau:\n\nĐiều 6. Căn "
            "cứ tính lệ phí trước bạ\n\nCăn cứ tính lệ phí trước bạ là giá tính lệ phí trước bạ.\n\nĐồng thời, căn "
            "cứ khoản 1 Điều 8 Nghị định 10/2022/NĐ-CP:")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON] * 2


def test_a_pages_own_list_of_bases_is_its_basis() -> None:
    """Without a quoting line before it, a "Căn cứ" list is the text's own."""
    text = "Cơ sở pháp lý:\n\n- Căn cứ Luật Đất đai 2024;\n\n- Căn cứ Nghị định 71/2024/NĐ-CP quy định về giá đất;\n"
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON] * 2


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Thực hiện chỉ đạo của Ban Thường\nvụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường",
         "Ban Thường vụ Thành ủy"),
        # a wrapped name the registry does not know is no issuer
        ("Quyết định phê duyệt hỗ trợ của UBND\nThành phố quy định tại Nghị quyết số 35/2025/NQ-HĐND.", None),
    ],
)
def test_an_issuer_named_over_a_line_break(text: str, issuer: str | None) -> None:
    """ "… của Ban Thường⏎vụ Thành ủy tại <doc>": a body the registry knows, wrapped onto the next line."""
    [m] = extract(text)
    assert m.issuer_name == issuer


def test_a_reports_period_is_part_of_its_title_and_the_conclusion_is_not() -> None:
    """ "… về X (từ ngày 17/5-23/5/2025), Bộ Chính trị kết luận như sau:": the period belongs to
    the report's title; the body's conclusion is the sentence's main clause."""
    text = ("Sau khi xem xét, kiến nghị của Ban Tổ chức Trung ương tại Báo cáo số 392-BC/BTCTW, ngày 23/5/2025 về "
            "tình hình sắp xếp tổ chức bộ máy (từ ngày 17/5-23/5/2025), Bộ Chính trị kết luận như sau:")
    [m] = extract(text)
    assert m.title == "tình hình sắp xếp tổ chức bộ máy (từ ngày 17/5-23/5/2025)"


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Xem xét đề nghị của Ban Tổ chức Trung ương (Tờ trình số 224-TTr/BTCTW, ngày 09/01/2025 và Báo cáo số "
         "60-BC/BTCTW, ngày 16/01/2025), Bộ Chính trị thống nhất điều chỉnh, bổ sung một số nội dung Chỉ thị "
         "35-CT/TW, ngày 14/6/2024 của Bộ Chính trị.", [[], [], []]),
        # the body acts by the document it is said to act at
        ("Theo đó, tại Điều 1 Thông tư 11/2025/TT-KTNN, Kiểm toán Nhà nước bãi bỏ toàn bộ Quyết định "
         "06/2008/QĐ-KTNN.", [[(Relation.REPEALS, 1)], []]),
    ],
)
def test_a_body_acting_after_a_document_is_the_subject(text: str, links: list[list[tuple[Relation, int]]]) -> None:
    """ "(… Báo cáo B), Bộ Chính trị thống nhất điều chỉnh … Chỉ thị C": the body changes C, not
    the report named before it."""
    found = extract(text)
    index = {m.start: i for i, m in enumerate(found)}
    assert [[(link.relation, index[link.target]) for link in m.links] for m in found] == links


def test_an_alias_of_the_amended_law_closes_the_list_of_amending_laws() -> None:
    """ "Luật A đã được sửa đổi theo Luật B, Luật C (sau đây gọi là Luật Đấu thầu), Nghị định D":
    the alias names A as amended; D, after it, amends nothing."""
    text = ("việc lựa chọn nhà thầu thực hiện theo quy định của Luật Đấu thầu số 22/2023/QH15 đã được sửa đổi, bổ "
            "sung một số điều theo Luật số 57/2024/QH15, Luật số 90/2025/QH15 (sau đây gọi là Luật Đấu thầu), "
            "Nghị định 24/2024/NĐ-CP và các văn bản hướng dẫn.")
    amended, first, second, _alias, decree = extract(text)
    assert [link.target for link in first.links] == [link.target for link in second.links] == [amended.start]
    assert decree.links == ()


def test_documents_listed_in_full_are_objects_of_one_verb() -> None:
    """ "Thông tư A … hướng dẫn … Luật B ngày …, Nghị định C ngày …": A guides B and C."""
    text = ("Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 hướng dẫn thực hiện một số điều của Luật Quản lý "
            "thuế ngày 13 tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ "
            "quy định về hóa đơn, chứng từ.")
    circular, law, decree = extract(text)
    assert links_of(circular) == [
        (Relation.GUIDES, law.start), (Relation.GUIDES, decree.start)]


def test_no_document_acts_on_one_issued_after_it() -> None:
    """ "Thông tư A ngày 18/5/2015 về sửa đổi … Thông tư B ngày 22/12/2014 …, Thông tư C ngày
    21/3/2016 …": C, a year younger than A, is the next item of a list, not amended by A."""
    text = ("Bãi bỏ Thông tư số 75/2015/TT-BTC ngày 18/5/2015 của Bộ Tài chính về sửa đổi, bổ sung Điều 128 Thông "
            "tư số 200/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính, Thông tư số 53/2016/TT-BTC ngày 21/3/2016 "
            "về sửa đổi, bổ sung một số Điều của Thông tư số 200/2014/TT-BTC.")
    found = extract(text)
    by_start = {m.start: m.text for m in found}
    assert [by_start[link.target] for link in found[0].links] == ["Thông tư số 200/2014/TT-BTC"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Căn cứ Mục 5 Phần II Chương trình hành động ban hành kèm theo Nghị quyết 282/NQ-CP năm 2025 quy định về "
         "nhiệm vụ phát triển y tế tư nhân như sau:\n\n- Thực hiện đồng bộ các giải pháp tại Nghị quyết số "
         "68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị.", Relation.MENTIONS),
        ("Theo quy định tại Công văn 168/BHXH-QLT năm 2025 như sau:\n\nCăn cứ quy định tại Điều 4 Nghị định số "
         "29/2025/NĐ-CP ngày 24/02/2025 của Chính phủ.", Relation.MENTIONS),
    ],
)
def test_acts_in_the_words_a_page_quotes_are_not_its_own(text: str, relation: Relation) -> None:
    """What a passage quoted from a document does ("Căn cứ <doc> quy định về … như sau:",
    "Theo quy định tại <doc> như sau:") the page itself does not."""
    assert extract(text)[-1].relation is relation


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        # a wiki footnote mark after a short reference
        ("Căn cứ Quy định 214[4] của Bộ Chính trị về khung tiêu chuẩn chức danh Tổng Bí thư, Tổng Bí thư phải là "
         "người có uy tín cao.", "Bộ Chính trị", "khung tiêu chuẩn chức danh Tổng Bí thư"),
        ("Tại Điều 1 Đề án ban hành kèm Quyết định 3389/QĐ-BTC năm 2025 về hoàn thiện phương pháp quản lý thuế, "
         "người nộp thuế tự khai, tự nộp thuế, quy định rõ:", None,
         "hoàn thiện phương pháp quản lý thuế, người nộp thuế tự khai, tự nộp thuế"),
    ],
)
def test_where_a_title_gives_way_to_the_sentence(text: str, issuer: str | None, title: str) -> None:
    """A title ends before a short subject's "phải"/"cần" and before "…, quy định rõ:"."""
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kết luận 212-KL/TW năm 2025 của Bộ Chính trị về định hướng phân loại đô thị gồm những nội dung sau:",
         "định hướng phân loại đô thị"),
        ("Căn cứ Nghị quyết 72-NQ/TW năm 2025 về bảo vệ, nâng cao sức khỏe Nhân dân dưới đây:",
         "bảo vệ, nâng cao sức khỏe Nhân dân"),
        ("Mục tiêu Nghị quyết 72-NQ/TW năm 2025 về nâng cao sức khỏe Nhân dân được nêu rõ tại Phần II.",
         "nâng cao sức khỏe Nhân dân"),
        ("người lao động theo Nghị định 111/2022/NĐ-CP về hợp đồng trong đơn vị sự nghiệp công lập thuộc trường "
         "hợp được áp dụng xếp lương theo Nghị định 204/2004/NĐ-CP.", "hợp đồng trong đơn vị sự nghiệp công lập"),
        ("Thực hiện Nghị quyết 29-NQ/TW về đổi mới căn bản toàn diện giáo dục, đào tạo; nhất là ở nội dung về đổi "
         "mới kiểm tra đánh giá.", "đổi mới căn bản toàn diện giáo dục, đào tạo"),
        ("Nghị quyết 60-NQ/TW năm 2025 về sắp xếp đơn vị hành chính với 12 nội dung quan trọng; kèm theo nghị "
         "quyết là danh sách tên gọi các tỉnh.", "sắp xếp đơn vị hành chính với 12 nội dung quan trọng"),
        ("Căn cứ Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát quyền lực và ý kiến chỉ đạo "
         "của đồng chí Tổng Bí thư.", "kiểm soát quyền lực"),
    ],
)
def test_a_title_ends_before_what_the_sentence_adds(text: str, title: str) -> None:
    """ "… gồm những nội dung sau:", "… dưới đây:", "…; kèm theo …", "… và ý kiến chỉ đạo của …",
    "… được nêu rõ tại …", "… thuộc trường hợp …", "…; nhất là …" are not the title's."""
    m = extract(text)[0]
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Thủ tướng đề nghị hoàn thiện Hồ sơ báo cáo Bộ Chính trị để trình Ban Chấp hành Trung ương về tiếp tục "
         "thực hiện Nghị quyết số 18-NQ/TW.", Relation.MENTIONS),
        ("Ủy ban nhân dân tỉnh tiếp tục thực hiện Nghị quyết số 18-NQ/TW.", Relation.IMPLEMENTS),
        # what is carried out, the direction a document conveys
        ("Chủ tịch chỉ đạo quán triệt về thực hiện nghiêm chỉ đạo của Bộ Chính trị tại Kết luận số 126-KL/TW.",
         Relation.IMPLEMENTS),
    ],
)
def test_carrying_out_as_a_topic_is_no_act(text: str, relation: Relation) -> None:
    """ "… trình … về tiếp tục thực hiện Nghị quyết 18": what a report is about, not an act."""
    [m] = extract(text)
    assert m.relation is relation


def test_carrying_out_ends_where_a_new_clause_follows_its_comma() -> None:
    """"… không thực hiện sắp xếp, nên sẽ không có số liệu trong Quyết định A": A is where
    the figures are, not what is carried out."""
    [m] = extract("Có 9 tỉnh không thực hiện sắp xếp, nên sẽ không có số liệu trong Quyết định 759/QĐ-TTg năm 2025.")
    assert m.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "date", "issuer", "title"),
    [
        ("Theo đó, Nghị định 70/2025/NĐ-CP về hóa đơn do Chính phủ ban hành ngày 20/3/2025 có hiệu lực từ 1/6.",
         dt.date(2025, 3, 20), "Chính phủ", "hóa đơn"),
        ("Nghị định 70/2025/NĐ-CP về hóa đơn được Chính phủ ban hành ngày 20/3/2025.",
         dt.date(2025, 3, 20), "Chính phủ", "hóa đơn"),
        ("Nghị định số 70/2025/NĐ-CP quy định về hóa đơn, chứng từ được Chính phủ ban hành ngày 20/3/2025, có "
         "hiệu lực thi hành kể từ ngày 01/6/2025.", dt.date(2025, 3, 20), "Chính phủ", None),
        # a page's own heading leaves its "do … ban hành" tail as written
        ("|\nThông tư 37/2025/TT-BXD quy định cơ chế quản lý giá dịch vụ kiểm định do Bộ trưởng Bộ Xây dựng ban hành"
         "\nVăn bản này chưa cập nhật", None, None, None),
        # also after its title, and written again on the next line
        ("|\nCông văn 5253/CT-CS năm 2025 về chính sách tiền thuê đất do Cục Thuế ban hành\nVăn bản này chưa cập "
         "nhật", None, None, "chính sách tiền thuê đất"),
    ],
)
def test_issued_by_a_body_on_a_day_after_what_it_is_about(
        text: str, date: dt.date | None, issuer: str | None, title: str | None) -> None:
    """"<doc> về X do <Cơ quan> ban hành ngày …", "<doc> quy định về X được <Cơ quan> ban hành
    ngày …" opening a clause: the issuer and the date."""
    [m] = extract(text)
    assert (m.date, m.issuer_name, m.title) == (date, issuer, title)


def test_a_pages_own_heading_written_twice_is_no_list() -> None:
    """A page's heading of its own document, on two lines: the line before opens with the
    same document, so the second is no item of a list and keeps no "do … ban hành" issuer."""
    mentions = extract("Hiệu lực\nCông văn 5253/CT-CS ngày 03/12/2025 về thuế do Cục Thuế ban hành\n"
                       "Công văn 5253/CT-CS năm 2025 về thuế do Cục Thuế ban hành\n")
    assert [(m.issuer_name, m.title) for m in mentions] == [(None, "thuế"), (None, "thuế")]


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        ("Quy định số 05-QĐ/BCĐTW ngày 27/8/2025 của Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
         "mới sáng tạo và chuyển đổi số về mô hình liên thông số thống nhất;",
         "Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
         "mô hình liên thông số thống nhất"),
        # what follows the first "về" is the title when it is written as one
        ("Thông báo số 03-TB/BCĐTW ngày 1/3/2025 của Ban Chỉ đạo Trung ương về thông báo Kết luận của Tổng Bí thư "
         "về phát triển khoa học.", "Ban Chỉ đạo Trung ương",
         "thông báo Kết luận của Tổng Bí thư về phát triển khoa học"),
        # a committee named past the registry's bare "Ban Chỉ đạo"; a task's next step after ";"
        ("Triển khai Kế hoạch số 1751/KH-BCĐTƯATTP ngày 18/12/2024 của Ban chỉ đạo liên ngành Trung ương về an toàn "
         "thực phẩm về triển khai công tác bảo đảm an toàn thực phẩm Tết; phối hợp với các Sở đẩy mạnh tuyên truyền.",
         "Ban chỉ đạo liên ngành Trung ương về an toàn thực phẩm", "triển khai công tác bảo đảm an toàn thực phẩm Tết"),
        ("Thông báo số 5/TB-BCĐ của Ban Chỉ đạo về việc tổ chức hội nghị.", "Ban Chỉ đạo", "tổ chức hội nghị"),
    ],
)
def test_a_steering_committee_named_by_what_it_steers(text: str, issuer: str, title: str) -> None:
    """"của Ban Chỉ đạo Trung ương về X về Y": the committee steers X, and Y is the title."""
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        # an aside after the body's name is no part of it
        ("Ngày 10 tháng 10 năm 1983, Hội đồng Bộ trưởng (Chính phủ) ban hành Nghị định số 167/HĐBT thành lập Viện.",
         dt.date(1983, 10, 10), "Hội đồng Bộ trưởng"),
        ("Ngày 03 tháng 10 năm 1978, Ban Bí thư Trung ương Đảng (khoá IV) đã ban hành Quyết định số 28/QĐ-TW xác "
         "định", dt.date(1978, 10, 3), "Ban Bí thư Trung ương Đảng"),
        # "và Danh mục …" goes on to the next item; a ministry-level body's head has a double title;
        # a provisional committee is still the province's
        ("Căn cứ Quyết định số 115/QĐ-VTLTNN ngày 25/5/2009 của Cục trưởng Cục Văn thư và Lưu trữ Nhà nước và "
         "Danh mục số 1 các cơ quan là nguồn nộp lưu.", dt.date(2009, 5, 25),
         "Cục trưởng Cục Văn thư và Lưu trữ Nhà nước"),
        ("theo Quyết định số 19/2002/QĐ-BTCCBCP ngày 15/4/2002 của Bộ trưởng, Trưởng ban Ban Tổ chức - Cán bộ Chính "
         "phủ (nay là Bộ Nội vụ) về việc thành lập Trung tâm.", dt.date(2002, 4, 15),
         "Bộ trưởng, Trưởng ban Ban Tổ chức - Cán bộ Chính phủ"),
        ("thay thế Quyết định số 98/2004/QĐ-UB ngày 01 tháng 4 năm 2004 của Uỷ ban nhân dân lâm thời tỉnh Hậu Giang "
         "quy định về chức năng", dt.date(2004, 4, 1), "Uỷ ban nhân dân lâm thời tỉnh Hậu Giang"),
        # a province named as before its merger
        ("theo Kết luận của Chủ tịch UBND tỉnh Bắc Giang (cũ) tại Thông báo 492/TB-UBND ngày 27/10/2023",
         dt.date(2023, 10, 27), "Chủ tịch UBND tỉnh Bắc Giang"),
        # who files it is no issuer, nor part of one
        ("Hồ sơ quy định tại khoản 1 Điều 13 Nghị định số 77/2008/NĐ-CP do Trung tâm tư vấn pháp luật nộp trực tiếp "
         "tại Sở Tư pháp.", None, None),
        ("Theo Công văn số 5/CV-HTNNT ngày 2/3/2024 của Phòng Hỗ trợ người nộp thuế về việc hướng dẫn",
         dt.date(2024, 3, 2), "Phòng Hỗ trợ người nộp thuế"),
        ("Ngày 27-3-1990 , Ban Chấp_hành Trung_ương Đảng ( khoá VI ) đã ra Nghị_quyết 8b-NQ / HNTW về tăng_cường",
         dt.date(1990, 3, 27), "Ban Chấp hành Trung ương Đảng"),
        # the Politburo named with the Party, one body read whole
        ("theo nghị quyết 51-NQ/TW ngày 20/7/2005 của Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam "
         "về tiếp tục đổi mới", dt.date(2005, 7, 20), "Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
        # since 2025 a province's tax office is "Thuế tỉnh …" (not "Cục Thuế tỉnh …")
        ("Ngày 08/10/2025, Thuế tỉnh Cao Bằng đã ban hành Công văn 1586/CBA-NVDTPC năm 2025 về hoàn thuế.",
         dt.date(2025, 10, 8), "Thuế tỉnh Cao Bằng"),
    ],
)
def test_bodies_named_as_they_issue(text: str, date: dt.date | None, issuer: str | None) -> None:
    """The body that issues a document, read whole and without what is said beside it."""
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


def test_issued_by_after_a_document_inside_another_is_the_others() -> None:
    """A document named inside another's clause does not take the tail "do … ban hành"."""
    text = ("Theo Nghị quyết 02/2022/NQ-HĐTP hướng dẫn áp dụng Bộ luật Dân sự 2015 về hợp đồng do Hội đồng Thẩm "
            "phán ban hành ngày 1/1/2022 thì")
    _, code = extract(text)
    assert (code.date, code.issuer_name) == (None, None)


def test_a_date_passed_officially() -> None:
    """"Luật số A chính thức được thông qua ngày …": the date it was passed."""
    [m] = extract("Luật số 109/2025/QH15 chính thức được thông qua ngày 10/12/2025 ra sao?")
    assert m.date == dt.date(2025, 12, 10)


@pytest.mark.parametrize(
    "text",
    ["Sáng 10/12/2025, Quốc hội đã thông qua Luật Thuế thu nhập cá nhân (sửa đổi) với 4 Chương.",
     "Tham khảo Luật Thuế thu nhập cá nhân sửa đổi năm 2025 được thông qua sáng 10/12/2025 tại đây.",
     "Luật số 109/2025/QH15 được thông qua chiều ngày 10/12/2025."],
)
def test_a_date_given_with_the_time_of_day(text: str) -> None:
    """"Sáng 10/12/2025, Quốc hội đã thông qua …", "… được thông qua sáng 10/12/2025": the day."""
    [m] = extract(text)
    assert m.date == dt.date(2025, 12, 10)


def test_a_short_reference_with_its_year_reads_its_issuer() -> None:
    """ "Quyết định số 18 năm 2021 của Thủ tướng Chính phủ": the issuer after the year."""
    [m] = extract("Theo Quyết định số 18 năm 2021 của Thủ tướng Chính phủ, ngành khí tượng phân cấp bão.")
    assert (m.kind, m.issuer_name) == (Kind.SHORT, "Thủ tướng Chính phủ")


def test_a_list_in_an_aside_ends_with_it() -> None:
    """ "… (Thực hiện khoản 3 Điều 15 Luật Thủ đô); Báo cáo thẩm tra số 115/BC-BPC …": the report
    is the next item of the outer list, not carried out."""
    text = ("Xét Tờ trình số 395/TTr-UBND của Ủy ban nhân dân Thành phố đề nghị ban hành Nghị quyết quy định chi thu "
            "nhập tăng thêm (Thực hiện khoản 3 Điều 15 Luật Thủ đô); Báo cáo thẩm tra số 115/BC-BPC ngày 22 tháng 11 "
            "năm 2025 của Ban Pháp chế Hội đồng nhân dân Thành phố;")
    *_, law, report = extract(text)
    assert (law.relation, report.relation) == (Relation.IMPLEMENTS, Relation.MENTIONS)


def test_an_agent_after_its_own_verbs_in_an_aside() -> None:
    """ "A (được sửa đổi bởi … B và bãi bỏ, sửa đổi một số khoản tại C)": C amends A too."""
    text = ("Điều kiện được quy định tại Điều 12 Nghị định 67/2013/NĐ-CP (được sửa đổi bởi Khoản 3 Điều 3 Nghị định "
            "08/2018/NĐ-CP và bãi bỏ, sửa đổi một số khoản tại Nghị định 17/2020/NĐ-CP) bao gồm:")
    amended, first, second = extract(text)
    assert [link.target for link in first.links] == [link.target for link in second.links] == [amended.start]


def test_one_documents_changes_listed_after_semicolons() -> None:
    """ "Nghị định A … thay thế Nghị định B … quy định …; bãi bỏ khoản 14 Điều 2 Nghị định C": A
    makes both changes."""
    text = ("Nghị định 41/2025/NĐ-CP có hiệu lực thi hành từ ngày 01/3/2025; thay thế Nghị định số 66/2022/NĐ-CP "
            "ngày 20/9/2022 của Chính phủ quy định chức năng, nhiệm vụ của Ủy ban Dân tộc; bãi bỏ khoản 14 Điều 2 "
            "Nghị định số 63/2022/NĐ-CP ngày 12/9/2022 của Chính phủ.")
    acting, replaced, repealed = extract(text)
    assert links_of(acting) == [
        (Relation.REPLACES, replaced.start), (Relation.REPEALS, repealed.start)]


@pytest.mark.parametrize(
    ("text", "date", "issuer", "title"),
    [
        ("Ban Chấp hành Trung ương Đảng đã ban hành Nghị quyết 27-NQ/TW vào ngày 21 tháng 5 năm 2018 về cải cách "
         "chính sách tiền lương. Theo đó", dt.date(2018, 5, 21), "Ban Chấp hành Trung ương Đảng",
         "cải cách chính sách tiền lương"),
        ("Nghị quyết số 28-NQ/TW của Ban Chấp hành T.Ư Đảng (khóa XI) về “Chiến lược bảo vệ Tổ quốc”, Chỉ thị",
         None, "Ban Chấp hành T.Ư Đảng", "Chiến lược bảo vệ Tổ quốc"),
        ("Nghị định 84/2025/NĐ-CP về quản lý tài sản kết cấu hạ tầng hàng hải có hiệu lực thi hành khi nào?", None,
         None, "quản lý tài sản kết cấu hạ tầng hàng hải"),
        ("Theo Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh, từ ngày 12/6/2025, nước ta còn 34 "
         "tỉnh.", None, None, "sắp xếp đơn vị hành chính cấp tỉnh"),
    ],
)
def test_news_wordings_around_a_reference(text: str, date: dt.date | None, issuer: str | None, title: str) -> None:
    """ "… vào ngày …", "Ban Chấp hành T.Ư Đảng", "… có hiệu lực thi hành khi nào?", ", từ ngày …, …"."""
    m = extract(text)[0]
    assert (m.date, m.issuer_name, m.title) == (date, issuer, title)


def test_a_law_changes_no_decree() -> None:
    """ "… các nghị định quy định chi tiết thi hành Luật Đất đai đã sửa đổi … Nghị định số 71/2024":
    a law amends laws and ordinances, never the decrees made under it."""
    text = ("Nghị định 226/2025/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật "
            "Đất đai đã sửa đổi, bổ sung một số điều của Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024.")
    law = next(m for m in extract(text) if m.kind is Kind.NAMED)
    assert law.links == ()


def test_a_list_goes_on_past_what_each_item_does() -> None:
    """ "Nghị định A sửa đổi … Nghị định B … quy định chi tiết … Luật Đấu thầu …; Nghị định C ngày …
    quy định chi tiết … Luật Đấu thầu …": A amends B and C; B and C guide the law."""
    text = ("Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2024/NĐ-CP ngày "
            "27/02/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn "
            "nhà đầu tư; Nghị định số 24/2024/NĐ-CP ngày 27/2/2024 quy định chi tiết một số điều và biện pháp thi "
            "hành Luật Đấu thầu về lựa chọn nhà thầu.")
    amending, first, law, second, _ = extract(text)
    assert links_of(amending) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start)]
    assert links_of(first) == [(Relation.GUIDES, law.start)]


def test_a_table_row_of_documents_is_not_the_text() -> None:
    """In a resolution's table of documents to draft, "| Nghị quyết sửa đổi … Nghị quyết số 71/2022/QH15
    … |" names a document to come, not the resolution itself."""
    text = ("NGHỊ QUYẾT\n\nBan hành Kế hoạch sửa đổi các nghị quyết\n\n| Tên văn bản | Cơ quan |\n|---|---|\n"
            "| Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 71/2022/QH15 ngày 15/11/2022 của Quốc hội | "
            "Ủy ban Thường vụ Quốc hội |\n")
    [m] = [m for m in extract(text) if m.reference is not None]
    assert m.relation is Relation.MENTIONS


def test_amending_what_a_document_issued_with_kem_alone() -> None:
    """ "… sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm Thông tư B": "theo" left out."""
    text = ("Bộ trưởng ban hành Thông tư 06/2025/TT-BGDĐT sửa đổi, bổ sung một số điều của Quy chế tuyển sinh đại "
            "học, tuyển sinh cao đẳng ngành Giáo dục Mầm non ban hành kèm Thông tư 08/2022/TT-BGDĐT.")
    amending, amended = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


def test_a_timelines_day_dates_what_its_list_issues() -> None:
    """ "Ngày 16 tháng 6 năm 2025:⏎⏎- Quốc hội ban hành Nghị quyết số 203/2025/QH15": that day."""
    [m] = extract("Ngày 16 tháng 6 năm 2025:\n\n- Quốc hội ban hành Nghị quyết số 203/2025/QH15\n[15]về việc sửa đổi.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 6, 16), "Quốc hội")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Căn cứ Nghị định 76/2018 NĐ-CP của Chính phủ", "76/2018/NĐ-CP"),
        ("Căn cứ Quyết định 174/2008 QĐ-TTg của Thủ tướng", "174/2008/QĐ-TTg"),
        ("Nghị định 07/2025 sửa đổi Nghị định", None),  # no codes: a short reference
    ],
)
def test_codes_after_a_number_and_year_with_a_space(text: str, canonical: str | None) -> None:
    """ "Nghị định 76/2018 NĐ-CP": the symbol with a space for its last slash."""
    m = extract(text)[0]
    assert m.canonical == canonical


def test_a_short_name_in_parentheses_is_read_past() -> None:
    """ "Nghị định A (Nghị định 60) ngày … sửa đổi … Nghị định B": the date after the alias is
    A's, and A (not its alias) amends B."""
    for alias in ("(Nghị định 60)", "(sau đây gọi tắt là “Nghị định 60”)"):
        text = (f"Chính phủ ban hành Nghị định số 60/2025/NĐ-CP {alias} ngày 03/3/2025 sửa đổi, bổ sung một số "
                "điều của Nghị định số 116/2020/NĐ-CP về chính sách hỗ trợ.")
        amending, short, amended = extract(text)
        assert amending.date == dt.date(2025, 3, 3)
        assert links_of(amending) == [(Relation.AMENDS, amended.start)]
        assert (short.refers_to, short.links, short.date) == (amending.start, (), None)
        assert amended.title == "chính sách hỗ trợ"


def test_a_short_name_of_another_number_is_no_alias() -> None:
    """ "Nghị định A (Nghị định 61) ngày …": another decree in parentheses ends A's context."""
    first, _, _ = extract("Nghị định số 60/2025/NĐ-CP (Nghị định 61) ngày 03/3/2025 sửa đổi Nghị định số "
                          "116/2020/NĐ-CP.")
    assert first.date is None


@pytest.mark.parametrize(
    ("text", "amends"),
    [
        ("Thủ tục thực hiện theo quy định tại Điều 15 Nghị định 70/2015/NĐ-CP đã được sửa đổi, bổ sung và Điều "
         "37, Điều 38 Nghị định 188/2025/NĐ-CP, trong đó:", False),
        # more verbs after "và": the agent still follows
        ("Điều 13 Nghị định 67/2013/NĐ-CP (được sửa đổi và bãi bỏ một số khoản bởi Điều 4 Nghị định "
         "08/2018/NĐ-CP) gồm những giấy tờ sau:", True),
    ],
)
def test_a_passive_verb_then_another_item_has_no_agent(text: str, amends: bool) -> None:
    """ "… Nghị định A đã được sửa đổi, bổ sung và Điều 37 Nghị định B": B is one more provision
    the sentence cites, not what amended A."""
    earlier, later = extract(text)
    expected = [(Relation.AMENDS, earlier.start)] if amends else []
    assert links_of(later) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("các quyền của công dân được quy định trong Hiến pháp, Luật này và các luật khác", ["Hiến pháp"]),
        ("như vậy điều 4 Hiến pháp hiện nay là vô nghĩa", ["Hiến pháp"]),
        ("phù hợp với thẩm quyền của Quốc hội mà Hiến pháp đã quy định.", ["Hiến pháp"]),
        ("Đoạn 2 Điều 2 Dự thảo Hiến pháp quy định: …", []),  # a draft's words
        # the constitution in general
        ("Mọi tổ chức phải tuân thủ Hiến pháp và pháp luật.", []),
    ],
)
def test_a_provision_of_the_constitution_cites_it(text: str, found: list[str]) -> None:
    """ "được quy định trong Hiến pháp", "điều 4 Hiến pháp": the constitution in force, cited."""
    assert [m.text for m in extract(text) if m.kind is Kind.NAMED] == found


def test_what_comes_in_place_of_an_expired_document_replaces_it() -> None:
    """ "A đã hết hiệu lực thi hành thay vào đó là B": B replaces A."""
    old, new = extract("Luật Cán bộ, công chức năm 2008 cũng đã hết hiệu lực thi hành thay vào đó là Luật Cán bộ, "
                       "công chức năm 2025 có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.")
    assert links_of(new) == [(Relation.REPLACES, old.start)]


@pytest.mark.parametrize(
    "joined", [" và khoản 1 Điều 25 ", ", khoản 1 Điều 25 ", " ngày 1/1/2024 của Quốc hội, khoản 1 Điều 25 "])
def test_a_list_goes_on_with_a_provision_of_the_next_document(joined: str) -> None:
    """ "quy định chi tiết khoản 1 Điều 6 Nghị quyết A và khoản 1 Điều 25 Luật B": both guided."""
    guiding, first, second = extract(f"Nghị quyết 71/2025/NQ-HĐND quy định chi tiết khoản 1 Điều 6 Nghị quyết "
                                     f"188/2024/QH15{joined}Luật Đường sắt 2025 đối với các nội dung sau:")
    assert links_of(guiding) == [
        (Relation.GUIDES, first.start), (Relation.GUIDES, second.start)]


def test_no_document_acts_on_one_of_a_later_year() -> None:
    """ "Nghị định 76/2009/NĐ-CP sửa đổi … Nghị định 204/2004/NĐ-CP và Nghị định 14/2012/NĐ-CP": a
    decree of 2009 amends none of 2012, whatever the list says (the years of the symbols, as
    the dates stated do already)."""
    amending, amended, _ = extract("Nghị định 76/2009/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định "
                                   "204/2004/NĐ-CP và Nghị định 14/2012/NĐ-CP.")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize(("text", "written"), [
    ("Căn cứ Nghị định 30/2020/NĐ-CPquy định về công tác văn thư", "Nghị định 30/2020/NĐ-CP"),
    ("theo Thông tư 41/2025/TT-BCAngày 1/7/2025 của Bộ Công an", "Thông tư 41/2025/TT-BCA"),
    # a code registered in mixed case, not the type code its capitals spell
    ("Quyết định số 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ", "Quyết định số 35/2025/QĐ-TTg"),
])
def test_a_word_glued_to_the_last_code_is_left_out(text: str, written: str) -> None:
    """ "30/2020/NĐ-CPquy định …": the next word lost its space; the symbol ends at the code."""
    [m] = extract(text)
    assert (m.canonical, m.text) == (written.rsplit(maxsplit=1)[-1], written)


@pytest.mark.parametrize(("text", "found"), [
    ("Quỹ tiền thưởng Nghị định 73 nằm ngoài quỹ khen thưởng.", ["Nghị định 73"]),
    ("Kế hoạch 5 năm đầu tiên", []),  # a count of years
    ("Ke hoach 5 nam dau tien", []),  # without diacritics, the same
])
def test_a_short_reference_before_nam_with_another_tone(text: str, found: list[str]) -> None:
    """ "năm" after a number counts years; "nằm" (lies) is another word."""
    assert [m.text for m in extract(text)] == found


def test_a_list_goes_on_past_what_each_item_is_about_after_a_semicolon() -> None:
    """ "A sửa đổi … B hướng dẫn …; C hướng dẫn …; D quy định … đã được sửa đổi, bổ sung tại E":
    A amends B, C and D, each item undated; E amends D."""
    text = ("Bộ Tài chính đã ban hành Thông tư 41/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư "
            "123/2014/TT-BTC hướng dẫn tổ chức vận hành Hệ thống thông tin quản lý ngân sách (TABMIS); Thông tư "
            "18/2020/TT-BTC hướng dẫn đăng ký và sử dụng tài khoản; Thông tư 324/2016/TT-BTC quy định hệ thống mục "
            "lục ngân sách nhà nước đã được sửa đổi, bổ sung tại Thông tư 93/2019/TT-BTC.")
    amending, first, second, third, later = extract(text)
    assert links_of(amending) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start), (Relation.AMENDS, third.start)]
    assert links_of(later) == [(Relation.AMENDS, third.start)]


def test_a_change_made_per_a_document_does_not_change_it() -> None:
    """ "… phải lập, sửa đổi, phê duyệt lại hồ sơ mời thầu theo quy định tại Thông tư A, Thông tư
    B": the file is amended, per the circulars."""
    found = extract("Thông tư số 15/2022/TT-BKHĐT chưa lập hồ sơ thì phải lập, sửa đổi, phê duyệt lại hồ sơ mời "
                    "thầu theo quy định tại Thông tư số 12/2022/TT-BKHĐT, Thông tư số 15/2022/TT-BKHĐT.")
    assert [m.links for m in found] == [(), (), ()]


def test_a_title_wrapped_inside_a_name_after_a_short_first_line() -> None:
    """A paragraph's first line, indented in the page it came from, is shorter than the
    others: "…của Quốc hội⏎về … dự án điện hạt nhân Ninh⏎Thuận;" still wraps the title."""
    text = ("*Căn cứ Nghị quyết số 189/2025/QH15 của Quốc hội\n"
            "về một số cơ chế, chính sách đặc biệt đầu tư xây dựng dự án điện hạt nhân Ninh\n"
            "Thuận;*\n\n*Căn cứ Luật Đầu tư công số 58/2024/QH15;*")
    assert extract(text)[0].title == ("một số cơ chế, chính sách đặc biệt đầu tư xây dựng dự án điện hạt nhân "
                                      "Ninh Thuận")


def test_supplementing_quoted_words_in_a_provision_amends_its_document() -> None:
    """ "A đã bổ sung “…” tại khoản 1 Điều 1 của B": A amends B (not so "bổ sung theo quy định
    tại khoản 3 Điều 12 B", what the supplement follows)."""
    amending, amended = extract('Nghị định số 232/2025/NĐ-CP đã bổ sung "hoạt động sản xuất vàng miếng" tại khoản 1 '
                                'Điều 1 của Nghị định số 24/2012/NĐ-CP.')
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]
    first, _ = extract("Nghị định số 1/2025/NĐ-CP yêu cầu hoàn thiện bổ sung theo quy định tại khoản 3 Điều 12 "
                       "Nghị định số 102/2024/NĐ-CP.")
    assert first.links == ()


def test_the_standing_committee_by_its_abbreviation() -> None:
    """ "UBTVQH đã ban hành Nghị quyết …": the Standing Committee, written as news abbreviates it."""
    [m] = extract("Bộ chỉnh lý dự thảo, trên cơ sở UBTVQH đã ban hành Nghị quyết số 110/2025/UBTVQH15 điều chỉnh.")
    assert (m.issuer_name, m.issuer.code if m.issuer else None) == ("UBTVQH", "UBTVQH")


@pytest.mark.parametrize("opening", ["Trên cơ sở", "Đồng thời", "Theo đó"])
def test_a_connective_opening_the_clause_is_no_part_of_the_issuer(opening: str) -> None:
    """ "Trên cơ sở UBTVQH đã ban hành …" without a comma: the connective is not the body."""
    [m] = extract(f"{opening} Bộ Tài chính đã ban hành Thông tư số 1/2025/TT-BTC về thuế.")
    assert m.issuer_name == "Bộ Tài chính"


def test_a_misspelt_passive_amendment() -> None:
    """ "… 2024 được sử đổi bởi khoản 8 Điều 1 Luật …" ("sử" for "sửa", as real pages write it)."""
    amended, amending = extract("Căn cứ theo Điều 60 Luật Tổ chức Tòa án nhân dân 2024 được sử đổi bởi khoản 8 Điều 1 "
                                "Luật số 81/2025/QH15 có quy định như sau:")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]
    assert [m.text for m in extract("Công cuộc đổi mới và sự đổi mới của Luật Đất đai 2024.")] == ["Luật Đất đai 2024"]


@pytest.mark.parametrize("heading", ["", "Hiệu lực thi hành\n\n", "Điều 75. Hiệu lực thi hành\n\n"])
def test_this_law_in_a_quoted_article_is_the_law_quoted(heading: str) -> None:
    """ "Căn cứ theo Điều 75 Luật A quy định … như sau:⏎⏎[heading]⏎⏎1. Luật này …⏎⏎2. Luật B … (sau
    đây gọi là Luật B) hết hiệu lực kể từ ngày Luật này có hiệu lực": "Luật này" is A, which
    repeals B (the first mention, not its alias)."""
    text = ("Căn cứ theo Điều 75 Luật Công chứng 2024 quy định hiệu lực thi hành như sau:\n\n" + heading
            + "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n\n2. Luật Công chứng số 53/2014/QH13 "
            "đã được sửa đổi, bổ sung một số điều theo Luật số 28/2018/QH14 và Luật số 16/2023/QH15 (sau đây gọi là "
            "Luật Công chứng số 53/2014/QH13) hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.")
    found = extract(text)
    quoted, first_this, repealed = found[0], found[1], found[2]
    assert (first_this.text, first_this.refers_to) == ("Luật này", quoted.start)
    assert found[-1].refers_to == quoted.start
    assert links_of(quoted) == [(Relation.REPEALS, repealed.start)]


def test_a_short_reference_after_a_dated_lead_reads_it() -> None:
    """ "Ngày 11 tháng 10 năm 1965 Ủy ban Thường vụ Quốc hội ra Nghị quyết số 166 …": cited in
    full by its number alone, with the day and the body that issued it."""
    [m] = extract("Ngày 11 tháng 10 năm 1965 Ủy ban Thường vụ Quốc hội ra Nghị quyết số 166 miễn nhiệm ông.")
    assert (m.kind, m.date, m.issuer_name) == (Kind.SHORT, dt.date(1965, 10, 11), "Ủy ban Thường vụ Quốc hội")


def test_a_list_of_replaced_parts_of_dated_documents() -> None:
    """ "… thay thế: Điều 14, 18 Quyết định A ngày … ban hành Quy định …; Điều 3 Quyết định B ngày
    … ban hành Quy định chi tiết về …; Điều 8, 11 Quyết định C …": each item is a part replaced
    (and "ban hành Quy định chi tiết" names the Regulation issued; it guides nothing)."""
    text = ("Tại Điều 2 Quyết định 74/2025/QĐ-UBND đã có nội dung như sau:\n\nĐiều 2. Quyết định này có hiệu lực từ "
            "ngày 04/12/2025 và thay thế: Điều 14, 18 Quyết định số 15/2022/QĐ-UBND ngày 30/3/2022 của UBND thành phố "
            "Hà Nội ban hành Quy định một số nội dung về quản lý đầu tư; Điều 3 Quyết định số 07/2022/QĐ-UBND ngày "
            "13/01/2022 của Ủy ban nhân dân thành phố Hà Nội ban hành Quy định chi tiết về cấp giấy phép xây dựng; "
            "Điều 8, 11 Quyết định số 33/2021/QĐ-UBND ngày 1/1/2021 của UBND thành phố Hà Nội ban hành Quy định.")
    replacing, _, *replaced = extract(text)
    assert links_of(replacing) == [
        (Relation.REPLACES, m.start) for m in replaced]
    assert all(m.links == () for m in replaced)


def test_a_listed_captions_closing_body_issued_its_document() -> None:
    """ "[8] - Công văn A năm 2018 về áp dụng Bộ luật … và Nghị quyết B do Tòa án nhân dân tối cao
    ban hành": the court issued A (the item's document), not B, which the title cites."""
    text = ("## Văn bản hướng dẫn\n\n[8] - Công văn 04/TANDTC-PC năm 2018 về áp dụng Bộ luật Hình sự năm 2015 và "
            "Nghị quyết 41/2017/QH14 do Tòa án nhân dân tối cao ban hành\n[10] - Nghị quyết 02/2019/NQ-HĐTP hướng "
            "dẫn áp dụng Điều 150 của Bộ luật Hình sự do Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành\n")
    found = {m.text: m.issuer_name for m in extract(text) if m.kind is Kind.REFERENCE}
    assert found == {"Công văn 04/TANDTC-PC": "Tòa án nhân dân tối cao", "Nghị quyết 41/2017/QH14": None,
                     "Nghị quyết 02/2019/NQ-HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao"}
    # a line opening with the document alone (a page's heading) keeps its tail as written
    [heading] = extract("Thông tư 37/2025/TT-BXD quy định cơ chế quản lý giá do Bộ trưởng Bộ Xây dựng ban hành\n")
    assert heading.issuer_name is None


def test_a_number_with_its_place_in_a_series_is_one_reference() -> None:
    """ "Nghị quyết số 66.7/2025/NQ-CP" is a resolution of its own (the seventh of the series
    66 of 2025), read whole with its date and issuer; "1.234/QĐ-UBND" is no reference."""
    found = extract("Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ về cắt giảm thủ tục; "
                    "đã giải quyết 1.234/QĐ-UBND hồ sơ.")
    [m] = found
    assert (m.text, str(m.reference), m.number) == ("Nghị quyết số 66.7/2025/NQ-CP", "66.7/2025/NQ-CP", "66.7")
    assert (m.date, m.issuer_name, m.relation) == (dt.date(2025, 11, 15), "Chính phủ", Relation.BASED_ON)


def test_documents_listed_after_an_expiry_when_another_takes_effect() -> None:
    """ "Các Quyết định sau hết hiệu lực khi Quyết định A có hiệu lực:⏎+ Quyết định B …⏎+ Mục 2
    tại Quyết định C …": A repeals each listed document, also one whose item names a part first."""
    text = ("Quyết định 1820/QĐ-BCT có hiệu lực từ ngày 01/9/2025.\n\n"
            "- Các Quyết định sau hết hiệu lực khi Quyết định 1820/QĐ-BCT có hiệu lực:\n\n"
            "+ Quyết định 530/QĐ-BCT ngày 02/3/2020 của Bộ trưởng Bộ Công Thương về việc công bố thủ tục;\n\n"
            "+ Mục 2 phần 1 tại Quyết định 77/QĐ-BCT ngày 10/01/2023 của Bộ trưởng Bộ Công Thương.\n")
    _, acting, first, second = extract(text)
    assert links_of(acting) == [
        (Relation.REPEALS, first.start), (Relation.REPEALS, second.start)]


def test_a_list_of_changes_is_said_of_the_document_named_right_before() -> None:
    """ "- Thông tư A có hiệu lực …⏎- Bãi bỏ các Thông tư sau đây: …" in a page on A: the
    repeal is stated of the A right before it, the nearest evidence."""
    text = ("Ngày 15/7/2025, Bộ trưởng Bộ Công Thương ban hành Thông tư 45/2025/TT-BCT sửa đổi, bổ sung một "
            "số điều của các Thông tư trong lĩnh vực quản lý thị trường.\n\n"
            "- Thông tư 45/2025/TT-BCT có hiệu lực thi hành kể từ ngày 15 tháng 7 năm 2025.\n\n"
            "- Bãi bỏ các Thông tư sau đây:\n\n+ Thông tư 18/2019/TT-BCT quy định về hoạt động công vụ;\n")
    first, restated, repealed = extract(text)
    assert first.links == ()
    assert links_of(restated) == [(Relation.REPEALS, repealed.start)]


def test_an_amending_law_in_the_next_basis_amends_the_law_before() -> None:
    """ "Căn cứ Luật A số 64/2025/QH15;⏎Căn cứ Luật sửa đổi, bổ sung một số điều của Luật A số
    87/2025/QH15;": the amending law, by its name, amends the law of the item before."""
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n\n"
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số "
            "87/2025/QH15;\n\nCăn cứ Luật Lâm nghiệp số 16/2017/QH14;")
    law, amending, other = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, law.start)]
    assert other.links == ()
    assert law.links == ()


def test_a_law_amending_laws_by_name_amends_no_resolution_listed_with_them() -> None:
    """ "… theo Nghị quyết A và Luật B đã được sửa đổi … theo Luật sửa đổi … của Luật B, Luật C":
    the law amends B, not the resolution coordinated with it."""
    text = ("Việc lập quy hoạch thực hiện theo Nghị quyết 16/2025/NQ-CP và Luật Quy hoạch 2017 đã được sửa "
            "đổi, bổ sung theo Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu.")
    _, law, amending = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, law.start)]


def test_an_issuer_ends_before_what_the_body_asks() -> None:
    """ "công văn số … của Thuế tỉnh An Giang hỏi về …": the body, not its question."""
    [m] = extract("Trả lời công văn số 100/AGI-QLDN1 ngày 17/7/2025 của Thuế tỉnh An Giang hỏi về chính sách thuế.")
    assert m.issuer_name == "Thuế tỉnh An Giang"


def test_what_a_basis_says_is_its_content() -> None:
    """In a "Căn cứ" sentence, documents cited after what the basis states ("… có nêu …",
    "… quy định: “…”") or after "quy định tại Điều 4 và Điều 5" are its content, no basis."""
    said = extract("Căn cứ theo Điều 2 Quyết định 3677/QĐ-UBND 2025 có nêu Quyết định 3677/QĐ-UBND 2025 có hiệu "
                   "lực kể từ ngày ký.")
    assert [m.relation for m in said] == [Relation.BASED_ON, Relation.MENTIONS]
    quoted = extract("Căn cứ Điều 5 Thông tư số 26/2015/TT-BTC của Bộ Tài chính quy định: “Hồ sơ theo mẫu tại "
                     "Thông tư số 151/2014/TT-BTC.”")
    assert [m.relation for m in quoted] == [Relation.BASED_ON, Relation.MENTIONS]
    [content] = extract("- Căn cứ xây dựng kế hoạch: số lượng giáo viên; chỉ tiêu cần đạt quy định tại Điều 4, "
                        "Điều 5 và Điều 6 Nghị định 71/2020/NĐ-CP;")
    assert content.relation is Relation.MENTIONS


def test_grounds_for_adjusting_under_a_draft_law_are_a_noun() -> None:
    """ "Căn cứ điều chỉnh quy hoạch theo dự thảo Luật A ra sao?": the grounds (a noun) for
    adjusting, under the draft; "Căn cứ theo Điều 52 dự thảo Luật A" still cites a basis."""
    heading, basis = extract("**Căn cứ điều chỉnh quy hoạch theo dự thảo Luật Quy hoạch 2025 ra sao?**\n\n"
                             "Căn cứ theo Điều 52 dự thảo Luật Quy hoạch 2025 quy định căn cứ điều chỉnh quy hoạch:")
    assert (heading.relation, basis.relation) == (Relation.MENTIONS, Relation.BASED_ON)


@pytest.mark.parametrize("text", [
    # a change asked for, with a comma between the verbs (in a text of its own, whose acts they would be)
    "THÔNG BÁO\n\n1. Về đề nghị nghiên cứu, sửa đổi, bổ sung Nghị quyết số 14/2025/NQ-CP đối với thủ tục: "
    "giao Bộ chủ trì.",
    # "điều kiện thực hiện": the conditions for carrying something out, a noun
    "**Điều kiện thực hiện thủ tục:**\nĐiều 59 Nghị định số 98/2021/NĐ-CP về nguyên tắc quản lý.",
    # "trình tự, thủ tục thực hiện": the procedure for carrying something out, a noun too
    "## Bổ sung hướng dẫn về trình tự, thủ tục thực hiện khoản 5 Điều 3 của Luật Đấu thầu",
    "Quy định cách thức thực hiện Quyết định 2284/QĐ-UBND trên địa bàn.",
    # a task given to a body, not carried out by the text
    "1. Giao Sở Văn hóa và Thể thao chủ trì, phối hợp với các đơn vị liên quan thực hiện chỉ đạo tại Kế hoạch "
    "5607/KH-BVHTTDL.",
    "- Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì, phối hợp tổ chức triển khai thực hiện Quyết định 2284/QĐ-UBND.",
    "Chính phủ giao cho Bộ Nội vụ chủ trì thực hiện Nghị quyết 76/2025/UBTVQH15.",
])
def test_no_act_in_a_request_or_a_noun(text: str) -> None:
    [m] = extract(text)
    assert m.relation is Relation.MENTIONS


def test_when_a_body_signed_is_no_part_of_it() -> None:
    """ "Bộ Công Thương vừa qua đã ký Quyết định …": "vừa qua" says when."""
    [m] = extract("Bộ Công Thương vừa qua đã ký Quyết định số 1837/QĐ-BCT về việc phê duyệt.")
    assert m.issuer_name == "Bộ Công Thương"


def test_a_list_of_amending_laws_goes_on_past_semicolons() -> None:
    """ "Luật A 2020 đã được sửa đổi, bổ sung theo Luật B 2020, Luật C 2022; Luật D 2023; Luật E
    2023, Luật sửa đổi Luật A, Luật F 2024 (sau đây gọi là Luật A năm 2020) hết hiệu lực kể từ
    ngày Luật A sửa đổi 2025 có hiệu lực": each law listed amends A (not one another, though
    the last one's name lists F too), and the 2025 law repeals A as first named."""
    text = ("Luật Đầu tư 2020 đã được sửa đổi, bổ sung một số điều theo Luật Bảo vệ môi trường 2020, Luật Điện ảnh "
            "2022; Luật Giao dịch điện tử 2023; Luật Nhà ở 2023, Luật sửa đổi Luật Đầu tư, Luật Nhà ở 2024 (sau "
            "đây gọi là Luật Đầu tư năm 2020) hết hiệu lực kể từ ngày Luật Đầu tư sửa đổi 2025 có hiệu lực thi hành.")
    amended, *agents, alias, repealing = extract(text)
    assert [m.text for m in agents][-1] == "Luật sửa đổi Luật Đầu tư, Luật Nhà ở 2024"
    assert all(links_of(m) == [(Relation.AMENDS, amended.start)]
               for m in agents), [(m.text, m.links) for m in agents]
    assert alias.links == ()
    assert links_of(repealing) == [(Relation.REPEALS, amended.start)]


def test_documents_dated_in_a_preamble_list_are_not_agents_past_a_semicolon() -> None:
    """ "Căn cứ Luật A … được sửa đổi, bổ sung bởi Luật B ngày …; Luật C ngày …": items with
    their own dates after ";" are the next bases, not more agents."""
    text = ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 được sửa đổi, bổ sung bởi Luật Đầu tư ngày 17 "
            "tháng 6 năm 2020, Luật Nhà ở ngày 27 tháng 11 năm 2023; Luật Đất đai ngày 18 tháng 01 năm 2024;")
    *_, last = extract(text)
    assert last.links == ()
    assert last.relation is Relation.BASED_ON


@pytest.mark.parametrize(("among", "after"), [(" (trong đó có ", ")."), (", trong đó có ", " đã bổ sung đối tượng.")])
def test_a_law_named_among_those_amended(among: str, after: str) -> None:
    """ "Luật số 98/2025/QH15 … sửa đổi, bổ sung một số điều của 11 Luật về quân sự, quốc phòng
    (trong đó có Luật Nghĩa vụ quân sự năm 2015)": it amends the law named among them (also
    after a comma: ", trong đó có Luật …")."""
    amending, amended = extract("Xét duyệt theo Luật số 98/2025/QH15 ngày 27 tháng 6 năm 2025 sửa đổi, bổ sung một số "
                                f"điều của 11 Luật về quân sự, quốc phòng{among}Luật Nghĩa vụ quân sự năm 2015{after}")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


def test_the_constitution_by_its_abbreviated_title() -> None:
    """ "Hiến pháp nước CHXHCN Việt Nam" is the constitution; a quoted headline naming an
    unnumbered resolution by its title ("“Nghị quyết sửa đổi … Hiến pháp …”") is not the
    last resolution the page cited."""
    text = ("Theo Nghị quyết số 1210/2016/UBTVQH13 về phân loại đô thị.\n\n## Tham khảo\n\n"
            "**^**VietnamPlus (16/6/2025). \"Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp nước CHXHCN Việt "
            "Nam\". Truy cập ngày 18 tháng 6 năm 2025.")
    resolution, constitution = extract(text)
    assert (constitution.kind, constitution.text) == (Kind.NAMED, "Hiến pháp nước CHXHCN Việt Nam")
    assert resolution.links == ()


def test_a_steering_committee_is_named_by_what_it_steers() -> None:
    """ "của Trưởng ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn": the "về"
    names the committee; after any other body ("của Bộ Tài chính về …") it opens the title."""
    [steering] = extract("Quyết định số 89/QĐ-BCĐPTCNBD ngày 07 tháng 8 năm 2024 của Trưởng ban Chỉ đạo quốc gia về "
                         "phát triển ngành công nghiệp bán dẫn ban hành Quy chế hoạt động.")
    assert steering.issuer_name == "Trưởng ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"
    [ministry] = extract("Công văn 5/BTC-NSNN của Bộ Tài chính về tăng cường quản lý ngân sách.")
    assert (ministry.issuer_name, ministry.title) == ("Bộ Tài chính", "tăng cường quản lý ngân sách")


def test_agents_listed_after_a_passive_cue_in_markup() -> None:
    """ "Căn cứ theo Điều 1 Quyết định A **được bổ sung** bởi:⏎- Khoản 1 Điều 1 Quyết định B⏎-
    Khoản 1 Điều 1 Quyết định C": B and C amend A, and rest the text as A does."""
    text = ("Căn cứ theo Điều 1 Quyết định 884/QĐ-TTg năm 2022 **được bổ sung** bởi:\n\n"
            "- Khoản 1 Điều 1 Quyết định 1316/QĐ-TTg năm 2022\n\n- Khoản 1 Điều 1 Quyết định 347/QĐ-TTg năm 2023\n\n"
            "Thì các dự án bao gồm:")
    amended, *agents = extract(text)
    assert [links_of(m) for m in agents] == [
        [(Relation.AMENDS, amended.start)]] * 2
    assert {m.relation for m in (amended, *agents)} == {Relation.BASED_ON}


def test_an_active_cue_broken_by_markup_is_no_act() -> None:
    """ "Luật sửa **đổi, bổ sung một số điều của Luật A và Luật B …**": markup broke the
    amending law's name; the laws in it are no objects, and stay the text's bases."""
    text = ("*Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa **đổi, bổ sung một số điều của "
            "Luật Phòng, chống thiên tai và Luật Đê điều ngày 17** tháng 6 năm 2020;*")
    assert {m.relation for m in extract(text)} == {Relation.BASED_ON}


def test_an_amending_law_naming_known_laws_in_lower_case() -> None:
    """ "Luật sửa đổi bộ luật Hình sự 2017", "Luật sửa đổi … của luật chứng khoán, luật kế toán
    ngày …": a known name may be written lower-case, and then the whole list is."""
    code, amending = extract("Căn cứ theo khoản 1 Điều 51 Bộ luật Hình sự 2015, được sửa đổi, bổ sung bởi điểm a "
                             "khoản 6 Điều 1 Luật sửa đổi bộ luật Hình sự 2017 quy định như sau:")
    assert (amending.kind, amending.text) == (Kind.NAMED, "Luật sửa đổi bộ luật Hình sự 2017")
    assert links_of(amending) == [(Relation.AMENDS, code.start)]
    [listed] = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm "
                       "toán độc lập ngày 29 tháng 11 năm 2024;")
    assert listed.text.endswith("luật kiểm toán độc lập")
    assert listed.date == dt.date(2024, 11, 29)


def test_an_amending_law_named_with_va_and_ended_by_a_list_written_otherwise() -> None:
    """"Luật sửa đổi và bổ sung một số điều của luật công an nhân dân; Luật Giao dịch điện tử; …":
    "và" may join "sửa đổi" and "bổ sung"; the capitalised names after ";" go on with the list of
    laws the session passed, not with the lower-case name the amending law is named by."""
    found = extract("Kỳ họp thứ 5: Luật giá; Luật sửa đổi và bổ sung một số điều của luật công an nhân dân; Luật "
                    "Giao dịch điện tử; Luật đấu thầu; Luật sửa đổi, bổ sung một số điều của luật xuất cảnh")
    assert [m.text for m in found][:4] == [
        "Luật giá", "Luật sửa đổi và bổ sung một số điều của luật công an nhân dân", "Luật Giao dịch điện tử",
        "Luật đấu thầu"]


def test_a_second_passive_on_part_of_the_same_law() -> None:
    """ "Điều 23 Luật A 2015 có cụm từ bị bãi bỏ bởi … Luật B, có cụm từ bị thay thế bởi … Luật
    B": the second change is said of A again, not of the B before it."""
    text = ("Căn cứ theo Điều 23 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 có cụm từ bị bãi "
            "bỏ bởi điểm c khoản 24 Điều 1 Luật Thanh niên 2020, có cụm từ bị thay thế bởi điểm c khoản 23 Điều 1 "
            "Luật Thanh niên 2020 có nêu rõ như sau:")
    amended, first, second = extract(text)
    assert links_of(second) == [(Relation.AMENDS, amended.start)]
    assert [link.target for link in first.links] == [amended.start]
    # with no comma between: "… sửa đổi 2020 có cụm từ này bị thay thế bởi … Luật C"
    text = ("Căn cứ theo Điều 9 Luật Phòng, chống thiên tai 2013 được sửa đổi bởi khoản 6 Điều 1 Luật Phòng, chống "
            "thiên tai và Luật Đê điều sửa đổi 2020 có cụm từ này bị thay thế bởi điểm o khoản 4 Điều 54 Luật Phòng "
            "thủ dân sự 2023 quy định như sau:")
    amended, first, second = extract(text)
    assert links_of(second) == [(Relation.AMENDS, amended.start)]


def test_a_second_passive_joined_by_and() -> None:
    """ "A đã được sửa đổi, bổ sung tại B và hướng dẫn tại C": C guides A; with no passive
    before it, "… Quyết định A và hướng dẫn tại công văn B" is the guidance in B, a noun."""
    text = ("Biên lai đáp ứng quy định tại khoản 2 Điều 32 Nghị định 123/2020/NĐ-CP đã được sửa đổi, bổ sung tại "
            "Nghị định 70/2025/NĐ-CP và hướng dẫn tại Thông tư 32/2025/TT-BTC, trong đó:")
    amended, _, guiding = extract(text)
    assert links_of(guiding) == [(Relation.GUIDES, amended.start)]
    text = ("đối chiếu với Bảng mã ban hành kèm theo Quyết định số 1357/QĐ-TCHQ ngày 18/5/2021 và hướng dẫn tại "
            "công văn số 4032/TCHQ-GSQL ngày 16/8/2021 để thực hiện.")
    assert [m.links for m in extract(text)] == [(), ()]


def test_a_dated_lead_by_a_city_abbreviated_with_a_dot() -> None:
    """ "Ngày 24/10/2025, UBND TP. Hà Nội ban hành Công văn …": "TP." is part of the body."""
    [m] = extract("Ngày 24/10/2025, UBND TP. Hà Nội ban hành Công văn 5744/UBND-NC năm 2025 về việc không thu.")
    assert (m.issuer_name, m.date) == ("UBND TP. Hà Nội", dt.date(2025, 10, 24))


def test_this_law_after_the_laws_that_amended_the_expiring_one() -> None:
    """ "Luật A 2025 có hiệu lực … . Luật A số 76/2015/QH13 đã được sửa đổi … theo Luật số 47/2019
    và Luật số 20/2023 hết hiệu lực kể từ ngày Luật này có hiệu lực": the new law repeals it."""
    text = ("Luật Tổ chức Chính phủ năm 2025 có hiệu lực thi hành từ ngày 01/3/2025. Luật Tổ chức Chính phủ số "
            "76/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 47/2019/QH14 và Luật số 20/2023/QH15 "
            "hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.")
    new, old, first, second, _ = extract(text)
    assert links_of(new) == [(Relation.REPEALS, old.start)]
    assert [links_of(m) for m in (first, second)] == [
        [(Relation.AMENDS, old.start)]] * 2


def test_laws_named_as_examples_of_a_kind_are_no_agents() -> None:
    """ "Luật A được sửa đổi cùng thời điểm … các luật về tổ chức bộ máy (Luật B, Luật C)": B and
    C are examples of the kind, not what amended A."""
    text = ("Luật Tổ chức Chính phủ năm 2025 được sửa đổi cùng thời điểm trong tổng thể sửa đổi, ban hành các "
            "luật về tổ chức bộ máy (Luật Tổ chức Quốc hội, Luật Tổ chức chính quyền địa phương).")
    assert all(m.links == () for m in extract(text))


def test_a_document_supplemented_as_follows() -> None:
    """ "(2) Bổ sung **Quyết định 832 … như sau:" and "Bổ sung mục 20 Phụ lục … ban hành kèm
    theo Quyết định 819 …" are amendments of those decisions by the page's decision."""
    text = ("Theo đó, tại nội dung Quyết định 1942/QĐ-CHQ năm 2025, quy định sửa đổi, bổ sung chức năng của Chi "
            "cục Hải quan khu vực như sau:\n\n**(1) Bổ sung** mục 20 Phụ lục số lượng Phòng ban hành kèm theo "
            "Quyết định 819/QĐ-CHQ năm 2025 của Cục trưởng Cục Hải quan như sau:\n\n**(2) Bổ sung **Quyết định "
            "832/QĐ-CHQ năm 2025 của Cục trưởng Cục Hải quan về việc quy định Văn phòng như sau:\n\n")
    acting, first, second = extract(text)
    assert links_of(acting) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start)]


def test_this_provision_is_no_sign_of_a_regulation() -> None:
    """ "Quy định này không áp dụng …" in a quoted article is "this provision": the page is no
    Regulation, so "[1] Sửa đổi … Thông tư B" under "Cụ thể Thông tư A đã sửa đổi …" is A's act."""
    text = ("Cụ thể Thông tư 45/2025/TT-NHNN đã sửa đổi, bổ sung một số điều của Thông tư 18/2024/TT-NHNN như sau:"
            "\n\n**[1] Sửa đổi, bổ sung khoản 15 Điều 3 Thông tư 18/2024/TT-NHNN:**\n\n"
            "“15. Thẻ phụ là thẻ được phát hành cho chủ thẻ phụ. Quy định này không áp dụng đối với thẻ trả trước.”"
            "\n\n**[2] Sửa đổi, bổ sung khoản 3 Điều 13 Thông tư 18/2024/TT-NHNN:**\n")
    acting, first, second, third = (m for m in extract(text) if m.kind is not Kind.ANAPHOR)
    assert links_of(acting) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start), (Relation.AMENDS, third.start)]
    assert {second.relation, third.relation} == {Relation.MENTIONS}


def test_a_passive_change_names_no_agent_past_a_semicolon() -> None:
    """ "… Luật Hộ tịch được sửa đổi, bổ sung năm 2020, 2025; thẩm quyền … tại Điều 8 của Nghị
    định B": B starts a new clause, it amended nothing."""
    text = ("các Điều 1, 29 của Nghị định số 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch được sửa đổi, bổ sung "
            "năm 2020, 2025; thẩm quyền khai thác dữ liệu quy định tại Điều 8 của Nghị định số 87/2020/NĐ-CP.")
    assert extract(text)[-1].links == ()


def test_documents_listed_before_guides_all_guide() -> None:
    """ "Nghị định A … và Nghị định B … của Chính phủ hướng dẫn thi hành Luật C": both guide C;
    but "… và Thông tư B … về hướng dẫn thi hành Luật C": B's title, said of B alone."""
    first, second, law = extract("Căn cứ Nghị định số 80/2006/NĐ-CP ngày 09/8/2006 và Nghị định số 21/2007/NĐ-CP "
                                 "ngày 28/02/2007 của Chính phủ hướng dẫn thi hành một số điều của Luật Bảo vệ môi "
                                 "trường;")
    assert [links_of(m) for m in (first, second)] == [
        [(Relation.GUIDES, law.start)]] * 2
    listed, _, _ = extract("Thông tư số 02/2009/TT-BTC ngày 12/01/2009 và Thông tư số 60/2009/TT-BTC ngày "
                           "12/11/2009 về hướng dẫn thi hành Luật Đất đai.")
    assert listed.links == ()


def test_an_alias_after_a_passive_change_is_no_agent() -> None:
    """ "… Luật A 2012 được sửa đổi, bổ sung năm 2020, 2025 (sau đây gọi là Luật A)": the alias
    names A again; it amended nothing."""
    text = ("theo quy định tại khoản 2 Điều 37a của Luật Xử lý vi phạm hành chính 2012 được sửa đổi, bổ sung năm "
            "2020, 2025 (sau đây gọi là Luật Xử lý vi phạm hành chính).")
    assert all(m.links == () for m in extract(text))


def test_a_title_ends_where_the_body_resolves() -> None:
    """ "Tại Nghị quyết A của Ủy ban Thường vụ Quốc hội về X, Ủy ban Thường vụ Quốc hội quyết
    nghị: …": the title is X."""
    [m] = extract("Tại Nghị quyết số 68/2025/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về điều chỉnh Chương trình "
                  "xây dựng luật năm 2025, Ủy ban Thường vụ Quốc hội quyết nghị: Bổ sung vào Chương trình.")
    assert m.title == "điều chỉnh Chương trình xây dựng luật năm 2025"


@pytest.mark.parametrize("text", [
    "GIA ĐÌNH LUẬT SƯ - NHÀ CÁCH MẠNG TRỊNH ĐÌNH THẢO",
    "Văn phòng Luật Sư Hà Nội tư vấn miễn phí",
    "CÔNG TY LUẬT GIA PHÁT",
    "|\nViết tắt của loại văn bản\n|\nL\nLuật\nNQ Nghị\nquyết\nNĐ Nghị\nđịnh\nQĐ Quyết\nđịnh\n|",
])
def test_a_lawyer_in_capitals_is_no_law(text: str) -> None:
    """"Luật sư" (a lawyer) and "luật gia" (a jurist) in capitals are no law's name, nor is a
    table's list of type codes after "Luật" ("Luật⏎NQ Nghị quyết⏎NĐ …")."""
    assert extract(text) == []


def test_the_law_on_lawyers_and_the_price_law_are_still_laws() -> None:
    found = extract("Theo LUẬT LUẬT SƯ 2006, Luật Giá 2023, LUẬT GIÁ và Bộ luật Gia Long")
    assert [m.text for m in found] == ["LUẬT LUẬT SƯ 2006", "Luật Giá 2023", "LUẬT GIÁ", "Bộ luật Gia Long"]
    # a law's short name that opens with a type code's letters, on the same line
    assert [m.text for m in extract("của Luật thuế thu nhập cá nhân (Luật KH, CN&ĐMST có hiệu lực)")][-1] == "Luật KH"


def test_an_office_that_registers_is_named_whole() -> None:
    """"ký" ends an issuer ("do Sở Tư pháp ký ngày …"), but not inside "đăng ký"."""
    [m] = extract("Công văn 12/UBND-KT do Văn phòng đăng ký đất đai tỉnh ban hành")
    assert m.issuer_name == "Văn phòng đăng ký đất đai tỉnh"


def test_bodies_that_carry_a_document_out_are_not_its_issuer() -> None:
    """"… theo Mẫu số 22 ban hành kèm theo Nghị định A do Văn phòng …, Chi nhánh … thực
    hiện": who does the work, named in a list, did not issue the decree."""
    [m] = extract("Bản vẽ lập theo Mẫu số 22 ban hành kèm theo Nghị định 151/2025/NĐ-CP do Văn phòng "
                  "đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai thực hiện;")
    assert m.issuer_name is None


def test_a_list_of_provisions_repealed_is_a_part_of_the_document() -> None:
    """"Bãi bỏ các khoản 1, 2 Điều 1; Chương II; Phụ lục I, III và IV của Thông tư A": the
    list, ";" and all, names A's provisions, so A is repealed in part."""
    text = ("Điều 12. Hiệu lực\n\n1. Thông tư này có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025.\n\n"
            "2. Bãi bỏ các khoản 1, 2, 4 Điều 1; các khoản 1, 2 Điều 3; Chương II, Chương V; các Điều 30, 31; "
            "Phụ lục I, III và IV của Thông tư số 42/2022/TT-BCT quy định về kiểm tra.\n\n"
            "3. Sửa đổi điểm a khoản 2 Điều 5; Điều 7 và Phụ lục II của Nghị định 10/2020/NĐ-CP.")
    relations = {m.text: m.relation.value for m in extract(text) if m.kind is Kind.REFERENCE}
    assert relations == {"Thông tư số 42/2022/TT-BCT": "repeals", "Nghị định 10/2020/NĐ-CP": "amends"}


def test_an_aside_says_what_the_document_before_it_carries_out() -> None:
    """"Nghị quyết A hướng dẫn sử dụng ngân sách … (thực hiện … Luật B)": A implements B,
    whatever A was said to do before the aside; the page itself implements nothing."""
    resolution, law = extract("# Tải file Nghị quyết 70/2025/NQ-HĐND hướng dẫn sử dụng ngân sách tại Hà Nội "
                              "(thực hiện điểm b khoản 2 Điều 29 Luật Thủ đô 2024)")
    assert [(link.relation.value, link.target) for link in resolution.links] == [("implements", law.start)]
    assert law.relation.value == "mentions"


def test_a_title_lists_the_storms_by_number() -> None:
    """"… do bão số 10, số 11": the storms' numbers, not a second document "số 11"."""
    [m] = extract("Công văn 4328/CT-CS về miễn giảm thuế cho doanh nghiệp bị tổn thất do bão số 10, số 11 ra sao?")
    assert m.title == "miễn giảm thuế cho doanh nghiệp bị tổn thất do bão số 10, số 11"


@pytest.mark.parametrize(("text", "issued", "carried_out"), [
    ("Cụ thể, thực hiện Nghị quyết 263/2025/NQ-CP và Quyết định 1867/QĐ-TTg năm 2025, Bộ Tài chính đã ban hành "
     "Công văn 13578/BTC-NSNN năm 2025 hướng dẫn các tỉnh.", "Công văn 13578/BTC-NSNN",
     ["Nghị quyết 263/2025/NQ-CP", "Quyết định 1867/QĐ-TTg"]),
    ("Thực hiện Nghị quyết số 12/NQ-CP, UBND tỉnh đã ban hành Kế hoạch số 34/KH-UBND để triển khai.",
     "Kế hoạch số 34/KH-UBND", ["Nghị quyết số 12/NQ-CP"]),
])
def test_a_body_issues_what_carries_out_the_fronted_document(text: str, issued: str, carried_out: list[str]) -> None:
    """"Thực hiện A, Bộ Tài chính đã ban hành Công văn B": B carries A out, not the page."""
    found = {m.text: m for m in extract(text)}
    targets = {m.start: m.text for m in found.values()}
    assert [targets[link.target] for link in found[issued].links] == carried_out
    assert all(found[name].relation is Relation.MENTIONS for name in carried_out)


def test_a_fronted_implementing_clause_with_no_body_issuing_is_the_texts() -> None:
    """"Thực hiện Chỉ thị A, Sở đề nghị … theo Công văn B": no body issues B here; nor across a
    colon ("Về đề nghị … triển khai … Quyết định A: Về vấn đề này, Chính phủ đã ban hành …")."""
    directive, letter = extract("Thực hiện Chỉ thị 05-CT/TW, Sở đề nghị các đơn vị thực hiện theo Công văn 12/SGD-VP.")
    assert (directive.relation, letter.links) == (Relation.IMPLEMENTS, ())
    _decision, resolution = extract("Triển khai các nhiệm vụ tại Quyết định số 1565/QĐ-TTg: Về vấn đề này, Chính phủ "
                                   "đã ban hành Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm 2025.")
    assert resolution.links == ()


def test_a_title_ends_before_the_verb_that_brings_in_a_provision() -> None:
    """"… về việc ban hành Quy định … của Thuế tỉnh, thành phố quy định:⏎": "quy định" in lower
    case brings in the quoted provision; "… ban hành Quy định:" names a regulation."""
    [m] = extract("Theo Điều 4 Quyết định 1383/QĐ-CT năm 2025 của Cục Thuế về việc ban hành Quy định chức năng của "
                  "các Phòng thuộc Thuế tỉnh, thành phố quy định:\n\n+ Khoản 11")
    assert m.title == "ban hành Quy định chức năng của các Phòng thuộc Thuế tỉnh, thành phố"
    [m] = extract("Quyết định 12/QĐ-UBND về việc ban hành Quy định:\n1. Phạm vi")
    assert m.title == "ban hành Quy định"


def test_amending_the_provision_on_a_matter_where_a_document_has_it() -> None:
    """"A đã sửa đổi quy định về mức xử phạt … tại khoản 3 Điều 24 Nghị định B": A amends B."""
    amending, amended = extract("Cụ thể tại điểm b khoản 14 Điều 1 Nghị định 310/2025/NĐ-CP đã sửa đổi quy định về "
                                "mức xử phạt không xuất hóa đơn khi bán hàng hóa, dịch vụ tại khoản 3 Điều 24 "
                                "Nghị định 125/2020/NĐ-CP.")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


def test_a_title_after_a_semicolon_still_says_what_its_document_does() -> None:
    """"Nghị định A … của Chính phủ quy định về phân cấp …; quy định chi tiết và hướng dẫn thi
    hành một số điều của Luật B": A's title lists what A does; A guides B, the text does not."""
    decree, law = extract("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân "
                          "cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn "
                          "thi hành một số điều của Luật Thi đua, khen thưởng;")
    assert links_of(decree) == [(Relation.GUIDES, law.start)]
    assert law.relation is Relation.MENTIONS


def test_a_title_naming_what_it_changes_after_a_semicolon() -> None:
    """"Nghị định A … của Chính phủ về tổ chức quản lý …; sửa đổi quy định tại … Nghị định B":
    the decree's name says what it changes: A amends B."""
    decree, amended = extract("Nghị định số 16/2023/NĐ-CP ngày 25 tháng 4 năm 2023 của Chính phủ về tổ chức quản lý và "
                              "hoạt động của doanh nghiệp; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định số "
                              "47/2021/NĐ-CP ngày 01 tháng 4 năm 2021 của Chính phủ.")
    assert links_of(decree) == [(Relation.AMENDS, amended.start)]
    assert amended.relation is Relation.MENTIONS


def test_guiding_what_two_clauses_of_a_decree_prescribe() -> None:
    """"Thông tư A hướng dẫn … theo quy định tại khoản 5 và khoản 8 Điều 34 Nghị định B": A guides B;
    but a body charged with guiding, its line wrapped, guides nothing."""
    circular, decree = extract("Bộ Nội vụ ban hành Thông tư số 07/2025/TT-BNV hướng dẫn thực hiện quản lý lao động "
                               "đối với các tổ chức theo quy định tại khoản 5 và khoản 8 Điều 34 Nghị định số "
                               "44/2025/NĐ-CP.")
    assert links_of(circular) == [(Relation.GUIDES, decree.start)]
    [law] = extract("2. Cơ quan chuyên môn cấp tỉnh có trách nhiệm tổ chức\nkiểm tra, hướng dẫn công tác bảo vệ bảo "
                    "vật quốc gia theo quy định tại khoản 2 và khoản 3 Điều 46 Luật Di sản văn hóa.")
    assert law.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a guideline named inside the basis, issued with the decision: the decision is the basis
        ("Căn cứ Mục I Hướng dẫn chẩn đoán và điều trị Covid-19 được ban hành kèm theo Quyết định 2671/QĐ-BYT năm "
         "2023 quy định như sau:", Relation.BASED_ON),
        ("Căn cứ theo Điều 7 Hướng dẫn Ban hành kèm theo Quyết định 3472/QĐ-BYT năm 2025 có nêu rõ:",
         Relation.BASED_ON),
    ],
)
def test_a_guideline_named_in_capitals_is_no_act_of_guiding(text: str, relation: Relation) -> None:
    [m] = extract(text)
    assert (m.relation, m.links) == (relation, ())


@pytest.mark.parametrize("text", ["Thông tư 5/2020/TT-BTC ngày 1/1/2020 Hướng dẫn Nghị định 123/2020/NĐ-CP.",
                                  "Căn cứ Thông tư 5/2020/TT-BTC của Bộ Tài chính về việc Hướng dẫn thực hiện Nghị "
                                  "định 123/2020/NĐ-CP;"])
def test_a_title_in_capitals_after_its_document_still_guides(text: str) -> None:
    """"Thông tư A (về việc) Hướng dẫn Nghị định B": a title written in capitals, right after A."""
    circular, decree = extract(text)
    assert links_of(circular) == [(Relation.GUIDES, decree.start)]


def test_changing_what_a_decree_sets_for_a_case_does_not_change_it() -> None:
    """"Sửa đổi, bổ sung giấy phép … đối với trường hợp quy định tại … Nghị định A": a licence, for the case A sets."""
    [m] = extract("Sửa đổi, bổ sung giấy phép cung cấp dịch vụ viễn thông đối với trường hợp quy định tại điểm c "
                  "khoản 1 và khoản 2 Điều 36 Nghị định số 163/2024/NĐ-CP.")
    assert m.relation is Relation.MENTIONS


def test_a_list_of_provisions_guided_runs_over_semicolons() -> None:
    circular, law = extract("Thông tư 15/2025/TT-BXD quy định chi tiết thi hành khoản 4 Điều 24; khoản 3 Điều 26; "
                            "khoản 2 Điều 75 và khoản 1 Điều 81, khoản 6 Điều 84 Luật Thi đua, khen thưởng năm 2022.")
    assert links_of(circular) == [(Relation.GUIDES, law.start)]


@pytest.mark.parametrize(("text", "relations"), [
    # what the basis says follows "quy định"
    ("Căn cứ tại Điều 8 Thông tư 112/2025/TT-BQP quy định Thông tư 112/2025/TT-BQP có hiệu lực từ ngày "
     "1/1/2026.", ["based_on", "mentions"]),
    ("Căn cứ khoản 1 Điều 257 Luật Đất đai 2024 quy định, bảng giá đất do UBND cấp tỉnh ban hành theo Luật Đất "
     "đai 2013.", ["based_on", "mentions"]),
    # but "quy định về <its title>" and the next item after ";" are bases still
    ("Căn cứ Thông tư 86/2024/TT-BTC quy định về đăng ký thuế và Nghị định 10/2020/NĐ-CP;", ["based_on", "based_on"]),
    ("Căn cứ Nghị định 72/2024/NĐ-CP quy định chính sách giảm thuế theo Nghị quyết 142/2024/QH15; Nghị định "
     "10/2020/NĐ-CP về thuế.", ["based_on", "mentions", "based_on"]),
])
def test_what_a_basis_prescribes_is_no_basis(text: str, relations: list[str]) -> None:
    assert [m.relation.value for m in extract(text)] == relations


def test_a_city_whose_name_opens_like_a_body() -> None:
    """"UBND thành phố Hội An": a place, not a second body ("Hội đồng …", "Hội nông dân …")."""
    [m] = extract("Quyết định 3526/QĐ-UBND ngày 18/12/2018 của UBND thành phố Hội An về việc thành lập Trung tâm")
    assert (m.issuer_name, m.title) == ("UBND thành phố Hội An", "thành lập Trung tâm")
    [m] = extract("Kế hoạch 5/KH-UBND của UBND tỉnh Quảng Nam Hội nông dân tỉnh")
    assert m.issuer_name == "UBND tỉnh Quảng Nam"


def test_a_title_goes_on_past_a_dash_that_ends_its_line() -> None:
    """"… Trung tâm Văn hóa -⏎Thể thao …": the line was wrapped inside the name."""
    [m] = extract("Quyết định 3526/QĐ-UBND về việc thành lập Trung tâm Văn hóa -\nThể thao thành phố Hội An.")
    assert m.title == "thành lập Trung tâm Văn hóa - Thể thao thành phố Hội An"


def test_a_report_goes_on_with_the_documents_last_article() -> None:
    """"Quyết định A có hiệu lực … .⏎⏎Bãi bỏ các văn bản sau đây: …": A repeals them; but in
    "Quyết định này có hiệu lực kể từ ngày Nghị định B có hiệu lực. Bãi bỏ …" B repeals nothing."""
    decision, *repealed = extract("Quyết định 89/2025/QĐ-UBND có hiệu lực thi hành kể từ ngày 15 tháng 12 năm 2025.\n\n"
                                  "Bãi bỏ các văn bản sau đây:\n\n1. Quyết định 28/2024/QĐ-UBND ban hành đơn giá.\n\n"
                                  "2. Quyết định 42/2024/QĐ-UBND ban hành quy định.")
    assert links_of(decision) == [
        (Relation.REPEALS, m.start) for m in repealed]
    _this, decree, repealed_one = extract(
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày Nghị định số 262/2025/NĐ-CP có hiệu lực.\n"
        "Bãi bỏ nội dung công bố tại Quyết định số 2306/QĐ-UBND ngày 24 tháng 10 năm 2025.")
    assert (decree.links, repealed_one.relation) == ((), Relation.REPEALS)


@pytest.mark.parametrize(("text", "issuer"), [
    # a known name that ends with its place's level names the place after it
    ("Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An về việc thực hiện",
     "Ban chấp hành Đảng bộ tỉnh Nghệ An"),
    # "năm2025" (a space left out) after the symbol, then the issuer
    ("thực hiện Công văn 6356/UBND-NNMT năm2025 của UBND Thành phố về việc tăng cường", "UBND Thành phố"),
    # a body after a comma that issues in a clause of its own, past a line break
    ("Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh\nban hành Kế hoạch",
     "Ban Chỉ đạo Trung ương"),
])
def test_where_an_issuer_ends(text: str, issuer: str) -> None:
    [m] = extract(text)
    assert m.issuer_name == issuer


@pytest.mark.parametrize(("text", "title"), [
    ("Nghị quyết 66.5/2025/NQ-CP về nguồn tăng thu ngân sách năm trước bổ sung dự phòng năm sau quy định phạm vi "
     "điều chỉnh và đối tượng áp dụng, cụ thể như sau:", "nguồn tăng thu ngân sách năm trước bổ sung dự phòng năm sau"),
    # "quy định" as a noun stays in the title
    ("Quyết định 5/QĐ-UBND về việc ban hành quy định quản lý chợ, cụ thể như sau:", "ban hành quy định quản lý chợ"),
])
def test_a_title_ends_before_what_the_document_prescribes(text: str, title: str) -> None:
    [m] = extract(text)
    assert m.title == title


def test_after_a_pinpoint_a_title_the_document_was_issued_under() -> None:
    """"Căn cứ tại Điều 3 Quyết định A về X do Thủ tướng Chính phủ ban hành": the body issued A,
    so "về X" is A's title (not what the article is about); a nested document keeps none."""
    [m] = extract("Căn cứ tại Điều 3 Quyết định 34/2025/QĐ-TTg về Quỹ Hỗ trợ việc làm ngoài nước do Thủ tướng "
                  "Chính phủ ban hành có quy định như sau:")
    assert (m.title, m.issuer_name) == ("Quỹ Hỗ trợ việc làm ngoài nước", "Thủ tướng Chính phủ")
    [m] = extract("theo khoản 3 Điều 88 Luật Nhà ở 2023 về nguyên tắc bán nhà ở xã hội.")
    assert m.title is None


def test_an_agent_named_after_a_list_of_its_provisions() -> None:
    """"A được sửa đổi bổ sung bởi khoản 10; điểm m khoản 34 Điều 2 Nghị định B": the ";" is
    inside B's provisions, so B amends A (not a new clause)."""
    amended, amending = extract("Căn cứ điểm a khoản 2 Điều 17 Nghị định 100/2019/NĐ-CP được sửa đổi bổ sung bởi khoản "
                                "10; điểm m khoản 34 Điều 2 Nghị định 123/2021/NĐ-CP quy định mức xử phạt")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


def test_a_page_note_in_parentheses_ends_the_title() -> None:
    """"… trên địa bàn Thành phố (Văn bản đính kèm);": the page's note, not the title's; a short
    aside of the name stays ("( Giai đoạn I )")."""
    [m] = extract("Công văn 6356/UBND-NNMT của UBND Thành phố về việc tăng cường các biện pháp trên địa bàn Thành "
                  "phố (Văn bản đính kèm);")
    assert m.title == "tăng cường các biện pháp trên địa bàn Thành phố"


def test_a_transaction_is_no_task_given() -> None:
    """"giao dịch" (a transaction) gives no body a task: the text's own "thực hiện" stays."""
    [m] = extract("Các giao dịch điện tử; thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học.")
    assert m.relation is Relation.IMPLEMENTS


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a heading naming the document's closing article carries nothing out
        ("Nội dung chính.\n\n## Tổ chức thực hiện Quyết định 2449/QĐ-UBND danh mục thủ tục hành chính\n\nGiao Sở.",
         Relation.MENTIONS),
        ("## Trách nhiệm tổ chức thực hiện Nghị quyết 40/NQ-HĐND về chủ trương đầu tư", Relation.MENTIONS),
        # a heading that reports the act, and a task of a plan's list, still carry it out
        ("## Triển khai thực hiện Nghị quyết 40/NQ-HĐND về chủ trương đầu tư", Relation.IMPLEMENTS),
        ("Tổ chức thực hiện Nghị quyết 40/NQ-HĐND về chủ trương đầu tư.", Relation.IMPLEMENTS),
        # after "thì" the main clause: the document only gives the day
        ("trong thời gian chưa thực hiện phân loại thì được giữ nguyên loại đơn vị hành chính trước ngày Nghị định "
         "307/2025/NĐ-CP có hiệu lực.", Relation.MENTIONS),
    ],
)
def test_what_a_heading_or_a_main_clause_carries_out(text: str, relation: Relation) -> None:
    [m] = extract(text)
    assert m.relation is relation


def test_a_circular_amends_no_decision_of_the_prime_minister() -> None:
    """"Thông tư liên tịch A hướng dẫn … theo Quyết định B (of the Prime Minister), được sửa đổi
    bổ sung tại Thông tư C": a circular cannot amend B, which ranks above it, so C amends A; and
    A, guiding what it does per B, guides B."""
    joint, decision, circular = extract(
        "Hồ sơ quy định tại Điều 4 Thông tư liên tịch 08/2012/TTLT-BLĐTBXH-BNV-BTC hướng dẫn thực hiện chế độ trợ "
        "cấp đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến theo Quyết định "
        "40/2011/QĐ-TTg, được sửa đổi bổ sung tại Thông tư 08/2023/TT-BLĐTBXH, bao gồm:")
    assert links_of(circular) == [(Relation.AMENDS, joint.start)]
    assert links_of(joint) == [(Relation.GUIDES, decision.start)]


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        ("Thượng tướng Vũ Hải Sản, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng vừa ký ban hành Quyết định số "
         "1285/QĐ-BQP về Quy chế tiền thưởng", "Thứ trưởng Bộ Quốc phòng"),
        ("Thứ trưởng Bộ Tài chính Cao Anh Tuấn đã ký ban hành Thông tư 10/2024/TT-BTC.", "Thứ trưởng Bộ Tài chính"),
        ("Chủ nhiệm Tổng cục Chính trị ký ban hành Quyết định số 1422/QĐ-CT.", "Chủ nhiệm Tổng cục Chính trị"),
    ],
)
def test_a_deputy_minister_or_a_head_signing_is_the_issuer(text: str, issuer_name: str) -> None:
    [m] = extract(text)
    assert m.issuer_name == issuer_name


def test_what_a_document_guides_may_name_carrying_something_out() -> None:
    """"Thông tư A hướng dẫn xác định … phương thức chi thực hiện mức lương cơ sở … theo Nghị định
    B": "thực hiện" is part of what A guides, so A guides B and the text carries nothing out; a
    body's guidance is no such matter ("Bộ Tài chính hướng dẫn các địa phương thực hiện …")."""
    circular, decree = extract("Thông tư 62/2024/TT-BTC hướng dẫn xác định nhu cầu, nguồn và phương thức chi thực "
                               "hiện mức lương cơ sở và chế độ tiền thưởng theo Nghị định 73/2024/NĐ-CP.")
    assert links_of(circular) == [(Relation.GUIDES, decree.start)]
    assert decree.relation is Relation.MENTIONS
    [m] = extract("Bộ Tài chính hướng dẫn các địa phương thực hiện Nghị quyết 01/NQ-CP.")
    assert m.relation is Relation.IMPLEMENTS


def test_a_phrase_of_the_same_document_replaced_in_turn() -> None:
    """"A được sửa đổi bởi … B và cụm từ (loại gỗ) bị thay thế bởi … B": the phrase is A's, so B
    amends A again (a part replaced is an amendment)."""
    amended, first, second = extract(
        "Căn cứ khoản 4 Điều 4 Nghị định 102/2020/NĐ-CP được sửa đổi bởi khoản 3 Điều 1 Nghị định 120/2024/NĐ-CP và "
        "cụm từ (loại gỗ) bị thay thế bởi khoản 2 Điều 2 Nghị định 120/2024/NĐ-CP có quy định")
    assert [links_of(m) for m in (first, second)] == [
        [(Relation.AMENDS, amended.start)]] * 2


@pytest.mark.parametrize(
    ("text", "issuer_name", "title"),
    [
        ("NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nTHỪA THIÊN HUẾ (NAY "
         "THÀNH PHỐ HUẾ)\n\nCăn cứ", "HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ", None),
        ("QUYẾT ĐỊNH SỐ 42/2018/QĐ-UBND CỦA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN VỀ VIỆC BAN HÀNH QUY ĐỊNH PHÂN CẤP",
         "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "BAN HÀNH QUY ĐỊNH PHÂN CẤP"),
        # the place ends before a link's text in capitals
        ("theo Quyết định số 349/QĐ-UBND của Ủy ban nhân dân tỉnh Khánh Hòa TẢI VỀ quy định điểm tuyển sinh",
         "Ủy ban nhân dân tỉnh Khánh Hòa", None),
    ],
)
def test_a_heading_in_capitals_names_the_place_of_its_issuer(text: str, issuer_name: str, title: str | None) -> None:
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer_name, title)


@pytest.mark.parametrize(
    ("text", "issuer_name"),
    [
        # a name in capitals ends at the first word in lower case; a capitalised one goes on with it
        ("Công văn số 144/2025/CV-BSGBTr ngày 17/11/2025 của CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc về",
         "CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE"),
        ("Quyết định 1/QĐ-UBND của UBND TP Hà Nội về việc", "UBND TP Hà Nội"),
        # who signs for a body: the body issues it
        ("Ngày 8/5/2020, Thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã ký Nghị quyết số "
         "937/NQ-UBTVQH14 về việc chuyển sinh hoạt", "Ủy ban Thường vụ Quốc hội"),
    ],
)
def test_an_issuer_in_capitals_and_one_signed_for(text: str, issuer_name: str) -> None:
    [m] = extract(text)
    assert m.issuer_name == issuer_name


def test_an_expiry_from_the_time_another_comes_into_force() -> None:
    """"A hết hiệu lực kể từ thời điểm Nghị định này có hiệu lực" in a quoted article of B: B
    repeals A, as with "kể từ ngày"."""
    quoted, *_, expiring, _ = extract(
        "Căn cứ Điều 45 Nghị định 312/2025/NĐ-CP quy định như sau:\n\nĐiều 45. Hiệu lực thi hành\n\n1. Nghị định "
        "này có hiệu lực kể từ ngày ký.\n\n2. Nghị định số 28/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ hết "
        "hiệu lực kể từ thời điểm Nghị định này có hiệu lực.")
    assert links_of(quoted) == [(Relation.REPEALS, expiring.start)]


def test_a_scans_rule_line_before_a_basis() -> None:
    """".___ Căn cứ …": the underscores a scanned page leaves before the clause do not hide
    that "Căn cứ" opens it."""
    [m] = extract("vay;\"\n\n.___ Căn cứ quy định về quan hệ liên kết tại điểm d khoản 2 Điều 5 Nghị định số "
                  "132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ")
    assert m.relation is Relation.BASED_ON


@pytest.mark.parametrize(
    ("text", "issuer_name", "title"),
    [
        # the place written after a local body's symbol names which body issued it
        ("theo Quyết định 418/QĐ-UBND tỉnh Quảng Bình năm 2024 về việc công bố danh mục thủ tục hành chính",
         "tỉnh Quảng Bình", "công bố danh mục thủ tục hành chính"),
        ("tại Nghị quyết 12/2023/NQ-HĐND thành phố Cần Thơ có quy định mức chi", "thành phố Cần Thơ", None),
        ("Theo Kế hoạch 77/KH-UBND năm 2025 của huyện Đắk Song về tổ chức hội thi", "huyện Đắk Song",
         "tổ chức hội thi"),
        ("Kế hoạch 15/KH-SGDĐT năm 2025 TP Hà Nội về tuyển sinh", "TP Hà Nội", "tuyển sinh"),
        # the subject that issued it comes first
        ("Ngày 2/3/2025, Ủy ban nhân dân tỉnh Gia Lai đã ban hành Quyết định 90/QĐ-UBND năm 2025 tỉnh Gia Lai về "
         "việc giao chỉ tiêu", "Ủy ban nhân dân tỉnh Gia Lai", "giao chỉ tiêu"),
        # no place: a level word alone, a comma before the next clause, a national body's symbol
        ("Quyết định 12/QĐ-UBND của tỉnh về việc giao đất", None, None),
        ("Theo Quyết định 12/QĐ-UBND, huyện Đắk Song đã giao đất", None, None),
        ("Nghị quyết 57-NQ/TW của tỉnh Tuyên Quang được triển khai", None, None),
    ],
)
def test_a_place_after_a_local_bodys_symbol_names_the_body(text: str, issuer_name: str | None,
                                                            title: str | None) -> None:
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer_name, title)


def test_a_letter_dated_with_de_ngay() -> None:
    """"công văn số … đề ngày 15/4/2020 của Công ty …": a letter says when it is dated so."""
    [m] = extract("Cục Thuế nhận được công văn số 12/2021/CV-ABC đề ngày 15/4/2021 của Công ty TNHH Hoa Sen, "
                  "đề nghị hướng dẫn.")
    assert (m.date, m.issuer_name) == (dt.date(2021, 4, 15), "Công ty TNHH Hoa Sen")


def test_a_long_fronted_clause_still_reaches_its_main_clause() -> None:
    """"Thực hiện A … và B … (two long titles); Ngày …, UBND tỉnh ban hành C …": C carries
    out A and B, however long the titles between."""
    title = ("về việc tăng cường các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút "
             "gây ra")
    directive, dispatch, letter = extract(
        f"Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ {title} và Công điện số "
        f"393/CĐ-BVHTTDL ngày 31/01/2020 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch {title} trong hoạt động lễ "
        "hội; Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Công văn số 326/UBND-KGVX chỉ đạo phòng, chống dịch.")
    assert letter.start - directive.start > 400
    assert links_of(letter) == [
        (Relation.IMPLEMENTS, directive.start), (Relation.IMPLEMENTS, dispatch.start)]


def test_a_known_law_with_luat_in_lower_case() -> None:
    """District portals write "luật Cư trú": a known law, its field capitalised; "luật sư", a
    bill ("dự luật …") and a law named by no known name are none."""
    guiding, law, code = extract("Nghị định số 31/2014/NĐ-CP quy định chi tiết một số điều của luật Cư trú; "
                                 "theo bộ luật Dân sự, luật sư Nguyễn Văn An, dự luật Đầu tư công, luật Kansas; "
                                 "dù hiến pháp Syria đảm bảo quyền")
    assert (law.text, code.text) == ("luật Cư trú", "bộ luật Dân sự")
    assert links_of(guiding) == [(Relation.GUIDES, law.start)]


def test_an_amending_law_in_lower_case_named_by_the_law_it_amends() -> None:
    law, amending, _ = extract("quy định tại luật Cư trú và luật sửa đổi, bổ sung luật Cư trú; Nghị định số "
                               "31/2014/NĐ-CP")
    assert amending.text == "luật sửa đổi, bổ sung luật Cư trú"
    assert links_of(amending) == [(Relation.AMENDS, law.start)]


@pytest.mark.parametrize(
    ("text", "issuer_name", "title"),
    [
        # what a letter answers follows its title, and is none of it
        ("Tổng cục Thuế ban hành công văn số 812/TCT-CS về việc hoàn thuế giá trị gia tăng, trả lời công văn số "
         "15/CV-HP của Công ty", "Tổng cục Thuế", "hoàn thuế giá trị gia tăng"),
        # the state a national body belongs to, abbreviated
        ("Luật Kế toán số 88/2015/QH13 ngày 20/11/2015 của Quốc hội Nước CHXHCN Việt Nam;",
         "Quốc hội Nước CHXHCN Việt Nam", None),
    ],
)
def test_a_letters_title_and_a_national_bodys_state(text: str, issuer_name: str, title: str | None) -> None:
    first, *_ = extract(text)
    assert (first.issuer_name, first.title) == (issuer_name, title)


def test_a_list_goes_on_past_a_line_break_after_a_semicolon() -> None:
    """"…;⏎Nghị định B …": a line opening with a document after a line ending with ";" is
    the clause's next item (wrapped legal texts), whatever the clause does with its list."""
    basis = extract("*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành "
                    "chính;\nNghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ về sửa đổi một số điều;*\n"
                    "Thông tư số 01/2023/TT-VPCP có hiệu lực.")
    assert [m.relation for m in basis] == [Relation.BASED_ON, Relation.BASED_ON, Relation.MENTIONS]
    replaced = extract("Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số 3089/QĐ-UBND ngày 24/8/2021 "
                       "của Ủy ban nhân dân Thành phố về ban hành Kế hoạch;\nQuyết định số 1397/QĐ-UBND ngày 08/6/2022 "
                       "của Ủy ban nhân dân tỉnh về ban hành Kế hoạch.")
    assert [m.relation for m in replaced][1:] == [Relation.REPLACES, Relation.REPLACES]
    amended, first, _, second = extract(
        "Quyết định số 142/2008/QĐ-TTg của Thủ tướng Chính phủ về chế độ, được sửa đổi, bổ sung bởi:\nQuyết định "
        "số 38/2010/QĐ-TTg về việc sửa đổi Quyết định số 142/2008/QĐ-TTg;\nQuyết định số 22/2025/QĐ-TTg sửa đổi, "
        "bổ sung một số điều của các Quyết định của Thủ tướng Chính phủ về chế độ.")
    assert (Relation.AMENDS, amended.start) in links_of(first)
    assert links_of(second) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize(
    ("text", "issuer_name", "title"),
    [
        # a place's level word wrapped onto the next line
        ("Báo cáo số 474/BC-UBND ngày 25/11/2025 của Ủy ban nhân dân Thành\nphố; ý kiến của đại biểu",
         "Ủy ban nhân dân Thành phố", None),
        # a converter's italics split between "của" and the body
        ("*Căn cứ Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của* *Chính phủ về thành lập Quỹ;*", "Chính phủ",
         "thành lập Quỹ"),
        ("*Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 của** Chính phủ quy định chi tiết;*", "Chính phủ", None),
        # the bodies a joint plan is between
        ("theo Kế hoạch 380/KHPH-BCA-BXD ngày 24/6/2025 giữa Bộ Công an, Bộ Xây dựng về triển khai định danh, "
         "hoàn thành trước ngày 30/10/2025", "Bộ Công an, Bộ Xây dựng", "triển khai định danh"),
        ("theo Quy chế phối hợp 505/QCPH/SGDĐT-CATP ngày 27/02/2017 giữa Sở Giáo dục và Đào tạo và Công an Thành "
         "phố, trong đó", "Sở Giáo dục và Đào tạo và Công an Thành phố", None),
        # when it applies is no part of the title
        ("Bộ Giáo dục và Đào tạo ban hành Thông tư 24/2024/TT-BGDĐT về Quy chế thi, áp dụng từ năm 2025.",
         "Bộ Giáo dục và Đào tạo", "Quy chế thi"),
        # a page's link text after the issuer is no part of it
        ("Nghị quyết 06/NQ-HĐBCQG năm 2025 của Hội đồng Bầu cử quốc gia TẢI VỀ", "Hội đồng Bầu cử quốc gia", None),
        ("theo Quyết định 123/QĐ-UBND năm 2025 của UBND tỉnh Nghệ An Tải về quy định", "UBND tỉnh Nghệ An", None),
        # (but a ministry's name may end in "vận tải" before its title)
        ("Thông tư 12/2020/TT-BGTVT của Bộ Giao thông vận tải về việc đăng kiểm", "Bộ Giao thông vận tải",
         "đăng kiểm"),
    ],
)
def test_issuers_and_titles_around_wraps_markup_and_joint_plans(text: str, issuer_name: str,
                                                                 title: str | None) -> None:
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer_name, title)


def test_an_amending_law_named_by_the_field_of_the_laws_it_amends() -> None:
    [m] = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản số "
                  "38/2009/QH12;")
    assert m.text.endswith("đầu tư xây dựng cơ bản số 38/2009/QH12")


def test_after_a_verb_alone_a_long_quotation_is_the_titles_object() -> None:
    """"về việc Phê duyệt “Chiến lược … (over 160 characters) …”": the quoted name is what the
    decision approves, part of its title; naming another document, the title is none."""
    name = ("Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 triển khai thực hiện Quyết định số 142/QĐ-TTg ngày "
            "02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu Quốc gia")
    decision, _ = extract(f"Quyết định 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố về việc Phê duyệt “{name}”; "
                          "UBND thành phố ban hành Kế hoạch")
    assert decision.title is None
    name = "Chiến lược dữ liệu thành phố Hà Nội đến năm 2030, " * 4
    [decision] = extract(f"Quyết định 1229/QĐ-UBND của UBND Thành phố về việc Phê duyệt “{name}”. Sau đó")
    assert decision.title == f"Phê duyệt “{name}”"


def test_a_title_wrapped_before_a_quoted_name() -> None:
    """A page wrapped at a fixed width may break the line before a quoted name in the title."""
    [m] = extract("*Căn cứ Quyết định số\n553/QĐ-TTg ngày 06 tháng 4 năm 2021 của Thủ tướng Chính phủ về phê duyệt "
                  "Đề án\n“Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến\nnăm "
                  "2030”;*")
    assert m.title == ("phê duyệt Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, "
                       "đến năm 2030”")


def test_joint_coordination_rules_and_plans_are_types() -> None:
    """"Quy chế phối hợp 49/QCPH-…", "Kế hoạch 380/KHPH-…": bodies that coordinate sign them
    together; the codes are not among the decree's, and real texts use them."""
    rules, plan = extract("theo Quy chế phối hợp\n49/QCPH-UBND-UBMT-HCTĐ và Kế hoạch 380/KHPH-BCA-BXD-BTC "
                          "ngày 24/6/2025")
    assert rules.reference is not None
    assert plan.reference is not None
    assert (rules.reference.doc_type.name if rules.reference.doc_type else None) == "Quy chế phối hợp"
    assert (plan.reference.issuers, plan.problems) == (("BCA", "BXD", "BTC"), ())


def test_a_document_expires_not_the_one_its_aside_names() -> None:
    """"Nghị quyết A … (thực hiện … Luật Thủ đô) hết hiệu lực …": the aside says what A carried
    out; A expires."""
    _, expiring, carried_out, _ = extract(
        "1. Nghị quyết này có hiệu lực thi hành từ ngày 10 tháng 12 năm 2025.\n\n2. Nghị quyết số 47/2024/NQ-HĐND "
        "ngày 12/12/2024 của Hội đồng nhân dân Thành phố quy định vùng phát thải thấp (thực hiện điểm a khoản 2 "
        "Điều 28 Luật Thủ đô) hết hiệu lực thi hành kể từ ngày Nghị quyết này có hiệu lực thi hành.")
    assert (expiring.relation, carried_out.relation) == (Relation.REPEALS, Relation.MENTIONS)


def test_a_name_given_to_a_law_with_goi_chung_la_is_its_alias() -> None:
    """"(gọi chung là Luật …)" names the law before it, as "(sau đây gọi là …)" does: the
    alias amends nothing."""
    found = extract("các đạo luật như Luật Bầu cử đại biểu Quốc hội năm 1997 đã được sửa đổi bổ sung vào năm 2001 và "
                    "năm 2007 (gọi chung là Luật bầu cử đại biểu Quốc hội) và Luật Bầu cử đại biểu Hội đồng nhân dân")
    assert [link for m in found for link in m.links] == []


def test_a_carried_out_list_goes_on_past_a_wrapped_guidance_and_a_wrapped_title() -> None:
    """"Thực hiện Chỉ thị A …;⏎Hướng dẫn số B …": the guidance on the next line is carried
    out too; and a title's verb wrapped onto the next line ("… tỉnh Bắc Giang Sửa⏎đổi …") is
    no part of the place."""
    directive, guidance, _ = extract(
        "Thực hiện Chỉ thị số 28/CT-TTg ngày 18/9/2025 của Thủ tướng Chính phủ về bầu cử;\nHướng dẫn số 7886/HD-BNV "
        "ngày 14/9/2025 của Bộ Nội vụ về khen thưởng, UBND tỉnh ban hành Kế hoạch này.")
    assert (directive.relation, guidance.relation) == (Relation.IMPLEMENTS, Relation.IMPLEMENTS)
    amending, _ = extract("Quyết định số 03/2024/QĐ-UBND ngày 17/01/2024 của Ủy ban nhân dân tỉnh Bắc Giang Sửa\nđổi, "
                          "bổ sung một số điều của Quyết định số 77/2021/QĐ-UBND.")
    assert amending.issuer_name == "Ủy ban nhân dân tỉnh Bắc Giang"


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Thông tư 27/2025/TT-NHNN hướng dẫn thực hiện Luật Phòng, chống rửa tiền 2022 do Thống đốc Ngân hàng "
         "Nhà nước Việt Nam ban hành ngày 15/09/2025 và chính thức có hiệu lực từ ngày 01/11/2025.",
         [(dt.date(2025, 9, 15), "Thống đốc Ngân hàng Nhà nước Việt Nam"), (None, None)]),
        ("Thông tư 55/2021/TT-BCA hướng dẫn Luật Cư trú do Bộ trưởng Bộ Công an ban hành.",
         [(None, "Bộ trưởng Bộ Công an"), (None, None)]),
        ("Nghị định 12/2024/NĐ-CP quy định chi tiết một số điều của Luật Đất đai do Chính phủ ban hành ngày 5/3/2024.",
         [(dt.date(2024, 3, 5), "Chính phủ"), (None, None)]),
        # the legislature passes the law: the day is the law's
        ("Thông tư 5/2024/TT-BTC hướng dẫn Luật Đất đai 2024 do Quốc hội ban hành ngày 18/1/2024.",
         [(None, None), (dt.date(2024, 1, 18), None)]),
    ],
)
def test_who_issued_a_guide_is_named_after_the_law_it_guides(
        text: str, issued: list[tuple[dt.date | None, str | None]]) -> None:
    """"Thông tư A hướng dẫn Luật B do <body> ban hành ngày …": a law is passed by the
    legislature, so another body issued A, that day."""
    assert [(m.date, m.issuer_name) for m in extract(text)] == issued


def test_the_body_closing_a_list_s_last_title_issued_the_last_item() -> None:
    """"Quyết định A về X của Chủ tịch nước và Hướng dẫn B …": the title ends where the list goes
    on, and the body closing it is A's; after "A về X và B về Y của Thủ tướng Chính phủ" the body
    closes B's title, the last item's (a list's closing words are its last item's)."""
    first, second = extract("Các địa phương thực hiện Quyết định 1244/2025/QĐ-CTN năm 2025 về đặc xá năm 2025 (đợt 2) "
                            "của Chủ tịch nước và Hướng dẫn 94/HD-HĐTVĐX năm 2025 của Hội đồng tư vấn đặc xá.")
    assert (first.title, first.issuer_name) == ("đặc xá năm 2025 (đợt 2)", "Chủ tịch nước")
    assert second.issuer_name == "Hội đồng tư vấn đặc xá"
    first, second = extract("Công điện 130/CĐ-TTg ngày 10/12/2024 về đôn đốc phát triển nhà ở xã hội và Công điện "
                            "03/CĐ-TTg ngày 15/01/2025 về chấn chỉnh việc thao túng giá của Thủ tướng Chính phủ.")
    assert (first.title, first.issuer_name) == ("đôn đốc phát triển nhà ở xã hội", None)
    assert (second.title, second.issuer_name) == ("chấn chỉnh việc thao túng giá", "Thủ tướng Chính phủ")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ngày 25 tháng 7 năm 1979, Hội đồng Bộ trưởng ban hành Quyết định số 275-CP về việc:\n\n- Chia xã Lộc Ninh "
         "thuộc huyện Hồng Dân thành xã Lộc Ninh A và xã Lộc Ninh B.\n- Chia xã Ninh Hòa.", None),
        ("Nghị định số 51/2000/NĐ-CP về việc: \n+ Thành lập huyện Phước Long.\n+ Điều chỉnh địa giới.", None),
        # a title on the next line is still one
        ("Quyết định số 5/QĐ-UBND về việc:\nPhê duyệt kế hoạch năm 2025.", "Phê duyệt kế hoạch năm 2025"),
    ],
)
def test_a_list_after_about_is_no_title(text: str, title: str | None) -> None:
    """"… về việc:⏎⏎- Chia xã A …⏎- Thành lập …", as encyclopaedia pages list what a decision did:
    the items are what it does, not one title (the first item was read as the title)."""
    assert extract(text)[-1].title == title


def test_a_page_s_references_are_clauses_of_their_own() -> None:
    """An encyclopaedia page's references, each after its footnote mark ("**^**"), open clauses
    of their own: "… về việc X do Quốc hội ban hành" names who issued each."""
    text = ("Nghị định 52-CP năm 1994 về việc điều chỉnh địa giới huyện, tỉnh Hà Tây**^**Nghị quyết số 15/2008/QH12 "
            "về việc điều chỉnh địa giới hành chính thành phố Hà Nội do Quốc hội ban hành**^**Quyết định 76-CP năm "
            "1967 về việc hợp nhất huyện Mỹ Lộc do Hội đồng Chính phủ ban hành**^**")
    assert [m.issuer_name for m in extract(text)] == [None, "Quốc hội", "Hội đồng Chính phủ"]


@pytest.mark.parametrize(
    ("text", "date", "issuer_name"),
    [
        ("Công văn số 3976/STC-QLGCS ngày 13 tháng* *11 năm 2025; ý kiến", dt.date(2025, 11, 13), None),
        ("Kế hoạch 5/KH-UBND ngày** 16 **tháng** 6* *năm 2025 của UBND tỉnh", dt.date(2025, 6, 16), "UBND tỉnh"),
        ("Quyết định 1760/QĐ-KTNN ngày *24* tháng 11 năm 2025 của Tổng Kiểm toán nhà nước", dt.date(2025, 11, 24),
         "Tổng Kiểm toán nhà nước"),
        ("Nghị định số* *280/2025/NĐ-CP ngày* *27/10/2025 của Chính* *phủ sửa đổi, bổ sung", dt.date(2025, 10, 27),
         "Chính phủ"),
    ],
)
def test_markup_inside_a_date_or_a_body_s_name(text: str, date: dt.date, issuer_name: str | None) -> None:
    """Converters split emphasis at a line's wrap and bold a date's numbers: "ngày 13 tháng* *11
    năm 2025", "ngày** 16 **tháng** 6* *năm 2025", "của Chính* *phủ" are still a date and a name."""
    m = extract(text)[0]
    assert (m.date, m.issuer_name) == (date, issuer_name)


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("Quốc hội tiến hành biểu quyết thông qua: Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam; "
         "Nghị quyết của Quốc hội về thí điểm; Luật Cán bộ, công chức (sửa đổi); Luật Tổ chức Tòa án nhân dân.",
         ["Quốc hội"] * 3),
        ("Quốc hội đã thông qua Luật Đất đai; Luật Nhà ở và Luật Kinh doanh bất động sản.", ["Quốc hội"] * 3),
        ("Ngày 1/1/2020, UBND tỉnh đã ban hành: Quyết định 5/QĐ-UBND về a; Quyết định 6/QĐ-UBND về b.",
         ["UBND tỉnh"] * 2),
        # "có:" lists what there is; nobody issued it
        ("Văn bản liên quan có: Quyết định 5/QĐ-UBND.", [None]),
    ],
)
def test_a_subject_before_a_list_of_laws_issued_each(text: str, issuers: list[str | None]) -> None:
    """"Quốc hội biểu quyết thông qua: Luật A; <an unnumbered resolution>; Luật B": the subject
    stated before the list (after its colon) applies to every item, laws cited by name too."""
    assert [m.issuer_name for m in extract(text)] == issuers


def test_the_body_of_listed_decisions_before_their_numbers() -> None:
    """"Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể: số A …; số B …": the body
    named before the list (and its verb) issued each item, as after "của X: số A, số B"."""
    found = extract("[5] Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể:\nsố 1341/QĐ-TTg ngày 08/7/2016 "
                    "phê duyệt đề án Đào tạo tài năng; số 1437/QĐ-TTg ngày 19/7/2016 về phê duyệt Đề án a; số "
                    "223/QĐ-TTg ngày 22/02/2022 về phê duyệt đề án b.")
    assert [m.issuer_name for m in found] == ["Thủ tướng Chính phủ"] * 3
    found = extract("Các văn bản của UBND tỉnh ban hành gồm: Quyết định 5/QĐ-UBND; Quyết định 6/QĐ-UBND.")
    assert [m.issuer_name for m in found] == ["UBND tỉnh"] * 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đến năm 2020, xác định mục tiêu đến năm 2020 cả "
         "nước có 1 triệu doanh nghiệp.", "hỗ trợ và phát triển doanh nghiệp đến năm 2020"),
        ("Quyết định 1909/QĐ-TTg ngày 12/11/2021 về Chiến lược phát triển văn hóa đến năm 2030 tiếp tục đề ra những "
         "mục tiêu cụ thể.", "Chiến lược phát triển văn hóa đến năm 2030"),
        # the horizon's own words go on
        ("Quyết định 5/QĐ-TTg về Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045.",
         "Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045"),
    ],
)
def test_a_horizon_then_what_the_document_does_ends_the_title(text: str, title: str) -> None:
    """"… đến năm 2020, xác định mục tiêu …": after the horizon that ends a strategy's or a
    programme's name, what the text says the document does is the sentence's."""
    assert extract(text)[0].title == title


def test_a_list_of_provisions_goes_on_after_a_semicolon() -> None:
    """"(thực hiện Điều 31 Luật A; khoản 1 Điều 6 Nghị quyết B và khoản 1 Điều 25 Luật C)": after
    ";", a provision opens the list's next item, which the text carries out too."""
    found = extract("Dự án (thực hiện Điều 31 Luật Thủ đô 2024; khoản 1 Điều 6 Nghị quyết 188/2025/QH15 và khoản 1 "
                    "Điều 25 Luật Đường sắt 2025) được triển khai.")
    assert [m.relation for m in found] == [Relation.IMPLEMENTS] * 3


def test_no_document_quoted_rests_on_itself() -> None:
    """"Nghị định A quy định … như sau:⏎⏎Căn cứ Điều 22 Nghị định A quy định như sau:": the
    second "Căn cứ" is not a basis of the quoted decree (no document rests on itself) but the
    page's own lead-in; a quoted article citing its own clause ("2. Căn cứ … khoản 1 Điều 5
    Thông tư A, …") stays the quote's."""
    first, second = extract("Tuy nhiên, Nghị định 04/2021/NĐ-CP quy định xử phạt như sau:\n\nCăn cứ Điều 22 Nghị định "
                            "04/2021/NĐ-CP quy định như sau:\n\nĐiều 22. Vi phạm quy định về văn bằng")
    assert (first.relation, second.relation) == (Relation.MENTIONS, Relation.BASED_ON)
    first, second = extract("Căn cứ tại Điều 5 Thông tư 56/2025/TT-BCT quy định như sau:\n\n2. Căn cứ chức năng, nhiệm "
                            "vụ tại khoản 1 Điều 5 Thông tư 56/2025/TT-BCT, Thủ trưởng các đơn vị xây dựng kế hoạch.")
    assert (first.relation, second.relation) == (Relation.BASED_ON, Relation.MENTIONS)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # read on past ";", the title reached another document: it ends at the ";"
        ("Thực hiện theo Nghị định số 71/2003/NĐ-CP ngày 19/06/2003 của Chính phủ về phân cấp quản lý biên chế hành "
         "chính, sự nghiệp nhà nước; chế độ hợp đồng thực hiện theo Bộ luật Lao động.",
         "phân cấp quản lý biên chế hành chính, sự nghiệp nhà nước"),
        # "riêng", "cần" after ";" open the sentence's next clause
        ("Nghị định số 71/2003/NĐ-CP của Chính phủ về phân cấp quản lý biên chế; riêng công nhân, viên chức hợp đồng.",
         "phân cấp quản lý biên chế"),
        ("Chỉ thị 16/2006/CT-UBND về tăng cường công tác pháp chế; cần chấn chỉnh ngay một số nội dung sau:",
         "tăng cường công tác pháp chế"),
        ("thực hiện chỉ đạo tại Công văn 17035/VP-KT về việc phối hợp tổ chức Hội chợ Mùa Thu năm 2025; tham mưu, "
         "báo cáo UBND Thành phố những nội dung vượt thẩm quyền.", "phối hợp tổ chức Hội chợ Mùa Thu năm 2025"),
        # the words after ";" open as the line does: the line's next item
        ("- Đối tượng thuộc diện bảo vệ sức khoẻ theo Hướng dẫn 52-HD/BTCTW của Ban Tổ chức Trung ương về việc "
         "điều chỉnh đối tượng khám, chữa bệnh; đối tượng thuộc diện quản lý của tỉnh;",
         "điều chỉnh đối tượng khám, chữa bệnh"),
        ("Tiêu chuẩn cấp uỷ viên thực hiện theo Quy định số 89-QĐ/TW về khung tiêu chuẩn chức danh các cấp; "
         "tiêu chuẩn cấp ủy viên nêu tại Chỉ thị mới của Bộ Chính trị.", "khung tiêu chuẩn chức danh các cấp"),
        # the sentence lists with ";" before the reference: the next ";" ends the item it stands in
        ("Bộ đã tổ chức Đại hội để thành lập Liên đoàn Luật sư Việt Nam; tham mưu cho Ban Bí thư ban hành Chỉ thị số "
         "33-CT/TW về tăng cường sự lãnh đạo của Đảng đối với tổ chức và hoạt động của luật sư; việc xã hội hoá hoạt "
         "động công chứng tiếp tục được đẩy mạnh.",
         "tăng cường sự lãnh đạo của Đảng đối với tổ chức và hoạt động của luật sư"),
        ("Nội dung: Tổng kết công tác xây dựng Đảng; sửa đổi, bổ sung Quy định số 47-QĐ/TW, ngày 01/11/2011 của Ban "
         "Chấp hành Trung ương về những điều đảng viên không được làm; một số vấn đề quan trọng khác.",
         "những điều đảng viên không được làm"),
        # (a wiki footnote's citation opens its own sentence: the one before it lists nothing here)
        ('**^**"Nghị định 1/2007/NĐ-CP về việc điều chỉnh địa giới xã A; thành lập phường B".**^**"Nghị quyết '
         '47/NQ-CP năm 2013 về việc điều chỉnh địa giới hành chính để thành lập thị xã Hoàng Mai; thành lập phường '
         'thuộc thị xã Hoàng Mai".', "điều chỉnh địa giới xã A; thành lập phường B"),
        # the sentence's lines wrapped at a fixed width: the ";" before is still the sentence's
        ("Không gửi qua thư điện tử: các báo cáo mật;\ntài liệu liên quan đến công tác cán bộ; các tài liệu liên\n"
         "quan đến công tác thanh tra được quy định tại Điều 1 của Quyết định số 774/QĐ-TTg\nngày 05/6/2024 của Thủ "
         "tướng Chính phủ về danh mục bí mật nhà nước thuộc lĩnh vực thanh tra; văn bản\nkhác được yêu cầu trả lời.",
         "danh mục bí mật nhà nước thuộc lĩnh vực thanh tra"),
    ],
)
def test_a_title_read_past_a_semicolon_gives_way(text: str, title: str) -> None:
    """A title may list with ";" ("…, lĩnh vực; cơ cấu viên chức …"), but not into the
    sentence's next clause or into words that name another document."""
    assert extract(text)[0].title == title


def test_list_items_naming_several_articles_first() -> None:
    """"Đồng thời thay thế:⏎⏎- Điều 14, 18 Quyết định A …⏎⏎- Điều 8, 11 và 13 Quyết định B …": an item
    naming several articles of its document first is still an item of the list."""
    found = extract("Quyết định 74/2025/QĐ-UBND có hiệu lực từ ngày 04/12/2025.\n\nĐồng thời thay thế:\n\n"
                    "- Điều 14, 18 Quyết định 15/2022/QĐ-UBND của UBND thành phố Hà Nội\n\n"
                    "- Điều 8, 11 và 13 Quyết định 33/2021/QĐ-UBND của UBND thành phố Hà Nội.")
    assert links_of(found[0]) == [
        (Relation.REPLACES, found[1].start), (Relation.REPLACES, found[2].start)]


def test_list_items_naming_many_clauses_first() -> None:
    """"2. Bãi bỏ:⏎⏎a) Khoản 2, khoản 3 Điều 2 và khoản 1, …, khoản 11 Điều 3 Quyết định A …": an item
    may name a dozen clauses before its document."""
    clauses = ", ".join(f"khoản {n}" for n in range(1, 12))
    found = extract(f"**QUYẾT ĐỊNH**\n\n2. Bãi bỏ:\n\na) Khoản 2, khoản 3 Điều 2 và {clauses} Điều 3 Quyết định số "
                    "960/QĐ-TTg ngày 07 tháng 7 năm 2020.\n\nb) Khoản 1 Điều 1 Quyết định số 1451/QĐ-TTg.")
    assert [m.relation for m in found] == [Relation.REPEALS, Relation.REPEALS]


def test_a_list_of_what_is_carried_out_goes_on_past_a_nested_verb() -> None:
    """"Triển khai thực hiện A; B về ban hành Chương trình … thực hiện C; D; E": C is what B's
    programme carries out; the text carries out A, B, D and E."""
    found = extract(
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
        "học; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ về ban hành Chương trình hành động của Chính "
        "phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 1132/QĐ-TTg ngày "
        "09/10/2024 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược hạ tầng số; Quyết định số 1569/QĐ-TTg "
        "của Thủ tướng Chính phủ về việc phê duyệt Quy hoạch. UBND ban hành Kế hoạch.")
    assert [m.relation for m in found] == [Relation.IMPLEMENTS, Relation.IMPLEMENTS, Relation.MENTIONS,
                                           Relation.IMPLEMENTS, Relation.IMPLEMENTS]
    assert links_of(found[1]) == [(Relation.IMPLEMENTS, found[2].start)]


def test_a_second_verb_going_on_after_and_has_the_first_one_s_subject() -> None:
    """"… triển khai thực hiện Công điện A … và tiếp tục thực hiện Công văn B": the second verb
    ("tiếp tục": how it goes on) has the first one's subject; A carries out nothing."""
    first, second = extract("Các địa phương triển khai thực hiện Công điện 124/CĐ-TTg ngày 30/7/2025 của Thủ tướng và "
                            "tiếp tục thực hiện Công văn 7030/BGDĐT-KHTC ngày 31/10/2024 của Bộ.")
    assert (first.links, first.relation, second.relation) == ((), Relation.IMPLEMENTS, Relation.IMPLEMENTS)


@pytest.mark.parametrize(
    ("text", "relations", "guided"),
    [
        # what the basis guides, and a law named with it, are its content
        ("Căn cứ Nghị định số 58/2008/NĐ-CP ngày 05 tháng 5 năm 2008 của Chính phủ, hướng dẫn thi hành Luật Đấu thầu "
         "và lựa chọn nhà thầu xây dựng theo Luật Xây dựng;",
         [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS], [1]),
        # joined by "và", the next law is the nested verb's too, not one more basis
        ("Căn cứ Nghị định số 160/2005/NĐ-CP ngày 27 tháng 12 năm 2005 của Chính phủ về hướng dẫn thi hành Luật "
         "Khoáng sản và Luật Sửa đổi, bổ sung một số điều của Luật Khoáng sản;",
         [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS], [1, 2]),
    ],
)
def test_what_a_basis_guides_is_no_basis(text: str, relations: list[Relation], guided: list[int]) -> None:
    """"Căn cứ Nghị định A …, hướng dẫn thi hành Luật B … theo Luật C": the text rests on A; B is
    what A guides (C, "theo", what B's matter follows); "hướng dẫn thi hành Luật B và Luật C":
    A guides both."""
    found = extract(text)
    assert [m.relation for m in found] == relations
    assert links_of(found[0]) == [
        (Relation.GUIDES, found[i].start) for i in guided]


@pytest.mark.parametrize(
    "text",
    ["Căn cứ Luật Cán bộ, công chức và Luật Viên chức số 58/2010/QH12; được sửa đổi, bổ sung bởi Luật số "
     "52/2019/QH14;",
     "| Nghị định số 05/2021/NĐ-CP; được sửa đổi, bổ sung bởi Nghị định số 64/2022/NĐ-CP |"],
)
def test_a_passive_after_a_semicolon_acts_on_the_item_before(text: str) -> None:
    """"Luật A số …; được sửa đổi, bổ sung bởi Luật B": the clause after ";" has no subject of
    its own, so B amends A, as after a comma."""
    *_, amended, amending = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Quyết định 764/QĐ-BGDĐT năm 2024 về cấu trúc định dạng đề thi từ năm 2025 **MÔN ĐỊA LÍ **như sau:",
         "cấu trúc định dạng đề thi từ năm 2025 MÔN ĐỊA LÍ"),
        ("b) Quyết định số\n57/2024/QĐ-UBND ngày 16/12/2024 của Ủy ban nhân dân tỉnh Đắk Lắk (cũ) về việc\n"
         "phân cấp thẩm quyền ban hành tiêu chuẩn, định mức sử dụng máy móc.",
         "phân cấp thẩm quyền ban hành tiêu chuẩn, định mức sử dụng máy móc"),
        ("Căn cứ Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn (nay "
         "là Bộ Nông nghiệp và Môi trường) về việc phê duyệt Chương trình “Quan trắc môi trường đến năm 2040*” "
         "*và Kế hoạch 223/KH-UBND ngày 24/10/2025 của UBND tỉnh về quan trắc;",
         "phê duyệt Chương trình “Quan trắc môi trường đến năm 2040”"),
    ],
)
def test_a_title_past_an_aside_and_up_to_emphasis(text: str, title: str) -> None:
    """The issuer's "(cũ)" is an aside and the title follows it; "như sau" and a list going on
    to the next document end it, also after emphasis marks."""
    assert extract(text)[0].title == title


def test_a_symbol_in_lower_case_keeps_its_bodies() -> None:
    """"quyết_định số 42/2004/qđ-ubbt": written all in lower case after its type word, the
    symbol keeps the body's code the registry lacks, and the date and issuer after it."""
    [m] = extract("Quyết_định về việc tiếp_tục thực_hiện quyết_định số 42/2004/qđ-ubbt ngày 26/5/2004 của "
                  "ubnd tỉnh")
    assert (m.canonical, m.date, m.issuer_name) == ("42/2004/QĐ-UBBT", dt.date(2004, 5, 26), "ubnd tỉnh")
    [n] = extract("theo Nghị định số 58/2001/nđ-cp-về việc")
    assert n.canonical == "58/2001/NĐ-CP"
    [letter] = extract("Căn_cứ văn_bản số 2600/ttg-ktth ngày 30/12/2009 của thủ_tướng chính_phủ về đẩy_mạnh xuất_khẩu")
    assert (letter.canonical, letter.date) == ("2600/TTg-KTTH", dt.date(2009, 12, 30))


def test_what_a_sentence_s_first_document_carries_out_is_a_list() -> None:
    """"Cục Thuế đã có Công điện X về việc triển khai thực hiện Nghị định A và Quyết định B
    ngày … của Bộ Tài chính": no outer list for B to go on with, so X carries out both; a
    listed X ("theo Luật A, Nghị định X … quy định chi tiết … Luật A và Công văn B ngày …")
    does not guide B."""
    x, a, b = extract("Ngày 01/7/2025, Cục Thuế đã có Công điện 102/CĐ-CT năm 2025 về việc triển khai thực hiện "
                      "Nghị định 175/2025/NĐ-CP và Quyết định 2226/QĐ-BTC ngày 30/6/2025 của Bộ Tài chính.")
    assert links_of(x) == [
        (Relation.IMPLEMENTS, a.start), (Relation.IMPLEMENTS, b.start)]
    _, decree, law, letter = extract(
        "Chỉ đạo hoàn thiện kết quả kiểm kê theo quy định của Luật Đất đai năm 2024, Nghị định số 102/2024/NĐ-CP "
        "ngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai và Công "
        "văn số 2168/BNNMT-QLĐĐ ngày 19 tháng 5 năm 2024 của Bộ Nông nghiệp và Môi trường về việc kiểm kê.")
    assert (decree.canonical, law.text, letter.canonical) == ("102/2024/NĐ-CP", "Luật Đất đai", "2168/BNNMT-QLĐĐ")
    assert links_of(decree) == [(Relation.GUIDES, law.start)]


def test_an_item_naming_two_documents_lists_both() -> None:
    """"thay thế các Quyết định sau đây: - A …; - B và C của UBND tỉnh …, ban hành Quy định …":
    the last line names two, both replaced, though C's issuer and what they issued follow it
    (and a verb in the first item's topic, "thực hiện bảo trì", carries out nothing)."""
    found = extract(
        "Quyết định 42/2025/QĐ-UBND có hiệu lực từ ngày 26/11/2025 và thay thế các Quyết định sau đây:\n\n"
        "- Quyết định 06/2024/QĐ-UBND của UBND tỉnh Lâm Đồng, ban hành quy định về phân cấp quản lý, khai "
        "thác và thực hiện bảo trì hệ thống đường bộ trên địa bàn tỉnh Lâm Đồng;\n\n"
        "- Quyết định 35/2013/QĐ-UBND và Quyết định 35/2018/QĐ-UBND của UBND tỉnh Bình Thuận, ban hành "
        "Quy định về quản lý.")
    assert links_of(found[0]) == [
        (Relation.REPLACES, m.start) for m in found[1:]]


def test_a_listed_document_a_passive_follows_is_no_agent() -> None:
    """"… Luật A đã được sửa đổi theo Luật B, Nghị định C được sửa đổi, bổ sung bởi Nghị định
    D": C opens a clause of its own (D amends C alone, not B, an agent of the first passive);
    but after a comma a passive goes on about what the list was said of."""
    a, b, c, d = extract(
        "Tiếp tục lựa chọn nhà thầu theo quy định của Luật Đấu thầu 2023 đã được sửa đổi, bổ sung một số điều "
        "theo Luật sửa đổi Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu 2024, Nghị định 24/2024/NĐ-CP được sửa "
        "đổi, bổ sung bởi Nghị định 17/2025/NĐ-CP và các văn bản hướng dẫn thi hành.")
    assert [links_of(m) for m in (a, b, c, d)] == [
        [], [(Relation.AMENDS, a.start)], [], [(Relation.AMENDS, c.start)]]
    found = extract("Căn cứ vào Điều 37 Thông tư 01/2007/TT-BKHCN được sửa đổi bởi khoản 31 Điều 1 Thông tư "
                    "16/2016/TT-BKHCN, khoản 7 Điều 1 Thông tư 18/2011/TT-BKHCN, được bổ sung bởi điểm g khoản 31 "
                    "Điều 1 Thông tư 16/2016/TT-BKHCN quy định như sau:")
    assert [[link.target for link in m.links] for m in found] == [[], [found[0].start], [found[0].start],
                                                                   [found[0].start]]


def test_a_change_after_a_comma_is_the_guiding_document_s() -> None:
    """"Thông tư A hướng dẫn Nghị định B, thay thế Thông tư C": the second act is A's, as after
    "và"; B is only what A guides."""
    a, b, c = extract("Tổng hợp điểm mới Thông tư 79/2025/TT-BTC hướng dẫn Nghị định 214/2025/NĐ-CP, thay thế "
                      "Thông tư 22/2024/TT-BKHĐT về lựa chọn nhà thầu qua mạng như sau")
    assert links_of(a) == [
        (Relation.GUIDES, b.start), (Relation.REPLACES, c.start)]
    assert b.links == ()


@pytest.mark.parametrize(
    ("text", "relation"),
    [("Tổ_trưởng Tổ công_tác thực_hiện Đề_án 30 tỉnh Lâm_Đồng chịu trách_nhiệm thi_hành Quyết_định này .",
      Relation.MENTIONS),
     ("Chỉ ít ngày sau, Ban Chỉ đạo thực hiện Nghị quyết 18-NQ/TW về sắp xếp bộ máy được thành lập.",
      Relation.MENTIONS),
     ("Thành lập Ban chỉ đạo thực hiện Quyết định 19/1999/QĐ-TTg của Thủ tướng Chính phủ.", Relation.IMPLEMENTS)],
)
def test_a_body_named_for_carrying_out_a_document_carries_out_nothing(text: str, relation: Relation) -> None:
    """"Tổ công tác thực hiện Đề án 30" names a body; the text does not carry the scheme out
    (setting such a body up is a step to)."""
    assert extract(text)[0].relation is relation


@pytest.mark.parametrize(
    "text",
    ["Trước mắt, đẩy nhanh tiến độ thực hiện Quyết định 158/2006/QĐ-TTg của Thủ tướng Chính phủ.",
     "đôn đốc các Bộ bảo đảm tiến độ thực hiện Kế hoạch số 447/KH-CP ngày 17/5/2025 của Chính phủ.",
     # looking back on the carrying out
     "Sau thời gian thực hiện Nghị quyết 08/NQ-CP của Chính phủ, đến nay các bộ đã phân cấp.",
     "Qua thực hiện Chỉ thị 30/CT-TW, mặc dù đã đạt được những thành tựu nhất định, vẫn còn hạn chế.",
     # when (or after) it is carried out
     "Nhiều chi phí phát sinh khi thực hiện Luật Đất đai mới, doanh nghiệp kiến nghị.",
     "Sau khi triển khai thực hiện Nghị quyết số 29-NQ/TW, giáo dục đã đạt được những thành tựu to lớn.",
     # what is carried out ended at "này": the law is only what is to be changed
     "Để thực hiện nội dung này, trong thời gian tới cần nghiên cứu xây dựng dự án Luật sửa đổi, bổ sung Luật "
     "Ngân sách nhà nước."],
)
def test_the_pace_of_carrying_out_is_a_noun(text: str) -> None:
    """"đẩy nhanh tiến độ thực hiện Quyết định A": the text speaks of how fast A is carried
    out, or looks back on it; it carries out nothing itself."""
    assert extract(text)[0].relation is Relation.MENTIONS


def test_which_document_replaces_another_is_asked_not_said() -> None:
    """"Nghị định thay thế Nghị định 218/2013/NĐ-CP là nghị định nào?": the bare type word
    asks which decree; the decree the page named earlier replaces nothing there."""
    first, replaced, *asked = extract(
        "Theo đó, từ ngày 15/12/2025, Nghị định 320/2025/ND-CP thay thế Nghị định 218/2013/NĐ-CP.\n\n"
        "Trên đây là thông tin về Nghị định thay thế Nghị định 218 2013/NĐ-CP là nghị định nào!\n\n"
        "Nghị định thay thế Nghị định 218/2013/NĐ-CP là nghị định nào?")
    assert len(asked) == 2
    assert links_of(first) == [(Relation.REPLACES, replaced.start)]


def test_what_a_provision_basis_is_about_cites_no_basis() -> None:
    """"Căn cứ khoản 1 Điều 1 Nghị định A quy định về phạm vi điều chỉnh của Nghị định A …":
    after a provision, "quy định về …" says what it provides; a document named there is
    mentioned (a whole document's "quy định về …" is its title)."""
    found = extract("Căn cứ khoản 1 Điều 1 Nghị định 320/2025/ND-CP quy định về phạm vi điều chỉnh của Nghị định "
                    "320 thay thế Nghị định 218 như sau:")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS]
    found = extract("Căn cứ Nghị định 320/2025/ND-CP quy định về phạm vi điều chỉnh; Nghị định 218/2013/NĐ-CP;")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.BASED_ON]


def test_a_title_goes_on_past_an_aside_inside_its_phrase() -> None:
    """"… nguồn ngân sách cấp huyện (trước khi …) vào ngân sách tỉnh …": the phrase the aside
    interrupts goes on after it, so the title does."""
    [m] = extract("Ủy ban nhân dân Tỉnh Nghệ An đã ban hành Quyết định 3664/QĐ-UBND năm 2025 về việc điều chỉnh "
                  "Kế hoạch đầu tư công năm 2024 nguồn ngân sách cấp huyện (trước khi thực hiện chính quyền địa "
                  "phương 02 cấp) vào ngân sách tỉnh hoặc ngân sách cấp xã (đợt 2).")
    assert m.title == ("điều chỉnh Kế hoạch đầu tư công năm 2024 nguồn ngân sách cấp huyện (trước khi thực hiện "
                       "chính quyền địa phương 02 cấp) vào ngân sách tỉnh hoặc ngân sách cấp xã (đợt 2)")


@pytest.mark.parametrize("space", [" ", "_"])
def test_an_ordinance_named_with_commas(space: str) -> None:
    """"Pháp lệnh Phòng, chống lụt, bão" (1993) is in the table of documents cited by name, so
    its name is not cut at the first comma, nor the amending ordinance's."""
    text = ("Căn cứ Pháp lệnh Phòng, chống lụt, bão ngày 08 tháng 3 năm 1993 và Pháp lệnh sửa đổi, bổ sung một số "
            "điều của Pháp lệnh Phòng, chống lụt, bão ngày 24 tháng 8 năm 2000;")
    if space == "_":
        text = text.replace(", ", " , ").replace("Pháp lệnh", "Pháp_lệnh")
    first, second = extract(text)
    assert first.text.replace("_", " ").replace(" ,", ",") == "Pháp lệnh Phòng, chống lụt, bão"
    assert (first.date, second.date) == (dt.date(1993, 3, 8), dt.date(2000, 8, 24))
    assert links_of(second) == [(Relation.AMENDS, first.start)]


def test_a_held_title_matches_its_words_however_punctuated() -> None:
    """After a pinpoint, "về …" is the document's title where the text gives the document that
    title elsewhere, also wrapped or punctuated otherwise ("khoa học, công nghệ" and "khoa học
    công nghệ")."""
    first, second = extract(
        "Các ngành thuộc Phụ lục 2 được ban hành kèm theo Quyết định 29/2025/QĐ-TTg về tín dụng đối với học sinh "
        "các ngành khoa học, công nghệ, kỹ thuật và toán.\n\nTheo Điều 4 Quyết định 29/2025/QĐ-TTg về tín dụng "
        "đối với học sinh các ngành khoa học công nghệ,\nkỹ thuật và toán quy định điều kiện vay vốn.")
    assert first.title == "tín dụng đối với học sinh các ngành khoa học, công nghệ, kỹ thuật và toán"
    assert second.title == "tín dụng đối với học sinh các ngành khoa học công nghệ, kỹ thuật và toán"


def test_an_article_of_what_a_document_issued_is_a_pinpoint() -> None:
    """"Điều 37 Quy chế ban hành kèm theo Thông tư A về phúc khảo …": the clause is what the
    article is about, not A's title."""
    [m] = extract("Căn cứ theo quy định Điều 37 Quy chế ban hành kèm theo Thông tư 24/2024/TT-BGDĐT về phúc khảo "
                  "bài thi tốt nghiệp THPT 2025 như sau:")
    assert m.title is None


@pytest.mark.parametrize("space", [" ", "_"])
def test_what_a_basis_is_about_follows_is_no_basis(space: str) -> None:
    """"Căn cứ Kế hoạch A … về thực hiện kiểm kê đất đai … theo Chỉ thị B …": B is part of what
    A is about; a list of bases with titles ("… về X và Nghị định B về Y") is still a list."""
    text = ("Căn cứ Kế hoạch số 2841/BTNMT-TCQLĐĐ ngày 07/8/2009 của Bộ Tài nguyên và Môi trường về thực hiện "
            "kiểm kê đất đai năm 2010 theo Chỉ thị số 618/CT-TTg ngày 15/5/2009 của Thủ tướng Chính phủ;")
    found = extract(text.replace("Căn cứ", f"Căn{space}cứ").replace("Kế hoạch", f"Kế{space}hoạch"))
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.MENTIONS]
    found = extract("Căn cứ Nghị định số 01/2020/NĐ-CP về công tác văn thư và Nghị định số 02/2020/NĐ-CP về lưu trữ;")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.BASED_ON]
    found = extract("Căn_cứ Công_văn số 247 / TT.HĐND ngày 29/9/2009 về việc phúc_đáp Tờ_trình số 6238/TTr-UBND.VX "
                    "ngày 24/9/2009 của UBND tỉnh ;")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.MENTIONS]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Theo Luật Trật tự, an toàn giao thông 2024 thì người lái xe phải", "Luật Trật tự, an toàn giao thông 2024"),
     ("Căn cứ Luật Phục hồi, phá sản năm 2025;", "Luật Phục hồi, phá sản năm 2025"),
     ("Căn cứ Luật Đất đai, Luật Nhà ở 2023 và", "Luật Đất đai")],
)
def test_a_name_the_table_lacks_goes_on_past_a_comma_to_its_year(text: str, name: str) -> None:
    """"Luật Trật tự, an toàn giao thông 2024": lower-case words after the comma that end in the
    law's year are part of its name; a capitalised next law is another one."""
    assert extract(text)[0].text == name


def test_an_article_heading_introduces_the_numbered_list_below() -> None:
    """"**Điều 1. Bãi bỏ toàn bộ một số văn bản …**⏎⏎1. Quyết định A …⏎⏎2. Quyết định B …": the
    heading's verb acts on each numbered item, as one ending in a colon would; a heading
    followed by a sentence of its own does not list."""
    found = extract("Số: 44/2025/QĐ-TTg\n\n**Điều 1. Bãi\nbỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng "
                    "Chính phủ**\n\n1. Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ tướng Chính phủ "
                    "về việc phê duyệt Chiến lược.\n\n2. Quyết định số 63/2002/QĐ-TTg ngày 20 tháng 5 năm 2002 của Thủ "
                    "tướng Chính phủ về công tác phòng.")
    assert [m.relation for m in found] == [Relation.MENTIONS, Relation.REPEALS, Relation.REPEALS]
    found = extract("Số: 127/2025/TT-BQP\n\n**Điều 1. Bãi bỏ văn bản quy phạm\npháp luật**\nBãi bỏ Quyết định số "
                    "181/2006/QĐ-BQP ngày 31 tháng 10 năm 2006.\n**Điều 2. Điều khoản thi hành**\n1. Thông tư này có "
                    "hiệu lực.\n|\nThông tư 127/2025/TT-BQP bãi bỏ Quyết định 181/2006/QĐ-BQP")
    assert found[2].relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "name"),
    [("Căn cứ Pháp lệnh phí-lệ phí ngày 28/8/2001;", "Pháp lệnh phí-lệ phí"),
     ("Căn_cứ Pháp_lệnh Phí , lệ_phí ngày 28/8/2001 ;", "Pháp_lệnh Phí , lệ_phí"),
     ("theo Luật bảo vệ, chăm sóc, giáo dục trẻ em năm 2004", "Luật bảo vệ, chăm sóc, giáo dục trẻ em năm 2004")],
)
def test_a_known_name_with_and_written_as_a_comma_or_a_dash(text: str, name: str) -> None:
    """"Pháp lệnh Phí và lệ phí" cited as "Pháp lệnh phí-lệ phí": the "và" joining two fields
    may be a comma or a dash, with or without spaces."""
    assert extract(text)[0].text == name


def test_a_provision_of_the_amended_document_is_no_agent() -> None:
    """"Khoản 6 Điều 22 Nghị định A được sửa đổi bởi … Nghị định B và khoản 8 Điều 22 Nghị định
    A (được sửa đổi bởi … Nghị định C)": the second A opens the next item, not a second agent;
    C amends it."""
    a, b, a2, c = extract(
        "Theo khoản 6 Điều 22 Nghị định 115/2018/NĐ-CP được sửa đổi bởi điểm đ khoản 12 Điều 1 Nghị định "
        "124/2021/NĐ-CP và khoản 8 Điều 22 Nghị định 115/2018/NĐ-CP (được sửa đổi bởi điểm e khoản 12 Điều 1 "
        "Nghị định 125/2021/NĐ-CP) quy định như sau:")
    assert links_of(b) == [(Relation.AMENDS, a.start)]
    assert links_of(c) == [(Relation.AMENDS, a2.start)]
    assert a2.links == ()


def test_a_date_glued_to_its_word() -> None:
    """"ngày27-8-2010": the space after "ngày" left out, the date is still the mention's."""
    [m] = extract("Căn cứ Quyết định số 1605/QĐ-TTg ngày27-8-2010 của Thủ tướng Chính phủ;")
    assert (m.date, m.issuer_name) == (dt.date(2010, 8, 27), "Thủ tướng Chính phủ")


def test_a_document_dated_after_the_one_said_to_change_it_is_the_next_basis() -> None:
    """"Căn cứ … Thông tư A ngày 25/5/2006 … sửa đổi, bổ sung Thông tư B … và Thông tư C ngày
    16/10/2006 …": A cannot amend C, issued after it; C is the last basis of the list."""
    found = extract("Căn_cứ Thông_tư số 45/2006/TT-BTC ngày 25/5/2006 của Bộ Tài_chính sửa_đổi , bổ_sung Thông_tư "
                    "số 63/2002/TT-BTC ngày 24/07/2002 hướng_dẫn thực_hiện các quy_định pháp_luật về phí và lệ_phí và "
                    "Thông_tư số 97/2006/TT-BTC ngày 16/10/2006 của Bộ Tài_chính Hướng_dẫn về phí và lệ_phí ;")
    assert [m.relation for m in found] == [Relation.BASED_ON, Relation.MENTIONS, Relation.BASED_ON]
    assert links_of(found[0]) == [(Relation.AMENDS, found[1].start)]


def test_a_title_ends_where_the_list_goes_on_with_a_provision() -> None:
    """"… sửa đổi một số điều của Quyết định A … về X và Điều 3 Quyết định B …": A's title ends
    before "và Điều 3"."""
    _, a, b = extract(
        "Căn_cứ Quyết_định số 117/2007/QĐ-TTg ngày 25/7/2007 về việc sửa_đổi , bổ_sung một_số điều của Quyết_định số "
        "118/TTg ngày 27/02/1996 về việc hỗ_trợ người có công với cách_mạng cải_thiện nhà ở và Điều 3 Quyết_định số "
        "20/2000/QĐ-TTg ngày 03/02/2000 về việc hỗ_trợ người hoạt_động cách_mạng ;")
    assert a.title == "hỗ trợ người có công với cách mạng cải thiện nhà ở"
    assert b.title == "hỗ trợ người hoạt động cách mạng"


def test_word_segmented_asides_dates_and_supplements() -> None:
    """"( nay là Chính_phủ )" spaced inside its parentheses is the issuer's aside; "16/6 2025"
    with a space for the last slash is a date; "bổ_sung cho Quyết_định B" amends B; ",
    Uỷ_ban_nhân_dân tỉnh chỉ_thị :" opens the main clause after a title."""
    [m] = extract("Căn_cứ Nghị_định số 191/CP ngày 21/12/1994 của Hội_đồng Bộ_trưởng ( nay là Chính_phủ ) về tổ_chức "
                  "Thanh_tra Nhà_nước các cấp ;")
    assert m.title == "tổ chức Thanh tra Nhà nước các cấp"
    [m] = extract("Nghị định 79/2025/NĐ-CP ngày 16/6 2025 của Chính phủ")
    assert m.date == dt.date(2025, 6, 16)
    *_, m = extract("Quyết_định này bổ_sung cho Quyết_định số 33/2007/QĐ-BCN ngày 5/7/2007 của Bộ Công_nghiệp .")
    assert m.relation is Relation.AMENDS
    [m] = extract("Thực hiện Chỉ thị số 10/2005/CT-BBCVT ngày 30/9/2005 của Bộ Bưu chính, Viễn thông về việc đảm bảo "
                  "nâng cao chất lượng dịch vụ viễn thông, Uỷ ban nhân dân tỉnh chỉ thị:")
    assert m.title == "đảm bảo nâng cao chất lượng dịch vụ viễn thông"


def test_what_expires_when_a_document_takes_effect_is_listed_after_the_colon() -> None:
    """"Khi Thông tư A có hiệu lực thi hành thì các quy định sau đây hết hiệu lực:⏎- B;⏎- C": A
    repeals B and C (as "Thông tư này" in the circular's own text)."""
    a, b, c = extract("Khi Thông tư số 43/2025/TT-BTC có hiệu lực thi hành thì các quy định sau đây hết hiệu lực:\n"
                      "- Thông tư số 33/2015/TT-BTC ngày 1/3/2015 của Bộ Tài chính;\n"
                      "- Điều 5 Thông tư số 05/2008/TT-BTC.")
    assert links_of(a) == [
        (Relation.REPEALS, b.start), (Relation.REPEALS, c.start)]


def test_a_bare_type_word_labelled_after_stands_for_its_labels() -> None:
    """"Văn bản hợp nhất Thông tư hướng dẫn Luật Nhà ở (Thông tư A, Thông tư B và Thông tư C)":
    the bare "Thông tư" is the circulars named after it, each guiding the law of its own line
    (not the last circular named on the line before)."""
    line = ("Văn bản hợp nhất Thông tư hướng dẫn Luật Nhà ở (Thông tư 05/2024/TT-BXD, Thông tư 09/2025/TT-BXD và "
            "Thông tư 32/2025/TT-BXD)")
    found = extract(f"# {line}\n\n## {line}")
    laws = [m for m in found if m.kind is Kind.NAMED]
    assert len(laws) == 2
    for m in found:
        if m.kind is Kind.REFERENCE:
            law = max((law for law in laws if law.start < m.start), key=lambda law: law.start)
            assert links_of(m) == [(Relation.GUIDES, law.start)]


def test_an_issuer_after_a_revised_mark() -> None:
    """"Quy định số 11-QĐi/TW (sửa đổi) của Bộ Chính trị": the mark is an aside; the issuer
    after it is the document's."""
    *_, m = extract("thực hiện nghiêm Chỉ thị số 35-CT/TW và Quy định số 11-QĐi/TW (sửa đổi) của Bộ Chính trị, giải "
                    "quyết khiếu nại")
    assert m.issuer_name == "Bộ Chính trị"


@pytest.mark.parametrize("lead", ["Bên cạnh đó, điều chỉnh nội dung “Danh mục các công trình” tại", "Sửa đổi",
                                  "Đồng thời, bãi bỏ"])
def test_a_news_text_s_subjectless_change_is_the_reported_document_s(lead: str) -> None:
    """"UBND … vừa ký ban hành Quyết định A ….⏎⏎Bên cạnh đó, điều chỉnh nội dung “…” tại khoản 1
    Điều 1 Quyết định B …": the change is A's, the document the news reports."""
    a, b = extract("Phó Chủ tịch UBND Thành phố vừa ký ban hành Quyết định 2567/QĐ-UBND về việc điều chỉnh Kế "
                   f"hoạch.\n\n{lead} khoản 1 Điều 1 Quyết định 119/QĐ-UBND ngày 08/01/2025 của UBND Thành phố Hà Nội.")
    assert [link.target for link in a.links] == [b.start]


def test_a_proposal_after_a_semicolon_is_no_basis() -> None:
    """"*Căn cứ Quyết định A …; Theo đề nghị của … tại Tờ trình B …;*" in one paragraph: the
    proposal is a clause of its own; B is no basis."""
    a, b = extract("*Căn cứ Quyết định số 15/2025/QĐ-TTg ngày 16 tháng 6 năm 2025 của Thủ tướng Chính phủ về việc quy "
                   "định tiêu chuẩn; Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 368/TTr-STC ngày 12 tháng "
                   "11 năm 2025;*")
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.MENTIONS)


@pytest.mark.parametrize(
    "what", ["Chương IVb “Chỉ định nhà đầu tư” gồm Điều 44c và Điều 44d vào sau Chương IVa của",
             "điểm c và điểm d vào sau điểm b khoản 1 Điều 6"])
def test_what_is_added_into_a_document_may_be_named_at_length(what: str) -> None:
    """"Nghị định A đã bổ sung Chương IVb “…” gồm Điều 44c và Điều 44d vào sau Chương IVa của
    Nghị định B": A amends B."""
    a, b = extract(f"Nghị định số 225/2025/NĐ-CP đã bổ sung {what} Nghị định 115/2024/NĐ-CP.")
    assert links_of(a) == [(Relation.AMENDS, b.start)]


def test_sua_alone_between_a_document_and_a_provision_of_another() -> None:
    """"Nghị định A đã sửa Điều 11 Nghị định B": "sửa" alone amends when a document stands
    before it (past "đã") and a provision of another after it."""
    a, b = extract("Nghị định 70/2025/NĐ-CP đã sửa Điều 11 Nghị định 123/2020/NĐ-CP về hóa đơn.")
    assert links_of(a) == [(Relation.AMENDS, b.start)]


def test_objects_each_cited_in_full_after_and_stay_objects() -> None:
    """"Căn cứ Thông tư A … hướng dẫn thực hiện Nghị định B ngày … về … và Nghị định C ngày …":
    A guides B and C (B cited in full too); after a comma, one cited in full is the next basis."""
    a, b, _, c = extract(
        "Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 sửa đổi, bổ sung một số điều của Nghị định số "
        "78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết thi hành Luật Ban hành văn bản quy "
        "phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra văn bản;")
    assert links_of(a) == [
        (Relation.AMENDS, b.start), (Relation.AMENDS, c.start)]
    assert c.relation is Relation.MENTIONS
    found = extract("Căn cứ Thông tư số 69/2006/TT-BTC ngày 02/8/2006 về sửa đổi Thông tư số 116/2004/TT-BTC ngày "
                    "07/12/2004 của Bộ Tài chính, Thông tư số 70/2006/TT-BTC ngày 02/8/2006 của Bộ Tài chính;")
    assert found[2].relation is Relation.BASED_ON


def test_a_numbered_list_goes_on_past_an_item_s_wrapped_lines() -> None:
    """"Bãi bỏ …:⏎⏎1. Quyết định A … phương thức hoàn trả;⏎quy định chế độ thu …⏎⏎2. Quyết định
    B …": a wrapped line of an item going on in lower case (after ";") does not end the list."""
    items = "\n\n".join(
        f"{n}. Quyết định số {n}/2018/QĐ-TTg ngày 23 tháng 01 năm 2018 của Thủ tướng Chính phủ ban hành Quy định "
        f"phương pháp xác định chi phí;\nquy định chế độ thu, quản lý chi phí." for n in range(1, 31))
    found = extract(f"Số: 44/2025/QĐ-TTg\n\n**Điều 1. Bãi bỏ toàn bộ một số văn bản:**\n\n{items}")
    assert [m.relation for m in found[1:]] == [Relation.REPEALS] * 30


def test_a_list_after_a_passive_s_colon_is_its_agents_not_an_earlier_verb_s() -> None:
    """"QUYẾT ĐỊNH VỀ THỰC HIỆN CHẾ ĐỘ …⏎Quyết định A … được sửa đổi, bổ sung bởi:⏎Quyết định B …;⏎
    Quyết định C …": the list after the colon names what amends A; nothing is carried out."""
    a, b, _, c = extract(
        "**QUYẾT ĐỊNH**\nVỀ\nTHỰC HIỆN CHẾ ĐỘ ĐỐI VỚI QUÂN NHÂN\nQuyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm "
        "2008 của Thủ tướng Chính phủ về thực hiện chế độ, được sửa đổi, bổ sung bởi:\nQuyết định số 38/2010/QĐ-TTg "
        "ngày 06/5/2010 của Thủ tướng Chính phủ về việc sửa đổi Quyết định số 142/2008/QĐ-TTg ngày 27\ntháng 10 năm "
        "2008 của Thủ tướng Chính phủ về thực hiện chế độ đối với quân nhân\ntham gia kháng chiến;\nQuyết định số "
        "22/2025/QĐ-TTg ngày 10 tháng 7 năm 2025 của Thủ tướng Chính phủ.")
    assert [m.relation for m in (b, c)] == [Relation.MENTIONS, Relation.MENTIONS]
    assert links_of(c) == [(Relation.AMENDS, a.start)]


def test_what_is_carried_out_goes_on_with_a_direction_after_a_semicolon() -> None:
    """"Thực hiện Quyết định A …; chỉ đạo của Bộ … tại các văn bản: số B …, số C …": B and C are
    carried out too, and the body before the list is their issuer."""
    a, b, c = extract("Thực hiện Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ về việc phê duyệt "
                      "kế hoạch; chỉ đạo của Bộ Nông nghiệp và\nMôi trường tại các văn bản: số 9593/BNNMT-MT ngày "
                      "25/11/2025, số 9671/BNNMT-MT ngày 27/11/2025 về việc triển khai các biện pháp cấp bách; UBND "
                      "Thành phố yêu cầu")
    assert [m.relation for m in (a, b, c)] == [Relation.IMPLEMENTS] * 3
    assert (b.issuer_name, c.issuer_name) == ("Bộ Nông nghiệp và Môi trường",) * 2


def test_a_title_after_an_aside_on_when_the_document_takes_effect() -> None:
    """"Nghị định số 101-CP[1] (nghị định có hiệu lực từ ngày 1 tháng 7 năm 1994) về việc …":
    the aside stands between the mention and its title, and its date is no issue date."""
    [m] = extract("Chính phủ ban hành Nghị định số 101-CP[1] (nghị định có hiệu lực từ ngày 1 tháng 7 năm 1994) về "
                  "việc thành lập phường Trần Phú.")
    assert (m.title, m.date) == ("thành lập phường Trần Phú", None)


def test_a_count_of_laws_is_no_law() -> None:
    """"Quốc hội đã thông qua 2 Luật Thuế quan trọng là Luật A và Luật B": "2 Luật Thuế quan
    trọng" counts laws; a provision's number before a law ("Điều 5 Luật Đất đai") is no count."""
    found = extract("Quốc hội đã thông qua 2 Luật Thuế quan trọng là Luật Thuế thu nhập cá nhân (sửa đổi) và Luật "
                    "Thuế giá trị gia tăng.")
    assert [m.text for m in found] == ["Luật Thuế thu nhập cá nhân", "Luật Thuế giá trị gia tăng"]
    assert [m.text for m in extract("khoản 2 Luật Thuế 2020 quy định")] == ["Luật Thuế 2020"]


@pytest.mark.parametrize(
    "text", ["Công an tỉnh tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế\nQuyết định số 15/2021/QĐ-UBND.",
             "Văn phòng Chính phủ chủ trì tham mưu sửa đổi, bổ sung Nghị định số 118/2025/NĐ-CP."])
def test_advising_a_change_makes_none(text: str) -> None:
    """"… tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định A": advice to change A,
    a task; A is mentioned."""
    [m] = extract(text)
    assert m.relation is Relation.MENTIONS


def test_a_date_right_after_the_symbol() -> None:
    """"Nghị định 17/2013/NĐ-CP 19/2/2013 sửa đổi …": a date right after the symbol, with no
    "ngày", is its date."""
    m = extract("Nghị định 17/2013/NĐ–CP 19/2/2013 sửa đổi Nghị định 204/2004/NĐ-CP.")[0]
    assert m.date == dt.date(2013, 2, 19)


@pytest.mark.parametrize(
    "text",
    ["Người lao động đang thực hiện hợp đồng thử việc thuộc đối tượng áp dụng của Luật An toàn, vệ sinh lao động "
     "2015.",
     "Cơ quan chủ trì tổ chức thực hiện nghi lễ đối ngoại phải tuân thủ các quy định của Luật Tổ chức Chính phủ."],
)
def test_within_a_law_s_scope_carries_nothing_out(text: str) -> None:
    """"… đang thực hiện hợp đồng thử việc thuộc đối tượng áp dụng của Luật A": the contract is
    carried out; A only applies. "… thực hiện nghi lễ … phải tuân thủ … Luật A": what is done follows A."""
    [m] = extract(text)
    assert m.relation is Relation.MENTIONS


def test_done_before_a_document_takes_effect_carries_nothing_out() -> None:
    """"Các công việc đã thực hiện trước ngày Quyết định A có hiệu lực": a time, not what is
    carried out."""
    [m] = extract("Các công việc đã thực hiện trước ngày Quyết định 105/2025/QĐ-UBND có hiệu lực thì tiếp tục.")
    assert m.relation is Relation.MENTIONS


def test_verbs_listed_after_an_amendment_share_its_subject_and_object() -> None:
    """"Nghị định A sửa đổi, bổ sung Điều 24 (…); Sửa đổi, bổ sung, thay thế, bãi bỏ một số quy
    định của Nghị định B": the listed verbs are A's, and together they amend B; "Sửa đổi, bãi
    bỏ một số điều của Thông tư C" amends C."""
    a, b = extract("Theo đó, Nghị định số 283/2025/NĐ-CP sửa đổi, bổ sung Điều 24 (Thẩm quyền); Sửa đổi, bổ sung, thay "
                   "thế, bãi bỏ một số quy định của Nghị định số 120/2020/NĐ-CP của Chính phủ quy định về thành lập.")
    assert links_of(a) == [(Relation.AMENDS, b.start)]
    _, c = extract("Số: 05/2025/TT-BTP\n\n**Điều 3.\nSửa đổi, bãi bỏ một số điều của Thông tư số 04/2022/TT-BTP "
                   "ngày 21 tháng 6 năm 2022 của Bộ trưởng Bộ Tư pháp**")
    assert c.relation is Relation.AMENDS


def test_what_is_carried_out_goes_on_past_documents_of_a_kind() -> None:
    """"Để thực hiện thắng lợi Kết luận A …, các Nghị quyết của Quốc hội, Nghị quyết số B …": the
    documents of a kind, unnumbered, are one more item; the list goes on to B."""
    a, b = extract("Để thực hiện thắng lợi Kết luận số 123-KL/TW ngày 24 tháng 01 năm 2025 của Trung ương, các Nghị "
                   "quyết của Quốc hội, Nghị quyết số 25/NQ-CP của Chính phủ về mục tiêu tăng trưởng, Bộ yêu cầu")
    assert (a.relation, b.relation) == (Relation.IMPLEMENTS, Relation.IMPLEMENTS)


def test_a_colon_s_list_goes_on_past_what_each_item_issued_in_one_run_of_text() -> None:
    """"… và thay thế:⏎Điều 14 Quyết định A ngày … ban hành Quy định …; Điều 3⏎Quyết định B …":
    the items follow one another after ";", their lines wrapped anywhere; each is replaced."""
    text = ("**Điều 2.**\nQuyết định này có hiệu lực từ ngày 04/12/2025 và thay thế:\n"
            "Điều 14, 18 Quyết định số 15/2022/QĐ-UBND ngày 30/3/2022\n"
            "của UBND tỉnh ban hành Quy định quản lý đầu tư\ncông của tỉnh; Điều 3\n"
            "Quyết định số 07/2022/QĐ-UBND ngày 13/01/2022 của UBND tỉnh\nban hành Quy định cấp giấy phép; "
            "Điều 8, 11,\n"
            "25 Quyết định số 33/2021/QĐ-UBND ngày 31/12/2021 của UBND tỉnh ban hành Quy định bảo trì.")
    found = [m for m in extract(text) if m.kind is Kind.REFERENCE]
    assert [m.relation for m in found] == [Relation.REPLACES] * 3


def test_no_issuing_lead_from_the_line_before_when_it_names_who_issued_another() -> None:
    """"Thông tư A … do Bộ Tài chính ban hành⏎⏎Thông tư B …": the lead is A's issuer, said after
    it; B opens the next line (with a blank line between or not)."""
    for gap in ("\n\n", "\n"):
        text = (f"Thông tư 75/2021/TT-BTC quy định về quản lý tài chính do Bộ trưởng Bộ Tài chính ban hành{gap}"
                "Thông tư 03/2021/TT-BNNPTNT sửa đổi Thông tư 16/2013/TT-BNNPTNT về bảo hộ giống cây trồng")
        assert extract(text)[1].issuer_name is None
    # a lead stays one on the line before: "Chính phủ đã ban hành⏎Nghị định …"
    [m] = extract("Ngày 03/9/2025, Chính phủ đã ban hành\nNghị định số 240/2025/NĐ-CP về phí.")
    assert m.issuer_name == "Chính phủ"


def test_an_amended_document_after_what_the_first_prescribes_in_parts() -> None:
    """"… sửa đổi Thông tư A ngày … quy định X; quy định Y và Thông tư B ngày …": A's description
    has two parts; B, joined by "và", is amended too."""
    text = ("Số: 54/2025/TT-BCT\n\nBộ trưởng ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số "
            "09/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công Thương quy định khung giá phát điện; quy "
            "định khung giá nhập khẩu điện và Thông tư số 12/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ "
            "Công Thương quy định phương pháp.")
    _, a, b = extract(text)
    assert (a.relation, b.relation) == (Relation.AMENDS, Relation.AMENDS)


def test_measures_for_carrying_out_a_document_guide_it() -> None:
    """"Nghị định A về X và biện pháp thi hành Nghị quyết B": A guides B; "quy định chi tiết một
    số điều và biện pháp thi hành Luật C" is one act; measures for no document guide nothing."""
    a, b = extract("Toàn văn Nghị định 302/2025/NĐ-CP về Quỹ nhà ở quốc gia và biện pháp thi hành "
                   "Nghị quyết 201/2025/QH15 về phát triển nhà ở xã hội")
    assert links_of(a) == [(Relation.GUIDES, b.start)]
    a, b, _, c = extract("Nghị định 225/2025/NĐ-CP sửa đổi một số điều của Nghị định số 23/2024/NĐ-CP ngày 27/02/2024 "
                      "của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà "
                      "đầu tư; Nghị định số 115/2024/NĐ-CP ngày 16/9/2024 của Chính phủ quy định chi tiết một số điều "
                      "và biện pháp thi hành Luật Đấu thầu.")[:4]
    assert [link.target for link in a.links if link.relation is Relation.AMENDS] == [b.start, c.start]
    found = extract("Thông tư số 01/2023/TT-VPCP quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ.")
    assert [m.links for m in found] == [()]
    assert found[0].relation is Relation.MENTIONS


def test_added_into_an_article_named_with_an_aside() -> None:
    """"Luật A bổ sung vào Điều 4 (thu nhập miễn⏎thuế) của Luật B": what A adds into is B's."""
    a, b = extract("Luật Khoa học số 93/2025/QH15 ngày 27/6/2025 bổ sung vào Điều 4 (thu nhập miễn\nthuế) của "
                   "Luật Thuế thu nhập cá nhân quy định:")
    assert links_of(a) == [(Relation.AMENDS, b.start)]


def test_a_change_joined_by_and_after_the_provisions_of_the_one_before() -> None:
    """"- Sửa đổi, bổ sung các điểm c, k, l và o và bổ sung điểm s vào sau điểm r khoản 3 Điều 4
    Nghị định B": both verbs are the reported document's."""
    text = ("Nghị định 306/2025/NĐ-CP sửa đổi Nghị định 156/2020/NĐ-CP như sau:\n\n"
            "- Sửa đổi, bổ sung điểm a khoản 2 Điều 4 Nghị định 156/2020/NĐ-CP:\n\nĐiều 4. Hình thức xử phạt\n\n"
            "- Sửa đổi, bổ sung các điểm c, k, l và o và bổ sung điểm s vào sau điểm r khoản 3 Điều 4 "
            "Nghị định 156/2020/NĐ-CP:\n\nĐiều 4. Hình thức xử phạt")
    found = extract(text)
    assert [link.target for link in found[0].links] == [m.start for m in found[1:]]


def test_a_list_carried_out_with_no_document_before_its_cue() -> None:
    """"1. Các địa phương … tổ chức thực hiện nghiêm Luật A; Thông tư B ngày … quy định X; Thông
    tư C ngày …": no outer list stands before the cue, so C is carried out too."""
    text = ("1. Các địa phương, đơn vị tiếp tục quán triệt, tổ chức thực hiện nghiêm Luật NVQS năm 2015; Thông tư số "
            "148/2018/TT-BQP ngày 04 tháng 10 năm 2018 của Bộ trưởng Bộ Quốc phòng quy định tuyển chọn; Thông tư số "
            "105/2023/TT-BQP ngày 06 tháng 12 năm 2023 của Bộ trưởng Bộ Quốc phòng quy định tiêu chuẩn sức khỏe.")
    assert [m.relation for m in extract(text)] == [Relation.IMPLEMENTS] * 3


def test_a_title_goes_on_past_an_acronym_wrapped_onto_the_next_line() -> None:
    """"… về việc đề nghị không tính vào thu nhập chịu thuế thu nhập cá nhân⏎(TNCN) đối với …",
    wrapped at a fixed width: the aside is in the title, which goes on."""
    text = ("Cục Thuế nhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025 của Ban Tuyên giáo và Dân vận\n"
            "Trung ương về việc đề nghị không tính vào thu nhập chịu thuế thu nhập cá nhân\n"
            "(TNCN) đối với các khoản thu nhập từ tiền lương, tiền công của cá nhân từ thực\n"
            "hiện nhiệm vụ khoa học. Về vấn đề này, Cục Thuế có ý kiến như sau:")
    [m] = extract(text)
    assert m.title is not None
    assert m.title.endswith("thực hiện nhiệm vụ khoa học")


def test_the_central_body_of_an_organisation_is_read_whole() -> None:
    """"của Trung ương Hội Liên hiệp Thanh niên Việt Nam về việc …": the issuer goes on past
    "Trung ương" to the organisation it heads, and the title follows."""
    [m] = extract("Hướng dẫn 02-HD/TWH ngày 27/6/2025 của Trung ương Hội Liên hiệp Thanh niên Việt Nam về việc "
                  "sắp xếp tổ chức của Hội.")
    assert (m.issuer_name, m.title) == ("Trung ương Hội Liên hiệp Thanh niên Việt Nam", "sắp xếp tổ chức của Hội")
    [m] = extract("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Trung ương về đột phá.")
    assert m.issuer_name == "Trung ương"


def test_a_numbered_basis_may_name_its_document_further_in() -> None:
    """"Căn cứ pháp lý:⏎1. Nghị quyết A;⏎2. Điều lệ Hội (QĐ số B, ngày …);⏎3. Hướng dẫn C":
    the numbered list goes on; B and C are bases too."""
    text = ("**I. CĂN CỨ PHÁP LÝ:**\n\n1. Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương;\n\n"
            "2. Điều lệ Hội Liên hiệp Thanh niên Việt Nam (QĐ số 574/QĐ-BNV, ngày 06/6/2025 của Bộ Nội vụ);\n\n"
            "3. Hướng dẫn 02-HD/TWH ngày 27/6/2025 của Trung ương Hội về việc sắp xếp tổ chức.\n\n"
            "**II. SỰ CẦN THIẾT**\n\nThực hiện chủ trương của Đảng.")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON] * 3


def test_a_government_portal_s_date_in_a_wiki_citation_is_the_document_s() -> None:
    """'"Nghị quyết số A về việc …".*Cổng thông tin điện tử Quốc hội*. ngày …': the portal
    publishes documents; the date is the document's (a newspaper's is the article's)."""
    [m] = extract('**^**"Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh".*Cổng thông tin '
                  'điện tử Quốc hội Việt Nam*. ngày 12 tháng 6 năm 2025. Bản gốc lưu trữ ngày 7 tháng 7 năm 2025.')
    assert m.date == dt.date(2025, 6, 12)
    [m] = extract('**^**"Quốc hội thông qua Nghị quyết số 202/2025/QH15".*Báo điện tử Chính phủ*. ngày 13 tháng 6 '
                  'năm 2025.')
    assert m.date is None


def test_in_the_course_of_carrying_out_is_no_carrying_out() -> None:
    """"Trong tiến trình thực hiện Nghị quyết A, Chủ tịch nước đã ký Lệnh B": said of the course
    of events, not what the text carries out."""
    a, _ = extract("Trong tiến trình thực hiện Nghị quyết số 15 của Quốc hội khóa XII ngày 16 tháng 7 năm 2008, "
                   "Chủ tịch nước đã ký Lệnh số 16/2008/L-CTN.")
    assert a.relation is Relation.MENTIONS


def test_a_document_cited_at_a_long_pinpoint_is_content_not_a_basis() -> None:
    """"Căn cứ vào quy mô …, việc phân tích … theo quy định tại điểm e khoản 3 Điều 10 và khoản
    1 Điều 56 Luật A": the basis ended at the comma; the law is cited for what it prescribes."""
    [m] = extract("Căn cứ vào quy mô, tính chất gói thầu, việc phân tích thị trường bao gồm khả năng tổ chức lựa chọn "
                  "nhà thầu theo quy định tại điểm e khoản 3 Điều 10 và khoản 1 Điều 56 Luật Đấu thầu 2023.")
    assert m.relation is Relation.MENTIONS


def test_a_year_glued_to_a_laws_name_is_its_year() -> None:
    """"Luật Nhà ở2023": a typo leaves out the space; the year still names which law."""
    glued, spaced = extract("Điều 163 Luật Nhà ở2023; và Luật Nhà ở 2023")
    assert (glued.text, glued.year) == ("Luật Nhà ở2023", 2023)
    assert glued.to_dict(source="x")["year"] == spaced.to_dict(source="x")["year"] == 2023


def test_guidance_right_after_a_document_named_with_its_year() -> None:
    """"Công văn A năm 2025 hướng dẫn triển khai chính sách … tại Nghị định B": A guides B; what
    it guides carrying out is no act of the text."""
    a, b = extract("Bộ Tài chính ban hành Công văn 6714/BTC-TCCB năm 2025 hướng dẫn triển khai chính sách nghỉ hưu "
                   "tại Nghị định 178/2024/NĐ-CP.")
    assert links_of(a) == [(Relation.GUIDES, b.start)]
    assert b.relation is Relation.MENTIONS


def test_what_a_basis_prescribes_about_is_content() -> None:
    """"Căn cứ Công văn A năm 2025 quy định về triển khai … nội dung của Nghị định B": B is what
    A is about; but an amending document named after it is a basis too."""
    a, b = extract("Căn cứ theo Công văn 481/BTP-HTQTCT năm 2025 quy định về triển khai các nội dung chỉ đạo Sở Tư "
                   "pháp phối hợp với các Sở, ngành liên quan phổ biến, quán triệt nội dung của Nghị định "
                   "07/2025/NĐ-CP như sau:")
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.MENTIONS)
    a, b = extract("Căn cứ Thông tư số 21/2023/TT-BTTTT quy định về chức năng của Hệ thống thông tin được sửa đổi, bổ "
                   "sung bởi Thông tư số 11/2025/TT-BKHCN;")
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.BASED_ON)


def test_who_recommends_at_a_report_is_no_issuer() -> None:
    """"Căn cứ kiến nghị của Ủy ban Pháp luật tại Báo cáo số …": a recommendation's author, as
    "đề nghị của X tại Tờ trình" names a proposer."""
    [m] = extract("Căn cứ kiến nghị của Ủy ban Pháp luật tại Báo cáo số 3618/BC-UBPL15 ngày 17 tháng 12 năm 2024;")
    assert m.issuer_name is None


def test_a_title_ends_before_from_the_day_of_an_event() -> None:
    """"… sân bay kể từ ngày Ủy ban nhân dân tỉnh tiếp nhận tài sản": from when, not the title;
    "kể từ ngày 30 tháng 9" (a date) may stay in an appointment's title."""
    [m] = extract("Quyết định số 2007/QĐ-TTg về việc phê duyệt Đề án giao tài sản tại các cảng hàng không, sân bay kể "
                  "từ ngày Ủy ban nhân dân tỉnh tiếp nhận tài sản.")
    assert m.title == "phê duyệt Đề án giao tài sản tại các cảng hàng không, sân bay"


def test_a_title_in_brackets_right_after_the_document() -> None:
    """"Nghị định A (về Điều lệ tổ chức …) đã …": the aside holds the title."""
    [m] = extract("Điều lệ ban hành kèm theo Nghị định 26/2018/NĐ-CP (về Điều lệ tổ chức và hoạt động của Tập đoàn "
                  "Điện lực Việt Nam) đã đưa ra tên gọi.")
    assert m.title == "Điều lệ tổ chức và hoạt động của Tập đoàn Điện lực Việt Nam"


def test_a_subject_issuing_a_change_does_not_issue_what_it_changes() -> None:
    """"Bộ Tài chính đã ban hành Thông tư A sửa đổi … Thông tư B …; Thông tư C …; Thông tư D …":
    C and D are what A amends, not more of what the ministry issued; an item of a list that
    changes another is still one item ("các Nghị định của Chính phủ: số A …; số B … Sửa đổi …
    Nghị định số A …; số C …": C is the Government's)."""
    found = extract("Ngày 16/6/2025, Bộ Tài chính đã ban hành Thông tư 41/2025/TT-BTC sửa đổi, bổ sung một số điều của "
                    "Thông tư 123/2014/TT-BTC hướng dẫn vận hành TABMIS; Thông tư 18/2020/TT-BTC hướng dẫn đăng ký tài "
                    "khoản; Thông tư 324/2016/TT-BTC quy định hệ thống mục lục ngân sách nhà nước.")
    assert [m.issuer_name for m in found] == ["Bộ Tài chính", None, None, None]
    found = extract("Hoạt động được thực hiện theo quy định tại các Nghị định của Chính phủ: số 156/2018/NĐ-CP ngày 16 "
                    "tháng 11 năm 2018 Quy định chi tiết Luật Lâm nghiệp; số 91/2024/NĐ-CP ngày 18 tháng 7 năm 2024 "
                    "Sửa đổi, bổ sung một số điều của Nghị định số 156/2018/NĐ-CP; số 58/2024/NĐ-CP ngày 24 tháng 5 "
                    "năm 2024 "
                    "về chính sách đầu tư trong lâm nghiệp.")
    assert found[-1].issuer_name == "Chính phủ"


@pytest.mark.parametrize("again", ["Thông tư 24/2025/TT-BTP", "Thông tư 24"])
def test_the_same_document_after_its_basis_is_the_main_clause_s_subject(again: str) -> None:
    """"Căn cứ theo Điều 7 Thông tư A, Thông tư A … có hiệu lực …": named again after the comma
    (in full or short), A opens the main clause; it is not listed twice as a basis."""
    a, b = extract(f"Căn cứ theo Điều 7 Thông tư 24/2025/TT-BTP, {again} sửa đổi các thông tư lĩnh vực "
                   "tổ chức cán bộ có hiệu lực từ ngày 01/7/2025.")
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.MENTIONS)


def test_a_short_reference_before_a_dash_and_a_word() -> None:
    """"… theo Nghị định 118 - Mẫu MBB02": a dash between words; a spaced symbol is still read whole."""
    assert [(m.text, m.kind) for m in extract("Mẫu Biên bản làm việc theo Nghị định 118 - Mẫu MBB02; Quyết định "
                                               "số 100 - TTg về X.")] == [
        ("Nghị định 118", Kind.SHORT), ("Quyết định số 100 - TTg", Kind.REFERENCE)]


def test_after_changing_a_law_is_a_time_not_an_act() -> None:
    """"Sau khi sửa đổi, bổ sung Luật A thì …": when something happens, not a change the text makes."""
    _, m = extract("Số: 1339/NQ-UBTVQH15\n\n**NGHỊ QUYẾT**\n\n[1] Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì "
                   "nội dung này sẽ do Ủy ban Kinh tế thực hiện.")
    assert m.relation is Relation.MENTIONS


def test_a_cue_acting_on_an_anaphor_acts_on_nothing_after_it() -> None:
    """"… tham gia thực hiện Kế hoạch này phải tuân thủ … quy định an toàn trong Phương án A":
    what is carried out is this plan; A is cited for its rules."""
    found = extract("Tất cả lực lượng tham gia thực hiện Kế hoạch này phải tuân thủ nghiêm quy định an toàn trong "
                    "Phương án 02600/PA-UBND; không để xảy ra tai nạn.")
    assert found[-1].relation is Relation.MENTIONS


def test_grounds_for_calculating_under_a_law_are_no_basis() -> None:
    """"## Căn cứ tính tiền thuê đất theo quy định Luật Đất đai 2024": the grounds for
    calculating, a noun; the law is cited for what it prescribes."""
    [m] = extract("## Căn cứ tính tiền thuê đất theo quy định Luật Đất đai 2024\n\nTiền thuê đất được tính như sau.")
    assert m.relation is Relation.MENTIONS


def test_what_an_annex_is_about_is_not_the_document_s_title() -> None:
    """"Phụ lục II Thông tư A về …": the clause is the annex's subject, as after an article."""
    [m] = extract("Tải về Phụ lục II Thông tư 99/2025/TT-BTC về hệ thống tài khoản kế toán doanh nghiệp")
    assert m.title is None


def test_a_question_s_last_clause_asking_what_is_no_title() -> None:
    """"Nghị quyết A về X, môi trường kinh doanh cần đạt yêu cầu gì?": the question's clause."""
    [m] = extract("Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân, môi trường kinh doanh cần đạt yêu cầu gì?")
    assert m.title == "phát triển kinh tế tư nhân"


def test_a_title_goes_on_past_a_year_wrapped_after_nam() -> None:
    """"… tầm nhìn đến năm⏎2050, kế hoạch …": the year "năm" names opens the next line; the list
    then goes on to the next decision, which keeps the subject stated before the list."""
    a, b = extract("Thực hiện theo các Quyết định của Thủ tướng Chính\nphủ: Quyết định số 326/QĐ-TTg ngày 09/3/2022\n"
                   "về phân bổ chỉ tiêu sử dụng đất quốc gia thời kỳ 2021-2030, tầm nhìn đến năm\n2050, kế hoạch sử "
                   "dụng đất 05 năm 2021-2025 và Quyết định số 227/QĐ-TTg ngày 12/3/2024 về điều chỉnh chỉ tiêu.")
    assert a.title is not None
    assert a.title.endswith("kế hoạch sử dụng đất 05 năm 2021-2025")
    assert b.issuer_name == "Thủ tướng Chính phủ"


def test_documents_numbered_in_a_bracket_after_their_kind_and_issuer() -> None:
    """"Các Nghị định của Chính phủ quy định chi tiết … (Số A …, số B … sửa đổi … Nghị định số A
    và số C …)": the listed items are the Government's; a document an item's words name is not
    given it."""
    found = extract("*Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số "
                    "37/2019/NĐ-CP ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một số điều của "
                    "Nghị định số 37/2019/NĐ-CP và số 22/2025/NĐ-CP ngày 11/02/2025);*")
    refs = [m for m in found if m.kind is Kind.REFERENCE]
    assert [m.issuer_name for m in refs] == ["Chính phủ", "Chính phủ", None, "Chính phủ"]


def test_a_wiki_citation_with_its_title_in_italics() -> None:
    """'Chủ tịch nước (ngày 14 tháng 6 năm 1955).*Sắc lệnh số A về …*': the author issued it that
    day, as with a quoted title."""
    [m] = extract("**^**Chủ tịch nước (ngày 14 tháng 6 năm 1955).*Sắc lệnh số 234/SL về vấn đề tôn giáo*.**^**")
    assert (m.date, m.issuer_name) == (dt.date(1955, 6, 14), "Chủ tịch nước")


def test_a_title_goes_on_to_a_bold_name_after_a_word_that_cannot_end_it() -> None:
    """"… về việc đổi tên Viện … thành⏎**Viện …**": the name, in bold on the next line, is in the
    title; an italic line after a heading ("… CHO SỞ CÔNG THƯƠNG⏎*Căn cứ …") is not."""
    [m] = extract("Ngày 22 tháng 5 năm 1993, Chính phủ ban hành Nghị định số 23/CP về việc thành lập\n"
                  "**Trung tâm Khoa học xã hội** trên cơ sở Viện.")
    assert m.title == "thành lập Trung tâm Khoa học xã hội trên cơ sở Viện"
    found = extract("Số: 38/2025/QĐ-UBND\n\n**QUYẾT ĐỊNH**\nVỀ VIỆC PHÂN CẤP CHO SỞ CÔNG THƯƠNG\n*Căn cứ Nghị định số "
                    "146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;*")
    assert found[-1].relation is Relation.BASED_ON


def test_a_law_listed_after_a_body_s_letter_is_not_that_body_s() -> None:
    """"Sở Nội vụ … có Công văn A về …, Luật B": a Sở issues no law; the National Assembly's
    laws listed after "Quốc hội đã thông qua" are still its."""
    _, law = extract("Sở Nội vụ tỉnh Đồng Nai có Công văn 5926/SNV-LĐ năm 2025 về việc báo cáo tình hình thực hiện "
                     "pháp luật lao động, Luật An toàn, vệ sinh lao động năm 2025.")
    assert law.issuer_name is None
    found = extract("Quốc hội đã thông qua Luật Đất đai 2024 và Luật Nhà ở 2023.")
    assert [m.issuer_name for m in found] == ["Quốc hội", "Quốc hội"]


def test_a_place_named_thanh_is_no_verb_carrying_a_title_over_a_line() -> None:
    """"… và Giang_Thành,⏎Quyết_định :" (word-segmented): a name, not the verb "thành"; the title
    ends with its line."""
    [m] = extract("Theo đề_nghị của Giám_đốc Sở Tài_chính tại Tờ_trình số 387/TTr-STC ngày 09 tháng 12 năm 2009 về "
                  "việc quy_định tỷ_lệ phân_chia đối_với huyện Vĩnh_Thuận và Giang_Thành,\nQuyết_định :\nĐiều 1 .")
    assert m.title is not None
    assert m.title.endswith("Giang Thành")


def test_changes_a_document_holds_are_a_noun() -> None:
    """"Thông tư A có một số sửa đổi, bổ sung sau:": the changes it holds, no act on what follows;
    "Nghị định A có bổ sung Điều 6 Nghị định B" (stressing the verb) amends B."""
    found = extract("**(6) Đối với các điều của Chương VI Thông tư 12/2025/TT-BXD có một số sửa đổi, bổ sung sau:**\n\n"
                    "+ Bổ sung khoản 5 quy định các trường hợp phải khảo sát quy định tại điểm a khoản 4 Điều 52 Luật "
                    "Trật tự, an toàn giao thông đường bộ 2024 thì được quy định cụ thể.")
    assert [m.links for m in found] == [(), ()]
    a, b = extract("Theo đó, tại khoản 5 Điều 1 Nghị định 205/2025/NĐ-CP có bổ sung Điều 6 Nghị định 111/2015/NĐ-CP.")
    assert links_of(a) == [(Relation.AMENDS, b.start)]


def test_an_issuer_ends_before_into_and_a_colon() -> None:
    """"… của Chủ tịch UBND tỉnh thành: “…”": (adjusted) into what the colon brings; a place
    named "… Thành" stays in the name."""
    [m] = extract("Điều chỉnh khoản 3 Điều 1 Quyết định số 3936/QĐ-UBND ngày 12/12/2024 của Chủ tịch UBND tỉnh thành: "
                  "“Giao đất”.")
    assert m.issuer_name == "Chủ tịch UBND tỉnh"
    [m] = extract("Quyết định 12/QĐ-UBND của Hội Nông dân xã Vĩnh Thành: nội dung")
    assert m.issuer_name == "Hội Nông dân xã Vĩnh Thành"


def test_carrying_out_provisions_listed_with_semicolons() -> None:
    """"(thực hiện điểm a, điểm đ khoản 5; khoản 6 Điều 21 Luật Thủ đô)": the provisions listed,
    ";" and all, are the law's; the law is carried out."""
    [m] = extract("Nghị quyết quy định một số nội dung, mức chi trong lĩnh vực văn hóa (thực hiện điểm\na, điểm đ "
                  "khoản 5; khoản 6 Điều 21 Luật Thủ đô), gồm:")
    assert m.relation is Relation.IMPLEMENTS


def test_a_basis_cited_above_leaves_the_main_clause_s_documents_alone() -> None:
    """"Căn cứ các quy định nêu trên, từ 01/07/2022, thực hiện … theo Nghị định A": the basis was
    cited before; A is named in the main clause. "Căn cứ quy định trên của Nghị quyết B" and
    "… trên và Nghị định C" still rest on B and C."""
    [m] = extract("Căn cứ các quy định nêu trên, từ 01/07/2022, thực hiện áp dụng hóa đơn điện tử theo Nghị định số "
                  "123/2020/NĐ-CP, theo đó khi xuất khẩu hàng hóa.")
    assert m.relation is Relation.MENTIONS
    text = "căn cứ theo quy định trên của Nghị quyết 198/2025/QH15 thì doanh nghiệp được miễn thuế"
    found = [m for m in extract(text) if m.kind is Kind.REFERENCE]
    assert [m.relation for m in found] == [Relation.BASED_ON]


def test_a_change_not_yet_made_links_nothing() -> None:
    """"… vẫn chưa có bất kỳ thông tin, văn bản hoặc dự thảo nào về việc ban hành Luật A mới để
    thay thế cho Luật A 2015": no such law, no replacement."""
    found = extract("Hiện nay vẫn chưa có bất kỳ thông tin, văn bản hoặc dự thảo nào về việc ban hành Luật nghĩa vụ "
                    "quân sự mới để thay thế cho Luật Nghĩa vụ quân sự 2015.")
    assert [m.links for m in found] == [(), ()]


def test_what_expires_is_listed_when_the_document_saying_so_stands_before_the_cue() -> None:
    """"tại Điều 37 Thông tư A quy định 7 Thông tư hết hiệu lực … kể từ ngày Thông tư A có hiệu
    lực …, cụ thể như sau:⏎(1) Thông tư B …": A does not expire by its own entry into force; the
    listed circulars do."""
    text = ("Theo đó, tại Điều 37 Thông tư 37/2025/TT-BCA quy định 7 Thông tư hết hiệu lực về công tác PCCC kể từ "
            "ngày Thông tư 37/2025/TT-BCA có hiệu lực thi hành (1/7/2025), cụ thể như sau:\n\n"
            "(1) Thông tư 139/2020/TT-BCA ngày 23 tháng 12 năm 2020 của Bộ trưởng Bộ Công an quy định về chữa cháy;\n\n"
            "(2) Thông tư 140/2020/TT-BCA ngày 23 tháng 12 năm 2020 của Bộ trưởng Bộ Công an quy định về cứu hộ;")
    found = extract(text)
    assert [link.target for link in found[1].links] == [found[2].start, found[3].start]


def test_a_title_after_articles_listed_by_number_is_held() -> None:
    """"Căn cứ quy định tại Điều 104 và 105 Nghị định A về …": the clause says what the articles
    are about."""
    for articles in ("Điều 104 và 105", "Điều 104, 105"):
        [m] = extract(f"Căn cứ quy định tại {articles} Nghị định 131/2021/NĐ-CP về chế độ miễn tiền sử dụng đất "
                      "như sau:")
        assert m.title is None


def test_a_province_named_with_a_dash() -> None:
    """"của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về …": the name goes on past the dash, and the
    title follows."""
    m = extract("Quyết định số 1179/QĐ-UBND ngày 15/5/2023 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về ban hành "
                "Kế hoạch thực hiện Đề án trên địa bàn tỉnh;")[0]
    assert (m.issuer_name, m.title) == ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
                                        "ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh")


def test_tasks_listed_under_giving_them_to_a_body_carry_nothing_out() -> None:
    """"- Giao Ủy ban nhân dân Thành phố:⏎⏎+ Tổ chức triển khai thực hiện Nghị quyết A;⏎⏎+ Xác
    định … thực hiện Nghị quyết A …": each item is a task the body is given, not the text's act."""
    text = ("Điều 13 Nghị quyết 69/2025/NQ-HĐND nêu các trách nhiệm như sau:\n\n- Giao Ủy ban nhân dân Thành phố:\n\n"
            "+ Tổ chức triển khai thực hiện Nghị quyết 69/2025/NQ-HĐND;\n\n"
            "+ Xác định khu vực cần cải tạo để bảo đảm nguồn lực thực hiện Nghị quyết 69/2025/NQ-HĐND hiệu quả;")
    assert [m.relation for m in extract(text)] == [Relation.MENTIONS] * 3


def test_a_timeline_s_day_before_a_document_named_with_its_issuer_or_title() -> None:
    """"Ngày 27 tháng 8 năm 1988, quyết định 136-HĐBT của Hội đồng Bộ trưởng về việc …": the day
    is the document's; not the day it took effect ("Ngày 12/11/2013, nghị định A về … có hiệu
    lực …"), nor what happened that day to a document named alone."""
    [m] = extract("Ngày 27 tháng 8 năm 1988, quyết định 136-HĐBT[5] của Hội Đồng bộ trưởng về việc: chia huyện")
    assert m.date == dt.date(1988, 8, 27)
    [m] = extract("Ngày 12/11/2013, nghị định số 110/2013/NĐ-CP về xử phạt vi phạm hành chính có hiệu lực đã bỏ quy "
                  "định.")
    assert m.date is None
    [m] = extract("Ngày 1/7/2025, Nghị định 65/2000/NĐ-CP có hiệu lực.")
    assert m.date is None


def test_a_place_name_ends_before_a_title_s_verb() -> None:
    """"… của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y tế …": a list of decisions each
    with its title unmarked; the verb opens the title, not the place's name."""
    for verb in ("Thành lập trạm y tế", "Cho phép thành lập", "Ban\nhành quy định", "Tách phòng"):
        text = f"Quyết định số 53/2002/QĐ-UB ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước {verb} xã"
        m = extract(text)[0]
        assert m.issuer_name == "Ủy ban nhân dân tỉnh Bình Phước"


def test_a_change_asked_about_is_not_stated() -> None:
    """"Thông tư A có bị thay thế bởi Thông tư B không?": asked; "Thông tư B thay thế Thông tư A từ
    khi nào?" states it."""
    found = extract("Thông tư 133/2016/TT-BTC có bị thay thế bởi Thông tư 99/2025/TT-BTC không?")
    assert [m.links for m in found] == [(), ()]
    b, a = extract("Thông tư 99/2025/TT-BTC thay thế Thông tư 133/2016/TT-BTC từ khi nào?")
    assert links_of(b) == [(Relation.REPLACES, a.start)]


def test_a_title_ends_before_the_head_of_a_body_opening_the_main_clause() -> None:
    """"… theo quy định tại Nghị định A về chế độ tiền thưởng, người đứng đầu cơ quan … quyết
    định …": the head of the body is the main clause's subject."""
    [m] = extract("Đồng thời, theo quy định tại Nghị định 73/2024/NĐ-CP về chế độ tiền thưởng, người đứng đầu cơ quan "
                  "có thẩm quyền quản lý quyết định mức thưởng.")
    assert m.title == "chế độ tiền thưởng"


def test_what_expires_is_listed_after_a_colon_in_one_run_of_text() -> None:
    """"Các Nghị quyết … sau đây hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành: số A
    ngày … về …; số B ngày … về …": each is repealed, though the list does not open a line."""
    text = ("Số: 5/2025/NQ-HĐND\n\nCác Nghị quyết của Hội đồng nhân dân Thành phố sau đây hết hiệu lực kể từ ngày "
            "Nghị quyết này có hiệu lực thi hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013 về cơ chế tài chính; "
            "số 14/2016/NQ-HĐND ngày 06 tháng 12 năm 2016 về học phí.")
    found = [m for m in extract(text) if m.kind is Kind.REFERENCE and not m.is_self]
    assert [m.relation for m in found] == [Relation.REPEALS, Relation.REPEALS]


def test_a_decree_s_name_listing_a_change_after_a_semicolon_holds_a_reference() -> None:
    """"Nghị định A … về tổ chức quản lý …; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định
    B …": the name goes on past ";" with what A changes, and names B: no title."""
    found = extract("Thông tư 97/2025/TT-BTC hướng dẫn hỗ trợ kinh phí quy định tại khoản 1 Điều 7 Nghị định "
                    "16/2023/NĐ-CP ngày 25 tháng 4 năm 2023 của Chính phủ về tổ chức quản lý doanh nghiệp quốc phòng; "
                    "sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định 47/2021/NĐ-CP ngày 01 tháng 4 năm 2021.")
    assert found[1].title is None


def test_guiding_the_use_of_articles_named_with_what_they_are_about() -> None:
    """"Nghị quyết A hướng dẫn áp dụng Điều 150 về tội mua bán người và Điều 151 về … của Bộ luật
    Hình sự": the articles, each with what it is about, are the code's; A guides it."""
    a, b = extract("[10] - Nghị quyết 02/2019/NQ-HĐTP hướng dẫn áp dụng Điều 150 về tội mua bán người và Điều 151 về "
                   "tội mua bán người dưới 16 tuổi của Bộ luật Hình sự")
    assert links_of(a) == [(Relation.GUIDES, b.start)]


def test_a_numbered_tax_office_issues_what_it_issued() -> None:
    """"Ngày 02/12/2025, Thuế cơ sở 11 thành phố Hà Nội đã ban hành Công văn A …": the office's
    number is part of its name."""
    [m] = extract("Ngày 02/12/2025, Thuế cơ sở 11 thành phố Hà Nội đã ban hành Công văn 16364/TCS11-QLDN2 năm 2025 về "
                  "phòng ngừa giả mạo.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 12, 2), "Thuế cơ sở 11 thành phố Hà Nội")


def test_a_title_ends_before_where_in_emphasis() -> None:
    """"… về tiêu chuẩn của đơn vị hành chính, tại *Điều 1*, *Mục 1: …*": where, not the title."""
    text = ("Theo Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về tiêu "
            "chuẩn của đơn vị hành chính, tại *Điều 1*, *Mục 1: Tiêu chuẩn* thì một tỉnh cần phải")
    [m] = extract(text)
    assert m.title == "tiêu chuẩn của đơn vị hành chính"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Ép buộc người làm kế toán thực hiện công việc kế toán không đúng với quy định Luật Kế toán 2015.",
         Relation.MENTIONS),
        ("Ngân hàng điều chỉnh nội dung hoạt động được phép thực hiện phù hợp với quy định của Luật Các tổ chức tín "
         "dụng 2024.", Relation.MENTIONS),
        ("Các đơn vị thực hiện các quy định của Luật Kế toán 2015.", Relation.IMPLEMENTS),
    ],
)
def test_carrying_out_against_a_documents_provisions_is_no_implementing(text: str, relation: Relation) -> None:
    """"thực hiện <an act> không đúng với quy định <doc>": the document is the standard the act is
    held against, as after "theo quy định"; carrying out its provisions implements it."""
    [m] = extract(text)
    assert m.relation is relation


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        ("Căn cứ theo Mục II Kế hoạch 0205/KH-UBND 2025, nội dung của Kế hoạch 0205/KH-UBND triển khai lập điều "
         "chỉnh Quy hoạch tỉnh được quy định như sau:", ["based_on", "mentions"]),
        ("Căn cứ Điều 5 Nghị định 1/2020/NĐ-CP, khoản 2 Điều 7 Nghị định 1/2020/NĐ-CP, Sở Tài chính đề nghị:",
         ["based_on", "based_on"]),
    ],
)
def test_a_basis_named_again_a_few_words_after_its_comma_is_the_subject(text: str, relations: list[str]) -> None:
    """"Căn cứ Mục II Kế hoạch A, nội dung của Kế hoạch A …": the main clause's subject; another
    provision of the same document after the comma is one more basis."""
    assert [m.relation.value for m in extract(text)] == relations


@pytest.mark.parametrize(
    ("text", "date"),
    [("Theo Quyết định số 62/QĐ-TW của Ban Bí thư Trung ương Đảng 25/8/1988, Đảng đoàn được thành lập.",
      dt.date(1988, 8, 25)),
     ("Sắc lệnh 122/SL của Chủ tịch Hồ Chí Minh 11/07/1950", dt.date(1950, 7, 11))],
)
def test_a_date_with_no_ngay_right_after_the_issuer(text: str, date: dt.date) -> None:
    """"… của Ban Bí thư Trung ương Đảng 25/8/1988": the date follows the issuer as it may the symbol."""
    [m] = extract(text)
    assert m.date == date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a change not pinpointed: the title ends where how the change goes begins
        ("Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ về quy định tổ chức các cơ quan "
         "chuyên môn thuộc UBND tỉnh theo hướng tăng số lượng cơ quan chuyên môn cấp xã.",
         "quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh"),
        # a provision changed, though the document is dated: what the provision is about
        ("Nghị định số 209/2025/NĐ-CP sửa đổi, bổ sung điểm b khoản 2 Điều 4 Nghị định số 78/2020/NĐ-CP ngày 06/7/2020 "
         "về tiêu chuẩn cụ thể tuyển chọn đào tạo sĩ quan dự bị theo hướng tăng độ tuổi của sinh viên.", None),
        # "điều chỉnh" is no article: "Kết luận 118 điều chỉnh Chỉ thị 35 về …" titles the directive
        ("Kết luận 118 điều chỉnh Chỉ thị 35 về đại hội đảng bộ các cấp tiến tới đại hội Đảng toàn quốc",
         "đại hội đảng bộ các cấp tiến tới đại hội Đảng toàn quốc"),
        ("Kết luận số 1-KL/TW về sắp xếp bộ máy theo hướng tinh gọn.", "sắp xếp bộ máy theo hướng tinh gọn"),
    ],
)
def test_a_changed_documents_title_ends_before_how_the_change_goes(text: str, title: str | None) -> None:
    """"sửa đổi (Điều 10) Nghị định A ngày … về X theo hướng Y": Y is the change, not the title."""
    assert extract(text)[-1].title == title


def test_a_document_named_in_how_a_change_goes_is_not_changed() -> None:
    """"… sửa đổi Điều 10 Nghị định B về … theo hướng … phù hợp với quy định của Nghị định C": A amends B only."""
    found = extract("Nghị định số 209/2025/NĐ-CP sửa đổi Điều 10 Nghị định số 78/2020/NĐ-CP ngày 06/7/2020 về "
                    "trình tự, thủ tục đăng ký theo hướng rút ngắn thời gian để phù hợp với quy định của Nghị định số "
                    "72/2023/NĐ-CP.")
    assert len(found) == 3
    assert links_of(found[0]) == [(Relation.AMENDS, found[1].start)]


def test_a_document_cited_by_what_it_does_is_not_the_last_of_its_type() -> None:
    """"… theo quy định tại Nghị định quy định chi tiết … Luật B" in a text on decree A: another
    decree, not cited by number, guides B; A does not. "Tại Nghị định sửa đổi … Nghị định C"
    opening a sentence still names A."""
    text = ("Chính phủ ban hành Nghị định số 198/2025/NĐ-CP quy định chi tiết Luật Phòng không nhân dân.\n\n"
            "Người được huy động hưởng phụ cấp như dân quân theo quy định tại Nghị định quy định chi tiết một số "
            "điều của Luật Dân quân tự vệ.\n\nTại Nghị định sửa đổi, bổ sung một số điều của Nghị định số "
            "155/2020/NĐ-CP quy định làm rõ trường hợp đại diện.")
    found = extract(text)
    assert [m.text for m in found] == ["Nghị định số 198/2025/NĐ-CP", "Luật Phòng không nhân dân",
                                       "Luật Dân quân tự vệ", "Nghị định số 155/2020/NĐ-CP"]
    assert links_of(found[0]) == [
        (Relation.GUIDES, found[1].start), (Relation.AMENDS, found[3].start)]
    assert found[2].relation is Relation.MENTIONS


def test_a_subjectless_change_is_said_of_the_mention_opening_the_sentence_before() -> None:
    """"Quyết định A có hiệu lực theo Quyết định B. Đồng thời, sửa đổi … Quyết định C": the change
    is A's, stated beside the A that opens the sentence before, not beside A's first mention."""
    text = ("Ngày 06/12/2025, UBND tỉnh Bắc Ninh ban hành Quyết định 1671/QĐ-UBND về việc công bố danh mục thủ tục "
            "hành chính nội bộ.\n\nQuyết định 1671/QĐ-UBND 2025 có hiệu lực theo Quyết định 2109/QĐ-BXD. Đồng thời, "
            "sửa đổi, bổ sung các thủ tục hành chính được công bố tại Phụ lục 10 ban hành kèm theo Quyết định "
            "1348/QĐ-UBND năm 2025 của UBND tỉnh Bắc Ninh.")
    first, again, _, changed = extract(text)
    assert (first.links, links_of(again)) == (
        (), [(Relation.AMENDS, changed.start)])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("**>>> Thông tư 99/2025/TT-BTC về chế độ kế toán doanh nghiệp áp dụng từ 01/01/2026**",
         "chế độ kế toán doanh nghiệp"),
        ("Nghị quyết 52/2025/NQ-HĐND về Bảng giá đất lần đầu để công bố và áp dụng từ ngày 01/01/2026 trên địa bàn "
         "TP Hà Nội.", "Bảng giá đất lần đầu để công bố và áp dụng từ ngày 01/01/2026 trên địa bàn TP Hà Nội"),
    ],
)
def test_a_headlines_title_ends_before_when_it_applies(text: str, title: str) -> None:
    """"… về X áp dụng từ 01/01/2026" (a headline, no "ngày"): when it applies; a title that says
    so itself ("… để công bố và áp dụng từ ngày …") keeps it."""
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Theo quy định tại Điều 14 Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông ban hành kèm "
         "theo Thông tư 30/2024/TT-BGDĐT về chế độ ưu tiên tuyển sinh trung học phổ thông như sau:", None),
        ("Theo quy định tại Điều 3 Điều lệ tổ chức và hoạt động của Tập đoàn Điện lực Việt Nam ban hành kèm theo Nghị "
         "định 26/2018/NĐ-CP (về Điều lệ tổ chức và hoạt động của Tập đoàn Điện lực Việt Nam) thì",
         "Điều lệ tổ chức và hoạt động của Tập đoàn Điện lực Việt Nam"),
    ],
)
def test_an_article_of_a_long_named_regulation_issued_with_a_document(text: str, title: str | None) -> None:
    """"Điều 14 Quy chế <eleven words> ban hành kèm theo Thông tư A về X": X is what the article is
    about; "(về …)" in an aside right after A is A's own title."""
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "symbol", "issuer"),
    [
        ("Theo quy định tại Phụ lục I Biểu mẫu sử dụng trong đăng ký doanh nghiệp do Bộ trưởng Bộ Tài chính ban hành "
         "Thông tư 68/2025/TT-BTC, cụ thể:", "68/2025/TT-BTC", "Bộ trưởng Bộ Tài chính"),
        ("Văn bản đề nghị theo mẫu do Bộ Công an ban hành tại Thông tư số 04/2015/TT-BCA ngày 05/01/2015.",
         "04/2015/TT-BCA", "Bộ Công an"),
        ("Thông tư 55/2021/TT-BCA hướng dẫn Luật Cư trú do Bộ trưởng Bộ Công an ban hành\n\nThông tư 66/2023/TT-BCA "
         "sửa đổi Thông tư 55/2021/TT-BCA", "66/2023/TT-BCA", None),
    ],
)
def test_what_a_body_issued_in_a_document_names_its_issuer(text: str, symbol: str, issuer: str | None) -> None:
    """"Biểu mẫu … do X ban hành (tại) Thông tư A": X issued A, as with "ban hành kèm theo"; not
    across a line break, where "do X ban hành" ends the line before's item."""
    [m] = [m for m in extract(text) if m.text.endswith(symbol)][:1]
    assert m.issuer_name == issuer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Theo quy định của Luật quan lý thuế thì", ["Luật quan lý thuế"]),
        ("và Luật các tô chức tín dụng năm 2024", ["Luật các tô chức tín dụng năm 2024"]),
        ("thuộc đối tượng của Bộ luật hình sư 2015", ["Bộ luật hình sư 2015"]),
        # one word after the type: a lost mark makes another word
        ("Ông là một luật gia nổi tiếng; Luật gia Việt Nam", []),
        ("còn gọi là luật Gia Long", []),
    ],
)
def test_a_known_law_with_some_marks_lost_is_found(text: str, found: list[str]) -> None:
    """OCR drops marks ("quan" for "quản", "tô" for "tổ"): a known name of two or more words
    after its type, spelled with some of its marks and none it lacks, is still that name."""
    assert [m.text for m in extract(text) if m.kind is Kind.NAMED] == found


def test_the_issuer_and_title_after_an_aside_naming_what_changed_the_document() -> None:
    """"Thông tư A ngày … (được sửa đổi, bổ sung tại Thông tư B …) của Bộ Tài chính về …": the
    body and the title after the aside are A's; B's context ends with the aside."""
    a, b = extract("Căn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 (được sửa đổi, bổ sung tại Thông tư số "
                   "39/2018/TT-BTC ngày 20/4/2018) của Bộ Tài chính về thủ tục hải quan;")
    assert (a.date, a.issuer_name, a.title) == (dt.date(2015, 3, 25), "Bộ Tài chính", "thủ tục hải quan")
    assert (b.date, b.issuer_name, b.title) == (dt.date(2018, 4, 20), None, None)
    assert links_of(b) == [(Relation.AMENDS, a.start)]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSé: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021\n\nV/v xử phạt",
         "2762 /TCT-PC"),
        ("TỔNG CỤC HẢI QUAN\n'số:435'7 /TCHQ-GSQL Hà Nội, ngày | Tháng 10 năm 2022\nKính gửi:", "7 /TCHQ-GSQL"),
        ("TỔNG CỤC THUẾ\n864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022\n", "864305 /TCT-KK"),
    ],
)
def test_a_scanned_letters_own_number_line(text: str, symbol: str) -> None:
    """A letter's number line as a scan reads it ("Số:" misread or lost, the place and date
    after the symbol on the same line) gives the text's own number."""
    [m] = extract(text)
    assert (m.text, m.is_self) == (symbol, True)


@pytest.mark.parametrize(
    ("text", "is_self"),
    [
        ("Đang tải văn bản...\n#\n**Số hiệu:**\n|\n6316/BVHTTDL-VP\n|\n|\n**Loại văn bản:**\n|\nCông văn\n", True),
        ("| Số hiệu: | 37/2025/TT-BXD |", True),
        ("Số hiệu tài khoản: 12/2025/TT-BTC\n", False),
        ("Căn cứ số hiệu: 12/2025/TT-BTC\n", False),
    ],
)
def test_a_law_librarys_number_field_is_the_texts_own_number(text: str, is_self: bool) -> None:
    """A law library's page opens with a table of the document's fields: the number under
    "Số hiệu:" is the text's own; a field of another name, or the words inside a sentence, is not."""
    [m] = extract(text)
    assert m.is_self is is_self


def test_an_aside_on_the_issuer_wrapped_over_two_lines() -> None:
    """"… của Bộ Nông nghiệp và PTNT (nay là Bộ Nông⏎nghiệp và Môi trường) về …": the aside
    wraps at a fixed width; the title after it is still the document's."""
    [m] = extract("Căn cứ Thông tư số 32/2014/TT-BNNPTNT ngày 10/9/2014 của Bộ Nông nghiệp và PTNT (nay là Bộ Nông\n"
                  "nghiệp và Môi trường) về quy định hoạt động quan trắc môi trường;")
    assert (m.issuer_name, m.title) == ("Bộ Nông nghiệp và PTNT", "quy định hoạt động quan trắc môi trường")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Áp dụng trên địa bàn theo Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp đơn vị hành chính cấp huyện, "
         "cấp xã của thành phố Huế giai đoạn 2023 - 2025: các xã Quảng Thọ, Quảng An",
         "sắp xếp đơn vị hành chính cấp huyện, cấp xã của thành phố Huế giai đoạn 2023 - 2025"),
        # a colon after a count is the title's own
        ("Nghị định số 58/2003/NĐ-CP về việc chia xã Tạ An Khương thuộc huyện Ngọc Hiển thành 4 xã: Tạ An Khương, "
         "Tân Mỹ.", "chia xã Tạ An Khương thuộc huyện Ngọc Hiển thành 4 xã: Tạ An Khương, Tân Mỹ"),
    ],
)
def test_a_title_ends_at_a_colon_after_its_period(text: str, title: str) -> None:
    """"… giai đoạn 2023 - 2025: các xã …": what follows the colon says where the sentence
    applies the document."""
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Chi nhánh Công ty TNHH giao nhận hàng hóa F.D.I tại Hà Nội", "mã loại hình tờ khai"),
        ("Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM", "thực hiện quyền xuất khẩu"),
    ],
)
def test_a_branch_named_with_its_place_and_initials(body: str, title: str) -> None:
    """"của Chi nhánh Công ty … F.D.I tại Hà Nội về …": a company's initials keep their dots, and
    where a branch is belongs to its name; the title follows."""
    [m] = extract(f"Cục Hải quan nhận được công văn số 13/CV-FDI ngày 20/11/2025 của {body} về {title}.")
    assert (m.issuer_name, m.title) == (body, title)


def test_a_city_abbreviated_in_an_issuers_place() -> None:
    """"của Thuế TP. Hà Nội": the dot of "TP." does not end the issuer's name."""
    [m] = extract("Cục Thuế nhận được công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội, văn bản khác.")
    assert m.issuer_name == "Thuế TP. Hà Nội"


def test_a_basis_list_goes_on_after_a_semicolon_and_a_line_break_with_a_bare_so() -> None:
    """"Căn cứ các Nghị định của Chính phủ: số A …;⏎số B …": the type was stated before the list,
    and each item is a basis, however the lines wrap."""
    text = ("*Căn cứ các Nghị định của\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính;\n"
            "số 118/2025/NĐ-CP ngày 09/6/2025 về việc thực hiện thủ tục hành chính theo cơ chế một cửa;*\n"
            "*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017;*")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Công văn số 282/TTg-TKBT ngày 10/11/2025), Bộ trưởng giao:",
        # past a cue in what the direction is about, and the aside's line wrapped
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13 "
        "*(Công\nvăn số 282/TTg-TKBT ngày 10/11/2025)*, Bộ trưởng giao:",
    ],
)
def test_a_direction_carried_out_names_its_document_in_an_aside(text: str) -> None:
    """"Thực hiện ý kiến chỉ đạo của X (Công văn số A …)": the aside names the letter giving the
    direction, which the text carries out; another aside only labels what came before."""
    [m] = extract(text)
    assert m.relation is Relation.IMPLEMENTS
    [m] = extract("Thực hiện nhiệm vụ được giao (Công văn số 282/TTg-TKBT ngày 10/11/2025), Bộ trưởng giao:")
    assert m.relation is Relation.MENTIONS


def test_repealing_words_at_a_provision_of_a_document_repeals_part_of_it() -> None:
    """"Bãi bỏ cụm từ “…” tại điểm a khoản 1 Điều 3 Nghị quyết A": a partial repeal of A."""
    text = ("Số: 80/2025/NQ-HĐND\nĐiều 5. Bãi bỏ cụm từ “Công an cấp huyện” tại điểm a khoản 1 Điều 3 Nghị quyết số "
            "38/2024/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh.")
    assert [m.relation for m in extract(text) if not m.is_self] == [Relation.REPEALS]


@pytest.mark.parametrize(
    ("change", "relation"),
    [
        ("Sửa đổi, bổ sung tên chuyên đề số 2, số 4 tại điểm b khoản 3 Mục II của", Relation.AMENDS),
        ("Điều chỉnh nội dung “Danh mục các công trình, dự án gồm 89 dự án” tại khoản 1 Điều 1", Relation.AMENDS),
        # the document in bold
        ("Sửa đổi, bổ sung tên chuyên đề số 2, số 4 tại điểm b khoản 3 Mục II của **", Relation.AMENDS),
        # where something was changed before is no part the change acts on
        ("Bãi bỏ nội dung về thuế xuất khẩu được sửa đổi, bổ sung tại khoản 18 Điều 1", Relation.MENTIONS),
    ],
)
def test_changing_any_part_at_a_provision_of_a_document_changes_it(change: str, relation: Relation) -> None:
    """"Sửa đổi, bổ sung tên chuyên đề số 2, số 4 tại điểm b khoản 3 Mục II của Thông tư A": the
    part changed is named at length, then where it stands in A."""
    text = f"Số: 83/2025/TT-BQP\n{change} Thông tư số 39/2014/TT-BQP ngày 03/6/2014 của Bộ trưởng Bộ Quốc phòng."
    assert [m.relation for m in extract(text) if not m.is_self] == [relation]


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # a Q&A's answer opens with its basis
        ("**Hỏi: có phải đăng ký thuế không?**\nTrả lời: Căn cứ quy định của Điều 30 Luật Quản lý thuế “Người nộp "
         "thuế phải đăng ký thuế”.", [Relation.BASED_ON]),
        # "hướng dẫn tại <doc>" is the guidance in it: a basis like the law before it, not a document guided
        ("Căn cứ quy định tại khoản 7 Điều 17 Luật Quản lý thuế số 38/2019/QH14; hướng dẫn tại Công văn số "
         "828/TCT-KK và trên cơ sở dữ liệu, Cục Thuế đề nghị:", [Relation.BASED_ON, Relation.BASED_ON]),
        ("Căn cứ hướng dẫn tại Phụ lục II kèm theo Thông tư số 69/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính.",
         [Relation.BASED_ON]),
    ],
)
def test_an_answers_basis_and_guidance_at_a_document(text: str, relations: list[Relation]) -> None:
    assert [m.relation for m in extract(text)] == relations


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ngày 25 tháng 4 năm 2005, Nghị định 55/2005/NĐ-CP ban hành, thay thế Nghị định 46/2003/NĐ-CP.",
         dt.date(2005, 4, 25)),
        ("Lịch sử. Ngày 1 tháng 4 năm 1990, Pháp lệnh Thanh tra được ban hành.", dt.date(1990, 4, 1)),
        ("### Thanh tra Chính phủ\n\n[sửa | sửa mã nguồn]Ngày 25 tháng 4 năm 2005, Nghị định 55/2005/NĐ-CP ban "
         "hành.", dt.date(2005, 4, 25)),
        ("Ngày 18 tháng 3 năm 1967, Hiến pháp Việt Nam Cộng hòa 1967 được thông qua, thi hành chế độ tổng thống.",
         dt.date(1967, 3, 18)),
        # the document's own act, not its issue: no date
        ("Ngày 1/4/1990, Nghị định 5/CP ban hành Quy chế thanh tra.", None),
        ("Ngày 1/7/2025, Nghị định 55/2025/NĐ-CP có hiệu lực.", None),
    ],
)
def test_a_fronted_date_dates_the_document_issued_that_day(text: str, date: dt.date | None) -> None:
    """"Ngày …, <document> (được) ban hành": the clause opens with the day it was issued."""
    assert extract(text)[0].date == date


def test_signed_spelt_with_i_and_a_session_before_the_issuer() -> None:
    """"… kí ngày 14 tháng 8 năm 2012" dates the document as "ký ngày" does; "Đồng thời tại kỳ
    họp này Ủy ban Thường vụ Quốc hội đã ban hành Thông báo A": the body issued A."""
    [m] = extract("theo Quyết định số 96/QĐ-VKSTC-V9 kí ngày 14 tháng 8 năm 2012.")
    assert m.date == dt.date(2012, 8, 14)
    [m] = extract("Đồng thời tại kỳ họp này Ủy ban Thường vụ Quốc hội đã ban hành Thông báo số 165/TB-UBTVQH15 "
                  "về việc thực hiện quyền Chủ tịch nước.")
    assert m.issuer_name == "Ủy ban Thường vụ Quốc hội"


def test_a_page_titles_date_before_its_issuer_is_no_part_of_the_title() -> None:
    text = ("Công văn 11298/VPCP-KTTH về động lực tăng trưởng kinh tế trong những tháng cuối ngày 17/11/2025 do Văn "
            "phòng Chính phủ ban hành")
    [m] = extract(text)
    assert (m.title, m.date) == ("động lực tăng trưởng kinh tế trong những tháng cuối", dt.date(2025, 11, 17))


def test_an_exchange_rate_is_no_symbol() -> None:
    """"HK$7,8/USD", "MOP1,03/HKD": a figure with a decimal comma, glued to its currency, over a
    currency code; "số 98,99/QĐ-VKSTC" lists two numbers, the second a document."""
    assert extract("đô la Hồng Kông được ràng buộc với giá HK$7,8/USD, pataca với giá MOP1,03/HKD.") == []
    assert [m.canonical for m in extract("trao quyết định số 98,99/QĐ-VKSTC ngày 9/6/2015")] == ["99/QĐ-VKSTC"]


def test_what_amended_a_document_another_basis_amends_is_no_basis() -> None:
    """"Căn cứ khoản 3 Điều 1 Luật A sửa đổi … Luật B (đã được sửa đổi, bổ sung một số điều tại Luật
    C) quy định về …": the basis is A; B is what A amends and C what amended B, neither a basis.
    An amender of the basis itself still is one."""
    text = ("Căn cứ khoản 3 Điều 1 Luật số 106/2016/QH13 ngày 19/4/2016 sửa đổi, bổ sung khoản 1 Điều 13 Luật Thuế "
            "GTGT 13/2008/QH12 (đã được sửa đổi, bổ sung một số điều tại Luật số 31/2012/QH13) quy định về hoàn thuế;")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS, Relation.MENTIONS]
    text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, được sửa đổi bởi Luật số 87/2025/QH15;"
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON]


def test_a_passive_change_skips_a_document_of_the_other_system() -> None:
    """"Căn cứ Nghị quyết A của Chính phủ … thực hiện Nghị quyết 57-NQ/TW … được sửa đổi, bổ sung …
    tại Nghị quyết B của Chính phủ": the Government amends its own A, not the Party's resolution."""
    text = ("Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động "
            "của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về chuyển đổi "
            "số quốc gia được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm "
            "2025 của Chính phủ;")
    first, party, amender = extract(text)
    assert links_of(amender) == [(Relation.AMENDS, first.start)]
    assert (first.relation, party.relation, amender.relation) == (
        Relation.BASED_ON, Relation.MENTIONS, Relation.BASED_ON)


def _linked(found: list[Mention], canonical: str) -> list[tuple[Relation, Mention]]:
    """What the mention of ``canonical`` links to, in order: each link's relation and target."""
    acting = next(m for m in found if m.canonical == canonical)
    return [(link.relation, next(m for m in found if m.start == link.target)) for link in acting.links]


def _link_targets(found: list[Mention], canonical: str) -> list[str | None]:
    """The canonical symbols of what the mention of ``canonical`` links to, in order."""
    return [target.canonical for _, target in _linked(found, canonical)]


def test_what_an_item_details_ends_at_a_semicolon_before_the_next_item() -> None:
    """"…; Nghị định A … sửa đổi … Nghị định B … quy định chi tiết … Luật C; Nghị định D ngày …
    của Chính phủ …": D is the outer list's next item, not a second law B details (nor so a
    second decree A amends). A document the list cited already goes on with the item's words."""
    text = ("Các văn bản dẫn chiếu gồm: Luật Quản lý thuế; Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 "
            "của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế; Nghị định số 91/2022/NĐ-CP ngày 30 "
            "tháng 10 năm 2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP ngày 19 "
            "tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế; Nghị định số "
            "11/2020/NĐ-CP ngày 20 tháng 01 năm 2020 của Chính phủ quy định về thủ tục hành chính thuộc lĩnh vực Kho "
            "bạc Nhà nước;")
    assert _link_targets(extract(text), "91/2022/NĐ-CP") == ["126/2020/NĐ-CP"]
    # "số 187/2025 về sửa đổi … Nghị định số 78/2025 … hướng dẫn thi hành Luật …; số 79/2025 …": 79,
    # listed before, is no new item: 187 amends it too
    text = ("Căn cứ các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết Luật Ban hành văn "
            "bản quy phạm pháp luật; số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra văn bản quy phạm pháp luật; số "
            "187/2025/NĐ-CP ngày 01/7/2025 về sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày "
            "01/4/2025 quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn "
            "bản quy phạm pháp luật; số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra văn bản quy phạm pháp luật và số "
            "150/2025/NĐ-CP ngày 12/6/2025 quy định tổ chức các cơ quan chuyên môn;")
    found = extract(text)
    assert _link_targets(found, "187/2025/NĐ-CP") == ["78/2025/NĐ-CP", "79/2025/NĐ-CP"]
    assert found[-1].relation is Relation.BASED_ON


def test_a_nested_verbs_object_stays_with_it_unless_said_of_an_outer_object() -> None:
    """"…; Nghị định A … sửa đổi … Nghị định B … và Thông tư C … hướng dẫn thực hiện … Luật D …,
    Nghị định B …, Nghị định A …": C guides A; the later A is not moved to the decree's own verb
    (C was no object of A's, only coordinated after it)."""
    text = ("Các văn bản dẫn chiếu gồm: Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy "
            "định về hóa đơn, chứng từ; Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ sửa "
            "đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ "
            "quy định về hóa đơn, chứng từ và Thông tư số 32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ trưởng "
            "Bộ Tài chính hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị "
            "định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ, Nghị "
            "định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 sửa đổi, bổ sung một số điều của Nghị định số "
            "123/2020/NĐ-CP.")
    guided = [target for _, target in _linked(extract(text), "32/2025/TT-BTC")]
    assert guided[0].text == "Luật Quản lý thuế"
    assert "70/2025/NĐ-CP" in [m.canonical for m in guided]


def test_what_a_body_asks_about_a_provision_names_no_issuer() -> None:
    """"… vướng mắc của Công ty liên quan đến quy định tại Nghị định A": the company's question
    concerns what A prescribes; it issued nothing."""
    text = ("Đồng thời, vướng mắc của Công ty liên quan đến quy định tại Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 "
            "nên đề nghị Công ty liên hệ Bộ Công Thương.")
    [m] = extract(text)
    assert m.issuer_name is None


def test_a_date_mistyped_against_its_symbols_year_does_not_block_a_link() -> None:
    """"Thông tư A ngày 01/8/2011 … sửa đổi … Quy định … ban hành kèm theo Quyết định số
    33/2003/QĐ-BQP ngày 07/4/2023": the date's year contradicts the symbol's, a typo; the symbol
    dates the decision before the circular, which amends it. The date stays as written."""
    text = ("Thông tư số 139/2011/TT-BQP ngày 01/8/2011 của Bộ trưởng Bộ Quốc phòng sửa đổi, bổ sung một số điều "
            "của Quy định về khám bệnh, chữa bệnh ban hành kèm theo Quyết định số 33/2003/QĐ-BQP ngày 07/4/2023 "
            "của Bộ trưởng Bộ Quốc phòng;")
    circular, decision = extract(text)
    assert links_of(circular) == [(Relation.AMENDS, decision.start)]
    assert decision.date == dt.date(2023, 4, 7)


def test_an_aside_saying_per_what_names_no_object_or_agent() -> None:
    """"… thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ trong lĩnh vực đấu thầu (thực hiện theo
    Nghị quyết A …)": the procedures change per A; A is neither repealed nor an agent."""
    text = ("Số: 1609/QĐ-TTPVHCC\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, "
            "BÃI BỎ TRONG LĨNH VỰC ĐẤU THẦU (THỰC HIỆN THEO NGHỊ QUYẾT 66/NQ-CP NGÀY 26/3/2025 CỦA CHÍNH PHỦ)\n\n"
            "Quyết định 1609/QĐ-TTPVHCC năm 2025 công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ "
            "lĩnh vực Đấu thầu (thực hiện theo Nghị quyết 66/NQ-CP) thuộc phạm vi quản lý của Thành phố")
    found = [m for m in extract(text) if not m.is_self]
    assert all(m.relation is Relation.MENTIONS and not m.links for m in found)
    assert [m.canonical for m in found] == ["66/NQ-CP", "1609/QĐ-TTPVHCC", "66/NQ-CP"]


def test_a_guide_issued_with_a_document_is_no_guidance_of_it() -> None:
    """"… theo Bảng mã … và hướng dẫn sử dụng được ban hành kèm theo Quyết định A": a guide A
    issued, a noun; the text does not guide A."""
    text = ("Số: 38162/CHQ-GSQL\n*V/v hướng dẫn thủ tục hải quan*\n\nMã loại hình thực hiện theo quy định tại Bảng "
            "mã loại hình và hướng dẫn\nsử dụng được ban hành kèm theo Quyết định số 1357/QĐ-TCHQ ngày 18/5/2021 của "
            "Tổng cục trưởng Tổng cục Hải quan.")
    [m] = [m for m in extract(text) if not m.is_self]
    assert m.relation is Relation.MENTIONS


def test_a_heading_in_capitals_ends_with_its_line() -> None:
    """"… VÀ NGHỊ QUYẾT SỐ 140/NQ-CP … THỰC⏎HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW⏎Ngày 28 tháng 11 năm 2025, tại
    …": the heading's last document is not dated by the body's first words; the heading's own
    words still say 140 carries out 66. A bare symbol on its own line is no heading."""
    text = ("THÔNG BÁO KẾT LUẬN VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025 CỦA CHÍNH PHỦ THỰC\n"
            "HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng chủ trì "
            "cuộc họp.")
    plan, resolution = extract(text)
    assert resolution.date is None
    assert links_of(plan) == [(Relation.IMPLEMENTS, resolution.start)]
    [own] = extract("CỤC THUẾ\nSố:\n5680/CT-CS\nV/v thuế TNCN từ tiền lương\n\nKính gửi: Thuế tỉnh.")
    assert own.title == "thuế TNCN từ tiền lương"


def test_a_headings_context_ends_with_its_line() -> None:
    """"## Chính phủ thống nhất dự án Pháp lệnh A⏎**Ngày 21/11/2025, Chính phủ đã ban hành Nghị
    quyết B …": the day opens the next paragraph and dates B, not the heading's A."""
    text = ("## Chính phủ thống nhất dự án Pháp lệnh sửa đổi Pháp lệnh Cảnh sát môi trường\n**Ngày 21/11/2025, "
            "Chính phủ đã ban hành Nghị quyết 377/NQ-CP về dự án Pháp lệnh.**")
    heading, resolution = extract(text)[:2]
    assert (heading.date, resolution.date) == (None, dt.date(2025, 11, 21))


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Công văn 5615/CT-CS năm 2025 về Mẫu tờ khai liên quan đến thực hiện Nghị quyết 98/2023/QH15 do Cục "
         "Thuế ban hành", None),
        ("theo Nghị quyết 202/2025/QH15 của Hội đồng nhân dân tỉnh Cà Mau.", None),
        # the legislature, by name or initials
        ("theo Nghị quyết 98/2023/QH15 của Quốc hội.", "Quốc hội"),
        ("theo Nghị quyết 1674/NQ-UBTVQH15 của UBTVQH.", "UBTVQH"),
    ],
)
def test_only_the_legislature_passes_a_document_with_its_symbol(text: str, issuer: str | None) -> None:
    """A symbol ending "QH15" or "UBTVQH15" is the National Assembly's: another body named with
    it issued the document around it, or reports on it."""
    assert next(m for m in extract(text) if "QH" in (m.canonical or "")).issuer_name == issuer


def test_a_body_before_a_list_is_the_issuer_of_its_terms_symbols() -> None:
    """"Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 …; số 28/2016/QH14 …": "QH12" is the
    twelfth legislature, the "Quốc hội" named before the list."""
    text = "Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010; số 28/2016/QH14 ngày 11/11/2016;"
    assert [m.issuer_name for m in extract(text)] == ["Quốc hội", "Quốc hội"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Thông báo 659/TB-VPCP năm 2025 kết luận về Nghị quyết 66-NQ/TW do Văn phòng Chính phủ ban hành", None),
        ("theo Nghị quyết số 66-NQ/TW của Bộ Chính trị.", "Bộ Chính trị"),
        ("theo Kết luận số 12-KL/TW của Ban Cán sự đảng Chính phủ.", "Ban Cán sự đảng Chính phủ"),
        # the Party style of an old State document keeps its State body
        ("theo Nghị quyết số 1067 NQ/TVQH của Uỷ ban Thường vụ Quốc hội.", "Uỷ ban Thường vụ Quốc hội"),
    ],
)
def test_a_party_document_takes_no_state_body_as_its_issuer(text: str, issuer: str | None) -> None:
    """"Nghị quyết 66-NQ/TW do Văn phòng Chính phủ ban hành": the office issued the text citing it."""
    cited = next(m for m in extract(text) if any(code in (m.canonical or "") for code in ("NQ/", "KL/")))
    assert cited.issuer_name == issuer


def test_an_aside_opening_with_a_passive_is_said_of_the_document_before_its_semicolons() -> None:
    """"Thông tư A … quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu …
    (được sửa đổi, bổ sung bởi khoản 59 Điều 1 Thông tư B)": the ";" are in A's name; B amends A."""
    text = ("Thủ tục được quy định tại Điều 88 Nghị định số 08/2015/NĐ-CP; Điều 91 Thông tư số 38/2015/TT-BTC ngày "
            "25/3/2015 của Bộ Tài chính quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu, "
            "thuế nhập khẩu và quản lý thuế đối với hàng hóa xuất khẩu, nhập khẩu (được sửa đổi, bổ sung bởi khoản "
            "59 Điều 1 Thông tư số 39/2018/TT-BTC ngày 20/4/2018).")
    _, amended, amending = extract(text)
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Hồ sơ gửi kèm công văn số 20595/HAN-QLDN5 ngày 03/10/2025 của Thuế thành phố Hà Nội không có Bản án.",
         "Thuế thành phố Hà Nội"),
        ("Cục Thi hành án dân sự thành phố Hà Nội chỉ gửi công văn số 1310/CV-THANDS ngày 22/8/2025 đến Thuế "
         "thành phố.", "Cục Thi hành án dân sự thành phố Hà Nội"),
    ],
)
def test_an_adverb_after_a_body_is_no_part_of_its_name(text: str, issuer: str) -> None:
    assert extract(text)[0].issuer_name == issuer


def test_a_law_library_pages_footer_is_no_item_of_a_list_above_it() -> None:
    """A cue ending in a colon right above the page's footer title ("… để Ban Tổ chức hướng dẫn
    và hỗ trợ trong thời gian tổ chức hội nghị:⏎Công văn A năm 2025 … do Bộ Tài chính ban hành⏎Văn
    bản này chưa cập nhật nội dung Tiếng Anh") does not act on the footer's document."""
    text = ("BỘ TÀI CHÍNH\nSố: 17899/BTC-VP\nV/v bồi dưỡng nghiệp vụ thuế\n\n2. Tham gia nhóm Zalo theo đường Link "
            "hoặc tại QR Code dưới đây để Ban Tổ chức hướng dẫn\nvà hỗ trợ trong thời gian tổ chức hội nghị:\nCông văn "
            "17899/BTC-VP năm 2025 bồi dưỡng nghiệp vụ thuế cho công chức cấp xã do Bộ Tài chính ban hành\nVăn "
            "bản này chưa cập nhật nội dung Tiếng Anh\n")
    [m] = [m for m in extract(text) if not m.is_self]
    assert m.relation is Relation.MENTIONS


def test_a_download_links_word_glued_before_the_title() -> None:
    """"… Công văn A năm 2025 Tải về việc lựa chọn …": the page's "Tải (về)" link text runs into
    the title's "về việc"; the title is still read."""
    text = "Sở GD&ĐT ban hành Công văn 915/SGDĐT-KT năm 2025 Tải về việc lựa chọn môn thi thứ ba."
    assert extract(text)[0].title == "lựa chọn môn thi thứ ba"


def test_a_basis_goes_on_after_a_semicolon_with_a_lower_case_can_cu() -> None:
    """"Căn cứ quy định tại … Luật A; căn cứ quy định tại … Luật B;": the second "căn cứ" goes on
    with the text's basis; the sentence opened with one."""
    text = ("Căn cứ quy định tại khoản 2 Điều 2 Luật Thuế xuất khẩu, thuế nhập khẩu; căn cứ quy định tại khoản 20 "
            "Điều 5 Luật Thuế giá trị gia tăng;")
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.BASED_ON]
    # not where no basis opened the sentence
    text = "Công ty đã nộp hồ sơ; căn cứ quy định tại khoản 20 Điều 5 Luật Thuế giá trị gia tăng, Cục Thuế trả lời."
    assert [m.relation for m in extract(text)] == [Relation.MENTIONS]


def test_what_a_letter_asks_about_is_not_carried_out() -> None:
    """"… công văn số A của Công ty đề nghị giải đáp về nghĩa⏎vụ phối hợp thực hiện Luật B": the
    company asks about B; its letter carries out nothing."""
    text = ("Cục Thuế nhận được công văn số 01/CV của Công ty Cổ phần Hanacans đề nghị giải đáp về nghĩa\nvụ phối "
            "hợp thực hiện Luật thuế thu nhập cá nhân.")
    letter = extract(text)[0]
    assert not letter.links
    assert letter.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ các quy định nêu trên, Nghị định 67/2012/NĐ-CP ngày 10/9/2012 của Chính phủ sửa đổi một số điều.",
        "Căn cứ quy định nêu trên, thời điểm lập hóa đơn quy định tại khoản 1 Điều 24 Nghị định số 125/2020/NĐ-CP là "
        "ngày thực hiện hành vi.",
    ],
)
def test_a_basis_cited_above_makes_no_document_after_it_a_basis(text: str) -> None:
    """"Căn cứ các quy định nêu trên, Nghị định A …": the basis is what was cited above; A opens
    the sentence's own clause."""
    assert extract(text)[0].relation is Relation.MENTIONS


def test_parts_listed_with_semicolons_before_their_document_are_changed_with_it() -> None:
    """"… thay thế Danh mục TTHC có số thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B tại Quyết định
    A … và Quy trình nội bộ … phần I; số thứ tự 01 phần II tại Quyết định B": after ";", more parts
    of the same document; A and B are both (partly) replaced."""
    text = ("Số: 9/QĐ-UBND\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục TTHC có số "
            "thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B tại Quyết định số 1620/QĐ-UBND ngày 27/6/2025 và Quy "
            "trình nội bộ TTHC có số thứ tự 03 phần I; số thứ tự 01, 02, 03 phần II tại Quyết định số "
            "1794/QĐ-UBND ngày 09/7/2025 của Chủ tịch UBND tỉnh.")
    assert [m.relation for m in extract(text) if m.kind is Kind.REFERENCE and not m.is_self] == [
        Relation.REPLACES, Relation.REPLACES]


def test_a_stray_nam_before_the_date() -> None:
    """"Luật Tổ chức chính quyền địa phương năm⏎ngày 16/6/2025": the year was left out after
    "năm"; the date that follows is the law's."""
    [m] = extract("*Căn cứ Luật Tổ chức chính quyền địa phương năm\nngày 16/6/2025;*")
    assert m.date == dt.date(2025, 6, 16)


def test_a_date_with_a_year_mistyped_leaves_the_rest_of_the_citation_read() -> None:
    """"ngày 20/11/20225" (a digit too many) is no date, but the issuer and title after it are read."""
    [m] = extract("Nghị định số 118/2025/NĐ-CP ngày 09/6/20205 của Chính phủ về thực hiện thủ tục hành chính;")
    assert (m.date, m.issuer_name, m.title) == (None, "Chính phủ", "thực hiện thủ tục hành chính")


def test_a_double_title_before_a_list_issues_each_item() -> None:
    """"Căn cứ các Thông tư của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ: số A …; số B …": the
    comma inside the minister's double title does not end the subject."""
    text = ("*Căn cứ các Thông tư của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ: số 02/2017/TT-VPCP ngày 31/10/2017 "
            "hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; số 03/2025/TT-VPCP hướng dẫn thi hành;*")
    assert [m.issuer_name for m in extract(text)] == ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"] * 2


def test_the_subject_before_a_list_reaches_an_item_split_by_italics() -> None:
    """"… của Chính phủ: số A …; số B … và số* *C …": the italics split at the number do not end the list."""
    text = ("*Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; "
            "số 48/2013/NĐ-CP ngày 14/5/2013 và số* *92/2017/NĐ-CP ngày 07/8/2017 về sửa đổi, bổ sung;*")
    assert [m.issuer_name for m in extract(text)] == ["Chính phủ"] * 3


def test_the_guidance_of_a_body_in_a_document_is_no_act_of_guiding_it() -> None:
    """"… theo hướng dẫn của Thanh tra Chính phủ tại Kế hoạch A" in a text's own body: "hướng
    dẫn" is the body's guidance, a noun; the text does not guide A."""
    text = ("Số: 230/CĐ-TTg\n- Cơ quan thanh tra hoàn thành việc thanh tra theo đúng ý kiến chỉ đạo của Thủ tướng "
            "Chính phủ và hướng dẫn của Thanh tra Chính phủ tại Kế hoạch thanh tra số 1505/KH-TTCP ngày 22/7/2025.")
    assert [m.relation for m in extract(text) if not m.is_self] == [Relation.MENTIONS]


@pytest.mark.parametrize("joiner", ["; ", " và "])
def test_a_proposals_title_ends_before_the_next_paper_a_council_considered(joiner: str) -> None:
    """"Xét Tờ trình A … về X; báo cáo thẩm tra của Ban …" (or "và báo cáo thẩm tra", "ý kiến
    thảo luận"): the papers after the proposal are not its title."""
    [m] = extract(f"Xét Tờ trình số 8664/TTr-UBND ngày 10/11/2025 của UBND tỉnh về việc ban hành quy định phân cấp"
                  f"{joiner}báo cáo thẩm tra của Ban Pháp chế HĐND tỉnh và ý kiến thảo luận của đại biểu.")
    assert m.title == "ban hành quy định phân cấp"


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch thực hiện Quyết định số 1899/QĐ-TTg. Triển khai khi có sửa đổi hoặc ban hành\nmới Quyết định thay "
        "thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008.",
        "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định về hóa đơn, chứng từ;\nNgày "
        "14/6/2025, Quốc hội ban hành Luật thuế thu nhập doanh nghiệp số 67/2025/QH15. Hiện nay, Bộ Tài chính đang "
        "xây dựng Nghị định hướng dẫn thi hành Luật thuế thu nhập doanh nghiệp.",
    ],
)
def test_a_document_yet_to_be_issued_is_no_earlier_one(text: str) -> None:
    """"… ban hành mới Quyết định thay thế Quyết định A", "đang xây dựng Nghị định hướng dẫn …": a
    document to come, unnumbered; not the last document of its type cited before."""
    assert [link for m in extract(text) for link in m.links] == []


def test_a_change_goes_on_to_another_part_of_another_document() -> None:
    """"bãi bỏ Danh mục … ban hành kèm theo Quyết định A … và Quy trình nội bộ … tại Mục A, Phần
    II ban hành kèm theo Quyết định B": B is repealed in part too ("kèm theo" is no "theo": it
    names where the part stands, not what the change follows)."""
    text = ("Số: 20/2025/QĐ-UBND\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ban hành và bãi bỏ Danh mục TTHC có "
            "số thứ tự 2,3,4 Phần I ban hành kèm theo Quyết định 1037/QĐ-UBND ngày 14/5/2025 và Quy trình nội bộ TTHC "
            "tại số thứ tự 2, 3, 4 Mục A, Phần II ban hành kèm theo Quyết định số 1416/QĐ-UBND ngày 20/6/2025.")
    assert [m.relation for m in extract(text) if m.kind is Kind.REFERENCE and not m.is_self] == [Relation.REPEALS] * 2


@pytest.mark.parametrize("asks", ["vướng mắc", "hỏi"])
def test_a_letter_asking_about_its_subject(asks: str) -> None:
    """"công văn số A … của Thuế tỉnh Nghệ An vướng mắc (hỏi) về X": the body wrote A and X is
    what it asks about; the verb is no part of the body's name."""
    [m] = extract(f"Cục Thuế nhận được công văn số 746/NAN-CNTK ngày 10/11/2025 của Thuế tỉnh Nghệ An {asks} về "
                  "xác định nghĩa vụ tài chính về đất đai.")
    assert (m.issuer_name, m.title) == ("Thuế tỉnh Nghệ An", "xác định nghĩa vụ tài chính về đất đai")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Công điện 231/CĐ-TTg chủ động phòng, tránh, ứng phó bão số 15 ngày 26/11/2025 do Thủ tướng Chính phủ điện",
         dt.date(2025, 11, 26)),
        ("Công văn 6278/BVHTTDL-VP tập trung hoàn thành thực thi các phương án cắt giảm ngày 20/11/2025 do Bộ Văn hóa, "
         "Thể thao và Du lịch ban hành", dt.date(2025, 11, 20)),
        # when something applies, not the document's date
        ("Công văn 5155/SGDĐT-GDTXNNĐH hướng dẫn đánh giá trung tâm học tập cộng đồng từ ngày 28/11/2025 do Sở Giáo "
         "dục và Đào tạo ban hành", None),
        # no "do … ban hành" closing the line: no page title
        ("Công văn 6278/BVHTTDL-VP tập trung hoàn thành thực thi các phương án cắt giảm ngày 20/11/2025.", None),
    ],
)
def test_a_law_library_page_title_line_dates_its_document(line: str, date: dt.date | None) -> None:
    """A law library's page title line puts the document's date after a title cut short, then
    "do <body> ban hành (điện)"."""
    [m] = extract(f"Văn bản này chưa cập nhật nội dung Tiếng Anh\n{line}\n## Văn bản liên quan")
    assert m.date == date


def test_a_citation_wrapped_after_so_is_no_number_line() -> None:
    """"Căn cứ Luật Đất đai số⏎31/2024/QH15 ngày 18 tháng 01 năm 2024": a wrapped citation, not
    the text's own number (no place before the date)."""
    [m] = extract("*Căn cứ Luật Đất đai số\n31/2024/QH15 ngày 18 tháng 01 năm 2024;*")
    assert not m.is_self


@pytest.mark.parametrize("mark", ["~", "•", "–"])
def test_a_basis_after_a_scanned_or_typeset_list_mark(mark: str) -> None:
    """"~ Căn cử Công điện …" (a scan's dash, and "cứ" misread): a list mark opens the clause."""
    [m] = extract(f"{mark} Căn cử Công điện số 914/CD-TTg ngày 6 tháng 7 năm 2021 của Thủ tướng Chính phủ.")
    assert m.relation is Relation.BASED_ON


def test_a_scanned_date_with_a_space_inside_november() -> None:
    """"ngày 12/1 1/2015" (a scan's space inside "11"): the 12th of November; "16/6 2025" and
    "1/1 2020" keep their reading (a space before the year)."""
    found = extract("Nghị định số 118/2015/NĐ-CP ngày 12/1 1/2015 của Chính phủ; Thông tư 2/2020/TT-BTC ngày 1/1 2020.")
    assert [m.date for m in found] == [dt.date(2015, 11, 12), dt.date(2020, 1, 1)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Hôm nay, Thủ tướng ban hành Chỉ thị số 16 về thực hiện cách ly xã hội.", "Thủ tướng"),
        ("Năm 2008, Bộ Văn hóa, Thể thao và Du lịch ban hành Quyết định 87 thay thế cho Quyết định 37.",
         "Bộ Văn hóa, Thể thao và Du lịch"),
    ],
)
def test_a_short_reference_issued_by_the_body_before_it(text: str, issuer: str) -> None:
    """"Thủ tướng ban hành Chỉ thị số 16 …": a short reference states its issuer as a full one
    does, with the issuing verb before it and no date needed."""
    assert extract(text)[0].issuer_name == issuer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nghị quyết số 1/NQ-CP về đơn giản hóa thủ tục hành chính của Bộ Công an vừa được Thủ tướng Chính phủ ký "
         "ban hành.", "đơn giản hóa thủ tục hành chính của Bộ Công an"),
        ("Nghị định số 55/2019/NĐ-CP về hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa có hiệu lực từ ngày 1/9/2019.",
         "hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa"),
    ],
)
def test_a_title_ends_before_just_issued(text: str, title: str) -> None:
    """"… về X vừa được Thủ tướng ký ban hành": just issued, not the title; "nhỏ và vừa" is a size."""
    [m] = extract(text)
    assert m.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Trả lời công văn số 08/2020-HQ&T ngày 13/6/2020 của Công ty TNHH may mặc về vướng mắc liên quan đến chính "
         "sách thuế đối với doanh nghiệp chế xuất (DNCX), Tổng cục Hải quan có ý kiến như sau:",
         "vướng mắc liên quan đến chính sách thuế đối với doanh nghiệp chế xuất (DNCX)"),
        ("Tại Công văn số 4110/TCT-DNNCN ngày 27/10/2021 của Tổng cục Thuế\nvề chính sách thuế hướng dẫn:\n“…”",
         "chính sách thuế"),
        ("Nghị quyết 68-NQ/TW năm 2025 về phát triển kinh tế tư nhân có nêu rõ:", "phát triển kinh tế tư nhân"),
        ("Kế hoạch số 5/KH-UBND về tăng cường hiệu quả dịch vụ công trực tuyến, góp phần nâng cao chỉ số cải cách.",
         "tăng cường hiệu quả dịch vụ công trực tuyến"),
    ],
)
def test_a_title_ends_before_the_letters_answer_or_a_quotation(text: str, title: str) -> None:
    """A title ends before ", <body> có ý kiến như sau:" (the letter's own answer), before the
    verb introducing a quotation ("… hướng dẫn:", "… có nêu rõ:") and before ", góp phần …"."""
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "matched", "canonical"),
    [
        ("V/v triển khai thực hiện Nghị\nđịnh số 1 18/2021/NĐ-CP\n", "Nghị\nđịnh số 1 18/2021/NĐ-CP", "118/2021/NĐ-CP"),
        ("theo công văn số 65 19/BTC-TCHQ ngày 1/2/2020", "công văn số 65 19/BTC-TCHQ", "6519/BTC-TCHQ"),
        ("'Số:5 482 /TCHQ - GSQL Hà Nội, ngày | 9 tháng 12 năm 2022", "5 482 /TCHQ - GSQL", "5482/TCHQ-GSQL"),
        # no "số" before the figure: a clause's number, not a split one
        ("Khoản 1 18/2021/NĐ-CP", "18/2021/NĐ-CP", "18/2021/NĐ-CP"),
    ],
)
def test_a_number_a_scan_split_with_a_space(text: str, matched: str, canonical: str) -> None:
    """"Nghị định số 1 18/2021/NĐ-CP": a scan's space inside the number; after "số" a figure
    never stands before the number, so the two make one number and one mention."""
    [m] = extract(text)
    assert (m.text, m.canonical) == (matched, canonical)


def test_a_short_reference_opening_a_dated_citation() -> None:
    """'"Sắc lệnh số 35 về …".*Cổng Thông tin điện tử Chính phủ*. Chính phủ Việt Nam. ngày …': a
    short reference opening a citation's title is cited in full; the publisher may stand
    between the portal and the date."""
    [m] = extract('**^**"Sắc lệnh số 35 về việc cử các cán bộ lãnh đạo các cơ quan thuộc Bộ Quốc phòng".*Cổng '
                  'Thông tin điện tử Chính phủ*. Chính phủ Việt Nam. ngày 25 tháng 3 năm 1946. Truy cập ngày 30 '
                  'tháng 10 năm 2025.')
    assert (m.date, m.title) == (dt.date(1946, 3, 25), "cử các cán bộ lãnh đạo các cơ quan thuộc Bộ Quốc phòng")


@pytest.mark.parametrize("text", ["Thường vụ Quân ủy Trung ương ra Quyết định số 279/VP-QU.",
                                  "Thường vụ Quân uỷ Trung ương ra Quyết định số 279/VP-QU."])
def test_a_standing_committee_issues(text: str) -> None:
    """"Thường vụ Quân ủy Trung ương ra Quyết định …": a standing committee is a body."""
    [m] = extract(text)
    assert m.issuer_name is not None
    assert m.issuer_name.startswith("Thường vụ Quân")


@pytest.mark.parametrize("padding", range(4))
def test_a_title_cut_by_the_length_cap_keeps_whole_words(padding: int) -> None:
    """A title longer than the cap ends at a word boundary, never inside a word."""
    text = "Quyết định số 92-CP về việc " + "x" * padding + " thành lập khu phố gồm: " + ", ".join(
        f"Khuphốthắnglợithắnglợi{n}" for n in range(40)) + "."
    [m] = extract(text)
    assert m.title is not None
    assert text[text.index(m.title) + len(m.title)] in " ,"


def test_a_letter_dated_with_ghi_ngay() -> None:
    """"công văn số A ghi ngày …" (dated): the letter's date, and its writer after it."""
    [m] = extract("Trả lời công văn số 03/2021/CV-SN ghi ngày 27/7/2021 của Công ty TNHH BHFLEX VINA hỏi về "
                  "chính sách.")
    assert (m.date, m.issuer_name) == (dt.date(2021, 7, 27), "Công ty TNHH BHFLEX VINA")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('"Quyết định số 651/QĐ-UBND về X" (PDF).**b***Trang thông tin điện tử Sở Xây Dựng tỉnh Yên Bái*. ngày 28 '
         'tháng 4 năm 2023.', dt.date(2023, 4, 28)),
        ('"Nghị quyết số 1656/NQ-UBTVQH15 sắp xếp các ĐVHC cấp xã".*xaydungchinhsach.chinhphu.vn*. ngày 20 tháng 6 '
         'năm 2025.', dt.date(2025, 6, 20)),
        # the government's portal itself
        ('"Quyết định số 447/QĐ-TTg của Thủ tướng Chính phủ: Về việc công bố dịch COVID-19" (PDF).*chinhphu.vn*. '
         'ngày 1 tháng 4 năm 2020.', dt.date(2020, 4, 1)),
        # the government's newspaper ran the news that day
        ('"Nghị quyết số 1656/NQ-UBTVQH15 sắp xếp".*baochinhphu.vn*. ngày 20 tháng 6 năm 2025.', None),
    ],
)
def test_a_citation_date_after_a_government_site(text: str, date: dt.date | None) -> None:
    """A department's "Trang thông tin điện tử" or a government domain publishes documents with
    their dates, as a portal does; a newspaper's date is the day it ran the news."""
    [m] = extract(text)
    assert m.date == date


def test_a_short_reference_then_a_dash_and_its_title() -> None:
    """'"Sắc lệnh số 213 – Về việc …".*Cổng …*. ngày …': a dash before the title, not a spaced symbol."""
    [m] = extract('**^**"Sắc lệnh số 213 – Về việc cử ông Lê Sĩ Ngạc giữ chức Cục trưởng".*Cổng Thông tin điện tử '
                  'Chính phủ*. Chính phủ Việt Nam. ngày 20 tháng 11 năm 1946.')
    assert (m.text, m.date) == ("Sắc lệnh số 213", dt.date(1946, 11, 20))
    assert m.title == "cử ông Lê Sĩ Ngạc giữ chức Cục trưởng"


def test_a_title_ends_before_what_the_body_named_must_do() -> None:
    """"… về việc đổi tên Trường A thành Trường B; có nhiệm vụ tiếp tục …": the school's duty, a
    clause of its own after ";", not more of the title."""
    [m] = extract("Ngày 1/2/2002, Bộ Quốc phòng ra quyết định số 31/2002/QĐ-BQP về việc đổi tên Trường Huấn luyện bay "
                  "thành Trường Đại học Sĩ quan Không quân; có nhiệm vụ tiếp tục liên kết đào tạo phi công.")
    assert m.title == "đổi tên Trường Huấn luyện bay thành Trường Đại học Sĩ quan Không quân"


@pytest.mark.parametrize(
    ("text", "issuer", "date", "links"),
    [
        # (the sentence goes on with the issuer, past when the decision came into force)
        ("Căn cứ Điều 2 Quyết định 40/2025/QĐ-TTg có hiệu lực từ 31/10/2025 của Thủ tướng Chính phủ có quy định về "
         "tiêu chí.", "Thủ tướng Chính phủ", None, []),
        ("Nghị định 15/2020/NĐ-CP chính thức có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2020 của Chính phủ về "
         "xử phạt.", "Chính phủ", None, []),
        # (what it replaces after ";" is still its own)
        ("Nghị định 9/2025/NĐ-CP có hiệu lực thi hành từ ngày 25/2/2025; thay thế Nghị định số 02/2017/NĐ-CP ngày "
         "09/01/2017 của Chính phủ.", None, None, [(Relation.REPLACES, "02/2017/NĐ-CP")]),
    ],
)
def test_when_a_document_comes_into_force_is_no_date_of_its_own(
        text: str, issuer: str | None, date: dt.date | None, links: list[tuple[Relation, str]]) -> None:
    """"<doc> có hiệu lực từ <day> của X": the day it applies from is passed over, and X still
    issued it."""
    m = extract(text)[0]
    assert (m.issuer_name, m.date) == (issuer, date)
    assert [(relation, target.canonical) for relation, target in _linked(extract(text), m.canonical or "")] == links


def test_a_release_dated_in_front() -> None:
    """"Ngày X, đơn vị đã phát hành văn bản số A": released that day, like "ban hành"."""
    [m] = extract("Theo Ban QLDA, ngày 8/11/2025, đơn vị đã phát hành văn bản số 3064/BĐHCM-ĐHDA5 gửi các cơ quan "
                  "liên quan về việc triển khai phương án.")
    assert m.date == dt.date(2025, 11, 8)
    [m] = extract("Ngày 8/11/2025, Sở Tài chính đã phát hành Công văn số 3064/STC-QLG gửi các cơ quan.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 11, 8), "Sở Tài chính")


def test_who_proposed_in_a_report_is_no_issuer() -> None:
    """"theo đề xuất của Bộ Y tế tại Báo cáo số A và Báo cáo số B": a proposer, as with "đề nghị"."""
    found = extract("b) Phạm vi thụ hưởng theo đề xuất của Bộ Y tế tại Báo cáo số 312/BC-BYT ngày 09 tháng 3 năm 2022 "
                    "và Báo cáo số 657/BC-BYT ngày 16 tháng 5 năm 2022.")
    assert [(m.canonical, m.issuer_name) for m in found] == [("312/BC-BYT", None), ("657/BC-BYT", None)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "về cơ bản": "basically", no title
        ("Việc sắp xếp theo Công văn 131-CV/ĐU năm 2025 của Đảng ủy Bộ Giáo dục và Đào tạo về cơ bản sẽ không sáp "
         "nhập các trường.", None),
        ("Theo Công văn 131-CV/ĐU của Đảng ủy về cơ cấu tổ chức các trường.", "cơ cấu tổ chức các trường"),
        # ", yêu cầu các …": what the directive requires, of whom
        ("Theo Chỉ thị 08/CT-UBND ngày 29/4/2025 của UBND thành phố Hà Nội về việc sử dụng hồ sơ điện tử trên địa bàn "
         "thành phố, yêu cầu các cơ quan, đơn vị thực hiện.", "sử dụng hồ sơ điện tử trên địa bàn thành phố"),
    ],
)
def test_a_title_neither_opens_with_an_adverb_nor_runs_into_what_is_required(text: str, title: str | None) -> None:
    assert extract(text)[0].title == title


def test_a_basis_opening_with_also() -> None:
    """"Cũng căn cứ quy định tại …" opens the paragraph as "Đồng thời, căn cứ …" does."""
    [m] = extract("Cũng căn cứ quy định tại khoản 1 Điều 16 Nghị định 123/2024/NĐ-CP về xử phạt vi phạm hành chính "
                  "trong lĩnh vực đất đai như sau:")
    assert m.relation is Relation.BASED_ON


def test_tasks_set_for_the_ministries_are_theirs() -> None:
    """"… nhiệm vụ cụ thể để các Bộ, ngành, địa phương … tổ chức triển khai … Nghị quyết A": the
    ministries carry A out, as when a task is given to them; not the text (which still does
    what it says itself)."""
    [m] = extract("- Xác định nhiệm vụ cụ thể để các Bộ, ngành, địa phương xây dựng kế hoạch hành động, tổ chức triển "
                  "khai, kiểm tra, giám sát, đánh giá việc thực hiện Nghị quyết 57-NQ/TW năm 2025.")
    assert m.relation is Relation.MENTIONS
    [m] = extract("Để tổ chức triển khai thực hiện Nghị quyết 57-NQ/TW, Tỉnh ủy ban hành kế hoạch.")
    assert m.relation is Relation.IMPLEMENTS


def test_what_a_basis_prescribes_after_a_comma_is_its_content() -> None:
    """"Căn cứ khoản 1 Điều 31 Nghị định A, quy định về … Điều 81 Luật B như sau:": B is named in
    what A's clause prescribes, not a second basis."""
    decree, law = extract("Căn cứ theo khoản 1 Điều 31 Nghị định 102/2024/NĐ-CP, quy định về các trường hợp bất khả "
                          "kháng để áp dụng trong việc xử lý các trường hợp quy định tại các khoản 6, 7 và 8 Điều 81 "
                          "Luật Đất đai 2024 như sau:")
    assert (decree.relation, law.relation) == (Relation.BASED_ON, Relation.MENTIONS)


@pytest.mark.parametrize("quote", ['"', "“"])
def test_a_short_reference_with_its_quoted_title(quote: str) -> None:
    """'Kết luận 84 "tiếp tục xây dựng …"': the quoted title right after a short reference is
    read, as a "về …" clause is."""
    close = '"' if quote == '"' else "”"
    found = extract(f"Quyết định 2640/QĐ-TTg năm 2025 triển khai Kết luận 84 {quote}tiếp tục xây dựng và phát triển "
                    f"văn học, nghệ thuật trong thời kỳ mới{close}?")
    assert found[-1].text == "Kết luận 84"
    assert found[-1].title == "tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới"


def test_a_date_with_ngay_typed_for_thang() -> None:
    """"ngày 01 ngày 10 năm 2021": the month's word mistyped; the date as written, and the
    issuer and title after it are read."""
    [m] = extract("Điều 29 Thông tư 05/2021/TT-TTCP ngày 01 ngày 10 năm 2021 của Thanh tra Chính phủ về quy định quy "
                  "trình xử lý đơn khiếu nại.")
    assert (m.date, m.issuer_name, m.title) == (
        dt.date(2021, 10, 1), "Thanh tra Chính phủ", "quy định quy trình xử lý đơn khiếu nại")


@pytest.mark.parametrize("word", ["về", "của", "ngày"])
def test_a_word_glued_to_a_code_the_registry_lacks(word: str) -> None:
    """"Kế hoạch 10/KH-TTQLGTCCvề …": the word after a symbol, glued to an unknown code, is left out."""
    [m] = extract(f"Trung tâm đã có Kế hoạch 10/KH-TTQLGTCC{word} 11/4/2025 đảm bảo hoạt động.")
    assert (m.text, m.canonical) == ("Kế hoạch 10/KH-TTQLGTCC", "10/KH-TTQLGTCC")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a law's words on what any province's body does: no basis of this text
        ("- Căn cứ quy định tại điểm a và điểm b khoản 1 Điều 24 Nghị định 88/2024/NĐ-CP và tình hình cụ thể của "
         "địa phương, Ủy ban nhân dân cấp tỉnh quy định suất tái định cư tối thiểu.", Relation.MENTIONS),
        ("(3) Căn cứ khả năng cân đối của ngân sách địa phương quy định tại khoản 2 Điều 15 Nghị quyết "
         "76/2025/UBTVQH15, UBND cấp tỉnh quyết định cụ thể các nhiệm vụ chi.", Relation.MENTIONS),
        # a body named, or the level inside what the document prescribes: the text's own basis
        ("Căn cứ Nghị định 88/2024/NĐ-CP, Ủy ban nhân dân tỉnh Lâm Đồng quy định mức hỗ trợ.", Relation.BASED_ON),
        ("Căn cứ khoản 1 Điều 5 Nghị định 151/2025/NĐ-CP quy định về thẩm quyền của Ủy ban nhân dân cấp huyện, Chủ "
         "tịch Ủy ban nhân dân cấp huyện chuyển giao cho Chủ tịch Ủy ban nhân dân cấp xã như sau:", Relation.BASED_ON),
        ("Căn cứ Nghị định 88/2024/NĐ-CP; Ủy ban nhân dân cấp tỉnh quy định mức hỗ trợ.", Relation.BASED_ON),
        # any unit's head: the law's words on what every head does
        ("Căn cứ quy định tại các khoản 2, 3 và 5 Điều 15 Luật Lưu trữ 2024, người đứng đầu cơ quan, tổ chức quy "
         "định danh mục.", Relation.MENTIONS),
    ],
)
def test_a_basis_of_a_body_named_by_its_level_is_a_laws_words(text: str, relation: Relation) -> None:
    """"Căn cứ …, Ủy ban nhân dân cấp tỉnh quyết định …": a statute's words on what any such body
    does, quoted by a page; the documents in it are mentioned, no basis of the page's."""
    assert extract(text)[0].relation is relation


def test_what_a_bodys_action_programme_is_for() -> None:
    """"Mục tiêu Chương trình hành động của Chính phủ thực hiện Nghị quyết A": the programme
    carries A out, not the page naming it (nor "… Chương trình hành động thực hiện Nghị quyết B"
    after "tổ chức thực hiện hiệu quả Nghị quyết,", one more thing carried out)."""
    [m] = extract("**Mục tiêu Chương trình hành động của Chính phủ thực hiện Nghị quyết 71-NQ/TW năm 2025 về đột phá "
                  "phát triển giáo dục và đào tạo như sau:**")
    assert m.relation is Relation.MENTIONS
    [m] = extract("- Cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết, Chương trình hành động thực hiện Nghị quyết "
                  "05-NQ/ĐH của Đảng bộ tỉnh.")
    assert m.relation is Relation.IMPLEMENTS


def test_a_document_inside_the_words_a_change_quotes_is_not_changed() -> None:
    """"Thay thế cụm từ “Quyết định số A” bằng cụm từ “Quyết định số B” tại khoản 1 Điều 15":
    the words of the text changed cite A; A is neither replaced nor amended (but a quote left
    open, '… Bãi bỏ cụm từ “và quy định khác tại … Nghị định C đã được …⏎⏎', says nothing so)."""
    found = extract("5. Thay thế: cụm từ “Quyết định số 1719/QĐ-TTg” bằng cụm từ “Quyết định số 920/QĐ-TTg” tại "
                    "khoản 1 Điều 15.\n7. Thay thế cụm từ\n“Thông tư số 36/2018/TT-BTC ngày 30 tháng 3 năm 2018 của Bộ "
                    "Tài chính” bằng cụm từ “Thông tư số 100/2025/TT-BTC”.")
    assert [m.relation for m in found] == [Relation.MENTIONS] * 4
    found = extract("Nghị định 309/2025/NĐ-CP sửa đổi Nghị định 26/2019/NĐ-CP như sau:\n\n(1) Bãi bỏ cụm từ “và quy "
                    "định khác tại điểm b khoản 5 Điều 36 Nghị định 26/2019/NĐ-CP đã được sửa đổi, bổ sung tại "
                    "khoản 14 Điều 1 Nghị định 37/2024/NĐ-CP.\n\n(2) Bãi bỏ điểm c khoản 6 Điều 70b Nghị định "
                    "26/2019/NĐ-CP.")
    repealed = [link.target for link in found[0].links if link.relation is Relation.REPEALS]
    assert repealed == [found[2].start, found[4].start]


def test_an_applicants_papers_amended_amend_no_document() -> None:
    """"Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 tại Phụ lục I của Nghị định A": the
    applicant's papers are amended; A names the form."""
    [m] = extract("Sở Y tế trả cơ sở Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 tại Phụ lục I của Nghị định "
                  "số 163/2025/NĐ-CP.")
    assert m.relation is Relation.MENTIONS


def test_a_document_issued_after_carrying_out_an_unnumbered_one() -> None:
    """"Để triển khai Nghị quyết trung ương này, Thủ tướng Chính phủ ra Chỉ thị A": A is issued
    to carry the resolution out, not carried out."""
    [m] = extract("Để triển khai Nghị quyết trung ương này, Thủ tướng Chính phủ ra Chỉ thị số 04/2002/CT-TTg ngày 8 "
                  "tháng 2 năm 2002 về việc tiếp tục sắp xếp doanh nghiệp nhà nước.")
    assert (m.relation, m.issuer_name) == (Relation.MENTIONS, "Thủ tướng Chính phủ")


def test_a_list_carried_out_goes_on_past_an_abbreviation_in_a_description() -> None:
    """"Thực hiện Nghị định A … của Chính phủ quy định … tổng sản phẩm trong nước (GDP) … và
    Nghị định B …": the abbreviation in parentheses is part of what A prescribes; B is carried
    out too."""
    found = extract("Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ quy định quy trình biên soạn "
                    "chỉ tiêu tổng sản phẩm trong nước (GDP), chỉ tiêu tổng sản phẩm trên địa bàn (GRDP) và Nghị "
                    "định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ, Bộ Tài chính đề nghị các tỉnh báo cáo.")
    assert [m.relation for m in found] == [Relation.IMPLEMENTS, Relation.IMPLEMENTS]


def test_the_cybersecurity_department_is_read_whole() -> None:
    """"của Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao": a body the registry
    knows (A05), its name read past "và"."""
    [m] = extract("Theo văn bản số 2898/A05-P5 của Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao về "
                  "việc cảnh báo.")
    assert m.issuer_name == "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao"
    assert m.issuer is not None
    assert m.issuer.code == "A05"


def test_documents_listed_as_expiring_when_another_comes_into_force() -> None:
    """"Kể từ ngày Thông tư A có hiệu lực thi hành, các Thông tư sau hết hiệu lực thi hành:⏎- Khoản
    1 Điều 11, …, khoản 4 Điều 27 Thông tư B …;⏎- Thông tư C …": A ends B (a part, however many
    are listed) and C."""
    found = extract("Kể từ ngày Thông tư 35/2025/TT-NHNN có hiệu lực thi hành, các Thông tư sau hết hiệu lực thi "
                    "hành:\n\n- Khoản 1 Điều 11, Điều 14, Điều 18, điểm b khoản 1 và khoản 4 Điều 27 Thông tư "
                    "08/2021/TT-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam quy định về cho vay đặc biệt;\n\n- "
                    "Thông tư 37/2024/TT-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam quy định về cho vay đặc biệt.")
    assert links_of(found[0]) == [
        (Relation.REPEALS, found[1].start), (Relation.REPEALS, found[2].start)]


def test_a_basis_of_the_party_committees_at_every_level() -> None:
    """"7.12. Căn cứ … Quy định số 366-QĐ/TW, các cấp uỷ, tổ chức đảng cấp trên chịu trách nhiệm …":
    a guide's words on what every committee does; no basis of the page's ("Quy định" is the
    type word, not what the document prescribes)."""
    [m] = extract("7.12. Căn cứ khung tiêu chí đánh giá tại Phụ lục 1, 3, 4, 5 của Quy định số 366-QĐ/TW, các cấp uỷ, "
                  "tổ chức đảng cấp trên chịu trách nhiệm cụ thể hoá.")
    assert m.relation is Relation.MENTIONS


def test_a_title_lists_fields_with_capitals_after_semicolons() -> None:
    """"… thủ tục hành chính nội bộ lĩnh vực Chính quyền địa phương; Lưu trữ; Thi đua, khen thưởng
    thuộc …": fields named with capitals go on with the title past ";" (not a body opening the
    next clause: "…; Sở Nội vụ …")."""
    [m] = extract("UBND tỉnh Sơn La ra Quyết định 1702/QĐ-UBND năm 2025 về công bố Danh mục thủ tục hành chính nội bộ "
                  "lĩnh vực Chính quyền địa phương; Lưu trữ; Thi đua, khen thưởng thuộc phạm vi của Sở Nội vụ.")
    assert m.title == ("công bố Danh mục thủ tục hành chính nội bộ lĩnh vực Chính quyền địa phương; Lưu trữ; Thi đua, "
                       "khen thưởng thuộc phạm vi của Sở Nội vụ")
    [m] = extract("UBND tỉnh ra Quyết định 1702/QĐ-UBND về thủ tục hành chính lĩnh vực Lưu trữ; Sở Nội vụ hướng dẫn.")
    assert m.title == "thủ tục hành chính lĩnh vực Lưu trữ"


@pytest.mark.parametrize("verb", ["ban hành tiếp", "ban hành thêm"])
def test_a_dated_lead_issuing_one_more_document(verb: str) -> None:
    """"Ngày 15/12/1999 Chính phủ ban hành tiếp Nghị định số 175/1999/NĐ-CP": issued one more,
    the lead still gives the day and the body."""
    [m] = extract(f"- Ngày 15/12/1999 Chính phủ {verb} Nghị định số 175/1999/NĐ-CP điều chỉnh mức lương tối thiểu")
    assert (m.date, m.issuer_name) == (dt.date(1999, 12, 15), "Chính phủ")


@pytest.mark.parametrize("verb", ["kí các", "ký các", "ban hành những"])
def test_a_dated_lead_before_a_list_of_documents(verb: str) -> None:
    """"Ngày 25 tháng 4 năm 2007, Thủ tướng Chính phủ Việt Nam Nguyễn Tấn Dũng kí các Quyết định số
    A, B": the subject issues them all ("kí" spelt with i; the office without its holder, the
    country with the office), on the day its clause opens with."""
    first, second = extract(f"Ngày 25 tháng 4 năm 2007, Thủ tướng Chính phủ Việt Nam Nguyễn Tấn Dũng {verb} Quyết "
                            "định số 482/QĐ-TTg, 493/QĐ-TTg.")
    assert (first.date, first.issuer_name) == (dt.date(2007, 4, 25), "Thủ tướng Chính phủ Việt Nam")
    assert (second.date, second.issuer_name) == (dt.date(2007, 4, 25), "Thủ tướng Chính phủ Việt Nam")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Ngày 25/7/2008, Bộ Quốc phòng ban hành Quyết định số 2192/QĐ-BQP và Quyết định số 2194/QĐ-BQP về việc a.",
         [dt.date(2008, 7, 25), dt.date(2008, 7, 25)]),
        # an item's own date stays its own
        ("Ngày 25/7/2008, Chính phủ ban hành các Nghị định số 1/2008/NĐ-CP, 2/2008/NĐ-CP ngày 1/8/2008 về việc a.",
         [dt.date(2008, 7, 25), dt.date(2008, 8, 1)]),
        # a date after the first item is its own, not the list's
        ("Bộ Quốc phòng ban hành Quyết định số 2192/QĐ-BQP ngày 25/7/2008 và Quyết định số 2194/QĐ-BQP.",
         [dt.date(2008, 7, 25), None]),
    ],
)
def test_the_day_a_listing_clause_opens_with_dates_every_item(text: str, dates: list[dt.date | None]) -> None:
    assert [m.date for m in extract(text)] == dates


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("## Tải file tổng hợp văn bản hướng dẫn Nghị định 73/2024/NĐ-CP về khen thưởng mới nhất", "khen thưởng"),
        ("## Quy định theo Nghị định 73/2024/NĐ-CP về khen thưởng có những nội dung nào?", "khen thưởng"),
        ("## Chế độ theo Nghị định 73 về khen thưởng áp dụng với những đối tượng nào?", "khen thưởng"),
        ("## Mẫu theo Quy định 377-QĐ/TW 2025 về phân cấp quản lý cán bộ được sử dụng khi nào?",
         "phân cấp quản lý cán bộ"),
        # what the document's quoted words begin with
        ("Quyết định 878/QĐ-TTg năm 2022 về phê duyệt danh mục dự án có nội dung như sau:", "phê duyệt danh mục dự án"),
    ],
)
def test_a_headlines_latest_or_question_is_no_part_of_a_title(text: str, title: str) -> None:
    assert extract(text)[0].title == title


def test_a_steering_committee_named_over_a_line_break() -> None:
    """"của⏎Ban Chỉ đạo Trung ương về phát triển khoa học, … và⏎chuyển đổi số về Mô hình …": the
    committee's name wraps; the second "về" still opens the title."""
    [m] = extract("- Căn cứ Quy định số 05-QĐ/BCĐTW, ngày 27/8/2025 của\nBan Chỉ đạo Trung ương về phát triển khoa "
                  "học, công nghệ, đổi mới sáng tạo và\nchuyển đổi số về Mô hình liên thông số thống nhất.")
    assert m.issuer_name == ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
                             "đổi số")
    assert m.title == "Mô hình liên thông số thống nhất"


def test_a_web_address_escaped_space_is_no_number() -> None:
    """"…/Nam%201963/UBTVQH1963_3.htm": "%20" escapes a space; "201963/UBTVQH1963" is no document."""
    found = extract("Xem https://vi.wikisource.org/wiki/Nam%201963/UBTVQH1963_3.htm và http://a.vn/so%2082/HCM.htm.")
    assert found == []


def test_a_general_signs_on_the_day_a_sentence_opens_with() -> None:
    """"Ngày 20/3/1975, Đại tướng Võ Nguyên Giáp, Bộ trưởng Bộ Quốc phòng đã ký Quyết định A": the
    day it was signed, as after "đồng chí <name>, <titles>"."""
    [m] = extract("• Ngày 20/3/1975, Đại tướng Võ Nguyên Giáp, Bộ trưởng Bộ Quốc phòng đã ký Quyết định số 44/QĐ-TM "
                  "thành lập Cục Vật tư.")
    assert m.date == dt.date(1975, 3, 20)


def test_a_download_word_ending_a_line_is_no_part_of_a_title() -> None:
    """"- TPHCM: Thông báo A về việc công khai danh sách … tải⏎": the page's download link (not
    "… về quản lý vận tải", a word of the title)."""
    [m] = extract("- TPHCM: Thông báo 8967/TB-CTTPHCM về việc công khai danh sách người nộp thuế nợ tiền thuế tải\n- X")
    assert m.title == "công khai danh sách người nộp thuế nợ tiền thuế"
    [m] = extract("Thông tư 12/2020/TT-BGTVT về quản lý vận tải\n\nTheo đó, …")
    assert m.title == "quản lý vận tải"


@pytest.mark.parametrize(("text", "found"), [("Vi phạm pháp luật trên biển bị xử lý.", 0),
                                              ("Theo Luật Biển 2012, luật trên quy định vùng biển.", 2),
                                              ("Số lần thông báo trên báo nói ít nhất 02 lần.", 0),
                                              ("Theo Thông báo 12/TB-UBND, thông báo trên nêu rõ.", 2),
                                              # "trên" a preposition: on, across
                                              ("Hội đồng quyết định trên cơ sở kết quả đánh giá.", 0),
                                              ("Tổ chức thi hành Luật trên phạm vi cả nước.", 0),
                                              ("THEO QUY ĐỊNH TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI", 0)])
def test_the_law_in_general_is_no_anaphor(text: str, found: int) -> None:
    """"pháp luật trên biển": the law in general, not "the law above"; "thông báo trên báo nói":
    announcing in a newspaper."""
    assert len(extract(text)) == found


def test_a_basis_going_on() -> None:
    """"Tiếp tục căn cứ tiểu mục 18 … Quyết định A …": the text's own basis, as "Cũng căn cứ …"."""
    [m] = extract("Tiếp tục căn cứ tiểu mục 18 Quyết định 3380/QĐ-BNNMT năm 2025 quy định thời gian giải quyết:")
    assert m.relation is Relation.BASED_ON


def test_a_body_acts_through_the_document_its_sentence_opens_with() -> None:
    """"Tại Nghị định A ngày … sửa đổi … các nghị định quy định chi tiết thi hành Luật B, Chính phủ
    đã sửa đổi, bổ sung … Nghị định C": the Government amends C by A, however A is described."""
    found = extract("Tại Nghị định số 226/2025/NĐ-CP ngày 15/8/2025 sửa đổi, bổ sung một số điều của các nghị định quy "
                    "định chi tiết thi hành Luật Đất đai, Chính phủ đã sửa đổi, bổ sung một số điều của Nghị định số "
                    "151/2025/NĐ-CP quy định về phân định thẩm quyền.")
    assert links_of(found[0]) == [(Relation.AMENDS, found[2].start)]


def test_the_foreign_exchange_ordinance_by_name() -> None:
    """"Pháp lệnh ngoại hối năm 2005": an ordinance the gazetteer knows, its name in any case."""
    [m] = extract("Theo quy định tại khoản 1 Điều 4 Pháp lệnh ngoại hối năm 2005 thì người cư trú phải mở tài khoản.")
    assert (m.text, m.kind) == ("Pháp lệnh ngoại hối năm 2005", Kind.NAMED)


def test_what_is_done_with_a_law_is_no_name() -> None:
    """"trước khi Luật Thông qua": passing a law, no law named ("Luật Ban hành văn bản …" is one)."""
    assert extract("Điều chỉnh trước khi Luật Thông qua là cần thiết.") == []
    [m] = extract("Theo Luật Ban hành VBQPPL năm 2025 thì")
    assert m.kind is Kind.NAMED


def test_a_basis_stated_now() -> None:
    """"Hiện nay, căn cứ theo quy định tại Điều 3 Nghị định A …": the page's own basis."""
    [m] = extract("Hiện nay, căn cứ theo quy định tại Điều 3 Nghị định 73/2024/NĐ-CP thì lương cơ sở là 2,34 triệu.")
    assert m.relation is Relation.BASED_ON


def test_an_amending_law_walks_back_up_a_list_of_bases() -> None:
    """Each amending law of a "Căn cứ" list amends the law at the top of it, past the one before."""
    text = ("Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12;\n"
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13;\n"
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15;\n")
    base, *amending = extract(text)
    assert [links_of(m) for m in amending] == [
        [(Relation.AMENDS, base.start)]] * 2


def test_an_item_after_a_semicolon_described_as_the_first_was_is_no_object() -> None:
    """"các Thông tư … gồm: A quy định …, B sửa đổi … C; D quy định …": B is an item of the list
    the colon opens, and D the next one of it, with the list's issuer."""
    text = ("Chi thực hiện theo các Thông tư của Bộ trưởng Bộ Tài chính gồm: Thông tư số 40/2017/TT-BTC quy "
            "định chế độ công tác phí, Thông tư số 12/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư "
            "số 40/2017/TT-BTC; Thông tư số 71/2018/TT-BTC quy định chế độ tiếp khách nước ngoài.")
    first, amending, amended, last = extract(text)
    assert [link.target for link in amending.links] == [amended.start]
    assert [m.issuer_name for m in (first, amending, last)] == ["Bộ trưởng Bộ Tài chính"] * 3


@pytest.mark.parametrize("session", ["Kỳ họp thứ 7", "tại Kỳ họp thứ bảy"])
def test_a_lead_date_past_the_session_a_law_was_passed_at(session: str) -> None:
    [m] = extract(f"Ngày 29/6/2024, {session}, Quốc hội khóa XV đã thông qua Luật Bảo hiểm xã hội số 41/2024/QH15.")
    assert (m.date, m.issuer_name) == (dt.date(2024, 6, 29), "Quốc hội")


def test_an_amending_law_amends_no_later_law_of_the_name() -> None:
    """A law of 2019 amending "Luật Cán bộ, công chức" amends the law of 2008, not that of 2025."""
    text = ("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;\nCăn cứ Luật Viên chức số 58/2010/QH12;\n"
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14;")
    _, earlier, amending = extract(text)
    assert [link.target for link in amending.links] == [earlier.start]


def test_a_documents_words_go_on_past_the_aside_naming_what_amended_it() -> None:
    text = ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ (đã được sửa đổi tại Nghị định số "
            "187/2025/NĐ-CP) quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban "
            "hành văn bản quy phạm pháp luật;")
    decree, amending, law = extract(text)
    assert links_of(decree) == [(Relation.GUIDES, law.start)]
    assert links_of(amending) == [(Relation.AMENDS, decree.start)]


@pytest.mark.parametrize(
    ("text", "guides"),
    [
        # a task a decree gives a body: the decree guides nothing
        ("Nghị định này gồm 09 điều quy định về các trường hợp được miễn, giảm tiền thuê đất.\n\nBộ trưởng Bộ "
         "Quốc phòng có trách nhiệm tính số tiền được giảm; phân công cơ quan chức năng hướng dẫn việc thu, nộp "
         "tiền sử dụng đất theo quy định tại Nghị định 102/2024/NĐ-CP và Nghị định này.", False),
        # the words of a document named after the body's task are the document's own
        ("Quy chuẩn được Chính phủ phân công Bộ Công an quản lý quy định tại Điều 23 Nghị định số 127/2007/NĐ-CP "
         "của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.", True),
    ],
)
def test_guidance_a_body_is_assigned_is_not_given(text: str, guides: bool) -> None:
    found = extract(text)
    assert any(link.relation is Relation.GUIDES for m in found for link in m.links) is guides
    assert all(m.relation is Relation.MENTIONS for m in found)


@pytest.mark.parametrize("layout", ["gồm có 5 Điều và các phụ lục", "gồm 6 chương, 40 điều", "bao gồm 3 phụ lục"])
def test_how_a_document_is_laid_out_is_no_part_of_its_title(layout: str) -> None:
    [m] = extract(f"Nghị quyết số 245/2025/QH15 về dự toán ngân sách nhà nước năm 2026 {layout}.")
    assert m.title == "dự toán ngân sách nhà nước năm 2026"


@pytest.mark.parametrize(
    "text",
    ["Căn cứ Điều 18 Nghị định 131/2013/NĐ-CP quy định về việc xử phạt khi thực hiện hành vi sao chép không "
     "đúng với các quy định của Luật sở hữu trí tuệ như sau:",
     "Người nào thực hiện hành vi phạm tội mới mà Bộ luật Hình sự 2015 quy định thì bị xử lý."],
)
def test_an_act_done_carries_out_no_document(text: str) -> None:
    found = extract(text)
    assert Relation.IMPLEMENTS not in {m.relation for m in found} | {
        link.relation for m in found for link in m.links}


@pytest.mark.parametrize(
    ("text", "based_on"),
    [
        # the provisions a basis's description names are of the document after them: not a basis
        ("Căn cứ theo Mục 1 Hướng dẫn 43-HD/BTCTW năm 2025 quy định đối tượng, nội dung kiểm điểm, tiêu chí đánh "
         "giá, xếp loại Điều 5, Điều 6, Điều 18 Quy định 366-QĐ/TW năm 2025 như sau:", [True, False]),
        ("Căn cứ khoản 2 Điều 10 Thông tư 174/2021/TT-BQP quy định nội dung kiểm tra thực hiện theo quy định tại "
         "điểm a khoản 4, khoản 5 Điều 24 Nghị định 06/2021/NĐ-CP, cụ thể như sau:", [True, False]),
        # after "và", provisions of a further basis
        ("Căn cứ quy định tại khoản 1 Điều 4 Nghị quyết 190/2025/QH15 quy định về xử lý một số vấn đề và khoản 8 "
         "Điều 54 Luật Tổ chức chính quyền địa phương 2025 thì việc kế thừa được thực hiện.", [True, True]),
    ],
)
def test_provisions_a_description_names_are_no_further_basis(text: str, based_on: list[bool]) -> None:
    assert [m.relation is Relation.BASED_ON for m in extract(text)] == based_on


@pytest.mark.parametrize(
    "tail",
    ["[Nguyễn Tấn Dũng ký 4/4/2008*liên kết hỏng*]", " bắt đầu có hiệu lực.",
     " và có hiệu lực thi hành kể từ ngày ký."],
)
def test_a_note_or_coming_into_force_is_no_part_of_a_title(tail: str) -> None:
    [m] = extract(f"Quyết định số 360/QĐ-TTg về việc thành lập Ban Chỉ đạo Trung ương về chính sách nhà ở{tail}")
    assert m.title == "thành lập Ban Chỉ đạo Trung ương về chính sách nhà ở"


def test_a_capitalised_word_glued_to_a_bodys_code() -> None:
    [m] = extract("Theo Quyết định 18/2014/QĐ-UBNDThành phố Hà Nội về giá vé xe buýt.")
    assert m.reference is not None
    assert str(m.reference) == "18/2014/QĐ-UBND"


def test_a_basis_joined_to_what_the_clause_carries_out() -> None:
    text = ("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 9859/VPCP-KGVX ngày 13/10/2025 về việc "
            "nghỉ tết và căn cứ quy định tại khoản 2 Điều 7 Nghị định số 128/2025/NĐ-CP, Bộ trưởng Bộ Nội vụ thông "
            "báo lịch nghỉ.")
    assert [m.relation for m in extract(text)] == [Relation.IMPLEMENTS, Relation.BASED_ON]


def test_a_change_to_documents_of_a_body_listed_after_a_colon() -> None:
    text = ("Nghị quyết 25/2025/NQ-HĐND sửa đổi, bổ sung một số điều tại các Nghị quyết của Hội đồng nhân dân "
            "tỉnh: số 21/2022/NQ-HĐND; số 20/2023/NQ-HĐND; số 30/2023/NQ-HĐND.")
    amending, *amended = extract(text)
    assert links_of(amending) == [
        (Relation.AMENDS, m.start) for m in amended]


@pytest.mark.parametrize(
    ("text", "guided"),
    [
        # an unnumbered decree details the law, not the decree cited before it
        ("Căn cứ theo khoản 1 Điều 4 Nghị định 87/2024/NĐ-CP quy định như sau:\n\n1. Thời hiệu xử phạt được quy "
         "định tại Điều 6 Luật Xử lý vi phạm hành chính.\n\n2. Nguyên tắc xác định hành vi vi phạm áp dụng theo "
         "quy định của Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính.",
         False),
        # unless an aside after it says which documents the words stand for
        ("Văn bản hợp nhất Thông tư hướng dẫn Luật Nhà ở (Thông tư 05/2024/TT-BXD, Thông tư 09/2025/TT-BXD)", True),
    ],
)
def test_an_unnumbered_document_guides_by_its_own_words(text: str, guided: bool) -> None:
    found = extract(text)
    assert any(link.relation is Relation.GUIDES for m in found for link in m.links) is guided


def test_a_title_ends_before_the_document_staying_in_force() -> None:
    first, _ = extract("Giấy chứng nhận cấp theo Nghị định số 65/2003/NĐ-CP của Chính phủ về tổ chức, hoạt động tư vấn "
                       "pháp luật tiếp tục có hiệu lực theo quy định của Nghị định số 77/2008/NĐ-CP.")
    assert first.title == "tổ chức, hoạt động tư vấn pháp luật"


@pytest.mark.parametrize("after_issuer", [" của Bộ Chính trị", ""])
def test_a_date_opening_the_next_clause_is_the_next_documents(after_issuer: str) -> None:
    first, issued = extract(f"Thực hiện Kết luận số 126-KL/TW{after_issuer}, ngày 5/3/2025, UBND tỉnh ban hành Kế "
                            "hoạch số 45/KH-UBND về sắp xếp.")
    assert (first.date, issued.date) == (None, dt.date(2025, 3, 5))
    assert links_of(issued) == [(Relation.IMPLEMENTS, first.start)]


def test_a_document_signed_in_the_clause_after_what_it_carries_out() -> None:
    carried_out, signed = extract("Thực hiện Nghị quyết số 40/QUTW của Thường trực Quân ủy Trung ương, ngày "
                                  "11/5/1970, Bộ trưởng Bộ Quốc phòng ký Quyết định số 88/QĐ-QP về việc thành lập Cục.")
    assert carried_out.relation is Relation.MENTIONS
    assert links_of(signed) == [(Relation.IMPLEMENTS, carried_out.start)]


def test_what_a_cited_article_is_about_is_no_title_however_it_opens() -> None:
    [m] = extract("Căn cứ quy định tại Điều 5 Thông tư 26/2024/TT-BCA về việc phân loại tai nạn giao thông như sau:")
    assert m.title is None


@pytest.mark.parametrize("cited", ["Quyết định 36/1998/QĐ-TTg", "36/1998/QĐ-TTg"])
def test_after_a_pinpoint_a_decisions_ve_viec_is_its_title(cited: str) -> None:
    """Decisions are titled "về việc …": after an article of one, the clause is the title; a
    decision's "về …" is still what the article is about."""
    [m] = extract(f"Khoản 1, Điều 3, {cited} về việc thành lập Ủy ban Quốc gia về thanh niên Việt Nam.")
    assert m.title == "thành lập Ủy ban Quốc gia về thanh niên Việt Nam"
    [m] = extract(f"Theo Điều 3 {cited} về thành lập Ủy ban Quốc gia.")
    assert m.title is None


@pytest.mark.parametrize(
    "tail",
    ["**c**[*liên kết hỏng*] - ^", " Lưu trữ ngày 28 tháng 8 năm 2017 tại Wayback Machine, Cổng Thông tin điện tử.",
     ", kèm theo đó là Phụ lục số 1, 2 in mẫu vẽ."],
)
def test_a_wiki_citations_notes_are_no_part_of_a_title(tail: str) -> None:
    [m] = extract(f"Nghị quyết số 100/NQ-CP của Chính phủ về việc thành lập thị xã Quảng Yên, tỉnh Quảng Ninh{tail}")
    assert m.title == "thành lập thị xã Quảng Yên, tỉnh Quảng Ninh"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chỉ thị của Chủ tịch Hội đồng Bộ trưởng số 122-CT ngày 12/5/1982 về công tác dân tộc.",
         [("Chỉ thị của Chủ tịch Hội đồng Bộ trưởng số 122-CT", Kind.REFERENCE, "Chủ tịch Hội đồng Bộ trưởng")]),
        ("Nghị định của Chủ tịch số 230 quy định việc thành lập.",
         [("Nghị định của Chủ tịch số 230", Kind.SHORT, "Chủ tịch")]),
        # a full symbol is found as before, with the issuer before it
        ("Quyết định của Thủ tướng Chính phủ số 123/QĐ-TTg ngày 12/3/2010",
         [("123/QĐ-TTg", Kind.REFERENCE, "Thủ tướng Chính phủ")]),
        # a storm's number, a form's: no document
        ("Công điện của Thủ tướng Chính phủ về ứng phó bão số 3 đã được ban hành.", []),
        ("Thông báo của cơ quan thuế qua phương thức điện tử theo Mẫu số 02/TB/TEM.", []),
    ],
)
def test_the_issuer_written_between_the_type_word_and_the_number(
        text: str, found: list[tuple[str, Kind, str]]) -> None:
    assert [(m.text, m.kind, m.issuer_name) for m in extract(text)] == found


def test_a_party_document_written_in_the_states_style_is_the_partys() -> None:
    """"Quyết định số 128/QĐ-TW": the Central Committee's decision, which a Party decision amends."""
    amending, amended = extract("Theo Quyết định 275-QĐ/TW ngày 14/12/2009 của Ban Bí thư về sửa đổi bổ sung một số "
                                "điều của Quyết định số 128/QĐ-TW ngày 14/12/2004 về chế độ tiền lương")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize("about", ["về quy định chi tiết và hướng dẫn thi hành một số điều của",
                                   "về việc hướng dẫn thi hành"])
def test_what_a_pinpointed_basis_is_about_may_guide_a_law(about: str) -> None:
    """"Căn cứ Điều 7 Thông tư A về hướng dẫn thi hành … Luật B": the words say what A does,
    as they would with no article cited; B is named, no basis."""
    basis, law = extract(f"Căn cứ khoản 1 Điều 7 Thông tư 01/2025/TT-BYT {about} Luật Bảo hiểm y tế.")
    assert (basis.relation, law.relation) == (Relation.BASED_ON, Relation.MENTIONS)
    assert links_of(basis) == [(Relation.GUIDES, law.start)]


def test_a_list_goes_on_past_a_semicolon_to_a_provision_of_a_document() -> None:
    """"… quy định chi tiết … Luật A về X; điểm 13 của Nghị quyết B …": B's point is detailed too."""
    found = extract("Nghị định này quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt "
                    "buộc; điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội.")
    assert [m.relation for m in found if m.kind is not Kind.ANAPHOR] == [Relation.GUIDES, Relation.GUIDES]


def test_the_letter_a_basis_answers_is_no_basis() -> None:
    text = "Căn cứ Công văn 5607/BNV-VP phúc đáp Công văn 35/SNV-XDCQ; Nghị định 10/2025/NĐ-CP quy định về X."
    assert [m.relation for m in extract(text)] == [Relation.BASED_ON, Relation.MENTIONS, Relation.BASED_ON]


@pytest.mark.parametrize("tail", ["cụ thể quy định như sau:", "được quy định như sau:", "được định nghĩa như sau:"])
def test_a_title_ends_before_what_the_sentence_goes_on_to_prescribe(tail: str) -> None:
    [m] = extract(f"Theo Kế hoạch 199/KH-SGDĐT về tuyển sinh năm học 2025-2026 tỉnh Tiền Giang {tail}")
    assert m.title == "tuyển sinh năm học 2025-2026 tỉnh Tiền Giang"


@pytest.mark.parametrize("opener", ["gồm:", "bao gồm:", "gồm có:", "bao gồm các tài liệu sau đây:",
                                    "gồm các biểu mẫu cụ thể như sau:"])
def test_a_title_ends_before_the_list_the_sentence_opens(opener: str) -> None:
    """"Đối tượng áp dụng Thông tư A về X gồm:⏎- …": the list is the sentence's, not part of X."""
    [m] = extract(f"Đối tượng áp dụng Thông tư 56/2025/TT-BCT về quy trình kiểm tra chuyên ngành Công Thương "
                  f"{opener}\n\n- Cơ quan quản lý nhà nước;")
    assert m.title == "quy trình kiểm tra chuyên ngành Công Thương"


def test_a_lead_issuer_naming_the_levels_it_works_on() -> None:
    """"… mô hình tổ chức CQĐP 02 cấp ban hành …": the committee's name holds a number, the lead's date reads on."""
    [m] = extract("Ngày 15/4/2025, Ban Chỉ đạo xây dựng mô hình tổ chức CQĐP 02 cấp ban hành Công văn 03/CV-BCĐ "
                  "năm 2025 về việc sắp xếp.")
    assert (m.date, m.issuer_name) == (dt.date(2025, 4, 15), "Ban Chỉ đạo xây dựng mô hình tổ chức CQĐP 02 cấp")


def test_an_amending_law_that_repeals_part_of_the_law_it_names() -> None:
    """What the text says the amending law does comes first: a repeal, not also an amendment by its name."""
    law, amending = extract("Căn cứ theo khoản 1 Điều 15 Luật Đấu thầu 2023 có nội dung bị bãi bỏ bởi khoản 46 Điều 1 "
                            "Luật sửa đổi Luật Đấu thầu; quy định như sau:")
    assert links_of(amending) == [(Relation.REPEALS, law.start)]


def test_markup_between_an_article_and_its_document() -> None:
    """"Điều 28** **Nghị định A về …": the clause says what the article is about, as without the markup."""
    [m] = extract("Căn cứ theo quy định tại Điều 28** **Nghị định 118/2024/NĐ-CP về trường hợp phạm nhân vi phạm được "
                  "giảm nhẹ hình thức kỷ luật như sau:")
    assert m.title is None


def test_what_a_change_conforms_to_is_not_changed() -> None:
    amending, amended, conformed = extract(
        "Nghị định số 241/2025/NĐ-CP sửa đổi khoản 1 Điều 5 Nghị định số 33/2022/NĐ-CP về phương tiện làm việc "
        "theo hướng lược bỏ một số loại phương tiện để phù hợp với quy định của Nghị định số 72/2023/NĐ-CP về xe.")
    assert [link.target for link in amending.links] == [amended.start]
    assert conformed.relation is Relation.MENTIONS


@pytest.mark.parametrize("funds", ["kinh phí", "nguồn vốn", "ngân sách"])
def test_the_funds_for_carrying_out_a_document_carry_nothing_out(funds: str) -> None:
    [m] = extract(f"Các bộ đề xuất nhu cầu {funds} thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
    assert m.relation is Relation.MENTIONS


def test_a_basis_opened_by_two_connectives() -> None:
    [m] = extract("Tuy nhiên, hiện nay căn cứ Nghị định 91/2017/NĐ-CP, việc khen thưởng được thực hiện như sau:")
    assert m.relation is Relation.BASED_ON


def test_a_lead_date_before_a_body_that_decided_to_pass_a_law() -> None:
    """"Ngày …, Kỳ họp thứ 6 của Quốc hội … đã quyết định thông qua Luật báo chí": the day the
    law was passed."""
    [m] = extract("Cũng trong nhiệm kỳ này, ngày 28 tháng 12 năm 1989, Kỳ họp thứ 6 của Quốc hội nước Cộng hòa xã "
                  "hội chủ nghĩa Việt Nam khóa VIII đã quyết định thông qua Luật báo chí.[4]")
    assert m.date == dt.date(1989, 12, 28)


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        # a short reference after the day opening its sentence and "tại"
        ("Ngày 4/6/2020, Tại Nghị quyết số 946, Ủy ban Thường vụ Quốc hội đã phê chuẩn kết quả bầu.",
         dt.date(2020, 6, 4), None),
        # a wiki's archive note between the reference and its date or issuer
        ("**^**Điều 30 Nghị quyết số: 102/2015/QH13 Lưu trữ ngày 29 tháng 3 năm 2023 tại Wayback Machine ngày 24 "
         "tháng 11 năm 2015.**^**Quỳnh Vinh", dt.date(2015, 11, 24), None),
        ("**^**Nghị quyết số 38/2004/QH11 Lưu trữ ngày 22 tháng 2 năm 2014 tại Wayback Machine của Quốc hội VN năm "
         "2004**^**", None, "Quốc hội"),
        ("**^**Sắc lệnh số: 8 ngày 5/9/1945 Lưu trữ ngày 11 tháng 2 năm 2021 tại Wayback Machine của Chủ tịch Chính "
         "phủ lâm thời- ^\n**a**Đinh Xuân Lâm", dt.date(1945, 9, 5), "Chủ tịch Chính phủ lâm thời"),
    ],
)
def test_dates_and_issuers_past_a_lead_or_an_archive_note(text: str, date: dt.date | None, issuer: str | None) -> None:
    """What a sentence's opening day or a wiki's archive note would otherwise hide."""
    [m] = extract(text)
    assert (m.date, m.issuer_name) == (date, issuer)


@pytest.mark.parametrize(
    "text",
    ["Nghị quyết 32/BCT của Bộ Chính trị khoá V (7-1986) về việc mở ra cục diện đấu tranh mới.",
     "Nghị_quyết 32/BCT của Bộ_Chính_trị khoá V ( 7-1986 ) về việc mở ra cục_diện đấu_tranh mới ."],
)
def test_the_month_of_a_document_in_parentheses_before_its_title(text: str) -> None:
    """"… của Bộ Chính trị khoá V (7-1986) về việc …": the month stands between the issuer and
    the title, and states no day."""
    [m] = extract(text)
    assert (m.date, m.issuer_name, m.title) == (None, "Bộ Chính trị", "mở ra cục diện đấu tranh mới")


def test_an_adjusted_point_numbered_with_a_dot() -> None:
    """"(2) Điều chỉnh nội dung tại điểm 4.2 khoản 4 Điều 1 Quyết định B": a point numbered "4.2"
    is a provision, and the decision that lists the item amends B."""
    text = ("Quyết định 1537/QĐ-UBND điều chỉnh các Quyết định như sau:\n\n**(1) Điều chỉnh khoản 1 Điều 1 Quyết định "
            "1175/QĐ-UBND 2020**\n\nChuyển mục đích.\n\n**(2) Điều chỉnh nội dung tại điểm 4.2 khoản 4 Điều 1 Quyết "
            "định 1268/QĐ-UBND 2023**\n\nChuyển mục đích.")
    acting, first, second = extract(text)
    assert links_of(acting) == [
        (Relation.AMENDS, first.start), (Relation.AMENDS, second.start)]


def test_a_planned_tasks_content_field_does_nothing_itself() -> None:
    """"- Nghị định quy định chi tiết … Luật A⏎+ Nội dung: quy định chi tiết … Luật A": a plan
    names a decree still to be drafted and what it will hold; the plan guides nothing."""
    text = ("|\nSố: 2623/QĐ-TTg\n|\n\n**QUYẾT ĐỊNH**\n\n5. Xây dựng Nghị định của Chính phủ\n\n- Nghị định quy "
            "định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân\n\n+ Nội dung: quy định chi tiết một số điều "
            "Luật Bảo vệ dữ liệu cá nhân quy định chi tiết: khoản 2 Điều 2.\n\n- Nghị định xử phạt vi phạm hành "
            "chính.\n\n+ "
            "Nội dung: bao gồm quy định chi tiết khoản 7 Điều 8 của Luật Bảo vệ dữ liệu cá nhân.")
    own, *laws = extract(text)
    assert own.is_self
    assert [m.relation for m in laws] == [Relation.MENTIONS] * 3


def test_an_amendment_after_what_the_amended_document_does() -> None:
    """"Căn cứ Thông tư A ngày … của Bộ trưởng … hướng dẫn quản lý …; được sửa đổi, bổ sung bởi
    Thông tư B … và Thông tư C …": past A's description, B and C amend A."""
    a, b, c = extract("Căn cứ Thông tư số 02/2017/TT-BTC ngày 06/01/2017 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý "
                      "kinh phí sự nghiệp bảo vệ môi trường; được sửa đổi, bổ sung bởi Thông tư số 31/2023/TT-BTC ngày "
                      "25/5/2023 và Thông tư số 94/2024/TT-BTC ngày 31/12/2024;")
    assert [(link.relation, link.target) for link in (*b.links, *c.links)] == [
        (Relation.AMENDS, a.start), (Relation.AMENDS, a.start)]


def test_a_repealed_list_of_provisions_wrapped_after_semicolons() -> None:
    """"3. Bãi bỏ các khoản 1, 2, 4 Điều 1;⏎các khoản 1, 2, 3 Điều 3; Phụ lục I của Thông tư A":
    the list of provisions goes on past the line break after ";"; A is repealed in part."""
    own, repealed = extract("|\nSố: 56/2025/TT-BCT\n|\n\n**THÔNG TƯ**\n\n3. Bãi bỏ các khoản 1, 2, 4 Điều 1;\ncác "
                            "khoản 1, 2, 3 Điều 3; Phụ lục I của Thông tư số 42/2022/TT-BCT quy định về kiểm tra.")
    assert own.is_self
    assert repealed.relation is Relation.REPEALS


def test_the_grounds_for_issuing_under_a_document_are_no_basis() -> None:
    """"2. Căn cứ ban hành quyết định kiểm tra …⏎và nội dung … thực hiện theo quy định tại …
    Nghị định A": "căn cứ" names the grounds for issuing, prescribed by A; A is no basis."""
    [m] = extract("2. Căn cứ ban hành quyết định kiểm tra chuyên ngành\nvà nội dung quyết định kiểm tra chuyên ngành "
                  "thực hiện theo quy định tại khoản 2, khoản 3 Điều 11 Nghị định số 217/2025/NĐ-CP.")
    assert m.relation is Relation.MENTIONS


def test_a_participle_after_a_semicolon_goes_on_with_the_title() -> None:
    """"Thực hiện Quyết định A về X; Quyết định B về việc công bố thủ tục hành chính; được sửa đổi,
    bổ sung lĩnh vực đất đai;": the list before B notwithstanding, "được" opens no item."""
    _, second = extract("Thực hiện Quyết định số 2304/QĐ-BTNMT về việc công bố thủ tục hành chính trong lĩnh vực đất "
                        "đai; Quyết định số 3380/QĐ-BNNMT về việc công bố thủ tục hành chính; được sửa đổi, bổ sung "
                        "lĩnh vực đất đai;")
    assert second.title == "công bố thủ tục hành chính; được sửa đổi, bổ sung lĩnh vực đất đai"


def test_a_change_to_a_programme_for_carrying_a_document_out_carries_it_out() -> None:
    """"Căn cứ Nghị quyết A … sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực
    hiện Nghị quyết B": A carries B out; the text rests on A and mentions B."""
    a, b = extract("Căn cứ Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ sửa đổi, bổ sung cập nhật "
                   "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính "
                   "trị về đột phá phát triển khoa học;")
    assert (a.relation, b.relation) == (Relation.BASED_ON, Relation.MENTIONS)
    assert links_of(a) == [(Relation.IMPLEMENTS, b.start)]


@pytest.mark.parametrize(
    "header",
    ["Luật số: 80/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025 |", "QUỐC HỘI |\nLuật số: 80/2025/QH15 |"],
)
def test_a_laws_header_names_its_own_number(header: str) -> None:
    """"Luật số: 80/2025/QH15" opening a header line is the law's own number; "*Quốc hội ban
    hành Luật …*" (in emphasis) names the body that passes it."""
    own, named = extract(f"{header}\n\n**LUẬT**\n\n*Quốc hội ban hành Luật Cán bộ, công chức.*")
    assert own.is_self
    assert named.issuer_name == "Quốc hội"


@pytest.mark.parametrize("field", ["d. Kiến nghị thực thi: ", "**1.2. Kiến nghị thực thi**\n\n"])
def test_what_a_simplification_plan_proposes_changes_nothing(field: str) -> None:
    """"d. Kiến nghị thực thi: Sửa đổi khoản 13, Điều 1 Nghị định A": a plan's proposal, also
    under a heading of that name; the text changes nothing itself."""
    own, decree, _ = extract(f"|\nSố: 2843/QĐ-UBND\n|\n\n{field}Sửa đổi\nkhoản 13, Điều 1 Nghị định số "
                             "61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ thi\nhành một số điều của Luật Việc làm.")
    assert own.is_self
    assert decree.relation is Relation.MENTIONS


def test_a_list_of_numbers_after_a_colon_each_changed() -> None:
    """"… thay thế các Quyết định: số A ngày … ban hành …; số B ngày … sửa đổi … Quyết định số A;
    số C ngày …": A, B and C are replaced; what B does to A is B's own."""
    found = extract("|\nSố: 45/2025/QĐ-UBND\n|\n\n1. Quyết định này có hiệu lực kể từ ngày 12 tháng 12 năm 2025 "
                    "và thay thế các Quyết định: số 23/2016/QĐ-UBND ngày 05/8/2016 của Ủy ban nhân dân tỉnh ban hành "
                    "Quy định về thoát nước; số 21/2023/QĐ-UBND ngày 23/6/2023 của Ủy ban nhân dân tỉnh sửa đổi, bổ "
                    "sung một số điều của quy định ban hành kèm theo Quyết định số 23/2016/QĐ-UBND; số 48/2023/QĐ-UBND "
                    "ngày 1/12/2023 của Ủy ban nhân dân tỉnh về việc bãi bỏ một số quy định.")
    own, _, first, second, named, third = found
    assert own.is_self
    assert [m.relation for m in (first, second, named, third)] == [
        Relation.REPLACES, Relation.REPLACES, Relation.MENTIONS, Relation.REPLACES]
    assert links_of(second) == [(Relation.AMENDS, named.start)]


_TOPIC_REPORTED = ("tham mưu Bộ trưởng báo cáo Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số "
                   "18-NQ/TW về {} trước ngày 25/5/2025.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # '… về phê duyệt⏎"Chương trình …";': the line wraps before the quoted name
        ('Căn cứ Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ về phê duyệt\n"Chương trình Chuyển đổi số quốc '
         'gia đến năm 2025";', 'phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025"'),
        # a quotation inside a quoted citation closes with the citation, and the title holds it
        ('**^**"Quyết định số 533/QĐ-CTN ngày 27 tháng 4 năm 2012 của Chủ tịch nước về việc phong tặng danh hiệu '
         '"Nghệ sĩ nhân dân"".*Thư viện pháp luật*.', 'phong tặng danh hiệu "Nghệ sĩ nhân dân"'),
        # "… về nội dung trên": the report's topic, said before, not the resolution's title
        (_TOPIC_REPORTED.format("nội dung trên"), None),
        (_TOPIC_REPORTED.format("vấn đề này"), None),
        (_TOPIC_REPORTED.format("các kiến nghị nêu trên"), None),
        # "gửi Báo cáo … theo mẫu tại Thông tư A về Thanh tra Bộ …": where the report goes, not what A is about
        ("Hội đồng có trách nhiệm gửi Báo cáo kết quả hằng năm theo mẫu quy định tại Phụ lục V ban hành kèm theo "
         "Thông tư 03/2025/TT-BYT về Thanh tra Bộ để tổng hợp, báo cáo cơ quan có thẩm quyền.", None),
        ("gửi Báo cáo theo mẫu ban hành kèm theo Thông tư 03/2025/TT-BYT về Thanh tra Bộ trước ngày 15 tháng 12.",
         None),
        # no sending: the body is what the title is about
        ("Quyết định 5/QĐ-UBND về Ban chỉ đạo phòng chống dịch tỉnh.", "Ban chỉ đạo phòng chống dịch tỉnh"),
        # ",... (…) tới …": "and so on" and an aside inside the clause, which goes on
        ("Tổng cục Thuế ban hành Công văn số 1459/TCT-TTKT về việc chuyển thông tin như Youtube, Facebook,... "
         "(tổ chức, cá nhân bán hàng) tới các Cục Thuế để rà soát. Đồng thời, …",
         "chuyển thông tin như Youtube, Facebook,... (tổ chức, cá nhân bán hàng) tới các Cục Thuế để rà soát"),
        ("Công văn số 1459/TCT-TTKT về việc chuyển thông tin... Theo đó, các Cục Thuế rà soát.", "chuyển thông tin"),
        # a citation's pointer to the article it quotes ends the title
        ('**^**""Quyết định Số: 44-QĐ/TW Về việc quản lý cán bộ - Điều 1"". Truy cập ngày 1 tháng 1 năm 2020.',
         "quản lý cán bộ"),
        # "; các công trình còn lại …": the rest, set apart in a clause of its own
        ("Bộ phê duyệt quy trình bảo trì công trình cấp I theo Phụ lục I ban hành kèm theo Thông tư 06/2021/TT-BXD "
         "về phân cấp công trình xây dựng; các công trình còn lại phân cấp cho Cục phê duyệt.",
         "phân cấp công trình xây dựng"),
        ("Thông tư 06/2021/TT-BXD về phân cấp công trình xây dựng; còn lại do Cục phê duyệt.",
         "phân cấp công trình xây dựng"),
    ],
)
def test_what_a_title_after_about_holds(text: str, title: str | None) -> None:
    """What "về" after a reference opens: a title, quoted or wrapped, or no title at all when it
    points back to the sentence's topic or names where something is sent."""
    [m] = extract(text)
    assert m.title == title


_CONSOLIDATED_DECREE = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 81/VBHN-BNNMT\n\n**NGHỊ ĐỊNH**\n\nQUY ĐỊNH VỀ BỒI THƯỜNG\n\n"
    "Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, được sửa đổi, "
    "bổ sung bởi:\n\nNghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ quy định sửa đổi, bổ "
    "sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai.\n\n"
    "**Điều 1. Phạm vi điều chỉnh**\n\nNghị định này quy định chi tiết khoản 3 Điều 87 của Luật Đất đai về "
    "bồi thường.\n\n**Điều 30. Hiệu lực thi hành**\n\nNghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 "
    "của Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.")


def test_a_consolidated_text_points_at_itself_as_the_document_it_consolidates() -> None:
    """A consolidated text ("Số: 81/VBHN-BNNMT" over "NGHỊ ĐỊNH") says "Nghị định này" of
    itself, not of the last amending decree its opening lists."""
    found = extract(_CONSOLIDATED_DECREE)
    own = found[0]
    assert own.is_self
    assert own.reference is not None
    assert own.reference.type_code == "VBHN"
    amending = next(m for m in found if m.text.endswith("226/2025/NĐ-CP"))
    detailed = [m for m in found if m.text == "Luật Đất đai"][-1]
    expired = next(m for m in found if m.text.endswith("47/2014/NĐ-CP"))
    assert [m.refers_to for m in found if m.kind is Kind.ANAPHOR] == [None, None]
    assert [link.relation for link in amending.links] == [Relation.AMENDS]
    assert (detailed.relation, expired.relation) == (Relation.GUIDES, Relation.REPEALS)


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, "
        "số 47/2024/QH15, Luật số 71/2025/QH15 và số 95/2025/QH15;",
        "(được sửa đổi bởi các Luật số 43/2024/QH15, số 47/2024/QH15, Luật số 71/2025/QH15 và số 95/2025/QH15) "
        "Luật Đất đai số 31/2024/QH15",
    ],
)
def test_agents_listed_with_the_number_word_alone_each_amend(text: str) -> None:
    """"… bởi các Luật số A, số B, Luật số C và số D": the type word is said once, each amends."""
    found = extract(text)
    amended = next(m for m in found if "31/2024" in m.text)
    agents = [m for m in found if m is not amended]
    assert len(agents) == 4
    assert all(links_of(m) == [(Relation.AMENDS, amended.start)] for m in agents) is text.startswith("Căn cứ")


_RESOLUTION = "HỘI ĐỒNG NHÂN DÂN\nSố: 48/2025/NQ-HĐND\n\n**NGHỊ QUYẾT**\n\n{}"


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        # what is replaced is equipment, bought per norms a decision sets
        ("- Các khoản kinh phí mua sắm, thay thế trang bị máy móc, thiết bị của cơ quan, đơn vị theo tiêu chuẩn, "
         "định mức quy định tại Phụ lục II Quyết định số 15/2025/QĐ-TTg ngày 14/6/2025 của Thủ tướng Chính phủ.",
         Relation.MENTIONS),
        # a part the decision prescribes, named as it is
        ("Thay thế định mức quy định tại Phụ lục II Quyết định số 15/2025/QĐ-TTg ngày 14/6/2025 của Thủ tướng "
         "Chính phủ.", Relation.REPLACES),
    ],
)
def test_replacing_things_per_a_measure_a_document_sets_replaces_no_document(body: str, relation: Relation) -> None:
    """"thay thế trang bị … theo tiêu chuẩn, định mức quy định tại Quyết định A": the measure the
    replacing follows, not a part of A replaced."""
    [own, cited] = extract(_RESOLUTION.format(body))
    assert own.is_self
    assert cited.relation is relation


def test_a_picture_caption_repeating_a_headline_changes_nothing() -> None:
    """A caption ("*Sửa đổi Quyết định A … (Hình từ Internet)*") after a news text walks through
    the changes decision B makes to A is no change B makes."""
    text = ("Ngày 26/11/2025, UBND tỉnh ban hành Quyết định 3683/QĐ-UBND sửa đổi, bổ sung một số điều của "
            "Quyết định 3051/QĐ-UBND 2022 về việc thành lập Cụm công nghiệp.\n\n"
            "**1.** Sửa đổi khoản 9 Điều 1 Quyết định 3051/QĐ-UBND 2022 như sau: hoàn thành trước 30/6/2026.\n\n"
            "*Sửa đổi Quyết định 3051/QĐ-UBND về việc thành lập Cụm công nghiệp (Hình từ Internet)*\n\n"
            "## Quyết định 3051/QĐ-UBND có hiệu lực khi nào?")
    found = extract(text)
    acting = found[0]
    caption = next(m for m in found if m.start > text.index("*Sửa đổi Quyết định"))
    walked = found[2]
    assert walked.start < caption.start
    assert walked.start in [link.target for link in acting.links]
    assert caption.start not in [link.target for link in acting.links]


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        ("Ngày 4/9/2025, Văn phòng Quốc hội ban hành Văn bản hợp nhất Luật Đầu tư số 134/VBHN-VPQH.",
         "Văn phòng Quốc hội", dt.date(2025, 9, 4)),
        ("Tải về **Văn bản hợp nhất Luật Đấu thầu số 126/VBHN-VPQH**", None, None),
    ],
)
def test_a_consolidated_law_cited_by_name_spans_its_type_words(text: str, issuer: str | None,
                                                               date: dt.date | None) -> None:
    """"Văn bản hợp nhất Luật Đầu tư số 134/VBHN-VPQH": the span opens with what the document
    is, so the body and day that issued it are read as for any other."""
    [m] = extract(text)
    assert m.text.startswith("Văn bản hợp nhất Luật")
    assert m.reference is not None
    assert m.reference.type_code == "VBHN"
    assert (m.issuer_name, m.date) == (issuer, date)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a task the decision gives a body, done per the decree
        ("Số: 5/2025/QĐ-BKHCN\n\n**Điều 2.** Giao đơn vị quản lý nhiệm vụ chủ trì, phối hợp với đơn vị có liên "
         "quan hướng dẫn tổ chức chủ trì ký Hợp đồng giao nhiệm vụ theo quy định tại Điều 15 Nghị định số "
         "267/2025/NĐ-CP.", Relation.MENTIONS),
        # the circular itself guides what the decree prescribes
        ("Số: 5/2025/TT-BNV\n\nThông tư này hướng dẫn thực hiện quản lý lao động, tiền lương trong doanh nghiệp "
         "nhà nước theo quy định tại Điều 1 Nghị định số 44/2025/NĐ-CP.", Relation.GUIDES),
    ],
)
def test_guidance_a_body_is_tasked_with_per_a_document_does_not_guide_it(text: str, relation: Relation) -> None:
    """"Giao X chủ trì … hướng dẫn … theo quy định tại Điều 15 Nghị định A" is what X will
    do per A; "Thông tư này hướng dẫn … theo quy định tại … Nghị định A" guides A."""
    [own, cited] = [m for m in extract(text) if m.kind is not Kind.ANAPHOR]
    assert own.is_self
    assert cited.relation is relation


@pytest.mark.parametrize(
    "text",
    [
        'Tại "Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ" của Ban Chấp hành Trung ương ngày 19/12/2017, ',
        "Tại *Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ* của Ban Chấp hành Trung ương ngày 19/12/2017[16] ",
        "Tại Quy định số 105-QĐ/TW về “phân cấp quản lý cán bộ” ngày 19/12/2017 của Ban Chấp hành Trung ương, ",
        # a short reference states its own issuer and date after its title as after its number
        'Tại "Quy định số 105 về phân cấp quản lý cán bộ" của Ban Chấp hành Trung ương ngày 19/12/2017 có quy định',
    ],
)
def test_the_issuer_and_date_after_a_closed_title_are_the_documents(text: str) -> None:
    """A title that quotes or emphasis close ends there, and the issuer and date stated right
    after it are the document's, in either order."""
    [m] = extract(text)
    assert m.title == "phân cấp quản lý cán bộ"
    assert (m.issuer_name, m.date) == ("Ban Chấp hành Trung ương", dt.date(2017, 12, 19))


def test_a_day_after_a_closed_title_and_a_comma_may_open_the_next_act() -> None:
    """"… về “X” của Ban Thường vụ, ngày 5/6/2020, Đảng ủy xã ban hành Kế hoạch B": B's day."""
    text = ("Thực hiện Kế hoạch số 20-KH/HU về “Tăng cường công tác dân vận” của Ban Thường vụ Huyện ủy, "
            "ngày 5/6/2020, Đảng ủy xã ban hành Kế hoạch số 30-KH/ĐU.")
    first, second = extract(text)
    assert (first.issuer_name, first.date) == ("Ban Thường vụ Huyện ủy", None)
    assert second.date == dt.date(2020, 6, 5)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the document's name, then its number, open the quoted title of a law library's citation
        ('**^**"Nghị quyết Ban hành nội quy kỳ họp Quốc hội số: 102/2015/QH13 của Quốc hội".**b***ThuVienPhapLuat.vn*. '
         "ngày 24 tháng 11 năm 2015.", dt.date(2015, 11, 24)),
        # a newspaper's headline quoting the resolution: the day it ran
        ('**^**"TOÀN VĂN: Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh". Báo Điện tử Chính '
         "phủ. ngày 16 tháng 6 năm 2025.", None),
    ],
)
def test_a_citation_quoting_a_documents_name_before_its_number_is_dated(text: str, date: dt.date | None) -> None:
    """'"Nghị quyết Ban hành nội quy … số: 102/2015/QH13 …".*ThuVienPhapLuat.vn*. ngày …': the
    date a law library gives is the document's, as when the quoted title opens with the number."""
    [m] = extract(text)
    assert m.date == date


def test_a_road_chainage_is_no_reference() -> None:
    """"Km39+200/QL.19B": the metres past a kilometre post of a national road."""
    assert extract("Từ điểm đầu tại Km39+200/QL.19B phường An Nhơn Bắc đến cuối tuyến.") == []


def test_a_list_goes_on_past_the_short_name_closing_an_item() -> None:
    """"Thực hiện A … (A), B về ban hành Kế hoạch triển khai C … (B) và D …": the short names
    close their items, so the text carries out A, B and D, and B carries out C."""
    text = ("Số: 182/KH-UBND\n\n**KẾ HOẠCH**\n\nThực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội "
            "phê duyệt chủ trương đầu tư Chương trình phòng, chống ma túy đến năm 2030 (Nghị quyết số "
            "163/2024/QH15), Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai "
            "Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình "
            "(Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an phê "
            "duyệt Chương trình; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    own, first, first_again, second, nested, second_again, third = extract(text)
    assert own.is_self
    assert [m.relation for m in (first, second, third)] == [Relation.IMPLEMENTS] * 3
    assert links_of(second) == [(Relation.IMPLEMENTS, nested.start)]
    assert (first_again.relation, nested.relation, second_again.relation) == (Relation.MENTIONS,) * 3


@pytest.mark.parametrize(
    "change",
    [
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐỊNH MỨC BẢO DƯỠNG THƯỜNG XUYÊN ĐƯỜNG QUỐC LỘ BAN HÀNH TẠI CHƯƠNG III PHỤ LỤC I "
        "THÔNG TƯ SỐ 44/2021/TT-BGTVT NGÀY 31/12/2021 CỦA BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI",
        "Sửa đổi, bổ sung một số định mức bảo dưỡng thường xuyên đường quốc lộ ban hành tại Phụ lục I Thông tư số "
        "44/2021/TT-BGTVT ngày 31/12/2021 của Bộ trưởng Bộ Giao thông vận tải.",
    ],
)
def test_changing_what_an_annex_of_a_document_issued_changes_the_document(change: str) -> None:
    """"Sửa đổi … định mức … ban hành tại Chương III Phụ lục I Thông tư A": an annex is a part
    of A, as an article is."""
    own, changed = extract(f"Số: 39/2025/TT-BXD\n\n**THÔNG TƯ**\n\n**PHỤ LỤC I**\n\n{change}\n")
    assert own.is_self
    assert changed.relation is Relation.AMENDS


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the session it was passed at, its number without "thứ"
        ("Quốc hội khóa VI đã thông qua Hiến pháp 1980 tại kỳ họp 7 ngày 18 tháng 12 năm 1980.",
         dt.date(1980, 12, 18)),
        # the clause the date opens ends with the session and the term in parentheses
        ("Ngày 9 tháng 11 năm 1946, Hiến pháp năm 1946 được thông qua tại kỳ họp thứ 2 (Quốc hội khoá I).",
         dt.date(1946, 11, 9)),
        # a date set off by a dash right after the symbol
        ("(Quyết định 188/QĐ-QP - Ngày 23 tháng 7 năm 1974)", dt.date(1974, 7, 23)),
        # not after the issuer: the dash opens the next item of a timeline
        ("thành lập theo Sắc lệnh số 60/SL của Chủ tịch Hồ Chí Minh - Ngày 15 tháng 6 năm 2013, Cục đổi tên.", None),
    ],
)
def test_the_day_a_document_was_passed_or_dated(text: str, date: dt.date | None) -> None:
    """The day stated past the session a document was passed at, or set off by a dash."""
    [m] = extract(text)
    assert m.date == date


def test_replacing_per_a_documents_provisions_replaces_nothing() -> None:
    """"xử lý theo hình thức điều chỉnh hoặc thay thế theo quy định tại điểm b khoản 2 Điều 19
    Nghị định A": invoices are replaced per A's provisions; A is mentioned."""
    text = ("Số: 5/2025/QĐ-UBND\n\nTrường hợp người bán đã xử lý theo hình thức điều chỉnh hoặc thay thế theo quy "
            "định tại điểm b khoản 2 Điều 19 Nghị định số 123/2020/NĐ-CP thì lập hóa đơn mới.")
    own, cited = extract(text)
    assert own.is_self
    assert cited.relation is Relation.MENTIONS


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        # an office the registry knows, then the person holding it, signed: the office issued, the
        # date is read on past the name
        ("Nghị định 96/CP do Thủ tướng Võ Văn Kiệt ký ngày 11 tháng 9 năm 1997.", "Thủ tướng", dt.date(1997, 9, 11)),
        # a deputy signing is no issuer
        ("Nghị định 96/CP do Phó Thủ tướng Phạm Gia Khiêm ký ngày 6-7-2005.", None, dt.date(2005, 7, 6)),
        # the office alone signed: it issued
        ("Quyết định 1/QĐ-TTg do Thủ tướng ký ngày 6-7-2005.", "Thủ tướng", dt.date(2005, 7, 6)),
    ],
)
def test_the_office_whose_holder_signed_issued(text: str, issuer: str | None, date: dt.date) -> None:
    """"… do Thủ tướng Võ Văn Kiệt ký ngày …": the office issued, not the person, and the date
    follows the name; a deputy who signed issued nothing."""
    [m] = extract(text)
    assert (m.issuer_name, m.date) == (issuer, date)


def test_an_article_of_rules_named_with_commas_holds_back_the_title() -> None:
    """"Điều 4 Quy chế đăng ký, lưu ký … ban hành kèm theo Quyết định A về X": X is what the
    article is about, the rules' name read past its commas."""
    [m] = extract("Theo quy định tại Điều 4 Quy chế đăng ký, lưu ký và thanh toán giao dịch ban hành kèm theo "
                  "Quyết định 44/QĐ-VSD về nguyên tắc đăng ký trái phiếu như sau:")
    assert m.title is None


def test_a_list_carried_out_goes_on_past_a_plan_an_item_issued() -> None:
    """"Thực hiện A …, B … ban hành Kế hoạch triển khai C và D ngày … của Thủ tướng …": C is
    what B's plan carries out; D, cited in full, is the outer list's next item."""
    text = ("Thực hiện quy định tại khoản 1 Điều 11 Nghị quyết 190/2025/QH15 ngày 19/02/2025 của Quốc hội, Quyết "
            "định 439/QĐ-TTg ngày 26/02/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Nghị quyết "
            "190/2025/QH15 và Công điện 20/CĐ-TTg ngày 26/02/2025 của Thủ tướng Chính phủ, Bộ Tư pháp đề nghị các "
            "bộ rà soát.")
    first, plan, planned, cable = extract(text)
    assert [m.relation for m in (first, plan, planned, cable)] == [
        Relation.IMPLEMENTS, Relation.IMPLEMENTS, Relation.MENTIONS, Relation.IMPLEMENTS]
    assert links_of(plan) == [(Relation.IMPLEMENTS, planned.start)]


def test_books_counted_after_a_type_word_are_no_reference() -> None:
    """"Kế hoạch 500 cuốn sách": five hundred books, not plan number 500."""
    assert extract("Nhà xuất bản thực hiện Kế hoạch 500 cuốn sách của ngành.") == []
    [plan] = extract("theo Kế hoạch 500 của UBND tỉnh")
    assert plan.number == "500"


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        # a bare year, then a wiki's footnote mark (in bold with the reference), then "của" and "về"
        ("Căn cứ theo **Quy định số 214-QĐ/TW 2020 [4]** của Bộ Chính trị về tiêu chuẩn chức danh cán bộ thì",
         "Bộ Chính trị", "tiêu chuẩn chức danh cán bộ"),
        # the sentence's main clause after the title: what a body agreed
        ("Về kéo dài thời hạn áp dụng Nghị quyết số 42/2017/QH14 về thí điểm xử lý nợ xấu của các tổ chức tín "
         "dụng, Quốc hội thống nhất kéo dài.", None, "thí điểm xử lý nợ xấu của các tổ chức tín dụng"),
    ],
)
def test_the_issuer_and_title_past_a_year_or_up_to_the_main_clause(text: str, issuer: str | None,
                                                                    title: str) -> None:
    """The issuer and title read past a bare year and a footnote mark, and a title that ends
    where the sentence's own subject agrees to something."""
    [m] = extract(text)
    assert (m.issuer_name, m.title) == (issuer, title)


@pytest.mark.parametrize(
    ("text", "amends"),
    [
        # a ministry's circular in the older style, its codes the State's: State documents both
        ("Căn cứ tiểu mục 2c Mục V Thông tư 89-TC/TCT năm 1993 được sửa đổi bởi Thông tư 03/1997/TC-TCT quy định "
         "về miễn giảm thuế.", True),
        # a Party document: no State circular amends it
        ("Kết luận 114-KL/TW năm 2015 được sửa đổi bởi Thông tư 03/1997/TC-TCT.", False),
    ],
)
def test_a_state_document_in_the_older_style_is_the_states(text: str, amends: bool) -> None:
    """"Thông tư 89-TC/TCT": written as Party symbols are, but its codes are only State
    bodies', so a State circular may amend it."""
    amended, amending = extract(text)
    assert (links_of(amending) == [(Relation.AMENDS, amended.start)]) is amends


@pytest.mark.parametrize(
    "text",
    [
        "Theo quy định trên, Thông tư 133/2016/TT-BTC không bị thay thế bởi Thông tư 99/2025/TT-BTC.",
        "Thông tư 133/2016/TT-BTC chưa được sửa đổi bởi Thông tư 99/2025/TT-BTC.",
        "Khi chưa bãi bỏ mức lương cơ sở thì mức tham chiếu quy định tại Thông tư 133/2016/TT-BTC.",
    ],
)
def test_a_change_denied_is_no_change(text: str) -> None:
    """"Thông tư A không bị thay thế bởi Thông tư B": the text says B does not replace A."""
    found = [m for m in extract(text) if m.kind is not Kind.ANAPHOR]
    assert all(m.relation is Relation.MENTIONS and not m.links for m in found)


def test_provisions_announced_as_following_are_listed_without_a_colon() -> None:
    """"4. Các quy định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành⏎a) …
    Nghị định A;⏎b) … Nghị định B;": the items after the line end, as after a colon."""
    text = ("Theo khoản 4 Điều 21 Nghị định 151/2025/NĐ-CP quy định như sau:\n\n4. Các quy định sau đây hết hiệu "
            "lực kể từ ngày Nghị định này có hiệu lực thi hành\n\na) Khoản 1 và khoản 2 Điều 22 Nghị định số "
            "71/2024/NĐ-CP;\n\nb) Khoản 5 Điều 9 Nghị định số 101/2024/NĐ-CP;\n")
    acting, _, first, second = extract(text)
    assert links_of(acting) == [(Relation.REPEALS, first.start), (Relation.REPEALS, second.start)]


def test_a_quotation_introduced_past_an_aside_on_the_quoted_documents_changes() -> None:
    """"Theo … Thông tư A (sửa đổi, bổ sung tại Điều 12 Thông tư B) như sau:⏎⏎Điều 3. …⏎⏎1. Căn
    cứ … Luật C …": the quoted words are A's; its basis is only mentioned, its "Thông tư này" is A."""
    text = ("Theo điểm a khoản 1 Điều 3 Thông tư 111/2013/TT-BTC (sửa đổi, bổ sung tại Điều 12 Thông tư "
            "92/2015/TT-BTC) như sau:\n\nĐiều 3. Các khoản thu nhập được miễn thuế\n\n1. Căn cứ quy định tại Điều 4 "
            "của Luật Thuế thu nhập cá nhân, các khoản thu nhập được miễn thuế theo Thông tư này bao gồm:")
    quoted, _, law, own = extract(text)
    assert law.relation is Relation.MENTIONS
    assert own.refers_to == quoted.start


def test_a_list_carried_out_goes_on_past_an_amending_agent_to_an_item_cited_in_full() -> None:
    """"Thực hiện Luật A, được sửa đổi bởi Luật B; Nghị định C ngày … của Chính phủ quy định chi
    tiết …": C, cited in full and described, is the next item carried out; B amends A."""
    law, amending, decree = extract(
        "Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, được sửa đổi, bổ sung "
        "một số điều bởi Luật số 87/2025/QH15; Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ "
        "quy định chi tiết một số điều của Luật, Bộ Tư pháp tổ chức họp.")
    assert (law.relation, decree.relation) == (Relation.IMPLEMENTS, Relation.IMPLEMENTS)
    assert links_of(amending) == [(Relation.AMENDS, law.start)]


def test_a_verb_ending_its_line_has_the_numbered_items_below_as_objects() -> None:
    """"Quy định này quy định chi tiết⏎⏎1. Khoản 7 Điều 72 Luật A …⏎⏎2. Điều 63 Nghị định B …": a
    verb that must have an object ends its line with none; the items below are what it details.
    A verb with its object on its line lists nothing below."""
    text = ("Quy định này quy định chi tiết\n\n1. Khoản 7 Điều\n72 và khoản 6 Điều 79 Luật Bảo vệ môi trường số\n"
            "17/2020/QH14 ngày 17/11/2020.\n\n2. Điều 63 Nghị\nđịnh số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ.")
    assert [m.relation for m in extract(text) if m.kind is not Kind.ANAPHOR] == [Relation.GUIDES] * 2
    text = "Quy định này quy định chi tiết thi hành Luật Đất đai\n\n1. Nghị định số 08/2022/NĐ-CP của Chính phủ."
    assert [m.relation for m in extract(text) if m.kind is not Kind.ANAPHOR] == [Relation.GUIDES, Relation.MENTIONS]


def test_a_body_named_after_the_date_with_its_term_then_a_title_issued() -> None:
    """"Kết luận số 37-KL/TW, ngày 2/2/2009, Hội nghị lần thứ chín Ban Chấp hành Trung ương (khóa
    X) về …": the body after the date, without "của", is the issuer when a title follows, also
    past its term."""
    [m] = extract('"Kết luận số 37-KL/TW, ngày 2/2/2009, Hội nghị lần thứ chín Ban Chấp hành Trung ương (khóa X) về '
                  'tiếp tục đẩy mạnh thực hiện Chiến lược cán bộ từ nay đến năm 2020"')
    assert (m.date, m.issuer_name) == (dt.date(2009, 2, 2), "Hội nghị lần thứ chín Ban Chấp hành Trung ương")
    assert m.title == "tiếp tục đẩy mạnh thực hiện Chiến lược cán bộ từ nay đến năm 2020"


def test_a_licence_issued_amended_amends_no_document() -> None:
    """"… theo Nghị định A: cấp, cấp lại, cấp sửa đổi, bổ sung Giấy phép … Nghị định B": a
    licence is issued amended; A amends nothing ("đa cấp được sửa đổi bởi …" is still a change)."""
    text = ("Nghị định số 146/2025/NĐ-CP (Bộ Công Thương) cấp, cấp lại, cấp sửa đổi, bổ sung, gia hạn Giấy phép "
            "theo Nghị định số 90/2007/NĐ-CP.")
    assert all(not m.links for m in extract(text))
    amended, amending = extract("Nghị định số 40/2018/NĐ-CP về kinh doanh đa cấp được sửa đổi, bổ sung bởi Nghị "
                                "định số 18/2023/NĐ-CP.")
    assert links_of(amending) == [(Relation.AMENDS, amended.start)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a provision quoted after the reference, its first item numbered: no title
        ("Khoản 1, Điều 20, Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ “*1. Nhiệm vụ, quyền hạn của "
         "Bộ Công Thương về cấp Giấy phép*”", None),
        # the title stops before "quy định:" and the quoted provision, which cites the decree again
        ("tại Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển\ncông nghiệp hỗ trợ quy định: "
         "*“1. Thẩm quyền của Bộ Công Thương về cấp Giấy\nxác nhận ưu đãi quy định tại điểm a khoản 2 Điều 11 Nghị "
         "định số 111/2015/NĐ-CP”*", "phát triển công nghiệp hỗ trợ"),
    ],
)
def test_a_quoted_provision_is_no_title(text: str, title: str | None) -> None:
    """A quotation opening with an item's number ("“1. Nhiệm vụ …") quotes a provision."""
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "carries_out"),
    [
        # the main clause opens with a document that acts: it carries A out
        ("Thực hiện chủ trương của Đảng tại Nghị quyết số 27-NQ/TW, Luật Tổ chức Tòa án nhân dân năm 2024 đã sửa "
         "đổi, bổ sung Bộ luật Tố tụng dân sự.", True),
        # a list carried out, then a body's act: the document listed second acts on nothing
        ("Thực hiện Nghị quyết số 27-NQ/TW, Nghị quyết số 28-NQ/TW và Kết luận số 12-KL/TW, Đảng ủy xã đã họp.",
         False),
    ],
)
def test_a_document_opening_the_main_clause_carries_out_the_fronted_one(text: str, carries_out: bool) -> None:
    """"Thực hiện Nghị quyết A, Luật B năm 2024 đã sửa đổi …": B carries A out; the text
    mentions both."""
    first, second, *_ = extract(text)
    assert (links_of(second)[:1] == [(Relation.IMPLEMENTS, first.start)]) is carries_out
    assert (first.relation is Relation.MENTIONS) is carries_out


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a trade union issues what it announces
        ("Ngày 17/9/2025, Công đoàn Ngân hàng Việt Nam ban hành Kế hoạch 1472/KH-CĐNH năm 2025 về việc tổ chức Đại "
         "hội.", "Công đoàn Ngân hàng Việt Nam"),
        # who decides on what a decree lets be done, not who issued the decree
        ("Việc quyết định tổ chức bắn pháo hoa quy định tại khoản 7 Điều 11 Nghị định 137/2020/NĐ-CP do Chủ tịch Ủy "
         "ban nhân dân cấp tỉnh quyết định.", None),
        ("Việc sửa đổi, bổ sung Quyết định 1521/QĐ-KTNN năm 2025 do Tổng Kiểm toán nhà nước quyết định.", None),
    ],
)
def test_a_union_issues_and_who_decides_does_not(text: str, issuer: str | None) -> None:
    """"Công đoàn … ban hành Kế hoạch A": the union issues A; "… Nghị định B do Chủ tịch … quyết
    định": who decides something under B, not B's issuer."""
    [m] = extract(text)
    assert m.issuer_name == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 26/11/2025, Hội đồng nhân dân thành phố Hà Nội khoá XVI, Kỳ họp thứ 28 thông qua Nghị quyết "
        "52/2025/NQ-HĐND về bảng giá đất.",
        "Ngày 26/11/2025, Hội đồng nhân dân thành phố Hà Nội thông qua Nghị quyết 52/2025/NQ-HĐND về bảng giá đất.",
    ],
)
def test_the_body_that_passed_a_resolution_at_a_session_issued_it(text: str) -> None:
    """"Ngày …, Hội đồng nhân dân … khoá XVI, Kỳ họp thứ 28 thông qua Nghị quyết A": the body
    and the day, past its term and the session."""
    [m] = extract(text)
    assert (m.issuer_name, m.date) == ("Hội đồng nhân dân thành phố Hà Nội", dt.date(2025, 11, 26))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a stage in parentheses names which project, as "(đợt 2)" does
        ("UBND tỉnh đã ban hành Quyết định 2750/QĐ-UBND về việc phê duyệt Nhiệm vụ Quy hoạch Khu công nghiệp Hòa Hội "
         "(mở rộng giai đoạn 2).", "phê duyệt Nhiệm vụ Quy hoạch Khu công nghiệp Hòa Hội (mở rộng giai đoạn 2)"),
        ("Thông báo 3291/TB-TTCP về Tuyển dụng công chức năm 2025 (tuyển dụng đợt 1). Theo đó",
         "Tuyển dụng công chức năm 2025 (tuyển dụng đợt 1)"),
        # not an aside that says something of the document
        ("Quyết định 2750/QĐ-UBND về việc phê duyệt Quy hoạch (có hiệu lực từ ngày 1/1/2025).", "phê duyệt Quy hoạch"),
        # a page's closing bracket, never opened in the title
        ("**^**Nghị định 15/NĐ-CP về việc thành lập thành phố Kon Tum thuộc tỉnh Kon Tum]**^**Trang",
         "thành lập thành phố Kon Tum thuộc tỉnh Kon Tum"),
        # the sentence's own predicate after a comma, or a clause of its own
        ("sau khi có nghị_quyết 03/NQ-TLĐ ngày 22/10/2004 của Đoàn_Chủ_tịch về đẩy_mạnh công_tác đào_tạo cán_bộ "
         "công_đoàn , đã có nhiều chuyển_biến .", "đẩy mạnh công tác đào tạo cán bộ công đoàn"),
        ("Quyết định số 1592/QĐ-UB ngày 7/4/2009 của UBND Thành phố về chuẩn nghèo, cận nghèo giai đoạn 2009-2013, "
         "sau khi thống nhất ý kiến với Ủy ban Mặt trận.", "chuẩn nghèo, cận nghèo giai đoạn 2009-2013"),
        # on whose proposal the sentence's act is done
        ("Nghị quyết số 1130/2016/UBTVQH13 ngày 14/01/2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn, điều kiện "
         "thành lập Ban Dân tộc theo đề nghị của Thường trực Hội đồng nhân dân cùng cấp.",
         "tiêu chuẩn, điều kiện thành lập Ban Dân tộc"),
        # but not what is said of what the title names
        ("Quyết định 5/QĐ-UBND về việc giao đất cho hộ gia đình, cá nhân đã được cấp giấy.",
         "giao đất cho hộ gia đình, cá nhân đã được cấp giấy"),
        # a "và" the clause cut after it went on from
        ("Điều 26 Nghị_định số 82/2001/NĐ-CP ngày 06/11/2001 của Chính_phủ về nghi_lễ Nhà_nước và đón_tiếp khách "
         "nước_ngoài và do Bộ Công_an chịu trách_nhiệm .", "nghi lễ Nhà nước và đón tiếp khách nước ngoài"),
    ],
)
def test_a_titles_stage_in_parentheses_and_what_is_left_at_its_end(text: str, title: str) -> None:
    assert extract(text)[0].title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chỉ diễn_ra đến khi có Luật Kinh_doanh ra_đời .", "Luật Kinh_doanh"),
        ("các quy định trong Luật Kinh doanh buộc người muốn thành lập doanh nghiệp phải nộp đơn", "Luật Kinh doanh"),
        ("Hiến pháp Mông Cổ đặt ra ba yêu cầu", "Hiến pháp Mông Cổ"),
        ("Luật Bầu cử mà Tổng thống vừa đưa ra", "Luật Bầu cử"),
        ("Hiến pháp Hàn Quốc nhưng không kiểm soát", "Hiến pháp Hàn Quốc"),
        # "không" inside a name
        ("Theo Luật Hàng không mới", "Luật Hàng không"),
    ],
)
def test_a_name_ends_where_the_sentence_says_what_the_law_does(text: str, name: str) -> None:
    """An unlisted law's name runs over its words up to one of the sentence's own: "… Luật Kinh
    doanh ra đời", "… buộc", "… mà", "… nhưng"."""
    [m] = extract(text)
    assert m.text == name


def test_an_issuer_ends_where_the_body_is_doing_something() -> None:
    """"… Đề án 30 của Bộ đang tập trung tính toán …": what the body is doing is no part of its name."""
    [m] = extract("Các đơn_vị và Tổ công_tác thực_hiện Đề_án 30 của Bộ đang tập_trung tính_toán chi_phí tuân_thủ .")
    assert m.issuer_name == "Bộ"


@pytest.mark.parametrize("when", ["Sau khi", "Ngay sau khi", "Khi", "Trước khi"])
def test_a_lead_that_opens_with_when_names_the_issuer(when: str) -> None:
    """"Sau khi Thủ tướng Chính phủ ban hành Chỉ thị …": the clause says when; the body issued it."""
    [m] = extract(f"{when} Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025 về tăng cường "
                  "công tác chống buôn lậu, các bộ đã vào cuộc.")
    assert (m.issuer_name, m.date) == ("Thủ tướng Chính phủ", dt.date(2025, 5, 17))


def test_a_basis_list_goes_on_past_a_type_word_and_its_colon() -> None:
    """"Căn cứ Công điện A; Các Công điện: số B, số C": B and C are bases too."""
    found = extract("Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ; Các Công điện: số "
                    "007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND;\n\nTheo đề nghị của Sở Nông nghiệp.")
    assert [m.relation for m in found] == [Relation.BASED_ON] * 3


@pytest.mark.parametrize("field", ["Căn cứ pháp lý của thủ tục hành chính:", "**(*) Căn cứ pháp lý của TTHC:**",
                                   "l) Căn cứ pháp lý của thủ tục hành chính nội bộ:"])
def test_a_published_procedures_legal_basis_is_no_basis_of_the_text(field: str) -> None:
    """A decision publishing procedures gives each one's "Căn cứ pháp lý của thủ tục hành chính":
    the procedure's basis, which the decision only mentions."""
    found = extract(f"# 11.\n{field}\n\n- Luật Đo đạc và bản đồ năm 2018;\n\n- Nghị định số 136/2025/NĐ-CP ngày "
                    "12/6/2025 của Chính phủ.")
    assert [m.relation for m in found] == [Relation.MENTIONS, Relation.MENTIONS]
