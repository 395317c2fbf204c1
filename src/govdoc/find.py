"""Finding document references in running text: ``govdoc.extract``.

The finder makes one cheap pass for candidates (symbols, names, short references and
anaphora), checks each candidate with the same grammar :func:`govdoc.parse` uses, then
reads the context beside each one (date, issuer, title) and what the text does with it.
Offsets always index the caller's original string.

>>> from govdoc import extract
>>> text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về “Dân vận”."
>>> [m] = extract(text)
>>> text[m.start:m.end], m.date.isoformat(), m.issuer.code, m.title, m.relation.value
('Chỉ thị số 16/CT-TTg', '2016-05-16', 'TTg', 'Dân vận', 'implements')
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

import attrs

from govdoc import _grammar
from govdoc._scan import WordList, matches_at, symbol_matches
from govdoc._text import Normalized, normalize_text
from govdoc.acronyms import OPENING_ACRONYMS, find_acronyms
from govdoc.context import (
    ALIAS_OPENS_BEFORE,
    BY_OPENS,
    Context,
    QuoteIndex,
    after_motto,
    alias_aside,
    body_opens,
    cited_title_dated,
    closes_caption,
    closing_issuer,
    context_after_aside,
    dated_at_lead,
    issuing_lead_before,
    labelled_kind_issuer,
    opens_caption,
    own_date,
    page_title_date,
    read_context,
    subject_line_end,
    title_before_change,
)
from govdoc.doctypes import DocType, doc_types
from govdoc.errors import TextError
from govdoc.issuers import Issuer, issuers
from govdoc.mention import Kind, Link, Mention
from govdoc.named import NAMED_TYPES, OPENING_WORDS, find_named
from govdoc.party_named import find_party_named
from govdoc.reference import (
    Problem,
    Reference,
    _doc_type_for,
    _interpret,
    _of_party,
    parse_detailed,
    written_number,
)
from govdoc.relations import Relation
from govdoc.systems import System
from govdoc.validate import validate

__all__ = ["extract", "find_references"]

_S = _grammar.SPACE
# A date in figures or words, right after "ngày".
_DATE_AHEAD = r"\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|[\s_]{1,3}thang)"
# A short reference followed by its own date is cited in full, not pointed back to.
_FOOTNOTE = r"(?:\[\d{1,3}\])?"  # a wiki page's footnote mark after the reference: "Quy định 214[4] của …"
_OWN_DATE = re.compile(rf"{_FOOTNOTE}[ \t,]{{0,3}}ngay{_S}{{1,3}}{_DATE_AHEAD}")
# No look-behind in front of these scans (the regex engine then skips ahead to the first
# letters); the word boundary before the match is checked by the caller.
_SHORT = re.compile(
    rf"(?P<word>{_grammar.type_words_alternation()})"
    # (not over a blank line: "NGHỊ ĐỊNH⏎⏎1. Điều 5 …" is a heading, then a list)
    rf"(?![ \t_]{{0,2}}\n[ \t]*\n){_S}{{1,3}}(?:so{_S}?:?{_S}{{0,2}})?(?P<number>\d{{1,5}})"
    # "Nghị định 07/2025 sửa đổi …": the number and year, without the codes.
    rf"(?:/(?P<year>(?:19|20)\d\d)(?![\d/-]|{_S}?[/-]|[a-z]))?"
    # "Kế hoạch 5 năm", "trong 30 ngày": a count; "Nghị quyết số 31 ngày 6/9/2016": a date;
    # "Nghị quyết 60 năm 2025": the year it was issued ("Kế hoạch 5 năm 1976-1980" counts).
    # ("năm" is told from "nằm" on the unfolded text, in _short_candidates)
    # ("Sắc lệnh số 213 – Về việc …", "… theo Nghị định 118 - Mẫu MBB02": a dash between words,
    # not in a spaced symbol, which the symbol scan finds, and which then wins as the longer)
    rf"(?![\d/.,-]?\d|{_S}?/|-|{_S}-(?!{_S})|[a-z]"
    rf"|[ \t_]{{1,3}}(?:thang|ngay(?!{_S}{{1,3}}{_DATE_AHEAD})|tuan|gio|phut"
    rf"|lan|nguoi|cuon|quyen|%)(?![a-z]))"  # ("Kế hoạch 500 cuốn sách": books counted)
    # "Hướng dẫn 4 thủ tục …", "Quy định 5 nội dung …", "nghị quyết 12 điểm": a small count of what the words name (but
    # "Quy định 366 tiêu chí đánh giá …" is a headline's "Regulation 366: the criteria …")
    rf"(?!(?<!\d\d\d)[ \t_]{{1,3}}(?:thu{_S}tuc|noi{_S}dung|nhiem{_S}vu|giai{_S}phap|buoc|van{_S}de"
    rf"|truong{_S}hop|linh{_S}vuc|tieu{_S}chi|muc{_S}tieu|chi{_S}tieu|doi{_S}tuong|hinh{_S}thuc|don{_S}vi|diem)(?![a-z]))"
)
_GLUED_FIGURE = re.compile(r"[^\W\d_$][$]?\d{1,6}\Z")  # "hk$7", "mop1", "y8": a figure glued to a currency
# A list item's mark right after a number: "2. ", "3) "
_ITEM_MARK_AFTER = re.compile(r"[.)][ \t]")
# "Kế hoạch 2026": a year's plan, the number a year
_PLAN_YEAR = re.compile(r"19[4-9]\d|20\d\d")
# "… 5 năm" (on the lower-cased text): a count of years, unless a year follows
_YEARS_COUNTED = re.compile(rf"[ \t_]{{1,3}}n[ăa]m(?![^\W\d_])(?!{_S}{{1,3}}\d{{4}}(?!\d|{_S}?-{_S}?\d))")
_ANAPHOR = re.compile(
    rf"(?P<word>{_grammar.type_words_alternation()}"
    rf"|(?<!phap{_S})luat|bo{_S}luat)"  # (not "pháp luật trên biển": the law in general)
    # ("Đề án trên cơ sở …", "thi hành Luật trên phạm vi cả nước": "trên" a preposition, on, across)
    rf"{_S}{{1,3}}(?:nay|noi{_S}{{1,3}}tren|tren(?!{_S}+(?:bao|dai|cong|trang|mang|website|phuong{_S}tien"
    rf"|co{_S}so|pham{_S}vi|dia{_S}ban|toan{_S}(?:quoc|the)|ca{_S}nuoc)(?![a-z])))(?![a-z])"
)
# Every word the three scans above and the names start with (the codes' acronyms too); a
# shorter word is never reported inside a longer one ("luật" in "bộ luật").
_TYPE_WORD_LIST = sorted({*_grammar.CITED_TYPE_WORDS, *OPENING_WORDS, *OPENING_ACRONYMS})
_TYPE_WORDS = WordList(
    re.compile(_grammar.trie_alternation(dict.fromkeys(_TYPE_WORD_LIST, ""), f"{_S}{{1,3}}")),
    _TYPE_WORD_LIST, extra="_", max_join=3, exact=True,
)
# "Nghị quyết 08 của Chính phủ", "Thông tư 99 năm 2025 của BTC": its own issuer
_OWN_ISSUER = re.compile(
    rf"{_FOOTNOTE}(?:[ \t]{{1,3}}(?:nam{_S}{{1,3}})?(?:19|20)\d\d(?!\d))?[ \t,]{{0,3}}cua{_S}{{1,3}}")
# "về …" right after a short reference, or after its year ("Nghị định 26 2025 về …"), or a
# quoted title ('Kết luận 84 "tiếp tục xây dựng …"')
_ABOUT_NEXT = re.compile(
    rf"{_FOOTNOTE}(?:[ \t*]{{1,4}}(?:(?:nam{_S})?(?:19|20)\d\d[ \t*]{{1,4}})?ve{_S}|[ \t]{{1,2}}[\"“])")
_FORM_BEFORE = re.compile(  # (also the last of a list: "các Mẫu số 03, 04, 05 và 06/BHYT-QĐ")
    rf"(?<![^\W\d_])(?:mẫu|biểu|biểu{_S}mẫu|phụ{_S}lục|tờ{_S}khai)[\s_*]*(?:số)?[\s_:*]*"
    rf"(?:\d{{1,3}}[a-z]?[\s_]*(?:,|và|hoặc)[\s_]*){{0,4}}\Z"
)
# Between the symbols of a list: "Mẫu số 13/ĐK, 13a/ĐK, …", "Mẫu 15A/LK hoặc 15B/LK"
_LIST_GAP = re.compile(r"[\s_*]{0,3}(?:,|va|hoac)[\s_*]{0,3}")
_LIST_GAP_MAX = 11
# "Quyết định số56/2007/QĐ-TTg": OCR glued the number to "số".
# "số56/2007/QĐ-TTg", "Nghị định123/2020/NĐ-CP": a space left out after "số" or the type word
_GLUED_SO = re.compile(r"(?<![^\W\d_])số\Z")
_GLUED_WORD = re.compile(rf"(?<![a-z0-9])(?:{_grammar.type_words_alternation()})\Z")
_GLUED_WINDOW = 24
_FORM_AFTER = re.compile(rf"[ \t*]*[|:-][ \t*]*(?:tờ{_S}khai|mẫu|biểu{_S}mẫu|bảng{_S}kê)(?![^\W\d_])")
_FORM_WORDS = ("mẫu", "biểu", "lục", "khai")  # a cheap test before _FORM_BEFORE
_FORM_WINDOW = 40  # "biểu mẫu số 13a, 14, 15, 16 và ": the longest lead-in _FORM_BEFORE reads
_LINE_MARKUP = re.compile(r"[\s|*#>]*\Z")  # what may stand before a header's "Số:"
# A letter's number line, as a scan reads it: "Sé: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021"
# ("Số:" misread, or lost), the place and the date after the symbol on the same line.
# ("Số: 3 70 /TCHQ", "'số:435'7 /TCHQ": the number's head split off by a space or a stray mark)
_HEADER_LEAD = re.compile(r"(?:^|\n)[ \t|*#>]*(?:[^\n/]{0,6}[:.][ \t]*(?:\d[\d' ]{0,4})?)?\Z")
# (the place comes first, in capitals: "… số⏎60/2024/QH15 ngày 30 tháng 11 năm 2024" is a wrapped citation)
_HEADER_DATE_AFTER = re.compile(
    r"[ \t.,]*(?!ng[aà]y)[A-ZĐ][^\n/]{0,50}?[Tt]h[aá]ng[^\n]{0,16}?[Nn][aă]m[ \t_]{0,3}(?:19|20)\d\d\b")
_HEADER_REACH = 2000  # how far into a text its own number line may stand
_OWN_NUMBER_WORDS = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "LUẬT", "BỘ LUẬT", "PHÁP LỆNH"})
_HEADER_RULE_BEFORE = re.compile(r"[-_]{3,}[ \t*]*\Z")  # the line under a header's issuer: "CHÍNH PHỦ_______ "
_RULE_REACH = 24
# A law library's page states the document's own number in a field of its header table:
# "**Số hiệu:**⏎|⏎127/2025/TT-BQP".
_NUMBER_FIELD = re.compile(r"(?:^|\n)[ \t|*#>]*so hieu(?: van ban)?[ \t*]*:[\s|*]*\Z")
_NUMBER_FIELD_REACH = 40
# The head of a number a scan split off with a space, right after "số" ("số 1 18/2021/…",
# "Số: 3 70 /…"): in running text a figure never stands between "số" and the number.
_SPLIT_NUMBER_HEAD = re.compile(r"(?<![^\W\d_])so[ \t]*:?[ \t]*(?P<head>[1-9]\d{0,2})[ \t]\Z")
_SPLIT_REACH = 12
_MARKUP_WINDOW = 256
_WORD = re.compile(r"[^\W_]+")
_LIST_BEFORE = re.compile(  # (also past emphasis, and a provision first: "… và Điều 3 Quyết định B")
    rf"[\s_*]*(?:,|;|[\s_*]va{_S})[\s_*]*(?:cac{_S}+)?"
    rf"(?:(?:diem|khoan|dieu|muc|chuong|phu{_S}luc){_S}+[\w.]{{1,8}}[\s_,]+(?:cua{_S}+)?){{0,3}}\Z")
# ", số <doc>" goes on too (and "và số* *<doc>": a converter's italics split at the number)
_COORDINATED = re.compile(r"[\s_,*]*(?:va|hoac|,)[\s_*]*(?:so[\s_*]*:?[\s_*]*)?\Z")
# "Huyện ủy đã ban hành Chương trình số 09-CTr/HU … về “…”; Nghị quyết số 04-NQ/HU …": the
# items of a list an issuing verb opens may be closed by ";" (and a title's quote).
_NEXT_ITEM = re.compile(r"[\s_\"”)]*;[\s_]*(?:so[\s_]*:?[\s_]*)?\Z")
# The rest of a list item (its title, what it amends, in one clause, perhaps wrapped onto
# the next lines), then the next item (past up to two items that cite no document by number or
# name: "… thông qua: Luật A; Nghị quyết của Quốc hội về …; Luật B").
_ITEM_THEN_NEXT = re.compile(
    r"(?:(?:[^.;\n]|\.(?![\s_])|\n(?![ \t]*\n)){0,400};[\s_]*){1,3}(?:so[\s_]*:?[\s_]*)?\Z")
_INSIDE_ITEM = re.compile(r"(?:[^.;\n]|\.(?![\s_])|\n(?![ \t]*\n)){0,400}\Z")
# "… các Thông tư của Bộ trưởng Bộ Tài chính gồm: Thông tư A quy định chế độ công tác phí, Thông
# tư B …": after a list opener's colon, what the first item is about, then a comma and the next.
_LIST_OPENER = re.compile(r"[\s_*]*(?:(?<![a-z])(?:bao[\s_]+)?gom[\s_*]*)?:[\s_*]*\Z")
_DESCRIBED_THEN_COMMA = re.compile(
    rf"{_S}+(?:quy{_S}dinh|huong{_S}dan|ve)(?![a-z])[^.;:\n]{{0,240}},[\s_]*(?:so[\s_]*)?\Z")
_CHANGES_NEXT = re.compile(rf"[\s_,*]*(?:sua{_S}doi|bo{_S}sung|thay{_S}the|bai{_S}bo)(?![a-z])")


def _opens_line(text: str, pos: int) -> bool:
    """Whether only white space and markup stand between the line start and ``pos``.

    Looks back a bounded window first: searching for the line start from every candidate
    on a long line would be quadratic.
    """
    lo = max(0, pos - _MARKUP_WINDOW)
    run = _LINE_MARKUP.search(text, lo, pos)  # never None: it matches "" at ``pos``
    run_start = run.start() if run is not None else pos
    if run_start > lo or lo == 0:
        return run_start == 0 or "\n" in text[run_start:pos]
    if "\n" in text[run_start:pos]:
        return True
    line_start = text.rfind("\n", 0, lo) + 1  # a markup run longer than the window: rare
    return _LINE_MARKUP.match(text, line_start, pos) is not None


@attrs.define
class _Draft:
    """A mention being assembled (spans in the normalised text)."""

    start: int
    end: int
    kind: Kind
    symbol_start: int = 0  # where the number starts, for references
    name_end: int | None = None  # where a law's name ends, for "Luật <tên> số …" joined in _merge
    reference: Reference | None = None
    doc_type: DocType | None = None
    number: str | None = None
    year: int | None = None
    is_self: bool = False
    problems: list[Problem] = attrs.Factory(list)
    date: dt.date | None = None
    issuer_span: tuple[int, int] | None = None
    issuer_from_lead: bool = False
    date_from_lead: bool = False  # the date stated before the mention, in the lead of its clause
    title_span: tuple[int, int] | None = None
    context_end: int = 0
    relation: Relation = Relation.MENTIONS
    links: list[Link] = attrs.Factory(list)
    refers_to: int | None = None  # index into drafts
    alias_of: int | None = None  # for "(Nghị định 60)" right after its document: that document's index
    held_title_span: tuple[int, int] | None = None  # a "về …" after a pinpoint: see _titles_held_back
    name: str | None = None  # a code's name where the text writes its acronym ("BLHS"), with the year
    # the body named between the type word and the number: "Chỉ thị của Chủ tịch Hội đồng Bộ trưởng số 122-CT"
    inner_issuer: tuple[int, int] | None = None

    def item_end(self, folded: str) -> int:
        """Where the mention ends as an item of a list: after its context, less the comma
        the context may have taken that goes on with the list."""
        end = max(self.context_end, self.end)
        while end > self.end and folded[end - 1] in " ,\n":
            end -= 1
        return end


def _symbol_candidates(
    norm: Normalized, on_reject: Callable[[TextError], None] | None
) -> Iterator[_Draft]:
    folded, text = norm.folded, norm.text
    floor, form_end = 0, -_LIST_GAP_MAX - 1
    for match in symbol_matches(_grammar.SYMBOL, folded):
        start = match.start()
        before = folded[start - 1] if start else " "
        # ("…/Nam%201963/UBTVQH1963_3.htm": a web address's escaped space, "%20", glued to a year)
        # ("Km39+200/QL.19B": a road's chainage, the metres glued to the kilometre by "+")
        glued = (before.isalnum() or before in "/-%+" or (before == "." and start > 1 and folded[start - 2].isalnum())
                 # "HK$7,8/USD": a rate, the decimal comma inside a figure glued to its currency
                 # (not "quyết định số 98,99/QĐ-VKSTC", two numbers)
                 or (before == "," and _GLUED_FIGURE.search(folded, max(0, start - 12), start - 1) is not None)
                 # "QCVN 26:2010/BTNMT": a standard, also with its number left blank ("QCVN ……:2025/BNNMT")
                 or (before == ":" and start > 1 and (folded[start - 2].isdigit() or folded[start - 2] in "….")))
        if glued and not (_GLUED_SO.search(norm.lowered, max(0, start - 4), start)
                          or _GLUED_WORD.search(folded, max(0, start - _GLUED_WINDOW), start)):
            continue  # inside a word or a longer number; "số56/2007/QĐ-TTg" (OCR) goes on
        lo = max(0, start - _FORM_WINDOW)
        window = norm.lowered[lo:start]
        if ((form_end <= start <= form_end + _LIST_GAP_MAX and _LIST_GAP.fullmatch(folded, form_end, start))
                or (any(word in window for word in _FORM_WORDS) and _FORM_BEFORE.search(norm.lowered, lo, start))):
            form_end = match.end()
            continue  # "Mẫu số 03/TNDN" names a form, not a document; so do the rest of its list
        # "Nghị định số 1 18/2021/NĐ-CP", "Số: 3 70 /TCHQ-TXNK": a scan split the number with a space
        split = (_SPLIT_NUMBER_HEAD.search(folded, max(floor, start - _SPLIT_REACH), start)
                 if match.group("letter") is None and match.group("sub") is None else None)
        number_start = split.start("head") if split is not None else start
        prefix = _grammar.prefix_before(folded, number_start, floor, text=text)
        if prefix is None and match.group("letter") is not None:
            continue  # "3D/VR360", "5G/IoT": a lettered number needs its type word or "số"
        mention_start, word, is_self = number_start, None, False
        if prefix is not None:
            p_start, w_start, w_end = prefix
            if w_start >= 0:
                # "Chỉ thị số 16/CT-TTg": the span covers the type word and "số".
                mention_start, word = p_start, text[w_start:w_end]
                # "Luật số: 80/2025/QH15 | Hà Nội, ngày …": a law's header line, its own number
                is_self = (start < _HEADER_REACH and word in _OWN_NUMBER_WORDS
                           and ":" in text[w_end:number_start] and _opens_line(text, w_start))
            elif _so_written(text, p_start, number_start):
                # Without a type word the span is the symbol; a header line
                # "Số: 12/KH-UBND" is the text's own number.
                is_self = text[p_start] == "S" and (
                    _opens_line(text, p_start)
                    # a header table read as one line: "CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP | …", the
                    # issuer's underline right before
                    or (p_start < _HEADER_REACH and ":" in text[p_start:number_start]
                        and _HEADER_RULE_BEFORE.search(text, max(0, p_start - _RULE_REACH), p_start) is not None))
        if (not is_self and word is None and start < _HEADER_REACH
                and (_letter_number_line(norm, start, match.end())
                     or _NUMBER_FIELD.search(folded, max(0, number_start - _NUMBER_FIELD_REACH), number_start))):
            is_self, mention_start = True, number_start
        try:
            reading = _interpret(norm, match, strict_case=True, type_word=word)
        except TextError as error:
            if on_reject is not None:
                on_reject(error)
            continue
        ref, problems, end = reading.reference, reading.problems, reading.end
        written = written_number(norm.text, match)
        if split is not None:
            written = split.group("head") + written
            ref = attrs.evolve(ref, number=int(written))
        if word is None and _FORM_AFTER.match(norm.lowered, end):
            continue  # "| 01/TK-SDDPNN | Tờ khai thuế …": a table of forms
        doc_type, type_problems = _doc_type_for(word, ref)
        if doc_type is not ref.doc_type:
            ref = attrs.evolve(ref, doc_type=doc_type)
        yield _Draft(
            start=mention_start, end=end, kind=Kind.REFERENCE, symbol_start=number_start, reference=ref,
            doc_type=doc_type, number=written, year=ref.year,
            is_self=is_self, problems=[*problems, *type_problems],
        )
        floor = end


def _letter_number_line(norm: Normalized, start: int, end: int) -> bool:
    """Whether the symbol at ``[start, end)`` is a letter's own number on its header line:
    at most a misread "Số:" before it, its place and date after it ("Sé: 2762 /TCT-PC Hà Nội,
    ngày … tháng … năm 2021")."""
    return (_HEADER_LEAD.search(norm.text, max(0, start - 12), start) is not None
            and _HEADER_DATE_AFTER.match(norm.text, end) is not None)


def _so_written(text: str, start: int, end: int) -> bool:
    """Whether the "so" the folded pattern saw is really "số" (not "sơ", "sở")."""
    window = text[start:end].casefold()
    return re.search(r"(?<![^\W\d_])s[oố](?![^\W\d_])", window) is not None


def _glued(folded: str, start: int) -> bool:
    """Whether a match starts inside a word (its first letter follows another letter)."""
    return start > 0 and "a" <= folded[start - 1] <= "z"


def _type_word_hits(folded: str) -> list[int]:
    """Where a type word starts: one scan shared by short references, anaphora and names,
    each of which then only tries its own pattern at these positions."""
    return _TYPE_WORDS.match_starts(folded)


# Type words that are only ever nouns: written in lower case before a number they still cite
# a document ("(nay là nghị định 08)", "nghị định 152 như thế nào?"); "quyết định", "kết luận",
# "hướng dẫn" and the like are also verbs ("quyết định 1 thí sinh …").
# (matched with diacritics: "giao thông từ 1/10" is no "thông tư")
_NOUN_TYPE_WORDS = frozenset({"nghị định", "thông tư", "nghị quyết", "chỉ thị", "pháp lệnh", "sắc lệnh", "công văn"})
_TEMPLATE_BEFORE = re.compile(r"(?<![^\W\d_])mẫu[ _]+\Z")  # "mẫu quyết định số 16": a form to fill in
# Type words that may be other words but, in lower case with "số" before the number, cite a
# document: "Thực hiện kế hoạch số 437 ngày 10-10-2014 của UBND Tỉnh …", "theo quyết định số 12".
_NUMBERED_TYPE_WORDS = frozenset({"kế hoạch", "quyết định"})


def _short_candidates(norm: Normalized, hits: list[int]) -> Iterator[_Draft]:
    text, folded = norm.text, norm.folded
    for match in matches_at(_SHORT, folded, hits):
        word = " ".join(text[slice(*match.span("word"))].replace("_", " ").split())
        if _glued(folded, match.start()) or not (
                word[0].isupper() or word in _NOUN_TYPE_WORDS
                or (word in _NUMBERED_TYPE_WORDS and "so" in folded[match.end("word"):match.start("number")]
                    # (not "mẫu quyết định số 16 tại Phụ lục …": a form to fill in)
                    and not _TEMPLATE_BEFORE.search(norm.lowered, max(0, match.start() - 8), match.start()))):
            continue  # (in lower case only a word that is never a verb: "nay là nghị định 08", not "quyết định 1 …")
        if _YEARS_COUNTED.match(norm.lowered, match.end()):
            continue  # "Kế hoạch 5 năm": a count of years (not "Nghị định 73 nằm ngoài …")
        if "\n" in folded[match.end("word"):match.start("number")] and _ITEM_MARK_AFTER.match(text, match.end()):
            continue  # "… kể từ ngày ban hành Quyết định⏎2. Sở Văn hoá …": the next item's mark
        year = match.group("year")
        if (word == "Kế hoạch" and year is None and _PLAN_YEAR.fullmatch(match.group("number"))
                and "so" not in folded[match.end("word"):match.start("number")]):
            continue  # "Kế hoạch 2026" (a table's column), "Kế hoạch 1975": the plan for a year
        if (spaced := _spaced_symbol(text, match, word)) is not None:
            yield spaced
            continue
        yield _Draft(start=match.start(), end=match.end(), kind=Kind.SHORT,
                     doc_type=doc_types().by_name(word), number=match.group("number"),
                     year=int(year) if year else None)


# "Nghị quyết 42 2017 QH14", "Kết luận 205 KL TW", "Quyết định Số 292 QĐ-VKSTC-V9": a symbol
# with spaces for its separators (as page titles and slugs write it), codes in capitals; the
# year may keep its slash ("Thông tư 133 2016/TT-BTC").
_SPACED_CODES = re.compile(
    r"[ \t](?:(?P<year>(?:19|20)\d\d)[ \t/])?"
    r"(?P<codes>[A-ZĐ][A-ZĐa-z0-9&]{0,15}(?:[ \t-][A-ZĐ][A-ZĐ0-9&]{0,15}g?){0,4})"  # ("TTg", its g in lower case)
    r"(?:[ \t](?P<term>\d{1,2}))?(?![\w/-])")  # a legislature's term: "782 NQ HĐNN 7"
# After a number and year the codes keep their hyphens: "Nghị định 76/2018 NĐ-CP".
_CODES_AFTER_YEAR = re.compile(r"[ \t](?P<codes>[A-ZĐ][A-ZĐ0-9&]{0,15}(?:-[A-ZĐ][A-ZĐ0-9&]{0,15}g?){1,4})(?![\w/-])")
# Problems that say the spelled symbol is no clean reading: then the words stay words.
_UNCLEAN = ("unknown-issuer", "unknown-type", "type-mismatch", "no-issuer", "state-issuer-party-style")


def _spaced_symbol(text: str, match: re.Match[str], word: str) -> _Draft | None:
    """A short reference whose symbol follows with spaces for separators (also after its
    year: "Nghị định 76/2018 NĐ-CP"), read as the symbol it spells when every code is one
    the registry knows for that type."""
    after_year = match.group("year") is not None
    spaced = (_CODES_AFTER_YEAR if after_year else _SPACED_CODES).match(text, match.end())
    if spaced is None:
        return None
    number, year = match.group("number"), match.group("year") if after_year else spaced.group("year")
    codes = re.split(r"[ \t-]", spaced.group("codes"))
    if not after_year and spaced.group("term"):
        codes[-1] += spaced.group("term")  # the registry knows which bodies carry a term
    if year is None and len(codes) < 2:
        return None  # "Nghị định 15 CP": too little to tell a symbol from words
    if (year is None and _of_party(doc_types().by_code(codes[0], System.PARTY))
            and all(_of_party(issuers().by_code(code, System.PARTY)) for code in codes[1:])):
        symbol = f"{number}-{codes[0]}/{'-'.join(codes[1:])}"  # a Party symbol: "205-KL/TW"
    else:
        symbol = f"{number}/{year + '/' if year else ''}{'-'.join(codes)}"
    try:
        parsed = parse_detailed(f"{word} {symbol}")
    except TextError:
        return None
    ref = parsed.reference
    if any(problem.code in _UNCLEAN for problem in [*parsed.problems, *validate(ref)]):
        return None
    written = text[match.start("number"):spaced.end()]
    return _Draft(start=match.start(), end=spaced.end(), kind=Kind.REFERENCE, symbol_start=match.start("number"),
                  reference=ref, doc_type=ref.doc_type, number=number, year=ref.year,
                  problems=[Problem("spaced-symbol", f"read {written!r} as {str(ref)!r}")])


# "Chỉ thị của Chủ tịch Hội đồng Bộ trưởng số 122-CT ngày …", "Nghị định của Chủ tịch số 230": the
# issuer named between the type word and the number, as older texts write it.
_ISSUER_BETWEEN = re.compile(
    rf"(?P<word>{_grammar.type_words_alternation()}){_S}{{1,3}}cua{_S}{{1,3}}"
    # (the body's name alone: not "của Thủ tướng về ứng phó bão số 3", "… theo Mẫu số 02/TB")
    rf"(?P<issuer>(?:(?!(?<![a-z])(?:ve|theo|tai|qua|cho|voi|mau|bao|cua)(?![a-z]))[^\n.;:,()\[\]\d]){{2,60}}?)"
    rf"{_S}{{1,3}}so{_S}{{0,2}}:?{_S}{{0,2}}"
    rf"(?P<number>\d{{1,5}})(?P<codes>(?:[/-][0-9a-z]{{2,12}}){{0,4}})(?![\w/-])")


def _issuer_between_candidates(norm: Normalized, hits: list[int], found: list[_Draft]) -> list[_Draft]:
    """References written with their issuer between the type word and the number, where no
    other candidate took the number."""
    text, folded = norm.text, norm.folded
    extra: list[_Draft] = []
    starts = [d.start for d in found]
    for match in matches_at(_ISSUER_BETWEEN, folded, hits):
        word = " ".join(text[slice(*match.span("word"))].replace("_", " ").split())
        if _glued(folded, match.start()) or not (word[0].isupper() or word in _NOUN_TYPE_WORDS):
            continue
        if not body_opens(norm, match.start("issuer"), match.end("issuer"), by_word=True):
            continue  # "Quyết định của em số …": no body
        k = bisect.bisect_left(starts, match.end())
        if (k > 0 and found[k - 1].end > match.start()) or (extra and extra[-1].end > match.start()):
            continue  # the number, or the words before it, cite something already
        if match.group("codes"):
            try:
                parsed = parse_detailed(f"{word} {text[match.start('number'):match.end()]}")
            except TextError:
                continue
            ref = parsed.reference
            draft = _Draft(start=match.start(), end=match.end(), kind=Kind.REFERENCE,
                           symbol_start=match.start("number"), reference=ref, doc_type=ref.doc_type,
                           number=match.group("number"), year=ref.year, problems=list(parsed.problems))
        else:
            draft = _Draft(start=match.start(), end=match.end(), kind=Kind.SHORT, doc_type=doc_types().by_name(word),
                           number=match.group("number"))
        draft.inner_issuer = match.span("issuer")
        extra.append(draft)
    return extra


def _anaphor_candidates(norm: Normalized, hits: list[int]) -> Iterator[_Draft]:
    text, folded = norm.text, norm.folded
    for match in matches_at(_ANAPHOR, folded, hits):
        if _glued(folded, match.start()):
            continue
        word = " ".join(text[slice(*match.span("word"))].replace("_", " ").split())
        yield _Draft(start=match.start(), end=match.end(), kind=Kind.ANAPHOR,
                     doc_type=doc_types().by_name(word))


def _named_candidates(norm: Normalized, hits: list[int]) -> Iterator[_Draft]:
    for found in find_named(norm, hits=hits):
        yield _Draft(start=found.start, end=found.end, kind=Kind.NAMED,
                     doc_type=doc_types().by_name(found.doc_type, System.STATE), year=found.year)
    code = doc_types().by_name("Bộ luật", System.STATE)
    for acronym in find_acronyms(norm, hits):
        name = f"{acronym.name} năm {acronym.year}" if acronym.year is not None else acronym.name
        yield _Draft(start=acronym.start, end=acronym.end, kind=Kind.NAMED, doc_type=code, year=acronym.year,
                     name=name)
    resolution = doc_types().by_name("Nghị quyết", System.PARTY)
    for meeting in find_party_named(norm, hits):
        yield _Draft(start=meeting.start, end=meeting.end, kind=Kind.NAMED, doc_type=resolution)


_NUMBER_AFTER_NAME = re.compile(r"[\s_*]{1,6}so[\s_*]{0,3}:?[\s_*]{0,5}")  # (markdown: "Luật A **số** 72/…")
# "Luật Tổ chức Quốc hội, số 57/2014/QH13", "Luật Bảo hiểm xã hội 58/2014/QH13": after a comma
# or with no "số", only a symbol of the legislature's own (no type code) is the law's number;
# "Luật Đất đai, số 12/QĐ-UBND" lists another document.
_LEGISLATURE_NUMBER_AFTER = re.compile(rf",{_S}{{1,3}}so{_S}?:?{_S}{{0,2}}|{_S}{{1,3}}")


def _numbers_the_name(norm: Normalized, name: _Draft, draft: _Draft) -> bool:
    """Whether the reference ``draft`` is the number of the document ``name`` names just before it."""
    if draft.kind is not Kind.REFERENCE or name.end > draft.symbol_start:
        return False
    if _NUMBER_AFTER_NAME.fullmatch(norm.folded, name.end, draft.symbol_start):
        return True
    ref = draft.reference
    return (ref is not None and ref.type_code is None and len(ref.issuers) == 1
            and _grammar.ASSEMBLY_CODE.fullmatch(ref.issuers[0]) is not None
            and _LEGISLATURE_NUMBER_AFTER.fullmatch(norm.folded, name.end, draft.symbol_start) is not None)


# "Văn bản hợp nhất Luật Đầu tư số …": a consolidated text, named by the law it consolidates
_CONSOLIDATED_BEFORE = re.compile(r"(?<![a-z])van[\s_]+ban[\s_]+hop[\s_]+nhat[\s_*]+\Z")


def _merge(norm: Normalized, drafts: list[_Draft]) -> list[_Draft]:
    """Sort candidates, join "Luật <tên> số 63/2025/QH15" into one, drop overlaps."""
    drafts.sort(key=lambda d: (d.start, -d.end, d.kind is not Kind.REFERENCE))
    kept: list[_Draft] = []
    for draft in drafts:
        previous = kept[-1] if kept else None
        if previous is not None and previous.kind is Kind.NAMED and _numbers_the_name(norm, previous, draft):
            kept.pop()
            draft.start, draft.name_end = previous.start, previous.end
            if (draft.doc_type is not None and draft.doc_type.consolidates
                    and (consolidated := _CONSOLIDATED_BEFORE.search(norm.folded, max(0, draft.start - 24),
                                                                     draft.start)) is not None):
                draft.start = consolidated.start()  # "Văn bản hợp nhất Luật Đầu tư số 134/VBHN-VPQH"
            if draft.reference is not None and draft.reference.type_code is None:
                draft.doc_type = previous.doc_type
                draft.reference = attrs.evolve(draft.reference, doc_type=previous.doc_type)
        elif kept and draft.start < kept[-1].end:
            continue
        kept.append(draft)
    return kept


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;.:])")


def _collapse(text: str) -> str:
    """White space collapsed; word-segmented "_" and "bồi thường , hỗ trợ" undone."""
    return _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text.replace("_", " ").split()))


def _as_written(norm: Normalized, span: tuple[int, int]) -> str:
    """The source's own characters over ``span`` ("2023 – 2025" keeps its dash), in NFC,
    white space collapsed."""
    return _collapse(unicodedata.normalize("NFC", norm.source[slice(*norm.source_span(*span))]))


# Markdown emphasis inside a title ("… của *Văn phòng Quốc hội*"): markup, not the title's words.
_EMPHASIS = re.compile(r"\*+")


def _title_text(norm: Normalized, span: tuple[int, int]) -> str | None:
    """A title as written, without markdown emphasis marks."""
    return _collapse(_EMPHASIS.sub("", _as_written(norm, span))) or None


# "Ban Chấp hành Trung ương Đảng khóa XII", "Quốc hội khóa 15": the term is not part of the issuer's name.
_TERM_QUALIFIER = re.compile(r"\s+(?:khóa|khoá|khoa)\s+(?:[IVXLC]+|\d{1,2})\b.*$", re.IGNORECASE)


def _mark_aliases(norm: Normalized, drafts: list[_Draft]) -> dict[int, tuple[int, int]]:
    """The short names given in parentheses right after a reference ("Nghị định số
    60/2025/NĐ-CP (Nghị định 60) ngày 03/3/2025 sửa đổi …"): each alias is marked with the
    reference it names, and the aside is returned by the reference's index, for its context
    to read on past it."""
    asides: dict[int, tuple[int, int]] = {}
    for i, (head, alias) in enumerate(itertools.pairwise(drafts)):
        if (alias.kind is Kind.SHORT and head.kind is Kind.REFERENCE and alias.number and head.number
                and alias.number.lstrip("0") == head.number.lstrip("0") and alias.doc_type is head.doc_type
                and (aside := alias_aside(norm.folded, head.end, alias.start, alias.end)) is not None):
            alias.alias_of = i
            asides[i] = aside
    return asides


_TITLED_BY_NAME = frozenset(NAMED_TYPES.values())  # the laws, codes, constitutions and ordinances cited by name


def _titled_by_name(draft: _Draft) -> bool:
    """Whether the mention cites a law by its name, which is its title: a "về …" after it
    ("Luật Nhà ở 2023 về bán nhà ở xã hội") says what the text reads in it. (The clause is
    still read as the mention's context, where it ends and what it holds.)"""
    return draft.kind is Kind.NAMED and draft.doc_type is not None and draft.doc_type.name in _TITLED_BY_NAME


def _issued_locally(draft: _Draft) -> bool:
    """Whether the symbol names a local body (UBND, HĐND, a Sở) and so not which one."""
    ref = draft.reference
    if ref is None or not ref.issuers:
        return False
    issuer = issuers().by_code(ref.issuers[0], ref.system)
    return issuer is not None and issuer.is_local


def _add_context(norm: Normalized, drafts: list[_Draft]) -> None:
    quotes = QuoteIndex(norm.text)
    asides = _mark_aliases(norm, drafts)
    for i, draft in enumerate(drafts):
        if draft.kind is Kind.ANAPHOR or draft.alias_of is not None:
            continue
        # A short reference points back; unless it states its own date or issuer ("Nghị quyết
        # 08 của Chính phủ", "Thủ tướng ban hành Chỉ thị số 16 về …"), it reads only a "về …"
        # clause or a quoted title right after it ("Mục tiêu Nghị quyết 71 về đột phá phát triển …").
        # (a citation's quoted title opening with one, '"Sắc lệnh số 35 về …".*Cổng …*. ngày …', too)
        titled_only = draft.kind is Kind.SHORT and not (draft.inner_issuer is not None
                                                         or _OWN_DATE.match(norm.folded, draft.end)
                                                         or _OWN_ISSUER.match(norm.folded, draft.end)
                                                         or issuing_lead_before(norm, draft.start)
                                                         or dated_at_lead(norm, draft.start)
                                                         or cited_title_dated(norm, draft.start, draft.end))
        if titled_only and not _ABOUT_NEXT.match(norm.folded, draft.end):
            continue
        aside = asides.get(i)
        following = i + 2 if aside is not None else i + 1  # past the alias, if any
        limit = drafts[following].start if following < len(drafts) else len(norm.text)
        context = read_context(norm, draft.start, draft.end, limit, quotes, year=draft.year,
                               named=draft.kind is Kind.NAMED, aside=aside, local=_issued_locally(draft),
                               decision=draft.doc_type is not None and draft.doc_type.name == "Quyết định")
        titled_only = titled_only and not context.stated_after_title  # ('"Quy định số 105 về …" của …')
        if not titled_only and _issued_guide(norm, drafts, i, context):
            continue  # the "do … ban hành" after it names who issued the document before it
        if not titled_only:
            draft.date = context.date
            if draft.date is None and draft.kind is Kind.REFERENCE:
                draft.date = page_title_date(norm, draft.start, draft.end, limit)
            # A law's name may go on with "của …" (Luật … của Hội đồng nhân dân …); only the
            # subject of a verb before it ("Quốc hội đã thông qua Luật Xây dựng 2025") is its
            # issuer, not that of a label ("Luật số 16/1999/QH10 của Quốc hội: Luật …").
            if draft.kind is not Kind.NAMED or context.issued_by_verb or _dated_between(draft, context):
                draft.issuer_span = context.issuer_span
            if context.issuer_cited_at and _written_by_another(norm, draft):
                # "… chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW": the Party's Central
                # Office wrote the letter conveying it; the symbol names who issued it.
                draft.issuer_span = None
            if ((_legislatures_symbol(draft) and not _may_issue(norm.folded, draft.issuer_span, draft))
                    or _state_body_for_party(norm, draft)):
                # "Công văn A về … thực hiện Nghị quyết 98/2023/QH15 do Cục Thuế ban hành": the
                # legislature passed the resolution, and "… Nghị quyết 66-NQ/TW do Văn phòng Chính
                # phủ ban hành" a Party body; the body named issued the text citing it
                draft.issuer_span = None
            if draft.issuer_span is None:
                draft.issuer_span = draft.inner_issuer
            draft.issuer_from_lead = bool(draft.issuer_span and draft.issuer_span[1] <= draft.start)
            draft.date_from_lead = (draft.date is not None and context.date_span is not None
                                    and context.date_span[1] <= draft.start)
        draft.title_span = context.title_span
        draft.held_title_span = context.held_title_span
        draft.context_end = max(min(context.end, limit), draft.end)
        if draft.is_self and draft.date is None:
            draft.date = own_date(norm, (draft.end, draft.context_end), limit)
            if draft.date is None and (motto := after_motto(norm.folded, draft.end)) is not None:
                draft.date = own_date(norm, (motto,), limit)  # "Số: A | … Hạnh phúc___ Hà Nội, ngày …"
            if draft.date is None and (bar := subject_line_end(norm.folded, draft.end)) is not None:
                # "Số: A⏎*V/v triển khai Nghị định B*⏎|⏎*Hà Nội, ngày …*": past the subject, which
                # may cite another document
                draft.date = own_date(norm, (bar,), len(norm.folded))
        # (a "về …" held back after a pinpoint is read the same way: "Căn cứ Điều 7 Thông tư A về
        # hướng dẫn thi hành … Luật B" states what A does)
        held = draft.title_span is None and draft.held_title_span is not None
        span = draft.held_title_span if held else draft.title_span
        inner = next((d for d in drafts[i + 1:i + 4] if span
                      and d.kind is not Kind.ANAPHOR and span[0] <= d.start < span[1]), None)
        if span and inner is not None:
            listed = _LIST_BEFORE.search(norm.folded, span[0], inner.start)
            alias = (ALIAS_OPENS_BEFORE.search(norm.folded, span[0], inner.start)
                     if inner.kind is Kind.SHORT and inner.number and draft.number
                     and inner.number.lstrip("0") == draft.number.lstrip("0") else None)
            if alias is not None and alias.start() > span[0]:
                # "… tầm nhìn đến năm 2045 (Nghị quyết 06), …": the short name given to the
                # document ends its title.
                span = (span[0], alias.start())
                draft.context_end = alias.start()
            elif listed is not None and listed.start() > span[0]:
                # "… về công tác văn thư và Nghị định số …": the title ends where the
                # list goes on to the next document.
                span = (span[0], listed.start())
                draft.context_end = listed.start()
            elif ((semicolon := norm.folded.rfind(";", span[0], inner.start)) > span[0]
                  and not _CHANGES_NEXT.match(norm.folded, semicolon + 1)):
                # "… về phân cấp quản lý biên chế; riêng công nhân … theo Nghị định 68/2000/NĐ-CP":
                # a title read on past ";" ends there when what follows names another document
                # (not "… về tổ chức quản lý …; sửa đổi quy định tại … Nghị định 47/2021/NĐ-CP": a
                # decree's name listing what it changes, which states a relation)
                span = (span[0], semicolon)
                draft.context_end = semicolon
            else:
                # A title naming another document states a relation, not a title;
                # the words in it are then read for that relation.
                span = None
                if context.title_open is not None:
                    draft.context_end = max(context.title_open, draft.end)
            if held:
                # (kept whole where no title remains: the text may give the document its first
                # words as a title elsewhere, see _titles_held_back)
                draft.held_title_span = span or draft.held_title_span
            else:
                draft.title_span = span
        if draft.title_span is not None and (changed := title_before_change(norm, draft.start, draft.title_span)):
            # (after the check for documents inside it: those the words after "theo hướng" name
            # are read for their relation as before)
            cut, of_provision = changed
            draft.title_span, draft.held_title_span = (None, cut) if of_provision else (cut, None)
        if draft.title_span is not None and draft.issuer_span is None and not titled_only:
            _issuer_closing_title(norm, draft)
    _share_lead_issuers(norm.folded, drafts)
    _labelled_issuers(norm, drafts)
    _caption_issuers(norm, drafts)
    _issuers_after_asides(norm, drafts)


_NUMBERS_BRACKET = re.compile(r"\([\s_*]*(?:so[\s_:]*)?\d")  # "(Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP …)"
_BRACKET_ITEM = re.compile(r"(?:\(|,|;|(?<![a-z])va)[\s_*]*(?:so[\s_:]*)?\Z")  # an item: "(Số ", ", số ", " và số "
_BRACKET_REACH = 400  # how far into such a bracket its items may stand (each with its date and what it does)


def _labelled_issuers(norm: Normalized, drafts: list[_Draft]) -> None:
    """Documents listed by number in a bracket after their kind and issuer are that body's:
    "Các Nghị định của Chính phủ quy định chi tiết … (Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP …)"."""
    folded = norm.folded
    read: dict[tuple[int, str], tuple[int, int] | None] = {}
    for draft in drafts:
        if draft.kind is not Kind.REFERENCE or draft.issuer_span is not None or draft.doc_type is None:
            continue
        bracket = folded.rfind("(", max(0, draft.start - _BRACKET_REACH), draft.start)
        if (bracket == -1 or ")" in folded[bracket:draft.start] or not _NUMBERS_BRACKET.match(folded, bracket)
                or not _BRACKET_ITEM.search(folded, max(bracket, draft.start - 12), draft.start)):
            continue  # (not a document an item's words name: "… sửa đổi … của Nghị định số 37/2019/NĐ-CP")
        key = (bracket, draft.doc_type.name)
        if key not in read:
            read[key] = labelled_kind_issuer(norm, bracket, draft.doc_type.name)
        draft.issuer_span = read[key]


_LAW_TYPES = frozenset(NAMED_TYPES.values())  # "Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"
# "Thông tư A hướng dẫn (thực hiện) <law>", "Nghị định A quy định chi tiết (một số điều của) <law>"
_GUIDING_GAP = re.compile(
    rf"[\s_,*]*(?:huong{_S}dan(?:{_S}(?:thuc{_S}hien|thi{_S}hanh))?"
    rf"|quy{_S}dinh{_S}chi{_S}tiet(?:{_S}(?:thi{_S}hanh|mot{_S}so{_S}dieu(?:{_S}cua)?))?)[\s_*]+")
_ISSUED_THEN = re.compile(rf"{_S}{{1,3}}ban{_S}hanh(?![a-z])")


def _issued_guide(norm: Normalized, drafts: list[_Draft], i: int, context: Context) -> bool:
    """ "Thông tư 27/2025/TT-NHNN hướng dẫn thực hiện Luật Phòng, chống rửa tiền 2022 do Thống
    đốc Ngân hàng Nhà nước Việt Nam ban hành ngày 15/09/2025": a law is passed by the
    legislature, so a body other than it that "issued" names who issued the guiding document
    before the law, with the day after. Sets them there and says so."""
    draft = drafts[i]
    if (i == 0 or draft.kind is not Kind.NAMED or draft.doc_type is None or draft.doc_type.name not in _LAW_TYPES
            or context.issuer_span is None or context.issued_by_verb):
        return False
    guide, folded = drafts[i - 1], norm.folded
    issuer_lo, issuer_hi = context.issuer_span
    if (guide.kind is not Kind.REFERENCE or guide.date is not None or guide.issuer_span is not None
            or _GUIDING_GAP.fullmatch(folded, guide.end, draft.start) is None
            or BY_OPENS.fullmatch(folded, draft.end, issuer_lo) is None
            or _ISSUED_THEN.match(folded, issuer_hi) is None
            or (context.date_span is not None and context.date_span[0] < issuer_hi)):
        return False
    bodies = issuers().named(_collapse(norm.text[issuer_lo:issuer_hi]))
    if not bodies or any("legislature" in body.levels for body in bodies):
        return False
    guide.issuer_span, guide.date = context.issuer_span, context.date
    draft.context_end = draft.end
    return True


def _caption_issuers(norm: Normalized, drafts: list[_Draft]) -> None:
    """A caption line's closing "do <body> ban hành" names who issued the document opening
    the line, not the last one its title cites: "[8] - Công văn 04/TANDTC-PC năm 2018 về áp dụng
    Bộ luật Hình sự năm 2015 và Nghị quyết 41/2017/QH14 do Tòa án nhân dân tối cao ban hành"."""
    head: _Draft | None = None
    head_line_end = -1
    for draft in drafts:
        if draft.kind is Kind.ANAPHOR:
            continue
        if opens_caption(norm, draft.start):
            head = draft
            head_line_end = norm.folded.find("\n", draft.start)  # (once per line: linear on any input)
            if draft.issuer_span is None and draft.kind is not Kind.SHORT:
                draft.issuer_span = closing_issuer(norm, draft.end)
            continue
        if head is None or -1 < head_line_end < draft.start:
            head = None
            continue
        if draft.issuer_span is not None and closes_caption(norm, draft.issuer_span):
            if head.issuer_span is None:
                head.issuer_span = draft.issuer_span
            draft.issuer_span = None


def _issuers_after_asides(norm: Normalized, drafts: list[_Draft]) -> None:
    """"Thông tư A ngày … (được sửa đổi, bổ sung tại Thông tư B …) của Bộ Tài chính": the body
    after the aside issued A, which the aside interrupts (B's own context ends with it)."""
    for i, draft in enumerate(drafts):
        if draft.issuer_span is not None or draft.kind not in (Kind.REFERENCE, Kind.NAMED) or draft.title_span:
            continue
        found = context_after_aside(norm, draft.item_end(norm.folded))
        if found is None:
            continue
        draft.issuer_span, title = found
        if title is not None and not _names_one_in(drafts, i + 1, title):
            draft.title_span = title  # (a title naming another document is a link instead)


def _names_one_in(drafts: list[_Draft], k: int, span: tuple[int, int]) -> bool:
    """Whether a mention from ``drafts[k]`` on starts inside ``span`` (drafts are in text order)."""
    while k < len(drafts) and drafts[k].start < span[0]:
        k += 1
    return k < len(drafts) and drafts[k].start < span[1]


def _dated_between(draft: _Draft, context: Context) -> bool:
    """Whether the day stands between a law's name and "của …" ("Luật Đầu tư 2020 ngày 17/6/2020
    của Quốc hội"): then "của" names who issued it, not more of the name."""
    return (context.date_span is not None and context.issuer_span is not None
            and draft.end <= context.date_span[0] and context.date_span[1] <= context.issuer_span[0])


# The State's one-person offices, whose documents are not named after them: "… của Thủ tướng
# Chính phủ", "… của Chủ tịch nước" closing a title says who issued it.
_OFFICE_CODES = frozenset({"TTg", "CTN"})
_OF_BODY_AT_END = re.compile(rf"{_S}{{1,3}}cua{_S}{{1,3}}(?P<body>[^,;:()\n]{{2,80}})\Z")


def _issuer_closing_title(norm: Normalized, draft: _Draft) -> None:
    """ "Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo của Bộ Chính trị": a
    title that ends with "của" and the Party's central bodies, the Prime Minister or the
    President, whom its symbol names, ends before them, and the body issued it. Another body
    is the title's own ("… cơ cấu tổ chức của Bộ Tài chính"), and so is a ministry's or the
    Government's, whose own rules and plans are named after it ("Quy chế làm việc của Bộ
    Quốc phòng")."""
    if draft.title_span is None or draft.reference is None or not draft.reference.issuers:
        return
    closing = _OF_BODY_AT_END.search(norm.folded, *draft.title_span)
    if closing is None:
        return
    table = issuers()
    symbol = [body for code in draft.reference.issuers
              if (body := table.by_code(code, draft.reference.system)) is not None]
    named = _bodies_named(norm, closing.span("body"))
    party_centre = any(body.code == "TW" and body.system is System.PARTY for body in symbol)
    if any((body in symbol and body.code in _OFFICE_CODES)
           or (party_centre and body.system is System.PARTY and "central" in body.levels) for body in named):
        draft.title_span = (draft.title_span[0], closing.start())
        draft.issuer_span = closing.span("body")


def _bodies_named(norm: Normalized, span: tuple[int, int]) -> tuple[Issuer, ...]:
    """The registry's bodies the words at ``span`` name ("Ban Bí thư": the TW and BBT rows)."""
    return issuers().named(_collapse(norm.text[slice(*span)]))


def _written_by_another(norm: Normalized, draft: _Draft) -> bool:
    """Whether the body named for ``draft`` is none of the bodies its symbol names (both known)."""
    if draft.issuer_span is None or draft.reference is None or not draft.reference.issuers:
        return False
    table = issuers()
    symbol = [table.by_code(code, draft.reference.system) for code in draft.reference.issuers]
    named = {body.code for body in _bodies_named(norm, draft.issuer_span)}
    # (a term's code names its body: "QH12" is the "Quốc hội" of "các Nghị quyết của Quốc hội: số …")
    return bool(named) and all(symbol) and not any(
        body is not None and (body.code in named or body.code.rstrip("0123456789") in named) for body in symbol)


_ASSEMBLY_NAMED = re.compile(r"quoc[\s_]+hoi|(?<![a-z])(?:ubtv)?qh(?![a-z])")  # "Quốc hội", "UBTVQH"
_ITEM_KINDS = frozenset({Kind.REFERENCE, Kind.NAMED})  # what a list of documents holds ("Luật A; Luật B")


def _share_lead_issuers(folded: str, drafts: list[_Draft]) -> None:
    """A subject stated before a list applies to every item of the list, and so does the day
    its clause opens with, also past the documents an item's own words name ("Căn cứ các
    Nghị định của Chính phủ số 181/2004/NĐ-CP … về thi hành Luật đất đai; Nghị định số
    188/2004/NĐ-CP …": 188 is the Government's).
    Not past what the document the subject issues changes: "Bộ Tài chính đã ban hành Thông tư
    A sửa đổi, bổ sung một số điều của Thông tư B …; Thông tư C …" lists what A amends (an
    item of the list may change another, its own words: "…: số A …; số B … Sửa đổi … số A …;
    số C …")."""
    head: _Draft | None = None  # the last item that has the list's subject
    read_for = {id(d) for d in drafts if d.issuer_from_lead}  # the items the subject was read for, not shared with
    for prev, draft in itertools.pairwise(drafts):
        if (head is None and prev.issuer_from_lead and prev.kind in _ITEM_KINDS
                and not _issues_a_change(folded, prev, id(prev) in read_for)):
            head = prev
        gap = prev.item_end(folded)
        if draft.kind in _ITEM_KINDS and draft.issuer_span is None:
            source = None
            if prev.issuer_from_lead and (_COORDINATED.match(folded, gap, draft.start)
                                          or _NEXT_ITEM.match(folded, gap, draft.start)):
                source = prev
            elif head is not None and _ITEM_THEN_NEXT.match(folded, head.context_end, draft.start):
                source = head
            elif (head is prev and draft.doc_type is not None and draft.doc_type == prev.doc_type
                  and prev.issuer_span is not None
                  and _LIST_OPENER.match(folded, prev.issuer_span[1], prev.start) is not None
                  and _DESCRIBED_THEN_COMMA.match(folded, gap, draft.start) is not None):
                source = prev
            if source is not None and _may_issue(folded, source.issuer_span, draft):
                draft.issuer_span, draft.issuer_from_lead = source.issuer_span, True
                if draft.date is None and source.date_from_lead:
                    # "Ngày 25/7/2008, Bộ Quốc phòng ra Quyết định số A, B": the day too
                    draft.date, draft.date_from_lead = source.date, True
        if draft.issuer_from_lead and draft.kind in _ITEM_KINDS:
            head = None if _issues_a_change(folded, draft, id(draft) in read_for) else draft
        elif head is not None and not _INSIDE_ITEM.match(folded, head.context_end, draft.start):
            head = None  # past the item: a document of its own, or the list is over


def _may_issue(folded: str, issuer_span: tuple[int, int] | None, draft: _Draft) -> bool:
    """Whether the body at ``issuer_span`` may have issued ``draft``: a law, code, ordinance or
    constitution, or a document with the legislature's symbol ("98/2023/QH15", "…/UBTVQH15"),
    is the National Assembly's (or its Standing Committee's), not the Sở's that cites it after
    its own letter ("Sở Nội vụ … có Công văn A về …, Luật B"), nor the tax office's whose letter
    names it ("Công văn A về … thực hiện Nghị quyết 98/2023/QH15 do Cục Thuế ban hành")."""
    if issuer_span is None:
        return True
    legislative = (draft.doc_type is not None and draft.doc_type.name in _LAW_TYPES) or _legislatures_symbol(draft)
    return not legislative or _ASSEMBLY_NAMED.search(folded, *issuer_span) is not None


def _legislatures_symbol(draft: _Draft) -> bool:
    """Whether the mention's symbol is the National Assembly's ("98/2023/QH15", "…/UBTVQH15")."""
    return draft.reference is not None and any(_grammar.ASSEMBLY_CODE.fullmatch(code)
                                               for code in draft.reference.issuers)


def _state_body_for_party(norm: Normalized, draft: _Draft) -> bool:
    """Whether a document written in the Party style ("66-NQ/TW") is given a body the registry
    knows only as a State one ("Văn phòng Chính phủ"), which issues no Party document."""
    if (draft.issuer_span is None or draft.reference is None or draft.reference.system is not System.PARTY
            or not draft.reference.issuers):
        return False
    table = issuers()
    if not all((body := table.by_code(code, System.PARTY)) is not None and body.system is System.PARTY
               for code in draft.reference.issuers):
        return False  # (the Party style of old State documents: "Pháp lệnh số 12-LCT/HĐNN8")
    named = _bodies_named(norm, draft.issuer_span)
    return bool(named) and all(body.system is System.STATE for body in named)


def _issues_a_change(folded: str, draft: _Draft, read_for_it: bool) -> bool:
    """Whether the subject was read for ``draft`` itself (not shared down a list) and a change
    verb follows it: what comes next is what it changes."""
    return read_for_it and _CHANGES_NEXT.match(folded, draft.item_end(folded)) is not None


def _number_key(draft: _Draft) -> tuple[str, str] | None:
    if draft.doc_type is None:
        return None
    return draft.doc_type.name, (draft.number or "").lstrip("0")


def _titles_held_back(folded: str, drafts: list[_Draft]) -> None:
    """A "về …" clause after a pinpoint ("khoản 2 Điều 13 Nghị định A về quản lý, phát
    triển cụm công nghiệp") names the document's title, not what the article is about,
    where the text gives the same document that title elsewhere."""
    if not any(d.held_title_span for d in drafts):
        return
    titles: dict[Reference, set[str]] = {}
    for draft in drafts:
        key = _document_key(drafts, draft)
        if draft.title_span is not None and key is not None:
            titles.setdefault(key, set()).add(folded[slice(*draft.title_span)])
    for draft in drafts:
        key = _document_key(drafts, draft)
        if draft.held_title_span is None or key is None:
            continue
        start, end = draft.held_title_span
        for title in titles.get(key, ()):
            # the same words, perhaps punctuated otherwise ("khoa học, công nghệ" and "khoa
            # học công nghệ")
            words = _WORD.findall(title)
            same = (re.compile(r"[\W_]*".join(map(re.escape, words))).match(folded, start, end)
                    if len(words) > 1 else None)
            if same is not None and not folded[same.end():same.end() + 1].isalnum():
                draft.title_span = (start, same.end())
                break


def _document_key(drafts: list[_Draft], draft: _Draft) -> Reference | None:
    """The numbered document a mention cites: its reference, or the one a short reference
    points back to. (A named document's name is its title already: a "về …" after it is
    what the text takes from it.)"""
    if draft.kind is Kind.SHORT and draft.refers_to is not None:
        draft = drafts[draft.refers_to]
    return draft.reference if draft.kind is Kind.REFERENCE else None


def _resolve_back(drafts: list[_Draft]) -> None:
    """Point short references and anaphora at the full mention they stand for: the last
    one before of the same type (and number, and year where the short one gives it), else,
    for a short reference, the next one."""
    last_of_type: dict[str, int] = {}
    last_of_number: dict[tuple[str, str], int] = {}
    last_of_year: dict[tuple[str, str, int | None], int] = {}
    for i, draft in enumerate(drafts):
        key = _number_key(draft)
        if key is None:
            continue
        if draft.kind is Kind.REFERENCE:
            last_of_type[key[0]] = i
            last_of_number[key] = i
            last_of_year[(*key, draft.year)] = i
        elif draft.kind is Kind.SHORT:
            draft.refers_to = _full_mention_for(drafts, draft, key, last_of_number, last_of_year)
        elif draft.kind is Kind.ANAPHOR:
            draft.refers_to = last_of_type.get(key[0])
    next_of_number: dict[tuple[str, str], int] = {}
    next_of_year: dict[tuple[str, str, int | None], int] = {}
    for i in range(len(drafts) - 1, -1, -1):
        draft = drafts[i]
        key = _number_key(draft)
        if key is None:
            continue
        if draft.kind is Kind.REFERENCE:
            next_of_number[key] = i
            next_of_year[(*key, draft.year)] = i
        elif draft.kind is Kind.SHORT and draft.refers_to is None:
            draft.refers_to = _full_mention_for(drafts, draft, key, next_of_number, next_of_year)


def _full_mention_for(
    drafts: list[_Draft], short: _Draft, key: tuple[str, str],
    of_number: dict[tuple[str, str], int], of_year: dict[tuple[str, str, int | None], int],
) -> int | None:
    """The full mention a short reference stands for, among the nearest of its type and
    number: "Nghị định 15/2021" is Nghị định 15/2021/NĐ-CP, or one cited without a year,
    never Nghị định 15/2020/NĐ-CP."""
    if short.year is None:
        return of_number.get(key)
    found = of_year.get((*key, short.year))
    if found is None and (nearest := of_number.get(key)) is not None and drafts[nearest].year is None:
        found = nearest
    return found


def _finish(norm: Normalized, drafts: list[_Draft]) -> Iterator[Mention]:
    text = norm.text
    for draft in drafts:
        start, end = norm.source_span(draft.start, draft.end)
        issuer_name = issuer = None
        if draft.issuer_span:
            # (without markdown emphasis: "của Chính* *phủ", italics split at a line's wrap)
            normalised = _TERM_QUALIFIER.sub("", _collapse(_EMPHASIS.sub("", text[slice(*draft.issuer_span)])))
            issuer = issuers().by_name(normalised, on=draft.date)
            issuer_name = _TERM_QUALIFIER.sub("", _collapse(_EMPHASIS.sub("", _as_written(norm, draft.issuer_span))))
            if issuer is None and draft.reference is not None and len(draft.reference.issuers) == 1:
                issuer = issuers().by_code(draft.reference.issuers[0], draft.reference.system)
        elif draft.reference is not None and draft.reference.issuers:
            issuer = issuers().by_code(draft.reference.issuers[0], draft.reference.system)
        problems = list(draft.problems)
        if draft.reference is not None:
            problems += validate(draft.reference, issued=draft.date)
        name = draft.name
        if draft.kind is Kind.NAMED and name is None:
            name = _collapse(text[draft.start:draft.end])
        yield Mention(
            start=start, end=end, text=norm.source[start:end], kind=draft.kind,
            reference=draft.reference, doc_type=draft.doc_type, number=draft.number,
            name=name, year=draft.year, date=draft.date, issuer_name=issuer_name,
            issuer=issuer,
            title=_title_text(norm, draft.title_span) if draft.title_span and not _titled_by_name(draft) else None,
            relation=draft.relation,
            links=tuple(Link(link.relation, norm.source_span(drafts[link.target].start, drafts[link.target].end)[0])
                        for link in draft.links),
            is_self=draft.is_self,
            refers_to=(norm.source_span(drafts[draft.refers_to].start, drafts[draft.refers_to].end)[0]
                       if draft.refers_to is not None else None),
            problems=tuple(problems),
        )


# A markdown file's YAML front matter: its fields ('source_folder: "DT Luat thue gia tri gia tang
# sua doi"') are metadata about the file, not its words, and cite nothing.
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:[A-Za-z_][\w-]{0,40}:[^\n]{0,1000}\n){1,40}---[ \t]*(?:\n|\Z)")


def extract(
    text: str, /, *, on_reject: Callable[[TextError], None] | None = None
) -> list[Mention]:
    """Every document a text cites, in text order, with its context and relation.

    ``on_reject`` is called with the error for each candidate that looked like a symbol
    but did not parse (for debugging the finder); extraction itself never raises on text.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    from govdoc._links import assign_relations  # noqa: PLC0415 - keeps import order simple

    norm = normalize_text(text)
    hits = _type_word_hits(norm.folded)
    drafts = [
        *_symbol_candidates(norm, on_reject),
        *_named_candidates(norm, hits),
        *_short_candidates(norm, hits),
        *_anaphor_candidates(norm, hits),
    ]
    drafts = _merge(norm, drafts)
    if (front := _FRONT_MATTER.match(norm.text)) is not None:
        drafts = [d for d in drafts if d.start >= front.end()]
    if hits and (between := _issuer_between_candidates(norm, hits, drafts)):
        drafts = sorted([*drafts, *between], key=lambda d: d.start)
    if not drafts:
        return []  # most pages of a corpus cite nothing: no sentences to read
    _add_context(norm, drafts)
    _resolve_back(drafts)
    _titles_held_back(norm.folded, drafts)
    assign_relations(norm, drafts)
    return list(_finish(norm, drafts))


def find_references(text: str, /) -> Iterator[Mention]:
    """The numbered references in ``text`` (mentions of kind ``reference``), in order."""
    return (m for m in extract(text) if m.kind is Kind.REFERENCE)
