"""Dates, periods and terms of office as Vietnamese documents write them.

Issue dates are written day first, in one of two styles, with or without the leading
*ngày* ("day"): numeric (``ngày 16/5/2016``, ``16-5-2016``, ``16.5.2016``) or in words
(``ngày 02 tháng 11 năm 2021``, literally "day 02 month 11 year 2021"). The year always
has four digits. Case, Unicode form (NFC or NFD), repeated spaces and the underscores of
word-segmented text do not matter.

>>> parse_date("Ngày 03/9/2025")
datetime.date(2025, 9, 3)
>>> parse_date("ngày 2 tháng 11 năm 2021")
datetime.date(2021, 11, 2)
>>> [m.text for m in find_dates("Hà Nội, ngày 16 tháng 5 năm 2016; sửa đổi ngày 1-7-2020")]
['ngày 16 tháng 5 năm 2016', 'ngày 1-7-2020']

Reporting periods (*năm 2021*, *quý III/2021*, *9 tháng đầu năm 2021*, *giai đoạn
2021-2025*) become a :class:`Period` with inclusive ``start`` and ``end``:

>>> p = parse_period("6 tháng cuối năm 2020")
>>> p.start, p.end
(datetime.date(2020, 7, 1), datetime.date(2020, 12, 31))

Terms of office (*nhiệm kỳ*) of the national Party congress and of the National Assembly
(*Quốc hội khóa*) come from the packaged table ``terms.csv``:

>>> term_on(parse_date("16/5/2016"), Body.NATIONAL_ASSEMBLY).code
'QH13'

Everything that refuses its input raises :class:`~govdoc.errors.InvalidDate`, whose
``span`` points at the offending part of the caller's text. Matching is linear in the
length of the text: every pattern is a fixed sequence of bounded pieces.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import NoReturn

import attrs
from dateutil.relativedelta import relativedelta

from govdoc import _data
from govdoc.errors import InvalidDate, RegistryError

__all__ = [
    "Body",
    "DateMatch",
    "Period",
    "PeriodMatch",
    "Term",
    "assembly_term",
    "find_dates",
    "find_periods",
    "parse_date",
    "parse_period",
    "party_term",
    "term_on",
    "terms",
]

_MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --------------------------------------------------------------------------------------
# Normalisation with an offset map back into the caller's string.

# One character for one character: the dash and slash look-alikes typed in documents.
_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2044\u2215\uff0f\u29f8", "/"),
    }
)
# Read as spaces besides str.isspace(): the underscore of word-segmented text
# ("tháng_5") and the invisible separators that str.isspace() does not know.
_SPACE_LIKE = frozenset("_\u200b\u2060\ufeff")
# A Vietnamese letter carries at most two combining marks (ệ = e + dot below + circumflex).
# Longer clusters are left alone: composing them costs more than linear time and no date
# word can contain them.
_MAX_CLUSTER = 4


@attrs.frozen(eq=False)
class _Normalized:
    """Lower-case NFC view of ``original`` with runs of spaces collapsed to one space.

    ``starts[i]`` and ``ends[i]`` delimit the part of ``original`` that ``text[i]``
    came from.
    """

    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the slice ``[start, end)`` of ``text`` to the matching slice of ``original``."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


def _normalize(text: str) -> _Normalized:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace() or char in _SPACE_LIKE:
            if chars and chars[-1] == " ":
                ends[-1] = i + 1
            else:
                chars.append(" ")
                starts.append(i)
                ends.append(i + 1)
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        if j - i > _MAX_CLUSTER:
            for k in range(i, j):
                for piece in text[k].lower():
                    chars.append(piece)
                    starts.append(k)
                    ends.append(k + 1)
            i = j
            continue
        cluster = char if j == i + 1 else unicodedata.normalize("NFC", text[i:j])
        for piece in cluster.translate(_LOOKALIKES).lower():
            chars.append(piece)
            starts.append(i)
            ends.append(j)
        i = j
    return _Normalized(text, "".join(chars), starts, ends)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a combining mark sits right before or after ``text[start:end]``.

    Such a mark belongs to the neighbouring character (a 6 carrying U+0301 is not the digit
    6), and a pattern cannot see it: ``\\w`` does not match marks.
    """
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return any(unicodedata.category(char).startswith("M") for char in (before, after) if char)


def _fail(norm: _Normalized, message: str, start: int, end: int) -> NoReturn:
    raise InvalidDate(message, text=norm.original, span=norm.span(start, end))


# --------------------------------------------------------------------------------------
# Patterns. Every repetition is bounded or a single character class followed by something
# it cannot match, and spaces are collapsed beforehand, so no pattern can backtrack
# more than a constant amount at each position.

# Not glued to a word, nor to the tail of a symbol or number ("1/16/5/2016", "30/2020").
_LEFT = r"(?<!\w)(?<!\w[/.:\-])"
# Not followed by more of a word or a symbol ("16/5/2016/NĐ", "16/5/2016-NQ", "1.1.2020.3").
_RIGHT = r"(?!\w)(?![/:\-]\w)(?!\.[0-9])"

_DATE_PATTERN = r"""
(?P<date>
    (?:ngày\ ?)?(?:(?:mùng|mồng)\ ?)?
    (?P<day>[0-9]{1,2})
    (?:
        \ ?(?P<sep>[/.\-])\ ?(?P<month>[0-9]{1,2})\ ?(?P=sep)\ ?(?P<year>[0-9]{4})
      | \ ?tháng\ ?(?P<wmonth>[0-9]{1,2})\ ?năm\ ?(?P<wyear>[0-9]{4})
    )
)
"""


def _period_pattern(year: str, number: str, quarter: str) -> str:
    return rf"""
(?P<period>
    (?P<months>{number})\ ?tháng\ (?:(?P<half>đầu|cuối)\ )?năm\ ?(?P<months_year>{year})
  | qu[ýí]\ ?(?P<quarter>{quarter})\ ?(?:[/\-]|năm)\ ?(?P<quarter_year>{year})
  | tháng\ ?(?P<month_only>{number})\ ?(?:[/\-]|năm)\ ?(?P<month_year>{year})
  | (?:giai\ đoạn|nhiệm\ k[ỳì]|thời\ k[ỳì]|năm)\ ?(?P<first>{year})\ ?-\ ?(?P<last>{year})
  | năm\ ?(?P<year_only>{year})
)
"""


_FIND = re.compile(
    _LEFT
    + "(?:"
    + _DATE_PATTERN
    + "|"
    + _period_pattern(year="[0-9]{4}", number="[0-9]{1,2}", quarter="[1-4]|iv|i{1,3}")
    + ")"
    + _RIGHT,
    re.VERBOSE,
)
# parse_period accepts any digit count and any Roman numeral so that it can say what is
# wrong with "năm 21" or "quý V/2021" instead of just "not a period".
_LENIENT_PERIOD = re.compile(
    _period_pattern(year="[0-9]+", number="[0-9]+", quarter="[0-9]+|[ivxlcdm]+"),
    re.VERBOSE,
)
_TOKEN = re.compile(r"(?P<num>[0-9]+)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")


# --------------------------------------------------------------------------------------
# Single dates.


@attrs.frozen
class DateMatch:
    """A date expression found in a longer text.

    ``start`` and ``end`` index the caller's original string: ``source[start:end] == text``.
    """

    start: int
    end: int
    text: str
    date: dt.date


def _year_value(norm: _Normalized, digits: str, start: int, end: int) -> int:
    if len(digits) != 4:
        _fail(norm, f"year must have four digits, got {digits[:12]!r}", start, end)
    year = int(digits)
    if year < dt.MINYEAR:
        _fail(norm, f"year {year} does not exist", start, end)
    return year


def _month_value(norm: _Normalized, digits: str, start: int, end: int) -> int:
    if len(digits) > 2:
        _fail(norm, f"month must have one or two digits, got {digits[:12]!r}", start, end)
    month = int(digits)
    if not 1 <= month <= 12:
        _fail(norm, f"month {month} does not exist", start, end)
    return month


def _checked_date(norm: _Normalized, parts: list[tuple[str, int, int]]) -> dt.date:
    """Build a date from the (digits, start, end) of its day, month and year."""
    (day_s, day_a, day_b), (month_s, month_a, month_b), (year_s, year_a, year_b) = parts
    if len(day_s) > 2:
        _fail(norm, f"day must have one or two digits, got {day_s[:12]!r}", day_a, day_b)
    year = _year_value(norm, year_s, year_a, year_b)
    month = _month_value(norm, month_s, month_a, month_b)
    day = int(day_s)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        where = "" if day == 0 else f" in {_MONTH_NAMES[month]} {year}"
        _fail(norm, f"day {day} does not exist{where}", day_a, day_b)
    return dt.date(year, month, day)


def parse_date(text: str, /) -> dt.date:
    """Parse one date written the Vietnamese way, day first, with a four-digit year.

    >>> parse_date("ngày 16/5/2016")
    datetime.date(2016, 5, 16)
    >>> parse_date("16.5.2016") == parse_date("16-5-2016") == parse_date("ngày 16 tháng_5 năm 2016")
    True
    >>> parse_date("NGÀY 02 THÁNG 11 NĂM 2021")
    datetime.date(2021, 11, 2)
    >>> parse_date("ngày 31/2/2021")
    Traceback (most recent call last):
        ...
    govdoc.errors.InvalidDate: day 31 does not exist in February 2021
        ngày 31/2/2021
             ^^
    """
    norm = _normalize(text)
    # A date is at most seven tokens (ngày mùng 2 tháng 9 năm 1945); an eighth is trailing
    # text, and the rest of a long text need not be tokenised at all.
    tokens = list(islice(_TOKEN.finditer(norm.text), 8))
    stop = len(norm.text.rstrip())
    if not tokens:
        raise InvalidDate("empty date expression", text=text, span=(0, len(text)))

    def shown(token: re.Match[str]) -> str:
        start, end = norm.span(token.start(), token.end())
        return repr(text[start:end][:20])

    def expect(pos: int, kind: str, values: tuple[str, ...], what: str) -> re.Match[str]:
        if pos >= len(tokens):
            _fail(norm, f"missing {what}", stop, stop)
        token = tokens[pos]
        if token.lastgroup != kind or (values and token.group() not in values):
            _fail(norm, f"expected {what}, found {shown(token)}", token.start(), token.end())
        return token

    def expect_number(pos: int, what: str, digits: str) -> re.Match[str]:
        token = expect(pos, "num", (), what)
        if len(token.group()) > 2:
            found = token.group()[:12]
            _fail(norm, f"{digits} must have one or two digits, got {found!r}", *token.span())
        return token

    pos = 0
    if tokens[0].group() == "ngày":
        pos += 1
    if pos < len(tokens) and tokens[pos].group() in ("mùng", "mồng"):
        pos += 1
    what = "the day" if pos else "a date such as 'ngày 16/5/2016'"
    day = expect_number(pos, what, "day")
    if pos + 1 < len(tokens) and tokens[pos + 1].group() == "tháng":
        month = expect_number(pos + 2, "the month", "month")
        expect(pos + 3, "word", ("năm",), "'năm' before the year")
    else:
        sep = expect(pos + 1, "sym", ("/", "-", "."), "'/', '-', '.' or 'tháng' after the day")
        month = expect_number(pos + 2, "the month", "month")
        expect(pos + 3, "sym", (sep.group(),), f"{sep.group()!r} before the year")
    year = expect(pos + 4, "num", (), "the year")
    value = _checked_date(norm, [(t.group(), t.start(), t.end()) for t in (day, month, year)])
    if pos + 5 < len(tokens):
        _fail(norm, "unexpected text after the date", tokens[pos + 5].start(), stop)
    return value


def _date_from_match(norm: _Normalized, match: re.Match[str]) -> dt.date:
    month, year = ("month", "year") if match.group("sep") else ("wmonth", "wyear")
    return _checked_date(
        norm,
        [(match.group(g), match.start(g), match.end(g)) for g in ("day", month, year)],
    )


def find_dates(text: str, /) -> Iterator[DateMatch]:
    """Yield every valid date expression in ``text``, in order, without overlaps.

    Spans include a written leading *ngày*. Impossible dates are skipped, and so are
    fractions, ratios, phone numbers and document symbols: a date needs a day, a month
    and a four-digit year, standing on their own.

    >>> text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 (đạt 64/70 điểm)"
    >>> [(m.text, m.date.isoformat()) for m in find_dates(text)]
    [('ngày 05 tháng 3 năm 2020', '2020-03-05')]
    >>> m = next(find_dates("Hà Nội, 16/5/2016"))
    >>> m.start, m.end
    (8, 17)
    """
    norm = _normalize(text)
    for match in _FIND.finditer(norm.text):
        if match.group("date") is None or _glued(norm.text, *match.span()):
            continue
        try:
            day = _date_from_match(norm, match)
        except InvalidDate:
            continue
        start, end = norm.span(match.start(), match.end())
        yield DateMatch(start, end, text[start:end], day)


# --------------------------------------------------------------------------------------
# Periods.


@attrs.frozen
class Period:
    """A stretch of days from ``start`` to ``end``, both included, and the text naming it."""

    start: dt.date
    end: dt.date
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the period.

        >>> parse_period("quý I/2021").contains(parse_date("31/3/2021"))
        True
        """
        return self.start <= _as_date(day) <= self.end


@attrs.frozen
class PeriodMatch:
    """A period expression found in a longer text; ``start``/``end`` index the source."""

    start: int
    end: int
    text: str
    period: Period


_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _period_from_match(norm: _Normalized, match: re.Match[str], text: str) -> Period:
    def group(name: str) -> tuple[str, int, int]:
        return match.group(name), match.start(name), match.end(name)

    def year(name: str) -> int:
        return _year_value(norm, *group(name))

    if match.group("months") is not None:
        value = year("months_year")
        digits, a, b = group("months")
        count = int(digits) if len(digits) <= 2 else 0
        if not 1 <= count <= 12:
            _fail(norm, f"a year has 1 to 12 months, not {digits[:12]}", a, b)
        first = dt.date(value, 1, 1)
        if match.group("half") == "cuối":
            start = first + relativedelta(months=12 - count)
            return Period(start, dt.date(value, 12, 31), text)
        return Period(first, first + relativedelta(months=count - 1, day=31), text)
    if match.group("quarter") is not None:
        value = year("quarter_year")
        name, a, b = group("quarter")
        quarter = _QUARTERS.get(name, 0)
        if not 1 <= quarter <= 4:
            _fail(norm, f"quarter {name.upper()[:12]} does not exist (only I to IV)", a, b)
        start = dt.date(value, 1, 1) + relativedelta(months=3 * (quarter - 1))
        return Period(start, start + relativedelta(months=2, day=31), text)
    if match.group("month_only") is not None:
        value = year("month_year")
        month = _month_value(norm, *group("month_only"))
        start = dt.date(value, month, 1)
        return Period(start, start + relativedelta(day=31), text)
    if match.group("first") is not None:
        first_year, last_year = year("first"), year("last")
        if last_year < first_year:
            _, a, b = group("last")
            _fail(norm, f"the period ends in {last_year}, before it starts in {first_year}", a, b)
        return Period(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), text)
    value = year("year_only")
    return Period(dt.date(value, 1, 1), dt.date(value, 12, 31), text)


def parse_period(text: str, /) -> Period:
    """Parse a reporting period or span of years into a :class:`Period`.

    Understood: *năm 2021*; *9 tháng đầu năm 2021* (also *9 tháng năm 2021*), *6 tháng
    cuối năm 2020*; *quý III/2021*, *quý 3 năm 2021*; *tháng 5/2021*, *tháng 5 năm
    2021*; *giai đoạn 2021-2025*, *nhiệm kỳ 2020-2025*, *thời kỳ 2021-2030*, *năm
    2021-2025* (whole calendar years).

    >>> p = parse_period("9 tháng đầu năm 2021")
    >>> p.start.isoformat(), p.end.isoformat()
    ('2021-01-01', '2021-09-30')
    >>> parse_period("quý III/2021").end
    datetime.date(2021, 9, 30)
    >>> parse_period("giai đoạn 2021 - 2025").start
    datetime.date(2021, 1, 1)
    >>> parse_period("tháng 13/2021")
    Traceback (most recent call last):
        ...
    govdoc.errors.InvalidDate: month 13 does not exist
        tháng 13/2021
              ^^
    """
    norm = _normalize(text)
    begin = 1 if norm.text.startswith(" ") else 0
    stop = len(norm.text.rstrip())
    if begin >= stop:
        raise InvalidDate("empty period expression", text=text, span=(0, len(text)))
    match = _LENIENT_PERIOD.fullmatch(norm.text, begin, stop)
    if match is None:
        head = _LENIENT_PERIOD.match(norm.text, begin, stop)
        if head is not None and norm.text[head.end()] == " ":
            _fail(norm, "unexpected text after the period", head.end() + 1, stop)
        _fail(
            norm,
            "not a period; expected e.g. 'năm 2021', 'quý III/2021', 'tháng 5/2021',"
            " '6 tháng đầu năm 2021' or 'giai đoạn 2021-2025'",
            begin,
            stop,
        )
    start, end = norm.span(begin, stop)
    return _period_from_match(norm, match, text[start:end])


def find_periods(text: str, /) -> Iterator[PeriodMatch]:
    """Yield every valid period expression in ``text``, in order, without overlaps.

    The month and year of a full date (*ngày 16 tháng 5 năm 2016*) are not a period.

    >>> text = "Báo cáo 6 tháng đầu năm 2021 và kế hoạch giai đoạn 2021–2025, ngày 5/7/2021"
    >>> [(m.text, str(m.period.end)) for m in find_periods(text)]
    [('6 tháng đầu năm 2021', '2021-06-30'), ('giai đoạn 2021–2025', '2025-12-31')]
    """
    norm = _normalize(text)
    for match in _FIND.finditer(norm.text):
        if match.group("period") is None or _glued(norm.text, *match.span()):
            continue
        start, end = norm.span(match.start(), match.end())
        try:
            period = _period_from_match(norm, match, text[start:end])
        except InvalidDate:
            continue
        yield PeriodMatch(start, end, text[start:end], period)


# --------------------------------------------------------------------------------------
# Terms of office.


class Body(enum.Enum):
    """The body whose terms of office :class:`Term` describes."""

    PARTY = "party"
    """The national Party congress (Đại hội đại biểu toàn quốc) and its Central Committee."""
    NATIONAL_ASSEMBLY = "national_assembly"
    """The National Assembly (Quốc hội)."""


@attrs.frozen
class Term:
    """One term of office: Đại hội XIII of the Party, or Quốc hội khóa XV.

    ``end`` is the last day of the term, or ``None`` for the current term.
    """

    body: Body
    number: int
    roman: str
    start: dt.date
    end: dt.date | None = None

    @property
    def code(self) -> str:
        """``QH15`` for the National Assembly (as in symbols like 80/2015/QH13), else ``XIII``.

        >>> assembly_term("XV").code, party_term(13).code
        ('QH15', 'XIII')
        """
        if self.body is Body.NATIONAL_ASSEMBLY:
            return f"QH{self.number}"
        return self.roman

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the term (both ends included).

        >>> party_term("XII").contains(parse_date("16/5/2016"))
        True
        """
        day = _as_date(day)
        return self.start <= day and (self.end is None or day <= self.end)


def _as_date(day: dt.date) -> dt.date:
    # A datetime is a date, but comparing one with a date raises TypeError.
    return day.date() if isinstance(day, dt.datetime) else day


_ROMAN_VALUES = (
    ("M", 1000),
    ("CM", 900),
    ("D", 500),
    ("CD", 400),
    ("C", 100),
    ("XC", 90),
    ("L", 50),
    ("XL", 40),
    ("X", 10),
    ("IX", 9),
    ("V", 5),
    ("IV", 4),
    ("I", 1),
)


def _to_roman(number: int) -> str:
    parts: list[str] = []
    for symbol, value in _ROMAN_VALUES:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def _from_roman(text: str) -> int | None:
    """The value of a canonical Roman numeral (``XIII``), or ``None``."""
    text = text.upper()
    if not text or len(text) > 15 or text.strip("IVXLCDM"):
        return None
    value = pos = 0
    for symbol, amount in _ROMAN_VALUES:
        while text.startswith(symbol, pos):
            value += amount
            pos += len(symbol)
    return value if pos == len(text) and _to_roman(value) == text else None


def _term_from_row(row: dict[str, str | None]) -> Term:
    body = Body(row.get("body"))
    term, roman = row.get("term"), row.get("roman")
    number: int | None = None
    if term is not None:
        number = int(term) if term.isdecimal() else _from_roman(term)
    if number is None and roman is not None:
        number = _from_roman(roman)
    if number is None or number < 1:
        raise ValueError(f"no usable term number in term={term!r}, roman={roman!r}")
    if roman is not None and _from_roman(roman) != number:
        raise ValueError(f"roman {roman!r} does not match term {number}")
    start_s, end_s = row.get("start"), row.get("end")
    if start_s is None:
        raise ValueError("missing start date")
    start = dt.date.fromisoformat(start_s)
    end = dt.date.fromisoformat(end_s) if end_s is not None else None
    if end is not None and end < start:
        raise ValueError(f"term ends ({end}) before it starts ({start})")
    return Term(body, number, _to_roman(number), start, end)


@cache
def _load_terms() -> tuple[Term, ...]:
    loaded: list[Term] = []
    for index, row in enumerate(_data.read_table("terms.csv"), start=1):
        try:
            loaded.append(_term_from_row(row))
        except ValueError as exc:
            raise RegistryError(f"terms.csv, data row {index}: {exc}") from exc
    seen: set[tuple[Body, int]] = set()
    for term in loaded:
        if (term.body, term.number) in seen:
            raise RegistryError(f"terms.csv: {term.body.value} term {term.roman} twice")
        seen.add((term.body, term.number))
    order = {body: i for i, body in enumerate(Body)}
    return tuple(sorted(loaded, key=lambda t: (order[t.body], t.start)))


def terms(body: Body | None = None) -> tuple[Term, ...]:
    """All known terms of ``body`` (of every body when ``None``), oldest first.

    >>> [t.roman for t in terms(Body.PARTY)][:4]
    ['IX', 'X', 'XI', 'XII']
    """
    if body is None:
        return _load_terms()
    return tuple(t for t in _load_terms() if t.body is body)


def term_on(day: dt.date, body: Body) -> Term | None:
    """The term of ``body`` in office on ``day``, or ``None`` outside the known terms.

    On a changeover day that belongs to two terms, the newer term wins.

    >>> from datetime import date
    >>> term_on(date(2022, 6, 16), Body.PARTY).roman
    'XIII'
    """
    found: Term | None = None
    for term in terms(body):
        if term.contains(day) and (found is None or term.start > found.start):
            found = term
    return found


_ASSEMBLY_PREFIXES = ("quốc hội khóa", "quốc hội khoá", "quốc hội", "khóa", "khoá", "qh")
_PARTY_PREFIXES = ("đại hội", "khóa", "khoá")


def _term_number(code: str, prefixes: tuple[str, ...]) -> int | None:
    text = _normalize(code).text.strip()
    for prefix in prefixes:
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    if text.isascii() and text.isdecimal():
        return int(text) if len(text) <= 3 else None
    return _from_roman(text)


def _by_number(body: Body, number: int | None) -> Term | None:
    return next((t for t in terms(body) if t.number == number), None)


def assembly_term(code: str) -> Term | None:
    """The National Assembly term named ``QH15``, ``qh15``, ``XV``, ``15`` or ``khóa XV``.

    Returns ``None`` for anything that names no known term.

    >>> assembly_term("qh15").roman
    'XV'
    >>> assembly_term("QH99") is None
    True
    """
    return _by_number(Body.NATIONAL_ASSEMBLY, _term_number(code, _ASSEMBLY_PREFIXES))


def party_term(roman_or_number: str | int) -> Term | None:
    """The national Party congress term ``XIII``, ``13``, ``"13"`` or ``Đại hội XIII``.

    Returns ``None`` for anything that names no known term.

    >>> party_term("xii").start.year
    2016
    """
    if isinstance(roman_or_number, int):
        number: int | None = None if isinstance(roman_or_number, bool) else roman_or_number
    else:
        number = _term_number(roman_or_number, _PARTY_PREFIXES)
    return _by_number(Body.PARTY, number)
