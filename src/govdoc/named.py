"""Documents cited by name, without a number: "Luật Đất đai", "Hiến pháp năm 2013".

Laws and codes are usually cited by type and name (Nghị định 30/2020/NĐ-CP Phụ lục I,
mục II.6b), so the finder needs to know where a name ends. It first looks the name up in
the gazetteer ``data/named_documents.csv`` (official titles, which may contain commas and
"và": "Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng"); failing that it
reads capitalised words after the type word up to a word that cannot be part of a title.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

import attrs

from govdoc._data import read_table
from govdoc._grammar import SPACE, trie_alternation
from govdoc._text import Normalized, fold
from govdoc.doctypes import doc_types

__all__ = ["NAMED_TYPES", "OPENING_WORDS", "NamedMatch", "amended_names", "find_named", "name_key", "year_after"]

_S = SPACE

# What is done with a law, capitalised after its type word: no name ("trước khi Luật Thông qua");
# not "Ban hành", which opens a law's name (Luật Ban hành văn bản quy phạm pháp luật).
_VERB_FIRST = re.compile(rf"(?:thông{_S}qua|có{_S}hiệu{_S}lực)(?![^\W\d_])")

# Words after which a name cannot go on: verbs and prepositions of the sentence around
# it. Matched on lower-cased text with diacritics ("Việt Nam" goes on, "năm" stops); "số"
# only before a number ("Luật Đất đai số 31/2024/QH15", but "Luật Dân số 2025").
_STOP = re.compile(
    rf"""(?:
        ngày|năm|và|hoặc|của|do|được|đã|đang|sẽ|có|là|thì|tại|theo|về|với|cho|để|khi|này
      | số(?=[\s_]{{0,3}}:?[\s_]{{0,3}}\d)(?![\s_]{{1,3}}(?:19|20)\d\d(?![\d/]))   # a number, not a year
      | quy{_S}định|hướng{_S}dẫn|sửa{_S}đổi|bổ{_S}sung|thay{_S}thế|bãi{_S}bỏ|ban{_S}hành
      | hiện{_S}hành|mới|điều|khoản|điểm|chương|mục|trong|từ|đến|như|gồm|trên|nói|một{_S}số
      # what the law does in the sentence: "… khi có Luật Kinh doanh ra đời", "Luật Kinh doanh
      # buộc người muốn thành lập doanh nghiệp phải …" (none in a law's name)
      | ra{_S}đời|buộc|phải|cần|mà|nhưng|nên|nếu|cũng|vẫn|nêu|yêu{_S}cầu|cho{_S}phép|đưa{_S}ra|ghi{_S}nhận
      | thể{_S}hiện|đặt{_S}ra|nó
      | (?<!hàng[ _])(?<!phòng[ _])không(?!{_S}gian)  # (not "Luật Hàng không …", "… Phòng không nhân dân")
    )(?![^\W\d_])""",
    re.VERBOSE,
)
# "Đại học Luật Hà Nội", "Viện Luật So Sánh", "Thạc sĩ Luật Quốc tế", "Giáo trình Luật Hành chính": law as a school,
# a subject, a textbook's or a degree;
# "Công ước về Luật Biển", "Tòa án quốc tế về Luật Biển": a treaty's or a court's name.
_SCHOOL_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:đại{_S}học|cao{_S}đẳng|trung{_S}cấp|trường|(?:học{_S})?viện|khoa|tiến{_S}sĩ|thạc{_S}sĩ|cử{_S}nhân|ngành"
    rf"|giảng{_S}viên|sinh{_S}viên|giáo{_S}trình|môn(?:{_S}học)?"  # "Giáo trình Luật Hiến pháp Việt Nam"
    rf"|thôn|làng|xóm|ấp"  # and places: "Thôn Luật Trung"
    rf"|k[ỷỉ]"  # "Bị Kỷ Luật Vì …", a headline's "discipline"
    rf"|công{_S}ty(?:{_S}+tnhh)?|văn{_S}phòng|hãng"  # and law firms: "Công ty Luật TNHH ACS Legal"
    rf"|(?:công{_S}ước|t(?:oà|òa){_S}án)(?:{_S}+(?:của{_S}+)?(?:quốc{_S}tế|liên{_S}hợp{_S}quốc))?{_S}+về)[\s_*]*\Z"
)
# "luật sư" (a lawyer) and "luật gia" (a jurist) are nouns of their own; written in capitals
# they pass for a name ("GIA ĐÌNH LUẬT SƯ"), but "Luật Giá" is the price law and "Bộ luật
# Gia Long" a code.
_PERSON_NOUN = re.compile(rf"luật{_S}{{1,3}}(?:sư|gia)(?![^\W\d_])")
_SCHOOL_WINDOW = 40  # "Công ước của Liên hợp quốc về "
_MAX_WORDS = 14
_NEXT_WORD = re.compile(r"[ \t_]{1,3}(?=[^\W\d_])")
_BILL_BEFORE = re.compile(r"(?<![^\W\d_])dự[ _]\Z")  # "dự luật Đầu tư công": a bill, not the law (not "Dù luật …")
_COUNTRY = re.compile(rf"{_S}{{1,3}}viet{_S}{{1,3}}nam")


@attrs.frozen
class NamedMatch:
    """A document name found in normalised text (``[start, end)`` in ``norm.text``)."""

    start: int
    end: int
    doc_type: str  #: "Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"
    year: int | None


@cache
def _rows() -> tuple[dict[str, str | None], ...]:
    """The gazetteer table, read once for its names and its symbols."""
    return tuple(read_table("named_documents.csv"))


@cache
def _constitution_years() -> frozenset[int]:
    """The years of the constitutions the gazetteer lists (1946, 1959, 1980, 1992, 2013)."""
    return frozenset(int(row["year"]) for row in _rows() if row["doc_type"] == "Hiến pháp" and row["year"])


@cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern over folded text for every known name, and, per folded name, the
    spellings with diacritics (to tell "Luật Giá" from "Luật gia", a jurist)."""
    spellings: dict[str, set[str]] = {}
    for row in _rows():
        name = " ".join((row["name"] or "").split())
        variants = _abbreviated(name) if name else []
        # "và" joining two fields may be written as a comma or a dash: "Pháp lệnh Phí và lệ
        # phí" is cited as "Pháp lệnh phí, lệ phí" and "Pháp lệnh phí-lệ phí"
        variants += [v.replace(" và ", ", ") for v in variants if " và " in v]
        for variant in variants:
            spellings.setdefault(" ".join(fold(variant).split()), set()).add(_marks(variant))
    # Word-segmented text puts a space before a comma ("Luật Phòng , chống tham_nhũng"), and
    # the comma may be left out ("Luật thi đua khen thưởng 2022") or written as a dash ("Luật
    # Thi đua - Khen thưởng").
    comma = rf"(?:{_S}?,{_S}{{1,3}}|{_S}?[-–]{_S}{{0,3}}|{_S}{{1,3}})"  # (also "phí-lệ phí", no spaces)
    # longest first, as a trie: a plain alternation of the thousand names compiles slowly
    words = sorted(spellings, key=len, reverse=True)
    written = dict.fromkeys((",".join(" ".join(part.split()) for part in n.split(",")) for n in words), "")
    pattern = re.compile(rf"(?<![a-z]){trie_alternation(written, f'{_S}{{1,3}}', comma=comma)}(?![a-z])")
    lookup: dict[str, set[str]] = {}  # by the name without its commas, as _known_name keys it
    for key, value in spellings.items():
        lookup.setdefault(_lookup_key(key), set()).update(value)
    return pattern, {key: frozenset(value) for key, value in lookup.items()}


@cache
def _abbreviations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Per row of ``data/name_abbreviations.csv``: the words (any case) and the abbreviation."""
    return tuple((re.compile(rf"(?<![^\W\d_]){re.escape(row['words'] or '')}(?![^\W\d_])", re.IGNORECASE),
                  row["abbreviation"] or "") for row in read_table("name_abbreviations.csv"))


def _abbreviated(name: str) -> list[str]:
    """``name`` and its spellings with abbreviations ("Luật Thuế tiêu thụ đặc biệt", "Luật
    Thuế TTĐB"; "Luật Tổ chức HĐND và UBND" replaces both, and each alone)."""
    variants = [name]
    for words, abbreviation in _abbreviations():
        variants += [words.sub(abbreviation, v) for v in variants if words.search(v)]
    return variants


_SEPARATOR_CHARS = "_,-–"  # what may stand between a name's words besides spaces
_SEPARATORS = str.maketrans(_SEPARATOR_CHARS, " " * len(_SEPARATOR_CHARS))


def _marks(text: str) -> str:
    """Letters and diacritics of ``text`` as a sorted multiset: equal for "Hòa" and "Hoà"
    (tone marks placed on different vowels), different for "Giá" and "gia"."""
    return "".join(sorted(c for c in unicodedata.normalize("NFD", text.lower())
                          if not c.isspace() and c not in _SEPARATOR_CHARS))


def _lookup_key(name: str) -> str:
    """A folded name's words, without the commas or dashes between them."""
    return " ".join(name.translate(_SEPARATORS).split())


def _known_name(norm: Normalized, start: int, limit: int) -> int | None:
    """End of a gazetteer name at ``start``, if the text spells it: with its diacritics, with
    none at all, or with some of them lost (OCR's "Luật quan lý thuế", "Luật thuê TNDN"), but
    none it does not have ("Luật Giá" is not "Luật gìa")."""
    pattern, spellings = _gazetteer()
    match = pattern.match(norm.folded, start, limit)
    if match is None:
        return None
    written = norm.text[start:match.end()]
    if written.isascii():
        return match.end()
    marks = _marks(written)
    key = _lookup_key(match.group())
    known = spellings.get(key, frozenset())
    if marks in known:
        return match.end()
    # (marks lost only over two or more words after the type: "Luật gia" is a jurist, and "luật
    # Gia Long" no price law)
    field_words = len(key.split()) - (2 if key.startswith(("bo luat", "phap lenh", "hien phap")) else 1)
    if field_words >= 2 and any(_fewer_marks(marks, spelling) for spelling in known):
        return match.end()
    return None


def _fewer_marks(written: str, spelling: str) -> bool:
    """Whether ``written`` (a sorted multiset of letters and marks) is ``spelling`` with some
    marks lost and nothing added."""
    return Counter(written) <= Counter(spelling)


def _lower_constitution(norm: Normalized, opener: re.Match[str], limit: int) -> bool:
    """Whether "hiến pháp", in lower case, names one of the country's constitutions by its
    year ("bản hiến pháp 1992"; not "hiến pháp 1949" of Costa Rica)."""
    year = _YEAR.match(norm.folded, opener.end(), limit)
    return (opener.group("type").startswith("hien") and year is not None
            and int(year.group("y")) in _constitution_years())


def _lower_known_name(norm: Normalized, start: int, type_end: int, limit: int) -> bool:
    """Whether a known name opens at ``start`` with its type word (ending at ``type_end``)
    in lower case and the word after it capitalised ("luật Cư trú")."""
    field = _NEXT_WORD.match(norm.text, type_end, limit)
    if field is None or not norm.text[field.end()].isupper():
        return False
    known = _known_name(norm, start, limit)
    return known is not None and known > field.end()  # (the name, not a bare "hiến pháp")


_OPENER = re.compile(
    # "pháp luật" is "the law" in general, not a law's name.
    rf"(?<![a-z])(?<!phap[\s_])(?P<type>bo{_S}{{1,3}}luat|luat|hien{_S}{{1,3}}phap|phap{_S}{{1,3}}lenh)(?![a-z])"
)
# "sửa đổi, bổ sung một số điều của", also "sửa đổi và bổ sung …"
_AMENDS_SOME = (rf"{_S}{{1,3}}sua{_S}doi(?:(?:{_S}?,|{_S}{{1,3}}va)?{_S}{{1,3}}bo{_S}sung)?"
                rf"(?:{_S}{{1,3}}mot{_S}so{_S}dieu)?(?:{_S}{{1,3}}cua)?")
_AMENDING = re.compile(
    _AMENDS_SOME + rf"{_S}{{1,3}}(?P<type>bo{_S}luat|luat|phap{_S}lenh)(?![a-z])"
)
# "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", "Luật sửa đổi
# 11 Luật về quân sự, quốc phòng": named by a count of the laws it amends, and perhaps their
# field; "Luật sửa đổi, bổ sung các luật về đầu tư": by their field alone.
_COUNTED = re.compile(
    _AMENDS_SOME + rf"{_S}{{1,3}}(?:\d{{1,3}}|(?P<some>cac)){_S}{{1,3}}(?:bo{_S})?luat(?![a-z])"
    rf"(?P<field>{_S}{{1,3}}(?:(?:co{_S})?lien{_S}quan{_S}(?:den|toi)|ve)(?![a-z]))?"
)
_FIELD_WORD = re.compile(r"(?:[ \t_]{1,3}|,[ \t_]{1,3}(?=[^\W\d_]*[a-zđ]))(?P<word>[^\W\d_]+)")
_MAX_FIELD_WORDS = 8
_FIELD_STOP = re.compile(rf"(?:sau|trước|nhằm|gồm|với|vừa|đã|được|tại){_S}")  # "…, trật tự, sau khi …"
_MAX_AMENDED = 20  # laws one amending law is named by ("… của 8 Luật"); a bound on any input
_NUMBER_NEXT = re.compile(rf"{_S}{{1,3}}so{_S}{{0,3}}\d")
_LIST_NEXT = re.compile(rf"(?:{_S}?(?P<sep>[,;]))?{_S}{{1,3}}(?:va{_S}{{1,3}})?(?=bo{_S}luat|luat|phap{_S}lenh)")
# Names with commas of their own ("Luật Thuế xuất khẩu, thuế nhập khẩu") are listed with ";".
# A ";" may as well end the name, before a further law a "Căn cứ" clause cites, so only a
# list of at least this many names, all joined by ";", is read as one amending law's name.
_MIN_SEMICOLON_LIST = 3
# "Luật Doanh nghiệp sửa đổi 2025", "Luật Xây dựng sửa đổi số 62/2020/QH14", "Luật Đấu giá tài sản
# sửa đổi (năm 2024)": the revising law's name
_REVISED = re.compile(
    rf"{_S}{{1,3}}sua{_S}doi(?={_S}{{1,3}}(?:\(?{_S}?(?:nam{_S}{{1,3}})?(?:19|20)\d\d(?![\d/])"
    rf"|so{_S}{{0,3}}:?{_S}{{0,3}}\d{{1,4}}/))")
_AND_NEXT_LAW = re.compile(rf"{_S}{{1,3}}va{_S}{{1,3}}(?P<type>bo{_S}luat|luat)(?![a-z])")
# "theo quy định của Hiến pháp", "được quy định trong Hiến pháp", "Điều 60 Hiến pháp": a
# provision of the constitution in force, cited.
_PROVISIONS_OF = re.compile(
    rf"(?<![^\W\d_])(?:quy{_S}định{_S}(?:của|tại|trong)|(?:điều|khoản){_S}\d{{1,3}}(?:{_S}của)?){_S}\Z")
_DRAFT_OF = re.compile(rf"(?<![a-z])du{_S}thao{_S}{{1,3}}\Z")  # "Dự thảo Hiến pháp quy định …": a draft's text
_PRESCRIBES_NEXT = re.compile(rf"{_S}{{1,3}}(?:da{_S}{{1,3}})?quy{_S}dinh(?![a-z])")  # "… mà Hiến pháp (đã) quy định"
_DATE_NEXT = re.compile(r"[\s_,]{1,3}ngay(?![a-z])")  # "Hiến pháp ngày 28 tháng 11 năm 2013"
# ("Hiến pháp hiện hành năm 2013": the one in force, named by its year)
# (or glued to the name's last letter, a typo: "Luật Nhà ở2023")
_YEAR = re.compile(
    rf"(?:{_S}{{1,3}}(?:hien{_S}hanh{_S}{{1,3}})?(?:nam{_S}{{1,3}})?|(?<=[a-z]))(?P<y>(?:19|20)\d\d)(?![\d/])")
_WORD = re.compile(r"(?=[^\W\d_])[^\s_,;.:()\[\]\"“”*|]+")  # a word starts with a letter ("- Phó …" ends a name)
_GAP = re.compile(r"[ \t_]{1,3}|[ \t]?\n[ \t]?")
# A count before the type word ("thông qua 2 Luật Thuế quan trọng"), not a provision's or a
# date's number ("Điều 5 Luật …", "năm 2013 Luật …")
_COUNTED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?!(?:điều|khoản|điểm|mục|chương|lục|số|năm|tháng|ngày)[ _])[^\W\d_]+[ _]+\d{1,3}[ _]+\Z")
_COMMA = re.compile(r"[ _]?,[ _]{1,2}")
_YEAR_NEXT = re.compile(r"[ _]{1,3}(?:nam[ _]{1,3})?(?:19|20)\d\d(?![\d/])")


def year_after(norm: Normalized, end: int, limit: int) -> tuple[int | None, int]:
    """The year written right after a name ending at ``end`` ("… năm 2015", "… 2015"), and
    where the name ends with it; else None and ``end``."""
    found = _YEAR.match(norm.folded, end, limit)
    return (int(found.group("y")), found.end()) if found is not None else (None, end)


def _type_name(folded_type: str) -> str:
    return NAMED_TYPES[" ".join(folded_type.replace("_", " ").split())]


def _is_type_code(word: str) -> bool:
    """Whether ``word`` is a document type's code in capitals ("NQ", "NĐ", "QĐ")."""
    return word.isupper() and doc_types().is_code(word)


def _heuristic_end(norm: Normalized, pos: int, limit: int) -> int:
    """End of a name starting with a capitalised word at ``pos`` (just after the type
    word), running over words up to a stop word, a number or punctuation."""
    text, folded = norm.text, norm.folded
    end = pos
    for count in range(_MAX_WORDS):
        gap = _GAP.match(folded, end, limit)
        if gap is None:
            break
        word = _WORD.match(folded, gap.end(), limit)
        if word is None or any(ch.isdigit() for ch in word.group()):
            break
        if count == 0 and (not text[word.start()].isupper()
                           or ("\n" in gap.group() and _is_type_code(text[word.start():word.end()]))
                           or _VERB_FIRST.match(norm.lowered, word.start(), limit)):
            break  # (a table's "Luật⏎NQ Nghị quyết⏎NĐ Nghị định …": a list of type codes, no name;
            # "trước khi Luật Thông qua": what is done with a law, no name)
        if count > 0 and _STOP.match(norm.lowered, word.start(), limit):
            break
        end = word.end()
    return _comma_part_end(norm, end, limit) if end > pos else end


def _comma_part_end(norm: Normalized, end: int, limit: int) -> int:
    """Where a name read up to a comma goes on: over lower-case words after it that end in the
    law's year ("Luật Trật tự, an toàn giao thông 2024", a name shortened in news, the table
    lacking it); else ``end``."""
    comma = _COMMA.match(norm.folded, end, limit)
    if comma is None:
        return end
    at = last = comma.end()
    for _ in range(_MAX_WORDS):
        word = _WORD.match(norm.folded, at, limit)
        if (word is None or not norm.text[word.start()].islower() or any(ch.isdigit() for ch in word.group())
                or _STOP.match(norm.lowered, word.start(), limit)):
            break
        last = word.end()
        gap = _GAP.match(norm.folded, last, limit)
        if gap is None:
            break
        at = gap.end()
    return last if last > comma.end() and _YEAR_NEXT.match(norm.folded, last, limit) else end


#: The types of document cited by name, by their folded type word.
NAMED_TYPES = {"bo luat": "Bộ luật", "luat": "Luật", "hien phap": "Hiến pháp", "phap lenh": "Pháp lệnh"}
#: The type words a name starts with, folded (for a caller's shared first scan).
OPENING_WORDS = tuple(NAMED_TYPES)


def _field_end(norm: Normalized, at: int, limit: int) -> int:
    """End of the field after "… có liên quan đến" ("quy hoạch", "an ninh, trật tự"): lower-case
    words up to a word that goes on with the sentence; the first may be capitalised ("Luật
    sửa đổi các Luật về Thuế 2014")."""
    end = at
    for n in range(_MAX_FIELD_WORDS):
        word = _FIELD_WORD.match(norm.text, end, limit)
        if (word is None or not (word.group("word").islower() or (n == 0 and word.group("word").istitle()))
                or _STOP.match(norm.lowered, word.start("word"), limit)
                or _FIELD_STOP.match(norm.lowered, word.start("word"), limit)):
            break
        end = word.end()
    return end


def _amended_names(norm: Normalized, at: int, limit: int) -> list[tuple[int, int]] | None:
    """Spans of the names an amending law is named by ("… của Luật Quy hoạch, Luật Đầu tư và
    Luật Đấu thầu"; "… Luật Đấu thầu; Luật Hải quan; Luật Đầu tư công"), or None where the
    first of them carries a number: each is then a reference of its own. A number after the
    last name only is the amending law's own ("… và Luật Đấu thầu số 57/2024/QH15")."""
    folded = norm.folded
    spans: list[tuple[int, int]] = []
    joined_by: list[str] = []  # what joins each name to the next: "," (or "và"), or ";"
    for _ in range(_MAX_AMENDED):
        opener = _OPENER.match(folded, at, limit)
        if opener is None:
            break
        known = _known_name(norm, at, limit)
        if not norm.text[at].isupper() and (known is None or (spans and norm.text[spans[0][0]].isupper())):
            # "Luật sửa đổi bộ luật Hình sự 2017", "… của luật chứng khoán, luật kế toán, …": names
            # the gazetteer knows may be written lower-case, all of them (no lower-case word
            # goes on a list of capitalised names)
            break
        name_end = known if known is not None else _heuristic_end(norm, opener.end(), limit)
        if name_end <= opener.end():
            break
        if (number := _NUMBER_NEXT.match(folded, name_end, limit)) is not None:
            if not spans and not _amending_number(norm, at, name_end, number.end() - 1, limit):
                return None
            spans.append((at, name_end))
            break
        spans.append((at, name_end))
        listed = _LIST_NEXT.match(folded, name_end, limit)
        if listed is None:
            break
        joined_by.append(listed.group("sep") or ",")
        at = listed.end()
    # Read up to the first ";" unless every name is joined by ";", there are enough of them, and
    # they are written alike ("… của luật công an nhân dân; Luật Giao dịch điện tử; …": the
    # list of laws a session passed goes on, the amending law's name ended).
    semicolons = joined_by[:max(0, len(spans) - 1)]
    mixed_case = len({norm.text[name_start].isupper() for name_start, _ in spans}) > 1
    if ";" in semicolons and (len(spans) < _MIN_SEMICOLON_LIST or mixed_case
                              or any(sep != ";" for sep in semicolons)):
        del spans[semicolons.index(";") + 1:]
    return spans


_LAW_SYMBOL = re.compile(r"\d{1,4}/(?:19|20)\d\d/(?:ubtv)?qh\d{1,2}(?![\w/-])")


@cache
def _symbols_by_name() -> dict[str, frozenset[str]]:
    """The gazetteer's symbols (folded) per folded name: "luat dat dai" → {"31/2024/qh15", …}."""
    found: dict[str, set[str]] = {}
    for row in _rows():
        if row["name"] and row["symbol"]:
            found.setdefault(" ".join(fold(row["name"]).split()), set()).add(fold(row["symbol"]))
    return {name: frozenset(symbols) for name, symbols in found.items()}


def _amending_number(norm: Normalized, start: int, end: int, at: int, limit: int) -> bool:
    """Whether the law's number at ``at``, after the one name ``[start, end)`` an amending law
    is named by, is the amending law's own: "Luật sửa đổi, bổ sung một số điều của Luật Hải
    quan số 42/2005/QH11" (the Luật Hải quan is 29/2001/QH10), but not "… của Luật Đất đai số
    31/2024/QH15" (the gazetteer's number of the Luật Đất đai), nor a list of numbered laws."""
    symbol = _LAW_SYMBOL.match(norm.folded, at, limit)
    if symbol is None or _LIST_NEXT.match(norm.folded, symbol.end(), limit):
        return False
    name = " ".join(norm.folded[start:end].replace("_", " ").split())
    return symbol.group() not in _symbols_by_name().get(name, frozenset())


def amended_names(norm: Normalized, start: int, end: int) -> list[str]:
    """The names (folded, without a year) of the laws that the law named at ``[start, end)``
    amends, as its name says ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức
    và Luật Viên chức năm 2019": "luat can bo, cong chuc", "luat vien chuc"); empty for any
    other name."""
    opener = _OPENER.match(norm.folded, start, end)
    amending = _AMENDING.match(norm.folded, opener.end(), end) if opener is not None else None
    if amending is None:
        return []
    spans = _amended_names(norm, amending.start("type"), end) or []
    return [name_key(norm.folded[lo:hi]) for lo, hi in spans]


_KEY_YEAR = re.compile(r"(?: nam)? (?:19|20)\d\d\Z")


def name_key(folded_name: str) -> str:
    """A folded name as compared across mentions: spaces collapsed, a year dropped
    ("Luật Đầu tư năm 2020" and "Luật Đầu tư" are keyed alike)."""
    words = " ".join(folded_name.replace("_", " ").replace(" ,", ",").split())
    return _KEY_YEAR.sub("", words)


_AROUND = 100  # how far around a type word to look for diacritics


def _brand_spelling(norm: Normalized, start: int, end: int) -> bool:
    """Whether the type word is written without diacritics ("Luat") in text that has them
    around it: a name of a website or a firm, not of a law."""
    if norm.lowered[start:end] != norm.folded[start:end]:
        return False
    lo, hi = max(0, start - _AROUND), min(len(norm.text), end + _AROUND)
    return norm.lowered[lo:hi] != norm.folded[lo:hi]


def find_named(
    norm: Normalized, *, start: int = 0, end: int | None = None, hits: Iterable[int] | None = None
) -> list[NamedMatch]:
    """Every document cited by name in ``norm.text[start:end]``.

    ``hits``, if given, are the ascending positions where a scan found one of
    :data:`OPENING_WORDS` (among others); only those positions are then tried.

    >>> from govdoc._text import normalize_text
    >>> n = normalize_text("Căn cứ Luật Đất đai năm 2024 và Luật Giá;")
    >>> [(n.text[m.start:m.end], m.year) for m in find_named(n)]
    [('Luật Đất đai năm 2024', 2024), ('Luật Giá', None)]
    """
    text, folded = norm.text, norm.folded
    limit = len(text) if end is None else end
    found: list[NamedMatch] = []
    pos = start
    if hits is None:
        openers: Iterator[re.Match[str]] = iter(lambda: _OPENER.search(folded, pos, limit), None)
    else:
        openers = (m for at in hits if at >= pos and (m := _OPENER.match(folded, at, limit)) is not None)
    for candidate in openers:
        if candidate.start() < pos:
            continue  # inside the name found before
        opener, pos = candidate, candidate.end()
        # Names are cited with a capitalised type word ("Luật Giá", not "luật sư"), but the
        # capital may stand on its second word: "của bộ Luật Dân sự năm 2005".
        capital = text[opener.start()].isupper()
        if not capital and text[next_word := opener.end() - len("luat")].isupper():
            if _known_name(norm, opener.start(), limit) is not None:
                capital = True
            elif (law := _OPENER.match(folded, next_word, limit)) is not None:
                # "triển khai đồng bộ Luật Cán bộ, công chức", "thực hiện Pháp lệnh …": the
                # first word ends the word before, and the name opens at the second.
                opener, capital = law, True
        if not capital and not _BILL_BEFORE.search(norm.lowered, max(0, opener.start() - 4), opener.start()):
            # "luật Cư trú", "theo luật Hóa chất": a known name, its field capitalised; "luật sửa
            # đổi, bổ sung luật Cư trú": a law named by such a law it amends
            amending = _AMENDING.match(folded, opener.end(), limit)
            named_by = amending.span("type") if amending is not None else opener.span()
            capital = _lower_known_name(norm, *named_by, limit) or _lower_constitution(norm, opener, limit)
        if not capital:
            continue
        if _SCHOOL_BEFORE.search(norm.lowered, max(0, opener.start() - _SCHOOL_WINDOW), opener.start()):
            continue  # "Đại học Luật Hà Nội", "Tiến sĩ Luật": law as a school or a degree
        if _brand_spelling(norm, opener.start(), opener.end()):
            continue  # "Thuky Luat Online", "Luat Vietnam": a website, amid text with diacritics
        known = _known_name(norm, opener.start(), limit)
        if known is None and _PERSON_NOUN.match(norm.lowered, opener.start(), limit):
            continue  # "LUẬT SƯ", "Văn phòng Luật Sư …": a lawyer, in capitals; not a law
        if known is None and _COUNTED_BEFORE.search(norm.lowered, max(0, opener.start() - 24), opener.start()):
            continue  # "2 Luật Thuế quan trọng": a number of laws, then what they are
        amending = _AMENDING.match(folded, opener.end(), limit) if known is None else None
        counted = _COUNTED.match(folded, opener.end(), limit) if known is None and amending is None else None
        if counted is not None and counted.group("some") and not counted.group("field"):
            counted = None  # "Luật sửa đổi các luật" alone names no law in particular
        if counted is not None:
            name_end = _field_end(norm, counted.end(), limit) if counted.group("field") else counted.end()
        elif amending is not None:
            # "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự": named by the law it amends.
            names = _amended_names(norm, amending.start("type"), limit)
            if not names:
                continue
            name_end = names[-1][1]
        else:
            name_end = known if known is not None else _heuristic_end(norm, opener.end(), limit)
            if known is not None and known <= opener.end():
                # The table's bare "Hiến pháp": the text may name which ("Hiến pháp Việt Nam
                # Dân chủ Cộng hòa năm 1946").
                name_end = max(known, _heuristic_end(norm, opener.end(), limit))
        if name_end <= opener.end():
            if _type_name(opener.group("type")) != "Hiến pháp":
                continue
            name_end = opener.end()
        joined = _AND_NEXT_LAW.match(folded, name_end, limit)
        if joined is not None and text[joined.start("type")].isupper():
            second = _known_name(norm, joined.start("type"), limit)
            second_end = second if second is not None else _heuristic_end(norm, joined.end(), limit)
            if second_end > joined.end() and _REVISED.match(folded, second_end, limit):
                # "Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019": one law, which
                # amends both (named in full "Luật sửa đổi, bổ sung một số điều của …").
                name_end = second_end
        revised = _REVISED.match(folded, name_end, limit)
        if revised is not None:
            name_end = revised.end()  # "Luật Doanh nghiệp sửa đổi 2025": the revised law's name
        year, name_end = year_after(norm, name_end, limit)
        if _COUNTRY.fullmatch(folded, opener.end(), name_end):
            continue  # "Luật Việt Nam" is Vietnamese law in general, not a law
        if (name_end <= opener.end() and not _DATE_NEXT.match(folded, name_end, limit)
                and not _PROVISIONS_OF.search(norm.lowered, max(0, opener.start() - 24), opener.start())
                and not (_PRESCRIBES_NEXT.match(folded, name_end, limit)
                         and not _DRAFT_OF.search(folded, max(0, opener.start() - 12), opener.start()))):
            # "tuân thủ Hiến pháp, pháp luật", "sửa đổi Hiến pháp": the constitution in general; but
            # "theo quy định của Hiến pháp", "Điều 60 Hiến pháp" and "… mà Hiến pháp quy định"
            # cite the one in force.
            continue
        found.append(NamedMatch(opener.start(), name_end, _type_name(opener.group("type")), year))
        pos = name_end
    return found
