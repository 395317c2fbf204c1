"""Linking pages: what gets a link, what never does, escaping, idempotence, the browser's view."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govdoc import Kind, Mention
from govdoc.annotate import CSS_CLASS, annotate, render_href
from govdoc.cli import main
from govdoc.html import parse_html

DATA = Path(__file__).resolve().parent / "data"
SEED_PAGE = DATA / "khanh-vinh-dan-van-2021.html"
D16 = DATA / "d16-daksong-hd-nam-ky-khoi-nghia.html"
TEMPLATE = "https://portal.example/van-ban/{canonical}"

# An anchor annotate added, and its content (never holding another anchor).
ADDED = re.compile(r'<a class="govdoc-ref" href="[^"]*"(?: data-govdoc-id="[^"]*")?>(.*?)</a>', re.DOTALL)


def strip_added(page: str) -> str:
    """The page with the anchors annotate adds taken out again."""
    return ADDED.sub(r"\1", page)


def links(page: str) -> list[tuple[str, str, str]]:
    """(href, data-govdoc-id, text) of each added link, as a parser sees them."""
    root = parse_html(page)
    return [(a.get("href") or "", a.get("data-govdoc-id") or "", a.text_content())
            for a in root.iter("a") if a.get("class") == CSS_CLASS]


def test_template_fields_fill_the_href() -> None:
    """Every template field takes its part of the reference, percent-encoded."""
    page = "<p>Căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 26/10/2016.</p>"
    out = annotate(page, href="/vb/{year}/{type_code}/{number}/{issuers}?s={canonical}&id={id}")
    [(href, doc_id, text)] = links(out)
    assert href == "/vb/2016/TTLT/03/BNV-BTC?s=03/2016/TTLT-BNV-BTC&id=vn/state/bnv-btc/ttlt/2016/3"
    assert doc_id == "vn/state/bnv-btc/ttlt/2016/3"
    assert text == "Thông tư liên tịch số 03/2016/TTLT-BNV-BTC"
    assert '&amp;id=' in out  # the "&" of the URL is escaped in the attribute


def test_party_reference_year_comes_from_its_date() -> None:
    """A Party symbol has no year; {year} takes the stated date's, and {canonical} is percent-encoded."""
    out = annotate("<p>Quyết định số 217-QĐ/TW ngày 12/12/2013</p>", href="/{year}/{canonical}")
    assert links(out)[0][0] == "/2013/217-Q%C4%90/TW"


def test_callable_href_and_none_leaves_unlinked() -> None:
    """A function decides each link; returning None leaves that reference as it was."""
    page = "<p>Chỉ thị số 16/CT-TTg và Kết luận số 114-KL/TW.</p>"
    out = annotate(page, href=lambda m: None if m.canonical == "16/CT-TTg" else f"/kl/{m.reference.number}")
    assert [(h, t) for h, _i, t in links(out)] == [("/kl/114", "Kết luận số 114-KL/TW")]
    assert out.startswith("<p>Chỉ thị số 16/CT-TTg và <a ")


def test_named_documents_are_offered_when_asked() -> None:
    """kinds=(Kind.NAMED,) offers documents cited by name to the href function."""
    seen: list[Mention] = []

    def href(m: Mention) -> str:
        seen.append(m)
        return "/luat/dat-dai"

    out = annotate("<p>Theo Luật Đất đai năm 2024.</p>", href=href, kinds=(Kind.NAMED,))
    assert [m.kind for m in seen] == [Kind.NAMED]
    assert [t for _h, _i, t in links(out)] == ["Luật Đất đai năm 2024"]


def test_bad_templates_are_refused_up_front() -> None:
    """Unknown fields, attribute access and format specs are errors, before any work."""
    for template in ("/{title}", "/{canonical.__class__}", "/{year:>8}", "/{canonical!r}", "/{"):
        with pytest.raises(ValueError, match="bad href template"):
            annotate("<p>Chỉ thị số 16/CT-TTg</p>", href=template)


@pytest.mark.parametrize("target", [
    'x" onmouseover="alert(1)', "x'><script>alert(1)</script>", "/a?b=<c>&d=\"e\"",
])
def test_hostile_hrefs_cannot_inject_markup(target: str) -> None:
    """Whatever the href function returns ends up as the attribute's value, nothing more."""
    out = annotate("<p>Chỉ thị số 16/CT-TTg</p>", href=lambda m: target)
    [(href, _id, text)] = links(out)
    assert href == target
    assert text == "Chỉ thị số 16/CT-TTg"
    root = parse_html(out)
    assert root.find(".//script") is None
    assert all(not name.startswith("on") for el in root.iter() for name in el.attrib)


@pytest.mark.parametrize("target", ["javascript:alert(1)", " JavaScript:x", "java\tscript:x", "data:text/html,x"])
def test_unsafe_schemes_are_refused(target: str) -> None:
    """A javascript:, vbscript:, data: or file: link is an error, however it is spelled."""
    with pytest.raises(ValueError, match="unsafe URL scheme"):
        annotate("<p>Chỉ thị số 16/CT-TTg</p>", href=lambda m: target)


def test_hostile_page_text_stays_text() -> None:
    """Escaped markup in the text around a reference stays escaped and outside the link."""
    page = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;Chỉ thị số 16/CT-TTg&quot; &amp; x</p>"
    out = annotate(page, href=TEMPLATE)
    assert strip_added(out) == page
    assert parse_html(out).find(".//script") is None
    assert [t for _h, _i, t in links(out)] == ["Chỉ thị số 16/CT-TTg"]


def test_only_visible_body_text_is_linked() -> None:
    """Attributes, comments, title, script, style, textarea, options and existing links are untouched."""
    page = ("<html><head><title>Chỉ thị số 16/CT-TTg</title>"
            "<meta name='description' content='Chỉ thị số 16/CT-TTg'>"
            "<style>/* Chỉ thị số 16/CT-TTg */</style></head><body>"
            "<img alt='Chỉ thị số 16/CT-TTg'><!-- Chỉ thị số 16/CT-TTg -->"
            "<script>var s = 'Chỉ thị số 16/CT-TTg';</script>"
            "<textarea>Chỉ thị số 16/CT-TTg</textarea>"
            "<select><option>Chỉ thị số 16/CT-TTg</option></select>"
            "<button>Chỉ thị số 16/CT-TTg</button>"
            "<a href='/cu'>theo Chỉ thị số 16/CT-TTg</a>"
            "<p>Kết luận số 114-KL/TW</p></body></html>")
    out = annotate(page, href=TEMPLATE)
    assert [t for _h, _i, t in links(out)] == ["Kết luận số 114-KL/TW"]
    assert strip_added(out) == page


def test_reference_split_by_inline_markup_gets_one_link() -> None:
    """`Nghị định số <strong>123/2016/NĐ-CP</strong>` is wrapped whole, markup inside the link."""
    page = "<p>Theo Nghị định số <strong>123/2016/NĐ-CP</strong> của Chính phủ.</p>"
    out = annotate(page, href=TEMPLATE)
    assert '<a class="govdoc-ref" href="https://portal.example/van-ban/123/2016/N%C4%90-CP" ' in out
    assert ">Nghị định số <strong>123/2016/NĐ-CP</strong></a> của Chính phủ.</p>" in out


def test_reference_across_unnestable_markup_is_linked_piece_by_piece() -> None:
    """Where one link cannot hold the markup (a line break between paragraphs), each piece gets one."""
    page = "<p><b>Công văn số</b></p><p>1923/TCT-TTKT ngày 5/5/2020</p>"
    out = annotate(page, href=TEMPLATE)
    assert [t for _h, _i, t in links(out)] == ["Công văn số", "1923/TCT-TTKT"]
    assert strip_added(out) == page


def test_entities_inside_a_reference_are_kept() -> None:
    """A reference spelled with character references is linked as written."""
    page = "<p>Căn cứ Th&ocirc;ng tư số 03/2016/TT-BNV của Bộ Nội vụ</p>"
    out = annotate(page, href=TEMPLATE)
    assert ">Th&ocirc;ng tư số 03/2016/TT-BNV</a> của" in out
    assert links(out)[0][2] == "Thông tư số 03/2016/TT-BNV"


def test_seed_page_is_linked_and_otherwise_unchanged() -> None:
    """On the seed's portal page, six references get links (one was linked already) and
    every other byte of the page is unchanged."""
    page = SEED_PAGE.read_text("utf-8")
    out = annotate(page, href=TEMPLATE)
    found = links(out)
    assert [t for _h, _i, t in found] == [
        "Chỉ thị số 16/CT-TTg", "Quyết định số 217-QĐ/TW", "Quyết định số 218-QĐ/TW",
        "Chỉ thị số 16/CT-TTg", "Kết luận số 114-KL/TW", "Kế hoạch số: 405/KH-UBND",
    ]
    assert found[0][0] == "https://portal.example/van-ban/16/CT-TTg"
    assert found[0][1] == found[3][1] == "vn/state/ttg/ct/2016/16"
    assert strip_added(out) == page
    assert annotate(out, href=TEMPLATE) == out


def test_page_without_references_comes_back_identical() -> None:
    """The Đắk Nông post cites no numbered document: the page is returned as it was."""
    page = D16.read_text("utf-8")
    assert annotate(page, href=TEMPLATE) == page


FRAGMENTS = [
    "Chỉ thị số 16/CT-TTg", "Th&ocirc;ng tư số 03/2016/TT-BNV", "Kết luận <b>114-KL/TW</b>",
    "Nghị định số <strong>30/2020/NĐ-CP</strong>", " ngày 16/5/2016 ", " của Ch&iacute;nh phủ ",
    "<p>", "</p>", "<br>", "<!-- Quyết định 218-QĐ/TW -->", "<span>", "</span>", "&nbsp;", ", ",
    "<a href='/x'>", "</a>", "<img alt='Chỉ thị 05-CT/TW'>", "<textarea>", "</textarea>", "<i>", "</i>",
    "<script>var s = '16/CT-TTg';</script>", "về việc ", "&lt;b&gt;", "Kế hoạch số: 405/KH-UBND",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
@example(["<a href='/x'>", "<p>", "<a href='/x'>", "</a>", "Chỉ thị số 16/CT-TTg"])  # the first link is still open
def test_annotate_only_adds_links_and_is_idempotent(parts: list[str]) -> None:
    """Taking the added links out gives the page back; annotating again changes nothing;
    the text a parser reads is the same."""
    page = "".join(parts)
    out = annotate(page, href=TEMPLATE)
    assert strip_added(out) == page
    assert annotate(out, href=TEMPLATE) == out
    assert parse_html(out).text_content() == parse_html(page).text_content()
    assert all(a.getparent() is not None and next(a.iterancestors("a"), None) is None
               for a in parse_html(out).iter("a") if a.get("class") == CSS_CLASS)


@given(st.text(alphabet="<>/!-&;#=\"' \nabpsrctlemx0123456789ĐđCTKL", max_size=120))
def test_annotate_never_crashes(page: str) -> None:
    """Any HTML-ish string comes back with at most links added."""
    out = annotate(page, href=TEMPLATE)
    assert strip_added(out) == page


def test_render_href_without_a_symbol_is_none() -> None:
    """A document cited by name has no canonical symbol to fill a template with."""
    named = Mention(start=0, end=13, text="Luật Đất đai", kind=Kind.NAMED)
    assert render_href(TEMPLATE, named) is None


# --- command line -----------------------------------------------------------------------------


def test_cli_annotate_writes_the_linked_page(tmp_path: Path) -> None:
    """`govdoc annotate PAGE --href T -o OUT` writes the same page annotate returns."""
    out = tmp_path / "linked.html"
    assert main(["annotate", str(SEED_PAGE), "--href", TEMPLATE, "-o", str(out)]) == 0
    assert out.read_text("utf-8") == annotate(SEED_PAGE.read_text("utf-8"), href=TEMPLATE)


def test_cli_annotate_keeps_a_legacy_encoding(tmp_path: Path) -> None:
    """A Windows-1258 page comes back in Windows-1258, its bytes unchanged around the link."""
    page = (b"<meta charset='windows-1258'><p>Theo Chi\xd2 thi\xf2 s\xf4\xec 16/CT-TTg "
            b"cu\xd2a Thu\xd2 t\xfd\xf5\xecng</p>")  # Chỉ thị số 16/CT-TTg của Thủ tướng
    src = tmp_path / "cu.html"
    src.write_bytes(page)
    out = tmp_path / "moi.html"
    assert main(["annotate", str(src), "--href", "/vb/{canonical}", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert b'href="/vb/16/CT-TTg"' in data
    assert b">Chi\xd2 thi\xf2 s\xf4\xec 16/CT-TTg</a>" in data
    assert re.sub(rb'<a class="govdoc-ref"[^>]*>(.*?)</a>', rb"\1", data) == page


def test_cli_annotate_reports_bad_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad template is one line on stderr and exit status 1, not a traceback."""
    assert main(["annotate", str(D16), "--href", "/{nope}"]) == 1
    err = capsys.readouterr().err
    assert "unknown field {nope}" in err
    assert "Traceback" not in err


# --- in a browser -----------------------------------------------------------------------------

# Appended to a copy of the annotated page: for each added link, scroll to it and ask the
# browser which element is under its centre; record whether the click would reach the link.
PROBE = """<script>
document.querySelectorAll("a.govdoc-ref").forEach(function (a) {
  a.scrollIntoView({block: "center"});
  var r = a.getClientRects()[0];
  var hit = r && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  a.setAttribute("data-clickable", hit && (hit === a || a.contains(hit)) ? "yes" : "no");
});
</script>"""


def built_seed_page() -> str:
    """A small page made in the test with the seed's references, one split by <strong>."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Dân vận</title></head><body>"
            "<h1>Hiệu quả từ công tác dân vận chính quyền</h1>"
            "<p>Gắn với thực hiện Chỉ thị số <strong>16/CT-TTg</strong> ngày 16/5/2016 của Thủ tướng "
            "Chính phủ; Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị.</p>"
            "<p>Kế hoạch số 20-KH/HU, ngày 15/6/2016 của Ban Thường vụ Huyện ủy về việc triển khai "
            "thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư.</p></body></html>")


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="no chromium binary on PATH (CI installs Debian's chromium package)")
@pytest.mark.parametrize(("name", "expected"), [
    ("seed-page", 6),
    ("built", 5),
])
def test_links_are_there_and_clickable_in_headless_chromium(tmp_path: Path, name: str, expected: int) -> None:
    """Headless Chromium loads the annotated page from a file URL and finds every link
    present, not nested in another link, and on top where it would be clicked."""
    page = SEED_PAGE.read_text("utf-8") if name == "seed-page" else built_seed_page()
    out = annotate(page, href=TEMPLATE)
    probe_page = tmp_path / "page.html"
    probe_page.write_text(out.replace("</body>", PROBE + "</body>"), "utf-8")
    chromium = shutil.which("chromium")
    assert chromium is not None
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", probe_page.as_uri()],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = lxml.html.document_fromstring(result.stdout)
    anchors = [a for a in dom.iter("a") if a.get("class") == CSS_CLASS]
    assert len(anchors) == expected
    for a in anchors:
        assert (a.get("href") or "").startswith("https://portal.example/van-ban/")
        assert next(a.iterancestors("a"), None) is None
        assert a.get("data-clickable") == "yes", a.text_content()
    assert anchors[0].text_content() == "Chỉ thị số 16/CT-TTg"
