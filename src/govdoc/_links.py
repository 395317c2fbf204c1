"""Who does what to which document: relations of the text and links between documents.

The text is cut into sentences; in each, cue phrases ("Căn cứ", "thực hiện", "sửa đổi,
bổ sung", "thay thế", "bãi bỏ", "hết hiệu lực", "hướng dẫn", "quy định chi tiết") are
found. A cue's *subject* is the document mentioned just before it (its date, issuer
and title may sit in between), a pointing word ("Nghị định này", a bare "Thông tư"), or,
when the sentence names none, the text itself. Its *objects* are the mentions after it,
up to the next cue, with coordinated lists ("… và Nghị định số …") attached to the cue
whose objects share their document type. A subject that is a document gives a link;
a subject that is the text gives the text's own relation.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

import attrs

from govdoc import _scan
from govdoc._data import read_table
from govdoc._grammar import CITED_TYPE_WORDS, LOWER, SPACE, UPPER, trie_alternation
from govdoc._scan import WordList
from govdoc._text import Normalized, fold
from govdoc.context import (
    CITING_WORDS,
    PROVISION_CITED,
    body_acts_before,
    body_clause_after_comma,
    body_issues_between,
    body_named_before,
    body_opens,
    body_opens_clause_before,
    issuing_lead_before,
)
from govdoc.context import CLAUSE_START as _CLAUSE_START
from govdoc.doctypes import doc_types, legal_rank
from govdoc.issuers import issuers
from govdoc.mention import Kind, Link
from govdoc.named import amended_names, name_key
from govdoc.relations import Relation
from govdoc.systems import System

if TYPE_CHECKING:
    from collections.abc import Iterator

    from govdoc.find import _Draft

__all__ = ["assign_relations"]

_S = SPACE
_THIS = -1  # subject index meaning "the text itself"
_UNNAMED = -2  # a bare type word naming a document not cited by number: no subject to link
_COUNT_BEFORE = re.compile(r"(?<![\d/.,-])\d{1,3}[\s_]+\Z")  # "3 Nghị quyết …": a number of them
# "Bảng mã … và hướng dẫn sử dụng được ban hành kèm theo Quyết định A": a guide A issued, a noun
_GUIDANCE_ISSUED_WITH = re.compile(
    rf"(?:{_S}{{1,3}}[a-z]+){{0,3}}{_S}{{1,3}}duoc{_S}{{1,3}}ban{_S}{{1,3}}hanh(?![a-z])")
# "đề nghị giải đáp (hướng dẫn) về …", "hỏi về …", "vướng mắc về …" before a cue in its clause
_ASKED_ABOUT = re.compile(
    rf"(?<![^\W\d_])(?:đề{_S}nghị{_S}+(?:giải{_S}đáp|hướng{_S}dẫn)|hỏi|vướng{_S}mắc){_S}+về(?![^\W\d_])"
    r"(?:[^.;:!?\n]|\n(?![ \t]*\n))*\Z")
_ASKED_ABOUT_REACH = 120
# "thay thế Danh mục … số thứ tự 03, mục A; số thứ tự 01, 02 mục B tại Quyết định A": after ";",
# more parts of the same document
_PARTS_GO_ON = re.compile(rf";[\s_]*(?:so{_S}thu{_S}tu|muc|phan|chuong)[\s_]+[\divxlc]")
_GUIDANCE_AT = re.compile(rf"{_S}{{1,3}}tai{_S}")  # "hướng dẫn tại <doc>": the guidance in it, a noun
_OF_A_BODY = re.compile(rf"{_S}{{1,3}}cua{_S}")  # "Nghị quyết của Chính phủ …": one of that body's
_ISSUING_BEFORE = re.compile(rf"ban{_S}{{1,3}}hanh{_S}{{1,3}}\Z")
# "… khi có sửa đổi hoặc ban hành mới Quyết định thay thế Quyết định A", "xây dựng, trình ban
# hành Nghị định thay thế …": a document yet to be issued
_TO_BE_ISSUED_BEFORE = re.compile(
    rf"(?:ban{_S}{{1,3}}hanh{_S}{{1,3}}moi|(?:se|du{_S}kien|de{_S}xuat|trinh|xay{_S}dung){_S}{{1,3}}ban{_S}{{1,3}}hanh"
    rf"|xay{_S}{{1,3}}dung){_S}{{1,3}}\Z")
# The end of a legal text's enacting sentence: "… quy định chi tiết … như sau:".
_ENACTING_END = re.compile(rf"nhu{_S}sau{_S}*:[\s_*]*\Z")



@cache
def _cues() -> tuple[tuple[tuple[Relation, str], ...], WordList, re.Pattern[str]]:
    """The cue table (``data/relation_cues.csv``) and one pattern finding any cue.

    Group ``cN`` of the pattern is row N; words may be split by spaces, line breaks,
    commas or "_", and longer phrases are tried first.
    """
    rows = [(Relation(r["relation"]), r["voice"] or "active", fold(r["phrase"] or ""))
            for r in read_table("relation_cues.csv")]
    order = sorted(range(len(rows)), key=lambda n: -len(rows[n][2]))
    joiner = r"[\s_,*]{1,4}"  # "**được bổ sung** bởi": markdown may split a (passive) phrase
    pattern = "|".join(
        rf"(?P<c{n}>{joiner.join(map(re.escape, rows[n][2].split()))})" for n in order
    )
    # Two stages, for speed: the first word of a phrase with the rest of it looked ahead
    # for ("về" alone is everywhere, "về thi hành" is not; "quy định" is, "quy định chi
    # tiết" is not), then the full phrases only where one starts. The first stage consumes
    # only the first word, so a phrase starting at the second word is still seen.
    rests: dict[str, dict[str, str]] = {}
    for _, _, phrase in rows:
        first, _, rest = phrase.partition(" ")
        if first:
            rests.setdefault(first, {})[" ".join(rest.split())] = ""
    starts: dict[str, str] = {}
    for first, after in rests.items():
        if "" in after:
            starts[first] = ""  # a one-word phrase: the word alone is enough
        else:
            starts[first] = rf"(?={joiner}{trie_alternation(after, joiner)}(?![a-z]))"
    first_stage = re.compile(rf"{trie_alternation(starts, joiner)}(?![a-z])")
    return (
        tuple((relation, voice) for relation, voice, _ in rows),
        WordList(first_stage, [phrase for _, _, phrase in rows if phrase.strip()], extra="_,*", max_join=4),
        re.compile(rf"(?:{pattern})(?![a-z])"),
    )


# A line opening with a document's type word and number ("Nghị định số 92/2017/…"): after a
# line ending with ";", the list of that clause goes on ("Căn cứ Nghị định A …;⏎Nghị định B
# …;", "Thay thế Quyết định A …;⏎Quyết định B …").
_LISTED_DOCUMENT = (
    r"[ \t_]*(?:(?:Quyết[ \t_]+định|Quy[ \t_]+định|Nghị[ \t_]+(?:định|quyết)"
    r"|Thông[ \t_]+(?:tư(?:[ \t_]+liên[ \t_]+tịch)?|báo)|Chỉ[ \t_]+thị|Công[ \t_]+(?:văn|điện)|Hướng[ \t_]+dẫn"
    r"|Kết[ \t_]+luận|Pháp[ \t_]+lệnh|Luật)[ \t_]+(?:số[ \t_:]*)?"
    r"|số[ \t_]+)\d"  # ("Căn cứ các Nghị định của Chính phủ: số A …;⏎số B …": the type stated before the list)
)
# (not "Kế hoạch": a plan after ";" is most often an item of its own, with its own verb)
# A list of provisions going on in lower case on the next line: "Bãi bỏ các khoản 1, 2 Điều 1;⏎các
# khoản 1, 2 Điều 3; … của Thông tư A".
_LISTED_PART = r"[ \t_]*(?:các[ \t_]+)?(?:khoản|điểm|điều)[ \t_]+\d"

# A sentence ends at ". " (also before a footnote mark: ".[5] "), "?", "!", a blank line,
# or a line break that starts a new item (list marker, heading, table cell) or follows
# closing punctuation. (The tests hold the same rule written as one plain alternation,
# and check this pattern and its C twin, govdoc._cscan.sentence_starts, against it.)
# Every match starts at one character of a small set, so the engine skips to those
# characters instead of trying every position (spaces included). Where "." ends a
# sentence and spaces then a line break follow, the one match holds two boundaries; group
# "then" marks the second.
_BOUNDARY = re.compile(
    rf"""[.?!;:*|\n](?:
        (?<=[.?!])(?=[\s*]|\[\d{{1,3}}\]|$)(?P<then>[ \t]+\n)?   # ". ", ".[5]" (and spaces to the line break)
      | (?<=[:*|])[ \t]+\n                        # closing punctuation, spaces, line break
      | (?<=;)[ \t]+\n(?!{_LISTED_DOCUMENT}|{_LISTED_PART})  # (after ";", unless the list goes on)
      | (?<=\n)\s*\n                              # a blank line
      | (?<=[.:!?*|]\n)                           # a line break after closing punctuation
      | (?<=;\n)(?!{_LISTED_DOCUMENT}|{_LISTED_PART})
      | (?<=\n)(?=[ \t]*(?:[*\-+\#|>]|\d{{1,2}}\ ?[.)]\s|căn|Căn|Điều[ \t]+\d{{1,3}}[a-z]?[ \t]*[.:-]
                         |Chương[ \t]+[IVXLCDM\d]
                         |Thực[ \t_]hiện|Triển[ \t_]khai))  # a new item (not "khoản 1⏎Điều 20 Thông tư …"),
                                                            # a clause opening with its verb
    )""",
    re.VERBOSE,
)
# "Doanh nghiệp … có bị xử phạt không, căn cứ theo khoản 4 Điều 7 Luật …": a Q&A page
# restates its question, then answers with its own basis.
_ANSWER_AFTER_QUESTION = re.compile(
    rf"(?<![^\W\d_])(?:không|bao{_S}lâu|bao{_S}nhiêu(?:{_S}[^\W\d_]+)?|nào|gì|ra{_S}sao|thế{_S}nào|đâu)[?\s*]*,[\s_]*\Z"
)
# "Căn cứ … Quyết định A thì …": what follows "thì" is the sentence's own clause.
_THEN_CLAUSE = re.compile(r"(?<![^\W\d_])thì(?![^\W\d_])")
# "Căn cứ Quyết định A …; Theo đề nghị của … tại Tờ trình B": the proposal, a clause of its own
_PROPOSAL_CLAUSE = re.compile(r";[\s_*]*(?:theo|xét)[\s_]+(?:đề[\s_]+nghị|đề[\s_]+xuất)(?![^\W\d_])")
# "…, thì căn cứ quy định tại Điều 61 Bộ luật …"; "… an toàn xã hội căn cứ tại khoản 1 Điều
# 8 Luật …": an answer giving the provision it rests on, with no one else doing the "căn cứ".
_THEN_BASIS = re.compile(rf"(?<![^\W\d_])thì{_S}+\Z")
_FORMERLY = re.compile(rf"(?<![^\W\d_])trước{_S}đây[\s_,]*\Z")  # "Trước đây, căn cứ …": no longer
_PINPOINT_BASIS = re.compile(
    rf"(?:{_S}+(?:theo|tại|vào))?(?P<rule>{_S}+quy{_S}định{_S}tại)?{_S}+(?:điểm|khoản|điều){_S}+[\w.]{{1,8}}"
    rf"(?![^\W\d_])")
# "thực hiện" used as a noun ("trong thực hiện", "hiệu quả thực hiện") or to mean
# "contribute to" is no implementing of a document; nor is "thực hiện theo" (act per).
_NOMINAL = re.compile(
    rf"(?<![^\W\d_])(?:trong|(?<!về{_S})(?<!với{_S})việc|(?:quá|tiến){_S}trình|hiệu{_S}quả|kết{_S}quả|tình{_S}hình|góp{_S}phần"
    rf"|tiến{_S}độ"  # "đẩy nhanh tiến độ thực hiện Quyết định A": the pace of carrying it out, a noun
    rf"|thời{_S}gian|(?<!thông{_S})qua"  # "Sau thời gian thực hiện …", "Qua thực hiện Chỉ thị 30, …": looking back
    rf"|khi"  # "chi phí phát sinh khi thực hiện Luật Đất đai mới": when it is carried out
    # "Trách nhiệm tổ chức thực hiện Nghị quyết 68 …": whose task it is; "sau khi sơ kết 7 năm
    # thực hiện Nghị quyết 21": a review of the carrying out; "gắn với việc triển khai …" is not
    rf"|liên{_S}quan{_S}đến|(?<!có{_S})(?<!chịu{_S})trách{_S}nhiệm|sơ{_S}kết|tổng{_S}kết|(?<=\d{_S})năm"
    rf"|điều{_S}kiện|thủ{_S}tục|trình{_S}tự|cách{_S}thức"  # "Điều kiện (thủ tục) thực hiện …": a noun
    rf"|kinh{_S}phí|nguồn{_S}vốn|ngân{_S}sách"  # "kinh phí thực hiện Nghị định 73": funds for carrying it out
    # "Tổ công tác thực hiện Đề án 30", "Ban Chỉ đạo thực hiện …": a body's name (but "về việc
    # thành lập Ban chỉ đạo thực hiện Quyết định B": a step to carry B out)
    rf"|(?<!lập{_S})(?:tổ{_S}công{_S}tác|tổ{_S}giúp{_S}việc|ban{_S}chỉ{_S}đạo|ban{_S}điều{_S}hành))"
    rf"{_S}{{1,3}}\Z"
)
# "sớm sửa đổi Luật …", "cần thay thế …", "đã chỉ đạo sửa đổi …": an amendment asked for,
# ordered or planned, not made.
_PROSPECTIVE = re.compile(
    rf"(?<![^\W\d_])(?:sớm|cần|phải|sẽ|nghiên{_S}cứu|đề{_S}xuất|đề{_S}nghị|kiến{_S}nghị|dự{_S}kiến|dự{_S}thảo"
    rf"|chuẩn{_S}bị|xem{_S}xét|góp{_S}ý|chỉ{_S}đạo|yêu{_S}cầu|chủ{_S}trương|định{_S}hướng"
    rf"|có{_S}thẩm{_S}quyền"  # "báo cáo cấp có thẩm quyền bãi bỏ …": for another to do
    rf"|rà{_S}soát"  # "Phối hợp rà soát, sửa đổi Luật Quy hoạch": a task, to review, then change
    rf"|sau{_S}khi)"  # "Sau khi sửa đổi, bổ sung Luật A thì …": when, not an act
    rf"(?:{_S}|,){{1,3}}\Z"  # "đề nghị nghiên cứu, sửa đổi …"
)
# What a change acts on, unnumbered and named for carrying a document out: "… cập nhật Chương
# trình hành động của Chính phủ " (then "thực hiện Nghị quyết B").
_UNNAMED_CHANGED = re.compile(
    rf"(?:[\s_,]+(?:cap{_S}nhat|mot{_S}so{_S}noi{_S}dung{_S}cua))?[\s_]+(?:chuong{_S}trinh|ke{_S}hoach|de{_S}an)"
    rf"(?:{_S}hanh{_S}dong)?(?:[\s_]+cua[\s_]+[^\W\d_]+(?:{_S}[^\W\d_]+){{0,4}})?[\s_]+")
# A plan's task, its content field: "+ Nội dung: (bao gồm) quy định chi tiết … Luật A"; what a plan
# to simplify procedures proposes: "d. Kiến nghị thực thi: Sửa đổi khoản 13, Điều 1 Nghị định A".
_CONTENT_FIELD = re.compile(
    rf"(?<![^\W\d_])(?:nội{_S}dung|kiến{_S}nghị(?:{_S}thực{_S}thi)?)"
    # (or a heading of that name: "**1.2. Kiến nghị thực thi**⏎")
    rf"(?:[ \t*]*:[\s*]*|\*{{0,2}}[ \t]*\n[\s*]*)(?:(?:bao{_S})?gồm{_S}+)?\Z")
# (not "Nghị định A có bổ sung Điều 6 Nghị định B": "có" stressing the verb)
_CHANGES_AS_NOUN = re.compile(rf"(?<![^\W\d_])có{_S}+(?:các|một{_S}số|những|nhiều)[\s_*]+\Z")
_ISSUED_AMENDED = re.compile(rf"(?<![^\W\d_])(?<!đa{_S})cấp{_S}+\Z")  # "cấp sửa đổi": to issue (a licence) amended
_DENIED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:không|chưa)(?:{_S}+(?:bị|được))?{_S}+\Z")  # "… không bị …"
_ASKED_BEFORE = re.compile(rf"(?<![^\W\d_])có(?:{_S}+(?:bị|được|đã|phải))?[\s_*]+\Z")  # "… có (bị) thay thế …"
_YES_NO_END = re.compile(r"(?<![^\W\d_])không[\s_*\"”)]*\?[\s_*\"”)]*\Z")
# "… vẫn chưa có (bất kỳ) … nào … để thay thế …", "chưa có Thông tư thay thế …": no such change yet
_NOT_YET_BEFORE = re.compile(rf"(?<![^\W\d_])chưa{_S}+có(?![^\W\d_])[^.;:\n]*\Z")
_NOT_YET_REACH = 160
_UNTIL_IN_FORCE = re.compile(rf"(?<![^\W\d_])(?:trước|sau|từ|đến|kể{_S}từ){_S}+(?:ngày|khi){_S}+\Z")
# What is done falls under the document, which it does not carry out: within its scope ("… đang
# thực hiện hợp đồng thử việc thuộc đối tượng áp dụng của Luật A"), or bound to follow it, in a
# predicate of its own ("… thực hiện nghi lễ đối ngoại phải tuân thủ các quy định của Luật A")
_UNDER_DOCUMENT = re.compile(
    rf"(?<![^\W\d_])(?:thuộc{_S}+(?:phạm{_S}vi|đối{_S}tượng){_S}+(?:áp{_S}dụng|điều{_S}chỉnh)|phải{_S}+tuân{_S}thủ)"
    rf"(?![^\W\d_])")
# "… tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế …": advice to a body to change it
_ADVISED_BEFORE = re.compile(rf"(?<![^\W\d_])tham{_S}mưu(?:{_S}+cho)?(?:{_S}+[^\W\d_]+,?){{0,9}}?{_S}+\Z")
_CITED = dict.fromkeys(CITED_TYPE_WORDS, "")  # the cited type words, as trie_alternation takes them
_CITED_WORDS = trie_alternation(_CITED, _S)  # (built once: several patterns below hold it)
# "… bổ sung X vào …", "… bổ sung “X” tại khoản 1 Điều 1 …" (not "… theo quy định tại …")
_INTO_AHEAD = re.compile(
    r"[^.;\n]{0,80}?(?<![^\W\d_])(?:vào(?![^\W\d_])"
    r"|(?<!quy[\s_]định[\s_])tại(?=[\s_]+(?:điều|khoản|điểm|mục|chương|phụ[\s_]lục)[\s_]))")
_PROVISION_NAMED = (rf"{_S}+(?:điều|khoản|điểm|mục|chương|phụ{_S}lục){_S}+[\w.]{{1,8}}"
                    rf"(?:{_S}*\([^()]{{1,60}}\))?")  # ("vào Điều 4 (thu nhập miễn thuế) của Luật B")
_INTO_DOCUMENT = re.compile(
    # ("… bổ sung vào quy định tại Điều 49 Nghị định B": into the provision)
    rf"(?<![^\W\d_])vào(?:{_S}+(?:sau|trước)|{_S}+(?:các{_S}+)?quy{_S}định{_S}+tại)?(?:{_PROVISION_NAMED})*"
    rf"(?:{_S}+của)?[\s_,]+\Z"  # ("… vào sau Chương IVa của Nghị định B")
    # "… bổ sung “…” tại khoản 1 Điều 1 của <doc>": into a provision named
    rf"|(?<![^\W\d_])(?<!quy{_S}định{_S})tại(?:{_PROVISION_NAMED})+(?:{_S}+của)?[\s_,]+\Z")
_NAMED_AT_PROVISION = re.compile(
    rf"(?<![^\W\d_])được{_S}+(?:nêu|quy{_S}định|ban{_S}hành){_S}+tại(?:{_PROVISION_NAMED})+(?:{_S}+của)?[\s_,]+\Z")
_INTO = re.compile(r"(?<![^\W\d_])vào(?![^\W\d_])")
# "điều chỉnh Quyết định số …", "điều chỉnh các Quyết định của UBND tỉnh: …", "điều chỉnh một
# số nội dung của Nghị quyết …": the document adjusted follows the verb on the same line.
_ADJUSTED_DOCUMENT = re.compile(
    # (the content quoted first: "điều chỉnh nội dung “Danh mục …” tại khoản 1 Điều 1 …")
    rf"(?:[ _,]+(?:mot{_S}so{_S}(?:noi{_S}dung|dieu)|noi{_S}dung)(?:[ _]*[\"“][^\"“”\n]{{1,300}}[\"”])?"
    rf"(?:[ _]+(?:cua|tai))?)?"
    # "… khoản 2 Điều 3 của", "Điều 11a sau Điều 11" (where a new article goes), "điểm p, q, r khoản 4"
    rf"(?:[ _]+(?:(?:sau|truoc){_S}+)?(?:dieu|khoan|diem|muc|chuong){_S}"
    rf"(?:\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}[a-z]?|[a-z]|[ivxlc]{{1,6}})(?![a-z])"  # ("điểm 4.2")
    rf"(?:[ _]*,[ _]*(?:va[ _]+)?(?:\d{{1,3}}[a-z]?|[a-z])(?![a-z])){{0,12}}"
    rf"[ _,]*(?:cua|tai)?){{0,4}}"
    # (a law named after its provision: "bổ sung Điều 47a Luật Hải quan 2014")
    rf"[ _]+(?:cac[ _]+)?(?:{_CITED_WORDS}|luat|bo{_S}luat|phap{_S}lenh)(?![a-z])"
)
# "điều chỉnh bảng giá các loại đất … ban hành kèm theo Nghị quyết …": a part of what a
# document issued, which is the document adjusted.
_ADJUSTED_PART = re.compile(rf"[^.;:\n]{{0,200}}?(?<![a-z])(?:ban{_S}hanh{_S}+)?kem{_S}theo[\s_]+")
# A provision right after a bare "bổ sung" ("bổ sung khoản 7 Điều 38 …"): what is added to.
_PROVISION_AHEAD = re.compile(rf"[ _*]+(?:dieu|khoan|diem|muc){_S}(?:\d{{1,3}}[a-z]?|[a-z])(?![a-z])")
# "(2) Bổ sung Quyết định 832/QĐ-CHQ … như sau:": a document supplemented, its additions set out.
_SUPPLEMENTED_DOCUMENT = re.compile(  # (or what it supplements: "… bổ sung cho Quyết định B")
    rf"[\s_*]+(?:cho{_S}+)?(?:{_CITED_WORDS})(?![a-z])[^.;\n]{{0,200}}?nhu{_S}sau[\s_*]*:"
    rf"|[\s_*]+cho{_S}+(?:{_CITED_WORDS})(?![a-z])")
_DRAFT_CHANGES = re.compile(
    rf"(?<![^\W\d_])dự{_S}thảo(?:{_S}+[^\W\d_]+){{1,5}}{_S}+(?:sửa{_S}đổi|bổ{_S}sung|thay{_S}thế|bãi{_S}bỏ)"
    rf"[^.;\n]{{0,60}}\Z")
_DRAFT_BEFORE = re.compile(rf"(?<![^\W\d_])dự{_S}thảo(?:{_S}+[^\W\d_]+){{1,5}}{_S}+\Z")
_PASSIVE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:bị|được){_S}{{1,3}}\Z")
# "hướng dẫn" as a noun: "theo hướng dẫn tại …", "các văn bản hướng dẫn …".
_GUIDANCE_NOUN = re.compile(rf"(?<![^\W\d_])(?:theo|văn{_S}bản|sự|có)(?:{_S}+các)?{_S}{{1,3}}\Z")
_FIRST_PERSON = re.compile(rf"[\s_]*,?[\s_]*(?:chúng{_S}tôi|tôi)(?![^\W\d_])")
_IN_PARENTHESES = re.compile(r"\s?(?:(?:nam\s)?(?:19|20)\d\d\s?)?\)")  # "(sửa đổi)", "(sửa đổi, bổ sung năm 2021)"
# "thực hiện theo …", "thực hiện đúng quy định của Luật …": acting by a document, not implementing it.
_ACCORDING = re.compile(rf"{_S}{{1,3}}(?:theo|tại|dựa{_S}+(?:trên|vào)|đúng{_S}+(?:các{_S}+)?quy{_S}định"
                        rf"|(?:các{_S}+|những{_S}+)?hành{_S}+vi)(?![^\W\d_])")  # ("thực hiện hành vi …": an act)
# Between "thực hiện" and the document it implements: a few words, none that cite a
# provision ("quy định tại khoản 5 Điều 28 Luật Giá" is a mention) and no act of issuing
# ("Thực hiện chủ trương …, Chính phủ đã ban hành Nghị quyết …" implements the policy), and
# not the guidance written for it ("triển khai các văn bản hướng dẫn thi hành Luật …").
_PROVISION = re.compile(
    # ("thực hiện đúng chủ trương theo Kết luận …": the policy the document lays down)
    rf"(?<![^\W\d_])(?:(?<!chủ{_S}trương{_S})(?<!tinh{_S}thần{_S})(?<!định{_S}hướng{_S})theo(?!{_S}chỉ{_S}đạo)|kèm{_S}theo|quy{_S}định{_S}(?:tại|trong)|điều|khoản|phụ{_S}lục"
    rf"|ban{_S}hành|văn{_S}bản{_S}hướng{_S}dẫn"
    # ("thực hiện công việc … không đúng với quy định Luật Kế toán": the standard an act is held
    # against, as with "theo quy định")
    rf"|(?:không{_S}đúng|trái|phù{_S}hợp)(?:{_S}với)?{_S}quy{_S}định)(?![^\W\d_])"
)
# "thực hiện nghiêm chủ trương tạm dừng tuyển dụng, bổ nhiệm, … theo Kết luận số 128-KL/TW":
# however long the policy's description, the policy is the one the document lays down.
_POLICY_PER = re.compile(
    rf"[\s_]*(?:(?:nghiêm|đúng|tốt)[\s_]+)?(?:các[\s_]+)?(?:chủ{_S}trương|tinh{_S}thần|định{_S}hướng)(?![^\W\d_])"
    rf"[^\n.;:()\"“”]{{0,240}}(?<![^\W\d_])theo[\s_]+\Z"
)
# "điểm a khoản 2 Điều 28 ", "Điều 14, 18 " (a list of numbers too)
_PINPOINT = (rf"(?:(?:điểm|khoản|điều){_S}+(?:\d{{1,3}}[a-zđ]?|[a-zđ])"
             # ("… khoản 3 Mục II", "… Chương III Phụ lục I")
             rf"|(?:mục|phần|chương|phụ{_S}lục){_S}+(?:[ivxlc]{{1,6}}|\d{{1,3}})(?![^\W\d_]))"
             rf"(?:[\s_]*,[\s_]*\d{{1,3}}[a-zđ]?(?![^\W\d_]))*[\s_,]*(?:và{_S}+)?")
_PINPOINT_OBJECT = re.compile(rf"[\s_]*(?:{_PINPOINT}){{1,6}}(?:của[\s_]+)?\Z")
_ISSUING_VERB_BEFORE = re.compile(  # ("… Bộ trưởng ký Quyết định B")
    rf"(?<![^\W\d_])(?:ban{_S}hành|xây{_S}dựng|có|ký|ra)(?:{_S}+(?:các|những))?[\s_*]*\Z")
# A body named by its level only ("Ủy ban nhân dân cấp tỉnh", "các cấp ủy"), or any unit's head
# ("người đứng đầu đơn vị"), opening the main clause after a "Căn cứ" clause: the words of a law
# or decree on what such bodies do
_LEVEL_BODY_ACTS = re.compile(
    rf",{_S}*(?:các{_S}+cấp{_S}(?:ủy|uỷ)|người{_S}đứng{_S}đầu|(?:ủy{_S}ban{_S}nhân{_S}dân|uỷ{_S}ban{_S}nhân{_S}dân|ubnd|hội{_S}đồng{_S}nhân{_S}dân"
    rf"|hđnd|chủ{_S}tịch{_S}(?:ủy{_S}ban{_S}nhân{_S}dân|uỷ{_S}ban{_S}nhân{_S}dân|ubnd)){_S}+(?:các{_S}+)?cấp{_S}+"
    rf"(?:tỉnh|huyện|xã))(?![^\W\d_])")
_LEVEL_BODY_REACH = 400
# (not within what the document cited prescribes: "Căn cứ Điều 5 Nghị định A quy định về thẩm
# quyền của Ủy ban nhân dân cấp huyện, Chủ tịch Ủy ban nhân dân cấp huyện …" is the text's basis)
_CLAUSE_MARK_OR_BREAK = re.compile(  # (also glued: "…NĐ-CPquy định"; not the type word: "Quy định số 366")
    rf"[;:\n]|quy{_S}định(?!{_S}+(?:tại(?![^\W\d_])|số|\d))")
# "Giao Sở A …", "giao cho UBND …", "… có (chịu) trách nhiệm …": a body is given the task; "… để
# các Bộ, ngành, địa phương xây dựng kế hoạch, tổ chức triển khai …": the task is theirs
_ASSIGNED = re.compile(
    rf"(?<![^\W\d_])(?:[Gg]iao(?:{_S}+cho)?{_S}+(?={UPPER})|(?:có|chịu){_S}trách{_S}nhiệm(?![^\W\d_])"
    rf"|[Pp]hân{_S}+công{_S}+(?:cho{_S}+)?(?:cơ{_S}quan|đơn{_S}vị|(?={UPPER}))"  # (a body: not "phân công nhiệm vụ")
    rf"|[Đđ]ể{_S}+(?:cho{_S}+)?các{_S}+(?:[Bb]ộ|ngành|địa{_S}phương|cơ{_S}quan|đơn{_S}vị|[Ss]ở|cấp)(?![^\W\d_]))")
_ASSIGNED_REACH = 160
# An item of a list (its mark), under a line ending in a colon: "- Giao Ủy ban nhân dân Thành phố:⏎+ …"
_TASK_ITEM = re.compile(r"[ \t*]*(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])[ \t*]")
_LINE_END_AFTER = re.compile(r"[ \t*]*\n")
_TASK_LIST_REACH = 1200
_GUIDED_MATTER_REACH = 160
_CLAUSE_MARK = re.compile(r"[.;:()]")
_OPENS_AFTER_SEMICOLON = re.compile(r";[\s_*]*\Z")
_AND_THEN = re.compile(r"(?<![^\W\d_])và[\s_*]+\Z")
# "## Tổ chức thực hiện Quyết định A": a heading naming a document's closing article, as
# pages walking through it do; nothing is carried out
_SECTION_HEADING = re.compile(r"(?:\A|\n)[ \t]*#{1,6}[ \t*]*\Z")
_SECTION_NAME = re.compile(r"to[ _]chuc[ _]+thuc[ _]hien")
_ISSUED_REACH = 600  # how far after a fronted "Thực hiện …" its main clause's document may stand
# "… quy định về …": what a document does; "… về X; sửa đổi …": its name does, listing it
_PRESCRIBES_FIRST = re.compile(rf"[\s_*,]*(?:quy{_S}định|về)(?![^\W\d_])")
# After the document a "Căn cứ" clause rests on, "quy định" as its verb: what follows is what the
# document says (not "… quy định về <its title>", "… quy định chi tiết …", "quy định tại …"),
# also after a comma ("Căn cứ khoản 1 Điều 31 Nghị định A, quy định về …").
_PRESCRIBES_ABOUT = re.compile(rf"[\s_*]*,?[\s_*]*quy{_S}định{_S}+về(?![^\W\d_])")
_BASIS_PRESCRIBES = re.compile(
    rf"[\s_*]*(?:(?:năm{_S}+)?\d{{4}}[\s_*]*)?(?:(?:có|đã){_S}+)?quy{_S}định"  # ("… A 2025 quy định": its year)
    rf"(?!{_S}+(?:về|chi{_S}tiết|tại|của|rõ{_S}về)(?![^\W\d_]))(?![^\W\d_])"
    # "Căn cứ Nghị định A …, hướng dẫn thi hành Luật B … theo Luật C;": what A guides, and C with it
    rf"|[\s_*]*,?[\s_*]*hướng{_S}dẫn(?:{_S}(?:thi{_S}hành|thực{_S}hiện))?(?![^\W\d_])")
_ASIDE_OPENS = re.compile(r"\([\s_*]*\Z")  # a cue right after "(" opens an aside
# "quy định chi tiết khoản 3 Điều 22, Điều 30, …, Điều 66 và Điều 68 của Luật A": however many
# provisions are listed, they are A's (the gap is bounded by _MAX_GAP)
_PINPOINT_LIST = re.compile(rf"[\s_]*(?:{_PINPOINT})+(?:của[\s_]+)?")
# "Bãi bỏ các khoản 1, 2, 4 Điều 1; Chương II, Chương III; các Điều 30, 31; Phụ lục I, III và
# IV của Thông tư A": a list of A's provisions, however long, is a part of A.
_PROVISION_NUMBER = r"(?:\d{1,3}[a-zđ]?|[ivxlc]{1,6}|[a-zđ])(?![^\W\d_])"
_PROVISION_ITEM = rf"(?:các{_S}+)?(?:điểm|khoản|điều|chương|mục|phần|phụ{_S}lục){_S}+{_PROVISION_NUMBER}"
# (each perhaps with what it is about: "Điều 150 về tội mua bán người và Điều 151 về … của <doc>";
# the words about it never take in the next provision)
_PROVISION_ABOUT = rf"(?:{_S}+về{_S}+(?:(?!(?:điều|khoản|điểm|của){_S})[^,;.:\n()]){{1,80}}?)?"
_PROVISION_LIST = re.compile(
    rf"[\s_]*{_PROVISION_ITEM}{_PROVISION_ABOUT}(?:(?:[\s_]*(?:[,;]|và)[\s_]*|[\s_]+)"
    rf"(?:{_PROVISION_ITEM}{_PROVISION_ABOUT}|{_PROVISION_NUMBER}))*"
    rf"[\s_,]*(?:của[\s_]+)?")
_PROVISION_OBJECT = re.compile(
    rf"[\s_]*(?:các{_S}+)?quy{_S}định{_S}+(?:tại|của){_S}+(?:{_PINPOINT}){{0,6}}(?:của[\s_]+)?\Z")
# "Căn cứ kiểm điểm … theo <doc>", "Căn cứ xác định … thực hiện theo quy định tại <doc>":
# "căn cứ" as a noun (the grounds for something, perhaps listed: "Căn cứ kiểm điểm, đánh giá
# … là gì theo <doc>?"), then what they follow; not
# "Căn cứ vào/theo/tại …", "Căn cứ các quy định …", "… ban hành kèm theo <doc>".
_GROUNDS_PER = re.compile(
    rf"[\s_]+(?!(?:vào|theo|tại|quy{_S}định|các|những|điểm|khoản|điều(?!{_S}chỉnh)|mục|tiểu{_S}mục|chương|phần|phụ{_S}lục"
    rf"|nội{_S}dung|văn{_S}bản|kết{_S}quả)(?![^\W\d_])){LOWER}(?:[^\n.;:,()]|,(?=[\s_]+{LOWER}))*?(?<!kèm)[\s_]+theo[\s_]+(?:dự{_S}thảo[\s_]+)?"
    rf"(?:quy{_S}định{_S}(?:tại|của)[\s_]+(?:(?:[đĐ]iểm|[kK]hoản|[đĐ]iều){_S}+(?:\d{{1,3}}[a-zđ]?|[a-zđ])[\s_,]*)*)?\Z")
# "Căn cứ tính tiền sử dụng đất, tiền thuê đất quy định tại các khoản 1, 2 và 6 Điều 5 <doc>": the
# grounds for calculating (determining) something, prescribed by the document; a verb follows
# "căn cứ" ("Căn cứ thẩm quyền quy định tại …", with a noun, is the text's basis).
# ("## Căn cứ tính tiền thuê đất theo quy định Luật Đất đai 2024"; "2. Căn cứ ban hành quyết định
# kiểm tra …⏎và nội dung … thực hiện theo quy định tại …", its line wrapped)
_GROUNDS_FOR = re.compile(
    rf"[\s_]+(?:tính|xác{_S}định|để|ban{_S}hành)(?![^\W\d_])(?:[^\n.;:()]|\n(?![ \t]*\n))*?[\s_]quy{_S}định"
    rf"(?:{_S}(?:tại|của))?(?![^\W\d_])[^\n.;:()]*\Z")
_GROUNDS_REACH = 200  # how far the grounds named after "Căn cứ" may run before "theo <doc>"
# "Căn cứ tuyển dụng công chức được quy định tại Điều 3 <doc> như sau:": the grounds, the subject
# of a sentence that goes on to quote them (not "Căn cứ thẩm quyền được quy định tại …, UBND …")
_GROUNDS_PRESCRIBED = re.compile(
    rf"[\s_]+(?!(?:vào|theo|tại|quy{_S}định|các|những|điểm|khoản|điều|nội{_S}dung|văn{_S}bản|kết{_S}quả|thẩm{_S}quyền)"
    rf"(?![^\W\d_])){LOWER}"
    rf"[^\n.;:(),]*?[\s_]được{_S}quy{_S}định{_S}(?:tại|trong)(?![^\W\d_])[^\n.;:()]*\Z")
# "Căn cứ pháp lý của thủ tục hành chính:", a field of each procedure a decision publishes: the
# procedure's legal basis, a noun (not "I. CĂN CỨ PHÁP LÝ", a plan's own bases)
_GROUNDS_OF_PROCEDURE = re.compile(
    rf"[\s_*]*pháp{_S}+lý{_S}+(?:của{_S}+)?(?:(?:các|từng|mỗi){_S}+)?(?:thủ{_S}+tục|tthc)(?![^\W\d_])")
# (right after the document: no main clause of its own, after a comma or "thì")
_LINE_ENDS_WITH_COLON = re.compile(r"[^\n,]{0,80}?:[\s*_]*(?:\n|\Z)")


def _grounds_per(text: str, start: int, end: int) -> bool:
    """Whether "căn cứ" ending at ``start`` is a noun, the grounds for something under the
    document at ``end`` (bounded: a long sentence of documents is not rescanned for each)."""
    return end - start <= _GROUNDS_REACH and (_GROUNDS_PER.match(text, start, end) is not None
                                              or _GROUNDS_FOR.match(text, start, end) is not None
                                              or (_GROUNDS_PRESCRIBED.match(text, start, end) is not None
                                                  and _LINE_ENDS_WITH_COLON.match(text, end) is not None))


_PINPOINTED = re.compile(rf"(?<![^\W\d_])(?:{_PINPOINT})(?:của[\s_]+)?\Z")
_LINE_OPENS_BEFORE = re.compile(r"(?:\A|\n)[\s*\-+#>|\d.()]*\Z")
# Words, then a comma, right before the document: the verb's object came before it.
# "Thực hiện yêu cầu trên, …", "… thực hiện dự án (nếu có), …": the verb's object ended at the comma.
_OBJECT_CLOSED = re.compile(r"(?:[^\W\d_]+|\([^()\n]{1,40}\))[\s_]*,[\s_*]*\Z")
# "… không thực hiện sắp xếp, nên sẽ không có số liệu trong <doc>": a new clause after the comma;
# "… quy định về thực hiện giá bán điện, căn cứ Luật A …": the grounds, not what is carried out
_CLAUSE_AFTER_COMMA = re.compile(
    rf",[\s_*]*(?:nên|nhưng|song|vì{_S}(?:vậy|thế)|do{_S}đó|tuy{_S}nhiên|căn{_S}cứ)(?![^\W\d_])")
_SPACES = f"{_S}{{1,3}}"
_UNNUMBERED_DOCUMENT = re.compile(
    rf"[\s_*]*(?:cac{_SPACES})?(?:{trie_alternation(_CITED, _SPACES)})"
    rf"(?![a-z]){_S}"
)
_MAX_IMPLEMENTS_WORDS = 14
# A noun phrase a demonstrative ends, then a comma: "nội dung này,", "các nhiệm vụ trên," (not "cấp trên").
_DEMONSTRATIVE_CLOSED = re.compile(rf"(?<![^\W\d_])(?:này|(?<!cấp{_S})trên|đó|ấy)[\s_*]*,")
# What may stand between a document and its name again as the main clause's subject: a
# comma and a few words, none naming a provision ("… 2025, nội dung của <same document>")
_RESTATED_GAP = re.compile(
    r"(?:[ _*]+(?:nam[ _]+)?\d{4})?[ _*]*"
    r"(?:,[ _*]*(?:(?!(?:dieu|khoan|diem|muc|chuong|phu|tai|va|cac)(?![^\W\d_]))[^\W\d_]+[ _*]+){0,3})?"
)
_MAX_ADDED_WORDS = 30
_MAX_OBJECT_WORDS = 12
_CUE_RIGHT_AFTER = 8  # how far a mention's own verb may stand after it
_TENSE_GAP = re.compile(r"[\s_*]*(?:(?:da|se|vua|cung|moi)[\s_]+){0,2}")  # "… đã (cũng) sửa đổi"
_TENSE_REACH = 12
_CLAUSE_SUBJECT_GAP = re.compile(r"[\s_*]*")  # the main clause opens with the document
_MAX_PART_WORDS = 40  # "… <a part named at length> quy định tại <doc>" (words are syllables)
# "sửa_đổi Quy_chế cấp Giấy chứng_nhận … theo Hiệp_định … Lào ban_hành kèm theo <doc>": what a
# document issued may be named at greater length
_MAX_ISSUED_PART_WORDS = 60
_MAX_GUIDED_PART_WORDS = 30  # "hướng dẫn <what> quy định tại <doc>": further, "theo quy định tại" only says per what
_MAX_GAP = 600  # characters: more than _MAX_ISSUED_PART_WORDS words ever take
_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")  # the words a change quotes (the gap is bounded)
_COMPARED = re.compile(rf"[\s_,]*so{_S}+với(?![^\W\d_])")
_AN_ACTIVITY = re.compile(r"[\s_]+(?:cho[\s_]+)?việc(?![^\W\d_])")
# "… quy định tại <doc>", "… quy định tại điểm b, c, đ khoản 1 Điều 7 <doc>"
_PROVISIONS_OF = (rf"(?:(?:điểm|khoản|điều|mục|chương|phụ{_S}lục){_S}+[\w.]{{1,8}}"
                  rf"(?:[\s_]*(?:,|và)[\s_]*[\w.]{{1,8}}){{0,8}}"
                  # ("Điều 1 - Quyết định …", "khoản 5 và khoản 8 Điều 34 …")
                  rf"[\s_,-]+(?:(?:của|và)[\s_]+)?){{0,4}}\Z")
_PRESCRIBED_IN = re.compile(rf"(?<![^\W\d_])quy{_S}định{_S}+tại[\s_]+{_PROVISIONS_OF}")
# What a guide is about, prescribed by a document: "… hướng dẫn chế độ báo cáo theo quy định
# của Nghị định A" guides A, as "… quy định tại Nghị định A" does
_PRESCRIBED_BY = re.compile(rf"(?<![^\W\d_])quy{_S}định{_S}+(?:tại|của)[\s_]+{_PROVISIONS_OF}")
# "Giao X chủ trì, phối hợp … hướng dẫn … theo quy định tại …": a task the text gives a body
_TASKED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:giao|chủ{_S}trì|phối{_S}hợp|tham{_S}mưu)(?![^\W\d_])")
_TASK_REACH = 200
_PER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])theo[\s_]+\Z")
# "Thông tư liên tịch A hướng dẫn thực hiện chế độ … theo Quyết định B": per a document, said of
# a document's guidance (not "… ban hành kèm theo …", nor a body's "hướng dẫn … theo …")
_PER_DOCUMENT_GUIDED = re.compile(rf"(?<![^\W\d_])(?<!kèm{_S})theo[\s_]+{_PROVISIONS_OF}")
# What changing part of a document names: not "… thực hiện theo quy định tại …", done per it
# (not "… đối với trường hợp quy định tại …", the case a document sets, where something is changed)
_PRESCRIBED_PART_IN = re.compile(rf"(?<!theo{_S})(?<!trường{_S}hợp{_S}){_PRESCRIBED_IN.pattern}")
# "theo tiêu chuẩn, định mức quy định tại …": per a measure, a few words long, a document sets
_PER_MEASURE = re.compile(r"(?<![^\W\d_])theo(?:[\s_,]+[^\W\d_]+){1,5}[\s_]+\Z")
_PER_MEASURE_REACH = 48
# "… đã sửa đổi quy định về mức xử phạt … tại khoản 3 Điều 24 Nghị định A": the provision on a
# matter, and where A has it
# ("Bãi bỏ cụm từ “Công an cấp huyện” tại điểm a khoản 1 Điều 3 Nghị quyết A": words of it)
_PROVISION_NEXT = re.compile(rf"[\s_]+(?:các[\s_]+|một{_S}số[\s_]+)?(?:quy{_S}định|cụm{_S}từ|từ{_S}ngữ)(?![^\W\d_])")
# "… quy định tại", "… được sửa đổi, bổ sung tại": what a pinpoint after them names is where a
# thing is prescribed or was changed, not the part a change acts on
_PER_OR_BY_BEFORE = re.compile(rf"(?:quy{_S}định|sửa{_S}đổi|bổ{_S}sung|hướng{_S}dẫn)[\s_]+\Z")
_AT_PINPOINT = re.compile(rf"(?<![^\W\d_])tại[\s_]+(?:{_PINPOINT})+(?:của)?[\s_*]*\Z")  # ("… của **Thông tư A**")
_PRESCRIBED_REACH = 120  # characters: "quy định tại" and a pinpoint of a few parts
# "… ban hành kèm theo <doc>", "… Quy định đơn giá … tại <doc>": a part of the document
_ISSUED_WITH = re.compile(  # ("ban hành kèm Thông tư …": "theo" left out; "ban hành theo quyết định …")
    rf"(?<![^\W\d_])(?:(?:ban{_S}hành{_S}+(?:kèm(?:{_S}theo)?|theo)|kèm{_S}theo)[\s_]+(?:các[\s_]+)?|tại[\s_]+)\Z")
_ABOUT = re.compile(rf"{_S}{{1,3}}(?:ve|cach)(?![a-z])")  # "hướng dẫn về …", "hướng dẫn cách …"
_APPOSITIVE = re.compile(r"\(\s?\Z")
# "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về … (Công văn số 282/TTg-TKBT …)": the
# aside names the document that gives the direction carried out (on folded text)
_DIRECTION_IN_ASIDE = re.compile(
    rf"[\s_*]*(?:(?:cac|nhung){_S}+)?(?:y{_S}kien{_S}+)?chi{_S}dao(?![a-z])(?:[^;()\n]|\n(?![ \t]*\n)){{0,240}}"
    rf"\([\s_]?\Z")
_LISTED_NEXT = re.compile(r"[\s_*]*(?:,|(?<![a-z])va)[\s_*]*(?:cac[\s_]+)?\Z")  # the next item of a list
# "Khi Thông tư A có hiệu lực thi hành thì các quy định sau đây hết hiệu lực:": A is in force,
# the documents listed below expire
_IN_FORCE_THEN_LISTED = re.compile(
    rf"[\s_,*]*(?:(?:chính{_S}thức|đã){_S}+)?có{_S}+hiệu{_S}+lực(?:{_S}+thi{_S}+hành)?[\s_,]*(?:thì{_S}+)?"
    rf"(?:các|những){_S}+[^\W\d_]+(?:{_S}+[^\W\d_]+){{0,4}}?{_S}+sau(?:{_S}+đây)?[\s_]*")  # ("các Thông tư sau")
_IN_FORCE_REACH = 120
_LABELS_OPEN = re.compile(r"\([\s_*]*")
_LABELS_REACH = 120  # "… hướng dẫn Luật Nhà ở (Thông tư …": how far after the verb labels may open
# only "và" (or "đồng thời", at the same time) between a verb's object and the next verb
# ("… và tiếp tục thực hiện Công văn B": how the second verb goes on is no part of the join)
_AND_VERB = re.compile(r"[\s_,]*(?:va|dong[\s_]thoi)[\s_,]+(?:(?:tiep[\s_]tuc|cung|se|da)[\s_]+)?")
_TENSE_ONLY = re.compile(r"[\s_*]*(?:(?:da|cung|vua)[\s_]+){0,2}")  # "Nghị định A (cũng) đã sửa …"
_AND_BEFORE = re.compile(r"(?<![a-z])va[\s_*]+(?:cac[\s_]+)?\Z")  # "… và (các) <doc>"
_VERB_COMMA = re.compile(r"[\s_*]*,[\s_*]*")  # "sửa đổi, bổ sung, thay thế, bãi bỏ": verbs listed
_COMMA_VERB = re.compile(r"[\s_]*,[\s_]+")  # or a comma, before a change (see changes_too)
# ", ", " và ", ", và " (not ";"), then perhaps the provision of the next agent: "… 2020 và
# điểm e khoản 1 Điều 57 Luật Quy hoạch …"
# (perhaps a list of numbers: "Điều 1, 2 Nghị định …")
# ("điểm 13 của <doc>": the provision "of" its document)
_PINPOINT_WORDS = (r"(?:diem|khoan|dieu|muc|chuong|phu[\s_]luc)[\s_]+[\w.]{1,8}"
                   r"(?:[\s_]*,[\s_]*\d{1,3}(?![\w/]))*[\s_,]+(?:cua[\s_]+)?")
_PINPOINTS = rf"(?:{_PINPOINT_WORDS}){{0,6}}"
_JOINER = r"[\s_]*(?:,[\s_]*(?:va[\s_]+)?|(?<![a-z])va[\s_]+)"  # ", ", " và ", ", và "
# The next item of a list, by its provision: ", và Điều 5 " (perhaps read from after the ","), or
# after ";" ("thực hiện Điều 31 Luật A; khoản 1 Điều 6 Nghị quyết B …").
_PROVISION_JOINED = re.compile(
    rf"(?:{_JOINER}|[\s_]*;[\s_]*(?:va[\s_]+)?|(?<=,)[\s_]*|(?<=,[\s_])[\s_]*)(?:{_PINPOINT_WORDS}){{1,6}}")
_LIST_JOIN = r"[,;][\s_]*(?:va[\s_]+)?|(?<![a-z])va[\s_]+"  # ", ", "; ", ", và ", " và "
_EXPIRING_JOINED = re.compile(r"[\s_]*(?:" + _LIST_JOIN + ")" + _PINPOINTS)
_NUMBER_WORD = r"(?:so[\s_]+)?"  # "… bởi các Luật số A, số B và số C": the type word said once
_AGENTS_JOINED = re.compile(_JOINER + r"(?:boi[\s_]+)?" + _PINPOINTS + _NUMBER_WORD)  # "… bởi B và (bởi) khoản 7 … C"
_ABOUT_BEFORE = re.compile(r"(?<![a-z])ve(?:[\s_]+viec)?[\s_,:*]*\Z")  # "… về Sửa đổi …": a title's words
_AGENT_MARK = re.compile(r"[\s_,*]*(?:boi|theo|tai|bang)(?![a-z])")  # "… được sửa đổi bởi|theo|tại …"
_LEAD_IN_REACH = 400  # how long a line leading in to a quotation may be
_NEXT_OBJECT_GAP = re.compile(r"[\s_*]{0,8}")  # a verb, then the document it acts on
_ABOUT_IN = re.compile(r"(?<![a-z])ve[\s_]")  # what a document is about, opening
_ISSUES_IN = re.compile(r"(?<![a-z])(?:ban[\s_]hanh|phe[\s_]duyet)[\s_]")  # or what it issues or approves
_SEMICOLON_JOINED = re.compile(r"[\s_]*;[\s_]*(?:va[\s_]+)?")
# "… bởi khoản 24 Điều 1 Luật B; khoản 4 Điều 54 Luật C như sau": after ";", a provision opens
# the list's next item (a new clause does not start with one)
_PROVISION_AFTER_SEMICOLON = re.compile(rf"[\s_]*;[\s_]*(?:va[\s_]+)?(?:{_PINPOINT_WORDS}){{1,6}}")
# In an aside the list may go on after ";": "(được sửa đổi bởi … Nghị định B; điểm g … Nghị định C)".
# … or after its own verbs: "(được sửa đổi bởi … Nghị định B và bãi bỏ, sửa đổi một số khoản tại Nghị định C)".
_AGENT_VERBS = (r"(?<![a-z])va[\s_]+(?:duoc[\s_]+)?(?:(?:bai[\s_]bo|sua[\s_]doi|bo[\s_]sung)[\s_,]*(?:va[\s_]+)?){1,3}"
                r"(?:mot[\s_]so[\s_]+(?:khoan|dieu|diem)[\s_]+)?(?:tai|boi|theo)[\s_]+")
_AGENTS_JOINED_IN_ASIDE = re.compile(r"[\s_]*(?:" + _AGENT_VERBS + "|" + _LIST_JOIN + ")" + _PINPOINTS + _NUMBER_WORD)
# "Nghị định A (dưới đây gọi chung là Nghị định A) và Nghị định B": the alias is an aside
# the list reads past.
_ALIAS_ASIDE = re.compile(
    rf"\([\s_]*(?:(?:duoi|sau){_S}day{_S}+)?(?:goi(?:{_S}(?:chung|tat))?|viet{_S}(?:gon|tat)){_S}+la[^()\n]{{1,160}}\)")
# "Nghị định A (có hiệu lực từ ngày 01/07/2025) và Nghị định B": when it takes effect, likewise.
_IN_FORCE_ASIDE = re.compile(rf"\([\s_]*(?:co{_S}+)?hieu{_S}luc[^()\n]{{1,60}}\)")
_ALIAS_TAIL = 8  # what may close an alias after its mention: " )"
_PURPOSE = re.compile(r",[\s_]*(?:de|nham)[\s_]+\Z")  # "…, để triển khai …": the text's purpose
# "<A> (gồm 5 điều,) có hiệu lực (thi hành) kể từ ngày …." then a sentence of changes opening
# with the verb (perhaps after "Đồng thời,")
_IN_FORCE_FROM = re.compile(rf"[^.;\n]{{0,40}}?(?<![^\W\d_])có{_S}+hiệu{_S}+lực[^;:]*\Z")
_IN_FORCE_REACH = 200
_DAY_OF = re.compile(r"(?<![a-z])(?:ngay|khi)[\s_*]*\Z")
_MEANWHILE = re.compile(rf"[\s_*#>-]*(?:(?:đồng{_S}thời|ngoài{_S}ra|cùng{_S}với{_S}đó)[\s_,]*)?")
_IN_FORCE_THEN = re.compile(rf"[^;]*hieu{_S}luc[^;]*;[\s_]*\Z")  # "… có hiệu lực từ ngày …; <verb>"
# "A (được bổ sung bởi … B, được sửa đổi bởi … C)", "A được sửa đổi bởi B (được sửa đổi bởi
# C)", "A được sửa đổi bởi B và bị bãi bỏ bởi C": after a comma, a parenthesis or "và", a second
# passive verb is said of A again, not of B (also of a part of A: "…, có cụm từ bị thay thế bởi …").
_NEXT_PASSIVE_REACH = 24
_GUIDING_DOCUMENTS = re.compile(rf"(?<![^\W\d_])văn{_S}bản(?:{_S}+quy{_S}định{_S}chi{_S}tiết{_S}+và)?[\s_]+\Z")
_AND_OPENS = re.compile(r"va[\s_]")  # a cue opening with "và" ("và hướng dẫn tại") joins the one before
# "có cụm từ (này)", "và cụm từ (loại gỗ)": words of the document before, changed in turn
_PHRASE_OF_IT = r"(?:co|va)[\s_]+(?:cum[\s_]tu|tu[\s_]ngu|noi[\s_]dung)(?:[\s_]+nay)?(?:[\s_]*\([^()\n]{1,40}\))?[\s_]+"
_NEXT_PASSIVE = re.compile(rf"(?:[,(][\s_]*(?:{_PHRASE_OF_IT})?|(?<=[\s_])(?:{_PHRASE_OF_IT}|va[\s_]+))\Z")
# Right after a passive verb, one more item and no agent ("… đã được sửa đổi, bổ sung và Điều
# 37 …"); not more verbs ("… được sửa đổi và bãi bỏ một số khoản bởi …").
_ISSUED_BEFORE = re.compile(rf"(?<![^\W\d_])ban{_S}hành{_S}+\Z")
_ANOTHER_ITEM_AFTER = re.compile(
    rf"[\s_]*,?[\s_]*(?:va|hoac)[\s_]+(?!(?:duoc{_S}+)?(?:bai{_S}bo|bo{_S}sung|sua{_S}doi|thay{_S}the|dieu{_S}chinh)(?![a-z]))")
_NAMED_BY_WHAT_IT_AMENDS = re.compile(r"(?<![a-z])cua(?![a-z])")
# Between two listed items: ", ", " và ", " hoặc các ", ", số " (an item without its type word).
# The next item of what is carried out, named by the direction it gives: "…; chỉ đạo của Bộ …
# tại các văn bản: số …"
_DIRECTED_AT = re.compile(
    rf"[\s_,*]*;[\s_*]*(?:(?:va|cac){_S}+)?(?:y{_S}kien{_S}+)?chi{_S}dao"
    rf"(?:{_S}+cua(?:[^;:.\n]|\n(?![ \t]*\n)){{1,80}}?)?"
    rf"{_S}+tai{_S}+(?:cac{_S}+van{_S}ban[\s_]*:?[\s_]*)?(?:so[\s_:]*)?")
# (also a type word and a colon before the items: "…; Các Công điện: số A, số B")
_COORDINATION = re.compile(
    rf"[\s_,;*\"”)]*(?:(?:va|hoac|cung){_S}+)?(?:cac{_S}+(?:(?:{_CITED_WORDS}){_S}*:[\s_]*)?)?"
    rf"(?:so[\s_:]*)?")
# "… sửa đổi Điều 2 và khoản 1 Điều 4 Nghị định A về … theo quy định tại Nghị định B": what
# the change follows, not one more document it changes.
_PER_DOCUMENT = re.compile(  # (not "… ban hành kèm theo <doc>", where a part of it stands)
    rf"(?<![a-z])(?:(?<!kem{_S})theo|phu{_S}hop{_S}voi)(?:{_S}+(?:cac{_S}+)?quy{_S}dinh{_S}+(?:tai|cua))?[\s_]+\Z")
# ("… để phù hợp với quy định của <doc>": what a change conforms to)
_PER_REACH = 40
_PER_PROVISIONS_REACH = 80  # "theo quy định tại điểm b khoản 2 Điều 19 ": the provisions too
# "… theo quy định tại ": what a change follows (not "… ban hành kèm theo ", what it changes)
_PER_PROVISIONS = re.compile(
    rf"(?<![a-z])theo{_S}+(?:cac{_S}+)?quy{_S}dinh{_S}+(?:tai|cua)(?:{_S}+(?:diem|khoan|dieu){_S}+[\w.]{{1,6}},?)*[\s_]+\Z")
_NEXT_REACH = 8  # white space and markup between a verb and the document right after it
_IN_CLAUSE = r"(?:[^.;\n]|\.(?![\s_]))"  # a character of the clause ("TP. Hồ Chí Minh" keeps its dot)
# The rest of what a listed item does, then the next item: "… về lựa chọn nhà thầu; ", "…
# (trừ trường hợp …), ", "… của Bộ Tài chính và ".
_NEXT_LISTED = re.compile(rf"{_IN_CLAUSE}*?(?:[,;][\s_*]*(?:va[\s_]+)?|[\s_]+va[\s_]+)(?:cac[\s_]+)?")
# What one change's object is about, then ";" and the next change: "… thay thế Nghị định A …
# quy định …; bãi bỏ …".
_NEXT_CHANGE = re.compile(rf"{_IN_CLAUSE}*;[\s_*]*")
# "… các điểm c, k, l và o và ": provisions named by number, then "và" and the next change
_PROVISIONS_THEN_AND = re.compile(
    rf"[\s_*]+(?:(?:cac|mot{_S}so){_S}+)?(?:diem|khoan|dieu|muc|chuong|phu{_S}luc){_S}+"
    rf"(?:[a-z0-9.]{{1,6}}(?:{_S}*,{_S}*|{_S}+va{_S}+))*[a-z0-9.]{{1,6}}{_S}+va{_S}+")
# "về (việc) (tiếp tục) (triển khai) thực hiện …": carrying out as what something is about.
_TOPIC_BEFORE = re.compile(
    rf"(?<![^\W\d_])về{_S}+(?:việc{_S}+)?(?:tiếp{_S}tục{_S}+)?(?:(?:tổ{_S}chức|triển{_S}khai){_S}+)?\Z"
    # "Chương trình hành động của Chính phủ thực hiện Nghị quyết 71": what a body's programme is
    # for (not "tổ chức thực hiện hiệu quả Nghị quyết, Chương trình hành động thực hiện …", one
    # more thing carried out)
    rf"|(?<![^\W\d_])(?:chương{_S}trình|kế{_S}hoạch){_S}+hành{_S}động"
    rf"{_S}+của{_S}+[^\W\d_]+(?:{_S}+[^\W\d_]+){{0,4}}[\s_*]+\Z")
_TOPIC_REACH = 64
# "tại Điều 1 Thông tư A, <body> bãi bỏ …": the document the body acts by.
_THROUGH_DOCUMENT = re.compile(
    r"(?<![^\W\d_])(?:tại|theo|bằng)[\s_]+(?:(?:điều|khoản|điểm|mục|phần|chương)[\s_]+[\w.]{1,6}[\s_,]+){0,3}\Z")
# "… chỉ đạo của Bộ Chính trị tại Kết luận A, Kết luận B và của Thường trực Thành ủy tại Công
# văn C": the next item, with the body it comes from.
_AND_ANOTHER_BODY = re.compile(
    rf"[\s_,]*va{_S}+cua{_S}+[^\n.;:,()\d]{{2,60}}?{_S}+(?:tai|theo){_S}+(?:cac{_S}+)?(?:so[\s_:]*)?")
# "… Thông tư A quy định công tác kiểm tra về phòng cháy, chữa cháy; Thông tư B …": what an
# item of a list is about, then the next item.
_DESCRIBES = rf"quy{_S}dinh(?!{_S}chi{_S}tiet)"  # "… quy định về X" (not "quy định chi tiết", which guides)
# What an item is about, up to the next item: "… X; ", "… X, và ", "… X và các ".
# (an abbreviation: "… tổng sản phẩm (GDP)"; the document's short name: "… đến năm 2030 (Nghị quyết số 163/2024/QH15)")
_DESCRIPTION_CHAR = r"[^.;:\n()]|\n(?![ \t]*\n)|\([a-z0-9&]{2,12}\)|\([a-z][a-z_\s]{1,20}so[\s_]+\d[\w/.-]{0,30}\)"
_DESCRIPTION_END = rf"(?:[\s_]*[,;][\s_]*(?:va{_S}+)?|{_S}+va{_S}+)(?:cac{_S}+)?"
_DESCRIPTION_TO_NEXT = rf"(?:{_DESCRIPTION_CHAR})+?{_DESCRIPTION_END}"
# (what it prescribes may come in parts: "… quy định X; quy định Y và Thông tư B")
_DESCRIBED_ITEM = re.compile(  # "… quy định về X", "… ban hành Kế hoạch …", "… phê duyệt Chiến lược …"
    rf"[\s_,]*(?:{_DESCRIBES}|ban{_S}hanh|phe{_S}duyet|(?<=ban{_S}hanh{_S}))"
    + rf"(?:{_DESCRIPTION_CHAR}|;(?=[\s_]*{_DESCRIBES}))+?{_DESCRIPTION_END}" +
    r"(?:(?:diem|khoan|dieu|muc|chuong|phu[\s_]luc)[\s_]+[\w.]{1,8}(?:[\s_]*,[\s_]*\d{1,3}(?![a-z]))*[\s_,]+){0,6}")
_MAX_DESCRIPTION = 240
# "… quy định đối tượng, … xếp loại Điều 5, Điều 6, Điều 18 <doc>": provisions the description
# names (after a word, not after a list's "," or ";"), of the document next
_PROVISIONS_NAMED = re.compile(
    r"(?<![^\W\d_])(?!(?:va|hoac)[\s_])[^\W\d_]+[\s_]+"
    r"(?:(?:diem|khoan|dieu|muc|chuong)[\s_]+(?:\d[\w.]{0,7}|[ivxlc]{1,6}(?![^\W\d_])|[a-z](?![^\W\d_]))[\s_,]*)+\Z")
# (a number, a numeral or a letter: not "điều kiện")
# "… Quyết định A ngày … của Ủy ban nhân dân tỉnh phân cấp thẩm quyền … và Quyết định B": what
# A does, right after its issuer with no "về", up to "và" and the next item
_DESCRIBED_AFTER_ISSUER = re.compile(rf"[\s_]*(?:{_DESCRIPTION_CHAR})+?{_S}+va{_S}+")
_MEASURES_AFTER_DETAILS = len(" một số điều và ")
# "biện pháp thi hành (một số điều của) Luật …": the measures for carrying out a document
_MEASURES_FOR_DOCUMENT = re.compile(
    rf"[\s_*]+(?:mot{_S}so{_S}(?:dieu|noi{_S}dung)(?:{_S}cua)?{_S}+)?"
    rf"(?:luat|bo{_S}luat|phap{_S}lenh|nghi{_S}quyet|nghi{_S}dinh|quyet{_S}dinh|thong{_S}tu|chi{_S}thi)(?![a-z])")
# The same, opening with a verb the cue table holds ("… Kết luận A … hướng dẫn xây dựng …; ")
_DESCRIBED_BY_VERB = re.compile(_DESCRIPTION_TO_NEXT)
_CLAUSE_REST = re.compile(rf"(?P<words>[^.;:\n]{{0,{_MAX_DESCRIPTION}}})(?P<end>[.;:\n]?)")
_AS_FOLLOWS_IN = re.compile(rf"nhu{_S}sau|bao{_S}gom")
_DESCRIPTION_AHEAD = re.compile(rf"[\s_,]*{_DESCRIBES}(?![a-z])")
# ("các nghị định …" reads the same: only whether one is there, and its type, are used.)
_GENERIC_TYPES = ("nghi dinh", "thong tu", "quyet dinh", "van ban", "nghi quyet", "luat")
_GENERIC_WORDS = trie_alternation(dict.fromkeys(_GENERIC_TYPES, ""), _S, word_start=True)
_GENERIC_NOUN = re.compile(rf"(?P<type>{_GENERIC_WORDS})(?![a-z])(?!{_S}{{1,3}}(?:so|\d))")
# "… theo quy định của Nghị định quy định chi tiết … Luật A": a document of the kind, unnumbered,
# right before its own verb (the verb's subject, which names no document)
_UNNAMED_BEFORE = re.compile(rf"(?P<type>{_GENERIC_WORDS})(?![a-z]){_S}+\Z")
_UNNAMED_REACH = 16
# "…, các Nghị quyết của Quốc hội, <doc>": documents of a kind listed between two items
_KINDS_LISTED = re.compile(
    rf"[\s_*]*,?[\s_*]*(?:cac|nhung){_S}+(?:{_GENERIC_WORDS})(?![a-z])(?:[^,;:.\n]{{0,40}}?)[\s_*]*,[\s_*]*(?:va{_S}+)?")
# "sửa đổi, bổ sung một số điều tại các Nghị quyết của Hội đồng nhân dân tỉnh: số <doc>; số <doc>":
# what is changed, of documents of a kind a body issued, listed after a colon
_KINDS_OF_BODY_LISTED = re.compile(
    rf"[\s_,]*(?:mot{_S}+so{_S}+(?:dieu|noi{_S}+dung|quy{_S}+dinh){_S}+(?:cua|tai){_S}+)?(?:cac|nhung){_S}+"
    rf"(?:{_GENERIC_WORDS})(?![a-z])(?:{_S}+(?:cua|do){_S}+[^,;:.\n\d]{{2,60}}?)?[\s_*]*"
    rf"(?:(?:bao{_S}+)?gom[\s_*]*)?:[\s_*]*(?:so[\s_:]*)?")
# "các luật về …", "các nghị định …": documents of a kind
_KINDS_OF = re.compile(rf"(?<![a-z])(?:cac|nhung){_S}+{_GENERIC_WORDS}(?![a-z])")
# A clause that ends by announcing a list, and the opening of one item of it.
_ENDS_WITH_COLON = re.compile(r":[\s*_]*\Z")
_FOLLOWING = re.compile(r"(?<![a-z])sau[\s_]day(?![a-z])")  # "các văn bản sau đây …"
_FOLLOWING_REACH = 200  # how far from the cue "sau đây" may stand
_LIST_ITEM_NEXT = re.compile(r"[\s*]*(?:[a-zđ][)]|-|\d{1,2}[.)])[ \t]")  # the next line opens "a) ", "- ", "1. "
_NUMBERED_ITEM_NEXT = re.compile(r"[\s*]*\d{1,2}[.)]")  # the next line opens "1."
_BLANK_TAIL = 16  # what may stand between a verb ending its line and the end of its sentence
_BLANK_LEAD = re.compile(r"[ \t*_#]*")  # what may open a sentence before its words
# "**Điều 1. " opening a line, before the sentence of its heading
_HEADING_ARTICLE = re.compile(r"(?:\A|\n)[ \t*#>_]*(?:Điều|ĐIỀU)[ \t_]+\d{1,3}[ \t_]*\.[ \t*_]*\Z")
_AGENTS_LISTED = re.compile(r"[\s*_]*:[\s*_]*\n")  # "… được bổ sung bởi:⏎"
_QUOTE_OPENS_BEFORE = re.compile(r"(?:(?<![^\s(:\[])\"|“)[*_]*\Z")  # an opening quote, right before
# "(trong đó có <doc>", ", trong đó có <doc>"
_NAMED_AMONG = re.compile(r"[(,][\s_]*trong[\s_]do[\s_]+(?:co|gom|la)[\s_]+\Z")
# "1.", "a)", "(1)", "-"; "1 ." in word-segmented text
_LIST_ITEM = re.compile(r"[\s*]*(?:\(?(?P<number>\d{1,2}) ?[.)]|\(?[a-zđ][.)]|[-+•])?[\s*]*")
_MAX_LISTED = 50
# "… thay thế các Quyết định: số A …": a list of one type's documents by their numbers.
_NUMBERS_AFTER_COLON = re.compile(rf"(?<![a-z])(?:cac|nhung){_S}+[a-z]+(?:{_S}[a-z]+){{0,2}}[\s_*]*:[\s_*]*so[\s_:]*\Z")
_COLON_OPENER_REACH = 40
_NEXT_NUMBER = re.compile(r";[\s_*]*(?:va[\s_]+)?so[\s_:]*\Z")  # "…; số B": the list's next item
_INLINE_LEAD_REACH = 120  # "… hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành:"
_INLINE_FIRST = re.compile(r"[\s_*]*(?:so[\s_:]*)?")  # ": số A …"
_INLINE_NEXT = re.compile(r"[\s_*\"”)]*;[\s_]*(?:va[\s_]+)?(?:so[\s_:]*)?")  # "…; số B …"
_FOOTER_NOTE = "Văn bản này chưa cập nhật nội dung"  # (a law library page's, below its footer title)
_FOOTER_LINE_REACH = 600
_MAX_LISTED_LINES = 400  # the lines a list after a colon may run (its items, and their wrapped lines)
_FIRST_WORD = re.compile(r"[ \t*]*([^\W\d_])")
# A line that ends mid-phrase (in a word, a comma or a dash), as a line wrapped at a fixed width does.
# "… Quyết định A ngày … và <another part> …": the joiner before another part a change acts on
_PART_JOINED = re.compile(rf"[\s_*]*(?:{_LIST_JOIN})(?=[a-z])")
_ITEM_UNFINISHED = re.compile(r"(?:[^\W_]|[,(–-])[ \t*]*\n\Z")
_MARKUP_TAIL = 8
_WRAPPED_MIN = 50  # the shortest line wrapped at a fixed width
_ARTICLE_OPENS = re.compile(r"[ \t*#]*(?:Điều|Chương|Mục|Phần)[ \t]+[\dIVXLC]")
_NESTED_TOPIC = 8  # a verb further than this before the next document acts on a topic, not on it
_LISTED_LINE = re.compile(rf";[ \t]*\n(?={_LISTED_DOCUMENT})")  # an item's line, the list going on
_ITEM_REACH = 1200  # characters: how long one item of such a list may run (its title included)
# Between two items of a list of documents, one item a line: "…;⏎⏎*Căn cứ ", "…;⏎- ".
_NEXT_ITEM = re.compile(r"[\s_*,]*;[\s_*]*(?:(?:can[\s_]cu|[-+•]|\(?\d{1,2} ?[.)])[\s_*:]*)?(?:(?:theo|vao)[\s_]+)?")
_ITEM_GAP = 40
# A list item naming a part of its document first: "+ Mục 1 phần 3 tại Thông tư A …".
# ("- Điều 8, 11, 13 và 25 Quyết định A …": several numbers of one kind)
# (up to two dozen parts: "Khoản 1 Điều 11, Điều 14, Điều 18, điểm b khoản 1 và khoản 4 Điều 27 ",
# "Khoản 2, khoản 3 Điều 2 và khoản 1, …, khoản 11 Điều 3 ")
_ITEM_PART = re.compile(r"(?:(?:diem|khoan|dieu|muc|phan|chuong|phu[\s_]luc)[\s_]+[\w.]{1,8}"
                        r"(?:[\s_]*(?:,|va(?![a-z]))[\s_]*\d{1,3}[a-zđ]?(?![\w.]))"
                        r"{0,12}[\s_,]+(?:va[\s_]+)?){1,24}(?:(?:tai|cua|thuoc)[\s_]+)?")
_AMONG_WORDS, _AMONG_REACH = 6, 60  # how far "trong đó" may stand before a ref it introduces (words, characters)
_INHERIT = re.compile(rf"{trie_alternation({'trong do': ''}, _SPACES, word_start=True)}(?![a-z])")
_AS_FOLLOWS = re.compile(rf"[\s_,]*(?:nhu{_S}{{1,3}}sau|thanh){_S}*:")
# "… hết hiệu lực kể từ ngày <B> có hiệu lực", "… khi <B> có hiệu lực"
_AFTER_EXPIRY = re.compile(rf"[^.;\n]{{0,40}}?(?:tu{_S}{{1,3}}(?:ngay|thoi{_S}diem)|(?<![a-z])khi)[\s_*]{{1,6}}")
_BARE_TYPE = re.compile(
    rf"(?P<word>{trie_alternation(_CITED, _SPACES, word_start=True)})"
    rf"(?![a-z])(?!{_S}{{1,3}}(?:so|\d))"
)
_CHANGES = (Relation.AMENDS, Relation.REPLACES, Relation.REPEALS)
_ASIDE_REACH = 120  # how far back an aside holding a passive cue may open
_POINTED_REACH = 200  # how far back "Nghị định này …" may stand before a clause that acts for it
# "… <doc> năm 2025 nêu rõ:⏎⏎", "… <doc> quy định như sau:⏎⏎": a quotation of the document follows
# (on its own line: a colon inside a sentence introduces the text's own list).
_QUOTE_INTRO = re.compile(
    rf"(?:[\s_,*]+nam{_S}\d{{4}})?(?:[\s_*]+(?:co{_S})?(?:neu{_S}ro|neu|xac{_S}dinh|ghi{_S}ro|chi{_S}ro|quy{_S}dinh"
    rf"|ket{_S}luan|yeu{_S}cau)(?:{_S}(?:cu{_S}the{_S})?nhu{_S}sau)?)?[\s_*]*:[ \t_*]*\n[\s_*>]*")
_QUOTE_INTRO_REACH = 80
# "… <doc> năm 2025 đã nêu ra các cơ sở ban hành Nghị quyết … như sau:⏎⏎", "<doc> quy định
# nguyên tắc và căn cứ … như sau:": what it sets out may be named between the verb and "như sau".
_WORDY_QUOTE_INTRO = re.compile(
    rf"(?:[\s_,*]+nam{_S}\d{{4}})?[\s_*]+(?:da{_S})?(?:co{_S})?(?:neu(?:{_S}(?:ra|ro))?|xac{_S}dinh|ghi{_S}ro"
    rf"|chi{_S}ro|ket{_S}luan|quy{_S}dinh)(?![a-z])[^\n:;.]{{0,120}}?{_S}nhu{_S}sau[\s_*]*:[ \t_*]*\n[\s_*>]*"
    rf"|(?:[\s_,*]+nam{_S}\d{{4}})?[\s_*]+nhu{_S}sau[\s_*]*:[ \t_*]*\n[\s_*>]*")  # "Theo quy định tại <doc> như sau:"
_WORDY_QUOTE_INTRO_REACH = 220
# What may open the line that introduces a quotation: "Cụ thể, theo …", "Tại …", "Theo đó, …",
# "Tại Mục I …", "Theo hướng dẫn tại …", "Điều 5 …".
_BY_DOCUMENT = re.compile(
    rf"[\s*\-+#>|\d.()]*(?:[^\W\d_]+(?:[ _][^\W\d_]+)?,[\s_]*)?(?:và[\s_]+)?{CITING_WORDS}{PROVISION_CITED}{{0,3}}"
    r"(?:[^\W\d_]+(?:[ _][^\W\d_]+){0,4}[ _]ban[ _]hành[ _]kèm[ _]theo[\s_]+)?\Z"
    # or the provision alone: "Điều 5 <doc> nêu rõ … như sau:"
    rf"|[\s*\-+#>|\d.()]*{PROVISION_CITED}{{1,3}}\Z")
# A line of a list: "- …", "+ …", "1. …", "a) …", "[1] …", "**[1] Cơ sở pháp lý**".
_ITEM_MARK = r"(?:[-+•]|\(?\d{1,2} ?[.)]|\[\d{1,2}\]|[a-zđ]\))"
_LIST_LINE = re.compile(rf"[ \t*>]*{_ITEM_MARK}")
_MARKER_ONLY = re.compile(rf"[ \t*>]*{_ITEM_MARK}?[ \t*]*")  # all a line holds before its sentence
# A quoted article's label, opening its line: "Điều 21. Sửa đổi, bổ sung …", "**Điều 23. Hiệu lực …**".
_ARTICLE_LABEL = re.compile(r"[ \t*#>]*(?:Điều|ĐIỀU)[ \t]+\d{1,3}[a-zđ]?[ \t]*[.:][ \t*]*")
_MARKER_REACH = 12
_ARTICLE_LABEL_REACH = 20  # "**Điều 123a.** ": how long a quoted article's label may be
_MAX_LIST_LINES = 30  # how many lines of a quoted list to walk back over: bounded on any input
_MAX_LIST_LINE = 2000  # how long each may be
_MAX_BLANK = 40
_MAX_HEADING = 80  # how long a quoted article's own heading may be ("Điều 75. Hiệu lực thi hành")
_REPORTED_REACH = 600  # how far back "Theo đó, thực hiện …" may look for the document it reports on
# "Ngày 18/11, Bộ Tài chính ban hành Công văn A …⏎⏎Theo đó, thực hiện Kết luận B …": what A does.
_ACCORDINGLY = re.compile(r"[\s*]*theo[ _]đó[\s,_]*(?:(?:để|nhằm)[\s_]+)?\Z")  # ("Theo đó, nhằm triển khai …")
# "chưa có Thông tư thay thế …", "Có Nghị định nào thay thế …?": a document yet to be named,
# said to exist or not; no earlier one of its type.
_THERE_IS = re.compile(r"(?<![^\W_])có[ _]+\Z")
# "… theo quy định tại Nghị định quy định chi tiết …": a document cited by what it does, so
# not the text itself, though the text is of that type, nor the last one of its type
# (in the sentence: "Tại Nghị định sửa đổi … Nghị định A quy định …" opening it names the
# decree a news text is about)
_CITED_AT = re.compile(r"(?<![^\W_])(?:quy[ _]định[ _]+tại|theo)[ _]+\Z")
# "… là nghị định nào", "… là văn bản nào": which document it is, asked (in a headline's
# words too: "Trên đây là thông tin về Nghị định thay thế … là nghị định nào")
_WHICH_ONE = re.compile(r"(?P<asked>(?<![^\W_])là[ _]+(?:[^\W\d_]+[ _]+){1,2}nào(?![^\W_]))|[.;?\n]")
_WHICH_ONE_REACH = 120


def _in_aside(folded: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` stands in parentheses opened after ``lo`` (and within reach)."""
    window = folded[max(lo, pos - _ASIDE_REACH):pos]
    return window.rfind("(") > window.rfind(")")


@attrs.define
class _Cue:
    relation: Relation
    voice: str
    start: int
    end: int
    sentence: int
    subject: int | None = None  # draft index, _THIS, or None (a generic subject)
    co_subjects: list[int] = attrs.Factory(list)  # "được sửa đổi bởi Luật A, Luật B và Luật C"
    reported: int | None = None  # a news text's document, acting with the text ("Theo đó, thực hiện …")
    objects: list[int] = attrs.Factory(list)
    generic: str | None = None  # "các nghị định …" as an object: its folded type word
    quoted: bool = False  # a basis in the words of a document the text quotes: the text's none
    listed_after: int | None = None  # the cue of the verb listed before it ("sửa đổi, bổ sung, thay thế …")
    expires_listed: bool = False  # an expiry whose documents are listed after its colon


# What the cited provision says may itself cite documents ("Căn cứ Điều 10 Thông tư A các
# ngạch … quy định tại Thông tư A này áp dụng Bảng 2 ban hành kèm theo Nghị định B"):
# from a document named as where something is set out ("quy định tại/của …"), the sentence
# reports content.
_CONTENT_CITES = re.compile(
    rf"(?<![^\W\d_])quy{_S}định{_S}(?:tại|trong|của)"
    rf"(?:{_S}+(?:và{_S}+)?(?:điều|khoản|điểm|mục|chương|phụ{_S}lục){_S}+[\w.,]{{1,8}})*"
    rf"(?:{_S}+của)?{_S}+\Z"  # ("… theo quy định tại Điều 19 của Nghị định …")
)
_BASIS_ABOVE = re.compile(
    rf"[\s_]*(?:theo{_S}+)?(?:(?:cac|nhung){_S}+)?(?:quy{_S}dinh|noi{_S}dung|huong{_S}dan|van{_S}ban)"
    rf"(?:{_S}+(?:da{_S}+)?(?:neu|vien{_S}dan|noi))?{_S}+tren(?![a-z])")
_CLOSED_ABOVE = re.compile(rf"[\s_*]*(?:,|và{_S}+{LOWER})")  # (", từ ngày …", "và trình bày của Công ty, …")
_CONTENT_CITES_REACH = 96  # "quy định tại điểm e khoản 3 Điều 10 và khoản 1 Điều 56 "
# "… phúc đáp <doc>": what a letter answers
_ANSWERED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:phúc{_S}đáp|trả{_S}lời){_S}+\Z")
# After the document a "Căn cứ" clause rests on, what it says: "… Quyết định A có nêu …",
# "… Thông tư A … quy định: “…”"; documents cited from there on are its content.
_BASIS_SAYS = re.compile(r"(?<![a-z])neu(?![a-z])|:")
# A part of a document: what replacing it amends ("thay thế cụm từ …", "thay thế Mẫu số 04 …").
_PART_AHEAD = re.compile(
    rf"[\s_,*]*(?:(?:các|một{_S}số){_S}+)?(?:cụm{_S}từ|từ{_S}ngữ|từ|điểm|khoản|điều|mục|chương|phụ{_S}lục|mẫu|biểu{_S}mẫu"
    rf"|bảng|nội{_S}dung)(?![^\W\d_])")
_SOME_PARTS_AHEAD = re.compile(
    rf"[\s_,*]*(?:các|một{_S}số){_S}+(?:điểm|khoản|điều|mục|chương|phụ{_S}lục|nội{_S}dung)(?![^\W\d_])")
_PART_BEFORE = re.compile(rf"(?<![^\W\d_])(?:điểm|khoản|điều|mục|phụ{_S}lục){_S}+[\w.]{{1,8}}[\s_,]*\Z")
# What a passive says was replaced: a phrase, or a part named again ("(mẫu này bị thay thế bởi …)").
_PHRASE_NOUN = re.compile(
    rf"(?<![^\W\d_])(?:cụm{_S}từ|từ{_S}ngữ"
    rf"|(?:mẫu|biểu{_S}mẫu|phụ{_S}lục|điều|khoản|điểm|mục){_S}+(?:này|đó|nêu{_S}trên|nói{_S}trên))(?![^\W\d_])")
# An applicant's papers, amended or supplemented ("hồ sơ sửa đổi, bổ sung", "tờ khai bổ sung")
_PAPERS_BEFORE = re.compile(rf"(?<![^\W\d_])(?:hồ{_S}sơ|tờ{_S}khai)[\s_]+\Z")
# A document inside the words a change quotes: "thay thế cụm từ “Thông tư số 36/2018/TT-BTC …”"
_INSIDE_QUOTED_WORDS = re.compile(rf"(?<![^\W\d_])(?:cụm{_S}từ|từ{_S}ngữ|từ)[\s_:]*[\"“][^\"“”]{{0,160}}\Z")
_QUOTED_WORDS_REACH = 200
_QUOTE_CLOSES = re.compile(r"(?:[^\"“”\n]|\n(?![ \t]*\n)){0,300}[\"”]")  # (within its paragraph: not a quote left open)
_PER_ASIDE = re.compile(rf"\({_S}?(?:thuc{_S}hien{_S}+)?theo{_S}+\Z")  # ("(thực hiện theo Nghị quyết A)")
# "(sau đây gọi tắt là …)", "(gọi chung là …)"
_ALIAS_BEFORE = re.compile(rf"(?:goi(?:{_S}(?:tat|chung))?|viet{_S}(?:gon|tat)){_S}+la[\s_*:\"“]*\Z")
_ARTICLE_HEAD = re.compile(r"(?:Điều|ĐIỀU)\s+\d{1,3}\s*\.\s*\Z|\s*(?:Điều|ĐIỀU)\s+\d{1,3}\s*\.")
_LINE_START = re.compile(r"(?:^|\n)[\s*#>|-]*\Z")
# Type words that are also common nouns: "Quy định này không áp dụng …" in a quoted article
# is "this provision", no sign that the text is a Regulation.
_ALSO_A_NOUN = frozenset({"Quy định", "Hướng dẫn"})
_TABLE_CELL_BEFORE = re.compile(r"\|[ \t*]*\Z")
# A number left blank to be filled in: "Số: /QĐ-…", "Số: ……/KH-UBND".
_BLANK_NUMBER = re.compile(r"(?<![^\W\d_])Số[\s*]*:?[\s*]*(?:/|…|\.{2,})")
_FORM_REACH = 200
_LOOK_BACK = 300  # how far back a bare type word may stand before its cue
# A heading line that is the type word alone, near the top of a legal text.
_OWN_TYPE_LINE = re.compile(r"^[ \t*#_|]*(?P<word>[^\W\d_]+(?:[ _][^\W\d_]+){0,3})[ \t*#_|:]*$", re.MULTILINE)
_HEADING_WINDOW = 3000
_FIRST_LINE = re.compile(
    r"\s*(?P<line>(?P<word>[A-ZĐ][^\W\d_]*(?:[ _][^\W\d_]+){0,3}?)[ _]+"
    r"(?:ban[ _]hành|về|v[ _]?/[ _]?v|quy[ _]định|hướng[ _]dẫn|sửa[ _]đổi|bổ[ _]sung|thay[ _]thế|bãi[ _]bỏ"
    r"|phê[ _]duyệt|giao|thành[ _]lập|công[ _]bố)(?![^\W\d_])[^\n]*)")
_MAX_STEPS = 50  # bound on walking back over mentions of one type
_CAPTION_REACH = 400  # how long a picture's caption may be
_IMAGE_CREDIT = re.compile(r"\((?:hinh|anh)(?![a-z])[^()\n]{0,80}\)[\s*_]*\Z")  # "(Hình từ Internet)", "(Ảnh: …)"
_MAX_NAME_STEPS = 8  # how far back the law an amending law is named by may stand
_MAX_EARLIER_CUES = 10  # how many earlier cues a coordinated list may attach to


def _next_word_is_cue(folded: str, start: int, cue_start: int) -> bool:
    """Whether at most one word stands between a bare type word and its cue."""
    return len(folded[start:cue_start].split()) <= 1


def _change_not_made(lowered: str, start: int) -> bool:
    """Whether the words before an active change at ``start`` say it is not made: asked for,
    ordered or planned ("sớm sửa đổi …", "dự thảo Nghị quyết … sửa đổi …", "tham mưu UBND tỉnh
    sửa đổi …"), not made yet ("… chưa có … dự thảo nào … để thay thế …"), or the changes a
    document holds, named as a noun ("Thông tư A có một số sửa đổi, bổ sung sau:")."""
    return (_PROSPECTIVE.search(lowered, max(0, start - 16), start) is not None
            or _DRAFT_BEFORE.search(lowered, max(0, start - 48), start) is not None
            or _ADVISED_BEFORE.search(lowered, max(0, start - 64), start) is not None
            or _CHANGES_AS_NOUN.search(lowered, max(0, start - 24), start) is not None
            or _NOT_YET_BEFORE.search(lowered, max(0, start - _NOT_YET_REACH), start) is not None)


def _item_number(item: re.Match[str] | None) -> int | None:
    """The number of a list item's mark ("11.", "(3)"), if it has one."""
    return int(item.group("number")) if item is not None and item.group("number") else None


def _object_gap(norm: Normalized, cue: _Cue, end: int) -> bool:
    """Whether the words between a cue and a mention let the mention be its object."""
    if _PER_ASIDE.search(norm.folded, max(cue.end, end - 24), end):
        return False  # "Bãi bỏ phần B2 (theo Quyết định …)": the aside says where, not what
    if end - cue.end > _MAX_GAP and cue.relation is not Relation.BASED_ON:
        return False  # far more words than any rule below allows; and slicing the gap of every
        # cue before a far mention would be quadratic
    if (cue.relation in _CHANGES
            and _INSIDE_QUOTED_WORDS.search(norm.lowered, max(cue.end, end - _QUOTED_WORDS_REACH), end)
            and _QUOTE_CLOSES.match(norm.lowered, end)):
        return False  # "Thay thế cụm từ “Quyết định số 1719/QĐ-TTg” bằng …": the words changed cite it
    if (cue.relation in _CHANGES and _NAMED_AMONG.search(norm.folded, max(cue.end, end - 24), end)
            and _GENERIC_NOUN.search(norm.folded, cue.end, end)):
        return True  # "sửa đổi … một số điều của 11 Luật về quốc phòng (trong đó có Luật A)": A is one of them
    if cue.relation is Relation.IMPLEMENTS:
        if (norm.text[cue.start].isupper() and _PROVISION_OBJECT.match(norm.lowered, cue.end, end)
                and _LINE_OPENS_BEFORE.search(norm.text, max(0, cue.start - 12), cue.start)):
            # "Thực hiện quy định tại khoản 1 Điều 11 Nghị quyết 190/2025/QH15, …" opening the
            # text's clause: it carries out the document's provision ("thực hiện theo quy định
            # tại …" inside a sentence says only how something is done)
            return True
        return _implements_gap(norm, cue.end, end)
    if cue.relation in _CHANGES and _PER_PROVISIONS.search(norm.folded, max(cue.end, end - _PER_PROVISIONS_REACH), end):
        # "… phải lập, sửa đổi, phê duyệt lại hồ sơ theo quy định tại Thông tư A": what it follows;
        # so does "xử lý theo hình thức điều chỉnh hoặc thay thế theo quy định tại … Nghị định A"
        return False
    if cue.relation is Relation.AMENDS and _bare_supplement(norm.folded, cue.start, cue.end):
        # "bổ sung" alone amends only what it adds into: "… bổ sung Điều 17a vào Nghị định …",
        # or the document whose provision it adds to (read below as any other amendment).
        if (_NAMED_AT_PROVISION.search(norm.lowered, max(cue.end, end - 60), end) is not None
                and _INTO.search(norm.lowered, cue.end, end) is not None):
            return True  # "bổ sung các cửa khẩu sau vào danh sách … được nêu tại Điều 2 Nghị quyết B":
            # into a list B's article holds (a long one; the gap is bounded by _MAX_GAP above)
        if _INTO_DOCUMENT.search(norm.lowered, max(cue.end, end - 60), end) is not None:
            # (what is added may be named at length: "bổ sung Chương IVb “…” gồm Điều 44c và
            # Điều 44d vào sau Chương IVa của Nghị định B")
            return len(norm.lowered[cue.end:end].split()) <= _MAX_ADDED_WORDS
        if not (_supplemented_provision(norm.folded, cue.end) or _SUPPLEMENTED_DOCUMENT.match(norm.folded, cue.end)):
            return False
    if cue.relation is Relation.BASED_ON and _grounds_per(norm.text, cue.end, end):
        return False  # "Căn cứ kiểm điểm đảng viên năm 2025 theo Quy định 366": "căn cứ" a noun, the grounds
    if (cue.relation is Relation.BASED_ON and (above := _BASIS_ABOVE.match(norm.folded, cue.end)) is not None
            and _CLOSED_ABOVE.match(norm.text, above.end()) is not None):
        return False  # "Căn cứ các quy định nêu trên, Nghị định A … sửa đổi …": the basis was cited above
    if cue.relation is Relation.BASED_ON:
        # "Căn cứ quyết định chủ trương đầu tư, nhà đầu tư lập … theo quy định tại Điều 19
        # Nghị định …": the basis ended at the comma; what follows cites the document.
        if _DRAFT_CHANGES.search(norm.lowered, max(cue.end, end - 120), end):
            return False  # "Căn cứ Điều 2 Dự thảo Nghị quyết sửa đổi Hiến pháp": the basis is the draft
        if _THEN_CLAUSE.search(norm.lowered, max(cue.end, end - _MAX_GAP), end):
            return False  # "Căn cứ theo Điều 3 Quyết định A thì Quyết định A … có hiệu lực": the main clause
        cites = _CONTENT_CITES.search(norm.lowered, max(cue.end, end - _CONTENT_CITES_REACH), end)
        return cites is None or "," not in norm.text[max(cue.end, cites.start() - _MAX_GAP):cites.start()]
    if cue.relation in _CHANGES and _KINDS_OF_BODY_LISTED.fullmatch(norm.folded, cue.end, end):
        return True
    words = len(norm.lowered[cue.end:end].split())
    if cue.relation in _CHANGES and words > _MAX_PART_WORDS:
        # "Bãi bỏ nội dung “…” tại khoản 9 Điều 29 Thông tư …": the words quoted are one part
        words = len(_QUOTED.sub(" ", norm.lowered[cue.end:end]).split()) + 1
    if (cue.relation in _CHANGES and _MAX_OBJECT_WORDS < words <= _MAX_ISSUED_PART_WORDS
            and (_ISSUED_WITH.search(norm.lowered, max(cue.end, end - 40), end)
                 or (words <= _MAX_PART_WORDS and (
                     _prescribed_part(norm.lowered, cue.end, end)
                     or ((pinpoint := _AT_PINPOINT.search(norm.lowered, max(cue.end, end - _PRESCRIBED_REACH), end))
                         and not _PER_OR_BY_BEFORE.search(norm.lowered, max(cue.end, pinpoint.start() - 24),
                                                          pinpoint.start())))))):
        # "sửa đổi, bổ sung một số nội dung của Bảng giá … ban hành kèm theo Nghị quyết …",
        # "Bãi bỏ khoản thu … quy định tại Điều 1 - Quyết định số 1057/QĐ-UB", "thay thế một số
        # cụm từ của Quy định … ban hành kèm theo Quyết định …": changing, replacing or repealing
        # part of what a document issued or prescribes is changing the document.
        return True
    if cue.relation is Relation.GUIDES and _PINPOINT_LIST.fullmatch(norm.lowered, cue.end, end):
        return True
    if cue.relation is Relation.GUIDES and (prescribed := _guided_per(norm, cue, end)) is not None:
        gap = norm.lowered[cue.end:prescribed].split()
        if len(gap) <= _MAX_GUIDED_PART_WORDS and not any("(" in word for word in gap):
            # "hướng dẫn thực hiện phân loại mặt hàng … để áp dụng thuế suất … quy định tại Quyết
            # định …": guiding what a document prescribes is guiding the document (not in an
            # aside: "(trừ trường hợp quy định tại …)").
            return True
    return words <= _MAX_OBJECT_WORDS


def _prescribed_part(lowered: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` name a part a document prescribes right before it
    at ``end`` ("… khoản thu … quy định tại Điều 1"); not the measure something is done
    by ("thay thế trang bị … theo tiêu chuẩn, định mức quy định tại Phụ lục II …")."""
    prescribed = _PRESCRIBED_PART_IN.search(lowered, max(start, end - _PRESCRIBED_REACH), end)
    return prescribed is not None and _PER_MEASURE.search(
        lowered, max(start, prescribed.start() - _PER_MEASURE_REACH), prescribed.start()) is None


def _line_start(text: str, pos: int, reach: int) -> int:
    """Where the line holding ``pos`` starts, looking at most ``reach`` characters back."""
    return max(text.rfind("\n", max(0, pos - reach), pos) + 1, pos - reach, 0)


def _guided_per(norm: Normalized, cue: _Cue, end: int) -> int | None:
    """Where "quy định tại/của" (or, when a document guides, a bare "theo") starts right
    before the document at ``end`` that a guiding cue's matter is per; None if nothing does."""
    window = max(cue.end, end - _PRESCRIBED_REACH)
    prescribed = _PRESCRIBED_BY.search(norm.lowered, window, end)
    by_document = cue.subject is not None and cue.subject >= 0
    if (prescribed is not None and not by_document
            and _PER_WORD_BEFORE.search(norm.lowered, max(0, prescribed.start() - 8), prescribed.start())
            and _TASKED_BEFORE.search(norm.lowered, _line_start(norm.lowered, cue.start, _TASK_REACH), cue.start)):
        # "Giao X chủ trì, phối hợp … hướng dẫn tổ chức chủ trì ký Hợp đồng … theo quy định tại
        # Điều 15 Nghị định A": a task the text gives a body, done per A ("Thông tư này hướng dẫn
        # … theo quy định tại Nghị định A" guides A)
        return None
    if prescribed is None and by_document:
        prescribed = _PER_DOCUMENT_GUIDED.search(norm.lowered, window, end)
    return prescribed.start() if prescribed is not None else None


def _bare_supplement(folded: str, start: int, end: int) -> bool:
    """Whether the cue at ``[start, end)`` is "bổ sung" alone (not "sửa đổi, bổ sung")."""
    return folded[start:end].replace("_", " ").split() == ["bo", "sung"]


def _supplemented_provision(folded: str, end: int) -> bool:
    """Whether a bare "bổ sung" ending at ``end`` adds to a provision of a document: "bổ sung
    khoản 7 Điều 38 của Quy định ban hành kèm theo Quyết định …" amends that decision."""
    return _PROVISION_AHEAD.match(folded, end) is not None and (
        _ADJUSTED_DOCUMENT.match(folded, end) is not None or _ADJUSTED_PART.match(folded, end) is not None)


def _adjusting(folded: str, start: int, end: int) -> bool:
    """Whether the cue at ``[start, end)`` is "điều chỉnh" (to adjust), with or without "bổ sung"."""
    return folded[start:end].replace("_", " ").replace(",", " ").split()[:2] == ["dieu", "chinh"]


def _implements_gap(norm: Normalized, start: int, end: int) -> bool:
    """Whether the words between "thực hiện" and a document let it be the object."""
    gap = norm.lowered[start:end]
    among = _INHERIT.search(norm.folded, max(start, end - _AMONG_REACH), end)
    if among is not None and len(norm.folded[among.end():end].split()) <= _AMONG_WORDS:
        return True  # "… các văn bản chỉ đạo …; trong đó trọng tâm là <ref>" (not "trong đó xác định … của <ref>")
    if "," in gap and issuing_lead_before(norm, end):
        return False  # "Để triển khai Nghị quyết trung ương này, Thủ tướng Chính phủ ra Chỉ thị A": A is issued
    if _OBJECT_CLOSED.search(gap) and not _UNNUMBERED_DOCUMENT.match(norm.folded, start):
        # "Thực hiện yêu cầu trên, Luật Đầu tư …": the object ended at the comma. After a
        # document cited without a number ("thực hiện Nghị quyết Trung ương 4 khóa XII,
        # Kết luận số 21-KL/TW") the comma goes on with the list.
        return False
    if _DEMONSTRATIVE_CLOSED.search(gap):
        return False  # "Để thực hiện nội dung này, … cần … sửa đổi Luật A": the object was "nội dung này"
    if _CLAUSE_AFTER_COMMA.search(gap) or _THEN_CLAUSE.search(gap):
        return False  # (", nên …", "… thực hiện phân loại thì được giữ nguyên …": the main clause)
    if _UNTIL_IN_FORCE.search(gap):
        return False  # "công việc đã thực hiện trước ngày Quyết định A có hiệu lực": a time, not an object
    if _UNDER_DOCUMENT.search(gap):
        return False
    if _POLICY_PER.fullmatch(gap):
        return True
    if _PINPOINT_OBJECT.match(gap):
        # "triển khai thực hiện Điều 4 Nghị định 145/2020/NĐ-CP", "(Thực hiện điểm a khoản 2
        # Điều 28 Luật Thủ đô)": the verb's object is an article of the document.
        return True
    return len(gap.split()) <= _MAX_IMPLEMENTS_WORDS and not _PROVISION.search(gap)


def _sentences(text: str) -> list[int]:
    """Start offsets of sentences: 0 and the end of every boundary."""
    if _scan.sentence_starts is not None:
        return _scan.sentence_starts(text)  # the same rule in C: a Python loop per boundary costs more
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        if match.group("then") is not None:
            starts.append(match.start() + 1)
        starts.append(match.end())
    return starts


def _year_of(draft: _Draft) -> int | None:
    """The year a mention's document was issued, as the text states it: by the year of its
    symbol or name ("76/2009/NĐ-CP", "Luật Đất đai 2024"), else its date's."""
    return draft.year if draft.year is not None else draft.date.year if draft.date is not None else None


def _trusted_date(draft: _Draft) -> dt.date | None:
    """A mention's date, unless its year contradicts the symbol's ("Quyết định số 33/2003/QĐ-BQP
    ngày 07/4/2023": a typo, which must not make the decision later than what amends it)."""
    return draft.date if draft.date is not None and draft.year in (None, draft.date.year) else None


def _rank(draft: _Draft) -> int | None:
    """A document's place in the order of legal force (0 is the constitution; by its type,
    or by its type and issuer), or None where the tables give none."""
    if draft.doc_type is None:
        return None
    return legal_rank(draft.doc_type, draft.reference.issuers if draft.reference is not None else ())


def _outranks(target: _Draft, acting: _Draft) -> bool:
    """Whether ``target`` ranks above ``acting``, so that ``acting`` cannot amend, replace
    or repeal it."""
    mine, theirs = _rank(acting), _rank(target)
    return mine is not None and theirs is not None and theirs < mine


def _ranks_at_most(target: _Draft, acting: _Draft) -> bool:
    """Whether ``target`` ranks at or below ``acting``, both ranks known: what a document
    can guide ranks above it."""
    mine, theirs = _rank(acting), _rank(target)
    return mine is not None and theirs is not None and theirs >= mine


_LAW_RANK = 1  # laws and codes (the constitution ranks above them)
_DECREE_RANK = 3  # decrees (ordinances rank between)


def _law_changing_a_regulation(target: _Draft, acting: _Draft) -> bool:
    """Whether ``acting`` is a law, a code or the constitution and ``target`` a decree or a
    document below it: a law amends, replaces or repeals laws and ordinances, never the
    regulations made under it."""
    mine, theirs = _rank(acting), _rank(target)
    return mine is not None and theirs is not None and mine <= _LAW_RANK and theirs >= _DECREE_RANK


def _dated_after(draft: _Draft, acting: _Draft) -> bool:
    """Whether ``draft`` was issued after ``acting``, by their dates or the years of their
    symbols or names: then ``acting`` cannot act on it."""
    acting_date, draft_date = _trusted_date(acting), _trusted_date(draft)
    return ((acting_date is not None and draft_date is not None and draft_date > acting_date)
            or (_year_of(acting) or 9999) < (_year_of(draft) or 0))


@cache
def _party_only(code: str) -> bool:
    """Whether only the Party's bodies carry an issuer code ("TW", "BTCTW")."""
    body = issuers().by_code(code, System.STATE)  # (a State body where the code is one; else any)
    return body is not None and body.system is System.PARTY


@cache
def _state_only(code: str) -> bool:
    """Whether only the State's bodies carry an issuer code ("TCT", "BTC")."""
    body = issuers().by_code(code, System.PARTY)  # (a Party body where the code is one; else any)
    return body is not None and body.system is System.STATE


def _other_system(a: _Draft, b: _Draft) -> bool:
    """Whether two documents belong to different systems (State and Party), both known: a
    named law is the State's."""
    def system(draft: _Draft) -> System | None:
        if draft.reference is not None:
            if draft.reference.issuers and all(_party_only(code) for code in draft.reference.issuers):
                return System.PARTY  # "Quyết định số 128/QĐ-TW": a Party decision, in the State's style
            if draft.reference.issuers and all(_state_only(code) for code in draft.reference.issuers):
                return System.STATE  # "Thông tư 89-TC/TCT": a ministry's circular, in the older style
            return draft.reference.system
        return System.STATE if draft.kind is Kind.NAMED else None
    mine, theirs = system(a), system(b)
    return mine is not None and theirs is not None and mine is not theirs


def _type_named(word: str) -> str | None:
    """The registry's name of the type a (folded) type word names."""
    found = doc_types().by_name(word)
    return found.name if found is not None else None


def _type_name(draft: _Draft) -> str | None:
    return draft.doc_type.name if draft.doc_type is not None else None


def _is_law(draft: _Draft) -> bool:
    """Whether a mention cites a law or a code ("Luật …", "Bộ luật …")."""
    return _type_name(draft) in ("Luật", "Bộ luật")


class _Analysis:
    """Indexes over one text's mentions and cues, so every query is a bisection or a
    walk bounded by the text around one cue: linear overall, even on hostile input."""

    def __init__(self, norm: Normalized, drafts: list[_Draft]) -> None:
        self.norm = norm
        self.drafts = drafts
        self.text, self.folded = norm.text, norm.folded
        self.starts = _sentences(norm.text)
        self.draft_starts = [d.start for d in drafts]
        self.draft_ends = [d.end for d in drafts]
        self.sentence_ids = [self.sentence_of(d.start) for d in drafts]
        self.countable = [i for i, d in enumerate(drafts) if d.kind is not Kind.ANAPHOR]
        self.countable_starts = [drafts[i].start for i in self.countable]
        self.countable_ends = [drafts[i].end for i in self.countable]
        self.by_start = {d.start: i for i, d in enumerate(drafts)}
        self.of_type: dict[str, list[int]] = {}
        for i, d in enumerate(drafts):
            if d.kind is Kind.REFERENCE and d.doc_type is not None:
                self.of_type.setdefault(d.doc_type.name.casefold(), []).append(i)
        self.self_type = self.own_type()
        self.point_at_self()
        # A text with its own number in its header is a document, not a page quoting one.
        self.numbered_self = any(d.is_self for d in drafts)
        if not self.numbered_self:
            self.point_at_quoted()
        # The document whose quoted "Căn cứ" paragraph was read last, and where that paragraph ends.
        self.quoted_bases: tuple[int, int] | None = None
        self.cues: list[_Cue] = []
        self.cue_starts: list[int] = []
        # The last document said to amend, replace or repeal another: what a news text
        # walking through its changes ("Cụ thể: Sửa đổi khoản 1 Điều 1 …") goes on about.
        self.changing: int | None = None

    def point_at_self(self) -> None:
        """"Quyết định này" in a decision's own text is the text: its ``refers_to`` becomes the
        text's own header mention, or None (the text itself), not the last decision cited."""
        if self.self_type is None:
            return
        own = next((i for i, d in enumerate(self.drafts) if d.is_self and _type_name(d) == self.self_type), None)
        for d in self.drafts:
            if (d.kind is Kind.ANAPHOR and _type_name(d) == self.self_type
                    and self.folded[d.start:d.end].endswith("nay")):
                d.refers_to = own

    def own_type(self) -> str | None:
        """The type of the text itself: its header number's, else the one its heading or
        first line names, else the one it points at itself with."""
        own = next((d.doc_type for d in self.drafts if d.is_self and d.doc_type is not None), None)
        if own is not None and own.consolidates:
            # A consolidated text ("Số: 81/VBHN-BNNMT" over "NGHỊ ĐỊNH") reads as the document
            # it consolidates: its "Nghị định này" is the text itself.
            return self.headed_own_type() or own.name
        if own is not None:
            return own.name
        return self.headed_own_type() or self.titled_own_type() or self.pointed_own_type()

    def headed_own_type(self) -> str | None:
        """The text's own type from its heading: a line near the top that holds nothing
        but the type word in capitals ("**NGHỊ QUYẾT**", "THÔNG TƯ"), as legal texts open."""
        for line in _OWN_TYPE_LINE.finditer(self.text, 0, min(len(self.text), _HEADING_WINDOW)):
            word = line.group("word")
            if _BLANK_NUMBER.search(self.text, max(0, line.start() - _FORM_REACH), line.start()):
                continue  # a form the page shows ("Số: /QĐ-…(3)…⏎**QUYẾT ĐỊNH**"), not the text's own heading
            if word.isupper() and (doc_type := doc_types().by_name(word)) is not None:
                return doc_type.name
        return None

    def titled_own_type(self) -> str | None:
        """The text's own type from a first line that opens with the type word and goes on
        with the title ("Quyết_định ban_hành quy_chế …", "Thông tư hướng dẫn …"), as
        provincial decisions are often kept; not a headline citing a document or asking a
        question."""
        line = _FIRST_LINE.match(self.text)
        if line is None or line.group("line").rstrip().endswith("?") or self.inside_mention(line.start("word")):
            return None  # a question, or a document cited by name ("Luật sửa đổi … của Luật …")
        doc_type = doc_types().by_name(line.group("word").replace("_", " "))
        return doc_type.name if doc_type is not None else None

    def pointed_own_type(self) -> str | None:
        """The text's own type when it points at itself before citing any document of that
        type: "Nghị định này có hiệu lực …" opening the last article of a decree."""
        seen: set[str] = set()
        for d in self.drafts:
            name = _type_name(d)
            if name is None:
                continue
            if (d.kind is Kind.ANAPHOR and name not in seen and self.folded[d.start:d.end].endswith("nay")
                    and self.text[d.start].isupper() and name not in _ALSO_A_NOUN):
                return name  # (not "… chịu trách nhiệm thi hành quyết định này" copied into a news text)
            seen.add(name)
        return None

    # -- positions ---------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def opens_sentence(self, sentence: int, pos: int) -> bool:
        """Whether only a lead-in ("Theo đó, ", "1. ", "Cụ thể, ") stands between the start of
        ``sentence`` and ``pos``."""
        return _CLAUSE_START.fullmatch(self.norm.lowered, self.starts[sentence], pos) is not None

    def sentence_end(self, sentence: int) -> int:
        return self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text)

    def asks_yes_or_no(self, sentence: int) -> bool:
        """Whether the sentence asks "có … không?"."""
        end = self.sentence_end(sentence)
        return _YES_NO_END.search(self.norm.lowered, max(self.starts[sentence], end - 16), end) is not None

    def is_question(self, sentence: int) -> bool:
        """Whether the sentence asks (ends with "?"): a question states no act."""
        end = self.sentence_end(sentence)
        tail = self.text[max(self.starts[sentence], end - 8):end].rstrip(" \t\n*_\"”)")
        return tail.endswith("?")

    def inside_mention(self, pos: int) -> bool:
        k = bisect.bisect_right(self.draft_starts, pos) - 1
        return k >= 0 and pos < self.drafts[k].end

    def inside_title(self, pos: int) -> bool:
        """Whether ``pos`` is in the title of the mention before it (a title that was kept
        names no document, so only that mention's can hold ``pos``)."""
        k = bisect.bisect_right(self.draft_starts, pos) - 1
        span = self.drafts[k].title_span if k >= 0 else None
        return span is not None and span[0] <= pos < span[1]

    def last_draft_before(self, pos: int, lo: int) -> int | None:
        """The last mention (any kind) ending by ``pos`` and starting at or after ``lo``."""
        k = bisect.bisect_right(self.draft_ends, pos) - 1
        return k if k >= 0 and self.drafts[k].start >= lo else None

    def last_countable_before(self, pos: int, lo: int) -> int | None:
        k = bisect.bisect_right(self.countable_ends, pos) - 1
        if k < 0 or self.countable_starts[k] < lo:
            return None
        return self.countable[k]

    def countable_from(self, pos: int) -> int:
        """Position in ``countable`` of the first mention starting at or after ``pos``."""
        return bisect.bisect_left(self.countable_starts, pos)

    def label_after(self, word: str, pos: int) -> int | None:
        """The first document of the type ``word`` listed in parentheses soon after ``pos``, in
        its sentence: what a bare type word before it stands for (with the ones listed after it)."""
        end = min(self.sentence_end(self.sentence_of(pos)), pos + _LABELS_REACH)
        opening = _LABELS_OPEN.search(self.folded, pos, end)
        key = fold(word)
        if opening is None or self.folded[opening.end():opening.end() + len(key)].replace("_", " ") != key:
            return None
        k = self.countable_from(opening.end())
        return self.countable[k] if k < len(self.countable) and self.countable_starts[k] == opening.end() else None

    def last_of_type_before(self, type_key: str, pos: int) -> int | None:
        indices = self.of_type.get(type_key, [])
        k = bisect.bisect_left(indices, self.last_draft_index_before(pos)) - 1
        return indices[k] if k >= 0 else None

    def last_draft_index_before(self, pos: int) -> int:
        return bisect.bisect_left(self.draft_starts, pos)

    def earlier_in_sentence(self, cue: _Cue) -> Iterator[_Cue]:
        """The cues before ``cue`` in its sentence, nearest first (a bounded walk back: linear
        on any input)."""
        k = bisect.bisect_left(self.cue_starts, cue.start) - 1
        for _ in range(_MAX_EARLIER_CUES):
            if k < 0 or self.cues[k].sentence != cue.sentence:
                return
            yield self.cues[k]
            k -= 1

    def agent_before(self, cue: _Cue, index: int) -> bool:
        """Whether the mention ``index`` is an agent of a passive cue before ``cue`` in its sentence."""
        return any(earlier.voice == "passive" and index in (earlier.subject, *earlier.co_subjects)
                   for earlier in self.earlier_in_sentence(cue))

    def of_type_before(self, anaphor: int, expiring: int | None, pos: int) -> int | None:
        """The last mention before ``pos`` of the anaphor's type ("Luật này": a law, also one
        cited by name) that is not the ``expiring`` document, within a bounded walk back."""
        type_name = _type_name(self.drafts[anaphor])
        k = self.countable_from(pos) - 1
        for _ in range(_MAX_STEPS):
            if k < 0 or type_name is None:
                return None
            i = self.countable[k]
            if _type_name(self.drafts[i]) == type_name and (
                    expiring is None or not self.same_document(self.drafts[i], self.drafts[expiring])):
                return self.resolve(i)
            k -= 1
        return None

    def earlier_of_type(self, index: int) -> int | None:
        """The last full mention before ``index`` of the same type but another document."""
        target = self.drafts[index]
        type_name = _type_name(target)
        if type_name is None:
            return None
        indices = self.of_type.get(type_name.casefold(), [])
        k = bisect.bisect_left(indices, index) - 1
        for _ in range(_MAX_STEPS):
            if k < 0:
                return None
            if self.drafts[indices[k]].reference != target.reference:
                return indices[k]
            k -= 1
        return None

    # -- the pipeline ------------------------------------------------------------------

    def resolve(self, index: int) -> int | None:
        """The document a mention stands for: itself, its antecedent, or the text."""
        draft = self.drafts[index]
        if draft.kind is Kind.ANAPHOR:
            if self.self_type is not None and _type_name(draft) == self.self_type:
                return _THIS
            # "Nghị định này" with no decree named before it is the text itself.
            return _THIS if draft.refers_to is None else draft.refers_to
        return _THIS if draft.is_self else index

    def cue_ranges(self) -> list[tuple[int, int]]:
        """The stretches of text worth scanning for cues.

        A cue acts on mentions of its own sentence (its objects, the subject before it,
        the topics and clauses of that sentence) or, ending in a colon, on the list items
        right after it, so only sentences holding a countable mention and the two before
        each are scanned: there a cue may begin and run on into it, or announce a list
        whose item marker ("1.") is a sentence of its own. Cue words are common ("được",
        "thực hiện"), so on long texts this is most of the scan saved.
        """
        wanted = sorted({self.sentence_ids[i] for i in self.countable})
        ranges: list[tuple[int, int]] = []
        for sentence in wanted:
            lo, hi = self.starts[max(0, sentence - 2)], self.sentence_end(sentence)
            if ranges and lo <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
        return ranges

    def find_cues(self) -> None:
        table, first_word, cue_pattern = _cues()
        lowered, folded = self.norm.lowered, self.folded
        resume = 0
        for hit in first_word.finditer_in(folded, self.cue_ranges()):
            at = hit.start()
            if at < resume or (at and folded[at - 1].isalpha()):
                continue  # inside a word, or inside the previous cue
            match = cue_pattern.match(folded, at)
            if match is None or match.lastgroup is None or self.inside_mention(at) or self.inside_title(at):
                continue  # "về nhiệm vụ … thực hiện Kế hoạch …": a title's words act on nothing
            resume = match.end()
            if _IN_PARENTHESES.match(folded, match.end()) and folded[max(0, at - 2):at].strip() == "(":
                continue  # "Luật Quản lý thuế (sửa đổi)" names a revised law; no action
            relation, voice = table[int(match.lastgroup[1:])]
            if voice != "passive" and "*" in folded[at:match.end()]:
                continue  # only a passive phrase is read across markup ("**được bổ sung** bởi"):
                # "Luật sửa **đổi, bổ sung …" is a name the markup broke, not an act
            if (relation is Relation.AMENDS and _bare_supplement(folded, match.start(), match.end())
                    and not _INTO_AHEAD.match(lowered, match.end())
                    and not _supplemented_provision(folded, match.end())
                    and not _SUPPLEMENTED_DOCUMENT.match(folded, match.end())):
                continue  # "bổ sung" alone is a cue only where "… vào <doc>" or a provision follows
            if (relation is Relation.AMENDS and match.end() - match.start() == len("sua")
                    and not (self.names_next(self.past_pinpoints(match.end())) and self.named_before(match.start()))):
                continue  # "sửa" alone, a headline's "sửa đổi", only between two documents: "Thông tư A sửa
                # Thông tư B", "Nghị định A đã sửa Điều 11 Nghị định B"
            if (relation is Relation.AMENDS and _adjusting(folded, match.start(), match.end())
                    and not _ADJUSTED_DOCUMENT.match(folded, match.end())
                    and not _ADJUSTED_PART.match(folded, match.end())):
                continue  # "phạm vi điều chỉnh", "điều chỉnh giá": no document adjusted
            if (relation in _CHANGES and _ASKED_BEFORE.search(lowered, max(0, match.start() - 16), match.start())
                    and self.asks_yes_or_no(self.sentence_of(match.start()))):
                continue  # "Thông tư A có bị thay thế bởi Thông tư B không?": asked, not stated
            if (relation is Relation.AMENDS and voice == "active"
                    and _ISSUED_AMENDED.search(lowered, max(0, match.start() - 8), match.start())):
                continue  # "cấp, cấp lại, cấp sửa đổi, bổ sung … Giấy phép": a licence issued amended
            if relation in _CHANGES and _DENIED_BEFORE.search(lowered, max(0, match.start() - 16), match.start()):
                continue  # "Thông tư A không bị thay thế bởi Thông tư B": a change denied, not made
            if (relation is Relation.AMENDS
                    and _PAPERS_BEFORE.search(lowered, max(0, match.start() - 12), match.start())):
                continue  # "Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 …": an applicant's papers, amended
            if relation is Relation.AMENDS and _COMPARED.match(lowered, match.end()):
                continue  # "… nội dung mới, sửa đổi, bổ sung so với Luật Cư trú 2006": what differs from it
            if (relation is Relation.GUIDES and self.text[at:at + 1] == "H" and self.text[at + 1:at + 2].islower()
                    and not _CLAUSE_START.fullmatch(lowered, self.starts[self.sentence_of(at)], at)
                    and not _ABOUT_BEFORE.search(folded, max(0, at - 12), at)
                    and not self.right_after_document(at, " _*,\n")):
                continue  # "Căn cứ Mục I Hướng dẫn chẩn đoán … ban hành kèm theo Quyết định A": a guideline's
                # name (not "Thông tư A (về việc) Hướng dẫn Luật B", a title in capitals)
            if (relation is Relation.GUIDES and folded.startswith("bien", at)
                    and not _MEASURES_FOR_DOCUMENT.match(folded, match.end())):
                continue  # "biện pháp thi hành trong số hóa hồ sơ": measures, not for a document
            if relation is Relation.REPLACES and _AN_ACTIVITY.match(lowered, match.end()):
                continue  # "… thay thế cho việc tính thuế theo bộ linh kiện": a way of doing, not a document
            sentence = self.sentence_of(match.start())
            if relation is Relation.BASED_ON and not (
                    _CLAUSE_START.match(lowered, self.starts[sentence], match.start())
                    or _ANSWER_AFTER_QUESTION.search(lowered, max(0, match.start() - 24), match.start())
                    or self.pinpoint_basis(match.start(), match.end())
                    # "Căn cứ quy định tại … Luật A; căn cứ quy định tại … Luật B": the basis goes on
                    or (_OPENS_AFTER_SEMICOLON.search(lowered, max(0, match.start() - 8), match.start())
                        and any(c.relation is Relation.BASED_ON and c.sentence == sentence
                                for c in self.cues[-_MAX_EARLIER_CUES:]))
                    # "Thực hiện Công văn A … và căn cứ … Nghị định B, Bộ trưởng …": the clause's
                    # opening goes on
                    or (_AND_THEN.search(lowered, max(0, match.start() - 8), match.start())
                        and any(c.relation is Relation.IMPLEMENTS and c.sentence == sentence
                                and _CLAUSE_START.match(lowered, self.starts[sentence], c.start)
                                for c in self.cues[-_MAX_EARLIER_CUES:]))):
                continue  # "Căn cứ" opens a clause; said of someone else it is a mention
            if relation is Relation.BASED_ON and _GROUNDS_OF_PROCEDURE.match(lowered, match.end()):
                continue  # "Căn cứ pháp lý của thủ tục hành chính: - Luật A": a listed procedure's basis
            if (relation is Relation.BASED_ON
                    and (level_body := _LEVEL_BODY_ACTS.search(lowered, match.end(), min(
                        self.sentence_end(sentence), match.end() + _LEVEL_BODY_REACH))) is not None
                    and not _CLAUSE_MARK_OR_BREAK.search(lowered, match.end(), level_body.start())):
                continue  # "Căn cứ … Nghị định A …, Ủy ban nhân dân cấp tỉnh quy định …": a law's
                # words, the grounds of what any province's body does; no text's own basis
            if relation is Relation.IMPLEMENTS and (
                _NOMINAL.search(lowered, max(0, match.start() - 16), match.start())
                or _ACCORDING.match(lowered, match.end())
            ):
                continue  # "trong thực hiện …", "hiệu quả thực hiện …", "thực hiện theo …", "thực hiện hành vi …"
            if ((relation is Relation.IMPLEMENTS or (relation is Relation.GUIDES and voice == "active"))
                    and self.assigned_before(match.start(), bare=relation is Relation.GUIDES)):
                continue  # "Giao Sở A chủ trì triển khai thực hiện …", "… phân công cơ quan chức năng hướng
                # dẫn việc thu … theo quy định tại Nghị định A": a task given to a body, not done
            if (relation is Relation.IMPLEMENTS and _SECTION_NAME.fullmatch(folded, match.start(), match.end())
                    and _SECTION_HEADING.search(folded, max(0, match.start() - 24), match.start())):
                continue  # "## Tổ chức thực hiện Quyết định A": the name of A's closing article
            if voice == "active" and _PASSIVE_BEFORE.search(lowered, max(0, match.start() - 12),
                                                            match.start()):
                continue  # "… đã bị bãi bỏ theo <doc>": done to something else, by the document
            if (voice == "active" and relation is Relation.IMPLEMENTS
                    and _ASKED_ABOUT.search(lowered, max(0, match.start() - _ASKED_ABOUT_REACH), match.start())):
                continue  # "… công văn số A của Công ty đề nghị giải đáp về nghĩa vụ phối hợp thực hiện Luật B":
                # what a letter asks about, not done
            if voice == "active" and _CONTENT_FIELD.search(lowered, max(0, match.start() - 24), match.start()):
                continue  # "+ Nội dung: quy định chi tiết … Luật A": what a planned task's document will do
            if voice == "active" and relation in _CHANGES and _change_not_made(lowered, match.start()):
                continue  # "sớm sửa đổi Luật …", "dự thảo Nghị quyết của Quốc hội sửa đổi …": not done
            if relation is Relation.GUIDES and (
                    ((noun := _GUIDANCE_NOUN.search(lowered, max(0, match.start() - 12), match.start()))
                     and not (noun.group().startswith("văn") and self.lists_after(sentence, match.end())))
                    or (self.text[match.start():match.start() + 2] == "Qu"
                        and _ISSUED_BEFORE.search(lowered, max(0, match.start() - 12), match.start()))
                    or _GUIDANCE_AT.match(folded, match.end())
                    or _GUIDANCE_ISSUED_WITH.match(folded, match.end())):
                continue  # "(theo) hướng dẫn tại <ref>", "văn bản hướng dẫn" (unless it lists them:
                # "các văn bản hướng dẫn thi hành Bộ luật A:⏎(1) …"), "… ban hành Quy định chi tiết
                # về …" (the Regulation it issued, capitalised; not "… ban hành quy định chi tiết thi
                # hành … Luật …"): guidance, not guiding
            self.cues.append(_Cue(relation, voice, match.start(), match.end(), sentence))
        # "Thông tư 70/2006 … hướng dẫn sửa đổi, bổ sung Thông tư 117/2004": one act, the amendment.
        self.cues = [cue for cue, after in itertools.zip_longest(self.cues, self.cues[1:])
                     if not (cue.relation is Relation.GUIDES and after is not None and after.voice == "active"
                             and after.relation in (Relation.AMENDS, Relation.REPLACES, Relation.REPEALS)
                             and self.folded[cue.end:after.start].strip(" _,") == "")]
        # "Thông tư A hướng dẫn xác định nhu cầu, nguồn và phương thức chi thực hiện mức lương cơ sở
        # … theo Nghị định B": what a document guides may name carrying something out; no act of its own
        self.cues = [cue for n, cue in enumerate(self.cues)
                     if not (n > 0 and cue.relation is Relation.IMPLEMENTS
                             and self.guided_matter(self.cues[n - 1], cue))]
        # "… quy định chi tiết một số điều và biện pháp thi hành Luật A": one act of guiding, the
        # measures named after the details (alone, "… về Quỹ … và biện pháp thi hành Nghị quyết B")
        self.cues = [cue for n, cue in enumerate(self.cues)
                     if not (n > 0 and self.measures_after_details(self.cues[n - 1], cue))]
        self.cue_starts = [c.start for c in self.cues]

    def measures_after_details(self, earlier: _Cue, cue: _Cue) -> bool:
        """Whether ``cue`` names the measures of carrying out ("biện pháp thi hành") right after
        ``earlier`` guides: no document between, within a few words."""
        return (earlier.relation is cue.relation is Relation.GUIDES and earlier.voice == cue.voice == "active"
                and self.folded.startswith("bien", cue.start)
                and earlier.sentence == cue.sentence and cue.start - earlier.end <= _MEASURES_AFTER_DETAILS
                and self.countable_from(earlier.end) == self.countable_from(cue.start))

    def guided_matter(self, guide: _Cue, cue: _Cue) -> bool:
        """Whether ``cue`` stands inside what the document right before ``guide`` guides: the
        same clause, no mention between, and within the words a guided matter takes."""
        if (guide.relation is not Relation.GUIDES or guide.voice != "active" or guide.sentence != cue.sentence
                or cue.start - guide.end > _GUIDED_MATTER_REACH
                or _CLAUSE_MARK.search(self.folded, guide.end, cue.start) is not None):
            return False
        # (right after the document and its context: "Công văn A năm 2025 hướng dẫn triển khai …")
        return (self.right_after_document(guide.start)
                and bisect.bisect_left(self.countable_starts, guide.end) == bisect.bisect_left(self.countable_starts,
                                                                                                cue.start))

    def right_after_document(self, pos: int, blanks: str = " _*") -> bool:
        """Whether a document cited and what the finder read beside it end right before
        ``pos``, only ``blanks`` between."""
        k = bisect.bisect_left(self.countable_ends, pos + 1) - 1
        return k >= 0 and not self.folded[self.context_end_before(k, pos):pos].strip(blanks)

    def context_end_before(self, k: int, pos: int) -> int:
        """Where the mention ``countable[k]`` and what the finder read beside it end, at most
        ``pos``."""
        draft = self.drafts[self.countable[k]]
        return max(draft.end, min(draft.item_end(self.folded), pos))

    def pinpoint_basis(self, start: int, end: int) -> bool:
        """Whether a "căn cứ" inside a sentence names the provision the text rests on: right
        before the article it cites ("… an toàn xã hội căn cứ tại khoản 1 Điều 8 Luật …"),
        or after "thì" ("… hay không thì căn cứ quy định tại Điều 61 Bộ luật …")."""
        lowered = self.norm.lowered
        pinpoint = _PINPOINT_BASIS.match(lowered, end)
        if pinpoint is None or _FORMERLY.search(lowered, max(0, start - 16), start):
            return False
        return pinpoint.group("rule") is None or _THEN_BASIS.search(lowered, max(0, start - 6), start) is not None

    def filler(self, lo: int, hi: int, relation: Relation) -> bool:
        """Whether ``[lo, hi)`` holds no cue of another relation and no generic subject."""
        k = bisect.bisect_left(self.cue_starts, lo)
        while k < len(self.cues) and self.cues[k].start < hi:
            if self.cues[k].relation is not relation:
                return False
            k += 1
        return not _GENERIC_NOUN.search(self.folded, lo, hi) if lo < hi else True

    def bare_subject(self, lo: int, before: int) -> int | None:
        """A bare type word ("Nghị định có hiệu lực …, thay thế …") as the subject."""
        last = None
        for match in _BARE_TYPE.finditer(self.folded, max(lo, before - _LOOK_BACK), before):
            if self.text[match.start()].isupper() and not self.inside_mention(match.start()):
                last = match
        if last is None:
            return None
        word = " ".join(self.text[slice(*last.span("word"))].replace("_", " ").split()).casefold()
        if (_TABLE_CELL_BEFORE.search(self.text, max(0, last.start() - 8), last.start())
                or _QUOTE_OPENS_BEFORE.search(self.text, max(0, last.start() - 4), last.start())):
            # "| Nghị quyết sửa đổi … |": a row of a table of documents, not the text; "“Nghị
            # quyết sửa đổi, bổ sung … Hiến pháp”" (a headline quoted): a document named by its title
            return _UNNAMED
        if (_CITED_AT.search(self.text, max(0, last.start() - 16), last.start())
                and _next_word_is_cue(self.folded, last.end(), before)):
            return _UNNAMED  # a document cited by what it does: neither the text nor the last of its type
        if self.self_type is not None and self.self_type.casefold() == word:
            return _THIS
        if _ABOUT.match(self.folded, last.end()):
            return None  # "1. Nghị quyết về việc điều chỉnh …": a document of its own, unnumbered
        if _THERE_IS.search(self.norm.lowered, max(0, last.start() - 6), last.start()):
            return None  # "chưa có Thông tư thay thế …": no document in particular
        which = _WHICH_ONE.search(self.norm.lowered, before, min(len(self.text), before + _WHICH_ONE_REACH))
        if which is not None and which.group("asked"):
            return None  # "Nghị định thay thế Nghị định 218/2013/NĐ-CP là nghị định nào": asked, not said
        if self.is_question(self.sentence_of(before)) and not _LINE_START.search(
                self.text, max(0, last.start() - 8), last.start()):
            return None  # "Trên đây là “Đã có VBHN Nghị định hướng dẫn Luật Nhà ở … ra sao?”": no act
        if self.changing is not None and (_type_name(self.drafts[self.changing]) or "").casefold() == word:
            return self.changing  # "Nghị định cũng bãi bỏ …" in a text on what decree A changes: A
        if _COUNT_BEFORE.search(self.folded, max(0, last.start() - 8), last.start()) or _OF_A_BODY.match(
                self.folded, last.end()):
            return _UNNAMED  # "3 Nghị quyết của Chính phủ thực hiện …": others of the type, not the last one
        if (_LINE_START.search(self.text, max(0, last.start() - 8), last.start())
                and _next_word_is_cue(self.folded, last.end(), before)
                and not self.is_question(self.sentence_of(before))):
            # "Kế hoạch triển khai thực hiện Chỉ thị …" heading the text itself; not "Nghị
            # định thay thế Nghị định 218/2013/NĐ-CP là nghị định nào?", which asks.
            return _THIS
        if _TO_BE_ISSUED_BEFORE.search(self.folded, max(0, last.start() - 24), last.start()):
            return _UNNAMED  # "… ban hành mới Quyết định thay thế Quyết định A": a decision to come
        if (label := self.label_after(word, before)) is not None:
            return label  # "Thông tư hướng dẫn Luật Nhà ở (Thông tư A, Thông tư B …)": those, named after it
        found = self.last_of_type_before(word, last.start())
        if found is None and not self.folded[last.end():before].strip(" _*"):
            if self.self_type is not None and _ISSUING_BEFORE.search(self.folded, max(0, last.start() - 12),
                                                                     last.start()):
                return _THIS  # "QUYẾT ĐỊNH⏎BAN HÀNH KẾ HOẠCH TRIỂN KHAI …": the plan the text issues
            return _UNNAMED  # "Mới: Công văn thực hiện Công văn 59-CV/BCĐ …": a letter not cited by number
        return self.resolve(found) if found is not None else None

    def assign_subjects(self) -> None:
        drafts, folded = self.drafts, self.folded
        first_cue_end: dict[int, int] = {}
        for cue in self.cues:
            first_cue_end.setdefault(cue.sentence, cue.end)
        # Documents a news text is about: first in their sentence, before any cue.
        topics = [
            i for i in self.countable
            if drafts[i].kind is Kind.REFERENCE and not drafts[i].is_self
            and first_cue_end.get(self.sentence_ids[i], len(folded) + 1) > drafts[i].start
        ]
        topic_ends = [drafts[i].end for i in topics]
        is_topic = set(topics)
        last_subject: dict[int, int] = {}
        for cue in self.cues:
            self.assign_subject(cue, topics, topic_ends, last_subject)
            if cue.subject is not None and cue.subject >= 0 and (head := drafts[cue.subject].alias_of) is not None:
                cue.subject = head  # "Nghị định A (Nghị định 60) ngày … sửa đổi …": A acts, named by its alias
            if cue.subject is not None:
                last_subject[cue.sentence] = cue.subject
                if cue.subject in is_topic and cue.relation in _CHANGES and cue.voice == "active":
                    self.changing = cue.subject  # (not a document a cited passage says amends another)

    def assign_subject(
        self, cue: _Cue, topics: list[int], topic_ends: list[int], last_subject: dict[int, int]
    ) -> None:
        drafts, folded = self.drafts, self.folded
        lo = self.starts[cue.sentence]
        if cue.voice == "passive":
            k = self.countable_from(cue.end)
            after = self.countable[k] if k < len(self.countable) else None
            ok = after is not None and self.sentence_ids[after] == cue.sentence
            closes = ok and after is not None and ")" in folded[cue.end:min(self.drafts[after].start,
                                                                            cue.end + _ASIDE_REACH)]
            if closes and _in_aside(folded, lo, cue.start):
                ok = False  # "Luật A (đã được sửa đổi, bổ sung năm 2020), … Nghị định B": the aside names no agent
            if ok and _ANOTHER_ITEM_AFTER.match(folded, cue.end):
                ok = False  # "Điều 15 Nghị định A đã được sửa đổi, bổ sung và Điều 37 Nghị định B": B is one more item
            if ok and after is not None and _ALIAS_BEFORE.search(folded, max(cue.end, drafts[after].start - 48),
                                                                 drafts[after].start):
                ok = False  # "… được sửa đổi, bổ sung năm 2020 (sau đây gọi là Luật A)": A's alias, no agent
            if (ok and after is not None
                    and folded.find(";", cue.end, min(drafts[after].start, cue.end + _MAX_GAP)) != -1
                    and not self.lists_provisions(cue, drafts[after].start, of_agent=True)):
                ok = False  # "… Luật A được sửa đổi, bổ sung năm 2020; thẩm quyền … Nghị định B": a new clause
                # (not "… được sửa đổi bởi khoản 10; điểm m khoản 34 Điều 2 Nghị định B": B's provisions)
            if (ok and after is not None and not _AGENT_MARK.match(folded, cue.end)
                    and _KINDS_OF.search(folded, cue.end, min(drafts[after].start, cue.end + _MAX_GAP))):
                ok = False  # "… được sửa đổi cùng thời điểm … các luật về tổ chức bộ máy (Luật B, …)": examples
            if (ok and after is not None and not _AGENT_MARK.match(folded, cue.end)
                    and _PER_ASIDE.search(folded, max(cue.end, drafts[after].start - 24), drafts[after].start)):
                ok = False  # "… được sửa đổi, bổ sung lĩnh vực A (thực hiện theo Nghị quyết B)": per B, no agent
            cue.subject = self.resolve(after) if ok and after is not None else None
            if cue.subject is None and not ok and _AGENTS_LISTED.match(folded, cue.end):
                # "Điều 1 Quyết định A được bổ sung bởi:⏎- Khoản 1 Điều 1 Quyết định B⏎- Khoản 1
                # Điều 1 Quyết định C": the agents are the items of the list
                agents = self.listed_after(cue, set())
                if agents:
                    cue.subject, cue.co_subjects = self.resolve(agents[0]), agents[1:]
                    return
            if cue.subject is None and self.self_type is not None and _AS_FOLLOWS.match(folded, cue.end):
                # "Điều 17 Quy chế … ban hành kèm theo Quyết định số 11/2005/QĐ-TTg … được sửa
                # đổi như sau:" in a legal text: the text itself makes the change it sets out.
                cue.subject = _THIS
                return
            if cue.subject is not None and after is not None and not _NAMED_BY_WHAT_IT_AMENDS.search(
                    folded, max(cue.end, self.drafts[after].start - _MAX_GAP), self.drafts[after].start):
                # "… bởi Luật số A, Luật số B và Luật số C": each amends; but in "… tại Luật sửa
                # đổi … của Luật A, Luật B" the list names what the one amending law amends.
                cue.co_subjects = self.coordinated_after(k, in_aside=_in_aside(folded, lo, cue.start))
                acted_on = self.last_countable_before(cue.start, lo)
                if acted_on is not None:
                    # "Khoản 6 Điều 22 Nghị định A được sửa đổi bởi … Nghị định B và khoản 8 Điều 22
                    # Nghị định A (…)": a provision of the amended document opens the next item
                    # (a document amends not itself)
                    itself = next((n for n, i in enumerate(cue.co_subjects)
                                   if self.same_document(drafts[i], drafts[acted_on])), None)
                    if itself is not None:
                        del cue.co_subjects[itself:]
            return
        if cue.voice == "expiry":
            # "<A> hết hiệu lực kể từ ngày <B> có hiệu lực": B repeals A.
            tail = _AFTER_EXPIRY.match(folded, cue.end)
            before = self.expiring(cue)
            cue.subject = _THIS if self.self_type is not None else None
            if before is not None and self.in_force_then_listed(cue, before):
                # "Khi Thông tư A có hiệu lực thi hành thì các quy định sau đây hết hiệu lực:⏎- …":
                # A ends the documents listed after the colon
                cue.subject, cue.expires_listed = self.resolve(before), True
                return
            if tail is not None and tail.end() in self.by_start:
                pointer = self.by_start[tail.end()]
                cue.subject = self.resolve(pointer)
                if before is not None and cue.subject == before:
                    cue.subject = self.earlier_of_type(before)
                if (cue.subject is not None and drafts[pointer].kind is Kind.ANAPHOR
                        and self.agent_before(cue, cue.subject)):
                    # "Luật A … đã được sửa đổi … theo Luật số 47/2019/QH14 và Luật số 20/2023/QH15
                    # hết hiệu lực kể từ ngày Luật này có hiệu lực" (a page quoting the new law):
                    # not a law that amended A, but the last one named before the sentence
                    cue.subject = self.of_type_before(pointer, before, lo)
            return
        if (cue.relation is Relation.GUIDES
                and (unnamed := _UNNAMED_BEFORE.search(folded, max(lo, cue.start - _UNNAMED_REACH), cue.start))
                and not self.inside_mention(unnamed.start())
                and self.label_after(unnamed.group("type"), cue.end) is None
                and (self.self_type is None or _type_named(unnamed.group("type")) != self.self_type)):
            # "… của Nghị định quy định chi tiết … Luật A": an unnumbered decree details A (in a
            # circular, "Thông tư quy định chi tiết …" is the text itself)
            cue.subject = None
            return
        # A subject stands within _LOOK_BACK of its verb; every scan below stays in that window
        # (scanning from the sentence start for each cue is quadratic on a sentence of cues).
        near = max(lo, cue.start - _LOOK_BACK)
        if (in_force := self.in_force_before(cue)) is not None:
            # "Quyết định A có hiệu lực từ ngày ….⏎⏎Bãi bỏ các văn bản sau: …": what A repeals
            cue.subject = in_force
            return
        if (chained := self.changes_go_on(cue)) is not None:
            # "Nghị định này … thay thế Nghị định A …; bãi bỏ khoản 14 Điều 2 Nghị định B": one
            # document's changes, listed after ";".
            cue.subject = chained
            return
        if (listed := self.verb_listed_after(cue)) is not None:
            cue.subject, cue.listed_after = self.cues[listed].subject, listed  # "Sửa đổi, bổ sung, thay thế, bãi bỏ …"
            return
        if (joined := self.change_before(cue)) is not None and self.joined_past_provisions(self.cues[joined], cue):
            cue.subject = self.cues[joined].subject  # "Sửa đổi các điểm c, k và o và bổ sung điểm s vào …"
            return
        previous = self.last_draft_before(cue.start, near)
        gap_from = max(drafts[previous].context_end, drafts[previous].end) if previous is not None else near
        if (previous is not None and cue.voice == "active"
                and (closed := folded.find(")", drafts[previous].end, cue.start)) != -1
                and (outer := self.before_aside(previous, cue.start, lo)) is not None and outer != previous
                and self.agent_of_aside(drafts[outer], previous)
                and (not folded[closed + 1:cue.start].strip(" _*\n")
                     or self.filler(closed + 1, cue.start, cue.relation))):
            # "Nghị định A … (đã được sửa đổi tại Nghị định B) quy định chi tiết … và biện pháp để
            # tổ chức, hướng dẫn thi hành Luật C": A's own words go on past the aside naming what
            # amended it
            cue.subject = self.resolve(outer)
            return
        if (previous is not None and ";" in folded[gap_from:cue.start]
                and not (cue.relation in (Relation.REPLACES, Relation.REPEALS, Relation.AMENDS)
                         and _IN_FORCE_THEN.match(folded, gap_from, cue.start))):
            # "Căn cứ Chỉ thị …; Thực hiện Kết luận …": a new clause, with its own subject (but
            # "Nghị định A có hiệu lực từ ngày …; thay thế Nghị định B": still A's).
            described, semicolon = previous, folded.rindex(";", gap_from, cue.start)
            previous, gap_from = None, semicolon + 1
            if (not folded[gap_from:cue.start].strip(" _*") and self.text[cue.start].islower()
                    and (same := next(self.earlier_in_sentence(cue), None)) is not None
                    and same.relation is cue.relation is Relation.GUIDES and same.voice == cue.voice == "active"
                    and same.subject is not None and same.subject >= 0):
                # "Thông tư A hướng dẫn Luật B và Nghị định C …; hướng dẫn Luật B trong ngành …":
                # the same verb again, its subject left out (not "…; thực hiện nghiêm túc Luật …",
                # which lists the text's own tasks)
                cue.subject = same.subject
                return
            if (not folded[gap_from:cue.start].strip(" _*") and self.text[cue.start].islower()
                    and cue.voice == "active" and cue.relation in (Relation.GUIDES, *_CHANGES)
                    and ";" not in folded[max(drafts[described].context_end, drafts[described].end):semicolon]
                    and _PRESCRIBES_FIRST.match(self.norm.lowered,
                                                max(drafts[described].context_end, drafts[described].end))):
                # "Nghị định A … của Chính phủ quy định về phân cấp …; quy định chi tiết và hướng
                # dẫn thi hành một số điều của Luật B": A's title lists what A does, after ";"
                cue.subject = self.resolve(described)
                return
            if ((same := next(self.earlier_in_sentence(cue), None)) is not None and same.start > semicolon
                    and same.subject == self.resolve(described) and _AND_VERB.fullmatch(folded, same.end, cue.start)):
                cue.subject = same.subject  # (and the verb joined to that one by "và")
                return
        if _INHERIT.search(folded, min(gap_from, cue.start), cue.start) and cue.sentence in last_subject:
            cue.subject = last_subject[cue.sentence]
            return
        earlier = self.acting_before(cue, previous) if previous is not None else None
        if earlier is not None and previous is not None and (_AND_VERB.fullmatch(folded, gap_from, cue.start) or (
                _COMMA_VERB.fullmatch(folded, drafts[previous].item_end(folded), cue.start)
                and self.changes_too(cue, previous))):
            # "Thông tư A hướng dẫn thi hành Luật B và hướng dẫn thi hành Nghị định C",
            # "Thực hiện Chỉ thị A và triển khai Kế hoạch B": the second verb has the first
            # one's subject; the document between is only the first one's object. So has a
            # change after a comma: "Thông tư A hướng dẫn Nghị định B, thay thế Thông tư C".
            cue.subject = earlier
            return
        if (previous is not None and cue.relation is Relation.IMPLEMENTS
                and _PURPOSE.search(folded, max(drafts[previous].end, cue.start - 16), cue.start)):
            # "Căn cứ Nghị định A; Nghị định B, để triển khai thực hiện …": the text's purpose,
            # not an act of B.
            previous = None
        if (previous is not None and cue.voice == "active" and cue.relation in _CHANGES
                and body_acts_before(self.norm, cue.start)
                and not _THROUGH_DOCUMENT.search(self.norm.lowered, max(0, drafts[previous].start - 40),
                                                 drafts[previous].start)):
            # "(… Báo cáo B), Bộ Chính trị thống nhất điều chỉnh …": the body's act; but "tại Điều 1
            # Thông tư A, Kiểm toán Nhà nước bãi bỏ …": the body acts by A, also when A's own
            # words name another ("Tại Nghị định A … thi hành Luật B, Chính phủ đã sửa đổi …")
            cue.subject = self.acted_through(cue)
            return
        if previous is not None:
            if self.filler(gap_from, cue.start, cue.relation):
                cue.subject = self.resolve(previous)
                if (cue.relation is Relation.GUIDES and cue.voice == "active"
                        and not _ABOUT_BEFORE.search(folded, max(0, cue.start - 12), cue.start)):
                    # "Nghị định A và Nghị định B hướng dẫn Luật C": both guide C (a change said
                    # after a list is mostly the last item's own description: not read so)
                    kind = _type_name(drafts[previous])
                    cue.co_subjects = [i for i in self.coordinated_before(previous, set())
                                       if _type_name(drafts[i]) == kind]
            elif (cue.relation is Relation.IMPLEMENTS and ")" not in folded[gap_from:cue.start]
                  and _ASIDE_OPENS.search(folded, max(gap_from, cue.start - 4), cue.start)
                  and not self.document_named_in(gap_from, cue.start)):
                # "Nghị quyết A hướng dẫn sử dụng ngân sách … (thực hiện điểm b khoản 2 Điều 29
                # Luật B)": the aside says what A carries out, whatever A was said to do before it
                # (but "Tờ trình A đề nghị ban hành Nghị quyết … (Thực hiện …)": that resolution's)
                cue.subject = self.resolve(previous)
            elif (cue.relation is Relation.IMPLEMENTS
                  and (changing := next(self.earlier_in_sentence(cue), None)) is not None
                  and changing.voice == "active" and changing.relation in _CHANGES
                  and changing.subject == self.resolve(previous)
                  and self.countable_from(changing.end) == self.countable_from(cue.start)
                  and _UNNAMED_CHANGED.fullmatch(folded, changing.end, cue.start) is not None):
                # "Nghị quyết A … sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực
                # hiện Nghị quyết B": A changes a programme named for carrying B out; A carries B out
                cue.subject = self.resolve(previous)
            elif cue.relation in (Relation.BASED_ON, Relation.IMPLEMENTS):
                cue.subject = _THIS
            else:
                cue.subject = None
            return
        opens = self.cue_opens_sentence(cue)
        quoted_from = (self.quoted_before(lo) if not self.numbered_self and cue.voice == "active" and opens
                       else None)
        if quoted_from is None and opens and cue.relation is Relation.BASED_ON:
            quoted_from = self.quoted_bases_go_on(lo, cue.start)
        if (quoted_from is not None and cue.relation is Relation.BASED_ON and self.cites_itself(cue, quoted_from)
                and self.leads_in(cue)):
            # "Nghị định A quy định … như sau:⏎⏎Căn cứ Điều 22 Nghị định A quy định như sau:": no
            # document rests on itself; the page quotes it again, on its own account
            quoted_from = None
        if quoted_from is not None and cue.relation is Relation.BASED_ON:
            # "Tại Mục I Tờ trình A đã nêu ra các cơ sở … như sau:⏎⏎- Căn cứ Luật B;": the
            # bases of the quoted document, not the text's (and not a relation it states).
            cue.quoted = True
            paragraph_end = self.text.find("\n", cue.end)
            self.quoted_bases = (quoted_from, paragraph_end if paragraph_end >= 0 else len(self.text))
            return
        if quoted_from is not None:
            # "Cụ thể, theo Kết luận 137-KL/TW năm 2025:⏎⏎Thực hiện … Kết luận số 130-KL/TW …":
            # a news text quoting a document; what the quoted words do, the document does.
            cue.subject = quoted_from
            return
        bare = self.bare_subject(lo, cue.start)
        if bare is not None:
            cue.subject = None if bare == _UNNAMED else bare
            if bare >= 0 and drafts[bare].start > cue.start:  # labels after it: each acts
                cue.co_subjects = self.coordinated_after(bisect.bisect_left(self.countable, bare), in_aside=True)
        elif cue.relation in (Relation.BASED_ON, Relation.IMPLEMENTS):
            # "Hướng dẫn tổ chức thực hiện Nghị quyết 57 thế nào?": a question states no act;
            # "… trình Ban Chấp hành Trung ương về tiếp tục thực hiện Nghị quyết 18", "Ban chỉ đạo
            # về triển khai thực hiện …": a topic, not an act.
            topic = (cue.relation is Relation.IMPLEMENTS
                     and _TOPIC_BEFORE.search(self.norm.lowered, max(0, cue.start - _TOPIC_REACH),
                                              cue.start) is not None
                     and self.names_next(cue.end))
            cue.subject = None if topic or self.is_question(cue.sentence) else _THIS
            if cue.subject is _THIS and cue.relation is Relation.IMPLEMENTS and (
                    issued := self.issued_in_main_clause(cue)) is not None:
                # "Cụ thể, thực hiện Nghị quyết A, Bộ Tài chính đã ban hành Công văn B …": B carries A out
                cue.subject = issued
            elif cue.relation is Relation.IMPLEMENTS and _ACCORDINGLY.fullmatch(self.norm.lowered, lo, cue.start):
                cue.reported = self.reported_before(lo)
        elif _GENERIC_NOUN.search(folded, gap_from, cue.start):
            cue.subject = None  # "các nghị định quy định chi tiết …": a generic subject
        elif self.self_type is not None and (not body_named_before(self.norm, cue.start)
                                             or self.enacting(cue)):
            cue.subject = _THIS
        elif _ARTICLE_HEAD.search(self.text, max(0, lo - 24), lo) or _ARTICLE_HEAD.match(self.text, lo):
            # "Cụ thể, Điều 1. Sửa đổi, bổ sung …": a news text walking through the
            # articles of the document it reports on.
            k = bisect.bisect_right(topic_ends, cue.start) - 1
            cue.subject = topics[k] if k >= 0 else None
        elif (cue.relation in _CHANGES and opens and not self.on_image_caption(cue.end)
              and (acting := self.changing if self.changing is not None else self.pointed_or_reported(lo)) is not None):
            # "Theo đó, Nghị định A sửa đổi … Nghị định B. Cụ thể:⏎⏎Sửa đổi khoản 1 Điều 1
            # Nghị định B như sau: …": a news text walking through A's changes; "Nghị định này
            # có hiệu lực …⏎⏎Bãi bỏ Nghị định B …": one quoting A's final provisions; "UBND …
            # vừa ký ban hành Quyết định A ….⏎⏎Bên cạnh đó, điều chỉnh nội dung … tại khoản 1
            # Điều 1 Quyết định B …": the changes of the document the news reports
            cue.subject = self.restated_before(lo, acting)
        else:
            cue.subject = None

    def on_image_caption(self, pos: int) -> bool:
        """Whether ``pos`` is on a picture's caption, a short line that ends by crediting it
        ("*Sửa đổi Quyết định A … (Hình từ Internet)*"): it repeats a headline, and acts on nothing."""
        end = self.folded.find("\n", pos, pos + _CAPTION_REACH)
        end = end if end != -1 else (len(self.folded) if len(self.folded) - pos <= _CAPTION_REACH else -1)
        return end != -1 and _IMAGE_CREDIT.search(self.folded, max(pos, end - _CAPTION_REACH), end) is not None

    def acted_through(self, cue: _Cue) -> int | None:
        """The document the sentence opens with after "Tại (Theo)", by which the body named before
        ``cue`` acts ("Tại Nghị định A ngày …, Chính phủ đã sửa đổi …"), or None."""
        lo = self.starts[cue.sentence]
        k = self.countable_from(lo)
        if k >= len(self.countable) or self.countable_starts[k] >= cue.start:
            return None
        head = self.countable_starts[k]
        through = _THROUGH_DOCUMENT.search(self.norm.lowered, max(lo, head - 40), head)
        if through is None or not self.opens_sentence(cue.sentence, through.start()):
            return None
        return self.resolve(self.countable[k])

    def pointed_or_reported(self, pos: int) -> int | None:
        """The document "Nghị định này" opening the sentence before ``pos`` points at, else the
        one a news text (not a document itself) reports as just issued, right before it."""
        pointed = self.pointed_before(pos)
        if pointed is not None or self.self_type is not None:
            return pointed
        return self.reported_before(pos)

    def reported_before(self, pos: int) -> int | None:
        """The document a news text reports on, right before ``pos``: the last one cited
        after the body that issued it ("Bộ Tài chính ban hành Công văn A …")."""
        lo = max(0, pos - _REPORTED_REACH)
        last = bisect.bisect_right(self.countable_ends, pos) - 1
        for n in range(last, max(-1, last - _MAX_STEPS), -1):
            k = self.countable[n]
            if self.drafts[k].start < lo:
                return None
            if self.drafts[k].issuer_from_lead:
                return self.resolve(k)
        return None

    def point_at_quoted(self) -> None:
        """"Luật này" in a passage a page quotes from a law ("Căn cứ theo Điều 75 Luật A quy
        định … như sau:⏎⏎1. Luật này có hiệu lực …⏎2. Luật B … hết hiệu lực kể từ ngày Luật này
        có hiệu lực") is the law quoted, not the last one of its type the page cited."""
        for d in self.drafts:
            if d.kind is not Kind.ANAPHOR or not self.folded[d.start:d.end].endswith("nay"):
                continue
            newline = self.text.rfind("\n", max(0, d.start - _MAX_LIST_LINE), d.start)
            if newline == -1 and d.start > _MAX_LIST_LINE:
                continue  # (a bounded look back: a line that long is no quoted item)
            quoted = self.quoted_before(newline + 1, past_heading=True)
            if quoted is None or quoted < 0 or _type_name(self.drafts[quoted]) != _type_name(d):
                continue
            d.refers_to = quoted
            k = bisect.bisect_left(self.countable_starts, d.start) - 1
            for _ in range(_MAX_LISTED):  # the quoted document's last mention before (a bounded walk)
                if k < 0 or self.countable[k] <= quoted:
                    break
                if self.same_document(self.drafts[self.countable[k]], self.drafts[quoted]):
                    d.refers_to = self.countable[k]
                    break
                k -= 1

    def past_heading(self, lo: int) -> int:
        """Where a passage starting at ``lo`` begins when a heading of its own stands right
        before it ("… như sau:⏎⏎Hiệu lực thi hành⏎⏎1. Luật này …"): the heading's line."""
        end, floor = lo, max(0, lo - _MAX_BLANK)
        while end > floor and self.text[end - 1].isspace():
            end -= 1
        start = self.text.rfind("\n", max(0, end - _MAX_HEADING), end) + 1
        if (start in (0, end) or end - start >= _MAX_HEADING or self.text[end - 1] in ":.;,"
                or self.last_countable_before(end, start) is not None):
            return lo
        return start

    def quoted_before(self, lo: int, *, past_heading: bool = False) -> int | None:
        """The document whose words a passage starting at ``lo`` quotes: "Theo <doc> (năm …):",
        "<doc> nêu rõ:" or "<doc> quy định như sau:" closing the line just before, or the line
        before the list whose item the passage is ("Tại Mục I Tờ trình A đã nêu ra các cơ sở
        … như sau:⏎⏎**[1] Cơ sở pháp lý**⏎⏎- Căn cứ Luật B;⏎⏎- Căn cứ Nghị định C;"); with
        ``past_heading``, also past a heading of the passage's own ("Điều 75. Hiệu lực thi hành")."""
        lo = self.list_opening(self.article_opening(lo))
        # Past a heading only for "Luật này" (a "Căn cứ" item after one may open the page's own
        # list), or past a quoted article's ("… như sau:⏎⏎Điều 23. Hiệu lực thi hành⏎⏎1. …").
        heading = self.past_heading(lo)
        article = heading != lo and _ARTICLE_LABEL.match(self.text, heading) is not None
        for opening in (lo, heading) if past_heading or article else (lo,):
            k = self.last_countable_before(opening, max(0, opening - _WORDY_QUOTE_INTRO_REACH))
            if k is None:
                return None
            intro = self.drafts[k].end
            if (past_aside := self.quoted_past_aside(k, intro, opening)) is not None:
                k, intro = past_aside  # "Theo Điều 3 Thông tư A (sửa đổi, bổ sung tại … Thông tư B) như sau:"
            if ((opening - intro <= _QUOTE_INTRO_REACH and _QUOTE_INTRO.fullmatch(self.folded, intro, opening))
                    or _WORDY_QUOTE_INTRO.fullmatch(self.folded, intro, opening)):
                break
        else:
            return None
        start = self.starts[self.sentence_ids[k]]
        if not self.cited_first(start, k):
            # "Căn cứ Điều 3 Thông tư A quy định thay thế mẫu … kèm theo Thông tư B như sau:": the
            # words are A's, the document the line cites first and whose verb it reports
            first = self.countable[self.countable_from(start)]
            if first == k or not _WORDY_QUOTE_INTRO.fullmatch(self.folded, self.drafts[first].end, opening):
                return None  # "… theo quy định tại Nghị định A như sau:": the text's own words follow
            k = first
            if not self.cited_first(start, k):
                return None
        return self.resolve(k)

    def quoted_past_aside(self, k: int, intro: int, opening: int) -> tuple[int, int] | None:
        """The document before the aside that draft ``k`` stands in, when the aside closes the
        line introducing a quotation at ``opening``: "Theo … Thông tư A (sửa đổi, bổ sung tại
        Điều 12 Thông tư B) như sau:⏎⏎…" quotes A. Returns it and where the aside closes."""
        close = self.folded.rfind(")", intro, opening)
        if close == -1 or "\n" in self.folded[intro:close]:
            return None
        start = self.drafts[k].start
        aside = self.folded.rfind("(", max(0, start - _ASIDE_REACH), start)
        if aside == -1 or "\n" in self.folded[aside:start] or ")" in self.folded[aside:start]:
            return None
        before = self.last_countable_before(aside, max(0, aside - _WORDY_QUOTE_INTRO_REACH))
        if before is None or self.folded[self.drafts[before].end:aside].strip(" _*,"):
            return None
        return before, close + 1

    def cited_first(self, start: int, k: int) -> bool:
        """Whether the sentence starting at ``start`` opens by citing draft ``k`` ("Căn cứ Điều 3
        <k>", "Theo <k>") or with ``k`` itself."""
        lowered, at = self.norm.lowered, self.drafts[k].start
        return bool(_BY_DOCUMENT.fullmatch(lowered, start, at) or _CLAUSE_START.fullmatch(lowered, start, at))

    def quoted_bases_go_on(self, lo: int, start: int) -> int | None:
        """The quoted document whose "Căn cứ" paragraph ended just before the paragraph at
        ``lo``, which opens with "Căn cứ" too (at ``start``): one list of its bases ("Theo Công
        văn A có nêu:⏎⏎1. Căn cứ … Nghị định B …⏎⏎Căn cứ … Thông tư C …"). A paragraph that
        leads in first is the page's own ("Đồng thời, căn cứ khoản 1 Điều 8 Nghị định D:")."""
        if self.quoted_bases is None or not _MARKER_ONLY.fullmatch(self.text, lo, start):
            return None
        quoted, paragraph_end = self.quoted_bases
        if paragraph_end > lo or lo - paragraph_end > _MAX_BLANK or self.text[paragraph_end:lo].strip():
            return None
        return quoted

    def in_force_before(self, cue: _Cue) -> int | None:
        """The document the sentence before a change takes into force, when the change opens
        its own sentence ("Quyết định A có hiệu lực thi hành kể từ ngày …. Đồng thời, bãi bỏ …"):
        a report goes on with the document's last article."""
        lo = self.starts[cue.sentence]
        if (cue.voice != "active" or cue.relation not in _CHANGES or cue.sentence == 0
                or not _MEANWHILE.fullmatch(self.norm.lowered, lo, cue.start)):
            return None
        k = self.countable_from(lo) - 1  # the last document before the sentence
        if k < 0 or self.countable_starts[k] < lo - _IN_FORCE_REACH:
            return None
        last = self.drafts[self.countable[k]]
        if (not _IN_FORCE_FROM.match(self.norm.lowered, last.item_end(self.folded), lo)
                or _DAY_OF.search(self.folded, max(0, last.start - 12), last.start)):
            return None  # (not "… có hiệu lực kể từ ngày Nghị định A có hiệu lực.": A is no subject)
        return self.resolve(self.countable[k])

    def change_before(self, cue: _Cue) -> int | None:
        """The index of the cue right before ``cue``, when both are active changes in one
        sentence and the earlier one has a subject."""
        if cue.voice != "active" or cue.relation not in _CHANGES:
            return None
        k = bisect.bisect_left(self.cue_starts, cue.start) - 1
        if k < 0:
            return None
        earlier = self.cues[k]
        if (earlier.sentence != cue.sentence or earlier.voice != "active" or earlier.relation not in _CHANGES
                or earlier.subject is None):
            return None
        return k

    def verb_listed_after(self, cue: _Cue) -> int | None:
        """The change right before ``cue`` (its index), when only a comma joins them: "… sửa
        đổi, bổ sung, thay thế, bãi bỏ một số quy định của Nghị định B"."""
        k = self.change_before(cue)
        if k is None or _VERB_COMMA.fullmatch(self.folded, self.cues[k].end, cue.start) is None:
            return None
        return k

    def joined_past_provisions(self, earlier: _Cue, cue: _Cue) -> bool:
        """Whether only the provisions the earlier change names and "và" stand between it and
        ``cue``: "Sửa đổi, bổ sung các điểm c, k, l và o và bổ sung điểm s vào sau điểm r …"."""
        return (cue.start - earlier.end <= _MAX_DESCRIPTION
                and _PROVISIONS_THEN_AND.fullmatch(self.folded, earlier.end, cue.start) is not None)

    def changes_go_on(self, cue: _Cue) -> int | None:
        """The subject of the change right before ``cue`` in its sentence, when ``cue`` is a
        change too and only ";" stands between the document the earlier one acts on and it
        (what that document is about aside)."""
        k = self.change_before(cue)
        if k is None:
            return None
        earlier = self.cues[k]
        index = self.last_draft_before(cue.start, earlier.end)  # what the earlier change acts on
        # (or the subject's own provisions, named by no document: "Nghị định A sửa đổi, bổ sung
        # Điều 24 (Thẩm quyền …); Sửa đổi … một số quy định của Nghị định B")
        gap_from = earlier.end if index is None else max(self.drafts[index].context_end, self.drafts[index].end)
        if (cue.start - gap_from > _MAX_DESCRIPTION or _NEXT_CHANGE.fullmatch(self.folded, gap_from, cue.start) is None
                or self.countable_from(gap_from) != self.countable_from(cue.start)):
            return None  # (what the last object is about may stand before the ";", but no document)
        return earlier.subject

    def named_before(self, pos: int) -> bool:
        """Whether a document (not an anaphor) is named right before ``pos`` (white space between)."""
        k = self.last_draft_before(pos, max(0, pos - _NEXT_REACH - 40))
        return (k is not None and self.drafts[k].kind is not Kind.ANAPHOR
                and _TENSE_ONLY.fullmatch(self.folded, self.drafts[k].end, pos) is not None)

    def past_pinpoints(self, pos: int) -> int:
        """Where the articles, clauses and points cited at ``pos`` end (``pos`` if none are)."""
        pinpoints = _PINPOINT_LIST.match(self.norm.lowered, pos)
        return pinpoints.end() if pinpoints is not None else pos

    def names_next(self, pos: int) -> bool:
        """Whether a document is named right at ``pos`` (after white space): "về tiếp tục thực
        hiện Nghị quyết 18" is a topic; "về thực hiện nghiêm chỉ đạo … tại Kết luận 126" is
        what is carried out."""
        k = self.countable_from(pos)
        return (k < len(self.countable) and self.countable_starts[k] - pos <= _NEXT_REACH
                and not self.folded[pos:self.countable_starts[k]].strip(" _*"))

    def article_opening(self, lo: int) -> int:
        """Where the line at ``lo`` begins when only an article's label stands before ``lo`` on
        it ("Điều 21. Sửa đổi, bổ sung …": the sentence begins after the label), else ``lo``."""
        newline = self.text.rfind("\n", max(0, lo - _ARTICLE_LABEL_REACH), lo)
        if lo and _ARTICLE_LABEL.fullmatch(self.text, newline + 1, lo):
            return newline + 1
        return lo

    def list_opening(self, lo: int) -> int:
        """Where the list that the line at ``lo`` is an item of begins (``lo`` itself for a line
        that is no list item): its first item, after the line that introduces it."""
        text = self.text
        newline = text.rfind("\n", max(0, lo - _MARKER_REACH), lo)
        if newline >= 0 and _MARKER_ONLY.fullmatch(text, newline + 1, lo):
            lo = newline + 1  # "1. Căn cứ …": the sentence begins after the item's number
        if not _LIST_LINE.match(text, lo):
            return lo
        opening = lo
        for _ in range(_MAX_LIST_LINES):
            # the last line with words before it (blank lines between items are bounded too)
            end, floor = opening, max(0, opening - _MAX_BLANK)
            while end > floor and text[end - 1].isspace():
                end -= 1
            start = text.rfind("\n", max(0, end - _MAX_LIST_LINE), end) + 1
            if end == 0 or start == 0 or not _LIST_LINE.match(text, start, end):
                break
            opening = start
        return opening

    def pointed_before(self, pos: int) -> int | None:
        """The cited document that "Nghị định này" (or the like) opening the sentence right
        before ``pos`` points at, in a text that is not that document itself. (Not one inside
        a sentence: "A hết hiệu lực kể từ ngày Nghị định này có hiệu lực" points past A.) Pointers
        at the same document may stand between: "Nghị định này có hiệu lực … Các chế độ quy định
        tại Nghị định này được thực hiện từ … Bãi bỏ Nghị định B"."""
        if self.self_type is not None:
            return None
        lo = max(0, pos - _POINTED_REACH)
        k = self.last_draft_before(pos, lo)
        while k is not None:
            draft = self.drafts[k]
            if draft.kind is not Kind.ANAPHOR or not self.folded[draft.start:draft.end].endswith("nay"):
                return None
            if self.opens_sentence(self.sentence_ids[k], draft.start):
                return draft.refers_to
            k = k - 1 if k > 0 and self.drafts[k - 1].start >= lo else None
            if k is not None and self.drafts[k].refers_to != draft.refers_to:
                return None
        return None

    def opening_before(self, pos: int) -> int | None:
        """The mention right before ``pos`` (within _POINTED_REACH), if it opens its sentence."""
        k = self.last_draft_before(pos, max(0, pos - _POINTED_REACH))
        if k is None or not self.opens_sentence(self.sentence_ids[k], self.drafts[k].start):
            return None
        return k

    def restated_before(self, pos: int, acting: int) -> int:
        """The mention of ``acting``'s document that opens the sentence right before ``pos``,
        else ``acting``: "- Thông tư A có hiệu lực …⏎- Bãi bỏ các Thông tư sau đây: …" is
        said of the A right before, the nearest evidence of the act ("Quyết định A có hiệu lực
        theo Quyết định B. Đồng thời, sửa đổi …": the A that opens it, past the others)."""
        lo = max(0, pos - _POINTED_REACH)
        k = self.last_draft_before(pos, lo)
        if k is None:
            return acting
        while k > 0 and self.sentence_ids[k - 1] == self.sentence_ids[k] and self.drafts[k - 1].start >= lo:
            k -= 1
        if k == acting or not self.opens_sentence(self.sentence_ids[k], self.drafts[k].start):
            return acting
        draft = self.drafts[k]
        return k if draft.reference is not None and draft.reference == self.drafts[acting].reference else acting

    def enacting(self, cue: _Cue) -> bool:
        """Whether the cue's sentence is the text's enacting formula: its issuer, then what
        the text does, then the provisions ("Bộ Công an quy định chi tiết thi hành … như sau:")."""
        lo, hi = self.starts[cue.sentence], self.sentence_end(cue.sentence)
        return (_ENACTING_END.search(self.folded, max(lo, hi - 16), hi) is not None
                and body_opens(self.norm, lo, cue.start))

    def changes_too(self, cue: _Cue, previous: int) -> bool:
        """Whether ``cue`` is a change made by the subject of the cue whose object ``previous``
        is, right after it, a guiding or a changing one (the subject goes on with a second act)."""
        if cue.voice != "active" or cue.relation not in _CHANGES:
            return False
        earlier = self.active_before(cue, previous)
        return (earlier is not None and earlier.relation in (Relation.GUIDES, *_CHANGES)
                and _NEXT_OBJECT_GAP.fullmatch(self.folded, earlier.end, self.drafts[previous].start) is not None)

    def active_before(self, cue: _Cue, previous: int) -> _Cue | None:
        """The last earlier active cue of ``cue``'s sentence that stands before the mention
        ``previous`` (so that ``previous`` may be its object)."""
        return next((earlier for earlier in self.earlier_in_sentence(cue)
                     if earlier.end <= self.drafts[previous].start and earlier.voice == "active"), None)

    def acting_before(self, cue: _Cue, previous: int) -> int | None:
        """The subject of :meth:`active_before`, unless that is ``previous`` itself."""
        earlier = self.active_before(cue, previous)
        return earlier.subject if earlier is not None and earlier.subject != previous else None

    def subject_start(self, cue: _Cue) -> int:
        """Where the cue's subject is written in its sentence, perhaps as an anaphor ("Thông
        tư này"); the cue itself where it is not."""
        subject = cue.subject
        k = bisect.bisect_left(self.draft_starts, self.starts[cue.sentence])  # only the first can open it
        if subject is None or k >= len(self.drafts) or self.drafts[k].start >= cue.start:
            return cue.start
        d = self.drafts[k]
        if subject in (k, d.refers_to) or (subject == _THIS and (d.is_self or d.kind is Kind.ANAPHOR)):
            return d.start
        return cue.start

    def assign_objects(self) -> None:
        """The first mention after a cue, then the ones coordinated with it."""
        drafts, folded, cues = self.drafts, self.folded, self.cues
        owner: set[int] = set()
        for n, cue in enumerate(cues):
            # Objects stand before the sentence's next cue; not a passive one said of an item
            # ("… Nghị định A … đã được sửa đổi theo Nghị định B; Nghị định C …"), whose agents
            # the walk below passes over.
            nxt = n + 1
            if cue.voice == "active":
                while nxt < min(len(cues), n + 1 + _MAX_EARLIER_CUES) and (
                        cues[nxt].voice == "passive" or self.nested_cue(cue, cues[nxt])):
                    nxt += 1
            same_next = nxt < len(cues) and cues[nxt].sentence == cue.sentence
            following = cues[nxt].start if same_next else self.sentence_end(cue.sentence)
            generic = _GENERIC_NOUN.search(folded, cue.end, following)
            if generic is not None:
                cue.generic = " ".join(generic.group("type").replace("_", " ").split())
            if _AND_OPENS.match(folded, cue.start) and not (
                    n > 0 and cues[n - 1].voice == "passive" and cues[n - 1].sentence == cue.sentence):
                continue  # "… kèm theo Quyết định A và hướng dẫn tại công văn B": the guidance in B, a noun
            if cue.expires_listed:
                cue.objects += self.listed_after(cue, owner)
                continue
            if cue.voice in ("passive", "expiry"):
                lo = self.starts[cue.sentence]
                before = (self.expiring(cue) if cue.voice == "expiry"
                          else self.before_aside(self.last_countable_before(cue.start, lo), cue.start, lo))
                if before is not None and cue.voice == "passive" and folded.find(
                        ";", max(drafts[before].item_end(folded), cue.start - _MAX_GAP), cue.start) != -1 and not (
                        _APPOSITIVE.search(folded, max(0, cue.start - 3), cue.start)
                        and ")" not in folded[max(drafts[before].end, cue.start - _MAX_GAP):cue.start]):
                    # "… Luật A …; kế thừa … với phạm vi được quy định chi tiết tại B": a new clause;
                    # but "A, được sửa đổi bởi B; được bổ sung bởi C" goes on about A, and so
                    # does "Luật A số …; được sửa đổi, bổ sung bởi Luật B", a clause with no subject
                    # (an aside opening with the passive is said of A past the ";" of A's name:
                    # "Thông tư A … quy định về thủ tục hải quan; kiểm tra … (được sửa đổi bởi B)")
                    chained = self.passive_chained(n)
                    if chained is not None or not self.opens_after_item(cue, before, cues[n - 1] if n else None):
                        before = chained
                if before is not None and (
                        cue.voice == "expiry" or _AND_OPENS.match(folded, cue.start)
                        or _NEXT_PASSIVE.search(folded, max(drafts[before].end, cue.start - _NEXT_PASSIVE_REACH),
                                                cue.start)):
                    # (a passive joined by "và" to one before: "… được sửa đổi tại Nghị định B
                    # và hướng dẫn tại Thông tư C" is said of A, like the first)
                    before = self.acted_on_by(before, cue)
                if before is not None and cue.voice == "expiry":
                    # "Nghị quyết A ngày …; Nghị quyết B … của Ủy ban Thường vụ Quốc hội hết hiệu lực"
                    listed = (self.expiring_items(cue, before, owner)
                              if not _in_aside(folded, drafts[before].end, cue.start) else [before])
                    self.not_expiring_subject(cue, listed)
                    target = self.within_rank(cue, listed[0])
                    cue.objects += listed if target == listed[0] else [target]
                elif before is not None:
                    target = self.within_rank(cue, before)
                    cue.objects.append(target)
                    if target == before and not _in_aside(folded, drafts[before].end, cue.start):
                        # "A và B được sửa đổi bởi C": both; "A và B (được sửa đổi bởi C)": the
                        # aside is B's alone; a law amending laws by name amends no resolution
                        listed = [i for i in self.coordinated_before(before, owner)
                                  if not self.agent_before(cue, i)]
                        if cue.relation is Relation.AMENDS and self.amends_laws(cue.subject):
                            listed = [i for i in listed if _is_law(drafts[i])]
                        cue.objects += listed
                else:
                    cue.objects += self.listed_after(cue, owner)
                continue
            if cue.relation is Relation.GUIDES and (_ABOUT.match(folded, cue.end)
                                                     or _OF_A_BODY.match(folded, cue.end)):
                # "hướng dẫn về …" names a topic, not a document; "hướng dẫn của Thanh tra Chính
                # phủ tại Kế hoạch A" is the guidance a body gave in A (a noun, not the text's act)
                continue
            if self.anaphor_right_after(cue.end):
                continue  # "… tham gia thực hiện Kế hoạch này phải tuân thủ … Phương án A": it acts on the anaphor
            last_item = -1  # the last object, or an agent of its aside: where the list goes on from
            # "(Thực hiện … Luật Thủ đô); Báo cáo B …": a list in an aside ends with it
            in_aside = _in_aside(folded, self.starts[cue.sentence], cue.start)
            after_agent = False  # whether last_item is such an agent (not an object)
            after_nested = False  # whether last_item is what a verb in an object's description acts on
            resume = -1  # where the list goes on past an outer item's short name, after a nested one
            for k in range(self.countable_from(cue.end), len(self.countable)):
                i = self.countable[k]
                d = drafts[i]
                # (a direction's document named in an aside, past a cue in what the direction is about)
                directed = (cue.relation is Relation.IMPLEMENTS and not cue.objects
                            and _DIRECTION_IN_ASIDE.match(folded, cue.end, d.start) is not None)
                if d.start >= following and not directed:
                    break
                if i in owner:
                    if cue.objects and self.nested_object(drafts[last_item], d):
                        last_item, after_agent, after_nested = i, False, True  # (the list goes on: see below)
                    continue
                if _APPOSITIVE.search(folded, max(0, d.start - 3), d.start) and not directed:
                    if (cue.objects and last_item != cue.objects[-1]
                            and self.same_document(d, drafts[cue.objects[-1]])
                            and (close := folded.find(")", d.end, d.end + 4)) != -1):
                        # "Thực hiện A …, B về ban hành Kế hoạch triển khai C … (B) và D": the short
                        # name closes the outer item B, and the list goes on after it with D
                        last_item, after_agent, after_nested, resume = cue.objects[-1], False, False, close + 1
                    continue  # "(Thông tư số 06/2024/TT-BNV)" labels what came before
                if cue.objects:
                    prev = drafts[last_item]
                    if self.restated_as_subject(prev, d):
                        break  # "Căn cứ Điều 7 Thông tư A, Thông tư A … có hiệu lực …": the main clause's subject
                    if self.agent_of_aside(prev, i) or (after_agent and self.co_agent(prev, d)):
                        # "… Nghị định A … đã được sửa đổi theo Nghị định B; Nghị định C …": B amends A
                        last_item, after_agent = i, True
                        continue
                    at = self.past_alias(prev, max(prev.context_end, prev.end), d)
                    if at < 0:
                        continue
                    if at < resume <= d.start:
                        at = resume
                    if _PER_DOCUMENT.search(folded, max(prev.end, d.start - _PER_REACH), d.start):
                        break
                    if in_aside and ")" in folded[prev.end:d.start]:
                        break
                    gap = _COORDINATION.match(folded, at, d.start)
                    if cue.relation is Relation.IMPLEMENTS and gap is not None and gap.end() != d.start:
                        # "Thực hiện Quyết định A …; chỉ đạo của Bộ … tại các văn bản: số B, số C";
                        # "Thực hiện Kết luận A …, các Nghị quyết của Quốc hội, Nghị quyết số B …"
                        gap = next((m for m in (_DIRECTED_AT.match(folded, at, d.start),
                                                _KINDS_LISTED.match(folded, at, d.start))
                                    if m is not None and m.end() == d.start), gap)
                    if after_nested and ";" not in folded[at:d.start] and (d.date is None or prev.date is not None):
                        # "… về hướng dẫn thi hành Luật A và Luật B": joined without ";", the next one is
                        # the nested verb's too; after ";" the outer list goes on, and so it does with an
                        # item cited in full after one that is not ("… ban hành Kế hoạch triển khai
                        # Nghị quyết A và Công điện B ngày … của Thủ tướng …")
                        last_item = i
                        continue
                    after_nested = False
                    if (gap is not None and gap.end() != d.start
                            and (provision := _PROVISION_JOINED.match(folded, at, d.start)) is not None
                            and provision.end() == d.start):
                        gap = provision  # "… khoản 1 Điều 6 Nghị quyết A và khoản 1 Điều 25 Luật B"
                    if after_agent and (gap is None or not gap.group().strip(" _*\n")):
                        break  # after an agent, only "," ";" or "và" goes on with the outer list
                    if gap is not None and gap.end() == d.start:
                        if ";" in gap.group() and self.acts_itself(d) and not (
                                after_agent and d.date is not None and d.issuer_span is not None):
                            break  # "…; Nghị định 261/2025 sửa đổi …": after ";", an item with its own verb
                            # (not one cited in full after an agent: "Thực hiện Luật A, được sửa đổi bởi
                            # Luật B; Nghị định C ngày … của Chính phủ quy định chi tiết …": C described)
                        if ";" in gap.group() and self.listed_subject(cue) and self.described_next(d):
                            # "các Thông tư gồm: Thông tư A quy định …, Thông tư B sửa đổi … Thông tư
                            # C; Thông tư D quy định …": B is an item of an outer list, and D, described
                            # as A was, the next one of it
                            break
                        if (";" in gap.group() and cue.relation is Relation.GUIDES and d.date is not None
                                and cue.subject is not None and cue.subject >= 0
                                and not self.opens_clause(cue) and not self.pinpointed(d)
                                and not self.cited_earlier_in_sentence(i)):
                            # "…; Nghị định A … quy định chi tiết … Luật B; Nghị định C ngày … của Chính
                            # phủ …": what an item details ends at ";"; C, cited in full, is the outer
                            # list's (what an item changes may go on: "… sửa đổi … Nghị định B …; Nghị
                            # định C ngày …"; and a document the list cited already is no new item of it)
                            break
                    elif cue.relation in _CHANGES and self.another_part(at, d.start):
                        pass  # "bãi bỏ Danh mục … kèm theo Quyết định A và Quy trình … kèm theo Quyết định B"
                    elif self.nested_object(prev, d):
                        # "Triển khai thực hiện A; B về ban hành Chương trình … thực hiện C; D; …": C is what
                        # the verb in B's description acts on; the list goes on after it
                        last_item, after_agent, after_nested = i, False, True
                        continue
                    elif _AND_ANOTHER_BODY.fullmatch(folded, at, d.start) is None and (
                            not self.described_item(at, d.start, last_item)
                            or (";" in folded[at:d.start] and d.date is not None and not self.opens_clause(cue)
                                and not self.pinpointed(d) and not _AND_BEFORE.search(folded, at, d.start))):
                        # A list goes on past what its item is about ("… Thông tư A quy định X; Thông tư
                        # B …"), but after ";" an item cited in full, with its date, is the next item
                        # of an outer list (unless the cue opened the clause: "Thực hiện Nghị quyết A
                        # … ban hành X; Nghị định B ngày … quy định Y; …" is its own list, or its
                        # items are parts: "thay thế: Điều 14 Quyết định A ngày …; Điều 3 Quyết định B …")
                        break
                elif not directed and not self.lists_provisions(cue, d.start) and (
                        self.new_item_between(cue.end, d.start) or not _object_gap(self.norm, cue, d.start)):
                    break
                cue.objects.append(i)
                owner.add(i)
                last_item, after_agent = i, False
            if not cue.objects:
                cue.objects += self.listed_after(cue, owner)
            elif (cue.relation is Relation.GUIDES and cue.subject is None
                  and _GUIDING_DOCUMENTS.search(self.norm.lowered, max(0, cue.start - 24), cue.start)
                  and (listed := self.listed_after(cue, owner))):
                # "Dưới đây là các văn bản hướng dẫn thi hành Bộ luật Dân sự 2015:⏎(1) Nghị định A …⏎(2)
                # Nghị quyết B …": each item listed guides the code
                cue.subject, cue.co_subjects = self.resolve(listed[0]), listed[1:]

    def objects_to_first_verb(self) -> None:
        """The verbs of a list opened by an amendment share its objects as an amendment: "Sửa
        đổi, bổ sung, thay thế, bãi bỏ một số quy định của Nghị định B" amends B (in "Thay thế,
        bãi bỏ một số từ …" the last verb keeps them)."""
        heads: list[int] = []  # each cue's first verb of its list (read forwards: linear on any input)
        for n, cue in enumerate(self.cues):
            heads.append(n if cue.listed_after is None else heads[cue.listed_after])
        for n in range(len(self.cues) - 1, -1, -1):
            cue, head = self.cues[n], self.cues[heads[n]]
            if head is not cue and cue.objects and head.relation is Relation.AMENDS and not head.objects:
                head.objects, cue.objects = cue.objects, []

    def passive_chained(self, n: int) -> int | None:
        """What the passive cue ``n`` acts on when it opens the clause after ";" and the cue
        before, in the same sentence, is passive too: "Luật A, được sửa đổi bởi khoản 2 Điều 1
        Luật B; được bổ sung bởi khoản 3 Điều 2 Luật C" (A, what the cue before acts on)."""
        cue = self.cues[n]
        if n == 0 or not _OPENS_AFTER_SEMICOLON.search(self.folded, max(0, cue.start - 8), cue.start):
            return None
        before = self.cues[n - 1]
        if before.voice != "passive" or before.sentence != cue.sentence or not before.objects:
            return None
        return before.objects[0]

    def opens_after_item(self, cue: _Cue, index: int, before: _Cue | None = None) -> bool:
        """Whether the cue opens the clause after ";" right after the mention ``index``, or
        after what it does, the cue ``before`` ("Thông tư A ngày … của Bộ trưởng … hướng dẫn quản
        lý …; được sửa đổi, bổ sung bởi Thông tư B": A's description, then its amendment)."""
        semicolon = self.folded.rfind(";", max(0, cue.start - 8), cue.start)
        if semicolon == -1 or _OPENS_AFTER_SEMICOLON.match(self.folded, semicolon, cue.start) is None:
            return False
        end = self.drafts[index].item_end(self.folded)
        if (before is not None and before.voice == "active" and before.subject == index and not before.objects
                and end <= before.start < semicolon and before.sentence == cue.sentence):
            end = semicolon  # (the description runs to the ";")
        return semicolon - 8 <= end <= semicolon and not self.folded[end:semicolon].strip(" _*\n")

    def opens_clause(self, cue: _Cue) -> bool:
        """Whether the cue opens its clause, or its subject does ("Thông tư này thay thế
        Thông tư A ngày …; Thông tư B ngày …"): then no outer list stands before it for a
        dated item after ";" to belong to. Nor does one stand before a cue with no document
        before it in its sentence ("1. Các địa phương … tổ chức thực hiện nghiêm Luật A; Thông
        tư B ngày … quy định …; Thông tư C ngày …": all three are carried out)."""
        return (self.cue_opens_sentence(cue) or self.opens_sentence(cue.sentence, self.subject_start(cue))
                or self.countable_from(self.starts[cue.sentence]) == self.countable_from(cue.start))

    def list_past_descriptions(self) -> None:
        """A list of changed or carried-out documents goes on past what each item does: "Nghị
        định A sửa đổi … Nghị định B … quy định chi tiết … Luật Đấu thầu …; Nghị định C ngày …
        quy định chi tiết …; Nghị định D ngày …" amends B, C and D. The next item follows what
        the last one does (the cue describing it, and the first document that cue names), is
        cited in full, with its date, and is of the first item's type."""
        drafts, cues = self.drafts, self.cues
        for cue in cues:
            if cue.voice != "active" or not cue.objects or cue.relation not in (*_CHANGES, Relation.IMPLEMENTS):
                continue
            if cue.subject is not None and cue.subject >= 0 and self.item_after_semicolon(cue.subject):
                continue  # "…; Nghị định A … sửa đổi … Nghị định B …; Nghị định C …": A is an item
                # of an outer list, and C the next one of that list
            kind = _type_name(drafts[cue.objects[0]])
            last = cue.objects[-1]
            for _ in range(_MAX_LISTED):  # bounded: linear on any input
                k = bisect.bisect_left(self.cue_starts, drafts[last].end)
                if k >= len(cues):
                    break
                described = cues[k]
                if described.sentence != cue.sentence or described.voice != "active" or described.subject != last:
                    break  # the cue after the item is not what the item does
                tail = drafts[described.objects[0]] if described.objects else None
                after = tail.item_end(self.folded) if tail is not None else described.end
                n = self.countable_from(after)
                if n >= len(self.countable):
                    break
                nxt = self.countable[n]
                item = drafts[nxt]
                if (self.sentence_ids[nxt] != cue.sentence or _type_name(item) != kind
                        or (item.date is None
                            and not (";" in self.folded[after:item.start] and self.described_next(item)))
                        or item.start - after > _MAX_DESCRIPTION
                        or _NEXT_LISTED.fullmatch(self.folded, after, item.start) is None
                        or self.cue_between(after, item.start)):
                    break
                for other in cues[k:k + _MAX_EARLIER_CUES]:
                    if nxt in other.objects and not (other.voice in ("passive", "expiry") and other.start > item.end):
                        other.objects.remove(nxt)  # not an item of what the last one does (but what
                        # is said of it after it still is: "…; Thông tư C … đã được sửa đổi tại …",
                        # "… hết hiệu lực")
                cue.objects.append(nxt)
                last = nxt

    def list_numbers_after_colon(self) -> None:
        """A change's list of one type's documents, each by its number after ";": "… thay thế
        các Quyết định: số A ngày … ban hành …; số B ngày … sửa đổi … Quyết định A; số C ngày …"
        replaces A, B and C (what an item does, and the documents it names, are the item's own)."""
        drafts, cues, folded = self.drafts, self.cues, self.folded
        for cue in cues:
            if cue.voice != "active" or not cue.objects or cue.relation not in _CHANGES:
                continue
            first = drafts[cue.objects[0]]
            opener = _NUMBERS_AFTER_COLON.search(folded, max(cue.end, first.start - _COLON_OPENER_REACH), first.start)
            if opener is None or opener.start() < cue.end or folded[cue.end:opener.start()].strip(" _*\n"):
                continue
            kind, last = _type_name(first), cue.objects[-1]
            n = self.countable_from(drafts[last].end)
            for _ in range(_MAX_LISTED * _MAX_EARLIER_CUES):  # bounded: linear on any input
                if n >= len(self.countable):
                    break
                nxt = self.countable[n]
                item = drafts[nxt]
                if self.sentence_ids[nxt] != cue.sentence or item.start - drafts[last].end > _ITEM_REACH:
                    break
                n += 1
                if (_NEXT_NUMBER.search(folded, max(0, item.start - 16), item.start) is None
                        or _type_name(item) != kind or item.date is None):
                    continue  # a document an item names ("… sửa đổi … Quyết định A"), not the next item
                before = bisect.bisect_left(self.cue_starts, item.start)
                for other in cues[max(0, before - _MAX_EARLIER_CUES):before]:  # (the item's own cues: bounded)
                    if other is not cue and nxt in other.objects:
                        other.objects.remove(nxt)  # "… sửa đổi … Quyết định A; số C": C is no object of B's verb
                if nxt not in cue.objects:
                    cue.objects.append(nxt)
                last = nxt

    def cue_between(self, lo: int, hi: int) -> bool:
        """Whether a cue starts in ``[lo, hi)``."""
        return bisect.bisect_left(self.cue_starts, lo) != bisect.bisect_left(self.cue_starts, hi)

    def co_agent(self, agent: _Draft, draft: _Draft) -> bool:
        """Whether ``draft`` is listed with the ``agent`` before it ("… theo Luật số A, Luật số
        B và Luật số C"), not an item of the outer list ("… theo Nghị định A và Nghị định B
        quy định về …")."""
        gap = _AGENTS_JOINED.match(self.folded, agent.item_end(self.folded), draft.start)
        return gap is not None and gap.end() == draft.start and not self.outer_item(agent, draft)

    def outer_item(self, agent: _Draft, draft: _Draft) -> bool:
        """Whether ``draft``, listed after an agent, is an item of an outer list: "… đã được
        sửa đổi theo Nghị định B và Nghị định C quy định về …" (not "… được sửa đổi bởi khoản
        23 Điều 1 Nghị định B và khoản 5 Điều 2 Nghị định C quy định về …", where both
        provisions amend, and the sentence then says what they provide)."""
        return (self.described(draft) and not self.described(agent)
                and not self.pinpointed(agent) and not self.pinpointed(draft))

    def agent_of_aside(self, item: _Draft, index: int) -> bool:
        """Whether the mention ``index`` is an agent of a passive cue said of the listed
        ``item`` ("Nghị định A quy định … đã được sửa đổi, bổ sung theo Nghị định B")."""
        first = bisect.bisect_left(self.cue_starts, item.end)
        for k in range(first, min(len(self.cues), first + _MAX_EARLIER_CUES)):  # bounded: linear on any input
            cue = self.cues[k]
            if cue.start >= self.drafts[index].start:
                break
            if cue.voice == "passive" and (cue.subject == index or index in cue.co_subjects):
                return True
        return False

    def described_item(self, lo: int, hi: int, item: int) -> bool:
        """Whether ``[lo, hi)`` says what the item before (``item``) is about, then goes on
        with the list: "… Thông tư A quy định công tác kiểm tra …, Thông tư B …". A cue in
        between is the item's own, acting on no document: "Kết luận A … hướng dẫn xây dựng
        phương án …; Kết luận B …"."""
        if hi - lo > _MAX_DESCRIPTION:
            return False
        if ";" not in self.folded[lo:hi] and _PROVISIONS_NAMED.search(self.folded, lo, hi):
            return False  # "… xếp loại Điều 5, Điều 6 <doc>": what the description names, of the next document
        k = bisect.bisect_left(self.cue_starts, lo)
        opening = (k < len(self.cues) and self.cues[k].subject == item
                   and not self.folded[lo:self.cues[k].start].strip(" _,"))  # the item's own verb
        if ((_DESCRIBED_ITEM if not opening else _DESCRIBED_BY_VERB).fullmatch(self.folded, lo, hi) is None
                and not self.described_after_issuer(lo, hi, item)):
            return False
        while k < len(self.cues) and self.cues[k].start < hi:  # (bounded by the description's length)
            if self.cues[k].subject != item or ";" not in self.folded[self.cues[k].end:hi]:
                return False
            k += 1
        return True

    def described_after_issuer(self, lo: int, hi: int, item: int) -> bool:
        """Whether ``[lo, hi)`` is what the item before does, stated in lower case right after
        its issuer ("… của Ủy ban nhân dân tỉnh phân cấp thẩm quyền …"), and "và" then joins
        a document of the item's own type."""
        draft = self.drafts[item]
        if draft.issuer_span is None or draft.issuer_span[1] != draft.item_end(self.folded):
            return False  # (after a date or a title, the words may be the sentence's own)
        words = self.text[lo:hi].lstrip(" \t\n_")
        k = self.countable_from(hi)
        return (words[:1].islower()
                and k < len(self.countable) and self.countable_starts[k] == hi
                and self.drafts[self.countable[k]].doc_type == draft.doc_type is not None
                and _DESCRIBED_AFTER_ISSUER.fullmatch(self.folded, lo, hi) is not None)

    def assigned_before(self, pos: int, *, bare: bool = False) -> bool:
        """Whether the clause before ``pos`` gives a body the task ("Giao Sở A chủ trì, phối hợp
        … triển khai …", "… UBND tỉnh có trách nhiệm tổ chức thực hiện …"): the clause opens at
        the last ";", ":", "." or line break, within _ASSIGNED_REACH. ``bare``: and names no
        document before ``pos`` (whose own words the verb may be: "… được Chính phủ phân công Bộ
        Công an quản lý quy định tại Nghị định A … quy định chi tiết thi hành Luật B")."""
        lo = max(0, pos - _ASSIGNED_REACH)
        lowered = self.norm.lowered
        if all(lowered.find(word, lo, pos) == -1 for word in ("giao", "trách", "để", "phân")):
            return not bare and self.tasked_in_list(pos)  # (most cues: a cheap look first)
        line_break = self.text.rfind("\n", lo, pos)
        while line_break != -1 and self.text[line_break + 1:line_break + 2].islower():
            # a wrapped line: "… có trách nhiệm tổ chức⏎kiểm tra, hướng dẫn …"
            line_break = self.text.rfind("\n", lo, line_break)
        opens = max(self.text.rfind(";", lo, pos), self.text.rfind(":", lo, pos),
                    self.text.rfind(".", lo, pos), line_break) + 1
        if bare:
            assigned = _ASSIGNED.search(self.text, max(lo, opens), pos)
            return assigned is not None and bisect.bisect_left(self.countable_starts, assigned.end()) == (
                bisect.bisect_left(self.countable_starts, pos))
        return _ASSIGNED.search(self.text, max(lo, opens), pos) is not None or self.tasked_in_list(pos)

    def tasked_in_list(self, pos: int) -> bool:
        """Whether ``pos`` stands in an item of a list of tasks given to a body: "- Giao Ủy ban
        nhân dân Thành phố:⏎⏎+ Tổ chức triển khai thực hiện Nghị quyết A;" (the lead is the last
        line ending in a colon, within _TASK_LIST_REACH)."""
        line_start = self.text.rfind("\n", max(0, pos - _TASK_LIST_REACH), pos) + 1
        if line_start == 0 or _TASK_ITEM.match(self.text, line_start, pos) is None:
            return False
        colon = self.text.rfind(":", max(0, line_start - _TASK_LIST_REACH), line_start)
        if colon == -1 or _LINE_END_AFTER.match(self.text, colon + 1) is None:
            return False  # (the last colon must end its line: the list's lead)
        lead_start = self.text.rfind("\n", 0, colon) + 1
        return _ASSIGNED.search(self.text, lead_start, colon) is not None

    def issued_in_main_clause(self, cue: _Cue) -> int | None:
        """The document a body issues in the main clause after a fronted "Thực hiện A, …"
        ("Thực hiện Nghị quyết A, Bộ Tài chính đã ban hành Công văn B …"), or None."""
        lo = self.starts[cue.sentence]
        if not (self.cue_opens_sentence(cue) or _ACCORDINGLY.fullmatch(self.norm.lowered, lo, cue.start)):
            return None  # not fronted
        end = min(self.sentence_end(cue.sentence), cue.end + _ISSUED_REACH)  # bounded: see _LOOK_BACK
        first_comma = self.folded.find(",", cue.end, end)
        if first_comma == -1:
            return None  # no clause after the fronted one
        k = self.countable_from(first_comma)
        if (k < len(self.countable) and self.countable_starts[k] < end
                and _CLAUSE_SUBJECT_GAP.fullmatch(self.folded, first_comma + 1, self.countable_starts[k])
                and self.acts_next(self.drafts[self.countable[k]])):
            # "Thực hiện Nghị quyết A, Luật B năm 2024 đã sửa đổi …": B, opening the main clause, acts
            return self.resolve(self.countable[k])
        while k < len(self.countable) and (start := self.countable_starts[k]) < end:
            verb = _ISSUING_VERB_BEFORE.search(self.norm.lowered, max(cue.end, start - 24), start)
            comma = self.folded.rfind(",", cue.end, verb.start()) if verb is not None else -1
            if (verb is not None and comma != -1 and ":" not in self.folded[cue.end:comma]
                    and body_issues_between(self.norm, comma + 1, verb.start())):
                return self.resolve(self.countable[k])
            k += 1
        return None

    def document_named_in(self, lo: int, hi: int) -> bool:
        """Whether a document is named by its capitalised type word alone in ``[lo, hi)``
        ("… đề nghị ban hành Nghị quyết quy định …"; not "… hướng dẫn sử dụng …", a verb)."""
        return any(self.text[m.start()].isupper() for m in _BARE_TYPE.finditer(self.folded, lo, hi))

    def lists_provisions(self, cue: _Cue, end: int, *, of_agent: bool = False) -> bool:
        """Whether only a list of provisions, ";" and all, stands between an amending,
        repealing or guiding cue and the document they are of ("Bãi bỏ các khoản 1, 2 Điều 1;
        Chương II; Phụ lục I và IV của Thông tư A": A is repealed in part; "… quy định chi tiết
        thi hành khoản 4 Điều 24; khoản 3 Điều 26 Luật B": B is guided; "(thực hiện điểm a, điểm đ
        khoản 5; khoản 6 Điều 21 Luật C)": C is carried out)."""
        if not of_agent and cue.relation not in (Relation.AMENDS, Relation.REPEALS, Relation.GUIDES,
                                                 Relation.IMPLEMENTS):
            return False
        if end - cue.end > _MAX_GAP:
            return False
        start = _AGENT_MARK.match(self.folded, cue.end) if of_agent else None  # "bởi", "tại", "theo"
        return _PROVISION_LIST.fullmatch(self.norm.lowered, start.end() if start else cue.end, end) is not None

    def new_item_between(self, lo: int, hi: int) -> bool:
        """Whether a ";" starts a new item between a cue and a mention ("… quy định chi tiết
        thi hành Pháp lệnh phí; Nghị định 24/2006 …"), unless "trong đó" goes on with it
        ("… các văn bản chỉ đạo …; trong đó trọng tâm là Chỉ thị …")."""
        semicolon = self.folded.find(";", max(lo, hi - _MAX_GAP), hi)  # bounded: see _object_gap
        return (semicolon != -1 and _INHERIT.search(self.folded, semicolon, hi) is None
                and _PARTS_GO_ON.match(self.folded, semicolon) is None)

    def in_force_then_listed(self, cue: _Cue, before: int) -> bool:
        """Whether the expiry cue follows "<before> có hiệu lực (thi hành) thì các quy định sau
        đây" and a colon introduces what expires."""
        return (self.lists_after(cue.sentence, cue.end)
                and cue.start - self.drafts[before].end <= _IN_FORCE_REACH
                and _IN_FORCE_THEN_LISTED.fullmatch(self.norm.lowered, self.drafts[before].item_end(self.folded),
                                                    cue.start) is not None)

    def expiring(self, cue: _Cue) -> int | None:
        """The document an expiry cue ends: the last one before it, unless that one is only
        what the sentence's own document was issued under ("- Thông tư A … hướng dẫn … theo
        quy định tại Quyết định B hết hiệu lực …": A expires), and none when it is the document
        whose coming into force ends them ("tại Điều 37 Thông tư A quy định 7 Thông tư hết hiệu
        lực … kể từ ngày Thông tư A có hiệu lực …, cụ thể như sau:⏎(1) …": they are listed)."""
        lo = self.starts[cue.sentence]
        before = self.before_aside(self.last_countable_before(cue.start, lo), cue.start, lo)
        if before is not None:
            before = self.named_by_alias(before, lo)
        if (before is not None and (tail := _AFTER_EXPIRY.match(self.folded, cue.end)) is not None
                and (in_force := self.by_start.get(tail.end())) is not None
                and self.same_document(self.drafts[before], self.drafts[in_force])):
            return None
        if before is None or not _PRESCRIBED_IN.search(self.norm.lowered, max(lo, self.drafts[before].start
                                                                              - _PRESCRIBED_REACH),
                                                       self.drafts[before].start):
            return before
        head = self.countable[self.countable_from(lo)]
        if head != before and self.opens_sentence(cue.sentence, self.drafts[head].start):
            return head
        return before

    def before_aside(self, before: int | None, pos: int, lo: int) -> int | None:
        """The last mention before an aside that holds ``before`` and closes before ``pos``
        ("Nghị quyết A … (thực hiện … Luật Thủ đô) hết hiệu lực …": A; "Điều 89 Luật A … (có
        cụm từ bị thay thế bởi … Luật B) được bổ sung bởi …": A), else ``before``. Not past
        an alias ("(sau đây gọi là Luật A)") or a label ("(Thông tư số A)"), which name the
        document itself."""
        if (before is None or not _in_aside(self.folded, lo, self.drafts[before].start)
                or ")" not in self.folded[self.drafts[before].end:pos]
                or _ALIAS_BEFORE.search(self.folded, max(lo, self.drafts[before].start - 48),
                                        self.drafts[before].start)):
            return before
        opened = self.folded.rfind("(", max(lo, self.drafts[before].start - _ASIDE_REACH), self.drafts[before].start)
        if opened == -1 or not self.folded[opened + 1:self.drafts[before].start].strip(" _*\"“"):
            return before  # "… (Thông tư số 08/2023/TT-BTTTT) được sửa đổi …": a label, the document itself
        return self.last_countable_before(opened, lo)

    def expiring_items(self, cue: _Cue, before: int, owner: set[int]) -> list[int]:
        """What an expiry cue ends: ``before`` and the items listed before it, joined by ",",
        "và" or ";" ("Nghị quyết A ngày …; Nghị quyết B ngày …; Nghị quyết C … hết hiệu lực").
        A document an item's own description acts on stands for that item: in "Thông tư A …
        về hướng dẫn thi hành Nghị định B … và Quyết định C … hết hiệu lực", A and C expire,
        not B."""
        listed: list[int] = []
        item = before
        for _ in range(_MAX_LISTED):  # a bounded walk back over the sentence's mentions
            if item in owner:
                described = self.item_describing(cue, item)
                if described is None and listed:
                    break  # what an earlier cue lists is no item of this one
                for _ in range(_MAX_EARLIER_CUES):  # "C sửa đổi B sửa đổi A": C is the item
                    if described is None:
                        break
                    item, described = described, self.item_describing(cue, described)
            listed.append(item)
            k = bisect.bisect_left(self.countable, item) - 1
            if k < 0 or self.sentence_ids[self.countable[k]] != cue.sentence:
                break
            earlier = self.countable[k]
            end, start = self.drafts[earlier].item_end(self.folded), self.drafts[item].start
            gap = _EXPIRING_JOINED.match(self.folded, end, start)
            if (gap is None or gap.end() != start) and (
                    start - end > _MAX_DESCRIPTION or _NEXT_LISTED.fullmatch(self.folded, end, start) is None):
                break  # (past what the item is about: "Nghị định A … quy định chi tiết về …; Nghị định B")
            item = earlier
        return listed

    def item_describing(self, cue: _Cue, index: int) -> int | None:
        """The item whose description acts first on the mention ``index``, in ``cue``'s
        sentence before it ("Thông tư A về hướng dẫn thi hành Nghị định B": A for B), or None.
        A document listed after that one is an item of its own: "… Nghị định B … và Quyết định
        C … hết hiệu lực" ends C."""
        for earlier in self.earlier_in_sentence(cue):
            if (earlier.objects[:1] == [index] and earlier.voice == "active" and earlier.subject is not None
                    and 0 <= earlier.subject < index):
                return earlier.subject
        return None

    def not_expiring_subject(self, cue: _Cue, listed: list[int]) -> None:
        """The document "<type> này" names in "… hết hiệu lực kể từ ngày Nghị quyết này có
        hiệu lực" is none the sentence ends: with no text of that type to be "this", it is
        the last one of its type before the sentence (a page quoting a new law), or unknown."""
        subject = cue.subject
        lo = self.starts[cue.sentence]
        if subject is None or subject < 0 or not lo <= self.drafts[subject].start < cue.start:
            return  # the text itself, one named before the sentence, or "kể từ ngày Luật B có hiệu lực"
        for _ in range(_MAX_STEPS):  # bounded: linear on any input
            subject = self.earlier_of_type(subject)
            if subject is None or self.drafts[subject].start < lo:
                break
        cue.subject = subject
        cue.co_subjects = [i for i in cue.co_subjects if i not in listed]

    def named_by_alias(self, index: int, lo: int) -> int:
        """The mention an alias at ``index`` names ("Luật A số 53/2014/QH13 đã được sửa đổi …
        (sau đây gọi là Luật A số 53/2014/QH13) hết hiệu lực …": the first one), or ``index``."""
        alias = self.drafts[index]
        key = self.law_key(alias) if alias.reference is None else None
        if ((alias.reference is None and key is None)
                or not _ALIAS_BEFORE.search(self.folded, max(lo, alias.start - 48), alias.start)):
            return index
        k = bisect.bisect_left(self.countable, index) - 1
        for _ in range(_MAX_LISTED):  # a bounded walk back over the sentence's mentions
            if k < 0 or self.drafts[self.countable[k]].start < lo:
                break
            earlier = self.drafts[self.countable[k]]
            if (earlier.reference == alias.reference if key is None
                    else self.law_key(earlier) == key and (earlier.year is None or alias.year in (None, earlier.year))):
                return self.countable[k]
            k -= 1
        return index

    def law_key(self, draft: _Draft) -> str | None:
        """A law's name as compared across mentions, without its year (see ``name_key``)."""
        name = self.law_name(draft)
        return name_key(name) if name is not None else None

    def acted_on_by(self, index: int, cue: _Cue) -> int:
        """What an expiry or a further passive cue applies to when the mention before it is
        an agent of an earlier passive cue: "A được sửa đổi, bổ sung bởi B, C và D hết hiệu
        lực" ends A; "A (được bổ sung bởi B, được sửa đổi bởi C)" has C amend A."""
        for earlier in self.earlier_in_sentence(cue):
            if earlier.voice == "passive" and earlier.objects and index in (earlier.subject, *earlier.co_subjects):
                return earlier.objects[0]
        return index

    def within_rank(self, cue: _Cue, target: int) -> int:
        """The document a passive cue acts on: the mention before it, unless the acting
        document ranks below it, which cannot happen ("Nghị định A … hướng dẫn thi hành Luật
        B được sửa đổi, bổ sung bởi Nghị định C": a decree amends decree A, not law B); then
        the last earlier mention of the sentence it can act on. Nor does a State document
        change a Party one ("Nghị quyết A của Chính phủ … thực hiện Nghị quyết 57-NQ/TW … được
        sửa đổi, bổ sung … tại Nghị quyết B của Chính phủ": B amends A)."""
        acting = cue.subject if cue.subject is not None and cue.subject >= 0 else None
        if acting is None:
            return target

        def beyond(draft: _Draft) -> bool:
            doer = self.drafts[acting]
            return _outranks(draft, doer) or (cue.relation in _CHANGES and _other_system(draft, doer))

        if not beyond(self.drafts[target]):
            return target
        k = bisect.bisect_left(self.countable, target) - 1
        for _ in range(_MAX_STEPS):
            if k < 0 or self.sentence_ids[self.countable[k]] != cue.sentence:
                break
            earlier = self.countable[k]
            if not beyond(self.drafts[earlier]):
                return earlier
            k -= 1
        return target

    def described_next(self, draft: _Draft) -> bool:
        """Whether what a listed document is about follows it, as the item before's did: "…;
        Thông tư C quy định …", "…; Thông tư C hướng dẫn …" (not "…; Thông tư C sửa đổi …")."""
        if self.described(draft):
            return True
        k = bisect.bisect_left(self.cue_starts, max(draft.context_end, draft.end))
        return self.acts_itself(draft) and self.cues[k].relation is Relation.GUIDES

    def passive_follows(self, draft: _Draft) -> bool:
        """Whether a passive cue follows the mention right away, with no comma between: it is
        what the cue acts on ("… Nghị định C được sửa đổi bởi …"; but "…, Thông tư C, được bổ
        sung bởi D" goes on about what the list before was said of)."""
        if not self.acts_itself(draft):
            return False
        cue = self.cues[bisect.bisect_left(self.cue_starts, max(draft.context_end, draft.end))]
        return cue.voice == "passive" and "," not in self.folded[draft.item_end(self.folded):cue.start]

    def gap_to_next_cue(self, draft: _Draft, reach: int) -> tuple[int, int] | None:
        """The words between the mention (with what was read beside it) and the next cue, when
        that cue starts within ``reach`` characters; else None (a bounded look: slicing up to a
        far cue for every listed item would be quadratic)."""
        after = max(draft.context_end, draft.end)
        k = bisect.bisect_left(self.cue_starts, after)
        return (after, self.cues[k].start) if k < len(self.cues) and self.cues[k].start - after <= reach else None

    def acts_next(self, draft: _Draft) -> bool:
        """Whether a cue follows the mention right away, perhaps after a word of tense ("Luật B
        năm 2024 đã sửa đổi …")."""
        gap = self.gap_to_next_cue(draft, _CUE_RIGHT_AFTER + _TENSE_REACH)
        return gap is not None and _TENSE_GAP.fullmatch(self.folded, *gap) is not None

    def acts_itself(self, draft: _Draft) -> bool:
        """Whether a cue of its own follows the mention right away ("Nghị định 261/2025
        sửa đổi …"): the mention opens a clause of its own, not an item of a list."""
        gap = self.gap_to_next_cue(draft, _CUE_RIGHT_AFTER)
        return gap is not None and self.folded[slice(*gap)].strip(" ,_\n") == ""

    def coordinated_after(self, k: int, *, in_aside: bool = False, agents: bool = True) -> list[int]:
        """The mentions listed after ``countable[k]`` ("Luật A, Luật B và Luật C"), each
        joined to the one before by a comma or "và" and nothing else; in an aside, by ";"
        too ("(được sửa đổi bởi khoản 1 Điều 2 Nghị định B; điểm g … Nghị định C)").
        ``agents``: they act (a passive's agents), so a described one may open an outer item."""
        joined = _AGENTS_JOINED_IN_ASIDE if in_aside else _AGENTS_JOINED
        listed: list[int] = []
        prev = self.drafts[self.countable[k]]
        for n in range(k + 1, min(len(self.countable), k + 1 + _MAX_LISTED)):
            i = self.countable[n]
            item_end = prev.item_end(self.folded)
            at = self.past_alias(prev, item_end, self.drafts[i])
            if at < 0:
                continue
            if at > item_end and self.alias_of_another(prev, at):
                # "… được sửa đổi theo Luật số 57/2024/QH15, Luật số 90/2025/QH15 (sau đây gọi là
                # Luật Đấu thầu), Nghị định 24/2024/NĐ-CP …": the alias names what was amended, and
                # closes the list of what amended it.
                break
            gap = joined.match(self.folded, at, self.drafts[i].start)
            if (gap is None or gap.end() != self.drafts[i].start) and listed and self.undated_next(prev, i):
                gap = _SEMICOLON_JOINED.match(self.folded, at, self.drafts[i].start)
            if (gap is None or gap.end() != self.drafts[i].start) and not self.acts_itself(self.drafts[i]):
                gap = _PROVISION_AFTER_SEMICOLON.match(self.folded, at, self.drafts[i].start)
            if gap is None or gap.end() != self.drafts[i].start or self.sentence_ids[i] != self.sentence_ids[
                    self.countable[k]]:
                break
            if agents and (self.outer_item(prev, self.drafts[i]) or self.passive_follows(self.drafts[i])):
                break  # "… theo Luật B, Nghị định C được sửa đổi bởi …": C opens a clause of its own
            listed.append(i)
            prev = self.drafts[i]
        return listed

    def undated_next(self, prev: _Draft, index: int) -> bool:
        """Whether a list of undated documents may go on past a ";" from ``prev`` to
        ``index``: "… theo Luật A 2020, Luật B 2022; Luật C 2023; Luật D 2023, …", where no
        item has a date (as items of a "Căn cứ" preamble have) or acts itself."""
        draft = self.drafts[index]
        return (prev.date is None and draft.date is None and prev.kind is Kind.NAMED
                and draft.kind is Kind.NAMED and not self.acts_itself(draft))

    def pinpointed(self, draft: _Draft) -> bool:
        """Whether an article, clause or point is cited in front of the mention."""
        return _PINPOINTED.search(self.norm.lowered, max(0, draft.start - 24), draft.start) is not None

    def described(self, draft: _Draft) -> bool:
        """Whether what the document is about follows it ("Nghị định C quy định về …"), not
        the sentence's own verb ("… Thông tư D quy định:", "… quy định về X như sau:")."""
        ahead = _DESCRIPTION_AHEAD.match(self.folded, max(draft.context_end, draft.end))
        if ahead is None:
            return False
        clause = _CLAUSE_REST.match(self.folded, ahead.end())
        words = clause.group("words") if clause is not None else ""
        return (clause is not None and bool(words.strip(" _")) and clause.group("end") != ":"
                and _AS_FOLLOWS_IN.search(words) is None)

    def coordinated_before(self, index: int, owner: set[int]) -> list[int]:
        """The mentions listed before ``index`` ("Thông tư A, Thông tư B và Thông tư C được
        sửa đổi bởi …"), each joined to the next by a comma or "và" and nothing else, and
        none the object of an earlier cue ("Thông tư A về hướng dẫn thi hành Nghị định B và
        Quyết định C hết hiệu lực": B is what A guides, not a third document that expires)."""
        listed: list[int] = []
        k = bisect.bisect_left(self.countable, index)
        following = self.drafts[index]
        for _ in range(_MAX_LISTED):
            k -= 1
            if k < 0:
                break
            earlier = self.countable[k]
            if earlier in owner:
                break
            draft = self.drafts[earlier]
            gap = _AGENTS_JOINED.match(self.folded, draft.item_end(self.folded), following.start)
            if (gap is None or gap.end() != following.start
                    or self.sentence_ids[earlier] != self.sentence_ids[index]):
                break
            listed.append(earlier)
            following = draft
        return listed

    def past_alias(self, prev: _Draft, at: int, draft: _Draft) -> int:
        """Where a list goes on from ``prev`` (its context read up to ``at``) when an alias
        follows it ("Nghị định A ngày … (dưới đây gọi chung là Nghị định A) và Nghị định B"):
        past the alias, or -1 when ``draft`` is the alias's own mention. Past an aside on when
        it takes effect too ("(có hiệu lực từ ngày …)"). Without one, ``at``."""
        opening = self.folded.find("(", prev.end, at + _ALIAS_TAIL)
        if opening == -1 or self.folded[at:opening].strip(" _") != "":
            return at
        alias = _ALIAS_ASIDE.match(self.folded, opening, draft.end + _ALIAS_TAIL)
        if alias is None:
            in_force = _IN_FORCE_ASIDE.match(self.folded, opening, draft.start)
            return in_force.end() if in_force is not None else at
        return -1 if draft.start < alias.end() else alias.end()

    def cue_at(self, pos: int) -> _Cue | None:
        """The cue starting at ``pos``, if any."""
        k = bisect.bisect_left(self.cue_starts, pos)
        return self.cues[k] if k < len(self.cues) and self.cue_starts[k] == pos else None

    def lists_after(self, sentence: int, pos: int) -> bool:
        """Whether the sentence ends with a colon after ``pos``, introducing a list, or names
        what follows ("… sau đây …") right above a line opening an item, or is an article's
        heading ("**Điều 1. Bãi bỏ toàn bộ một số văn bản …**" and its items below)."""
        end = self.sentence_end(sentence)
        return (_ENDS_WITH_COLON.search(self.text, max(pos, end - 64), end) is not None
                # "4. Các quy định sau đây hết hiệu lực kể từ ngày …⏎⏎a) …": announced, no colon
                or self.announces_list(sentence, pos, end)
                or (_HEADING_ARTICLE.search(self.text, max(0, self.starts[sentence] - 32),
                                            self.starts[sentence]) is not None
                    and (item := _NUMBERED_ITEM_NEXT.match(self.text, end)) is not None
                    and "\n" in self.text[end - 1:item.end()]))

    def announces_list(self, sentence: int, pos: int, end: int) -> bool:
        """Whether "… sau đây …" near ``pos`` names what the lines below list, a line opening an
        item right after the sentence's ``end`` ("4. Các quy định sau đây hết hiệu lực …⏎⏎a) …")."""
        lo, hi = max(self.starts[sentence], pos - _FOLLOWING_REACH), min(end, pos + _FOLLOWING_REACH)
        if self.folded.find("sau", lo, hi) == -1:
            return False  # (the cheap look first: most sentences announce nothing)
        item = _LIST_ITEM_NEXT.match(self.text, end)
        return (item is not None and "\n" in self.text[end - 1:item.end()]
                and _FOLLOWING.search(self.folded, lo, hi) is not None)

    def objects_below(self, cue: _Cue) -> bool:
        """Whether a verb that must have an object ends its line with none, the numbered items
        below being its objects: "Quy định này quy định chi tiết⏎⏎1. Khoản 7 Điều 72 Luật A …⏎2. …"
        (not "Căn cứ" or "thực hiện", which a heading may end with)."""
        if cue.relation not in _CHANGES and cue.relation is not Relation.GUIDES:
            return False
        end = self.sentence_end(cue.sentence)
        if end - cue.end > _BLANK_TAIL:
            return False  # (bounded: nothing but a line's end may follow the verb)
        item = _NUMBERED_ITEM_NEXT.match(self.text, end)
        return (item is not None and "\n" in self.text[end - 1:item.end()]
                and not self.text[cue.end:end].strip(" \t\n*_")
                and (lead := _BLANK_LEAD.match(self.text, self.starts[cue.sentence], cue.start)) is not None
                and lead.end() < cue.start)

    def goes_on_lower(self, pos: int) -> bool:
        """Whether the line at ``pos`` opens with a lower-case word: an item's text wrapped."""
        first = _FIRST_WORD.match(self.text, pos)
        return first is not None and first.group(1).islower()

    def listed_after(self, cue: _Cue, owner: set[int]) -> list[int]:
        """The documents a cue introduces with a colon, one list item each: "Bãi bỏ các
        văn bản sau:⏎1. Quyết định số …⏎2. Quyết định số …"."""
        if not (self.lists_after(cue.sentence, cue.end) or self.objects_below(cue)):
            # (only the sentence's tail is searched: from each cue on is quadratic)
            return self.listed_inline(cue, owner) if cue.voice == "expiry" else []
        k = bisect.bisect_right(self.cue_starts, cue.start)
        if k < len(self.cues) and self.cues[k].sentence == cue.sentence and self.cues[k].voice == "passive":
            return []  # "VỀ THỰC HIỆN CHẾ ĐỘ …⏎Quyết định A … được sửa đổi, bổ sung bởi:⏎…": the passive's agents
        end = self.sentence_end(cue.sentence)
        found: list[int] = []
        pos = end
        last_number = -1  # the number of the last item found, when the list numbers them
        last_marked = False  # whether the last item found opened with a mark ("1.", "-", "a)")
        for _ in range(_MAX_LISTED_LINES):  # (each step moves on by a line or an item: linear)
            item = _LIST_ITEM.match(self.text, pos)
            if item is not None and (own := self.cue_at(item.end())) is not None and own.relation is cue.relation:
                # "Căn cứ pháp lý:⏎…⏎4. Căn cứ Quyết định …": the item says its own cue;
                # the list goes on after it.
                pos = self.sentence_end(own.sentence)
                continue
            opens = item.end() if item else -1
            if item is not None and (part := _ITEM_PART.match(self.folded, opens)) is not None:
                opens = part.end()
            k = self.countable_from(opens) if item else len(self.countable)
            number = _item_number(item)
            if (cue.relation is Relation.BASED_ON and number is not None and number == last_number + 1
                    and k < len(self.countable) and self.countable_starts[k] != opens
                    and "\n" not in self.text[opens:self.countable_starts[k]]):
                # "Căn cứ pháp lý:⏎…⏎10. Luật A;⏎11. Điều lệ Hội … (QĐ số B, ngày …);⏎12. Hướng dẫn C":
                # the next numbered basis names its document further in
                opens = self.countable_starts[k]
            if item is None or k >= len(self.countable) or self.countable_starts[k] != opens:
                if 0 < pos < len(self.text) and self.text[pos] == "\n" and self.text[pos - 1] != "\n":
                    pos += 1  # the sentence ended with its line ("… Nông nghiệp và Môi⏎trường.⏎** **⏎…"):
                    continue  # the next line is looked at afresh, not skipped
                line_end = self.text.find("\n", pos + 1)
                if pos > 0 and line_end != -1 and (self.text[pos - 1] != "\n" or (found and (
                        self.goes_on_lower(pos) or self.wrapped_item_line(pos, item, last_number)))):
                    # a sentence ended inside the item ("…….. (mới);"), or its wrapped line goes
                    # on in lower case ("… phương thức hoàn trả;⏎quy định chế độ thu …"), or at a
                    # fixed width: the next line, which must open an item or go on with this one again
                    pos = line_end + 1
                    continue
                break  # the list ends where a line no longer opens with a document
            if self.countable[k] in owner:
                break  # another verb's list
            if self.page_footer_line(opens):
                break  # a law library page's footer names the document the page holds: no item
            marked = bool(item.group().strip(" \t\n*"))
            if found and last_marked and not marked and "\n" in item.group():
                break  # "- Luật A;⏎- Nghị định B …⏎** **⏎Quyết định C …": a line with no mark, past a blank one
            # an item may name more than one ("- Quyết định A và Quyết định B của UBND tỉnh …")
            listed = [*self.coordinated_after(k, agents=False), *self.items_past_descriptions(k, owner)]
            for i in [self.countable[k], *listed]:
                if i not in owner:
                    found.append(i)
                    owner.add(i)
            last_number = number if number is not None else -1
            last_marked = marked
            pos = self.sentence_end(self.sentence_ids[self.countable[k]])
            if (goes_on := _LISTED_LINE.search(self.text, self.countable_starts[k],
                                               min(pos, self.countable_starts[k] + _ITEM_REACH))) is not None:
                pos = goes_on.end()  # "…;⏎Quyết định B …": the next item, in the same sentence
        return found

    def page_footer_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` is a law library page's footer, the title of the document
        the page holds, above its note "Văn bản này chưa cập nhật nội dung Tiếng Anh"."""
        line_end = self.text.find("\n", pos, pos + _FOOTER_LINE_REACH)
        return line_end != -1 and self.text.startswith(_FOOTER_NOTE, line_end + 1)

    def another_part(self, at: int, end: int) -> bool:
        """Whether ``[at, end)`` joins another part of another document to what a change acts
        on: "bãi bỏ Danh mục … ban hành kèm theo Quyết định A và Quy trình nội bộ … tại Mục A,
        Phần II ban hành kèm theo Quyết định B", each part named by where it stands."""
        joined = _PART_JOINED.match(self.folded, at, end)
        # (no cue may stand in the part's words: no cue is of relation MENTIONS)
        if joined is None or end - joined.end() > _MAX_GAP or not self.filler(joined.end(), end, Relation.MENTIONS):
            return False
        lowered, lo = self.norm.lowered, joined.end()
        return (len(lowered[lo:end].split()) <= _MAX_PART_WORDS
                and (_ISSUED_WITH.search(lowered, max(lo, end - 40), end) is not None
                     or _AT_PINPOINT.search(lowered, max(lo, end - _PRESCRIBED_REACH), end) is not None))

    def wrapped_item_line(self, pos: int, item: re.Match[str] | None, last_number: int) -> bool:
        """Whether the line at ``pos`` goes on with the item above, wrapped at a fixed width: the
        line above ends mid-phrase, and this one opens with no mark of the list's own kind ("1.
        Quyết định A … phường Nam Lý - Đồng Hới⏎- Quảng Bình;⏎2. Quyết định B …")."""
        above = self.text.rfind("\n", max(0, pos - 1 - _WRAPPED_MIN), pos - 1)
        if (above != -1 or pos - 1 < _WRAPPED_MIN  # (a short line above ends where its writer ended it)
                or _ITEM_UNFINISHED.search(self.text, max(0, pos - _MARKUP_TAIL), pos) is None
                or _ARTICLE_OPENS.match(self.text, pos) is not None):
            return False
        if item is None or not item.group().strip(" \t\n*"):
            return True
        return _item_number(item) is None and last_number >= 0

    def listed_inline(self, cue: _Cue, owner: set[int]) -> list[int]:
        """The documents a colon right after an expiry lists in the same run of text, each
        cited with its date and title and joined by ";": "Các Nghị quyết … sau đây hết hiệu lực
        kể từ ngày Nghị quyết này có hiệu lực thi hành: số A ngày … về …; số B ngày … về …"."""
        colon = self.folded.find(":", cue.end, min(self.sentence_end(cue.sentence), cue.end + _INLINE_LEAD_REACH))
        if colon == -1 or ";" in self.folded[cue.end:colon]:
            return []
        k = self.countable_from(colon + 1)
        listed: list[int] = []
        joiner = _INLINE_FIRST
        at = colon + 1
        while k < len(self.countable) and len(listed) < _MAX_LISTED:
            i = self.countable[k]
            if (i in owner or self.sentence_ids[i] != cue.sentence
                    or joiner.fullmatch(self.folded, at, self.countable_starts[k]) is None):
                break
            listed.append(i)
            at, joiner, k = self.drafts[i].item_end(self.folded), _INLINE_NEXT, k + 1
        owner.update(listed)
        return listed

    def items_past_descriptions(self, k: int, owner: set[int]) -> list[int]:
        """The items a colon's list goes on with in one run of text, each after what the one
        before issued and a ";": "thay thế:⏎Điều 14 Quyết định A ngày … ban hành Quy định …;
        Điều 3⏎Quyết định B …" (its lines wrap anywhere, so no item opens a line)."""
        listed: list[int] = []
        sentence = self.sentence_ids[self.countable[k]]
        for n in range(k + 1, min(len(self.countable), k + 1 + _MAX_LISTED)):
            i, prev = self.countable[n], self.drafts[self.countable[n - 1]]
            d = self.drafts[i]
            at = self.past_alias(prev, prev.item_end(self.folded), d)
            if (at < 0 or i in owner or self.sentence_ids[i] != sentence or ";" not in self.folded[at:d.start]
                    or not self.described_item(at, d.start, self.countable[n - 1])):
                break
            listed.append(i)
        return listed

    def reattach_coordinated(self) -> None:
        """A coordinated mention after a nested list belongs to the cue whose objects
        share its type: "sửa đổi … Nghị định A … hướng dẫn thi hành Luật B và Nghị định C"."""
        drafts, cues = self.drafts, self.cues
        for n, cue in enumerate(cues):
            if len(cue.objects) < 2 or cue.voice != "active":
                continue
            first_type = _type_name(drafts[cue.objects[0]])
            for i in list(cue.objects[1:]):
                name = _type_name(drafts[i])
                if name is None or first_type is None or name == first_type:
                    continue
                for other in reversed(cues[max(0, n - _MAX_EARLIER_CUES):n]):
                    if other.sentence != cue.sentence:
                        continue
                    if (cue.subject is not None and cue.subject >= 0 and cue.subject not in other.objects
                            and other.subject != _THIS):
                        continue  # (the nested verb must be said of one of the other's objects, unless the
                        # other is the text's own: "Căn cứ Thông tư A … hướng dẫn … Nghị định B … quy định
                        # chi tiết … Luật C, Thông tư D …": D is one more basis)
                    types = {_type_name(drafts[j]) for j in other.objects}
                    if other.subject is not None and other.subject >= 0 and self.same_document(
                            drafts[other.subject], drafts[i]):
                        continue  # "Nghị định A quy định chi tiết Luật B, …, Thông tư C quy định chi
                        # tiết Luật B và Nghị định A": A is no object of its own verb
                    if name in types or (other.generic is not None and fold(name) == other.generic):
                        cue.objects.remove(i)
                        other.objects.append(i)
                        break
                else:
                    if cue.subject not in (None, _THIS) and not self.guided_with_law(cue, i) and (
                            (drafts[i].date is not None and not self.listed_in_full(cue, i))
                            or (self.after_semicolon(cue, i) and not self.cue_opens_sentence(cue))):
                        # "Kế hoạch X … thực hiện Nghị quyết A của Bộ Chính trị và Kế hoạch B
                        # ngày … của …": a document of another type, cited in full or after
                        # ";", is the next item of the sentence's own list, not a second thing X does.
                        # After ";" it joins the objects of the cue that acts on X ("Tiếp tục thực hiện
                        # Chỉ thị X về … thực hiện Chỉ thị A …; Nghị định B"); one cited in full may
                        # still be X's second object in a title ("Kế hoạch X về thực hiện Nghị quyết A
                        # … và Chương trình B ngày …"), so it is left without a cue.
                        outer = next((c for c in reversed(cues[max(0, n - _MAX_EARLIER_CUES):n])
                                      if c.sentence == cue.sentence and cue.subject in c.objects), None)
                        if outer is None and not self.after_semicolon(cue, i) and self.first_of_sentence(cue.subject):
                            continue  # no outer list for it to go on with: "Cục Thuế đã có Công điện X
                            # về việc triển khai thực hiện Nghị định A và Quyết định B ngày … của Bộ Tài chính"
                        cue.objects.remove(i)
                        if outer is not None and drafts[i].date is None:
                            outer.objects.append(i)

    def first_of_sentence(self, index: int) -> bool:
        """Whether the mention ``index`` is the first document its sentence cites."""
        k = bisect.bisect_left(self.countable, index)
        return k == 0 or self.sentence_ids[self.countable[k - 1]] != self.sentence_ids[index]

    def guided_with_law(self, cue: _Cue, index: int) -> bool:
        """Whether ``index`` is a decree (or a document between it and a law) that ``cue``
        guides with the law listed before it: "Thông tư A hướng dẫn thi hành Luật B và Nghị
        định C ngày … của Chính phủ" guides both, however fully C is cited."""
        if cue.relation is not Relation.GUIDES:
            return False
        rank, before = _rank(self.drafts[index]), _rank(self.object_before(cue, index))
        return before is not None and before <= _LAW_RANK and rank is not None and _LAW_RANK < rank <= _DECREE_RANK

    def listed_in_full(self, cue: _Cue, index: int) -> bool:
        """Whether the object listed before ``index`` is cited in full too, with its date: "…
        hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị
        định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 …" lists what one verb acts on."""
        return self.object_before(cue, index).date is not None

    def object_before(self, cue: _Cue, index: int) -> _Draft:
        """The object of ``cue`` listed right before its object ``index``."""
        return self.drafts[cue.objects[cue.objects.index(index) - 1]]

    def cue_opens_sentence(self, cue: _Cue) -> bool:
        """Whether the cue's verb opens its sentence ("Thực hiện Luật A …; Quyết định B …" in a
        passage quoted from C): then no outer list stands before it for an item after ";" to
        go on with."""
        return self.opens_sentence(cue.sentence, cue.start)

    def cited_earlier_in_sentence(self, index: int) -> bool:
        """Whether the document of ``index`` was cited before in its sentence (within _MAX_STEPS)."""
        k = bisect.bisect_left(self.countable, index)
        for earlier in reversed(self.countable[max(0, k - _MAX_STEPS):k]):
            if self.sentence_ids[earlier] != self.sentence_ids[index]:
                break
            if self.same_document(self.drafts[earlier], self.drafts[index]):
                return True
        return False

    def listed_subject(self, cue: _Cue) -> bool:
        """Whether the cue's subject is an item listed after a described document before it
        in its sentence: "… Thông tư A quy định chế độ công tác phí, Thông tư B sửa đổi …"."""
        if cue.subject is None or cue.subject < 0:
            return False
        k = bisect.bisect_left(self.countable, cue.subject)
        if k == 0 or self.sentence_ids[self.countable[k - 1]] != self.sentence_ids[cue.subject]:
            return False
        previous = self.countable[k - 1]
        return self.described_item(self.drafts[previous].item_end(self.folded), self.drafts[cue.subject].start,
                                   previous)

    def item_after_semicolon(self, index: int) -> bool:
        """Whether ``index`` follows a ";" after the document before it in its sentence."""
        k = bisect.bisect_left(self.countable, index)
        if k == 0 or self.sentence_ids[self.countable[k - 1]] != self.sentence_ids[index]:
            return False
        previous, start = self.drafts[self.countable[k - 1]], self.drafts[index].start
        return self.folded.find(";", max(previous.end, start - _MAX_GAP), start) != -1  # (bounded: linear)

    def after_semicolon(self, cue: _Cue, index: int) -> bool:
        """Whether a ";" joins ``index`` to the object listed before it."""
        previous = self.object_before(cue, index)
        return ";" in self.folded[max(previous.context_end, previous.end):self.drafts[index].start]

    def release_heads(self) -> None:
        """In a "Căn cứ" clause, a document cited in full (with its date) for the first
        time after "… và" is a further basis, not one more object of the verb before it:
        "Căn cứ A; B sửa đổi A và C ngày …" bases the text on C too."""
        based = {c.sentence for c in self.cues if c.relation is Relation.BASED_ON}
        if not based:
            return
        # Only the sentences of objects that may be released are read.
        wanted = {self.sentence_ids[i] for cue in self.cues if cue.sentence in based
                  and cue.relation is not Relation.BASED_ON for i in cue.objects[1:]}
        first_in_sentence: set[int] = set()
        seen: dict[int, set[str]] = {}
        for i, d in enumerate(self.drafts):
            if self.sentence_ids[i] not in wanted:
                continue
            key = str(d.reference) if d.reference else self.folded[d.start:d.end]
            names = seen.setdefault(self.sentence_ids[i], set())
            if key not in names:
                first_in_sentence.add(i)
            names.add(key)
        for cue in self.cues:
            if cue.sentence not in based or cue.relation is Relation.BASED_ON:
                continue
            # (but in a list of objects each cited in full, the one after "và" is another object:
            # "Căn cứ Thông tư A … hướng dẫn thực hiện Nghị định B ngày … về … và Nghị định C ngày …")
            cue.objects[1:] = [
                i for i in cue.objects[1:]
                if self.drafts[i].date is None or i not in first_in_sentence
                or (self.listed_in_full(cue, i) and _AND_BEFORE.search(
                    self.folded, max(0, self.drafts[i].start - 8), self.drafts[i].start) is not None)
            ]

    def apply(self) -> None:
        """Links from document subjects; the text's own relation from text subjects."""
        drafts = self.drafts
        given: dict[int, set[Link]] = {}  # each subject's links, as a set: one cue may list thousands
        for cue in self.cues:
            for i in cue.objects:
                draft = drafts[i]
                if draft.is_self or cue.subject is None or cue.subject == i:
                    continue
                relation = Relation.AMENDS if self.replaces_a_part(cue, draft) else cue.relation
                actors = (cue.subject, *cue.co_subjects)
                if cue.subject == _THIS:
                    if draft.relation is Relation.MENTIONS and not self.publisher_acts(cue, draft):
                        draft.relation = relation
                    actors = (cue.reported,) if cue.reported is not None and cue.reported >= 0 else ()
                for acting in actors:
                    subject = drafts[acting]
                    if acting == i or self.same_document(subject, draft):
                        continue  # the same document under two mentions
                    if relation is Relation.GUIDES and _ranks_at_most(draft, subject):
                        continue  # a circular guides a decree or a law, not another circular
                    if relation in _CHANGES and (_other_system(subject, draft)
                                                 or _law_changing_a_regulation(draft, subject)):
                        continue  # no law amends a Party resolution, nor the Party a law, nor a law a decree
                    if _dated_after(draft, subject):
                        continue  # no document acts on one issued after it (by the dates or the years)
                    link = Link(relation, i)
                    known = given.get(acting)
                    if known is None:
                        known = given[acting] = set(subject.links)
                    if link not in known:
                        known.add(link)
                        subject.links.append(link)

    def links_to_labels(self) -> None:
        """Give a long citation's links to the label that closes it: in "Thông tư số 01/2024
        ngày … sửa đổi, bổ sung … Thông tư số 08/2023 và Thông tư số 09/2023 (Thông tư số
        01/2024)" the parenthesised label stands for the document the sentence described."""
        for i, draft in enumerate(self.drafts):
            if not draft.links or draft.reference is None:
                continue
            ahead = [link for link in draft.links if link.target > i]
            if not ahead:
                continue
            last = max(link.target for link in ahead)
            k = self.countable_from(self.drafts[last].end)
            if k >= len(self.countable):
                continue
            label = self.countable[k]
            candidate = self.drafts[label]
            if (candidate.reference == draft.reference
                    and self.sentence_ids[label] == self.sentence_ids[i]
                    and _APPOSITIVE.search(self.folded, max(0, candidate.start - 3), candidate.start)
                    and _COORDINATION.fullmatch(self.folded, self.drafts[last].end, candidate.start - 1)):
                known, moved = set(candidate.links), set(ahead)
                candidate.links.extend(link for link in ahead if link not in known)
                draft.links[:] = [link for link in draft.links if link not in moved]

    def links_from_names(self) -> None:
        """An amending law named by the laws it amends amends the mention of each of them
        just before it in the sentence: "Điều 19 Luật Thuế thu nhập cá nhân; khoản 4 Điều 1
        Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân"."""
        keys: dict[int, str | None] = {}  # each earlier name's key, computed once however many walks pass it
        # "… được sửa đổi theo Luật Đất đai 2024, Luật sửa đổi Luật Đất đai …": fellow agents of
        # one passive verb amend the same document, not one another.
        fellow = {i: n for n, cue in enumerate(self.cues) if cue.voice == "passive" and cue.co_subjects
                  for i in (cue.subject, *cue.co_subjects) if i is not None}
        for i, draft in enumerate(self.drafts):
            if self.law_name(draft) is None:
                continue
            names = amended_names(self.norm, draft.start, draft.end)
            if not names:
                continue
            wanted = set(names)
            k = bisect.bisect_left(self.countable, i) - 1
            after: _Draft | None = draft  # the item the walk came from: it may go back item by item up a list
            # ("Căn cứ Luật A;⏎Căn cứ Luật sửa đổi … Luật A số B;⏎Căn cứ Luật sửa đổi … Luật A số C;")
            for _ in range(_MAX_NAME_STEPS):  # a short walk back: the law stands just before
                if k < 0 or not wanted:
                    break
                j = self.countable[k]
                if self.sentence_ids[j] != self.sentence_ids[i] and not (
                        after is not None and self.item_before(j, after)):
                    break
                after = self.drafts[j] if self.sentence_ids[j] != self.sentence_ids[i] else None
                if j not in keys:
                    keys[j] = self.law_key(self.drafts[j])
                key = keys[j]
                # (never a later law of the name: a law of 2019 amending "Luật Cán bộ, công chức"
                # does not amend 80/2025/QH15)
                if (key in wanted and (i not in fellow or fellow.get(j) != fellow[i])
                        and not _dated_after(self.drafts[j], draft)):
                    wanted.discard(key)
                    if all(link.target != j for link in draft.links):
                        # (what the text says it does comes first: "Luật A … có nội dung bị bãi bỏ bởi …
                        # Luật sửa đổi Luật A" repeals that part)
                        draft.links.append(Link(Relation.AMENDS, j))
                k -= 1

    def item_before(self, index: int, draft: _Draft) -> bool:
        """Whether the mention ``index`` is the item of a list right before ``draft``'s:
        "Căn cứ Luật A;⏎Căn cứ Luật sửa đổi, bổ sung một số điều của Luật A;"."""
        before = self.drafts[index]
        gap_from = before.item_end(self.folded)
        return (draft.start - gap_from <= _ITEM_GAP
                and _NEXT_ITEM.fullmatch(self.folded, gap_from, draft.start) is not None)

    def amends_laws(self, subject: int | None) -> bool:
        """Whether ``subject`` is a law named by the laws it amends ("Luật sửa đổi, bổ sung
        một số điều của Luật Quy hoạch, Luật Đầu tư …"): it amends laws only."""
        if subject is None or subject < 0:
            return False
        draft = self.drafts[subject]
        return self.law_name(draft) is not None and bool(amended_names(self.norm, draft.start, draft.end))

    def law_name(self, draft: _Draft) -> str | None:
        """The folded name of a law cited by name, alone ("Luật Hải quan") or with its number
        ("Luật Hải quan số 29/2001/QH10": the name the finder joined to the number)."""
        if draft.kind is Kind.NAMED:
            # (a code cited by its acronym, "BLHS", by the name it stands for)
            return fold(draft.name) if draft.name is not None else self.folded[draft.start:draft.end]
        if draft.kind is Kind.REFERENCE and draft.name_end is not None:
            return self.folded[draft.start:draft.name_end]
        return None

    def alias_of_another(self, prev: _Draft, hi: int) -> bool:
        """Whether an alias after ``prev``, ending at ``hi``, names a document other than
        ``prev``: the whole phrase before it, not the item."""
        if _ALIAS_ASIDE.search(self.folded, prev.end, hi) is None:
            return False
        k = bisect.bisect_left(self.draft_starts, prev.end)
        named = [d for d in self.drafts[k:k + _MAX_LISTED] if d.start < hi]
        return bool(named) and not any(self.same_document(prev, d) for d in named)

    def leads_in(self, cue: _Cue) -> bool:
        """Whether the line of ``cue`` ends with a colon, leading in to what is quoted next."""
        line_end = self.text.find("\n", cue.end)
        line_end = len(self.text) if line_end == -1 else line_end
        return line_end - cue.end <= _LEAD_IN_REACH and self.text[cue.end:line_end].rstrip(" \t*_").endswith(":")

    def nested_cue(self, cue: _Cue, later: _Cue) -> bool:
        """Whether ``later`` is a verb in what a document after ``cue`` is about, acting on the
        document right after it: "Triển khai thực hiện A; B về ban hành Chương trình … thực hiện
        C; D …" (the list of what is carried out goes on past it)."""
        if later.sentence != cue.sentence:
            return False
        k = bisect.bisect_left(self.countable_ends, later.start + 1) - 1  # the last document before it
        if k < 0 or self.countable_starts[k] < cue.end or k + 1 >= len(self.countable):
            return False
        described = self.folded[self.countable_ends[k]:later.start]
        if ";" in described:
            return False
        if ((_ABOUT_IN.search(described) is not None or _ISSUES_IN.search(described) is not None)
                and self.acts_right_on(later, self.countable_starts[k + 1])):
            return True  # (or "… B ngày … của Thủ tướng ban hành Kế hoạch triển khai C và D …")
        # "Thực hiện Kết luận A, ngày … của Bộ Chính trị hướng dẫn xây dựng phương án …; Kết luận B …":
        # the verb right after an item's date and issuer says what the item does, of no document
        item = self.drafts[self.countable[k]]
        return (not self.folded[item.item_end(self.folded):later.start].strip(" _")
                and not self.acts_right_on(later, self.countable_starts[k + 1])
                and self.countable_starts[k + 1] - later.end > _NESTED_TOPIC)

    def nested_object(self, prev: _Draft, draft: _Draft) -> bool:
        """Whether ``draft`` is the object of a verb in the words after ``prev`` (its title or
        description): the last cue between them ends right before it, in the same sentence."""
        k = bisect.bisect_left(self.cue_starts, draft.start) - 1
        if k < 0 or self.cues[k].start < prev.end:
            return False
        cue = self.cues[k]
        return cue.sentence == self.sentence_of(draft.start) and self.acts_right_on(cue, draft.start)

    def acts_right_on(self, cue: _Cue, start: int) -> bool:
        """Whether ``cue`` carries out or guides the document at ``start``, right after it."""
        return (cue.relation in (Relation.IMPLEMENTS, Relation.GUIDES)
                and _NEXT_OBJECT_GAP.fullmatch(self.folded, cue.end, start) is not None)

    def cites_itself(self, cue: _Cue, quoted: int) -> bool:
        """Whether the first document after ``cue``, in its sentence, is the quoted one."""
        k = bisect.bisect_left(self.countable_starts, cue.end)
        if k >= len(self.countable):
            return False
        i = self.countable[k]
        return self.sentence_ids[i] == cue.sentence and self.same_document(self.drafts[i], self.drafts[quoted])

    def same_document(self, a: _Draft, b: _Draft) -> bool:
        """Whether two mentions name one document: the same reference, the same name, or a
        short reference ("Nghị định 204/2004") of the same type, number and year."""
        short, full = (a, b) if a.kind is Kind.SHORT else (b, a)
        if short.kind is Kind.SHORT and full.kind in (Kind.SHORT, Kind.REFERENCE):
            return (short.doc_type is not None and short.doc_type == full.doc_type
                    and (short.number or "").lstrip("0") == (full.number or "").lstrip("0")
                    and (None in (short.year, full.year) or short.year == full.year))
        if a.reference is not None or b.reference is not None:
            return a.reference == b.reference
        if a.kind is Kind.NAMED and b.kind is Kind.NAMED:
            return self.folded[a.start:a.end].split() == self.folded[b.start:b.end].split()
        return False

    def replaces_a_part(self, cue: _Cue, draft: _Draft) -> bool:
        """Whether a "thay thế" replaces a part of the document, which amends it: "thay thế
        Mẫu 04 tại Phụ lục IA … Nghị định A", "khoản 2 Điều 13 Nghị định A có cụm từ này bị
        thay thế bởi …". Only a whole document is replaced."""
        if cue.relation is not Relation.REPLACES:
            return False
        lowered = self.norm.lowered
        if cue.voice == "active":
            return cue.end < draft.start and _PART_AHEAD.match(lowered, cue.end, draft.start) is not None
        return draft.end <= cue.start and (
            _PART_BEFORE.search(lowered, max(0, draft.start - 40), draft.start) is not None
            or _SOME_PARTS_AHEAD.match(lowered, cue.end) is not None  # "A bị thay thế một số điều bởi B"
            or _PHRASE_NOUN.search(lowered, max(draft.end, cue.start - _MAX_GAP), cue.start) is not None)

    def publisher_acts(self, cue: _Cue, draft: _Draft) -> bool:
        """Whether "Thực hiện <ref>, chúng tôi …" names the publisher (a website, a company)
        as the actor: the text reports no action of its own then."""
        if cue.relation is not Relation.IMPLEMENTS:
            return False
        after = max(draft.context_end, draft.end)
        return _FIRST_PERSON.match(self.norm.lowered, after, self.sentence_end(cue.sentence)) is not None

    def body_acts_between(self, lo: int, hi: int) -> bool:
        """Whether the sentence's own clause, a body doing something, opens in ``[lo, hi)``:
        "Căn cứ Thông tư A, Bộ Giáo dục và Đào tạo sửa đổi … Thông tư B": no longer a basis."""
        k = bisect.bisect_left(self.cue_starts, lo)
        while k < len(self.cues) and self.cues[k].start < hi:
            cue = self.cues[k]
            if (cue.voice == "active" and cue.relation is not Relation.BASED_ON
                    and body_opens_clause_before(self.norm, cue.start)):
                return True
            k += 1
        return False

    def based_on_heads(self) -> None:
        """Every document a "Căn cứ" clause cites directly is a basis of the text, also
        one named as amending another ("…, được sửa đổi, bổ sung bởi Luật số …"), but not
        one cited as what another amends or guides."""
        # (not one dated after the document said to act on it: "… Thông tư A ngày 25/5/2006 sửa
        # đổi Thông tư B … và Thông tư C ngày 16/10/2006 …" lists C as one more basis)
        acted_on = {i for c in self.cues if c.relation is not Relation.BASED_ON
                    and c.voice == "active" for i in c.objects
                    if c.subject is None or c.subject < 0 or not _dated_after(self.drafts[i], self.drafts[c.subject])}
        agents = {i for c in self.cues if c.voice == "passive" for i in (c.subject, *c.co_subjects) if i is not None}
        # "Căn cứ Luật A sửa đổi … Luật B (đã được sửa đổi, bổ sung tại Luật C)": C amended B, which
        # is what A acts on, no basis; so C is none either
        agents_of_acted_on = {i for c in self.cues if c.voice == "passive" and c.objects
                              and all(o in acted_on for o in c.objects)
                              for i in (c.subject, *c.co_subjects) if i is not None}
        done: set[int] = set()
        for cue in self.cues:
            if cue.relation is not Relation.BASED_ON or cue.sentence in done:
                continue
            if cue.quoted:
                continue  # a "Căn cứ" in the words of a document the text quotes: its basis
            if (above := _BASIS_ABOVE.match(self.folded, cue.end)) is not None and _CLOSED_ABOVE.match(
                    self.text, above.end()):
                # "Căn cứ các quy định nêu trên, … theo Nghị định A": the basis was cited before (not
                # "Căn cứ quy định trên của Nghị quyết A", "… trên và Nghị định B")
                continue
            done.add(cue.sentence)
            end = self.sentence_end(cue.sentence)
            content = False  # past "quy định tại <doc>": the rest is what the basis says
            basis: _Draft | None = None  # the last basis found
            said, says_from, prescribed_until = False, cue.end, -1  # what the last basis says, read once
            scanned, main_clause = cue.end, False  # past "thì": the sentence's own clause
            for k in range(bisect.bisect_left(self.draft_starts, cue.end), len(self.drafts)):
                draft = self.drafts[k]
                if draft.start >= end:
                    break
                main_clause = (main_clause or _THEN_CLAUSE.search(self.norm.lowered, scanned, draft.start) is not None
                               or _PROPOSAL_CLAUSE.search(self.norm.lowered, scanned, draft.start) is not None
                               or self.body_acts_between(scanned, draft.start)
                               or body_clause_after_comma(self.norm, scanned, draft.start))
                scanned = max(scanned, draft.end)
                if main_clause or (basis is not None and self.restated_as_subject(basis, draft)):
                    break  # (the main clause: "Căn cứ Điều 7 Thông tư A, Thông tư A … có hiệu lực …")
                if draft.kind is Kind.ANAPHOR or k in acted_on or k in agents_of_acted_on or draft.is_self:
                    continue
                if draft.relation is not Relation.MENTIONS:
                    if draft.relation is Relation.BASED_ON:
                        basis = draft
                        said, says_from, prescribed_until = False, *self.basis_says(basis, end)
                    continue
                if _grounds_per(self.text, cue.end, draft.start):
                    continue  # "Căn cứ kiểm điểm … theo Quy định 366": the grounds, a noun
                if _DRAFT_CHANGES.search(self.norm.lowered, max(0, draft.start - 120), draft.start):
                    continue  # "Căn cứ Điều 2 Dự thảo Nghị quyết sửa đổi Hiến pháp 2013": what a draft changes
                before = max(0, draft.start - 48)
                if _ALIAS_BEFORE.search(self.folded, before, draft.start):
                    draft.relation = Relation.BASED_ON  # "(sau đây gọi tắt là Thông tư số …)": the basis
                    continue
                if basis is not None and not said:
                    # (read on from where the last draft left off: each stretch once)
                    said = _BASIS_SAYS.search(self.folded, says_from, draft.start) is not None
                    says_from = max(says_from, draft.start)
                content = (content or said or _CONTENT_CITES.search(
                    self.norm.lowered, max(0, draft.start - _CONTENT_CITES_REACH), draft.start) is not None
                           or (basis is not None and k not in agents and self.followed_in_title(basis, draft)))
                # "Căn cứ Điều 8 Thông tư A quy định Thông tư A có hiệu lực …": what A says, up to
                # the next item after ";" (and "…, được sửa đổi bởi Nghị định B" names a basis too)
                prescribed = basis is not None and k not in agents and draft.start < prescribed_until
                # (what a basis answers: "Căn cứ Công văn A phúc đáp Công văn B": B, no basis)
                answered = _ANSWERED_BEFORE.search(self.norm.lowered, max(0, draft.start - 16), draft.start)
                if not (content or prescribed or answered):
                    draft.relation = Relation.BASED_ON
                    basis = draft
                    said, says_from, prescribed_until = False, *self.basis_says(basis, end)
            self.listed_agents_based_on(cue.sentence, end)

    def anaphor_right_after(self, pos: int) -> bool:
        """Whether an anaphor ("Kế hoạch này") follows ``pos`` with nothing but white space between."""
        k = bisect.bisect_left(self.draft_starts, pos)
        return (k < len(self.drafts) and self.drafts[k].kind is Kind.ANAPHOR
                and not self.folded[pos:self.drafts[k].start].strip(" _*\n"))

    def restated_as_subject(self, prev: _Draft, draft: _Draft) -> bool:
        """Whether ``draft`` names the document of ``prev`` again right after it and a comma:
        the subject of the sentence's main clause, not one more item of a list ("Căn cứ Mục II
        Kế hoạch A, nội dung của Kế hoạch A được quy định như sau"; but not another provision of
        it: "Căn cứ Điều 5 Nghị định A, khoản 2 Điều 7 Nghị định A"). It may be named short: "Căn cứ
        Điều 2 Thông tư 24/2024/TT-BTC, Thông tư 24 hướng dẫn …"."""
        return (draft.kind in (Kind.REFERENCE, Kind.SHORT) and self.same_document(prev, draft)
                and _RESTATED_GAP.fullmatch(self.folded, min(prev.item_end(self.folded), draft.start), draft.start)
                is not None and "," in self.folded[prev.end:draft.start])

    def followed_in_title(self, basis: _Draft, draft: _Draft) -> bool:
        """Whether ``draft`` is named in what the basis's "(quy định) về …" clause is about:
        "Căn cứ Kế hoạch A … về thực hiện kiểm kê đất đai … theo Chỉ thị B", "Căn cứ Công văn A …
        về việc phúc đáp Tờ trình B"; not the next basis listed ("… về X và Nghị định B về Y")."""
        start = basis.item_end(self.folded)
        # ("Căn cứ Công văn A năm 2025 quy định về triển khai … nội dung của Nghị định B": what A
        # prescribes is about B, as a title would be)
        return (draft.start - start <= _MAX_GAP
                and (_ABOUT.match(self.folded, start) or _PRESCRIBES_ABOUT.match(self.norm.lowered, start)) is not None
                and ";" not in self.folded[start:draft.start]
                and _LISTED_NEXT.search(self.folded, max(start, draft.start - 12), draft.start) is None)

    def basis_says(self, basis: _Draft, end: int) -> tuple[int, int]:
        """Where what a basis says starts (after the basis and its context), and up to where,
        when "quy định" opens it, documents cited are its content: the next ";", within
        _MAX_GAP (-1 for no such content)."""
        start = basis.item_end(self.folded)
        if _BASIS_PRESCRIBES.match(self.norm.lowered, start) is None and not (
                _PRESCRIBES_ABOUT.match(self.norm.lowered, start) and self.pinpointed(basis)):
            # ("Căn cứ khoản 1 Điều 1 Nghị định A quy định về phạm vi điều chỉnh của Nghị định
            # A …": what the provision says, about; not a document's title)
            return start, -1
        stop = min(end, start + _MAX_GAP)
        semicolon = self.folded.find(";", start, stop)
        return start, semicolon if semicolon != -1 else stop

    def listed_agents_based_on(self, sentence: int, end: int) -> None:
        """The agents a passive cue of a "Căn cứ" sentence lists after it ("Căn cứ Điều 1
        Quyết định A được bổ sung bởi:⏎- Khoản 1 Điều 1 Quyết định B …") are bases too."""
        k = bisect.bisect_left(self.cue_starts, self.starts[sentence])
        while k < len(self.cues) and self.cues[k].start < end:
            cue = self.cues[k]
            if cue.voice == "passive" and cue.subject is not None and cue.subject >= 0:
                for i in (cue.subject, *cue.co_subjects):
                    if self.drafts[i].start >= end and self.drafts[i].relation is Relation.MENTIONS:
                        self.drafts[i].relation = Relation.BASED_ON
            k += 1


def assign_relations(norm: Normalized, drafts: list[_Draft]) -> None:
    """Set ``relation`` and ``links`` on every draft, in place."""
    analysis = _Analysis(norm, drafts)
    analysis.find_cues()
    analysis.assign_subjects()
    analysis.assign_objects()
    analysis.objects_to_first_verb()
    analysis.list_past_descriptions()
    analysis.list_numbers_after_colon()
    analysis.reattach_coordinated()
    analysis.release_heads()
    analysis.apply()
    analysis.links_to_labels()
    analysis.links_from_names()
    analysis.based_on_heads()
