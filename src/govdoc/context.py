"""What a text states beside a reference: its date, its issuer and its title.

Vietnamese citations follow one order (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.6b):
type and number, then ``ngày …`` (the issue date), then ``của …`` (the issuer), then
``về …`` / ``về việc …`` or a quoted title. News also puts the date and issuer in front:
"Ngày 03/9/2025, Chính phủ ban hành Nghị định số 238/2025/NĐ-CP". This module reads
both, on the normalised text, and returns spans in that text.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import datetime as dt
import re
from functools import cache

import attrs

from govdoc._grammar import LOWER, SPACE, UPPER, trie_alternation, type_word_pattern, type_words_alternation
from govdoc._text import Normalized, fold
from govdoc.issuers import issuers

__all__ = ["Context", "QuoteIndex", "own_date", "read_context"]

_S = SPACE

# A date right after a reference: "ngày 16/5/2016", "ngày 02 tháng 11 năm 2021".
_DATE = (
    # "ngày **10 tháng …" in markdown; "sáng (ngày) 10/12/2025": the morning of the day; "ngày27-8-2010"
    rf"(?:ngay|(?:sang|chieu)(?:{_S}{{1,3}}ngay)?)\*{{0,3}}{_S}{{0,3}}\*{{0,3}}(?P<d>\d{{1,2}}){_S}{{0,2}}"
    # ("16/6 2025"; "12/1 1/2015": a scan's space inside November)
    rf"(?:[/.-]{_S}{{0,2}}(?P<m>\d{{1,2}}|1[ \t][012](?=[/.-])){_S}{{0,2}}(?:[/.-]{_S}{{0,2}}|{_S}(?=(?:19|20)\d\d))"
    # ("tháng3": a space left out; "ngày** 16 **tháng** 6* *năm 2025": markup around the words)
    rf"|\*{{0,3}}{_S}{{0,2}}\*{{0,3}}thang\*{{0,3}}{_S}{{0,3}}\*{{0,3}}(?P<m2>\d{{1,2}})\*{{0,3}}{_S}{{0,3}}\*{{0,3}},?{_S}{{0,3}}"
    rf"\*{{0,3}}nam\*{{0,3}}{_S}{{1,3}}\*{{0,3}})"
    rf"(?P<y>\d{{4}})(?!\d)"
)
_DATE_RE = re.compile(_DATE)


def _right_after(folded: str, end: int, pos: int) -> bool:
    """Whether ``pos`` follows ``end`` with at most three spaces between."""
    return 0 <= pos - end <= 3 and not folded[end:pos].strip()


# A date right after the symbol with no "ngày": "Nghị định 17/2013/NĐ-CP 19/2/2013 sửa đổi …"
_BARE_DATE = re.compile(r"[ \t]{0,3}(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])(?P<m2>)")
_LEAD_DATE_GROUPS = _DATE.replace("(?P<", "(?P<l")  # the same, its groups named ld, lm, lm2, ly
# A date in parentheses after a reference or its issuer: "Quyết định 25/TTg (19-1-1993)",
# "Nghị quyết 1973 (ngày 19-3-2011)", "Luật Công đoàn (ban hành ngày 5-11-1957)".
_PAREN_DATE = re.compile(
    rf"\({_S}{{0,2}}(?:(?:ban{_S}hanh|thong{_S}qua|ky){_S}{{1,3}})?(?:ngay{_S}{{1,3}})?(?P<d>\d{{1,2}})([/.-])(?P<m>\d{{1,2}})\2(?P<y>\d{{4}}){_S}{{0,2}}\)")
# "ngày 01 ngày 10 năm 2021": "ngày" typed for "tháng", the date as written
_MONTH_MISTYPED = re.compile(
    rf"ngay{_S}{{1,3}}(?P<d>\d{{1,2}}){_S}{{1,3}}ngay{_S}{{1,3}}(?P<m>\d{{1,2}}){_S}{{1,3}}nam{_S}{{1,3}}"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)(?P<m2>)")
# "… có hiệu lực (thi hành) kể từ ngày ký ban hành (ngày 10/02/2025)": in force from the day
# it was signed, which the parentheses state; that day is the document's own date.
_IN_FORCE_ON_SIGNING = re.compile(
    rf"(?:(?:se|chinh{_S}thuc){_S}{{1,3}})?co{_S}{{1,3}}hieu{_S}{{1,3}}luc(?:{_S}{{1,3}}thi{_S}{{1,3}}hanh)?"
    rf"{_S}{{1,3}}(?:ke{_S}{{1,3}})?tu{_S}{{1,3}}ngay{_S}{{1,3}}ky(?:{_S}{{1,3}}ban{_S}{{1,3}}hanh)?{_S}{{0,3}}(?=\()")

_NUMBER_WORD = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|nhat|linh|le)"  # folded: "hai mươi lăm"
# A body's term: "khóa XV", "khoá 15".
_TERM = rf"khoa{_S}{{1,3}}(?:[ivxlc]{{1,7}}|\d{{1,2}})(?![a-z\d])"
# "áp dụng từ ngày 1/7/2025": a date the document applies from, not its own.
_DATE_OR_DAY = rf"(?:ngay{_S}{{1,3}})?\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?(?![\d/])"
_IN_FORCE_DATE = _DATE.replace("(?P<", "(?P<f")  # (its groups fd, fm, fm2, fy: unused)
# "(tại) kỳ họp thứ 18 / hai mươi lăm", "tại Kỳ họp bất thường lần thứ 9": when it was passed
_AT_SESSION = (rf"(?:tai{_S}{{1,3}})?ky{_S}{{1,3}}hop{_S}{{1,3}}(?:bat{_S}{{1,3}}thuong{_S}{{1,3}})?"
               rf"(?:(?:lan{_S}{{1,3}})?thu{_S}{{1,3}}(?:\d{{1,3}}|{_NUMBER_WORD}(?:{_S}{{1,3}}{_NUMBER_WORD}){{0,3}}|[a-z]{{2,6}})"
               rf"|\d{{1,3}})(?![a-z\d])")  # ("kỳ họp 7": its number without "thứ")
# Pieces that may sit between a reference and its date, issuer or title.
_TAIL_SKIP = re.compile(
    rf"""(?:
        [\s_,*|]+                                  # spaces, commas, markdown
      | nam{_S}{{0,3}}\d{{4}}(?!\d)                 # "năm 2025" after the symbol (or "năm2025")
      | moi{_S}{{1,3}}nhat(?![a-z])                 # "Luật Dân số mới nhất ngày …" (a headline's)
      | ngay(?={_S}{{1,3}}ngay(?![a-z]))             # a doubled word: "ngày ngày 13 tháng 8 năm 2016"
      # a form's date left blank: "Thông tư số 24/2024/TT-BYT ngày tháng năm 2024 của …", "ngày … tháng … năm …"
      | ngay[ \t.…_]{{1,30}}thang[ \t.…_]{{1,30}}nam(?:[ \t.…_]{{1,30}}(?:(?:19|20)\d\d(?!\d))?)?
      | vao(?={_S}{{1,3}}ngay{_S}{{1,3}}\d)           # "… vào ngày 21 tháng 5 năm 2018 về …"
      | nam(?={_S}{{1,3}}ngay{_S}{{1,3}}\d)           # a year left out: "Luật … năm⏎ngày 16/6/2025"
      | (?:hoi|vuong{_S}mac)(?={_S}{{1,3}}ve(?![a-z]))  # a letter "… của Thuế tỉnh A vướng mắc (hỏi) về X": its subject
      # a date whose year took a digit too many ("ngày 20/11/20225"): no date, but what follows is read
      | ngay{_S}{{1,3}}\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{3}}(?!\d)
      | (?:de|ghi)(?={_S}{{1,3}}ngay{_S}{{1,3}}\d)    # a letter's "số 04/2020/KT-TBHP đề (ghi) ngày 15/4/2020" (dated)
      | ap{_S}dung{_S}{{1,3}}(?:ke{_S})?tu{_S}{{1,3}}{_DATE_OR_DAY}  # when it applies: "áp dụng từ ngày 1/7/2025"
      # or comes into force: "Quyết định 40/2025/QĐ-TTg có hiệu lực từ 31/10/2025 của Thủ tướng …"
      | (?P<in_force>(?:(?:se|da|chinh{_S}thuc){_S}{{1,3}}){{0,2}}co{_S}{{1,3}}hieu{_S}{{1,3}}luc
        (?:{_S}{{1,3}}thi{_S}{{1,3}}hanh)?{_S}{{1,3}}(?:ke{_S}{{1,3}})?tu{_S}{{1,3}}(?:{_IN_FORCE_DATE}|{_DATE_OR_DAY}))
      # or a bare year: "763/QĐ-BXD 2025 về …" (a wiki's footnote mark after it: "214-QĐ/TW 2020 [4] của …")
      | (?<=[\s_])(?:19|20)\d\d(?=[\s_*]{{1,5}}(?:\[\d{{1,3}}\][\s_*]{{1,5}})?(?:ve|cua|ngay)(?![a-z]))
      | {_AT_SESSION}
      | -(?={_S}{{1,3}}(?:tai{_S}{{1,3}})?ky{_S}{{1,3}}hop(?![a-z]))  # "… khoá XV - Kỳ họp thứ 13 về …"
      | [-–](?={_S}{{1,3}}ve(?![a-z]))                # "Sắc lệnh số 213 – Về việc …": a dash before the title
      # "(đã|vừa) (chính thức) được thông qua"
      | (?:(?:da|vua|moi){_S}{{1,3}})?(?:chinh{_S}thuc{_S}{{1,3}})?(?:duoc{_S}{{1,3}})?
        (?:ban{_S}{{1,3}}hanh|ky|ki(?={_S}{{1,3}}ngay)|cap|thong{_S}{{1,3}}qua)(?![a-z])  # ("kí ngày", spelt with i)
      # "… ngày 3 tháng 2 năm 1990: Về việc …" (not ": Về vấn đề này, …", a new sentence)
      | :(?={_S}{{0,3}}\**{_S}{{0,2}}ve(?:{_S}viec)?(?![a-z])
           (?!{_S}(?:van{_S}de|viec|noi{_S}dung){_S}(?:nay|do|tren)(?![a-z])))
      | \[\d{{1,3}}\]                               # wiki footnote marks
      # a wiki's archive note between: "Nghị quyết số: A Lưu trữ ngày 29 tháng 3 năm 2023 tại Wayback Machine ngày …"
      | (?:ban{_S}{{1,3}}goc{_S}{{1,3}})?luu{_S}{{1,3}}tru{_S}{{1,3}}ngay{_S}{{1,3}}
        \d{{1,2}}(?:{_S}{{1,3}}thang{_S}{{1,3}}|[/.-])\d{{1,2}}(?:{_S}{{1,3}}nam{_S}{{1,3}}|[/.-])\d{{4}}
        {_S}{{1,3}}tai{_S}{{1,3}}wayback{_S}{{1,3}}machine(?![a-z])
      | /(?=[\s_]{{1,3}}(?:cua|ve|do)(?![a-z]))      # a stray slash after a date: "ngày 01/3/2025/ của …"
      # a page's "Tải về", "TẠI ĐÂY" link text (its markup may be split: "**TẢI VỀ**** **về …")
      | tai{_S}(?:ve|day)(?=[\s_*]{{1,8}}(?:ve|ngay|cua|nam)(?![a-z]))
      # its "Tải" glued to the title ("… năm 2025 Tải về việc …") or left alone ("… năm 2025 Tải của …")
      | tai(?={_S}(?:ve{_S}viec|cua)(?![a-z]))
      | \({_S}{{0,2}}sua{_S}doi(?:,?{_S}{{1,2}}bo{_S}sung)?{_S}{{0,2}}\)  # "Quy định số 11-QĐi/TW (sửa đổi) của …"
      # "Nghị định số 101-CP (nghị định có hiệu lực từ ngày 1 tháng 7 năm 1994) về việc …"
      | \({_S}{{0,2}}(?:[a-z]+{_S}){{0,3}}(?:co{_S}{{1,2}})?hieu{_S}luc[^()\n]{{0,80}}\)
      # "(nay là …)", "(cũ)", "( nay là Chính_phủ )": an aside on the issuer (its line may wrap: "(nay là⏎…)")
      | \({_S}{{0,2}}(?:(?:nay|sau{_S}day|truoc{_S}day)(?:[^()\n]|\n(?![ \t]*\n)){{0,80}}\)?|cu{_S}{{0,2}}\))
      # the issuer's term: "… Đảng khóa XIII về …", "(khoá IX)"
      | \(?{_S}{{0,2}}{_TERM}(?:{_S}{{0,2}}\))?
      # the month alone: "… của Bộ Chính trị khoá V (7-1986) về việc …" (no date: its day is not said)
      | \({_S}{{0,2}}(?:thang{_S}{{1,3}})?\d{{1,2}}[/.-](?:19|20)\d\d{_S}{{0,2}}\)
      # the addressee: "gửi UBND … về việc", "gửi Cục Thuế …: Hà Nội, TP. Hồ Chí Minh về việc"
      | gui{_S}{{1,3}}(?:[^.;\n]|(?<=tp)\.|\n(?![ \t]*\n)){{1,80}}?{_S}(?=ve(?![a-z]))
    )""",
    re.VERBOSE,
)

_DASH_THEN_DATE = re.compile(rf"{_S}{{1,3}}[-–](?={_S}{{1,3}}ngay{_S}{{1,3}}\d)")  # right after the symbol only
# Header lines put the date after the place: "Số: 37/2025/TT-BXD | Hà Nội, ngày 21 …"
# (the place may wrap a line: "*Hà⏎Nội, ngày …*"; the "V/v …" line before it may close with a
# full stop).
# ("Huế**, ngày …"; "Hà Nội ngày 01⏎tháng 12 …", the comma left out)
_HEADER_DATE = re.compile(
    rf"\.?[\s|*_]{{0,8}}(?:[^\W\d_][\w \n]{{0,30}}?\**(?:,{_S}{{0,3}}|{_S}{{1,3}}(?=ngay(?![a-z]))))?{_DATE}")
_HEADER_DATE_REACH = 80  # a header date's longest form with its place, and some markup
_HEADING_REACH = 300  # a heading's line, at its longest
_TYPE_WORD_IN = re.compile(r"[^\W\d_]{2,}[ \t_]")  # a word before the number ("NGHỊ QUYẾT SỐ 66-NQ/TW")
_RUNNING_TEXT_REACH = 12  # enough of a line to tell running text ("Ngày 28 tháng") from capitals
_SUBJECT_LINE_REACH = 400  # a header's "V/v …" cell, at its longest
_SUBJECT_OPEN_REACH = 8  # markup between a text's own number and its "V/v" cell

# "của Bộ …", "do Bộ … ban hành", "(được) ban hành bởi Sở …"
# (markup may stand around the space: "của* *Chính phủ", a converter's italics split at the
# line's wrap, "của **Bộ Y tế**"; "giữa Bộ Công an, Bộ Xây dựng, …": the bodies a joint plan or
# rule is between)
_ISSUER_OPEN = re.compile(rf"(?:cua|do|(?<=hanh[ _])boi|giua)\*{{0,3}}{_S}{{1,3}}\*{{0,3}}")
# "…, của Ban Bí thư tại văn bản số 213-KL/TW": a body and where it said so, which is the next
# document (a lead, see _LEAD_OF), not an issuer of the one before
_AT_THE_NEXT = re.compile(
    rf"{_S}{{1,3}}\(?{_S}{{0,2}}tai{_S}{{1,3}}(?:cac{_S}{{1,3}})?(?:van{_S}ban|so|{type_words_alternation()})(?![a-z])")
_AND_THE_OTHER = re.compile(rf"{_S}{{1,3}}va{_S}{{1,3}}")  # "giữa A và B": the second party
# "Nghị định số 25/2009/NĐ-CP được Chính phủ ban hành ngày 6-3-2009 về …": the issuer in the passive.
_ISSUED_BY_OPEN = re.compile(rf"(?:da{_S}{{1,3}})?duoc{_S}{{1,3}}")  # "(đã) được Quốc hội thông qua …"
BY_OPENS = re.compile(rf"[\s_,*]*do{_S}{{1,3}}")  # "… do <Cơ quan> …": who issued (or did) it, next
# What may open a line before a caption's document: markup, a list or footnote mark, and
# "Theo", "Tại", "Căn cứ (theo)" ("Theo Chỉ thị 10/CT-TTg năm 2023 về … do Thủ tướng … ban hành").
_CAPTION_START = re.compile(
    r"[\s*#>|^\"“\[\]\d.-]*(?:\*\*[a-z]\*\*)?[\s*\"“]*(?:(?:theo|tai|can[ _]cu(?:[ _]theo)?)[ _]+)?\Z")
_ISSUING_VERB_AFTER = re.compile(rf"{_S}{{1,3}}(?:ban{_S}{{1,3}}hanh|ky|thong{_S}{{1,3}}qua)(?![a-z])")
# "… được Quốc hội khóa XV(,) tại Kỳ họp bất thường lần thứ 9 thông qua": its term and session between
_PASSED_AT_THEN_VERB = re.compile(
    rf"(?:(?:{_S}{{0,2}},)?{_S}{{1,3}}(?:\(?{_S}{{0,2}}{_TERM}{_S}{{0,2}}\)?|{_AT_SESSION})){{0,2}}"
    + _ISSUING_VERB_AFTER.pattern)
# "V/v" is also spaced ("V / v") in word-segmented text.
# (not "về cơ bản": "basically", an adverb opening the predicate)
_TITLE_OPEN = re.compile(rf"(?:ve{_S}{{1,3}}viec|v ?/ ?v|ve(?!{_S}{{1,3}}co{_S}{{1,3}}ban(?![a-z])))(?![a-z])[\s_:*]*")
_MAX_BRACKETED_TITLE = 300
_BRACKETED_TITLE = re.compile(
    rf"\([ \t]*(?P<open>ve{_S}{{1,3}}viec|ve)(?![a-z])[ \t]+"
    rf"(?P<title>[^()\n\"“”]{{3,{_MAX_BRACKETED_TITLE}}}?)[ \t]*\)")
_LIST_FOLLOWS = re.compile(r"[^:\n]*:[ \t*]*\n[\s*]*[-+•]")  # "về việc:" ending its line, then a list's items
# A title opened as the document's heading writes it, "Về việc …" with a capital V (not "về …").
_FIELDS_LISTED = re.compile(rf"(?<![^\W\d_])lĩnh{_S}vực{_S}+[^\W\d_]")  # ("lĩnh vực Văn thư; Lưu trữ")
_HEADING_CASE_OPENING = re.compile(r"(?<![^\W\d_])Về(?:[ _]+việc)?[ _:*]*\Z")

# Words that end an issuer phrase ("của Chính phủ quy định …", "của Bộ Tài chính về …").
# Matched on lower-cased text with diacritics: "tài" (Tài chính) must not stop at "tại".
_ISSUER_STOP = re.compile(
    rf"""(?<![^\W\d_])(?:
        về{_S}+việc|quy{_S}định|hướng{_S}dẫn|ban{_S}hành|sửa{_S}đổi|bổ{_S}sung|thay{_S}thế|bãi{_S}bỏ
      | hết|có|được|đã|là|tại|theo|để|trong|với|cho|nhằm|gồm|(?<!chuyển{_S}đổi{_S})số|ngày|thông{_S}qua
      | không|chưa|cũng|vẫn|đều|sẽ|đang|chỉ(?={_S}+(?:gửi|có|được|là|mới|cần))  # "… của Thuế TP Hà Nội không có …"
      | (?<!đăng{_S})ký  # (not "Văn phòng đăng ký đất đai", an office that registers)
      | (?<!ban{_S})chỉ{_S}đạo|phê{_S}duyệt|năm(?={_S}+\d)|như|thì|khi|lưu{_S}trữ{_S}ngày|truy{_S}cập
      | (?P<about>về)(?!{_S}+việc)
      | và{_S}các|và{_S}những|nêu|đến|từ|v ?/ ?v|thành{_S}lập|giao{_S}cho|cho{_S}phép|yêu{_S}cầu|quyết{_S}định
      | thực{_S}hiện|triển{_S}khai|gửi|làm|trên{_S}cơ{_S}sở|chủ{_S}trì  # ("… Phó Chủ tịch … chủ trì cuộc họp về …")
      | phối{_S}hợp{_S}+(?:với|cùng)  # "do Ban Vận động Cứu trợ phối hợp với …": who does it, and with whom
      # "công văn … của Thuế tỉnh A hỏi (vướng mắc) về …": what the body asks
      | hỏi|trả{_S}lời|đề{_S}nghị|kiến{_S}nghị|xin|vướng{_S}mắc
      | (?<!phòng{_S})công{_S}nhận|chấp{_S}thuận  # "… của Tổng hội Y học Việt Nam công nhận BCH Hội": what it
                                               # decided (not the "Văn phòng Công nhận Chất lượng")
      | công{_S}bố|kêu{_S}gọi  # "… của Chủ tịch UBND tỉnh A công bố thủ tục hành chính …": what it does
      | (?<!người{_S})nộp  # "… do Trung tâm tư vấn pháp luật nộp …": who files (not "Hỗ trợ người nộp thuế")
      | (?<!vận{_S})tải{_S}+về  # a page's link text after the name ("… của Hội đồng Bầu cử quốc gia TẢI VỀ")
    )(?![^\W\d_])""",
    re.VERBOSE,
)
_NAME_GOES_ON = re.compile(rf"{_S}(?=[^\W\d_])")
_INTO_BEFORE_COLON = re.compile(r"[ \t_]thành[\s_*]*\Z")  # (in lower case: not a place, "Vĩnh Thành:")
_STEERS_THEN_TITLE = re.compile(
    rf"(?P<steers>{_S}ve{_S}(?!viec(?![a-z]))(?:[^.;:\n()\d\[\]\"“”]|\n(?![ \t]*\n)){{3,120}}?)(?={_S}ve{_S})")
_STEERING = re.compile(rf"(?<![^\W\d_])ban{_S}chỉ{_S}đạo(?![^\W\d_])")
# "UBND tỉnh Khánh Hòa", "Ủy ban nhân dân thành phố Hà Nội": a place after a body.
# Words of a place may be split by one line break (wrapped or OCR'd text: "tỉnh Bình⏎Dương").
# One capitalised word of a place's name, not a word that opens what follows the issuer
# (a title's verb, a document type, another body).
_PLACE_WORD = (
    # ("Hội đồng", "Hội nghị", "Hội nông dân" open a body; "Hội An" is a city)
    r"(?!(?:Quy|Kế|Nghị|Quyết|Thông|Chỉ|Kết|Luật|Về|Hướng|Công|Ban[ _]hành|Phê|Sửa|Bãi|Thay|Giao|Ủy|Uỷ"
    rf"|Hội(?=[ _](?:[Đđ]ồng|[Nn]ghị|{LOWER}))"
    r"|Sở|Bộ|Cục|Căn|Điều|Xét|Theo|Tải"  # ("… tỉnh Nghệ An Tải về": a page's link text)
    r"|Thực|Triển|Tăng|Đẩy|Nâng)[ _\n]|V ?/ ?[vV](?![^\W\d_])"  # a title opening with its verb: "… Cần Thơ Thực hiện …"
    # (also in a list of repealed decisions, each with its unmarked title: "… tỉnh Bình Phước Thành lập …")
    r"|(?:Thành[ _\n]+lập|Tách|Chia|Cho[ _\n]+(?:phép|thuê)|Bổ[ _\n]+(?:sung|nhiệm)|Không|Ban[ _\n]+hành|Giải[ _\n]+thể"
    r"|Sáp[ _\n]+nhập|Hợp[ _\n]+nhất|Đổi[ _\n]+tên|Phân[ _\n]+cấp)[ _\n]"
    # the same in a heading's capitals: "… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ VỀ VIỆC …"
    r"|(?:VỀ|QUY|KẾ|NGHỊ|QUYẾT|THÔNG|CHỈ|KẾT|LUẬT|HƯỚNG|CÔNG|BAN|PHÊ|SỬA|BÃI|THAY|GIAO|ỦY|UỶ|SỞ|BỘ|CỤC|CĂN"
    r"|ĐIỀU|XÉT|THEO|THỰC|TRIỂN|NGÀY|NĂM|SỐ|TẠI|VÀ|GIAI|TẢI)(?![^\W\d_]))"
    rf"{UPPER}[^\s_,;.:()\[\]\"“”*|]*"
)
_PLACE = re.compile(
    r"(?:[ _]+(?:lâm[ _]thời|LÂM[ _]THỜI))?"  # "Ủy ban nhân dân lâm thời tỉnh Hậu Giang": a provisional one
    r"(?:[ _]+|[ _]*\n[ _]*)"
    r"(?:[tT]ỉnh|[tT]hành(?:[ _]|[ _]*\n[ _]*)phố"  # ("Ủy ban nhân dân Thành⏎phố": wrapped)
    r"|[hH]uyện|[qQ]uận|[tT]hị[ _]xã|[xX]ã|[pP]hường|[đĐ]ặc[ _]khu|TPHCM|TP\.?"
    r"|TỈNH|THÀNH[ _]PHỐ|HUYỆN|QUẬN|THỊ[ _]XÃ|XÃ|PHƯỜNG|ĐẶC[ _]KHU)"
    r"(?:[ _]+\d{1,2}(?![\d/.,-]?\d))?"  # "quận 5", "phường 12"
    # ("TP.Hà Nội": no space after the dot; "tỉnh Bà Rịa - Vũng Tàu": a dash inside the name)
    rf"(?:(?:[ _]+|[ _]*\n[ _]*|(?<=\.)|(?<=[^\W\d_])[ _]+[-–][ _]+(?={UPPER}[^\W\d_]*[ _]+{UPPER}))"
    rf"{_PLACE_WORD}){{0,4}}"
    # The state a national body belongs to: "Chính phủ Việt Nam", "Thủ tướng Việt Nam
    # Cộng hòa", "Chủ tịch nước Việt Nam Dân chủ Cộng hòa".
    r"|[ _]+(?:[nN]ước[ _]+)?(?:Cộng[ _]h(?:òa|oà)[ _][xX]ã[ _]hội[ _][cC]hủ[ _][nN]ghĩa[ _]+|CHXHCN[ _]+)?Việt[ _]Nam"
    r"(?:[ _]+Dân[ _]chủ)?(?:[ _]+Cộng[ _]hòa)?(?![^\W\d_])"
)
# A known name ending with the level of its place names the place after it: "Ban chấp hành Đảng
# bộ tỉnh Nghệ An".
_LEVEL_END = re.compile(rf"(?<![a-z])(?:tinh|huyen|thanh{_S}pho)\Z")
# "Tỉnh ủy Quảng Nam", "Huyện_uỷ Thường_Tín": a local Party committee names its place
# without "tỉnh" or "huyện".
_COMMITTEE_PLACE = re.compile(rf"(?:(?:[ _]+|[ _]*\n[ _]*){_PLACE_WORD}){{1,4}}")
# A national agency's office in a province, named by its place alone: "Cục Thuế Nghệ An", "Cục Hải
# quan Hà Nội", "Kho bạc Nhà nước Hà Tĩnh", "Bảo hiểm xã hội Bình Dương".
_LOCAL_OFFICE = re.compile(
    rf"(?:chi{_S})?cuc{_S}(?:thue|hai{_S}quan)\Z|kho{_S}bac{_S}nha{_S}nuoc\Z|bao{_S}hiem{_S}xa{_S}hoi\Z")
# "Thủ tướng Chính phủ và Kế hoạch tổng thể", "… HĐND tỉnh và ý kiến của …": after "và"
# comes no body, so the issuer ends there.
_AND_SOMETHING_ELSE = re.compile(
    rf"[ _]+và[ _]+(?={LOWER}|(?:Kế|Nghị|Quyết|Thông|Chỉ|Kết|Luật|Mục|Phụ|Điều|Khoản|Chương"
    r"|Phần|Công|Hướng|Quy|Danh[ _](?:mục|sách))[ _])"  # ("… Nhà nước và Danh mục số 1 …": the next item)
)
_JOINT_LEAD = re.compile(rf"lien{_S}{{1,3}}(?=bo(?![a-z]))")
_JOINT = re.compile(rf"{_S}*(?:,|-|{_S}va){_S}+")
# Party organs named after the body they sit in: "Đảng ủy Chính phủ", "Ban cán sự đảng Bộ Tư pháp".
_PARTY_ORGAN = re.compile(rf"(?<![a-z])(?:dang{_S}uy|dang{_S}doan|can{_S}su{_S}dang)\Z")
_CLAUSE_VERB = re.compile(rf"{_S}+(?:da|se|vua|dang|cung|moi)(?![a-z])")
_TRAILING_AND = re.compile(rf"{_S}+(?:và|hoặc)\Z")
# A comma ends the issuer, except in the double title of the head of a ministry-level
# body: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Bộ trưởng, Thống đốc Ngân hàng Nhà nước",
# "Bộ trưởng, Trưởng ban Ban Tổ chức - Cán bộ Chính phủ".
_ISSUER_PUNCT = re.compile(
    rf",(?!{_S}*(?:chu{_S}nhiem|tong{_S}thanh{_S}tra|thong{_S}doc|truong{_S}ban)(?![a-z]))|[;:()\[\]\"“”*|^]|\n\s*\n"
    # ("Thuế TP. Hà Nội": the city's abbreviation; "Công ty … F.D.I tại …": initials)
    r"|(?<!(?<![a-z])tp)(?<!(?<![a-z])[a-z])\.|(?<=(?<![a-z])[a-z])\.(?![a-z])"
    r"|\n[ \t]*(?:[-+#>]|\d{1,2} ?[.)])"  # a list item or a heading on the next line
)
_MAX_ISSUER = 80
_MAX_TITLE = 500
_OBJECT_LEAD_WORDS = 3  # "Phê duyệt", "ban hành Đề án": a title's words before the name they act on
_MAX_QUOTED_NAME = 160  # a quotation inside a title names something ("Chương trình “…”")

# Where a title in running text ends (matched on the lower-cased text, except the
# "do <Cơ quan> ban hành" tail, which needs the capital letter).
_TITLE_STOP = re.compile(
    rf"""
        [\"“”]
      | ;
      | [?!]                                        # a question heading ends here, and an exclamation
      | \|                                          # a table cell ends here
      | \[                                          # a note or footnote mark: "… nhà ở[Nguyễn Tấn Dũng ký …]"
      | \*\*[a-z]\*\*(?=\[|\n)                       # a wiki page's footnote letter: "… thời gian tới**c**[…"
      | {_S}(?:bản{_S}gốc{_S})?lưu{_S}trữ{_S}ngày{_S}\d  # a wiki citation's archive note: "… Lưu trữ ngày 28 …"
      | \.(?:\s|$|\*)
      | \n                                           # a line break, unless the line wraps
      | \(                                           # "(hiệu lực …)", not "( Giai đoạn I )"
      | \)                                           # an aside the reference stood in ends
      | {_S}(?:(?:sẽ|đã|cũng|bị){_S})?hết{_S}hiệu{_S}lực   # "… sẽ hết hiệu lực kể từ …": what becomes of it
      | {_S}(?:theo|xét){_S}đề{_S}nghị{_S}(?:của|tại)(?![^\W\d_])   # "… Ban Dân tộc theo đề nghị của Thường
                                                    # trực …": on whose proposal the sentence's act is done
      | (?<!khi{_S}nào)(?:{_S}và)?{_S}(?:(?:sẽ|đã|vẫn|còn|tiếp{_S}tục|chính{_S}thức|bắt{_S}đầu){_S})?
        có{_S}hiệu{_S}lực(?![^\W\d_])
                                                    # "… bắt đầu có hiệu lực", "… và có hiệu lực thi hành …"
                                                    # (a question's "khi nào có hiệu lực?" is cut as one)
      | {_S}(?:bao{_S})?gồm(?:{_S}có)?{_S}\d{{1,3}}{_S}(?:điều|chương|phần|mục|phụ{_S}lục)(?![^\W\d_])  # "… gồm có
                                                    # 5 Điều và các phụ lục": how the document is laid out
      | ,{_S}+(?:trong{_S}(?:thời{_S}hạn|đó|khi|(?:những|các){_S}năm{_S}(?:qua|gần{_S}đây))
               |theo{_S}đó|căn{_S}cứ|làm{_S}cho|xác{_S}định(?={_S}+(?:đây|đó|rằng|là|rõ)(?![^\W\d_]))|kể{_S}từ|có{_S}hiệu{_S}lực|đồng{_S}thời
               # (", đã có nhiều chuyển biến", ", sau khi thống nhất ý kiến …": the sentence's own
               # predicate, or a clause of its own; not ", đã được sửa đổi", said of what the title names)
               |sau{_S}khi|(?:đã|đang|sẽ)(?={_S}+(?!(?:được|bị)(?![^\W\d_])))
               |từ(?={_S}+ngày{_S}+\d)                 # ", từ ngày 12/6/2025, nước ta …": when, a new clause
               |áp{_S}dụng{_S}+(?:kể{_S}+)?từ           # ", áp dụng từ năm 2025": when it applies
               |tuy{_S}nhiên|nhưng|song(?!{_S}(?:tính|ngữ|phương|hành|song|sinh))  # (not "…, song tính", bisexual)
               |nhằm|để|khi|nếu|thì|(?:bao{_S})?gồm   # (", (bao) gồm: …" lists what it holds)
               |góp{_S}phần                         # ", góp phần nâng cao …": what it is for
               |kèm{_S}theo{_S}đó                   # ", kèm theo đó là Phụ lục …": what comes with it
               |yêu{_S}cầu{_S}+(?:các|mọi|toàn{_S}thể)   # ", yêu cầu các cơ quan …": what it requires, of whom
               |người{_S}đứng{_S}đầu   # "… về chế độ tiền thưởng, người đứng đầu cơ quan …": the main clause's subject
               |thực{_S}hiện{_S}(?:ý{_S}kiến{_S})?chỉ{_S}đạo  # ", thực hiện chỉ đạo của …": a clause of its own
               |(?:trả{_S}lời|phúc{_S}đáp)(?={_S}+(?:công{_S}văn|văn{_S}bản|đơn|thư|kiến{_S}nghị))  # ", trả lời
                                                    # công văn số …": what the letter answers, not its title
               |hoàn{_S}thành{_S}+(?:trong|trước|xong))(?![^\W\d_])   # the sentence goes on (", hoàn
                                                                       # thành trong tháng 12": a deadline)
      | {_S}thì(?![^\W\d_])                      # no title says "then"
      # "… năm học 2025-2026, kỳ thi tuyển sinh (sẽ) diễn ra …": the sentence's own clause
      | ,(?=(?:{_S}+[^\W\d_]+){{1,8}}?{_S}+(?:sẽ{_S}+)?diễn{_S}ra(?![^\W\d_]))
      | {_S}mới{_S}nhất(?![^\W\d_])             # "… về khen thưởng mới nhất": a headline's "latest"
      # "… tỉnh Tiền Giang cụ thể quy định như sau:", "… gồm các biểu mẫu cụ thể như sau:"
      | {_S}(?:(?:bao{_S})?gồm{_S}(?:các|những)(?:{_S}[^\W\d_]+){{1,3}}?{_S})?cụ{_S}thể
        (?={_S}+(?:quy{_S}định|như{_S}sau)(?![^\W\d_]))
      | (?<!vận)(?<!quá){_S}tải(?=[ \t*]*(?:\n|\Z))  # "… thuộc ngân sách nhà nước tải⏎": a page's download link
      # "… vừa được Thủ tướng ký ban hành": just issued (not "doanh nghiệp nhỏ và vừa có …": medium-sized)
      | (?<!và){_S}vừa{_S}+(?:được|ký|ban{_S}hành|thông{_S}qua|có)(?![^\W\d_])
      # "… áp dụng từ 10/10/2025" (a headline's, with no "ngày"): when it applies. A title may
      # say it: "Bảng giá đất … áp dụng từ ngày 01/01/2026".
      | (?<!và)(?<!được)(?<!để){_S}áp{_S}dụng{_S}+từ{_S}+(?=\d{{1,2}}/\d)
      | {_S}kể{_S}từ{_S}+ngày{_S}+(?=[^\W\d_])   # "… sân bay kể từ ngày Ủy ban … tiếp nhận": from when
      | {_S}\*{{0,4}}(?:có|đã|cũng){_S}+quy{_S}định(?![^\W\d_])   # "… về X (**)có quy định:" goes on about X
      | ,[^,;.\n]{{1,80}}?{_S}(?:có|xin){_S}+ý{_S}+kiến  # "…, Cục Thuế có ý kiến như sau": a reply
      | ,[^,;.\n]{{1,80}}?{_S}quyết{_S}nghị(?![^\W\d_])  # "…, Ủy ban Thường vụ Quốc hội quyết nghị:" what it resolves
      | (?<!số{_S}\d)(?<!số{_S}\d\d)[,;]{_S}*(?:(?:và|hoặc){_S}+)?số{_S}*:?{_S}*\d   # "…, số 367/BTC-QLG …": the
                                                   # list goes on (not "… do bão số 10, số 11": the storms)
      | \[\d{{1,3}}\]                              # a footnote mark ends the sentence's clause
      | \[[*_]*(?:liên{_S}kết{_S}hỏng|cần{_S}(?:dẫn{_S}nguồn|chú{_S}thích))  # a wiki's "[*liên kết hỏng*]"
      | (?:\*\*[a-z]\*\*[ \t]*)*(?:-[ \t]*)?\*{{0,2}}\^   # "**b** **^**", "**b** - ^": a wiki page's next footnote
    """,
    re.VERBOSE,
)
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|BS|St)\Z")
_NEXT_CHAR = re.compile(r"[ \t]*(\S)")
_BOLD_NAME_NEXT = re.compile(r"[ \t]*\*\*([^\s*_])")  # (not "*Căn cứ …", an italic line of its own)
_YEAR_WORD_END = re.compile(r"(?<![^\W\d_])năm[ \t]*\Z")
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:[.)]|\.\d)")  # a list item's number opening a line: "2. …", "1.2 …"
_QUESTION_TAIL = re.compile(
    rf"(?:{_S}+(?:chi{_S}tiết|cụ{_S}thể|được{_S}quy{_S}định|quy{_S}định|áp{_S}dụng|(?:được{_S})?sử{_S}dụng|từ|khi{_S}nào)){{0,3}}"
    rf"{_S}+(?:ra{_S}sao|(?:như{_S})?thế{_S}nào|là{_S}gì|khi{_S}nào|bao{_S}nhiêu|ở{_S}đâu|có{_S}gì{_S}mới"
    rf"|gồm{_S}những{_S}gì|(?:còn{_S}|có{_S})?hiệu{_S}lực(?:{_S}không)?|hay{_S}không"
    rf"|(?:có|gồm|với|cho){_S}+những(?:{_S}+[^\W\d_]+){{1,3}}{_S}+nào){_S}*\Z"  # ("… có những nội dung nào")
)
# The last clause of a question heading, when it asks: ", Ninh Bình có bao nhiêu …".
_QUESTION_CLAUSE = re.compile(
    rf",(?=[^,]*(?<![^\W\d_])(?:bao{_S}nhiêu|thế{_S}nào|ra{_S}sao|gì|khi{_S}nào|ở{_S}đâu|có{_S}phải"
    rf"|hay{_S}không)(?![^\W\d_]))[^,]*\Z")  # (", môi trường kinh doanh cần đạt yêu cầu gì?")
_CURLY_CLOSE = re.compile('[”"]')
# What a council considers beside a proposal: "báo cáo thẩm tra của Ban …", "ý kiến thảo luận của đại biểu …".
_REVIEW_PAPER = rf"(?:báo{_S}cáo{_S}thẩm{_S}tra|ý{_S}kiến{_S}(?:thảo{_S}luận|thẩm{_S}tra|thẩm{_S}định))(?![^\W\d_])"
# "…; căn cứ yêu cầu của …", "…; cụ thể, năm 2025 …": after ";" a new clause, not the title's next item.
_CLAUSE_OPENER = re.compile(
    rf"{_S}*(?:(?:căn{_S}cứ|thực{_S}hiện|triển{_S}khai|theo{_S}đó|đồng{_S}thời|các{_S}văn{_S}bản|có{_S}hiệu{_S}lực"
    # "…; và các cơ quan …": the sentence goes on; "…; nhất là ở nội dung …": what it stresses
    rf"|trên{_S}cơ{_S}sở|theo{_S}đề{_S}nghị|sau{_S}khi|kèm{_S}theo|nhất{_S}là|đặc{_S}biệt(?:{_S}là)?|và|để|nhằm"
    rf"|cụ{_S}thể(?!{_S}h[óo]a)"
    rf"|riêng|cần|phải|tham{_S}mưu"  # "…; riêng công nhân, viên chức …", "…; cần chấn chỉnh …", "…; tham mưu
    # (báo cáo) UBND …": the sentence's next clause, or the next task
    rf"|có{_S}(?:nhiệm{_S}vụ|trách{_S}nhiệm)"  # "…; có nhiệm vụ tiếp tục …": what the body named must do
    rf"|phối{_S}hợp{_S}+với"  # "…; phối hợp với các Sở …": a task's next step
    rf"|(?:các(?:{_S}+[^\W\d_]+){{1,3}}{_S}+)?còn{_S}lại"  # "…; các công trình còn lại …": the rest, set apart
    rf"|{_REVIEW_PAPER})"  # "Xét Tờ trình A … về X; báo cáo thẩm tra của Ban …"
    rf"(?![^\W\d_])|số{_S}*:?{_S}*\d)")  # "…; số 48/2013/NĐ-CP …": the next item of a list
# "… về việc nghỉ tết … và căn cứ quy định tại …": a new clause, with its own cue.
# Where a title gives way to the rest of the sentence (the title ends before these).
# What "và thực hiện" carries out when it opens a clause of its own after a title.
_CARRIED_OUT_DOCUMENT = (
    rf"nghị{_S}quyết|nghị{_S}định|quyết{_S}định|chỉ{_S}thị|kết{_S}luận|thông{_S}tư|luật|bộ{_S}luật|pháp{_S}lệnh"
    rf"|hiến{_S}pháp|công{_S}văn|kế{_S}hoạch|chương{_S}trình|đề{_S}án|các{_S}văn{_S}bản")
_DOCUMENT_NEXT = re.compile(rf"[ \t*]*(?:{_CARRIED_OUT_DOCUMENT}|hướng{_S}dẫn|quy{_S}định|thông{_S}báo)(?![^\W\d_])")
_TITLE_BREAK = re.compile(
    rf"{_S}*,{_S}*trừ(?![^\W\d_])"  # "…, trừ các chứng từ …": an exception the sentence makes
    # "… giai đoạn 2023 - 2025: các xã Quảng Thọ, Quảng An": where it applies, after the title's
    # period (a colon inside a title follows a count: "… thành 3 xã: A, B, C")
    rf"|(?<=(?:19|20)\d\d)[ \t_*]*:(?!\d)"
    rf"|{_S}*,[\s_*]*cụ{_S}thể(?!{_S}h[óo]a)(?![^\W\d_])"  # "…, cụ thể nêu rõ …": the sentence goes on
    rf"|{_S}*,[\s_*]*(?:đặc{_S}biệt|nhất{_S}là|cùng{_S}với)(?![^\W\d_])"  # "…, đặc biệt Luật Biển …": and another
    # "…, đối với nhiệm vụ …", "…, tại Điều 1, Mục 1: …", "…, trình Ủy ban Thường vụ Quốc hội": what
    # the sentence applies it to, where, or to whom it goes
    rf"|{_S}*,{_S}*(?:đối{_S}với|tại[\s_*]+(?:điều|khoản|điểm|mục|chương|phụ{_S}lục)(?![^\W\d_])"  # (", tại *Điều 1*")
    rf"|(?:trình|gửi){_S}+(?:ủy{_S}ban|uỷ{_S}ban|chính{_S}phủ|quốc{_S}hội|thủ{_S}tướng|hội{_S}đồng|bộ{_S}chính{_S}trị"
    rf"|ban{_S}bí{_S}thư)(?![^\W\d_]))"
    # "… đến năm 2030, tầm nhìn đến năm 2045 xác định …": a strategy's horizon ends its name
    rf"|(?:(?<=tầm{_S}nhìn{_S}\d{{4}})|(?<=tầm{_S}nhìn{_S}đến{_S}\d{{4}})|(?<=tầm{_S}nhìn{_S}đến{_S}năm{_S}\d{{4}}))"
    rf"(?={_S}*;|[\s_]+(?:xác{_S}định|nêu|đề{_S}ra|khẳng{_S}định|nhấn{_S}mạnh|chỉ{_S}rõ|đặt{_S}ra|là|có|đã|được|sẽ|yêu{_S}cầu)"
    rf"(?![^\W\d_])|{_S}*,{_S}*(?:hội{_S}nghị|ban{_S}chấp{_S}hành|bộ{_S}chính{_S}trị|ban{_S}bí{_S}thư|chính{_S}phủ"
    rf"|thủ{_S}tướng|quốc{_S}hội)(?![^\W\d_]))"  # (not "… năm 2045 trên địa bàn tỉnh …")
    # "… doanh nghiệp đến năm 2020, xác định mục tiêu …", "… văn hóa đến năm 2030 tiếp tục đề ra …":
    # after a horizon, what the document does (as said of it) is the sentence's
    rf"|(?<=đến{_S}năm{_S}\d{{4}})(?:{_S}*,)?[\s_]+(?:(?:tiếp{_S}tục|cũng|đã){_S}+)?(?:xác{_S}định|đề{_S}ra|khẳng{_S}định"
    rf"|nhấn{_S}mạnh|chỉ{_S}rõ|đặt{_S}ra)(?![^\W\d_])"
    rf"|{_S}+\((?:i{{1,3}}|iv|v|vi{{1,3}})\){_S}"  # "… tinh thần (iii) Hướng dẫn …": the next item of a list
    # "… về chức năng, nhiệm vụ của Ngân hàng Nhà nước thay thế Nghị định 102": what the document
    # does; not "… ban hành Nghị quyết thay thế Nghị quyết 47", a resolution that would replace it
    rf"|(?<!quyết)(?<!định)(?<!tư)(?<!thị)(?<!luận)(?<!văn)(?<!luật)(?<!lệnh){_S}+(?:thay{_S}thế|bãi{_S}bỏ)"
    rf"(?=[\s_]+(?:các[\s_]+)?(?:nghị{_S}định|nghị{_S}quyết|quyết{_S}định|thông{_S}tư"
    rf"|chỉ{_S}thị|luật|bộ{_S}luật|pháp{_S}lệnh|kết{_S}luận|công{_S}văn)(?![^\W\d_]))"
    # From here on, each break follows white space (one group, closed at the end):
    # "… về việc X và thực hiện Nghị quyết …": a new clause; not "… chuẩn bị và thực hiện vai
    # trò Chủ tịch ASEAN", "… xây dựng và thực hiện quy chế dân chủ", where the verb goes on
    # with the title's noun
    # (markdown may open before the break: '… con tem bưu chính" **nêu rõ:')
    rf"|{_S}+\*{{0,2}}(?:và{_S}+(?:căn{_S}cứ|(?:thực{_S}hiện|triển{_S}khai)(?={_S}+(?:{_CARRIED_OUT_DOCUMENT})(?![^\W\d_])))"
    # "… về việc công nhận 11 xã … có hiệu lực từ ngày …" (or "… khi nào?"): the sentence's own predicate
    rf"|(?:,{_S}*|và{_S}+)?có{_S}hiệu{_S}lực(?:{_S}thi{_S}hành|{_S}sử{_S}dụng)?(?:[\s_*]+(?:từ|kể{_S}từ|khi{_S}nào|chưa|không)|{_S}*\Z)"
    # "… đến năm 2020 và các nghị quyết, chỉ thị … của Ban Chấp hành Trung ương": more documents
    rf"|và{_S}+các{_S}+(?:nghị{_S}quyết|nghị{_S}định|chỉ{_S}thị|quyết{_S}định|kết{_S}luận|thông{_S}tư|văn{_S}bản"
    rf"|quy{_S}định)"  # "… và các văn bản có liên quan", "… và các quy định về trách nhiệm nêu gương"
    # "… về quản lý trang thiết bị y tế được sửa đổi, bổ sung bởi Nghị định …": said of the
    # document, not part of its title
    rf"|(?:đã{_S}+)?được{_S}+(?:sửa{_S}đổi|bổ{_S}sung|thay{_S}thế)(?:[\s_,]+(?:sửa{_S}đổi|bổ{_S}sung))?"
    # ("… bổ sung cập nhật một số điều tại …")
    rf"(?:{_S}+cập{_S}nhật)?(?:{_S}+một{_S}số{_S}điều)?{_S}+(?:bởi|tại|theo)"
    # "… phục vụ người dân trong đó có yêu cầu …", "… cũng đã yêu cầu …", "… nông thôn đã đặt cơ sở
    # mới cho …": the sentence goes on about the document (what it holds, says or did)
    rf"|trong{_S}đó|cũng{_S}+(?:đã|sẽ)|mà{_S}+(?:không|chưa|đã|được|phải)"  # "… chiến tranh mà không thuộc …"
    rf"|gửi{_S}+(?:quốc{_S}hội|chính{_S}phủ|thủ{_S}tướng|bộ{_S}chính{_S}trị|ban{_S}bí{_S}thư)(?=[\s_*]*(?:[.;,:]|\Z))"
    rf"|(?:cho{_S}+)?đến{_S}+khi"  # "… ở chi bộ đông đảng viên đến khi có …": until when the sentence says
    rf"|và{_S}+ý{_S}kiến{_S}+chỉ{_S}đạo{_S}+của"  # "… và ý kiến chỉ đạo của đồng chí …": the next basis
    # "Xét Tờ trình A … về X và báo cáo thẩm tra của Ban …": the next paper a council considered
    rf"|và{_S}+{_REVIEW_PAPER}"
    rf"|đã{_S}+(?:đặt|tạo|mở{_S}ra|đề{_S}ra|đưa{_S}ra|chỉ{_S}ra|xác{_S}định|khẳng{_S}định|nhấn{_S}mạnh|bãi{_S}bỏ"
    rf"|chính{_S}thức)"
    # "… về X được quy định tại Mục I …" (a title that names a document is left whole, to be dropped)
    rf"|được{_S}+(?:quy{_S}định|nêu(?:{_S}rõ)?){_S}(?:tại|trong){_S}+(?:mục|điều|khoản|điểm|chương|phần|phụ{_S}lục)"
    # "… về hợp đồng … công lập thuộc trường hợp được áp dụng …": a condition the sentence sets
    rf"|thuộc{_S}+trường{_S}hợp"
    # "… về văn học, nghệ thuật nêu rõ: …", "… Quý I/2025 có nêu rõ giá bán …": what the
    # document says; "yêu cầu", "xác định" may be nouns of a title, so only before a colon
    rf"|(?:(?:đã|cũng|có|đều|tiếp{_S}tục){_S}+)?(?:nêu|chỉ){_S}rõ|có{_S}+nêu"
    rf"|(?:(?:đã|cũng|có|đều|tiếp{_S}tục){_S}+)?(?:yêu{_S}cầu|khẳng{_S}định|nhấn{_S}mạnh|xác{_S}định|chỉ{_S}đạo|nêu|viết|ghi"
    # ("… về chính sách thuế hướng dẫn:⏎“…”", not "… ban hành Hướng dẫn:", a document)
    rf"|đề{_S}ra(?:{_S}chủ{_S}trương)?|có{_S}+đoạn|quy{_S}định{_S}rõ|(?<!hành{_S})hướng{_S}dẫn)"
    rf"(?=[\s_]*(?::|rằng(?![^\W\d_]))))(?![^\W\d_])")
# "…, cụ thể như sau", "… dưới đây:": the sentence goes on to what follows, not the title.
# "… với nội dung như sau:", "… với các nội dung chính sau:" likewise.
_TITLE_TAIL_REACH = 40  # the longest tail, "với các nội dung cụ thể như sau:", and its spaces
_TITLE_TAIL = re.compile(
    # "… quy định như sau:", "… để giải đáp như sau:": what the document does with it (also
    # after emphasis: "… MÔN ĐỊA LÍ **như sau:")
    rf"[\s_,*]+(?:(?:(?:(?:có|được){_S}+)?(?:quy{_S}định|định{_S}nghĩa|giải{_S}thích)|có{_S}+nội{_S}dung|để{_S}+(?:giải{_S}đáp|trả{_S}lời)){_S}+(?=cụ{_S}thể|như{_S}sau))?"
    rf"(?:cụ{_S}thể(?:{_S}+như{_S}sau)?|như{_S}sau|dưới{_S}đây|gồm{_S}+(?:những|các){_S}+nội{_S}dung(?:{_S}+(?:chính|sau))*"
    rf"|với{_S}+(?:các{_S}+)?nội{_S}dung(?:{_S}+(?:chính|cụ{_S}thể))?(?:{_S}+(?:như{_S}+)?sau)?"
    # "… về X gồm:⏎- …", "… bao gồm các tài liệu sau đây:": the list the sentence opens
    rf"|(?:bao{_S}+)?gồm(?:{_S}+có)?(?:{_S}+(?:các|những)(?:{_S}+[^\W\d_]+){{1,3}}?"
    rf"(?:{_S}+(?:như{_S}sau|sau{_S}đây))?)?(?=[\s_*]*:)"  # (before "cụ thể như sau" the title stops)
    # "… được hưởng ưu đãi theo Quyết định A về X khi:⏎+ …": the conditions follow; "… nhằm:": the aims
    rf"|(?:khi|nhằm)(?=[\s_*]*:))[\s_:*]*\Z")
_ARTICLE_TAIL = re.compile(r"[\s_]+[-–][\s_]+điều[\s_]+\d{1,3}[\s_\"”*]*\Z")
_ARTICLE_TAIL_REACH = 24
# A line ending in a word that needs the next one goes on below, whatever that line
# starts with: a preposition ("của", "và", "số") or a verb still waiting for its object
# ("… gắn với thực hiện⏎Chỉ thị …", "về việc ban hành⏎Quy định …", but not "… Cục Hải
# quan ban hành⏎", where the clause is done; nor "… những năm tiếp theo⏎", the following years).
_DANGLING = re.compile(
    rf"(?<![^\W\d_])(?:của|và|về|cho|tại|(?<!tiếp{_S})theo|với|các|những|số|ngày|thuộc|trên|giữa"
    rf"|thực{_S}hiện|triển{_S}khai|quán{_S}triệt|cụ{_S}thể{_S}h(?:óa|oá)|thay{_S}thế|sửa{_S}đổi|bổ{_S}sung|bãi{_S}bỏ|phê{_S}duyệt"
    rf"|hướng{_S}dẫn|việt(?=[ \t]*\Z)"  # ("… nhập khẩu Việt⏎Nam": the country's name wrapped)
    rf"|(?:(?<=việc{_S})|(?<=về{_S})|(?<=và{_S})|(?<=để{_S}))ban{_S}hành),?[ \t]*\Z"
    # "… đổi tên Viện … thành⏎**Viện …**", "… thành lập⏎**Ban …**" (a verb, not "Giang_Thành,", a name)
    rf"|(?<![^ \t])thành(?:{_S}lập)?[ \t]*\Z"
)
# Asides a title keeps: "( Giai đoạn I )", "( % )", one word ("(nCoV)"), a few words in lower
# case ("(vốn sự nghiệp)"; not "(hiệu lực …)", "(sau đây gọi là …)"), a span of dates, and the
# place's name now ("… huyện Lạng Giang (nay là xã Lạng Giang, tỉnh Bắc Ninh)"), as after a merger.
_SHORT_ASIDE = re.compile(  # (not "(Điều 1)", the citing text's article; nor "(Hình từ Internet)", a caption's)
    rf"\((?!\s?(?:Điều|Khoản|Điểm|Chương|Mục|Hình|Ảnh|Nguồn|Văn{_S}bản|Đính|Kèm|Xem)\s)(?:\s?{UPPER}[^()\n]{{0,20}}|[\s%\d.,]{{1,8}}|[^\W_][\w-]{{0,15}}"
    rf"|(?!(?:hiệu|sau|dưới|gọi|có|đã|được|kèm|gửi|đính|theo|trừ|nếu|xem|tải|ban|số|chi|tại)(?![^\W\d_])){LOWER}+"
    # "(vốn sự nghiệp)", "(đợt 2)", "(đợt IV)", "(tỷ lệ 1/2000)", "(mở rộng giai đoạn 2)"
    rf"(?:(?:{_S}{LOWER}+){{1,3}}|(?:{_S}{LOWER}+){{0,3}}{_S}(?:\d{{1,3}}(?:[/:]\d{{1,5}})?|[IVXLC]{{1,6}}(?![^\W\d_])))"
    # "(19/8/1945-19/8/2025)", a report's period "(từ ngày 17/5-23/5/2025)"
    rf"|\s?(?:từ{_S}(?:ngày{_S})?)?\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?\s?(?:[-–]|{_S}đến)\s?(?:ngày{_S})?\d{{1,2}}/\d{{1,2}}/\d{{4}}\s?"
    rf"|\s?nay{_S}+(?:là|thuộc){_S}[^()\n]{{1,60}})\)")
# An aside inside a title, which goes on after it with a list's next words: "… sau sắp xếp (còn
# 34 đơn vị hành chính cấp tỉnh …), tên gọi và trung tâm …" (on lower-cased text).
_ASIDE_THEN_MORE = re.compile(
    rf"\((?![\s_]*(?:điều|khoản|điểm|chương|mục|hình|ảnh|nguồn|hiệu|sau|dưới|gọi|có|đã|được|kèm|gửi|đính|theo|trừ|nếu|xem"
    rf"|tải|ban|số|chi|tại|nay)(?![^\W\d_]))[^()\n]{{1,120}}\)(?:,{_S}(?=(?:{LOWER}+{_S}){{1,3}}(?:và|hoặc){_S})"
    # "… nguồn ngân sách cấp huyện (trước khi …) vào ngân sách tỉnh …", "… (tổ chức, cá nhân …) tới các
    # Cục Thuế …": the phrase goes on
    rf"|{_S}(?=(?:vào|cho|tới|đến|đối{_S}với|trên{_S}địa{_S}bàn){_S}))")
_HEADED_BY = re.compile(rf"{_S}*làm{_S}")  # on lower-cased text: "làm", not "Lâm"
# "… Nghị định 131/2021/NĐ-CP do Ủy ban nhân dân cấp xã chuyển đến": who passed it on.
# "… Nghị định số 52/2013/NĐ-CP do Ủy ban nhân dân cấp tỉnh thực hiện": who carries it out;
# "… do Bộ trưởng Bộ Tài chính hướng dẫn", "… do Bộ Tư pháp soạn thảo": nor who issued it.
_DONE_BY = re.compile(
    # ("… cấp xã nơi tổ chức lễ hội thực hiện": where it is done, then the verb)
    rf"(?:{_S}+cấp{_S}+(?:xã|huyện|tỉnh))?(?:{_S}+nơi(?:{_S}+[^\W\d_]+){{1,6}}?)?"
    # ("… do Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai thực hiện": more than one)
    rf"(?:(?:,|{_S}+và){_S}+[^\W\d_][^,.;:\n]{{0,60}}?){{0,2}}"
    rf"{_S}+(?:chuyển|gửi|cung{_S}cấp|nộp|trình|xác{_S}nhận|thu{_S}thập|lưu{_S}trữ"
    rf"|thực{_S}hiện|hướng{_S}dẫn|phối{_S}hợp|giải{_S}quyết|tiếp{_S}nhận|quản{_S}lý|chủ{_S}trì|tổ{_S}chức|thẩm{_S}định"
    rf"|kiểm{_S}tra|đảm{_S}nhận|đảm{_S}nhiệm|phụ{_S}trách|soạn{_S}thảo|biên{_S}soạn|đề{_S}xuất|đề{_S}nghị|báo{_S}cáo"
    rf"|quyết{_S}định)"  # ("… tại Nghị định A do Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định": who decides)
    rf"(?![^\W\d_])")
# "… Danh sách doanh nghiệp do Chi cục Thuế … trực tiếp quản lý", "… tại các cửa khẩu do Bộ Quốc
# phòng quản lý": who manages what the title names is part of it (not who issued the document).
_MANAGED_BY = re.compile(
    rf"(?:(?!ban{_S}hành)[^,.;:?!\n()\"“”]){{1,70}}?{_S}(?:trực{_S}tiếp{_S}+|đã{_S}+)?quản{_S}lý(?![^\W\d_])")
# "… về X do Bộ Y ban hành", "… do thành phố Cần Thơ ban hành": who issued it, after the title
# "… do <a few words> ban hành": the issuing verb a few words after "do"
_ISSUING_VERB_NEAR = re.compile(rf"(?:(?!do{_S})[^\W\d_]+{_S}{{1,3}}){{1,8}}?ban{_S}{{1,3}}hành(?![^\W\d_])")
_ISSUED_BY = re.compile(  # (not "doanh nghiệp do Nhà nước nắm giữ 100% vốn": owned, not issued)
    rf"{_S}do{_S}{{1,3}}(?!Nhà{_S}nước{_S}{{1,3}}(?:nắm|sở{_S}hữu|đầu{_S}tư|quản{_S}lý|giao))(?={UPPER}|{_ISSUING_VERB_NEAR.pattern})"
    # "… được Chính phủ ban hành ngày …": the passive, with the verb and its date
    # (or "được Quốc hội khóa XV, Kỳ họp thứ 9 thông qua ngày …": its term and session between)
    rf"|{_S}được{_S}{{1,3}}(?={UPPER}(?:(?!được{_S})(?:[^\W\d_]+|\d{{1,2}}),?{_S}{{1,3}}){{1,12}}?"
    rf"(?:ban{_S}{{1,3}}hành|thông{_S}{{1,3}}qua){_S}{{1,3}}(?:vào{_S}{{1,3}})?ngày)"
    # (or no agent: "… về X được ban hành ngày 18 tháng 4 năm 2025")
    rf"|{_S}(?:đã{_S}{{1,3}})?được{_S}{{1,3}}(?=(?:ban{_S}{{1,3}}hành|thông{_S}{{1,3}}qua){_S}{{1,3}}(?:vào{_S}{{1,3}})?ngày{_S})")
_DIGIT = re.compile(r"\d")
_PASSIVE_BY_BODY = re.compile(rf"{_S}(?:(?:đã|đang|sẽ){_S}{{1,3}})?được{_S}{{1,3}}(?={UPPER})")
_MAX_CAUSES = 4
# "Thực hiện Công văn số … về X, Sở Tài chính đề nghị …": after the fronted clause, the
# sentence's own subject (capitalised) and its verb; the title ends at the comma.
_MAIN_CLAUSE = re.compile(
    # (the subject may wrap a line: "…, Phó Thủ tướng⏎Chính phủ … có ý kiến")
    rf",{_S}+(?:{UPPER}(?:[^;.\n]|\n(?![ \t]*\n)){{0,80}}?{_S}(?:kính{_S}đề{_S}nghị|đề{_S}nghị|đề{_S}xuất"
    rf"|(?<!ứng{_S})yêu{_S}cầu|chỉ{_S}đạo"
    rf"|thông{_S}báo|trả{_S}lời|phúc{_S}đáp|giao|hướng{_S}dẫn|báo{_S}cáo|quyết{_S}định|ban{_S}hành|kết{_S}luận|chỉ{_S}thị|đã|sẽ"
    rf"|thống{_S}nhất|đồng{_S}ý"  # "…, Quốc hội thống nhất kéo dài …": what a body agreed
    rf"|(?:có|xin){_S}+ý{_S}+kiến)"
    # "… về khung tiêu chuẩn chức danh Tổng Bí thư, Tổng Bí thư phải là …": a short subject
    rf"|{UPPER}[^\W\d_]*(?:{_S}[^\W\d_]+){{0,3}}{_S}(?:phải|cần)"
    # "…, người đứng đầu cơ quan … có trách nhiệm …": a subject in lower case, with a verb that
    # only a clause's own subject takes.
    rf"|[^;.\n]{{0,120}}?{_S}(?:có|chịu){_S}trách{_S}nhiệm"
    # "…, các tỉnh, thành phố đã đăng ký 110 dự án …": a plural subject and its tense
    rf"|(?:các|những){_S}[^;.\n]{{0,60}}?{_S}(?:đã|sẽ|cần|phải|đang|chưa))"
    rf"(?![^\W\d_])"
)
_CLAUSE_LOOKAHEAD = 160
# "… các Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ": the comma joins a second agent of "do".
_AGENT_BEFORE_COMMA = re.compile(rf"(?<![^\W\d_])do{_S}{{1,3}}{UPPER}[^\W\d_]*(?:{_S}{UPPER}[^\W\d_]*)?\Z")
# "… về phê chuẩn hạng đất … và Quyết định phê duyệt điều chỉnh …": another document, named by
# its type with a capital and what it does (one with a number is a reference of its own)
_AND_ANOTHER_DOCUMENT = re.compile(
    rf"{_S}+và{_S}+(?:Quyết{_S}định|Nghị{_S}định|Nghị{_S}quyết|Thông{_S}tư|Chỉ{_S}thị|Kết{_S}luận|Công{_S}văn)"
    rf"{_S}+(?!(?:số|thư)(?![^\W\d_]))(?={LOWER})")  # (not "Nghị định thư", a protocol)
# A page's link text left at the end of a title: "… Chủ tịch Hồ Chí Minh Tải về".
# "… tại khu vực Trung Bộ****Bộ Xây dựng yêu cầu …": a bold heading glued to the end of a bold
# title, as a converter writes two paragraphs in one line
_BOLD_GLUED = re.compile(rf"(?<={LOWER})\*\*\*\*(?={UPPER})")
_LINK_TEXT_IN = re.compile(r"[\s*]+(?:Tải về|TẢI VỀ|Tải file|TẢI FILE)(?![^\W\d_])")  # capitalised: a link's text
# "… về việc ban hành Quy định … của Thuế tỉnh, thành phố quy định:⏎", "… về X quy định phạm vi
# điều chỉnh, cụ thể như sau:": the verb that brings in what is quoted next (in lower case: "…
# ban hành Quy định:" names a regulation)
# ("… quy định: “1": the quoted provision's first item number, cut off where the title stopped)
_PRESCRIBES_TAIL = re.compile(rf"[\s_*]+quy{_S}định[\s_*]*:[\s_*]*(?:[“\"][\s_*]*(?:\d{{1,2}}|[a-zđ])?)?\Z")
_PRESCRIBES_AS_FOLLOWS = re.compile(
    rf"(?<!hành)(?<!các)(?<!những)[\s_*]+quy{_S}định[\s_]+[^\n,;:.]{{1,80}}?[\s_,]*(?:cụ{_S}thể[\s_,]+)?như{_S}sau")
_PRESCRIBES_TAIL_REACH = 120  # "… quy định phạm vi điều chỉnh và đối tượng áp dụng, cụ thể như sau:"
_LINK_TEXT_TAIL = re.compile(rf"[\s_*]+(?:tải{_S}về|tại{_S}đây|xem{_S}chi{_S}tiết)[\s_*]*\Z")

# Before a reference: "Ngày 03/9/2025, Chính phủ (đã) ban hành <ref>". The pattern is
# built from three parts so that :func:`_lead_before` can run it in two cheaper searches.
_LEAD_DATE = rf"""
    (?<![a-z])(?:(?P<date>{_LEAD_DATE_GROUPS})
               |(?P<daymonth>ngay{_S}{{1,3}}(?P<pd>\d{{1,2}})[/.-](?P<pm>\d{{1,2}})(?![/.-]?\d)))  # "Ngày 10/11, …"
    # (a timeline's "Ngày …:⏎⏎- Quốc hội ban hành …"; in bold, "**Ngày 14/02/2025**, Bộ …")
    \*{{0,4}}{_S}{{0,3}}(?:,|:[\s_]{{0,4}}[-+*•]?)?\*{{0,4}}{_S}{{0,3}}
    (?:thay{_S}mat{_S}(?P<behalf>[^,.;:\n]{{2,60}}),{_S}{{0,3}})?  # "…, thay mặt Bộ Chính trị, đồng chí … ký ban hành"
    # "Ngày 29/6/2024, (tại) Kỳ họp thứ 7, Quốc hội khóa XV đã thông qua …": where it was passed
    (?:(?:tai{_S}{{1,3}})?ky{_S}{{1,3}}hop{_S}[^,.;:\n]{{1,40}},{_S}{{0,3}})?
"""
_LEAD_ISSUER_CHARS = 80
_COMMA_IN_NAME = r",(?=\ (?:tinh|thanh\ pho|the\ thao|chua\ benh|chong|ban\ bi\ thu)\ )"
_LEAD_ASIDE_CHARS = 40
_LEAD_ISSUER = rf"""
    # "Sở GD&ĐT TP.HCM", "Bộ … (GDĐT)", "Bộ Công nghiệp (nay là Bộ Công Thương)", "tại Kỳ họp thứ
    # 10 Quốc hội", "Công an thị xã …, tỉnh …", "Hội nghị Trung ương 3 khoá IX", names with a comma
    # ("Sở Văn hóa, Thể thao và Du lịch", "Cục Quản lý Khám, chữa bệnh", "Ban Chỉ đạo phòng, chống …")
    (?P<issuer>(?:[^\n.;:,()\[\]\d]|\.(?=[a-z])|(?<=\btp)\.|\([a-z&]{{2,10}}\)|\({_S}?nay{_S}la{_S}[^()\n]{{1,{_LEAD_ASIDE_CHARS}}}\)
                 # "Hội đồng Bộ trưởng (Chính phủ)"; a word-segmented text spaces it: "Đảng ( khoá VI )"
                 |\((?={_S}?[a-z])[^()\n\d\[\].;:,]{{2,{_LEAD_ASIDE_CHARS}}}\)
                 |(?:(?<=thu\ )|(?<=uong\ )|(?<=khoa\ )|(?<=co\ so\ ))\d{{1,2}}  # ("Thuế cơ sở 11 thành phố Hà Nội")
                 |(?<=\ )\d{{1,2}}(?=\ cap(?![a-z]))  # "Ban Chỉ đạo … mô hình tổ chức CQĐP 02 cấp"
                 |{_COMMA_IN_NAME}){{2,{_LEAD_ISSUER_CHARS}}}?)
"""
_LEAD_VERB = rf"""
    # "… khoá XVI, Kỳ họp thứ 28 thông qua …": the session, after the body and its term
    (?:,{_S}{{1,3}}ky{_S}{{1,3}}hop{_S}{{1,3}}(?:bat{_S}{{1,3}}thuong{_S}{{1,3}})?(?:lan{_S}{{1,3}})?thu{_S}{{1,3}}\d{{1,3}})?
    {_S}{{1,3}}(?:(?:vua{_S}{{1,3}}qua|moi{_S}{{1,3}}day|gan{_S}{{1,3}}day){_S}{{1,3}})?  # "… vừa qua đã ký": when
    (?:(?:da|vua|moi|se){_S}{{1,3}})?(?:ky{_S}{{1,3}}|bieu{_S}{{1,3}}quyet{_S}{{1,3}}
       |(?<=da{_S})quyet{_S}{{1,3}}dinh{_S}{{1,3}}(?=thong))?  # "… đã quyết định thông qua Luật …"
    (?:ban{_S}{{1,3}}hanh|thong{_S}{{1,3}}qua|ky|ki|ra|co|gui
       |phat{_S}{{1,3}}hanh  # "… đã phát hành văn bản số …" ("kí", spelt with i)
       |(?<=da{_S})xay{_S}{{1,3}}dung   # "UBND huyện đã xây dựng Kế hoạch số …" (not "Sở Xây dựng")
       |ban{_S}{{1,3}}hanh{_S}{{1,3}}va{_S}{{1,3}}trien{_S}{{1,3}}khai
       |(?:(?<=da{_S})|(?<=vua{_S})|(?<=moi{_S}))ban{_S}{{1,3}}hanh{_S}{{1,3}}kem{_S}{{1,3}}theo)  # "Bộ Y tế đã ban
                                        # hành kèm theo Quyết định …" (not "Phụ lục … ban hành kèm theo")
    (?:(?<=hanh){_S}{{1,3}}(?:tiep|them))?  # "Chính phủ ban hành tiếp (thêm) Nghị định …": one more
    # "… ban hành **Thông báo 75/TB-UBND**": markdown may stand between, or a quote; "Quốc hội
    # biểu quyết thông qua: Luật …", a colon before a list
    # (not across a blank line: "… do Bộ Tài chính ban hành⏎⏎Thông tư B …" ends one paragraph,
    # and B opens the next; a colon still brings in its list; "… ký các Quyết định số A, B": a list)
    (?:(?:(?<=hanh)|(?<=qua))[\s_]{{0,2}}:[\s_*\"“]{{1,5}}|(?![\s_*\"“]*\n[ \t_*]*\n)[\s_*\"“]{{1,5}})
    (?:(?:cac|nhung){_S}{{1,3}})?\Z
"""
# The single pattern: what the two searches must find (a property test compares them).
_LEAD = re.compile(f"(?:{_LEAD_DATE})?{_LEAD_ISSUER}{_LEAD_VERB}", re.VERBOSE)
_LEAD_DATED = re.compile(f"(?:{_LEAD_DATE}){_LEAD_ISSUER}{_LEAD_VERB}", re.VERBOSE)
# (?!) never matches: the date's groups stay in the pattern, always empty.
_LEAD_UNDATED = re.compile(f"(?:(?!){_LEAD_DATE})?{_LEAD_ISSUER}{_LEAD_VERB}", re.VERBOSE)
_LEAD_VERB_ONLY = re.compile(_LEAD_VERB, re.VERBOSE)
_PAREN_STEP = len("( nay la )") + _LEAD_ASIDE_CHARS  # the longest step of the issuer in parentheses
_LEAD_WINDOW = 160
_DATE_THEN_COMMA = re.compile(rf"(?<![a-z])(?P<date>{_DATE}){_S}{{0,3}},")
_BODIES_BEFORE = re.compile(rf"(?:[^,.;:\n()\d]{{2,60}},{_S}{{0,3}}){{1,4}}")
_BODY_ITEM = re.compile(r"[^,\s_][^,]*")  # one body of such a list (its leading space skipped)
# "Ngày …, Văn phòng Chính phủ cho biết, Thủ tướng … vừa ký …": who reports it, no body of the list
_REPORTS = re.compile(rf"(?<![a-z])cho{_S}(?:biet|hay)[\s_]*\Z")
_LISTED_REACH = 320


def _lead_before(folded: str, start: int) -> re.Match[str] | None:
    """``_LEAD.search(folded, start - _LEAD_WINDOW, start)``, in a fraction of its time.

    The lazy issuer makes that search try up to 80 ends at each of 160 starts. A match
    without a date starts at most 80 steps of the issuer before where the verb can begin,
    so that search may start there; one with a date can only start where a date does, which the
    search of the dated pattern finds fast. Of the two, the earlier match is the one the
    single search finds (at one start it tries the date first).
    """
    lo = max(0, start - _LEAD_WINDOW)
    verb = _LEAD_VERB_ONLY.search(folded, lo, start)
    if verb is None:
        return None
    dated = _LEAD_DATED.search(folded, lo, start)
    # No step of the issuer takes a character before its floor, so no match starts there.
    floor = _issuer_floor(folded, lo, verb.start(), start)
    if floor < verb.start() - _LEAD_ISSUER_CHARS:
        # The issuer's 80 steps are characters, but for "(GDĐT)" and "(nay là …)" (one step of up to
        # 50) and "thứ 10" (one of 2): each opening parenthesis and digit lets it reach further back.
        reach = _LEAD_ISSUER_CHARS + sum(_PAREN_STEP - 1 if char == "(" else 1 for char in folded[lo:verb.start()]
                                         if char == "(" or char.isdecimal())
        floor = max(floor, verb.start() - reach)
    undated = _LEAD_UNDATED.search(folded, floor, start)
    if dated is not None and (undated is None or dated.start() <= undated.start()):
        return dated
    return undated


# The characters that only some steps of the issuer take, the last of which may bound it.
_LAST_SPECIAL = re.compile(r".*[\n.;:,\[\]()\d]", re.DOTALL)
_COMMA_STEP = re.compile(_COMMA_IN_NAME, re.VERBOSE)
_BEFORE_SESSION_NUMBER = ("thu ", "uong ", "khoa ")  # the issuer's "thứ 10", "Trung ương 3", "khoá 13"
_LEVELS_AFTER = re.compile(r" cap(?![a-z])")  # the issuer's "… 02 cấp"


def _issuer_floor(folded: str, lo: int, verb_start: int, end: int) -> int:
    """Where an issuer of :data:`_LEAD_ISSUER` ending at ``verb_start`` (of a search ending at
    ``end``) can start, at the earliest: after the last character in ``[lo, verb_start)`` that
    no step takes ("Ngày 5/5/2020, UBND tỉnh …": after the comma). The lazy issuer costs a try
    of up to 80 steps at each start before it; that is most of the search's time."""
    stop = verb_start
    while (special := _LAST_SPECIAL.match(folded, lo, stop)) is not None:
        at = special.end() - 1
        char = folded[at]
        if char in "()":
            # An aside in parentheses may hold anything but a line break.
            line_break = folded.rfind("\n", lo, at)
            return line_break + 1 if line_break != -1 else lo
        if char == ".":
            taken = ("a" <= folded[at + 1:at + 2] <= "z" and at + 1 < end) or folded.endswith("tp", 0, at)
        elif char == ",":
            taken = _COMMA_STEP.match(folded, at, end) is not None
        elif char.isdecimal():  # "thứ 10", "02 cấp": one step of one or two digits
            first = at - 1 if folded[at - 1:at].isdecimal() else at
            taken = (folded.endswith(_BEFORE_SESSION_NUMBER, 0, at) or (
                folded[at - 1:at].isdecimal() and folded.endswith(_BEFORE_SESSION_NUMBER, 0, at - 1))
                or (folded[first - 1:first] == " " and _LEVELS_AFTER.match(folded, at + 1, end) is not None))
        else:
            taken = False  # a line break, ";", ":", "[" or "]"
        if not taken:
            return at + 1
        stop = at
    return lo


_CLOSING_BY = re.compile(rf"{_S}{{1,3}}ban{_S}{{1,3}}hanh[\s_.;*]*(?:\n|\Z)")  # "… do <body> ban hành" ending the line


# The mark of an item of a list of documents: "- ", "* ", "[10] - ", "[10] ", "3. ", "**(6)** "
_LISTED_CAPTION = re.compile(
    r"[ \t*]*(?:\[\d{1,3}\][ \t]*)?[-+•][ \t*]*|[ \t]*\*[ \t]+|[ \t*]*\[\d{1,3}\][ \t]*"
    r"|[ \t*]*\(?\d{1,3}[.)][ \t*]+")


def opens_caption(norm: Normalized, start: int) -> bool:
    """Whether the mention at ``start`` opens an item of a list of documents, after its mark:
    the line is a caption of that document ("[10] - Nghị quyết 02/2019/NQ-HĐTP …", "- Thông tư
    16/2016/TT-BKHCN …"), or, unmarked, the line before opens with a document too. (A line
    opening with the document alone, as a page's own heading writes it, is not one: its
    "do … ban hành" tail is left as written.)"""
    folded = norm.folded
    line_start = folded.rfind("\n", 0, start) + 1
    if _LISTED_CAPTION.fullmatch(folded, line_start, start) is not None:
        return True
    if start != line_start:
        return False
    stop = line_start - 1  # the line break that ends the line before, then past blank lines
    floor = max(0, stop - _BLANK_BETWEEN_ITEMS)
    while stop > floor and folded[stop - 1] in " \t\r\n":
        stop -= 1
    if stop <= 0 or (previous := _document_line().match(folded, folded.rfind("\n", 0, stop) + 1, stop)) is None:
        return False
    # (not the page's heading written again: "⏎Văn bản hợp nhất 97/VBHN-BQP ngày … do …⏎Văn
    # bản hợp nhất 97/VBHN-BQP năm 2025 … do … ban hành⏎")
    this = _document_line().match(folded, line_start)
    return this is None or this.group("number") != previous.group("number")


_BLANK_BETWEEN_ITEMS = 8  # the blank lines and spaces an unmarked list may leave between items


@cache
def _document_line() -> re.Pattern[str]:
    """A line opening with a document's type word and number ("Thông tư 04/2012/TT-BKHCN …")."""
    return re.compile(
        rf"[ \t*#>]{{0,20}}(?:{type_word_pattern()}){_S}{{1,3}}(?:so{_S}{{1,3}})?(?P<number>\d[\w./-]{{0,40}})")


def _heads_its_line(norm: Normalized, start: int) -> bool:
    """Whether the mention at ``start`` opens its line with nothing before it, and no list
    of documents: as a page's heading of its own document writes it."""
    return norm.folded.rfind("\n", 0, start) + 1 == start and not opens_caption(norm, start)


def closes_caption(norm: Normalized, issuer_span: tuple[int, int]) -> bool:
    """Whether an issuer read after "do" ends its line with "ban hành": "… và Nghị quyết
    41/2017/QH14 do Tòa án nhân dân tối cao ban hành⏎" names who issued the line's document."""
    lo, hi = issuer_span
    return (BY_OPENS.fullmatch(norm.folded, max(0, lo - 4), lo) is not None
            and _CLOSING_BY.match(norm.folded, hi) is not None)


# "… các Nghị định của Chính phủ quy định chi tiết … (": documents of a kind and their issuer,
# then their numbers in brackets (the last such phrase before the bracket, in its clause).
_KIND_OF_BODY = re.compile(rf"(?<![a-z])cac{_S}+(?P<type>[a-z][a-z _]{{1,20}}?){_S}+cua{_S}+")
_KIND_REACH = 320  # "… các Quyết định của Bộ trưởng … phê duyệt điều chỉnh Quy hoạch … tầm nhìn đến năm 2045 ("


def labelled_kind_issuer(norm: Normalized, bracket: int, type_name: str) -> tuple[int, int] | None:
    """The issuer of the documents a bracket at ``bracket`` lists by number, when the clause
    before it names them by kind and issuer: "Các Nghị định của Chính phủ quy định chi tiết …
    Luật Quy hoạch (Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP …)" (``type_name``: their type)."""
    folded = norm.folded
    lo = max(0, bracket - _KIND_REACH)
    clause = max(folded.rfind(";", lo, bracket), folded.rfind(".", lo, bracket), folded.rfind(")", lo, bracket))
    found = None
    for kind in _KIND_OF_BODY.finditer(folded, max(lo, clause + 1), bracket):
        found = kind  # (the last one; bounded by the reach)
    if found is None or " ".join(found.group("type").replace("_", " ").split()) != fold(type_name):
        return None
    return _issuer_at(norm, found.end(), bracket)


def closing_issuer(norm: Normalized, start: int) -> tuple[int, int] | None:
    """The body a caption line names at its end, after ``start``: "… do Hội đồng Thẩm phán Tòa
    án nhân dân tối cao ban hành⏎" (the last "do" of the line)."""
    folded = norm.folded
    line_end = folded.find("\n", start)
    line_end = len(folded) if line_end == -1 else line_end
    by = folded.rfind(" do ", start, line_end)
    if by == -1 or line_end - by > _MAX_ISSUER + 20:
        return None
    found = _issuer_at(norm, by + len(" do "), line_end)
    return found if found is not None and closes_caption(norm, found) else None


# "… ngày 25/3/2015 (được sửa đổi, bổ sung tại Thông tư B …) của Bộ Tài chính": the body
# named right after an aside
_ASIDE_THEN_OF = re.compile(rf"\)[\s_*,]{{0,4}}cua{_S}{{1,3}}")
_MAX_ASIDE = 320


def context_after_aside(norm: Normalized, pos: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The issuer named by "của" right after an aside that opens at ``pos`` ("Thông tư A ngày …
    (được sửa đổi, bổ sung tại Thông tư B …) của Bộ Tài chính về …"), and the title after it:
    the aside, which may name other documents, stands between the document and its context."""
    folded = norm.folded
    opening = _skip_space(folded, pos, " \t_*,")
    if opening >= len(folded) or folded[opening] != "(":
        return None
    closing = folded.find(")", opening + 1, opening + _MAX_ASIDE)
    if closing == -1 or "(" in folded[opening + 1:closing] or "\n\n" in folded[opening:closing]:
        return None
    of = _ASIDE_THEN_OF.match(folded, closing)
    if of is None or (issuer := _issuer_at(norm, of.end(), min(len(folded), of.end() + _MAX_ISSUER))) is None:
        return None
    about = _TITLE_OPEN.match(folded, _skip_space(folded, issuer[1]))
    return issuer, (_title_at(norm, about.end(), len(folded)) if about is not None else None)


def _citation_after(norm: Normalized, start: int, end: int) -> re.Match[str] | None:
    """The rest of a citation whose quoted title the mention at ``[start, end)`` opens, up to
    the date after it ('"Sắc lệnh số 35 về …".*Cổng Thông tin điện tử Chính phủ*. ngày …')."""
    if start == 0 or (norm.folded[start - 1] not in "\"“"
                      and _QUOTED_NAME_BEFORE.search(norm.folded, max(0, start - _QUOTED_NAME_REACH), start) is None):
        return None
    return _CITED_TITLE_THEN_DATE.match(norm.folded, end)


def cited_title_dated(norm: Normalized, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` opens a citation's quoted title that a date follows."""
    return _citation_after(norm, start, end) is not None


def issuing_lead_before(norm: Normalized, start: int) -> bool:
    """Whether a body and an issuing verb stand right before ``start``, perhaps after a date:
    "Ngày 11 tháng 10 năm 1965 Ủy ban Thường vụ Quốc hội ra <ref>", "Thủ tướng ban hành <ref>"
    (a short reference cited in full)."""
    folded = norm.folded
    return (_ENDS_WITH_ISSUING.search(folded, max(0, start - 24), start) is not None
            and _lead_before(folded, start) is not None)


def _dated_at(folded: str, start: int) -> re.Match[str] | None:
    """The day opening the sentence, then "tại" ("theo", "bằng") right before ``start``:
    "Ngày 4/6/2020, tại Nghị quyết số 946, Ủy ban Thường vụ Quốc hội …" (the document's day)."""
    if _ENDS_WITH_AT_OR_PER.search(folded, max(0, start - 16), start) is None:
        return None
    return _DATED_AT.search(folded, max(0, start - _DATED_AT_REACH), start)


def dated_at_lead(norm: Normalized, start: int) -> bool:
    """Whether such a day stands before ``start`` (a short reference then states its own date)."""
    return _dated_at(norm.folded, start) is not None


# "… thực hiện chỉ đạo của Tổng cục Thuế tại <ref>": the issuer stated before.
# Not after "đề nghị" ("kiến nghị", "đề xuất"): "theo đề nghị của Giám đốc Sở … tại Tờ trình" names a proposer.
_LEAD_OF = re.compile(
    rf"(?<!de{_S}nghi{_S})(?<!kien{_S}nghi{_S})(?<!de{_S}xuat{_S})(?<!bao{_S}cao{_S})(?<![a-z])cua{_S}{{1,3}}"
    # "… của Bộ Chính trị tại <doc>"; "các Quyết định của UBND tỉnh: số <doc>, số <doc>";
    # "các Nghị định của Chính phủ số <doc> …; Nghị định số <doc> …". The issuer is the body
    # after the last "của" ("chỉ đạo của Thủ tướng … và hướng dẫn của Thanh tra Chính phủ tại"),
    # and no clause ("Điều lệ của Hội được Bộ trưởng … phê duyệt tại": the approver issued it).
    # (A name the registry knows may be wrapped onto the next line: "của Ban Thường⏎vụ Thành
    # ủy tại …"; the caller checks.)
    rf"(?P<issuer>(?:(?!(?<![a-z])(?:cua|duoc)(?![a-z]))(?:[^\n.;:,()\[\]\d]|\n(?![ \t]*\n))"
    # ("Bộ Chính trị, Ban Bí thư"; "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a double title)
    rf"|,(?={_S}(?:ban{_S}bi{_S}thu|chu{_S}nhiem|thong{_S}doc|tong{_S}thanh{_S}tra){_S})"
    rf"|\({_S}{{0,2}}(?:cu|moi){_S}{{0,2}}\)"  # ("… tỉnh Bắc Giang (cũ) tại …": before a merger)
    rf"|\({_S}?nay{_S}la{_S}[^()\n]{{1,{_LEAD_ASIDE_CHARS}}}\)){{2,60}}?)"  # ("Bộ A (nay là Bộ B): số …")
    rf"(?:{_S}{{1,3}}(?:\({_S}{{0,2}})?tai{_S}{{1,3}}"  # ("của X (tại …"; "… tại các văn bản: số <doc>")
    rf"(?:cac{_S}{{1,3}}van{_S}ban{_S}{{0,3}}:?{_S}{{0,3}}(?:so{_S}{{1,3}})?)?|{_S}{{0,3}}:{_S}{{0,3}}(?:so{_S}{{1,3}})?"
    rf"|(?<=[a-z]){_S}{{1,3}}so{_S}{{1,3}}"
    # "04 Thông tư của Bộ GD&ĐT gồm <doc>, …"
    rf"|{_S}{{1,3}}(?:bao{_S}{{1,3}})?gom(?:{_S}{{1,3}}co)?{_S}{{0,3}}:?[\s_*]{{0,5}}"  # ("gồm:** <doc>")
    # "Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể: số <doc> …; số <doc> …"
    rf"|{_S}{{1,3}}(?:phe{_S}duyet|ban{_S}hanh),?{_S}{{0,3}}(?:cu{_S}the|gom|nhu{_S}sau){_S}{{0,3}}:{_S}{{0,3}}"
    rf"(?:so{_S}{{1,3}})?)\Z"
)

_LEAD_OF_REACH = 80 + _LEAD_ASIDE_CHARS + 8  # (room for the body's name now)

# "… vướng mắc của Công ty liên quan đến quy định tại <doc>": what is prescribed there, no body's
_PRESCRIBED_AT = re.compile(rf"{_S}quy{_S}dinh\Z")
# "Xét đề nghị của Bộ Công Thương tại văn bản số …; của Bộ Nội vụ tại văn bản số …": the list
# of proposers goes on after ";", each named by a bare "của".
_PROPOSALS_LISTED = re.compile(rf"de{_S}nghi{_S}cua{_S}[^.\n]*[;,]{_S}*\Z")
_PROPOSALS_REACH = 240


# An article, clause or point cited in front of a document: "khoản 3 Điều 88 ", "một số
# điều của ". Not a section ("Mục II"): what follows those is mostly the document's title.
_PINPOINT_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:điều|khoản|điểm|phụ{_S}lục)"  # ("Phụ lục II Thông tư A về …": the annex's subject)
    # (a number, a numeral or a letter, or none before "của": "một số điều của "; not "điều chỉnh")
    rf"{_S}+(?:\d[\w.]{{0,7}}|[ivxlcdm]{{1,6}}(?![^\W\d_])|[a-zđ](?![^\W\d_])|(?=của{_S}))"
    rf"(?:(?:[\s_]*,[\s_]*|{_S}+và{_S}+)\d{{1,3}}[a-zđ]?(?![\w.]))*"  # ("Điều 104 và 105 ")
    rf"[\s_,*]*(?:của{_S}+)?"  # (markup between: "Điều 28** **Nghị định …")
    # (also of what the document issued: "Điều 37 Quy chế ban hành kèm theo <doc>")
    rf"(?:(?:quy{_S}chế|quy{_S}định|điều{_S}lệ)(?:,?{_S}+[^\W\d_]+){{0,16}}?"  # ("Quy chế đăng ký, lưu ký …")
    rf"{_S}+(?:được{_S}+)?ban{_S}hành{_S}+kèm{_S}+theo{_S}+)?\Z"
)
# ("Điều 14 Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông ban hành kèm theo ")
_PINPOINT_REACH = 160
# "… theo hướng tăng độ tuổi …": how a change goes, after what it changes
_CHANGE_DIRECTION = re.compile(rf"(?<![^\W\d_])theo{_S}+hướng(?![^\W\d_])")
_CHANGED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:sửa{_S}+đổi|bổ{_S}+sung|điều{_S}+chỉnh|thay{_S}+thế)(?![^\W\d_])[^.;:\n]*\Z")
_CHANGED_REACH = 80
_AMENDS_SOME_ARTICLES = re.compile(rf"sửa{_S}+đổi[\s_,]*(?:bổ{_S}+sung{_S}+)?một{_S}+số{_S}+điều{_S}+của{_S}+\Z")
_ABOUT_THE_MATTER = re.compile(rf"ve{_S}+viec(?![a-z])")  # "về việc"
_ABOUT_THE_MATTER_AGAIN = re.compile(_ABOUT_THE_MATTER.pattern + r"[\s_:*]*")  # "về việc về việc …"
_ENDS_WITH_AT_OR_COLON = re.compile(
    rf"(?:(?<![a-z])tai{_S}{{1,3}}|:[\s_*]{{0,5}}(?:so{_S}{{1,3}})?|(?<![a-z])so{_S}{{1,3}}"
    rf"|(?<![a-z])(?:gom|co){_S}{{1,3}})\Z")
_TRAILING_ADVERBS = re.compile(
    rf"(?:{_S}+(?:lại|cũng|mới(?:{_S}đây)?|đã|vừa|còn|có|cho|chỉ|chính{_S}thức|tiếp{_S}tục|đồng{_S}thời"
    rf"|tiến{_S}hành|biểu{_S}quyết"  # how a body passes it: "Quốc hội tiến hành biểu quyết thông qua …",
    rf"|(?:xem{_S}xét|thảo{_S}luận)(?:{_S}và)?"  # "… đã xem xét và thông qua …"
    rf"|ban{_S}hành))+\Z"  # (the verb typed twice: "Chính phủ ban hành ban hành Nghị định …")
)
# "… được Bộ Nội vụ phê duyệt tại quyết định số 67/2005/QĐ-BNV", "… được Thủ tướng Chính phủ phê
# chuẩn tại …": who approved is who issued.
_APPROVED_BY = re.compile(
    rf"(?<![a-z])(?:duoc|do){_S}{{1,3}}(?P<issuer>[^\n.;:,()\[\]\d]{{2,60}}?)"
    rf"{_S}{{1,3}}phe{_S}(?:duyet|chuan){_S}{{1,3}}(?:tai|theo|bang){_S}{{1,3}}\Z"
)
# "Bộ Quy tắc … do Bộ trưởng Bộ Thông tin và Truyền thông ban hành kèm theo Quyết định 874/QĐ-BTTTT":
# the body issued what is attached by issuing the decision (also "do X ban hành (tại) Thông tư A").
# (Not "Phụ lục … ban hành kèm theo …",
# which names no body, nor "… do cơ quan Bảo hiểm xã hội chi trả | Mẫu số 01 …".)
_ATTACHED_BY = re.compile(
    rf"(?<![a-z])do{_S}{{1,3}}(?P<issuer>[^\n.;:,()\[\]\d|]{{2,60}}?)"
    rf"{_S}{{1,3}}ban{_S}{{1,3}}hanh(?:{_S}{{1,3}}(?:kem{_S}{{1,3}}theo|tai))?[\s_*]{{1,5}}\Z"
)
_ENDS_A_CITATION = re.compile(rf"\)\.{_S}{{0,3}}[\"“*]\Z")  # (the title quoted or in italics)
_CITATION = re.compile(
    rf"(?P<issuer>[^()\n.;:*^\"“”\[\]]{{2,100}}?){_S}{{0,3}}"
    rf"\((?P<when>(?:ngay{_S}{{1,3}})?(?P<cd>\d{{1,2}})(?:{_S}{{1,3}}thang{_S}{{1,3}}|[/.-])(?P<cm>\d{{1,2}})"
    rf"(?:{_S}{{1,3}}nam{_S}{{1,3}}|[/.-])(?P<cy>\d{{4}}))\)\.{_S}{{0,3}}[\"“*]\Z")
_CITATION_REACH = 160
# (with the type abbreviated before the number: "tại QĐ số 338/QĐ-TTg")
_ENDS_WITH_AT_OR_PER = re.compile(rf"(?<![a-z])(?:tai|theo|bang){_S}{{1,3}}(?:qd{_S}{{1,3}})?(?:so{_S}{{1,3}})?\Z")
# ("… bằng quyết định số …": by it; a wiki's "[sửa | sửa mã nguồn]" link may stand before the day)
_DATED_AT = re.compile(
    rf"(?:\A|(?<=[\n.*\]]))[ \t*]*(?P<date>{_LEAD_DATE_GROUPS})\**{_S}{{0,3}},"
    rf"{_S}{{0,3}}(?:tai|theo|bang){_S}{{1,3}}(?:qd{_S}{{1,3}})?(?:so{_S}{{1,3}})?\Z")
_IN_FORCE_IN = re.compile(rf"(?<![^\W\d_])có{_S}+hiệu{_S}+lực(?![^\W\d_])")  # (in or right after the title)
_IN_FORCE_TAIL = len(" chính thức có hiệu lực")
_DATED_THEN = re.compile(
    rf"(?:\A|(?<=[\n.*]))[ \t*]*(?P<date>{_LEAD_DATE_GROUPS})\**{_S}{{0,3}},{_S}{{0,3}}\Z")
_DATED_AT_REACH = 48  # "**Ngày 24 tháng 12 năm 2020**, tại "
# A wiki citation of a document by its title, then the site, then the date: '"Nghị định số
# 42/1999/NĐ-CP về việc …".*Thư viện pháp luật*. ngày 25 tháng 6 năm 1999.', perhaps with a
# footnote's letter before the site ('".**b***Thư viện pháp luật*. ngày …') (not the dates
# the page was archived or read, which follow the date: "Bản gốc lưu trữ ngày …").
# '"Nghị quyết Ban hành nội quy kỳ họp Quốc hội số: 102/2015/QH13 …".*…*. ngày …': the symbol
# after the document's name, which opens the quoted title (no other document's number before it)
_QUOTED_NAME_BEFORE = re.compile(
    rf"[\"“](?:luat|{type_words_alternation()}){_S}[^\"“”\n/\d]{{0,110}}(?<![a-z])so[\s_:]*\Z")
_QUOTED_NAME_REACH = 121
_CITED_TITLE_THEN_DATE = re.compile(
    rf"[^\"“”\n]{{0,300}}[\"”]\.?[ \t]*(?:\(pdf\)\.?[ \t]*)?(?:\*\*[a-z]\*\*)?"
    rf"(?:\*(?P<site>[^*\n]{{1,80}})\*\.?[ \t]*)?"
    rf"(?:(?<=\.[ \t])[^.\n*\"“”]{{2,50}}\.[ \t]*)?"  # ("*Cổng …*. Chính phủ Việt Nam. ngày …": the publisher)
    rf"(?P<when>{_DATE.replace('(?P<', '(?P<c')})"
)
# A newspaper's or a portal's news ('".*Báo Điện tử Chính phủ*. ngày 22 tháng 2 năm 2025.'): the
# date is the day the article ran, not the document's (a law library's date is the document's).
_NEWS_SITE = re.compile(
    rf"(?<![a-z])(?:bao|tap{_S}chi|thong{_S}tan|dien{_S}tu|[a-z0-9-]+\.(?:vn|com|net|org))(?![a-z])")
# (a government portal, "Cổng thông tin điện tử Quốc hội", publishes documents with their dates)
# (and a department's site, "Trang thông tin điện tử Sở Xây dựng …", or a government domain:
# "xaydungchinhsach.chinhphu.vn", not the government's newspaper "baochinhphu.vn")
_LAW_LIBRARY = re.compile(
    rf"(?<![a-z])(?:thu{_S}?vien{_S}?phap{_S}?luat|cong{_S}bao|vbpl|luatvietnam|cong{_S}thong{_S}tin"
    rf"|trang{_S}thong{_S}tin|(?:[a-z0-9-]+\.)*(?:chinhphu|gov)\.vn)(?![a-z])")  # (also "chinhphu.vn" itself)
_TRAILING_ABBREVIATION = re.compile(r"\s*\((?:[A-ZĐ&]{2,10}|\s?nay[\s_]+là[\s_][^()\n]+|[^()\n\d]{2,40})\)\s*\Z")
# (on the document's own line: "… do Bộ trưởng ban hành⏎⏎Thông tư B" names who issued the line before's)
_ENDS_WITH_ISSUED_AT = re.compile(rf"(?<![a-z])ban{_S}{{1,3}}hanh(?:{_S}{{1,3}}tai)?[ \t_*]{{1,5}}\Z")
_ENDS_WITH_APPROVED = re.compile(rf"(?:(?:duyet|chuan){_S}{{1,3}}(?:tai|theo|bang)|kem{_S}{{1,3}}theo)[\s_*]{{1,5}}\Z")
_ENDS_WITH_ISSUING = re.compile(
    r"(?:hanh|qua|ky|dung|khai|(?<=kem[ _])theo|(?<=hanh[ _])(?:tiep|them)|(?<![a-z])(?:ra|co|gui|ki))"
    r"(?:(?<=hanh|.qua)[\s_]{0,2}:)?[\s_*\"“]{1,5}"
    r"(?:(?:cac|nhung)[\s_]{1,3})?\Z")
# "Ngày 22/10/2025, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký
# ban hành <ref>": the day it was signed, by a person (whose titles name no issuer). "Ngày …,
# thay mặt Bộ Chính trị, Ban Bí thư, đồng chí … đã ký ban hành": signed for the bodies, which issue it.
_SIGNED_LEAD = re.compile(
    rf"(?<![a-z])(?P<date>{_LEAD_DATE_GROUPS}){_S}{{0,3}},{_S}{{0,3}}"
    rf"(?:thay{_S}mat{_S}(?P<behalf>[^.;:\n]{{2,80}}?),{_S}{{0,3}})?(?:dong{_S}chi|(?:(?:dai|thuong|trung|thieu){_S})?tuong)"
    rf"{_S}[^.;:\n]{{2,160}}?"  # ("Ngày 20/3/1975, Đại tướng Võ Nguyên Giáp, Bộ trưởng … đã ký"; "…, tướng …")
    rf"{_S}(?:da{_S}{{1,3}})?ky(?:{_S}{{1,3}}ban{_S}{{1,3}}hanh)?[\s_*]{{1,5}}\Z")
_SIGNED_LEAD_REACH = 240


@attrs.frozen
class Context:
    """Date, issuer and title stated with a reference (spans in the normalised text)."""

    date: dt.date | None = None
    date_span: tuple[int, int] | None = None
    issuer_span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None
    end: int = 0  #: where the context after the reference ends
    title_open: int | None = None  #: where "về"/"về việc" or the opening quote stands
    #: whether the issuer is the subject of an issuing verb before the reference
    #: ("Quốc hội đã thông qua …"), not "của …" after it or before "tại"
    issued_by_verb: bool = False
    #: whether the issuer is a body whose words the text cites in the document ("… chỉ đạo của Bộ
    #: Chính trị tại <ref>"), which another body may have put in writing
    issuer_cited_at: bool = False
    #: a "về …" clause after a pinpoint ("khoản 2 Điều 13 Nghị định A về …"), read as what
    #: the article is about rather than as the title
    held_title_span: tuple[int, int] | None = None
    #: whether a date or issuer is stated after a title quotes or emphasis closed ("… về “X”
    #: của Ban Bí thư ngày …"): the document's own, as one stated before its title is
    stated_after_title: bool = False


def _make_date(match: re.Match[str], prefix: str = "") -> dt.date | None:
    month = match.group(prefix + "m") or match.group(prefix + "m2")
    try:
        return dt.date(int(match.group(prefix + "y")), int(month.replace(" ", "").replace("\t", "")),
                       int(match.group(prefix + "d")))
    except ValueError:
        return None


def _issuer_at(norm: Normalized, pos: int, limit: int) -> tuple[int, int] | None:
    """The issuer phrase starting at ``pos``.

    A body the registry knows ("Bộ Tài nguyên và Môi trường", "Bộ Văn hóa, Thể thao và
    Du lịch") is read whole, then a place may follow ("UBND tỉnh Khánh Hòa"); otherwise
    capitalised words run up to a stop word, punctuation, or a "và" that goes on to
    something other than another body.
    """
    text, folded = norm.text, norm.folded
    if pos >= len(text):
        return None
    joint = _JOINT_LEAD.match(folded, pos, limit)
    if joint is not None and text[pos].islower() and joint.end() < len(text) and text[joint.end()].isupper():
        # "của liên Bộ Tư pháp - Bộ Tài chính": the bodies that issued a joint document
        found = _issuer_at(norm, joint.end(), limit)
        if found is None or found[1] - found[0] <= len("Bộ"):
            return None
        return pos, _bare_ministries_end(norm, found[1], limit)
    known = _issuer_names().match(folded, pos, limit)
    if (known is not None and known.end() - pos == len("ban chi dao") and folded.startswith("ban chi dao", pos)
            and _NAME_GOES_ON.match(norm.lowered, known.end(), limit)
            and not _ISSUER_STOP.match(norm.lowered, known.end() + 1, limit)):
        known = None  # "Ban chỉ đạo liên ngành Trung ương về an toàn thực phẩm": a longer name than the bare head
    if (known is not None and known.end() - pos == len("trung uong") and folded.startswith("trung uong", pos)
            and (organisation := _NEXT_CHAR.match(text, known.end(), limit)) is not None
            and organisation.group(1).isupper() and organisation.start(1) > known.end()):
        known = None  # "Trung ương Hội Liên hiệp Thanh niên Việt Nam": the central body of an organisation
    # A lower-case issuer only where the registry knows the name ("… của chính phủ quy định …"
    # in a text written all in lower case); otherwise a name starts with a capital.
    if not text[pos].isupper() and (known is None or not text[pos:known.end()].islower()):
        return None
    if known is not None:
        end, body = known.end(), pos  # (body: where the last body read starts)
        while True:
            if (_PARTY_ORGAN.search(folded, max(pos, end - 16), end) and folded[end:end + 1] in (" ", "_")
                    and (organ_of := _issuer_names().match(folded, end + 1, limit)) is not None):
                end = organ_of.end()  # "Đảng ủy Bộ Giáo dục và Đào tạo": the Party organ of a body
            place = _PLACE.match(text, end, limit)
            if place is None and (folded[max(pos, end - 3):end].endswith("uy") or folded.startswith("so ", body)
                                  or _LEVEL_END.search(folded, max(pos, end - 10), end)
                                  or _LOCAL_OFFICE.match(folded, body, end) is not None):
                # "Tỉnh ủy Quảng Nam", "Sở Giáo dục và Đào tạo Hải Phòng", "Cục Thuế Nghệ An": the
                # place without "tỉnh"
                place = _COMMITTEE_PLACE.match(text, end, limit)
            if place is not None:
                end = place.end()
            if (_STEERING.search(norm.lowered, pos, end)  # (the cheap test first: most bodies steer nothing)
                    and (steers := _STEERS_THEN_TITLE.match(folded, end, limit)) is not None
                    and text[steers.start("steers"):steers.end("steers")].islower()):
                # "Ban Chỉ đạo Trung ương về phát triển khoa học, … và chuyển đổi số về mô hình …":
                # the committee is named by what it steers (in lower case: not "về thông báo Kết
                # luận của …", a title); the second "về" opens the title
                end = steers.end("steers")
            # Joint issuers: "Bộ Tài chính và Bộ Tài nguyên và Môi trường".
            following = _joint_body(norm, end, limit)
            if following is None:
                return pos, end
            body, end = following  # ("Cục Thuế - Sở Tài chính Hà Nội": then the place of the body joined)
    stop = min(limit, pos + _MAX_ISSUER)
    end = stop
    punct = _ISSUER_PUNCT.search(folded, pos, stop)
    if punct:
        end = punct.start()
        if folded[end] == ":" and (into := _INTO_BEFORE_COLON.search(text, pos, end)) is not None:
            end = into.start()  # "… của Chủ tịch UBND tỉnh thành: “…”": (adjusted) into what follows
    word_stop = _ISSUER_STOP.search(norm.lowered, pos, end)
    if word_stop and word_stop.group("about") and _STEERING.search(norm.lowered, pos, word_stop.start()):
        # "của Trưởng ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn": a steering
        # committee is named by what it steers (but "… về việc …" is the title)
        word_stop = _ISSUER_STOP.search(norm.lowered, word_stop.end(), end)
    if (word_stop and norm.lowered.startswith("chi nhánh", pos) and norm.lowered.startswith("tại", word_stop.start())
            and (place := (_PLACE.match(text, word_stop.start() + len("tại"), end)
                           or _COMMITTEE_PLACE.match(text, word_stop.start() + len("tại"), end))) is not None):
        # "Chi nhánh Công ty TNHH … tại Hà Nội": where a branch is, part of its name
        word_stop = _ISSUER_STOP.search(norm.lowered, place.end(), end)
    if word_stop:
        end = word_stop.start()
    and_then = _AND_SOMETHING_ELSE.search(text, pos, end)
    if and_then:
        end = and_then.start()
    end = _capitals_end(text, pos, _skip_space_back(text, pos, end))
    # "của Bộ Chính trị và <next reference>": the list goes on, the issuer does not.
    trailing = _TRAILING_AND.search(norm.lowered, pos, end)
    if trailing is not None:
        end = trailing.start()
    # "của Cục Phòng bệnh, Bộ Y tế về việc …": a body the registry knows, listed after a comma,
    # is the one above it (or a joint issuer)
    while end > pos and (following := _joint_body(norm, end, limit, commas_only=True)) is not None:
        end = following[1]
    return (pos, end) if end > pos else None


_WORD = re.compile(r"[^\s_]+")
_DASH_JOINT = re.compile(rf"{_S}*[-–]{_S}*")
_MAX_JOINT_MINISTRIES = 6


def _bare_ministries_end(norm: Normalized, end: int, limit: int) -> int:
    """Where the ministries listed after "liên Bộ X" by their bare names end ("liên Bộ Quốc
    phòng - Y tế - Tài chính": each a ministry the registry knows as "Bộ <name>"; the list ends at
    a name it does not know)."""
    folded = norm.folded
    for _ in range(_MAX_JOINT_MINISTRIES):
        dash = _DASH_JOINT.match(folded, end, limit)
        if dash is None or not norm.text[dash.end():dash.end() + 1].isupper():
            break
        named = _issuer_names().match("bo " + folded[dash.end():min(limit, dash.end() + _MAX_ISSUER)])
        if named is None or named.end() <= len("bo "):
            break
        end = dash.end() + named.end() - len("bo ")
    return end


def _capitals_end(text: str, pos: int, end: int) -> int:
    """Where a name written in capitals ends: at its first word in lower case ("CÔNG TY CỔ PHẦN
    BIA SÀI GÒN – BẾN TRE vướng mắc …"); a capitalised word goes on with it ("UBND TP Hà Nội")."""
    words = _WORD.finditer(text, pos, end)
    first, second = next(words, None), next(words, None)
    if first is None or second is None or not (first.group().isupper() and second.group().isupper()):
        return end
    for word in words:
        if word.group().islower():
            return _skip_space_back(text, pos, word.start())
    return end


def _joint_body(norm: Normalized, end: int, limit: int, *, commas_only: bool = False) -> tuple[int, int] | None:
    """The span of a body the registry knows, joined to the issuer ending at ``end`` by "và",
    "-" or a comma ("Bộ Tài chính và Bộ Tài nguyên và Môi trường", "Bộ Tài chính, Bộ Nội vụ
    về …"), if one is; None where the joint list stops."""
    folded = norm.folded
    joiner = _JOINT.match(folded, end, limit)
    if joiner is None or (commas_only and "," not in joiner.group()):
        return None
    following = _issuer_names().match(folded, joiner.end(), limit)
    if following is None or _CLAUSE_VERB.match(folded, following.end(), limit):
        return None  # "… của Văn phòng Trung ương Đảng, Thủ tướng Chính phủ đã …": a new clause
    if "," in joiner.group() and not _listed_body_ends(norm, following.end(), limit):
        return None  # "… của Bộ Chính trị, Ban Chỉ đạo … gồm 19 thành viên": a new clause
    return following.start(), following.end()


_ISSUES_NEXT = re.compile(rf"{_S}+(?:(?:da|vua|cung|se){_S}+)?ban{_S}hanh(?![a-z])")
# "… - Chủ nhiệm Văn phòng Quốc hội Lê Quang Tùng cho biết": a clause of its own, an office and who
# holds it speaking (bounded: within the clause)
_SPEAKS_NEXT = re.compile(
    rf"[^,.;:\n]{{0,80}}?(?<![a-z])(?:cho{_S}(?:biet|hay)|nhan{_S}manh|phat{_S}bieu|khang{_S}dinh)(?![a-z])")
# What may follow a body listed after a comma among joint issuers: the next one, or the
# rest of the citation (its title, date, what it does, or the end of the clause or line).
_LISTED_BODY_END = re.compile(
    rf"[ \t_]*(?:[,;.:)\-\n]|\Z)|{_S}+(?:va|ve|ngay|tai|so|huong{_S}dan|quy{_S}dinh)(?![a-z])")


# Where a place may open after a local body's symbol: "(của) tỉnh …", "TP …", "huyện …".
_PLACE_OF = re.compile(rf"(?:cua{_S}{{1,3}})?(?=tinh|thanh{_S}pho|tp|huyen|quan|thi{_S}xa|xa|phuong|dac{_S}khu)")


def _local_place_at(norm: Normalized, pos: int, limit: int) -> tuple[int, int] | None:
    """The place after a local body's symbol, which names that body: "Quyết định
    1678/QĐ-UBND tỉnh Khánh Hòa năm 2025", "… 839/QĐ-UBND năm 2025 của tỉnh Nghệ An về …"."""
    lead = _PLACE_OF.match(norm.folded, pos, limit)
    if lead is None or lead.end() == 0 or norm.text[lead.end() - 1] not in " _":
        return None
    place = _PLACE.match(norm.text, lead.end() - 1, limit)
    if place is None:
        return None
    # A level word alone ("của tỉnh", "UBND huyện") names no place.
    level_end = lead.end() + len(norm.text[lead.end():place.end()].split(None, 1)[0])
    if not any(c.isupper() for c in norm.text[level_end:place.end()]):
        return None
    return lead.end(), place.end()


def _listed_body_ends(norm: Normalized, pos: int, limit: int) -> bool:
    """Whether a body listed after a comma ends at ``pos`` (its place after it): a joint
    issuer ("của Bộ Tài chính, Bộ Nội vụ và …"), not the subject of a new clause ("của Chính
    phủ, UBND tỉnh được quyết định …")."""
    place = _PLACE.match(norm.text, pos, limit)
    end = place.end() if place else pos
    if _ISSUES_NEXT.match(norm.folded, end, limit):
        return False  # "…, Ủy ban nhân dân tỉnh⏎ban hành Kế hoạch …": the clause's own subject, past a line break
    if _SPEAKS_NEXT.match(norm.folded, end, limit):
        return False  # "… của Quốc hội, Tổng Thư ký Quốc hội - Chủ nhiệm … Lê Quang Tùng cho biết": who speaks
    return _LISTED_BODY_END.match(norm.folded, end, limit) is not None


@cache
def _issuer_alternation() -> str:
    """Every registry name and alias of a body, folded, as one regex: a name with "và" or
    commas inside is read whole, the longest name first; words may be split by italics'
    marks ("Chính* *phủ"). Written as a trie, it compiles and matches several times faster
    than the plain alternation of hundreds of names."""
    names = {" ".join(fold(n.replace("_", " ")).replace(",", " ").split())
             for issuer in issuers().all for n in (issuer.name, *issuer.aliases)}
    words = sorted((n for n in names if len(n) > 3), key=len, reverse=True)
    return trie_alternation(dict.fromkeys(words, ""), r"[\s_,*-]{1,3}")


@cache
def _issuer_names() -> re.Pattern[str]:
    return re.compile(rf"{_issuer_alternation()}(?![a-z])")


@cache
def _issuer_name_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z]){_issuer_alternation()}[\s_]{{1,3}}\Z")


def _body_before(norm: Normalized, pos: int) -> re.Match[str] | None:
    return _issuer_name_before().search(norm.folded, max(0, pos - _MAX_ISSUER), pos)


def body_named_before(norm: Normalized, pos: int) -> bool:
    """Whether a body the registry knows is named right before ``pos``: "… của Chính phủ
    quy định chi tiết …" says what the Government does, not the text."""
    return _body_before(norm, pos) is not None


def body_opens_clause_before(norm: Normalized, pos: int) -> bool:
    """Whether a clause with a body the registry knows as its subject opens right before
    ``pos``: "Căn cứ Thông tư A, Bộ Giáo dục và Đào tạo sửa đổi …" (the sentence's own clause)."""
    body = _body_before(norm, pos)
    return body is not None and norm.folded[max(0, body.start() - 2):body.start()].strip() == ","


# What a body does opening the sentence's own clause, in words no cue names: "Căn cứ Luật A, Bộ Tài
# chính đã xây dựng hồ sơ dự án Luật B" (B is what the ministry drafts, no basis)
_CLAUSE_VERB = re.compile(
    rf"[\s_]+(?:(?:đã|đang|sẽ|cũng|vừa|tiếp{_S}tục)[\s_]+){{0,2}}"
    rf"(?:xây{_S}dựng|thống{_S}nhất|đồng{_S}ý|trả{_S}lời|có{_S}ý{_S}kiến|đề{_S}nghị|yêu{_S}cầu|tổ{_S}chức"
    rf"|lấy{_S}ý{_S}kiến|chủ{_S}trì|thông{_S}báo|trình|hoàn{_S}thiện|dự{_S}thảo|soạn{_S}thảo)(?![^\W\d_])")


def body_clause_after_comma(norm: Normalized, lo: int, hi: int) -> bool:
    """Whether a clause opens after a comma in ``[lo, hi)`` with a body the registry knows
    doing something no cue names: "Căn cứ Luật A, Bộ Tài chính đã xây dựng hồ sơ …"."""
    folded = norm.folded
    comma = folded.find(",", lo, hi)
    while comma != -1:  # (each comma once: linear in the span)
        known = _issuer_names().match(folded, _skip_space(folded, comma + 1, " \t\n_*"), hi)
        if known is not None and _CLAUSE_VERB.match(norm.lowered, known.end(), hi) is not None:
            return True
        comma = folded.find(",", comma + 1, hi)
    return False


_AUXILIARIES_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:đã|cũng|sẽ|vừa|tiếp{_S}tục|chính{_S}thức|đồng{_S}ý|thống{_S}nhất|quyết{_S}định)[\s_]+){{1,3}}\Z")


def body_issues_between(norm: Normalized, start: int, verb: int) -> bool:
    """Whether the clause in ``[start, verb)``, before an issuing verb, has a body as its
    subject: "…, Bộ Tài chính đã ban hành …", "…, UBND tỉnh ban hành …"."""
    return _lead_issuer(norm, start, verb) is not None


def body_acts_before(norm: Normalized, pos: int) -> bool:
    """Whether a clause whose subject is a body the registry knows opens right before the verb
    at ``pos``, perhaps with words that go with the verb: "(Tờ trình A và Báo cáo B), Bộ Chính
    trị thống nhất điều chỉnh …" (the body acts, not the report before it)."""
    auxiliaries = _AUXILIARIES_BEFORE.search(norm.lowered, max(0, pos - 40), pos)
    return body_opens_clause_before(norm, auxiliaries.start() if auxiliaries is not None else pos)


def body_opens(norm: Normalized, pos: int, end: int, *, by_word: bool = False) -> bool:
    """Whether a body the registry knows is named at ``pos`` (white space and markup skipped);
    ``by_word``: or a phrase opening with a word that names a body ("Chủ tịch phủ")."""
    at = _skip_space(norm.folded, pos, " \t\n_*")
    return _issuer_names().match(norm.folded, at, end) is not None or (
        by_word and _BODY_WORD.match(norm.folded, at, end) is not None)


# Words that name a body; a phrase after a date without "của" is an issuer only if it
# opens with one of them.
_BODY_WORD = re.compile(
    rf"(?:hoi{_S}nghi|hoi{_S}dong|ban|bo|uy{_S}ban|ubnd|hdnd|chinh{_S}phu|thu{_S}tuong|quoc{_S}hoi"
    rf"|tinh{_S}uy|huyen{_S}uy|thanh{_S}uy|dang{_S}uy|van{_S}phong|tong{_S}cuc|cuc|so|chu{_S}tich"
    rf"|thuong{_S}truc|thuong{_S}vu|quan{_S}uy|toa{_S}an|vien{_S}kiem{_S}sat|kiem{_S}toan|ngan{_S}hang|thanh{_S}tra"
    rf"|giam{_S}doc|tong{_S}giam{_S}doc|hieu{_S}truong|truong|trung{_S}tam|phong|chi{_S}cuc|chi{_S}bo"
    rf"|dang{_S}bo|mat{_S}tran|uy{_S}ban{_S}mat{_S}tran|doan|lien{_S}doan|cong{_S}doan|hoi|cong{_S}an|vien"
    rf"|benh{_S}vien|hoc{_S}vien|dai{_S}hoc|kho{_S}bac|bao{_S}hiem|cong{_S}ty|tong{_S}cong{_S}ty|thpt|thcs"
    rf"|tap{_S}doan|ubmttq|ubtv(?:qh)?|bch|bhxh|co{_S}quan|pho{_S}(?:thu{_S}tuong|chu{_S}tich|giam{_S}doc|truong)"
    rf"|thu{_S}truong|chu{_S}nhiem"  # a deputy minister; "Chủ nhiệm Tổng cục Chính trị", "… Văn phòng Chính phủ"
    # offices that issue in their own name: "Thống đốc Ngân hàng Nhà nước", "Chánh án Tòa án nhân dân
    # tối cao", "Tư lệnh Hải quân", "Tổng thống Việt Nam Cộng hòa" (historic texts)
    rf"|thong{_S}doc|chanh{_S}(?:an|van{_S}phong|thanh{_S}tra)|tu{_S}lenh|tong{_S}thong"
    # "Tổng tham mưu trưởng ra Quyết định …" (not the Party's General Secretary, who signs for the
    # Politburo or the Central Committee, the issuers)
    rf"|tong{_S}tham{_S}muu{_S}truong"
    rf"|thue{_S}(?:tinh|thanh{_S}pho|co{_S}so))(?![a-z])"  # the tax offices since 2025: "Thuế tỉnh Cao Bằng"
)


_TAIL_STEPS = 3  # pieces passed over between a body and its title


def _bare_issuer_at(norm: Normalized, pos: int, limit: int) -> tuple[int, int] | None:
    if not _BODY_WORD.match(norm.folded, pos, limit):
        return None
    found = _issuer_at(norm, pos, limit)
    if found is None:
        return None
    after = found[1]
    for _ in range(_TAIL_STEPS):  # (past the body's term: "… Ban Chấp hành Trung ương (khóa X) về …")
        skip = _TAIL_SKIP.match(norm.folded, after, limit)
        if skip is None or skip.end() == after:
            break
        after = skip.end()
    if not _TITLE_OPEN.match(norm.folded, after, limit):
        return None  # only when a title follows: "… Ban Chấp hành Trung ương Đảng về …"
    return found


_QUOTED_PROVISION = re.compile(r"[\s*_]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]")  # "1. …", "a) …": an item of a provision


def _quote_opens(norm: Normalized, pos: int, end: int, quotes: QuoteIndex) -> bool:
    """Whether the quote at ``pos`` opens a title: "“" always; a straight quote only
    after a space (right after the reference it closes a quotation the reference is in).
    Word-segmented text spaces its quotes on both sides ('" Quy_định … "'): then the
    quote opens only where it closes no quotation opened before it on its line."""
    text = norm.text
    char = text[pos]
    if _QUOTED_PROVISION.match(text, pos + 1) is not None:
        return False  # '… của Chính phủ “*1. Nhiệm vụ, quyền hạn …': a provision quoted, not a title
    if char == "“":
        return True
    if char != '"' or pos <= end or text[pos - 1] not in " \t\n*" or pos + 1 >= len(text):
        return False  # (after a space, or emphasis opening: 'Chỉ thị A *"Về …"*')
    if text[pos + 1].isalnum():
        return True
    return (text[pos + 1] == " " and pos + 2 < len(text) and text[pos + 2].isalnum()
            and not quotes.inside_quotation(pos))


def _skip_space(folded: str, pos: int, chars: str = " \t\n_") -> int:
    while pos < len(folded) and folded[pos] in chars:
        pos += 1
    return pos


def _skip_space_back(text: str, lo: int, end: int, chars: str = " \t\r\n_-–") -> int:
    """``end``, less the ``chars`` (spaces and dashes) before it, down to ``lo``."""
    while end > lo and text[end - 1] in chars:
        end -= 1
    return end


_COLON_BEFORE = re.compile(r":[ _*]*\Z")
_EMPHASIS_OPENS = re.compile(r"(?<![*\w])(\*{1,2})\Z")  # emphasis opening right where a title starts
# The first two words of a line, past its item mark ("- ", "2. ", "a) ") and markup.
_LINE_OPENING_REACH = 400  # characters back to the line's start: a list item's words before a title
_LINE_OPENING = re.compile(r"[\s*_>#+•–-]*(?:\d{1,2}[.)]|[a-z]\))?[\s*_]*([^\W\d_]+[ _][^\W\d_]+)(?![^\W\d_])")


def _opens_like_its_line(folded: str, pos: int, after: int) -> bool:
    """Whether the words after a ";" at ``after`` open as the line holding ``pos`` does:
    the line's next item, not the title's ("- Đối tượng … theo Hướng dẫn A về X; đối tượng
    thuộc diện …")."""
    lo = max(0, pos - _LINE_OPENING_REACH)
    newline = folded.rfind("\n", lo, pos)
    if newline == -1 and lo > 0:
        return False  # (a line longer than that opens no list the title stands in)
    opening = _LINE_OPENING.match(folded, newline + 1, pos)
    if opening is None:
        return False
    after = _skip_space(folded, after)
    words = opening.group(1)
    return folded.startswith(words, after) and not folded[after + len(words):after + len(words) + 1].isalpha()


# A topic named by pointing back ("về nội dung trên", "về vấn đề này"): what the sentence is
# about, said before; no document's title.
_TOPIC_SAID_ABOVE = re.compile(
    rf"(?:(?:các|những){_S}+)?(?:nội{_S}dung|vấn{_S}đề|việc|sự{_S}việc|kiến{_S}nghị|đề{_S}nghị|ý{_S}kiến)"
    rf"{_S}+(?:nêu{_S}trên|nói{_S}trên|trên{_S}đây|trên|này|đó)(?![^\W\d_])")
_SENT_REACH = 300
# What follows the body a thing is sent to: "… về Thanh tra Bộ để tổng hợp", "… trước ngày 15 …".
_AFTER_DESTINATION = re.compile(
    rf"[\s_*]*(?:[,.;:)]|\Z|(?:để|trước|ngày|chậm{_S}nhất|trong{_S}(?:thời{_S}hạn|vòng)|theo|qua)(?![^\W\d_]))")


def _sent_to_a_body(norm: Normalized, start: int, about: re.Match[str]) -> bool:
    """Whether a bare "về" after the reference at ``start`` names where something is sent, not
    a title: "gửi Báo cáo … theo mẫu tại Thông tư A về Thanh tra Bộ để tổng hợp" (a body after
    "về", what the sending goes on with after it, and "gửi" earlier in the clause)."""
    folded, lowered = norm.folded, norm.lowered
    if folded.startswith("ve viec", about.start()) or not norm.text[about.end():about.end() + 1].isupper():
        return False
    if not body_opens(norm, about.end(), min(len(folded), about.end() + _MAX_ISSUER), by_word=True):
        return False
    body = _issuer_at(norm, about.end(), len(folded))
    if body is None or _AFTER_DESTINATION.match(lowered, body[1]) is None:
        return False
    sent = lowered.rfind("gửi", max(0, start - _SENT_REACH), start)
    return sent != -1 and not any(mark in lowered[sent:start] for mark in ".;\n")


_SENTENCE_OPENS = (". ", '"', "“", "^")
_WRAPPED_BEFORE = re.compile(r"[\w,][ \t*_]*\Z")  # a line break after a word or a comma: the line wraps
_PARTICIPLE_NEXT = re.compile(r"[\s_*]*được(?![^\W\d_])")  # "…; được sửa đổi …": no item opens with it


def _listed_with_semicolons(text: str, pos: int) -> bool:
    """Whether the sentence holding ``pos`` has listed with ";" before it: "… Liên đoàn Luật sư;
    tham mưu ban hành Chỉ thị A về X; việc xã hội hoá …", where the next ";" ends the item the
    title stands in, not an item of the title."""
    lo = max(0, pos - _LINE_OPENING_REACH)
    # (a quotation or a wiki footnote's "^" opens a citation of its own: '**^**"Nghị quyết A về X; Y"')
    opening = max(text.rfind(mark, lo, pos) for mark in _SENTENCE_OPENS)
    line = text.rfind("\n", lo, pos)
    while line > opening and _WRAPPED_BEFORE.search(text, max(lo, line - 4), line) is not None:
        line = text.rfind("\n", lo, line)  # a line wrapped inside the sentence ("… các tài liệu liên⏎quan …")
    return text.find(";", max(lo, opening, line), pos) != -1


def _title_at(
    norm: Normalized, pos: int, limit: int, *, in_quotation: bool = False
) -> tuple[int, int] | None:
    """A title starting at ``pos``: quoted, or running to the end of its clause.

    ``in_quotation``: the reference itself stands inside a quotation ('"Quyết định … về
    …".'), so the next straight quote closes it and ends the title.
    """
    text, lowered = norm.text, norm.lowered
    if pos < len(text) and text[pos] in "\"“":
        close = re.compile(r"[\"”\n]").search(text, pos + 1, min(limit, pos + _MAX_TITLE))
        if close is None or text[close.start()] == "\n":
            # A quote left open ('về " Đầu tư xây dựng … ) .'): the words up to the end of
            # the clause, as if unquoted.
            inner = _skip_space(norm.folded, pos + 1)
            if inner >= len(text) or text[inner] in "\"“”":
                return None
            if (opening := _TITLE_OPEN.match(norm.folded, inner, limit)) is not None:
                inner = opening.end()  # "“Về⏎sử dụng …”": the title without its opening word
            return _title_at(norm, inner, limit, in_quotation=in_quotation)
        # A title quoted with its opening word ("“về tiếp tục …”") is the same title.
        # '" V / v Ban hành …"': spaced inside, as word-segmented text is
        inner = min(_skip_space(norm.folded, pos + 1), close.start())
        opening = _TITLE_OPEN.match(norm.folded, inner, close.start())
        return (opening.end() if opening else inner), close.start()
    hi = min(limit, pos + _MAX_TITLE)
    if (marks := _EMPHASIS_OPENS.search(text, max(0, pos - 3), pos)) is not None and (
            (closing := text.find(marks.group(1), pos, hi)) > pos and text[closing - 1] not in " *"
            and "\n" not in text[pos:closing]):
        hi = closing  # "… về việc *chấn chỉnh …, song tính và chuyển giới* yêu cầu …": the emphasis holds it
    end = hi
    at = pos
    heading_case = _HEADING_CASE_OPENING.search(text, max(0, pos - 12), pos) is not None
    while at < hi:
        stop = _TITLE_STOP.search(lowered, at, hi)
        if stop is None:
            break
        char = text[stop.start()]
        if char == "." and _ABBREVIATION.search(text, max(pos, stop.start() - 4), stop.start()):
            at = stop.end()  # "TP. Hồ Chí Minh": an abbreviation, not the end of the clause
            continue
        if (char == "." and text.startswith("..", stop.start() - 2)
                and (nxt := _NEXT_CHAR.match(text, stop.start() + 1, hi)) is not None
                and (nxt.group(1).islower() or nxt.group(1) == "(")):
            at = stop.end()  # "… như Youtube, Facebook,... (tổ chức …) tới …": "and so on", mid-clause
            continue
        if (char == ";" and (nxt := _NEXT_CHAR.match(text, stop.end(), hi))
                and (nxt.group(1).islower() or (nxt.group(1).isupper() and (
                    heading_case or (_FIELDS_LISTED.search(lowered, pos, stop.start())
                                     and not body_opens(norm, stop.end(), hi)))
                    and not _DOCUMENT_NEXT.match(lowered, stop.end())))
                and not _CLAUSE_OPENER.match(lowered, stop.end())
                and not _opens_like_its_line(norm.folded, pos, stop.end())
                # (a participle opens no item: "… về việc công bố thủ tục hành chính; được sửa đổi, bổ
                # sung lĩnh vực …" goes on with the title, typed with a stray ";")
                and (_PARTICIPLE_NEXT.match(lowered, stop.end()) or not _listed_with_semicolons(text, pos))):
            # "…, lĩnh vực; cơ cấu viên chức …": a title may list with ";", and one copied with its
            # heading's capitals ("Về việc rút ngắn nhiệm kỳ …; Ngày bầu cử …") each item capitalised,
            # as are fields named ("… lĩnh vực Chính quyền địa phương; Lưu trữ; Thi đua, khen thưởng")
            at = stop.end()
            continue
        if char == "(" and ((aside := _SHORT_ASIDE.match(text, stop.start(), hi)) is not None
                            or (aside := _ASIDE_THEN_MORE.match(lowered, stop.start(), hi)) is not None):
            at = aside.end()  # "( Giai đoạn I )" is part of the name; longer asides are not,
            continue  # unless the title goes on after them ("… (còn 34 …), tên gọi và …")
        if char == "\n":
            # Go on over a wrapped line or "( Giai đoạn I )"; stop at "(hiệu lực …)" or
            # a line that starts a new item.
            nxt = _NEXT_CHAR.match(text, stop.end())
            follows = nxt.group(1) if nxt else ""
            # (after a word that cannot end it, a bold name may open the line: "… thành lập⏎**Ban …**")
            named = _BOLD_NAME_NEXT.match(text, stop.end())
            if follows.islower() or (
                    (follows.isupper() or follows in "\"“" or (named is not None and named.group(1).isupper()))
                    and _DANGLING.search(lowered, pos, stop.start())) or (
                    follows.isupper() and _DASH_END.search(text, pos, stop.start())):
                at = stop.end()  # "… ban hành Nghị quyết của⏎Hội đồng …", "Văn hóa -⏎Thể thao": the line wraps
                continue
            if follows.isupper() and _ACRONYM_LINE.match(text, stop.end()) and text[stop.start() - 1].islower():
                at = stop.end()  # "V/v thuế suất thuế⏎GTGT": an acronym alone on the line ends the wrapped title
                continue
            if follows.isupper() and lowered[pos:stop.start()] != text[pos:stop.start()] and not any(
                    c.islower() for c in text[pos:stop.start()]):
                at = stop.end()  # a title in capitals, as a heading writes it, wraps its lines
                continue
            if (follows.isupper() or follows in "“(") and _hard_wrapped(text, stop.start()):
                # "… doanh nghiệp, Trưởng⏎Ban kiểm soát, …", "… phê duyệt Đề án⏎“Nâng cao …”", "… thu
                # nhập cá nhân⏎(TNCN) đối với …" (the aside is read as on one line): text wrapped at a
                # fixed width
                at = stop.end()
                continue
            if (follows.isdigit() and not _ITEM_NUMBER.match(text, stop.end())
                    and (_hard_wrapped(text, stop.start()) or _YEAR_WORD_END.search(lowered, pos, stop.start()))):
                # "… sản xuất, kinh doanh năm⏎2025 và 2026": a figure, not "2. …", opens the line (after
                # "năm", the year it names, however long the line: "… tầm nhìn đến năm⏎2050, …")
                at = stop.end()
                continue
        if (char == '"' and in_quotation and text[stop.start() - 1:stop.start()] == " "
                and (doubled := text.find('""', stop.end(), min(hi, stop.end() + _MAX_QUOTED_NAME))) != -1
                and '"' not in text[stop.end():doubled]):
            # '"Quyết định … về việc phong tặng danh hiệu "Nghệ sĩ nhân dân""': a quotation inside
            # the quoted citation, closed with it
            at = doubled + 1
            continue
        if char == "“" or (char == '"' and not in_quotation):
            # A quotation inside the title ("phát động phong trào “…”") is part of it.
            # (“ may be closed by a straight quote: “Tìm hiểu 80 năm …")
            found = (_CURLY_CLOSE if char == "“" else _STRAIGHT_QUOTE).search(text, stop.end(), hi)
            closing = found.start() if found is not None else -1
            if closing == -1 and _COLON_BEFORE.search(text, max(pos, stop.start() - 8), stop.start()):
                end = stop.start()  # '…, xác định mục tiêu: " xây dựng …': a quotation, left open
                break
            if closing == -1 or _breaks_between(text, stop.end(), closing):
                # A quote never closed ('về việc ban hành “Quy chế … Hà Nội.', 'Đề án " Quy
                # hoạch … năm 2020⏎Hai là, …'): the title goes on to the end of its clause.
                at = stop.end()
                continue
            if ((closing - stop.end() > _MAX_QUOTED_NAME and len(text[pos:stop.start()].split()) > _OBJECT_LEAD_WORDS)
                    or ";" in text[stop.end():closing]):
                # '… về sắp xếp … giáo dục "cơ bản giữ nguyên …; chỉ đề xuất …"': what the
                # document says, quoted after its title; a name is short and lists no clauses
                # (but after a verb alone, "về việc Phê duyệt “Chiến lược … đến năm 2030 …”", the
                # quotation is its object, however long the name)
                end = stop.start()
                break
            at = closing + 1
            continue
        end = stop.start()
        break
    if end == pos + _MAX_TITLE and end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        # cut by the length cap inside a word ("… Chợ Con, Thắng Lợ"): keep whole words
        end = max(text.rfind(" ", pos, end), pos)
    if end < len(text) and text[end] == "?":
        # "… về mức tiền phạt … chi tiết ra sao?": the question is not the title's.
        question = _QUESTION_TAIL.search(lowered, pos, end)
        if question is not None:
            end = question.start()
        elif (clause := _QUESTION_CLAUSE.search(lowered, pos, end)) is not None:
            end = clause.start()  # "… năm 2025, Ninh Bình có bao nhiêu đơn vị …?": a question after it
    issued_by = _issued_by(norm, pos, end)
    if issued_by is not None and not _MANAGED_BY.match(lowered, issued_by.end(), end):
        end = issued_by.start()
        if (dated := _DATE_BEFORE_ISSUER.search(norm.folded, max(pos, end - _DATE_BEFORE_ISSUER_REACH), end)):
            end = dated.start()  # "… trong những tháng cuối ngày 17/11/2025 do Văn phòng Chính phủ ban hành"
    # "… về X đã được Bộ Nội vụ gửi Bộ Tư pháp thẩm định": what a body did with it, a clause of its
    # own (but "… Kế hoạch … đã được UBND Thành phố phê duyệt tại Quyết định 11/QĐ-UBND" says which
    # plan the title names, by the document that approved it)
    if ((passive := _PASSIVE_BY_BODY.search(text, pos, end)) is not None and _body_at(norm, passive.end(), end)
            and not _DIGIT.search(text, passive.end(), end)):
        end = passive.start()
    # Where the title stopped at a line break, the main clause's verb may stand on the next
    # line ("…, Phó Thủ tướng⏎Chính phủ … có ý kiến"): look that far, and cut only where the
    # clause begins inside the title.
    reach = end
    if end < len(text) and text[end] == "\n":
        next_break = text.find("\n", end + 1, end + _CLAUSE_LOOKAHEAD)
        reach = next_break if next_break != -1 else min(len(text), end + _CLAUSE_LOOKAHEAD)
    main_clause = _MAIN_CLAUSE.search(text, pos, reach)
    if (main_clause is not None and main_clause.start() < end
            and not _AGENT_BEFORE_COMMA.search(text, max(pos, main_clause.start() - 24), main_clause.start())):
        end = main_clause.start()
    if (another := _AND_ANOTHER_DOCUMENT.search(text, pos, end)) is not None:
        end = another.start()
    title_break = _TITLE_BREAK.search(lowered, pos, end)
    if title_break is not None:
        end = title_break.start()
    # (cheap looks first: most titles end with neither)
    near, lo, hi = max(pos, end - 24), max(pos, end - _PRESCRIBES_TAIL_REACH), min(len(text), end + _TITLE_TAIL_REACH)
    if text.find(":", near, end) != -1 and (prescribes := _PRESCRIBES_TAIL.search(text, near, end)) is not None:
        end = prescribes.start()
    elif (lowered.find("như sau", lo, hi) != -1 and (follows := _PRESCRIBES_AS_FOLLOWS.search(text, lo, hi)) is not None
          and follows.start() < end):
        end = follows.start()
    if (tail := _TITLE_TAIL.search(lowered, max(pos, end - _TITLE_TAIL_REACH), end)) is not None:
        end = tail.start()
    if (article := _ARTICLE_TAIL.search(lowered, max(pos, end - _ARTICLE_TAIL_REACH), end)) is not None:
        end = article.start()  # '"Quyết định … Về việc quản lý cán bộ - Điều 1"': the article a citation points to
    if (link := _LINK_TEXT_TAIL.search(lowered, max(pos, end - 16), end)) is not None:
        end = link.start()
    if (link := _LINK_TEXT_IN.search(text, pos, end)) is not None:
        end = link.start()  # "… Chủ tịch Hồ Chí Minh Tải về quy định khẩu hiệu …": a page's link, then its own words
    if text.find("****", pos, end) != -1 and (glued := _BOLD_GLUED.search(text, pos, end)) is not None:
        end = glued.start()
    end = _skip_space_back(text, pos, end, _TITLE_TRIM)
    if end > pos and text[end - 1] == "]" and text.find("[", pos, end) == -1:
        # "… thuộc tỉnh Kon Tum]**^**": a bracket the title never opened, a page's markup
        end = _skip_space_back(text, pos, end - 1, _TITLE_TRIM)
    if (joiner := _JOINER_LEFT.search(norm.lowered, max(pos, end - 8), end)) is not None and joiner.start() > pos:
        # "… và đón tiếp khách nước ngoài và do Bộ Công an chịu trách nhiệm": the clause cut
        # after it went on from a "và"
        end = _skip_space_back(text, pos, joiner.start(), _TITLE_TRIM)
    return (pos, end) if end > pos else None


_TITLE_TRIM = " \t\r\n_,;:.*-…/"  # what a title's end is trimmed of
_JOINER_LEFT = re.compile(r"[ \t_](?:và|hoặc)\Z")  # a conjunction left ending a title
_ACRONYM_LINE = re.compile(r"[ \t*]*[A-ZĐ]{2,6}[ \t*]*(?:\n|\Z)")
_DASH_END = re.compile(r"[ \t][-–][ \t]*\Z")  # a line ending in " -" goes on with the name below
_WRAP_WIDTH = range(60, 91)  # the line widths of text wrapped at a fixed column (as from a PDF)


def _issued_by(norm: Normalized, pos: int, end: int) -> re.Match[str] | None:
    """Where "do <body> …" or "được <body> ban hành ngày" names the issuer after a title in
    ``[pos, end)``; "… bị tổn thất do Bão số 3 …" (a cause, capitalised) goes on with the title."""
    for _ in range(_MAX_CAUSES):  # bounded: a few capitalised causes, then the title is read as is
        issued_by = _ISSUED_BY.search(norm.text, pos, end)
        if (issued_by is None or not norm.text[issued_by.end():issued_by.end() + 1].isupper()
                or _body_at(norm, issued_by.end(), end) or _ISSUING_VERB_NEAR.match(norm.text, issued_by.end(), end)):
            return issued_by
        pos = issued_by.end()
    return None


def _hard_wrapped(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` was broken only to fit a width: it ends in a
    letter, mid-sentence, and it and the line before it are of a wrapped paragraph's width
    (or the line before is the paragraph's first, broken mid-sentence too)."""
    if end == 0 or not (text[end - 1].isalpha() or text[end - 1] == ","):
        return False
    line_start = text.rfind("\n", 0, end) + 1
    if line_start == 0 or end - line_start not in _WRAP_WIDTH:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    if (line_start - 1) - previous_start in _WRAP_WIDTH:
        return True
    next_end = text.find("\n", end + 1, end + 2 + _WRAP_WIDTH.stop)
    if next_end != -1 and next_end - (end + 1) in _WRAP_WIDTH:
        return True  # the line below is as wide: "… Chỉ thị của Thủ tướng⏎Chính phủ về việc …"
    # a paragraph's first line, indented in the page it came from, is shorter: "*Căn cứ Nghị
    # quyết số 189/2025/QH15 của Quốc hội⏎về … dự án điện hạt nhân Ninh⏎Thuận;*"
    return (line_start - 1 > previous_start and text[line_start - 2].isalnum()
            and (previous_start == 0 or text[previous_start - 2:previous_start] == "\n\n"))


def _breaks_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence or a paragraph ends in ``[start, end)`` (a quote closing only
    after it was never closed where it opened)."""
    return _SENTENCE_OR_PARAGRAPH_END.search(text, start, end) is not None


_SENTENCE_OR_PARAGRAPH_END = re.compile(r"[.!?][ \t]*\n|[.!?][ \t]+[^\W\d_]|\n[ \t]*\n")


class QuoteIndex:
    """Where straight quotes and line breaks stand in a text, to tell in logarithmic time
    whether a position is inside a quotation opened earlier on its line (counting quotes
    from the line start for each reference is quadratic on a line of many references)."""

    def __init__(self, text: str) -> None:
        self._quotes = [m.start() for m in _STRAIGHT_QUOTE.finditer(text)]
        self._breaks = [m.start() for m in _LINE_BREAK.finditer(text)]

    def inside_quotation(self, pos: int) -> bool:
        """Whether an odd number of straight quotes stands between the line start and ``pos``."""
        k = bisect.bisect_left(self._breaks, pos)
        line_start = self._breaks[k - 1] + 1 if k else 0
        count = bisect.bisect_left(self._quotes, pos) - bisect.bisect_left(self._quotes, line_start)
        return count % 2 == 1


_STRAIGHT_QUOTE = re.compile('"')
_ABBREVIATION_ASIDE = re.compile(r"\([A-ZĐ]{2}[A-Za-zĐđ0-9&-]{0,10}\)")
# A sentence or clause opening with a date before the document ("Ngày 1 tháng 4 năm 1990, <doc>"; also
# after a wiki heading's "[sửa | sửa mã nguồn]")
_FRONTED_DATE = re.compile(rf"(?:^|(?<=[\n.;:\]]))[\s_*]*{_DATE}{_S}{{0,3}},[\s_*]*\Z", re.MULTILINE)
_FRONTED_DATE_REACH = 48
# "… được ban hành", "… ban hành, …" right after the document: issued then, the document the subject
_ISSUED_HERE = re.compile(
    rf"[\s_*]*(?:(?:da{_S}{{1,3}})?duoc{_S}{{1,3}})?(?:ban{_S}{{1,3}}hanh|thong{_S}{{1,3}}qua)"
    # ("… được thông qua tại kỳ họp thứ 2 (Quốc hội khoá I).": the session it was passed at)
    rf"(?:{_S}{{1,3}}{_AT_SESSION})?(?=[\s_*]*[.,;]|{_S}{{1,3}}(?:va|ngay)(?![a-z])|{_S}{{1,3}}\()")
_DATE_BEFORE_ISSUER = re.compile(rf"{_S}{{1,3}}{_DATE}[\s_*]*\Z")
_DATE_BEFORE_ISSUER_REACH = 48  # "ngày 17 tháng 11 năm 2025" and some markup
_DATE_ENDS_TITLE = re.compile(rf"(?:,{_S}{{0,3}}|{_S}{{1,3}}vao{_S}{{1,3}})(?P<date>{_DATE})[\s_*]*\Z")
_PARAGRAPH_END = re.compile(r"\n[ \t\r*_|]*\n")
# (bold may open the title: "năm 2025 **về …")
_NAMED_WITH_YEAR = re.compile(rf"{_S}{{1,3}}nam{_S}{{1,3}}\d{{4}}[\s_*]{{1,5}}\Z")
_LINE_BREAK = re.compile("\n")


def _opens_next_lead(folded: str, pos: int, limit: int) -> bool:
    """Whether the date at ``pos`` opens the lead of the next reference, at ``limit``: "…,
    ngày 5/3/2025, UBND tỉnh (đã) ban hành <ref>" (not "…, ngày 14/7/2015 của Ban Bí thư …")."""
    if limit - pos > _LEAD_WINDOW or _ENDS_WITH_ISSUING.search(folded, max(pos, limit - 24), limit) is None:
        return False  # (cheap tests first: the next reference is far, or no issuing verb stands before it)
    lead = _LEAD_DATED.match(folded, pos, limit)
    return lead is not None and not lead.group("issuer").lstrip(" _*").startswith("cua ")


_AFTER_TITLE_GAP = re.compile(r"[\s_,*]{0,4}")
_EMPHASIS_CLOSES = re.compile(r"[ \t]*\Z")  # only space between a title's end and the emphasis closing it


def _emphasis_close(text: str, start: int, after: int) -> int | None:
    """Where the emphasis opened right before the mention at ``start`` ("*Quy định số 105 về
    …* của …") closes on its line after ``after``: the title ends there; None if none does."""
    mark = _EMPHASIS_OPENS.search(text, max(0, start - 2), start)
    if mark is None:
        return None
    closing = text.find(mark.group(1), after, min(len(text), after + _MAX_TITLE))
    if closing <= after or text[closing - 1] in " *" or "\n" in text[after:closing]:
        return None
    return closing


def _stated_after_title(
    norm: Normalized, pos: int, limit: int, *, dated: bool, issued: bool
) -> tuple[re.Match[str] | None, tuple[int, int] | None]:
    """The date and issuer stated right after a title quotes or emphasis closed, in either
    order: "Chỉ thị số 05-CT/TW về “Đẩy mạnh …” ngày 15/5/2016 của Bộ Chính trị" (the closing
    mark ends the clause a plain title would run on through)."""
    folded = norm.folded
    date: re.Match[str] | None = None
    issuer: tuple[int, int] | None = None
    for _ in range(2):
        gap = _AFTER_TITLE_GAP.match(folded, pos, limit)
        if gap is None:
            break
        pos = gap.end()
        if "," in gap.group() and _opens_next_lead(folded, pos, limit):
            break  # "… về “X” của Ban Thường vụ, ngày 5/6/2020, Đảng ủy xã ban hành …": the next act's day
        if not dated and date is None and (found_date := _DATE_RE.match(folded, pos, limit)) is not None:
            date, pos = found_date, found_date.end()
        elif (not issued and issuer is None and folded.startswith("cua", pos)
              and (opening := _ISSUER_OPEN.match(folded, pos, limit)) is not None
              and (found := _issuer_at(norm, opening.end(), limit)) is not None):
            issuer, pos = found, found[1]
        else:
            break
    return date, issuer


# Decisions are titled "về việc …": after a pinpoint it still opens a decision's title ("Điều 3,
# Quyết định 36/1998/QĐ-TTg về việc thành lập …"), while an article's topic is rather "về …".
_ABOUT_MATTER = re.compile(rf"ve{_S}{{1,3}}viec(?![a-z])")


def read_context(
    norm: Normalized, start: int, end: int, limit: int, quotes: QuoteIndex | None = None,
    *, year: int | None = None, named: bool = False, aside: tuple[int, int] | None = None,
    local: bool = False, decision: bool = False,
) -> Context:
    """Read what the text states about the reference at ``[start, end)``.

    ``limit`` is where the next reference starts: the date and issuer never reach past
    it; a title may (the caller decides what a title that names a document means).
    ``year`` is the year in the reference's symbol, for a date written before it without
    one ("Ngày 10/11, Chính phủ ban hành Nghị định 293/2025/NĐ-CP"); ``named`` says the
    document is cited by its name; ``aside`` is a short name given to it in parentheses
    right after it (:func:`alias_aside`), which its context reads on past; ``local`` says
    its symbol names a local body without saying where (``UBND``), so a place right after
    it names which one; ``decision`` says it is a Quyết định, which is titled "về việc …".
    """
    folded = norm.folded
    date: dt.date | None = None
    date_span = issuer_span = title_span = held_title_span = place_span = None
    in_brackets = False  # a title in an aside right after the document, "(về …)", is its own
    title_open: int | None = None
    issued_by_verb = issuer_cited_at = stated_after_title = False
    in_force_at: int | None = None  # where "có hiệu lực từ <day>" was passed over
    pos = end
    while pos < limit:
        if aside is not None and pos == aside[0]:
            pos = aside[1]
            continue
        if folded[pos] == "(" and (abbreviated := _ABBREVIATION_ASIDE.match(norm.text, pos, limit)) is not None:
            pos = abbreviated.end()  # "Luật Ban hành văn bản quy phạm pháp luật (VBQPPL) được …": its short name
            continue
        if title_span is None and folded[pos] == "(" and (bracketed := _BRACKETED_TITLE.match(folded, pos, limit)):
            # "Nghị định 26/2018/NĐ-CP (về Điều lệ tổ chức và hoạt động của …) đã …": the title, in an aside
            title_open, title_span, pos = bracketed.start("open"), bracketed.span("title"), bracketed.end()
            in_brackets = True
            break
        if pos == end and (dash := _DASH_THEN_DATE.match(folded, pos, limit)) is not None:
            pos = dash.end()  # "(Quyết định 188/QĐ-QP - Ngày 23 tháng 7 năm 1974)": its date, set off by a dash
            continue
        skip = _TAIL_SKIP.match(folded, pos, limit)
        if skip and skip.end() > pos:
            if (folded.count("\n", pos, skip.end()) > 1 and _PARAGRAPH_END.search(folded, pos, skip.end())
                    and norm.text[skip.end():skip.end() + 1].isupper()):
                break  # "… Nghị định 155/2020/NĐ-CP**⏎⏎Ngày 11/9/2025, Chính phủ …": a new paragraph
            if "\n" in folded[pos:skip.end()] and (_in_heading(folded, start)
                                                   or _caps_line_then_text(norm.text, start, end, skip.end())):
                # "## … Pháp lệnh Cảnh sát môi trường⏎**Ngày 21/11/2025, …", "… THỰC HIỆN NGHỊ QUYẾT SỐ
                # 66-NQ/TW⏎Ngày 28 tháng 11 năm 2025, tại …": a heading ends with its line
                break
            if in_force_at is None and folded[pos] in "csd" and skip.group("in_force") is not None:
                in_force_at = pos
            pos = skip.end()
            continue
        if date is None and (m := _DATE_RE.match(folded, pos, limit) or _PAREN_DATE.match(folded, pos, limit)
                             or (folded.startswith("ngay", pos) and _MONTH_MISTYPED.match(folded, pos, limit))
                             or (_BARE_DATE.match(folded, pos, limit) if _right_after(folded, end, pos) or (
                                 issuer_span is not None and _right_after(folded, issuer_span[1], pos)) else None)):
            # (a date with no "ngày" right after the symbol or the issuer: "… của Ban Bí thư 25/8/1988")
            if "," in folded[end:pos] and _opens_next_lead(folded, pos, limit):
                break  # "Thực hiện Kết luận A của Bộ Chính trị, ngày 5/3/2025, UBND tỉnh ban hành <B>": B's day
            date, date_span, pos = _make_date(m), m.span(), m.end()
            continue
        if (date is None and (m := _IN_FORCE_ON_SIGNING.match(folded, pos, limit))
                and (signed_on := _PAREN_DATE.match(folded, m.end(), limit))):
            date, date_span = _make_date(signed_on), signed_on.span()
            break
        if (local and place_span is None and issuer_span is None and title_span is None
                and "," not in folded[end:pos] and (place_span := _local_place_at(norm, pos, limit)) is not None):
            # (after a comma, a place opens the next clause: "Theo Quyết định …, huyện X đã …")
            pos = place_span[1]
            continue
        if issuer_span is None and title_span is None and (m := _ISSUER_OPEN.match(folded, pos, limit)):
            found = _issuer_at(norm, m.end(), limit)
            if (found is not None and folded.startswith("do", m.start())
                    and (signed_end := _signed_by_a_person(norm, found)) is not None):
                # "… do Phó Thủ tướng Phạm Gia Khiêm ký ngày 6-7-2005": who signed, not who
                # issued; the date goes on after it
                pos = signed_end
                continue
            if (found is not None and folded.startswith("do", m.start())
                    and (signed_end := _holder_signed(norm, found)) is not None):
                issuer_span, pos = found, signed_end  # "… do Thủ tướng Võ Văn Kiệt ký ngày …": the office's
                continue
            if found is None or (folded.startswith("do", m.start()) and (
                    _HEADED_BY.match(norm.lowered, found[1]) or _DONE_BY.match(norm.lowered, found[1]))):
                break  # "… do Phó Thủ tướng X làm Trưởng Ban", "… do UBND cấp xã chuyển đến": not who issued it
            if (folded.startswith("cua", m.start()) and _AT_THE_NEXT.match(folded, found[1])
                    and folded[max(0, m.start() - 8):m.start()].rstrip(" \n_*").endswith(",")):
                # "… thông báo số A ngày …, của Ban Bí thư tại văn bản số B": after a comma, B's
                # issuer (not "… theo Thông tư A của Bộ Xây dựng tại Công văn B")
                break
            if (folded.startswith("giua", m.start()) and (other := _AND_THE_OTHER.match(folded, found[1], limit))
                    and (second := _issuer_at(norm, other.end(), limit)) is not None):
                found = (found[0], second[1])  # "giữa Sở Giáo dục và Đào tạo và Công an Thành phố": both
            issuer_span, pos = found, found[1]
            continue
        if (issuer_span is None and title_span is None and (m := _ISSUED_BY_OPEN.match(folded, pos, limit))
                and (found := _issuer_at(norm, m.end(), limit)) is not None
                and (verb := _PASSED_AT_THEN_VERB.match(folded, found[1], limit)) is not None):
            issuer_span, issued_by_verb, pos = found, True, verb.end()
            continue
        if title_span is None and (m := _TITLE_OPEN.match(folded, pos, limit)):
            title_open = m.start()
            if (twice := _ABOUT_THE_MATTER_AGAIN.match(folded, m.end(), limit)) is not None:
                m = twice  # "về việc về việc đặt tên …": the opening typed twice
            quotes = quotes or QuoteIndex(norm.text)  # (callers reading many references pass one)
            in_quotation = quotes.inside_quotation(start)
            emphasised = _emphasis_close(norm.text, start, m.end())
            title_span = _title_at(norm, m.end(), emphasised if emphasised is not None else len(folded),
                                   in_quotation=in_quotation)
            if title_span is not None and _LIST_FOLLOWS.fullmatch(folded, m.start(), title_span[0] + 1):
                title_span = None  # "về việc:⏎⏎- Chia xã A …⏎- Thành lập …": what it does is a list, no title
            if title_span is not None and _sent_to_a_body(norm, start, m):
                title_span = None  # "gửi Báo cáo … theo mẫu … Thông tư A về Thanh tra Bộ": where it is sent
            if title_span is not None and _TOPIC_SAID_ABOVE.match(norm.lowered, *title_span):
                title_span = None  # "… báo cáo … thực hiện Nghị quyết A về nội dung trên": the report's topic
            if title_span is not None and (dated := _DATE_ENDS_TITLE.search(folded, *title_span)) is not None:
                # "…: Về việc thành lập Hội Cựu chiến binh Việt Nam, ngày 3 tháng 2 năm 1990", as
                # reference lists write it, or "… thông qua Nghị quyết 201 về … vào ngày 29/5/2025.":
                # the clause ends with the document's date
                title_span = (title_span[0], dated.start())
                if date is None:
                    date, date_span = _make_date(dated), dated.span("date")
            if title_span is not None:
                pos = title_span[1]
                if emphasised is not None and _EMPHASIS_CLOSES.match(norm.text, pos, emphasised) is not None:
                    closed_at: int | None = emphasised  # the emphasis around the mention closes the title
                elif pos < len(folded) and folded[pos] in "\"”":
                    closed_at = pos  # the closing quote belongs to the title
                else:
                    closed_at = None
                if closed_at is not None:
                    pos = closed_at + 1
                    after = _stated_after_title(norm, pos, limit, dated=date is not None,
                                                issued=issuer_span is not None)
                    if after[0] is not None:
                        date, date_span = _make_date(after[0]), after[0].span()
                    issuer_span = after[1] or issuer_span
                    stated_after_title = after != (None, None)
            break
        if (issuer_span is None and title_span is None and date is not None
                and (found := _bare_issuer_at(norm, pos, limit)) is not None):
            # "ngày 3/6/2017 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng về …":
            # after a date, a body named without "của".
            issuer_span, pos = found, found[1]
            continue
        if title_span is None and pos < len(folded) and folded[pos] in "\"“":
            quotes = quotes or QuoteIndex(norm.text)
            if _quote_opens(norm, pos, end, quotes) and (found := _title_at(norm, pos, len(folded))):
                title_open, title_span, pos = pos, found, found[1] + 1
        break
    if (date is None and (m := _HEADER_DATE.match(folded, end, limit)) and "|" in folded[end:m.start("d")]
            and not _in_subject_line(folded, start)):
        date, date_span = _make_date(m), m.span()
    # The full look-behind patterns are costly; a cheap test of the word just before
    # the reference decides whether to run them at all.
    if (issuer_span is None and _ENDS_WITH_AT_OR_COLON.search(folded, max(0, start - 8), start)
            and (lead_of := _LEAD_OF.search(folded, max(0, start - _LEAD_OF_REACH), start))
            and not _PRESCRIBED_AT.search(folded, lead_of.start("issuer"), lead_of.end("issuer"))
            and not _PROPOSALS_LISTED.search(folded, max(0, lead_of.start() - _PROPOSALS_REACH), lead_of.start())):
        issuer_span = _lead_issuer(norm, lead_of.start("issuer"), lead_of.end("issuer"))
        if (issuer_span is not None and "\n" in folded[slice(*issuer_span)]
                and ((known := _issuer_names().match(folded, *issuer_span)) is None
                     or folded.rfind("\n", *issuer_span) >= known.end())):
            # wrapped onto the next line, it must open with a name the registry knows, the
            # line break inside that name ("của Ủy⏎ban nhân dân tỉnh: số …")
            issuer_span = None
        issuer_cited_at = issuer_span is not None
    if (issuer_span is None and date is None and not named
            and _ENDS_A_CITATION.search(folded, max(0, start - 8), start)
            and (cite := _CITATION.search(folded, max(0, start - _CITATION_REACH), start))
            and (found := _lead_issuer(norm, cite.start("issuer"), cite.end("issuer"))) is not None
            and _issuer_names().match(folded, found[0], found[1])):
        # A wiki citation: 'Ủy ban nhân dân thành phố Hà Nội (ngày 25 tháng 12 năm 2015).
        # "Quyết định 7151/QĐ-UBND …"': the author, a body the registry knows, issued it that
        # day. A person who signed ("Đoàn Trọng Truyến") or a website that published is no
        # body, and a law cited by name has its own dates.
        issuer_span = found
        with contextlib.suppress(ValueError):
            date = dt.date(int(cite.group("cy")), int(cite.group("cm")), int(cite.group("cd")))
            date_span = cite.span("when")
    if (date is None and (cited := _citation_after(norm, start, end)) is not None
            and not ((site := cited.group("site")) and _NEWS_SITE.search(site) and not _LAW_LIBRARY.search(site))
            and (date := _make_date(cited, "c")) is not None):
        date_span = cited.span("when")
    if issuer_span is None and _ENDS_WITH_APPROVED.search(folded, max(0, start - 20), start):
        if (approved := _APPROVED_BY.search(folded, max(0, start - 100), start)) is not None:
            issuer_span = _lead_issuer(norm, approved.start("issuer"), approved.end("issuer"))
        elif (attached := _ATTACHED_BY.search(folded, max(0, start - 100), start)) is not None:
            issuer_span = _attaching_body(norm, attached)
    elif (issuer_span is None and _ENDS_WITH_ISSUED_AT.search(folded, max(0, start - 16), start)
          and (attached := _ATTACHED_BY.search(folded, max(0, start - 100), start)) is not None):
        issuer_span = _attaching_body(norm, attached)  # "… do Bộ trưởng Bộ Tài chính ban hành (tại) <doc>"
    if (date is None or issuer_span is None) and _ENDS_WITH_ISSUING.search(
            folded, max(0, start - 24), start):
        lead = _lead_before(folded, start)
        if lead is not None:
            if date is None and lead.group("date"):
                date, date_span = _make_date(lead, "l"), lead.span("date")
            elif date is None and lead.group("daymonth") and (year := year or _year_after(folded, end)) is not None:
                # "Ngày 10/11, Chính phủ ban hành Nghị định 293/2025/NĐ-CP": the year is the symbol's, or
                # the one written after it ("Kế hoạch 198/KH-UBND năm 2025").
                with contextlib.suppress(ValueError):
                    date = dt.date(year, int(lead.group("pm")), int(lead.group("pd")))
                    date_span = lead.span("daymonth")
            if issuer_span is None:
                found = None
                if lead.group("behalf"):
                    # "thay mặt Bộ Chính trị, đồng chí … ký ban hành", "Thay mặt Ủy ban Thường vụ Quốc
                    # hội, Chủ tịch Quốc hội … đã ký": who signs does so for the body, which issues it
                    found = _lead_issuer(norm, lead.start("behalf"), lead.end("behalf"))
                if found is None:
                    found = _lead_issuer(norm, lead.start("issuer"), lead.end("issuer"))
                if found is not None:
                    issuer_span, issued_by_verb = found, True
                    if date is None and (listed := _bodies_listed_after_date(norm, found[0])) is not None:
                        # "Ngày 15/10/2025, Hội đồng Đội Trung ương, Tổng Công ty Bưu điện Việt Nam,
                        # Hội Tem Việt Nam có Kế hoạch …": all the bodies listed issue it, that day
                        date, date_span, issuer_span = listed[0], listed[1], (listed[2], found[1])
        if (date is None or issued_by_verb) and (
                signed := _SIGNED_LEAD.search(folded, max(0, start - _SIGNED_LEAD_REACH), start)):
            if date is None:
                date, date_span = _make_date(signed, "l"), signed.span("date")
            if signed.group("behalf") and (found := _lead_issuer(norm, *signed.span("behalf"))) is not None:
                issuer_span, issued_by_verb = found, True  # not the signer's titles
    if date is None and (dated := _dated_at(folded, start)) is not None:
        # "Ngày 24 tháng 9 năm 2020, tại Quyết định 1444/QĐ-TTg, Thủ tướng …": the sentence
        # opens with the day of the decision it goes on to report
        date, date_span = _make_date(dated, "l"), dated.span("date")
    if (date is None and (issuer_span is not None or title_span is not None) and start and folded[start - 1] in " ,"
            and (dated := _DATED_THEN.search(folded, max(0, start - _DATED_AT_REACH), start)) is not None
            and (issuer_span is None or issuer_span[0] > end)
            and not _IN_FORCE_IN.search(norm.lowered, end, max(span[1] for span in (issuer_span, title_span) if span)
                                        + _IN_FORCE_TAIL)):
        # "Ngày 27 tháng 8 năm 1988, quyết định 136-HĐBT của Hội đồng Bộ trưởng về việc …": a
        # timeline names the document with its day, its issuer or title after it (not "Ngày
        # 1/7/2025, Luật A có hiệu lực", nor "Ngày 12/11/2013, Nghị định A về … có hiệu lực": the day
        # it took effect)
        date, date_span = _make_date(dated, "l"), dated.span("date")
    # "Căn cứ tại Điều 3 Quyết định A về X do Thủ tướng Chính phủ ban hành": the body issued A, so
    # the clause between is A's title
    issued_after_title = False
    if (title_span is not None and date is None and issuer_span is None and title_open is not None
            and folded[title_open] == "v" and not in_brackets
            and not (decision and _ABOUT_MATTER.match(folded, title_open) is not None)
            and not _NAMED_WITH_YEAR.match(folded, end, title_open)
            and _PINPOINT_BEFORE.search(norm.lowered, max(0, start - _PINPOINT_REACH), start)
            and not _AMENDS_SOME_ARTICLES.search(norm.lowered, max(0, start - 60), start)
            and not (issued_after_title := _ISSUED_LEAD.match(folded, title_span[1], limit) is not None
                     and _issued_after(norm, start, title_span[1], limit) is not None)):
        # "khoản 3 Điều 88 Luật Nhà ở 2023 về nguyên tắc …": the clause names what the
        # article is about, not the document's title. Not so "Điều 1 Nghị quyết 1685/NQ-UBTVQH15
        # năm 2025 về sắp xếp …": the year the symbol lacks, then the title, name the document.
        # After "quy định chi tiết một số điều của Luật X", "về …" is what the guiding text
        # covers; after "sửa đổi, bổ sung một số điều của Nghị định X", it is X's own title.
        # (Held back: it is the title after all where the text gives the document that
        # title elsewhere.)
        held_title_span, title_span = title_span, None
    tail_from = title_span[1] if title_span else end
    if (issuer_span is None and date is None and _ISSUED_LEAD.match(folded, tail_from, limit)
            and (issued_after_title or _opens_clause(norm, start))
            and (issued := _issued_after(norm, start, tail_from, limit)) is not None):
        # "Theo đó, Nghị định A về X do Chính phủ ban hành ngày 20/3/2025 …", "Nghị định A quy
        # định về X được Chính phủ ban hành ngày …": who issued the document opening the
        # clause, and when (a document inside another's clause may be the other's title's)
        issuer_span, (date, date_span) = issued
        issued_by_verb = True
        if title_span is not None and title_span[1] > issuer_span[0]:
            title_span = None
    if (date is None and title_span is not None
            and (issued_on := _ISSUED_ON_AFTER_TITLE.match(folded, title_span[1], limit)) is not None):
        # "… về X được ban hành ngày 18 tháng 4 năm 2025": when, without who
        date, date_span = _make_date(issued_on), issued_on.span("date")
    if (issuer_span is None and title_span is not None and (m := BY_OPENS.match(folded, pos, limit))
            and _CAPTION_START.match(folded, folded.rfind("\n", max(0, start - 40), start) + 1, start)
            and (found := _issuer_at(norm, m.end(), limit)) is not None
            and _ISSUING_VERB_AFTER.match(folded, found[1], limit) is not None
            and not (_CLOSING_BY.match(folded, found[1]) is not None and _heads_its_line(norm, start))):
        # A caption of a list or a footnote: "⏎Quyết định 56-CP năm 1977 về việc hợp nhất … do
        # Hội đồng Chính phủ ban hành". Not a document inside another's caption ("⏎Nghị quyết
        # 02/2022/NQ-HĐTP hướng dẫn … của Bộ luật Dân sự về … do Hội đồng Thẩm phán … ban hành"),
        # nor a page's heading of its own document, alone on its line and ending it as
        # :func:`_issued_after` reads it ("⏎Công văn A về X do Cục Thuế ban hành⏎").
        issuer_span, issued_by_verb = found, True
    if (date is None and _ISSUED_HERE.match(folded, end, limit) is not None
            and (fronted := _FRONTED_DATE.search(folded, max(0, start - _FRONTED_DATE_REACH), start)) is not None):
        # "Ngày 25 tháng 4 năm 2005, Nghị định 55/2005/NĐ-CP ban hành, …", "Ngày 1 tháng 4 năm
        # 1990, Pháp lệnh Thanh tra được ban hành.": the document the clause opens with, and when
        date, date_span = _make_date(fronted), fronted.span()
    if issuer_span is None:
        # The place after a local body's symbol names the body, unless the text names it
        # otherwise ("Ủy ban nhân dân TP Hà Nội đã ban hành Quyết định 2573/QĐ-UBND năm 2025 TP Hà Nội").
        issuer_span = place_span
    if in_force_at is not None and all(span is None or span[1] <= in_force_at
                                       for span in (date_span, issuer_span, title_span)):
        pos = in_force_at  # (nothing read past when it came into force: the context ends before it)
    return Context(date=date, date_span=date_span, issuer_span=issuer_span,
                   title_span=title_span, end=pos, title_open=title_open, issued_by_verb=issued_by_verb,
                   issuer_cited_at=issuer_cited_at, held_title_span=held_title_span,
                   stated_after_title=stated_after_title)


def title_before_change(norm: Normalized, start: int, title: tuple[int, int]) -> tuple[tuple[int, int], bool] | None:
    """For a document changed ("sửa đổi Điều 10 Nghị định A ngày … về trình tự, thủ tục … theo
    hướng rút ngắn …") whose title runs into how the change goes: the title before "theo hướng",
    and whether a provision is what is changed (then those words are what the provision is
    about, not the title). None where the title says no such thing."""
    direction = _CHANGE_DIRECTION.search(norm.lowered, title[0], title[1])
    if direction is None or _CHANGED_BEFORE.search(norm.lowered, max(0, start - _CHANGED_REACH), start) is None:
        return None
    cut = (title[0], _skip_space_back(norm.text, title[0], direction.start(), " \t\r\n_,;-–"))
    return cut, _PINPOINT_BEFORE.search(norm.lowered, max(0, start - _PINPOINT_REACH), start) is not None


# What may stand between the start of a clause and what opens it (on the lower-cased text):
# markup, a list mark, a connective ("Và căn cứ …", "Theo đó, …", "Lưu ý: Căn cứ …").
CLAUSE_START = re.compile(
    r"[\s*\-+#>|\d.()\]_~•–^]*(?:\[[^\]\n]{0,40}\][\s*]*)?"  # (".___ Căn cứ": a scan's rule line; "~": its dash;
    # "**^**Căn cứ …": a wiki page's footnote)
    r"(?:(?:và|đồng[ _]thời|ngoài[ _]ra|bên[ _]cạnh[ _]đó|mặt[ _]khác|cùng[ _]với[ _]đó|tiếp[ _]đó"
    r"|theo[ _]đó|tuy[ _]nhiên|do[ _]đó|vì[ _]vậy|lưu[ _]ý|cụ[ _]thể|như[ _]vậy|trước[ _]hết|hiện[ _]nay"
    r"|trả[ _]lời|giải[ _]đáp)[\s,:*_]*){0,2}(?:cũng[ _]+|tiếp[ _]tục[ _]+)?\Z"
    # (a Q&A's "Trả lời: Căn cứ …"; "Cũng (Tiếp tục) căn cứ …"; two: "Tuy nhiên, hiện nay căn cứ …")
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n^]")  # ("**^**": a footnote's mark, before each of a page's references)
#: Words that cite a document where a clause opens: "Căn cứ (theo)", "Theo quy định (hướng dẫn)
#: tại", "Tại" (on lower-cased text); and a provision cited in front of it ("khoản 2 Điều 11 ").
CITING_WORDS = (r"(?:căn[ _]cứ(?:[ _](?:theo|vào|tại))?|theo|tại)"
                r"(?:[ _](?:quy[ _]định|hướng[ _]dẫn)[ _](?:tại|của))?[\s_]+")
PROVISION_CITED = r"(?:(?:tiểu[ _]mục|mục|phần|chương|điều|khoản|điểm)[ _]+[\w.]{1,6}(?:[ _]+của)?[\s_,]+)"
# "Căn cứ khoản 2 Điều 11 <doc> …", "Theo quy định tại Điều 5 <doc> …": the clause cites the
# document it opens with (a provision of it first).
_CITING_LEAD = re.compile(
    rf"[\s*\-+#>|\d.()]*(?:(?:và|đồng[ _]thời)[\s,_]+)?{CITING_WORDS}{PROVISION_CITED}{{0,3}}\Z")


def _opens_clause(norm: Normalized, start: int) -> bool:
    """Whether the document at ``start`` opens its clause, perhaps after a lead-in that cites
    it ("Theo đó, <doc> …", "Căn cứ khoản 2 Điều 11 <doc> …")."""
    lo = _clause_start(norm.folded, start)
    if start > lo and norm.lowered[start - 1] in "\"“":
        start -= 1  # a quoted caption: '**^**"Quyết định A năm 2008 về … do Thủ tướng Chính phủ ban hành".'
    return bool(CLAUSE_START.fullmatch(norm.lowered, lo, start) or _CITING_LEAD.fullmatch(norm.lowered, lo, start))


# "… (quy định|hướng dẫn) … (do|được) <Cơ quan> ban hành ngày …": what the document lays
# down, in words only (a digit may be another document's), then who issued it, and when.
_ISSUED_TAIL = re.compile(
    # ("… Nghị quyết A năm 2025 sắp xếp … do Ủy ban Thường vụ Quốc hội ban hành": after the year
    # the symbol lacks, what the document is about, in words)
    rf"(?:{_S}{{1,3}}nam{_S}{{1,3}}(?:19|20)\d\d(?!\d))?"
    rf"(?:{_S}{{1,3}}(?:quy{_S}dinh|huong{_S}dan|(?<=\d{_S})(?=[a-z]))"
    rf"(?:[^.;:\n()\d\[\]\"“”]|(?<=nam[\s_])(?:19|20)\d\d(?!\d)){{3,200}}?)?"  # (a year in words: "… năm 2025")
    rf"[\s_,*]*(?:do|duoc){_S}{{1,3}}")
_ISSUED_LEAD = re.compile(rf"[\s_,*]*(?:do|duoc|quy{_S}dinh|huong{_S}dan|nam)(?![a-z])")  # a cheap first look
_ISSUED_ON_AFTER_TITLE = re.compile(
    rf"[\s_,*]*(?:da{_S}{{1,3}})?duoc{_S}{{1,3}}(?:ban{_S}{{1,3}}hanh|thong{_S}{{1,3}}qua)(?:{_S}{{1,3}}vao)?{_S}{{1,3}}(?P<date>{_DATE})")
_PASSIVE_TAIL = re.compile(rf"[\s_,*]*duoc{_S}{{1,3}}")  # "… được <body> …" right after the document or its title
_ISSUED_VERB = re.compile(rf"{_S}{{1,3}}ban{_S}{{1,3}}hanh(?![a-z])")
_ISSUED_ON = re.compile(rf"(?:{_S}{{1,3}}vao)?{_S}{{1,3}}{_DATE}")


def _clause_start(folded: str, start: int) -> int:
    """Where the clause holding ``start`` begins (within a bounded look back)."""
    lo = max(0, start - 40)
    last = -1
    for found in _CLAUSE_BREAK.finditer(folded, lo, start):
        last = found.end()
    return last if last != -1 else lo


def _issued_after(norm: Normalized, start: int, pos: int, limit: int) -> tuple[
        tuple[int, int], tuple[dt.date | None, tuple[int, int] | None]] | None:
    """The issuer (and date) of "… do <Cơ quan> ban hành (ngày …)" right after ``pos``, said
    of the document at ``start``."""
    folded = norm.folded
    tail = _ISSUED_TAIL.match(folded, pos, limit)
    if tail is None or (found := _issuer_at(norm, tail.end(), limit)) is None:
        return None
    verb = _ISSUED_VERB.match(folded, found[1], limit)
    if verb is None and _PASSIVE_TAIL.fullmatch(tail.group()):
        # "… được Quốc hội khóa XV, Kỳ họp thứ 9 thông qua ngày …": the passive, past the term and session
        verb = _PASSED_AT_THEN_VERB.match(folded, found[1], limit)
    if verb is None:
        return None
    if _CLOSING_BY.match(folded, found[1]) is not None and not opens_caption(norm, start):
        return None  # a page's heading of its own document: "⏎Thông tư A quy định … do Bộ trưởng … ban hành⏎"
    on = _ISSUED_ON.match(folded, verb.end(), limit)
    return found, ((_make_date(on), (on.start("d"), on.end())) if on is not None else (None, None))


_YEAR_AFTER = re.compile(rf"[\s_*]{{1,3}}nam{_S}{{1,3}}(\d{{4}})(?!\d)")


def _year_after(folded: str, end: int) -> int | None:
    """The year written right after a symbol that lacks one ("Kế hoạch 198/KH-UBND năm 2025")."""
    found = _YEAR_AFTER.match(folded, end)
    return int(found.group(1)) if found is not None else None


# "(Nghị định 60)", "(sau đây gọi tắt là “Thông tư 36”)": a short name given to the document
# just cited (on folded text; the alias's mention stands between the two parts).
_ALIAS_OPENING = (
    rf"[\s_]*\([\s_]*(?:(?:(?:duoi|sau){_S}day{_S}+)?(?:duoc{_S}+)?(?:goi|viet)(?:{_S}(?:chung|tat|gon))?{_S}+la"
    rf"[\s_:]*)?[\"“]?")
_ALIAS_OPENS = re.compile(_ALIAS_OPENING)
ALIAS_OPENS_BEFORE = re.compile(_ALIAS_OPENING + r"\Z")  # "… (Nghị quyết 06)": ending where the alias starts
_ALIAS_CLOSES = re.compile(r"[\"”]?[ \t_]*\)")


def alias_aside(folded: str, head_end: int, alias_start: int, alias_end: int) -> tuple[int, int] | None:
    """The span of the parentheses that give the mention at ``[alias_start, alias_end)`` as
    a short name of the one ending at ``head_end`` (its number checked by the caller), if so."""
    if not _ALIAS_OPENS.fullmatch(folded, head_end, alias_start):
        return None
    closes = _ALIAS_CLOSES.match(folded, alias_end)
    return None if closes is None else (folded.index("(", head_end), closes.end())


# A law library's page title line puts the document's date, then who issued it, after a title
# cut short: "Công điện 231/CĐ-TTg chủ động phòng, tránh, ứng phó bão số 15 ngày 26/11/2025 do
# Thủ tướng Chính phủ điện" (not "… từ ngày …", when something applies).
_PAGE_TITLE_DATE = re.compile(
    r"(?<![^\W\d_])(?<!từ )ngày[ \t]+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")
_PAGE_TITLE_TAIL = re.compile(r" do [^\n]{2,100}?(?:ban hành|điện)[ \t*]*")
_PAGE_TITLE_REACH = 400


def page_title_date(norm: Normalized, start: int, end: int, limit: int) -> dt.date | None:
    """The date a law library's page title line states for the document opening it (see
    _PAGE_TITLE_DATE), or None: the line must end with "do <body> ban hành" (or "điện") and
    hold one such date, with no other document cited before it."""
    text = norm.text
    if start > 0 and text[start - 1] != "\n":
        return None
    line_end = text.find("\n", end, end + _PAGE_TITLE_REACH)
    if line_end == -1:
        if len(text) - end > _PAGE_TITLE_REACH:
            return None
        line_end = len(text)
    issued = text.rfind(" do ", end, line_end)
    if issued == -1 or issued >= limit or _PAGE_TITLE_TAIL.fullmatch(text, issued, line_end) is None:
        return None
    dates = list(_PAGE_TITLE_DATE.finditer(text, end, issued))
    if len(dates) != 1:
        return None
    return _make_date(dates[0])


def _in_heading(folded: str, pos: int) -> bool:
    """Whether ``pos`` stands on a Markdown heading's line ("## …")."""
    line_start = folded.rfind("\n", max(0, pos - _HEADING_REACH), pos) + 1
    return (line_start > 0 or pos < _HEADING_REACH) and folded.startswith("#", line_start)


def _caps_line_then_text(text: str, start: int, end: int, nxt: int) -> bool:
    """Whether a mention (``start``, ``end``) is written in capitals, as its line is before it,
    and the words at ``nxt``, on a later line, in running text: a heading, then its body."""
    line_start = text.rfind("\n", max(0, start - _HEADING_REACH), start) + 1
    if ((line_start == 0 and start >= _HEADING_REACH) or any(c.islower() for c in text[line_start:end])
            or _TYPE_WORD_IN.search(text, start, end) is None):
        return False  # (a bare symbol, "5680/CT-CS" on its own line, is no heading)
    return any(c.islower() for c in text[nxt:nxt + _RUNNING_TEXT_REACH])


def _in_subject_line(folded: str, pos: int) -> bool:
    """Whether ``pos`` stands in a header's "V/v …" cell ("Số: A⏎*V/v triển khai Nghị định
    B*⏎|⏎*Hà Nội, ngày …*"): the date in the next cell is the letter's, not B's."""
    lo = max(0, pos - _SUBJECT_LINE_REACH)
    return folded.rfind("v/v", max(lo, folded.rfind("|", lo, pos) + 1), pos) != -1


def subject_line_end(folded: str, pos: int) -> int | None:
    """Where the header's "V/v …" cell right after ``pos`` (a text's own number) ends: the
    next cell's "|"; None where no such cell follows."""
    subject = folded.find("v/v", pos, pos + _SUBJECT_OPEN_REACH)
    if subject == -1 or folded[pos:subject].strip(" \n*_") != "":
        return None
    bar = folded.find("|", subject, subject + _SUBJECT_LINE_REACH)
    return None if bar == -1 or "\n\n" in folded[subject:bar] else bar


# A header table read as one line: "Số: A | CỘNG HÒA … Độc lập – Tự do – Hạnh phúc_____ Hà Nội, ngày …".
_MOTTO = re.compile(rf"doc{_S}lap{_S}*[-–]{_S}*tu{_S}do{_S}*[-–]{_S}*hanh{_S}phuc[-_ \t*|]*")
_MOTTO_REACH = 200


def after_motto(folded: str, start: int) -> int | None:
    """Where the national motto on the line of a text's own number at ``start`` ends (its
    date comes next), if it stands there."""
    line_end = folded.find("\n", start, start + _MOTTO_REACH)
    motto = _MOTTO.search(folded, start, line_end if line_end != -1 else min(len(folded), start + _MOTTO_REACH))
    return motto.end() if motto is not None else None


def own_date(norm: Normalized, positions: tuple[int, ...], limit: int) -> dt.date | None:
    """The date of a text's header, right after its own number ("Số: 496/TCT-KK Hà Nội,
    ngày 06 tháng 02 năm 2018") or after the "V/v" line below it: the first of
    ``positions`` where one stands."""
    for at in positions:
        m = _HEADER_DATE.match(norm.folded, at, limit)
        if m is None and "*" in (window := norm.folded[at:min(limit, at + _HEADER_DATE_REACH)]):
            # "Hà Nội, ng**ày 01 …", "… tháng 1**1** năm 2025": a converter's bold inside a word
            m = _HEADER_DATE.match(window.replace("*", ""))
        if m is not None:
            return _make_date(m)
    return None


# "… do Phó Thủ tướng Phạm Gia Khiêm ký …": an office, maybe its body, then a person's name.
_SIGNED = re.compile(rf"{_S}{{1,3}}ky(?![a-z])")
_OFFICE = re.compile(
    rf"(?:pho{_S}+)?(?:thu{_S}tuong(?:{_S}chinh{_S}phu)?|chu{_S}tich(?:{_S}nuoc)?|bo{_S}truong|thu{_S}truong"
    rf"|tong{_S}bi{_S}thu|uy{_S}vien{_S}bo{_S}chinh{_S}tri|bi{_S}thu|chu{_S}nhiem|thong{_S}doc|tong{_S}thanh{_S}tra)"
    rf"(?![a-z]){_S}*")


def _signed_by_a_person(norm: Normalized, span: tuple[int, int]) -> int | None:
    """Where "ký" ends when ``span``, before it, is an office holder by name ("Phó Thủ tướng
    Phạm Gia Khiêm", "Ủy viên Bộ Chính trị Đào Duy Tùng"): the person who signed, not the
    body that issued; else None. A name the registry knows whole ("Chủ tịch Hồ Chí Minh") is
    the issuer."""
    folded = norm.folded
    if (signed := _SIGNED.match(folded, span[1])) is None:
        return None
    known = _issuer_names().match(folded, span[0], span[1])
    if known is not None and known.end() == span[1]:
        return None
    office = _OFFICE.match(folded, span[0], span[1])
    if office is None:
        return None
    body = _issuer_names().match(folded, office.end(), span[1])  # "Bộ trưởng Bộ Tài chính Hồ Đức Phớc"
    name = norm.text[body.end() if body is not None else office.end():span[1]].split()
    return signed.end() if 2 <= len(name) <= 4 and all(word[:1].isupper() for word in name) else None


def _holder_signed(norm: Normalized, span: tuple[int, int]) -> int | None:
    """Where "ký" ends when the office at ``span`` is followed by its holder's name ("do Thủ
    tướng Võ Văn Kiệt ký ngày …"): the office issued, and the date follows; else None."""
    folded = norm.folded
    if not folded.startswith(" ", span[1]) or _OFFICE.fullmatch(folded, span[0], span[1]) is None:
        return None
    named = _PERSON_NAME.match(norm.text, span[1] + 1)
    signed = _SIGNED.match(folded, named.end()) if named is not None else None
    return signed.end() if signed is not None else None


def _body_at(norm: Normalized, pos: int, end: int) -> bool:
    """Whether a body opens at ``pos``: a body word ("Bộ", "Cơ quan") or a registry name."""
    return bool(_BODY_WORD.match(norm.folded, pos, end) or _issuer_names().match(norm.folded, pos, end))


_ADVISED = re.compile(rf"(?<![a-z])(?:tham{_S}muu|trinh){_S}{{1,3}}(?!.*(?<![a-z])(?:tham{_S}muu|trinh){_S})")
_AUXILIARY_THEN_WORDS = re.compile(rf"{_S}+(?:đã|vừa|mới|sẽ|đang)(?:{_S}+{LOWER}[^\W\d_]*){{1,3}}\Z")
_DEMONSTRATIVE_END = re.compile(rf"{_S}(?:này|đó|trên)\Z")
_TRAILING_TERM = re.compile(rf"{_S}{{1,3}}\(?{_S}{{0,2}}{_TERM}{_S}{{0,2}}\)?[\s_*]*\Z")
_MAX_SUBJECT_WORDS = 16  # "Ban Quản lý các khu công nghệ cao và khu công nghiệp Hà Nội" has 14
# "tại Kỳ họp thứ 10 ", "tại kỳ họp này " before the body
_SESSION = re.compile(rf"(?:{_AT_SESSION}|tai{_S}{{1,3}}ky{_S}{{1,3}}hop{_S}{{1,3}}nay){_S}{{1,3}}")
# "Vừa qua Bộ Chính trị đã ban hành …": when, fronted and capitalised, before the subject
_FRONTED_WHEN = re.compile(
    rf"(?:vua{_S}qua|moi{_S}day|gan{_S}day|hom{_S}nay|hom{_S}qua|truoc{_S}do|sau{_S}do|tiep{_S}do"
    rf"|tren{_S}co{_S}so(?:{_S}do)?|dong{_S}thoi|theo{_S}do"  # "Trên cơ sở UBTVQH đã ban hành …"
    rf"|(?:ngay{_S})?(?:sau|truoc){_S}khi|khi"  # "Sau khi Thủ tướng Chính phủ ban hành Chỉ thị …": when
    rf"|(?:ve|doi{_S}voi){_S}(?:van{_S}de|noi{_S}dung){_S}(?:nay|do|tren))[\s_,]+")  # "Về vấn đề này Cục Thuế …"
_ON_BEHALF = re.compile(
    rf"{_S}+(?:đã{_S}+)?(?:thừa{_S}(?:ủy|uỷ){_S}quyền|thừa{_S}lệnh|được{_S}(?:ủy|uỷ){_S}quyền)(?![^\W\d_])")
_PERSON_NAME = re.compile(rf"{UPPER}[^\W\d_]*(?:{_S}{UPPER}[^\W\d_]*){{1,4}}")  # "Nguyễn Trọng Đông"
_LAST_DASH = re.compile(rf"{_S}[-–]{_S}(?!.*{_S}[-–]{_S})")


def _bodies_listed_after_date(norm: Normalized, start: int) -> tuple[dt.date, tuple[int, int], int] | None:
    """Where the issuer at ``start`` ends a list of bodies that a date opens ("Ngày …, A, B,
    <issuer>"): the date, its span, and where the list starts."""
    folded, text = norm.folded, norm.text
    last = collections.deque(_DATE_THEN_COMMA.finditer(folded, max(0, start - _LISTED_REACH), start), maxlen=1)
    if not last or (date := _make_date(last[0])) is None:
        return None
    begin = _skip_space(folded, last[0].end())
    bodies = _BODIES_BEFORE.fullmatch(folded, begin, start)
    if bodies is None or not all(text[body.start()].isupper() and _BODY_WORD.match(folded, body.start())
                                 and not _REPORTS.search(folded, body.start(), body.end())
                                 for body in _BODY_ITEM.finditer(folded, begin, start)):
        return None
    return date, last[0].span("date"), begin


def _attaching_body(norm: Normalized, attached: re.Match[str]) -> tuple[int, int] | None:
    """The body of "do <body> ban hành kèm theo", if all the words before the verb name it:
    not "chế độ …" (folded alike), nor "do Bộ Y tế quy định được ban hành kèm theo"."""
    if not norm.lowered.startswith("do", attached.start()):
        return None
    found = _lead_issuer(norm, attached.start("issuer"), attached.end("issuer"))
    if found is None:
        return None
    space = norm.text.rfind(" ", found[0], found[1])
    last_word = space + 1 if space != -1 else found[0]
    if norm.text[last_word].isupper() or _issuer_names().fullmatch(norm.folded, *found):
        return found
    return None


_SUBJECT_WORD = re.compile(r"[^\s_*]+")


def _lead_issuer(norm: Normalized, start: int, end: int) -> tuple[int, int] | None:
    """The subject before "ban hành": the last capitalised run of words in the clause."""
    text, folded = norm.text, norm.folded
    if "khoa" in folded[start:end] and (term := _TRAILING_TERM.search(folded, start, end)) is not None:
        end = term.start()  # "Ủy ban Thường vụ Quốc hội nước … Việt Nam khóa 15 ban hành": no part of the name
    dash = _LAST_DASH.search(folded, start, end)
    if (dash is not None and _BODY_WORD.match(folded, dash.end())
            and not _body_at(norm, _skip_space(folded, start), end)):
        start = dash.end()  # "Công Báo - Thành phố Hồ Chí Minh - Ủy ban nhân dân …": a heading's last part
    joined = folded.rfind(" va ", start, end)
    if (joined != -1 and _BODY_WORD.match(folded, joined + 4)
            and (len(folded[start:end].split()) > _MAX_SUBJECT_WORDS
                 or not _body_at(norm, _skip_space(folded, start), end))):
        # "… được bổ nhiệm giữ chức Phó Thủ tướng Chính phủ và Chủ tịch nước đã ký …": a clause of
        # its own after "và", its subject a body
        start = joined + 4
    words = list(_SUBJECT_WORD.finditer(text, start, end))  # (markup is no word: "*Quốc hội ban hành Luật …")
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    # Trim a leading discourse word ("Theo đó", "Cụ thể") and keep capitalised subjects.
    first = 0
    while first < len(words) and not words[first].group()[0].isupper():
        first += 1
    if first == len(words) or (first > 0 and words[first - 1].group() == "do"):
        return None  # (". … do Bộ Tài chính ban hành⏎Thông tư B": who issued the document before)
    begin = words[first].start()
    if (when := _FRONTED_WHEN.match(folded, begin, end)) is not None and (
            text[when.end():end][:1].isupper() or _SESSION.match(folded, when.end(), end)):
        begin = when.end()  # ("Đồng thời tại kỳ họp này Ủy ban Thường vụ Quốc hội đã ban hành …")
    if (session := _SESSION.match(folded, begin, end)) is not None:
        begin = session.end()  # "tại Kỳ họp thứ 10 Quốc hội khóa XV đã thông qua …"
    if (advised := _ADVISED.search(folded, begin, end)) is not None and text[advised.end():end][:1].isupper():
        begin = advised.end()  # "Bộ đã tham mưu Chính phủ ban hành …": the Government issues it
    # The subject must be a body ("Chính phủ", "Bộ trưởng Bộ Tài chính", "UBND tỉnh"),
    # not "Điều lệ Hiệp hội được Bộ Nội vụ phê duyệt".
    if not _body_at(norm, begin, end):
        return None
    end = words[-1].end()
    # "Bộ Chính trị lại ra …", "Bộ Quốc phòng mới chính thức ra …": the adverb is no name
    # (read with diacritics: "Gia Lai" is a name).
    adverbs = _TRAILING_ADVERBS.search(norm.lowered, begin, end)
    if adverbs is not None and adverbs.start() > begin:
        end = adverbs.start()
    # "Bộ Tài chính đã nhanh chóng ban hành …", "Chính phủ đã đề ra …": after the auxiliary, how
    # the body acted or another verb, in lower case, is no part of its name
    manner = _AUXILIARY_THEN_WORDS.search(text, begin, end)
    if manner is not None and manner.start() > begin:
        end = manner.start()
    if _DEMONSTRATIVE_END.search(norm.lowered, begin, end):
        return None  # "Ban này đã dự thảo ra Hiến pháp": a body named before, not a name
    # "Tổng Giám đốc Ngân hàng Quốc gia đã thừa ủy quyền của Thủ tướng Chính phủ ký …": who signs
    # is named first; for whom follows
    if (behalf := _ON_BEHALF.search(norm.lowered, begin, end)) is not None and behalf.start() > begin:
        end = behalf.start()
    # "Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ban hành …": the abbreviation is no part of the name,
    # nor the body's name now ("Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành …").
    abbreviation = _TRAILING_ABBREVIATION.search(text, begin, end)
    if abbreviation is not None and abbreviation.start() > begin:
        end = abbreviation.start()
    # "Phó Chủ tịch UBND TP Hà Nội - Nguyễn Trọng Đông ký ban hành …": the office, not who holds it
    signer = _LAST_DASH.search(folded, begin, end)
    if (signer is not None and signer.start() > begin and _PERSON_NAME.fullmatch(text, signer.end(), end)
            and not _BODY_WORD.match(folded, signer.end())):
        end = signer.start()
    elif (holder := _holder_named(norm, begin, end)) is not None:
        end = holder  # "Thủ tướng Chính phủ Phạm Minh Chính ký …", "Bộ trưởng Bộ Y tế Đào Hồng Lan ký …"
    return begin, end


# The offices of the State whose holder a text names right after them; a ministry's is its
# minister's ("Bộ trưởng Bộ Y tế Đào Hồng Lan"). (Not a province's offices: "Chủ tịch UBND tỉnh
# Lâm Đồng" ends with a place that reads as a name.)
_NATIONAL_OFFICE = re.compile(
    rf"(?:pho{_S}+)?thu{_S}tuong(?:{_S}chinh{_S}phu(?:{_S}viet{_S}nam)?)?|chu{_S}tich{_S}nuoc|tong{_S}bi{_S}thu"
    rf"|tong{_S}thong(?:{_S}viet{_S}nam{_S}cong{_S}hoa)?|thong{_S}doc{_S}ngan{_S}hang{_S}nha{_S}nuoc(?:{_S}viet{_S}nam)?"
    rf"|chanh{_S}an{_S}toa{_S}an{_S}nhan{_S}dan{_S}toi{_S}cao"
    rf"|(?P<minister>(?:pho{_S}+)?bo{_S}truong|thu{_S}truong){_S}+(?=bo{_S})")


def _holder_named(norm: Normalized, begin: int, end: int) -> int | None:
    """Where the holder's name starts in ``[begin, end)``, an office of the State and then a
    person's name of two to five capitalised words; None for anything else."""
    office = _NATIONAL_OFFICE.match(norm.folded, begin, end)
    if office is None:
        return None
    name_at = office.end()
    if office.group("minister") is not None:
        ministry = _issuer_names().match(norm.folded, office.end(), end)
        if ministry is None:
            return None
        name_at = ministry.end()
    person = _skip_space(norm.folded, name_at)
    if (person >= end or _PERSON_NAME.fullmatch(norm.text, person, end) is None
            or "viet nam" in norm.folded[person:end]):  # "Chủ tịch nước (CHXHCN) Việt Nam": the country's
        return None
    return name_at
