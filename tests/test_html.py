"""Portal pages: visible text and its offset map, mentions in raw HTML, articles, safety."""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import time
import unicodedata
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc import Kind, extract
from govdoc.cli import main
from govdoc.html import (
    HtmlTooLarge,
    decode_html,
    detect_encoding,
    extract_html,
    looks_like_html,
    parse_html,
    read_article,
    visible_text,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_TEXT = ROOT / "examples" / "khanh-vinh-dan-van-2021.txt"
SEED_PAGE = DATA / "khanh-vinh-dan-van-2021.html"
D16 = DATA / "d16-daksong-hd-nam-ky-khoi-nghia.html"

SEED_TITLE = "Hiệu quả từ công tác dân vận chính quyền trên địa bàn huyện Khánh Vĩnh"
SEED_SECTION = "ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"
SEED_AUTHOR = "CTV Duy Hải – BTGHU Khánh Vĩnh"
# The seven references the seed article cites, in order (read off the article text).
SEED_REFERENCES = ["16/CT-TTg", "217-QĐ/TW", "218-QĐ/TW", "16/CT-TTg", "20-KH/HU", "114-KL/TW",
                   "405/KH-UBND"]


def squeeze(text: str) -> str:
    return "".join(text.split())


def lxml_visible(raw: str) -> str:
    """What lxml sees as the text of the page's body, scripts and styles removed."""
    root = parse_html(raw)
    for el in root.xpath("//script|//style|//title"):
        el.drop_tree()
    return root.body.text_content()


# --- visible text ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SEED_PAGE, D16], ids=["seed-page", "d16"])
def test_visible_text_matches_lxml_on_real_pages(path: Path) -> None:
    """Our tokenizer reads the same text as lxml's parser, white space aside."""
    raw = path.read_text("utf-8")
    assert squeeze(visible_text(raw).text) == squeeze(lxml_visible(raw))


def test_d16_entities_are_decoded_and_map_back_to_their_spelling() -> None:
    """On the Đắk Nông page, "N&ocirc;ng" reads "Nông" and maps back to the entity."""
    raw = D16.read_text("utf-8")
    vt = visible_text(raw)
    at = vt.text.index("Đại hội Đảng bộ tỉnh Đắk Nông nhiệm kỳ 2020-2025")
    start, end = vt.raw_span(at, at + len("Đại hội Đảng bộ tỉnh Đắk Nông"))
    assert raw[start:end] == "Đại hội Đảng bộ tỉnh Đắk N&ocirc;ng"
    assert vt.text.startswith("Ban Tuyên giáo tỉnh ủy Đắk Nông vừa có văn bản")


def test_what_is_not_visible_is_left_out() -> None:
    """Head, title, scripts, styles and comments are not visible text; blocks start lines."""
    raw = ("<!DOCTYPE html><html><head><title>Chỉ thị 16/CT-TTg</title><meta content='x'>"
           "<style>p{color:red}</style></head><body><!-- Kết luận 114-KL/TW --><div>Một"
           "<script>if (a < b) { x = '</p>'; }</script></div><p>Hai<br>Ba</p><ul><li>Bốn</li></ul>"
           "Năm</body></html>")
    assert visible_text(raw).text == "Một\nHai\nBa\nBốn\nNăm"


@pytest.mark.parametrize(("raw", "seen"), [
    ("a < b và c<3", "a < b và c<3"),  # a "<" that opens no tag is text
    ("x</>y", "xy"),  # an empty end tag vanishes
    ("x<!-- không đóng", "x"),  # an unclosed comment runs to the end
    ("x<!---->y<!-->z", "xyz"),  # the short comment forms
    ('x<p title="a>b">y', "x\ny"),  # ">" inside a quoted attribute does not end the tag
    ("x<p title='không đóng>y", "x"),  # an unclosed quote runs to the end: the tag is dropped
    ("x<p", "x"),  # the input ends inside a tag
    ("x</ p>y", "xy"),  # a bad end tag is a bogus comment
    ("&amp;&lt;&notit; &#x110;&#272; &#0;&#xFFFFFFFFFFFF; &foo; &", "&<¬it; ĐĐ \ufffd\ufffd &foo; &"),
    ("<textarea>a<b>&amp;</textarea>c", "a<b>&c"),  # textarea: text, entities decoded
])
def test_broken_markup_is_read_like_a_browser(raw: str, seen: str) -> None:
    """Broken markup is tokenized as the HTML standard says, never refused."""
    assert visible_text(raw).text == seen


@given(st.text(max_size=200))
def test_escaped_text_in_a_paragraph_maps_back_exactly(text: str) -> None:
    """For any text, an escaped <p> page reads back as that text, each character from its escape."""
    raw = f"<p>{html.escape(text)}</p>"
    vt = visible_text(raw)
    assert vt.text == text
    for i, char in enumerate(text):
        start, end = vt.raw_span(i, i + 1)
        assert html.unescape(raw[start:end]) == char


HTMLISH = st.text(alphabet="<>/!-&;#=\"' \nabpsrciptlemx0123456789Đđ", max_size=120)


@given(HTMLISH)
def test_visible_text_never_crashes_and_maps_inside_the_page(raw: str) -> None:
    """On any HTML-ish string the map is monotone and stays inside the page."""
    vt = visible_text(raw)
    positions = [vt.to_raw(i) for i in range(len(vt.text) + 1)]
    assert positions == sorted(positions)
    assert all(0 <= p <= len(raw) for p in positions)


FRAGMENTS = [
    "Chỉ thị số 16/CT-TTg", "Th&ocirc;ng tư số 03/2016/TT-BNV", "Kết luận <b>114-KL/TW</b>",
    "Nghị định số <strong>30/2020/NĐ-CP</strong>", " ngày 16/5/2016 ", " của Ch&iacute;nh phủ ",
    "<p>", "</p>", "<br>", "<!-- Quyết định 218-QĐ/TW -->", "<span>", "</span>", "&nbsp;", ", ",
    "<img alt='Chỉ thị 05-CT/TW'>", "<script>var s = '16/CT-TTg';</script>", "về việc ", "và ",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_mentions_index_the_raw_page(parts: list[str]) -> None:
    """Every mention's offsets index the raw HTML, and the references are those of the text."""
    raw = "".join(parts)
    mentions = extract_html(raw)
    assert all(raw[m.start:m.end] == m.text for m in mentions)
    assert [m.canonical for m in mentions] == [m.canonical for m in extract(visible_text(raw).text)]


def test_extract_html_spans_hold_entities_and_inline_tags() -> None:
    """A span may hold character references and inline markup, as written in the page."""
    raw = "<p>Căn cứ Th&ocirc;ng tư số 03/2016/TT-BNV và Nghị định số <em>30/2020/NĐ-CP</em>.</p>"
    assert [(m.text, m.canonical) for m in extract_html(raw)] == [
        ("Th&ocirc;ng tư số 03/2016/TT-BNV", "03/2016/TT-BNV"),
        ("Nghị định số <em>30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ]


def test_extract_html_on_the_seed_page_finds_the_seed_references() -> None:
    """The portal page built from the seed cites the seed's seven references, none from
    its title, meta description, script, style, comment or image alt text."""
    raw = SEED_PAGE.read_text("utf-8")
    found = [m for m in extract_html(raw) if m.kind is Kind.REFERENCE]
    assert [m.canonical for m in found] == SEED_REFERENCES
    assert all(raw[m.start:m.end] == m.text for m in found)
    assert found[3].text == "Chỉ thị số <strong>16/CT-TTg"
    body_start = raw.index("<body>")
    assert all(m.start > body_start and "<!--" not in m.text for m in found)


def test_linear_time_on_pathological_input() -> None:
    """Unclosed tags, quotes, comments and references do not make the tokenizer quadratic."""
    for chunk in ("<a x='", "<a ", "<!", "&am", "</x ", "<p title=\"a>"):
        raw = chunk * 40_000
        began = time.perf_counter()
        visible_text(raw)
        assert time.perf_counter() - began < 2.0, chunk


# --- safety -------------------------------------------------------------------------------------


def test_size_cap_is_explicit_and_adjustable() -> None:
    """A page over the cap is refused with a clear error; max_chars moves the cap."""
    with pytest.raises(HtmlTooLarge, match="page too large: 11 characters, the limit is 10"):
        visible_text("<p>0123</p>", max_chars=10)
    with pytest.raises(ValueError, match="limit"):
        read_article(b"x" * 11, max_chars=10)
    assert visible_text("<p>0123</p>", max_chars=11).text == "0123"


def test_parser_loads_no_external_entity(tmp_path: Path) -> None:
    """An external entity or DTD in the page is never fetched or expanded."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", "utf-8")
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
            f'<html><body><p>&xxe;</p><img src="{secret.as_uri()}"></body></html>')
    root = parse_html(page)
    assert "TOP-SECRET" not in lxml.html.tostring(root, encoding="unicode")
    article = read_article(page)
    assert "TOP-SECRET" not in article.body


def test_deep_nesting_is_parsed_without_crashing() -> None:
    """Thousands of nested elements are parsed (libxml2's depth limit), not a crash."""
    page = "<div>" * 20_000 + "Chỉ thị số 16/CT-TTg" + "</div>" * 20_000
    parse_html(page)
    article = read_article(page)
    assert isinstance(article.body, str)
    assert [m.canonical for m in extract_html(page)] == ["16/CT-TTg"]


# --- decoding -------------------------------------------------------------------------------


def test_encoding_from_bom_meta_and_content() -> None:
    """A BOM wins over meta charset, which wins over guessing; Windows-1258 is the fallback."""
    utf8 = "<meta charset='windows-1258'><p>Đảng</p>".encode()
    assert detect_encoding(codecs.BOM_UTF8 + utf8) == "utf-8-sig"
    assert decode_html(codecs.BOM_UTF8 + utf8) == "<meta charset='windows-1258'><p>Đảng</p>"
    assert detect_encoding(b"<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>") == "utf-8"
    legacy = b"<p>\xd0a\xd2ng u\xd2y</p>"  # "Đảng ủy" in Windows-1258; \xd0 is not valid UTF-8 here
    assert detect_encoding(legacy) == "cp1258"
    assert unicodedata.normalize("NFC", decode_html(legacy)) == "<p>Đảng ủy</p>"
    assert detect_encoding("<p>Đảng</p>".encode("utf-16")) == "utf-16"


def test_looks_like_html() -> None:
    """Only a document start (doctype or <html>) after white space counts."""
    assert looks_like_html("  \n<!doctype html><p>x")
    assert looks_like_html("<HTML lang=vi>")
    assert not looks_like_html("<p>một đoạn</p>")
    assert not looks_like_html("Chỉ thị số 16/CT-TTg <html>")


# --- articles ---------------------------------------------------------------------------------


def test_read_article_on_the_seed_text_dump() -> None:
    """The seed dump: section line, date/view line, headline, body, byline, then furniture."""
    text = SEED_TEXT.read_text("utf-8")
    article = read_article(text)
    assert article.format == "text"
    assert article.title == SEED_TITLE
    assert article.section == SEED_SECTION
    assert article.published == dt.datetime(2021, 11, 2, 23, 58)
    assert article.views == 1631
    assert article.author == SEED_AUTHOR
    assert article.body.startswith("Thời gian qua, công tác dân vận chính quyền")
    assert article.body.endswith("quyền làm chủ của Nhân dân.")
    for furniture in ("Liên kết web", "Thăm dò ý kiến", "Số lượt truy cập", "Lượt xem", SEED_AUTHOR):
        assert furniture not in article.body
    assert [m.canonical for m in article.mentions if m.kind is Kind.REFERENCE] == SEED_REFERENCES


def test_text_mentions_lead_back_to_the_input() -> None:
    """Each mention's block gives its line and offset in the text dump."""
    text = SEED_TEXT.read_text("utf-8")
    article = read_article(text)
    for m in article.mentions:
        assert article.body[m.start:m.end] == m.text
        block = article.block_of(m)
        assert block is not None
        assert block.source_start is not None
        assert block.line is not None
        at = block.source_start + m.start - block.start
        assert text[at:at + len(m.text)] == m.text
        assert text.splitlines()[block.line - 1].strip().startswith(article.body[block.start:block.start + 20])


def test_read_article_on_the_seed_portal_page() -> None:
    """The portal page gives the same article as its text dump, without menus or sidebars."""
    page = SEED_PAGE.read_bytes()
    article = read_article(page, url="https://khanhvinh.khanhhoa.gov.vn/tin/1631")
    assert (article.title, article.section, article.author, article.views) == (
        SEED_TITLE, SEED_SECTION, SEED_AUTHOR, 1631)
    assert article.published == dt.datetime(2021, 11, 2, 23, 58)
    assert article.url == "https://khanhvinh.khanhhoa.gov.vn/tin/1631"
    assert article.body == read_article(SEED_TEXT.read_text("utf-8")).body
    for furniture in ("Trang chủ", "Liên kết", "Thăm dò", "truy cập", "Bản quyền", "Gửi bình chọn"):
        assert furniture not in article.body


def test_html_mentions_lead_back_to_their_element() -> None:
    """Each mention's block names (by XPath) the element of parse_html's tree it came from."""
    raw = SEED_PAGE.read_text("utf-8")
    article = read_article(raw)
    tree = parse_html(raw).getroottree()
    for m in article.mentions:
        block = article.block_of(m)
        assert block is not None
        assert block.path is not None
        [element] = tree.xpath(block.path)
        assert m.text in " ".join(element.text_content().split())
        assert element.tag == "p"


def test_read_article_on_the_d16_fragment() -> None:
    """The Đắk Nông post is a bare fragment: no headline or date, a byline of initials."""
    article = read_article(D16.read_text("utf-8"))
    assert article.title is None
    assert article.published is None
    assert article.author == "HL"
    assert article.body.startswith("Ban Tuyên giáo tỉnh ủy Đắk Nông vừa có văn bản hướng dẫn")
    assert article.body.endswith("Nghị quyết Đại hội Đảng bộ tỉnh Đắk Nông nhiệm kỳ 2020-2025.")
    assert len(article.blocks) == 3


@pytest.mark.parametrize(("line", "when"), [
    ("Cập nhật: 15/03/2025 08:30", dt.datetime(2025, 3, 15, 8, 30)),
    ("08:30 15/03/2025", dt.datetime(2025, 3, 15, 8, 30)),
    ("Thứ Hai, 03/9/2025 - 14h05", dt.datetime(2025, 9, 3, 14, 5)),
    ("Ngày đăng: 3/9/2025", dt.datetime(2025, 9, 3)),
])
def test_publication_date_forms(line: str, when: dt.datetime) -> None:
    """The date line portals use, in its common spellings."""
    article = read_article(f"Tiêu đề bài viết về cải cách\n{line}\nĐoạn một của bài.\nĐoạn hai.\n")
    assert article.published == when
    assert article.title == "Tiêu đề bài viết về cải cách"


def test_html_metadata_tags_are_read() -> None:
    """og:title, article:published_time and a views box are read from the markup."""
    page = ("<html><head><meta charset='utf-8'>"
            "<meta property='article:published_time' content='2025-03-15T08:30:00+07:00'>"
            "<meta property='og:title' content='Triển khai Luật Đất đai'></head><body>"
            "<h2>Triển khai Luật Đất đai</h2><div class='views'>Lượt xem: 1.234</div>"
            "<p>Theo Nghị định số 102/2024/NĐ-CP của Chính phủ.</p><p>Thanh Hà</p></body></html>")
    article = read_article(page.encode())
    assert article.title == "Triển khai Luật Đất đai"
    assert article.published == dt.datetime(2025, 3, 15, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert article.views == 1234
    assert article.author == "Thanh Hà"
    assert article.body == "Theo Nghị định số 102/2024/NĐ-CP của Chính phủ."
    assert [m.canonical for m in article.mentions] == ["102/2024/NĐ-CP"]


def test_windows_1258_page_is_decoded_by_its_meta_charset() -> None:
    """Legacy bytes (tones as combining marks) are decoded and the reference still found."""
    page = (b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>"
            b"</head><body><p>Theo Nghi\xf2 \xf0i\xf2nh s\xf4\xec 102/2024/N\xd0-CP.</p></body></html>")
    article = read_article(page)
    assert unicodedata.normalize("NFC", article.body) == "Theo Nghị định số 102/2024/NĐ-CP."
    assert [m.canonical for m in article.mentions] == ["102/2024/NĐ-CP"]


@given(HTMLISH)
def test_read_article_never_crashes(raw: str) -> None:
    """Any HTML-ish input gives an article whose mentions index its body."""
    article = read_article(raw)
    assert all(article.body[m.start:m.end] == m.text for m in article.mentions)


# --- command line -------------------------------------------------------------------------------


def test_cli_extract_reports_raw_html_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    """`govdoc extract page.html` gives offsets into the raw file, marked as HTML."""
    assert main(["extract", str(SEED_PAGE)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    raw = SEED_PAGE.read_text("utf-8")
    assert [r["canonical"] for r in records if r["kind"] == "reference"] == SEED_REFERENCES
    assert all(raw[r["start"]:r["end"]] == r["text"] and r["format"] == "html" for r in records)


def test_cli_extract_detects_html_by_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file starting with <!doctype is HTML whatever its name; other text stays text."""
    page = tmp_path / "page.txt"
    page.write_text("\n<!DOCTYPE html><p>Th&ocirc;ng tư số 03/2016/TT-BNV</p>", "utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("<p>Th&ocirc;ng tư số 03/2016/TT-BNV</p>", "utf-8")
    assert main(["extract", str(page), str(plain)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["text"], first["format"]) == ("Th&ocirc;ng tư số 03/2016/TT-BNV", "html")
    assert second["text"] == "03/2016/TT-BNV"
    assert "format" not in second
