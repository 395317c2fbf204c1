"""Tests for govdoc.dates: issue dates, reporting periods and terms of office."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Callable, Iterator
from typing import TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc import _data, dates
from govdoc.dates import (
    Body,
    DateMatch,
    Period,
    Term,
    assembly_term,
    find_dates,
    find_periods,
    parse_date,
    parse_period,
    party_term,
    term_on,
    terms,
)
from govdoc.errors import InvalidDate, RegistryError

# No example database: the tests must not write into the repository.
SETTINGS = settings(database=None, deadline=None, max_examples=200)
D = dt.date
T = TypeVar("T")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def outcome(parse: Callable[[str], T], text: str) -> T | InvalidDate:
    """What ``parse(text)`` returns, or the InvalidDate it raises; other errors propagate."""
    try:
        return parse(text)
    except InvalidDate as error:
        return error


# --------------------------------------------------------------------------------------
# parse_date

VALID_DATES = [
    ("ngày 16/5/2016", D(2016, 5, 16)),
    ("16/5/2016", D(2016, 5, 16)),
    ("16-5-2016", D(2016, 5, 16)),
    ("16.5.2016", D(2016, 5, 16)),
    ("ngày 16 / 5 / 2016", D(2016, 5, 16)),
    ("ngày 02 tháng 11 năm 2021", D(2021, 11, 2)),
    ("ngày 2 tháng 11 năm 2021", D(2021, 11, 2)),
    ("2 tháng 11 năm 2021", D(2021, 11, 2)),
    ("Ngày 03/9/2025", D(2025, 9, 3)),
    ("NGÀY 03/09/2025", D(2025, 9, 3)),
    ("Ngày 03 Tháng 9 Năm 2025", D(2025, 9, 3)),
    (nfd("ngày 16 tháng 5 năm 2016"), D(2016, 5, 16)),
    (nfd("NGÀY 16 THÁNG 5 NĂM 2016"), D(2016, 5, 16)),
    ("ngày 16 tháng_5 năm 2016", D(2016, 5, 16)),
    ("ngày_16_tháng_5_năm_2016", D(2016, 5, 16)),
    ("  ngày   16  tháng 5   năm 2016  ", D(2016, 5, 16)),
    ("ngày\u00a016/5/2016", D(2016, 5, 16)),
    ("ngày 1\u20137\u20132020", D(2020, 7, 1)),
    ("ngày mùng 2 tháng 9 năm 1945", D(1945, 9, 2)),
    ("ngày 29/2/2024", D(2024, 2, 29)),
    ("ngày 29/2/2000", D(2000, 2, 29)),
    ("31/12/2020", D(2020, 12, 31)),
    ("01.01.2021", D(2021, 1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), VALID_DATES)
def test_parse_date_valid(text: str, expected: dt.date) -> None:
    """Each way Vietnamese texts write an issue date parses, day first, to that day."""
    assert parse_date(text) == expected


INVALID_DATES = [
    ("31/2/2021", (0, 2), "day 31 does not exist in February 2021"),
    ("ngày 29/2/2021", (5, 7), "day 29 does not exist in February 2021"),
    ("ngày 29/2/1900", (5, 7), "day 29 does not exist in February 1900"),
    ("ngày 31/4/2020", (5, 7), "day 31 does not exist in April 2020"),
    ("ngày 32 tháng 1 năm 2020", (5, 7), "day 32 does not exist in January 2020"),
    ("0/5/2016", (0, 1), "day 0 does not exist"),
    ("16/13/2016", (3, 5), "month 13 does not exist"),
    ("ngày 16 tháng 0 năm 2016", (14, 15), "month 0 does not exist"),
    ("16/5/16", (5, 7), "year must have four digits"),
    ("ngày 16 tháng 5 năm 16", (20, 22), "year must have four digits"),
    ("16/5/20160", (5, 10), "year must have four digits"),
    ("ngày 1/1/0000", (9, 13), "year 0 does not exist"),
    ("016/5/2016", (0, 3), "day must have one or two digits"),
    ("30/2020/NĐ-CP", (3, 7), "month must have one or two digits"),
    ("16/5-2016", (4, 5), "expected '/' before the year"),
    ("16:5:2016", (2, 3), "expected '/', '-', '.' or 'tháng' after the day"),
    ("02 tháng 11, 2021", (11, 12), "expected 'năm' before the year"),
    ("ngày 16 tháng 5 2016", (16, 20), "expected 'năm' before the year"),
    ("ngày 16 tháng 5", (15, 15), "missing 'năm' before the year"),
    ("ngày 16/5", (9, 9), "missing '/' before the year"),
    ("ngày", (4, 4), "missing the day"),
    ("", (0, 0), "empty date expression"),
    ("   ", (0, 3), "empty date expression"),
    ("hôm nay", (0, 3), "expected a date"),
    ("Hà Nội, ngày 16/5/2016", (0, 2), "expected a date"),
    ("16/5/2016 abc", (10, 13), "unexpected text after the date"),
    ("16/5/2016/NĐ-CP", (9, 15), "unexpected text after the date"),
    (nfd("ngày 31/2/2021"), (6, 8), "day 31 does not exist in February 2021"),
]


@pytest.mark.parametrize(("text", "span", "message"), INVALID_DATES)
def test_parse_date_invalid(text: str, span: tuple[int, int], message: str) -> None:
    """Impossible or malformed dates raise InvalidDate saying what is wrong, and where."""
    with pytest.raises(InvalidDate) as info:
        parse_date(text)
    assert info.value.span == span
    assert message in info.value.message


def test_invalid_date_is_value_error_with_caret() -> None:
    """InvalidDate is a ValueError whose text carries a caret under the bad day."""
    with pytest.raises(ValueError, match="day 31 does not exist") as info:
        parse_date("ngày 31/2/2021")
    assert str(info.value).splitlines()[1:] == ["    ngày 31/2/2021", "         ^^"]


STYLES = {
    "slash": "ngày {d}/{m}/{y}",
    "bare slash": "{d}/{m}/{y}",
    "dash": "ngày {d}-{m}-{y}",
    "dot": "{d}.{m}.{y}",
    "words": "ngày {d} tháng {m} năm {y}",
    "bare words": "{d} tháng {m} năm {y}",
    "segmented": "ngày_{d}_tháng_{m}_năm_{y}",
    "mùng": "mùng {d} tháng {m} năm {y}",
}


def write_date(day: dt.date, style: str, zero_pad: bool, case: str, decompose: bool) -> str:
    width = 2 if zero_pad else 1
    text = STYLES[style].format(d=f"{day.day:0{width}d}", m=f"{day.month:0{width}d}", y=f"{day.year:04d}")
    text = {"lower": text, "upper": text.upper(), "title": text.title()}[case]
    return nfd(text) if decompose else text


written_dates = st.tuples(
    st.dates(),
    st.sampled_from(sorted(STYLES)),
    st.booleans(),
    st.sampled_from(["lower", "upper", "title"]),
    st.booleans(),
)


@SETTINGS
@given(written_dates)
def test_parse_date_round_trip(written: tuple[dt.date, str, bool, str, bool]) -> None:
    """Any valid day written in any style, case or Unicode form parses back to that day."""
    day = written[0]
    assert parse_date(write_date(*written)) == day


@SETTINGS
@given(written_dates)
def test_find_dates_finds_a_lone_date_whole(written: tuple[dt.date, str, bool, str, bool]) -> None:
    """A text that is just one written date is found as one match covering all of it."""
    text = write_date(*written)
    assert list(find_dates(text)) == [DateMatch(0, len(text), text, written[0])]


DATE_ALPHABET = "0123456789/-.:, _ngàyNGÀYthángTHÁNGnămNĂMmùng\u0300\u0301\u0306đ"
noisy_text = st.one_of(st.text(), st.text(alphabet=DATE_ALPHABET))


@SETTINGS
@given(noisy_text)
def test_parse_date_raises_only_invalid_date(text: str) -> None:
    """On arbitrary text parse_date returns a date or raises InvalidDate spanning part of it."""
    result = outcome(parse_date, text)
    if isinstance(result, InvalidDate):
        start, end = result.span
        assert 0 <= start <= end <= len(text)
        assert result.text == text
    else:
        assert isinstance(result, dt.date)


def check_matches(text: str, matches: list[tuple[int, int, str]]) -> None:
    position = 0
    for start, end, found in matches:
        assert position <= start < end <= len(text)
        assert text[start:end] == found
        position = end


@SETTINGS
@given(noisy_text)
def test_find_dates_invariants(text: str) -> None:
    """find_dates never crashes; its ordered, disjoint slices re-parse to the same dates."""
    matches = list(find_dates(text))
    check_matches(text, [(m.start, m.end, m.text) for m in matches])
    for match in matches:
        assert parse_date(match.text) == match.date


FILLER = [
    "Căn cứ",
    "Nghị định số 30/2020/NĐ-CP",
    "Chỉ thị 16/CT-TTg",
    "Luật số 80/2015/QH13",
    "Kết luận 114-KL/TW",
    "của Chính phủ",
    "Quốc hội",
    "quy định về công tác văn thư",
    "đạt 64/70 điểm",
    "tỷ lệ 3/4",
    "ISO 9001:2008",
    "điện thoại 0243.823.4567",
    "Điều 5, khoản 2",
    "Hà Nội,",
    "(kèm theo)",
    "tháng",
    "năm",
    "quý",
    "giai đoạn",
    "ban hành;",
    "THỦ TƯỚNG",
]


@SETTINGS
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(FILLER), max_size=4), written_dates),
        max_size=6,
    ),
    st.lists(st.sampled_from(FILLER), max_size=4),
)
def test_planted_dates_are_all_found(
    pieces: list[tuple[list[str], tuple[dt.date, str, bool, str, bool]]], tail: list[str]
) -> None:
    """Dates planted among Vietnamese filler words are found exactly, at their positions."""
    text = ""
    planted: list[DateMatch] = []
    for filler, written in pieces:
        text += " ".join(filler) + " "
        date_text = write_date(*written)
        planted.append(DateMatch(len(text), len(text) + len(date_text), date_text, written[0]))
        text += date_text + " "
    text += " ".join(tail)
    assert list(find_dates(text)) == planted


def test_find_dates_in_a_document() -> None:
    """Only the real dates of a citation-heavy passage are found, with their leading 'ngày'."""
    text = (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ; "
        "Chỉ thị 16/CT-TTg ngày 31/3/2020; đạt 64/70 điểm (ISO 9001:2008); "
        "ĐT: 0243.823.4567. Hà Nội, Ngày 03/9/2025"
    )
    found = [(m.text, m.date) for m in find_dates(text)]
    assert found == [
        ("ngày 05 tháng 3 năm 2020", D(2020, 3, 5)),
        ("ngày 31/3/2020", D(2020, 3, 31)),
        ("Ngày 03/9/2025", D(2025, 9, 3)),
    ]


def test_find_dates_spans_index_the_original_text() -> None:
    """Spans found in decomposed (NFD), spaced-out text index the caller's own string."""
    text = nfd("Hà Nội,  NGÀY  16  tháng_5 năm 2016.")
    (match,) = find_dates(text)
    assert match.date == D(2016, 5, 16)
    assert text[match.start : match.end] == match.text
    assert unicodedata.normalize("NFC", match.text) == "NGÀY  16  tháng_5 năm 2016"


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 16/CT-TTg",
        "Nghị định số 30/2020/NĐ-CP",
        "Luật số 80/2015/QH13",
        "Nghị quyết 01/2021/QH15",
        "Kết luận số 114-KL/TW",
        "công văn số 1234/BNV-CCVC",
        "đạt 64/70 điểm",
        "tỷ lệ 3/4 và 2/3",
        "ISO 9001:2008",
        "lúc 10:30 sáng",
        "điện thoại 0243.823.4567",
        "di động 091.234.5678",
        "ngày 16/5",
        "16 tháng 5",
        "ngày 16/5/16",
        "ngày 31/2/2021",
        "ngày 16/13/2016",
        "1/16/5/2016",
        "16/5/2016/NĐ",
        "16/5/20160",
        "tháng 5/2021",
        "năm 2021",
        "giai đoạn 2016-2020",
    ],
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    """Symbols, fractions, ratios, phone numbers, partial and impossible dates are not dates."""
    assert list(find_dates(text)) == []


# --------------------------------------------------------------------------------------
# Periods

VALID_PERIODS = [
    ("năm 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("NĂM 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("9 tháng đầu năm 2021", D(2021, 1, 1), D(2021, 9, 30)),
    ("9 tháng năm 2021", D(2021, 1, 1), D(2021, 9, 30)),
    ("6 tháng đầu năm 2021", D(2021, 1, 1), D(2021, 6, 30)),
    ("6 tháng cuối năm 2020", D(2020, 7, 1), D(2020, 12, 31)),
    ("3 tháng cuối năm 2021", D(2021, 10, 1), D(2021, 12, 31)),
    (nfd("6 tháng cuối năm 2020"), D(2020, 7, 1), D(2020, 12, 31)),
    ("quý III/2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("quý 3 năm 2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("Quý I/2024", D(2024, 1, 1), D(2024, 3, 31)),
    ("quý II năm 2024", D(2024, 4, 1), D(2024, 6, 30)),
    ("quý IV/2020", D(2020, 10, 1), D(2020, 12, 31)),
    ("tháng 5/2021", D(2021, 5, 1), D(2021, 5, 31)),
    ("tháng 5 năm 2021", D(2021, 5, 1), D(2021, 5, 31)),
    ("tháng 2/2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("tháng 02/2023", D(2023, 2, 1), D(2023, 2, 28)),
    ("giai đoạn 2021-2025", D(2021, 1, 1), D(2025, 12, 31)),
    ("giai đoạn 2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
    ("giai đoạn 2021\u20132025", D(2021, 1, 1), D(2025, 12, 31)),
    ("nhiệm kỳ 2020-2025", D(2020, 1, 1), D(2025, 12, 31)),
    ("thời kỳ 2021-2030", D(2021, 1, 1), D(2030, 12, 31)),
    ("tháng 12/9999", D(9999, 12, 1), D(9999, 12, 31)),
    ("quý IV/9999", D(9999, 10, 1), D(9999, 12, 31)),
    ("6 tháng cuối năm 9999", D(9999, 7, 1), D(9999, 12, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), VALID_PERIODS)
def test_parse_period_valid(text: str, start: dt.date, end: dt.date) -> None:
    """Each reporting period or span of years covers exactly the days it names, ends included."""
    assert parse_period(text) == Period(start, end, text)


INVALID_PERIODS = [
    ("tháng 13/2021", (6, 8), "month 13 does not exist"),
    ("quý V/2021", (4, 5), "quarter V does not exist"),
    ("quý 5 năm 2021", (4, 5), "quarter 5 does not exist"),
    ("năm 21", (4, 6), "year must have four digits"),
    ("giai đoạn 2021-25", (15, 17), "year must have four digits"),
    ("giai đoạn 2025-2021", (15, 19), "ends in 2021, before it starts in 2025"),
    ("13 tháng đầu năm 2021", (0, 2), "1 to 12 months"),
    ("0 tháng đầu năm 2021", (0, 1), "1 to 12 months"),
    ("năm 2021 và 2022", (9, 16), "unexpected text after the period"),
    ("hôm nay", (0, 7), "not a period"),
    ("", (0, 0), "empty period expression"),
]


@pytest.mark.parametrize(("text", "span", "message"), INVALID_PERIODS)
def test_parse_period_invalid(text: str, span: tuple[int, int], message: str) -> None:
    """Malformed or impossible periods raise InvalidDate pointing at the bad part."""
    with pytest.raises(InvalidDate) as info:
        parse_period(text)
    assert info.value.span == span
    assert message in info.value.message


def test_find_periods_in_a_report() -> None:
    """Periods in a report are found in order, but not the month and year of a full date."""
    text = (
        "Báo cáo 9 tháng đầu năm 2021 (quý III/2021, tháng 9/2021) ban hành ngày 16 tháng 10 "
        "năm 2021, kế hoạch 5 năm 2021-2025 và nhiệm kỳ 2020 \u2013 2025."
    )
    found = [(m.text, m.period.start, m.period.end) for m in find_periods(text)]
    assert found == [
        ("9 tháng đầu năm 2021", D(2021, 1, 1), D(2021, 9, 30)),
        ("quý III/2021", D(2021, 7, 1), D(2021, 9, 30)),
        ("tháng 9/2021", D(2021, 9, 1), D(2021, 9, 30)),
        ("năm 2021-2025", D(2021, 1, 1), D(2025, 12, 31)),
        ("nhiệm kỳ 2020 \u2013 2025", D(2020, 1, 1), D(2025, 12, 31)),
    ]


PERIOD_ALPHABET = "0123456789/-–. _thángđầucuốinămquýIVgiaiđoạnnhiệmkỳ\u0300\u0301"


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=PERIOD_ALPHABET)))
def test_find_periods_invariants(text: str) -> None:
    """find_periods never crashes; its ordered, disjoint slices re-parse to the same periods."""
    matches = list(find_periods(text))
    check_matches(text, [(m.start, m.end, m.text) for m in matches])
    for match in matches:
        assert parse_period(match.text) == match.period


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=PERIOD_ALPHABET)))
def test_parse_period_raises_only_invalid_date(text: str) -> None:
    """On arbitrary text parse_period returns a valid Period or raises InvalidDate."""
    result = outcome(parse_period, text)
    if isinstance(result, InvalidDate):
        assert 0 <= result.span[0] <= result.span[1] <= len(text)
    else:
        assert result.start <= result.end


@SETTINGS
@given(st.integers(1, 9998), st.integers(1, 12))
def test_month_periods_tile_the_year(year: int, month: int) -> None:
    """A month period runs from its 1st to its last day, and the next day starts a new month."""
    period = parse_period(f"tháng {month}/{year:04d}")
    assert period.start == D(year, month, 1)
    assert (period.end + dt.timedelta(days=1)).day == 1
    assert period.end.month == month


def test_period_contains_and_rejects_reversed_bounds() -> None:
    """A period holds its first and last days only, and cannot end before it starts."""
    quarter = parse_period("quý I/2021")
    assert quarter.contains(D(2021, 1, 1))
    assert quarter.contains(D(2021, 3, 31))
    assert not quarter.contains(D(2021, 4, 1))
    with pytest.raises(ValueError, match="before it starts"):
        Period(D(2021, 2, 1), D(2021, 1, 1))


# --------------------------------------------------------------------------------------
# Terms of office


def test_term_facts() -> None:
    """16/5/2016 falls in Party term XII (Đại hội XII, January 2016) and Quốc hội khóa XIII."""
    day = D(2016, 5, 16)
    party = term_on(day, Body.PARTY)
    assembly = term_on(day, Body.NATIONAL_ASSEMBLY)
    assert party is not None
    assert (party.roman, party.number, party.code) == ("XII", 12, "XII")
    assert assembly is not None
    assert (assembly.roman, assembly.number, assembly.code) == ("XIII", 13, "QH13")


@pytest.mark.parametrize(
    ("day", "body", "roman"),
    [
        (D(2022, 6, 16), Body.PARTY, "XIII"),  # Đại hội XIII met in January-February 2021
        (D(2018, 1, 1), Body.PARTY, "XII"),
        (D(2013, 6, 1), Body.PARTY, "XI"),  # Đại hội XI: January 2011
        (D(2008, 6, 1), Body.PARTY, "X"),  # Đại hội X: April 2006
        (D(2003, 6, 1), Body.PARTY, "IX"),  # Đại hội IX: April 2001
        (D(2005, 1, 1), Body.NATIONAL_ASSEMBLY, "XI"),  # elected May 2002
        (D(2009, 1, 1), Body.NATIONAL_ASSEMBLY, "XII"),  # elected May 2007
        (D(2019, 1, 1), Body.NATIONAL_ASSEMBLY, "XIV"),  # elected May 2016
        (D(2023, 1, 1), Body.NATIONAL_ASSEMBLY, "XV"),  # elected May 2021
    ],
)
def test_term_on(day: dt.date, body: Body, roman: str) -> None:
    """term_on names the term in office on a day well inside it."""
    term = term_on(day, body)
    assert term is not None
    assert term.roman == roman


def test_term_on_before_the_data_is_none() -> None:
    """Days before the first known term (Party IX in 2001, Assembly XI in 2002) have no term."""
    assert term_on(D(2000, 1, 1), Body.PARTY) is None
    assert term_on(D(2000, 1, 1), Body.NATIONAL_ASSEMBLY) is None


def test_term_on_accepts_a_datetime() -> None:
    """A datetime is looked up by its calendar day."""
    term = term_on(dt.datetime(2016, 5, 16, 9, 30), Body.PARTY)
    assert term is not None
    assert term.roman == "XII"


def test_terms_cover_the_documented_range() -> None:
    """The table holds Party terms IX to XIV and Assembly terms XI to XVI, oldest first."""
    assert [t.number for t in terms(Body.PARTY)] == list(range(9, 15))
    assert [t.roman for t in terms(Body.PARTY)] == ["IX", "X", "XI", "XII", "XIII", "XIV"]
    assert [t.number for t in terms(Body.NATIONAL_ASSEMBLY)] == list(range(11, 17))
    assert terms() == terms(Body.PARTY) + terms(Body.NATIONAL_ASSEMBLY)
    assert terms() is terms()


@pytest.mark.parametrize("body", list(Body))
def test_terms_follow_one_another(body: Body) -> None:
    """Each term starts and ends after the one before, leaving no gap, and only the last is open.

    A Party term may overlap the next for the days of the next congress, and a legislature
    ends on the day the next one opens, so successive terms may share a few days.
    """
    listed = terms(body)
    for earlier, later in itertools.pairwise(listed):
        assert earlier.end is not None
        assert earlier.start < later.start
        assert later.start <= earlier.end + dt.timedelta(days=1)
        assert earlier.end - later.start < dt.timedelta(days=14)
        assert later.end is None or earlier.end < later.end
    for term in listed:
        assert term.contains(term.start)
        assert not term.contains(term.start - dt.timedelta(days=1))
        if term.end is not None:
            assert term.contains(term.end)
            assert not term.contains(term.end + dt.timedelta(days=1))


def test_term_on_prefers_the_newer_term_on_shared_days() -> None:
    """On a day two terms share, term_on names the newer one."""
    for body in Body:
        for earlier, later in itertools.pairwise(terms(body)):
            assert earlier.end is not None
            shared = later.start
            while shared <= earlier.end:
                assert term_on(shared, body) == later
                shared += dt.timedelta(days=1)
            assert term_on(later.start - dt.timedelta(days=1), body) == earlier


@SETTINGS
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)), st.sampled_from(list(Body)))
def test_term_on_agrees_with_contains(day: dt.date, body: Body) -> None:
    """term_on returns a term containing the day exactly when some term contains it."""
    term = term_on(day, body)
    holders = [t for t in terms(body) if t.contains(day)]
    if holders:
        assert term is not None
        assert term.contains(day)
        assert term.start == max(t.start for t in holders)
    else:
        assert term is None


@pytest.mark.parametrize("code", ["QH15", "qh15", "QH 15", "XV", "xv", "15", "khóa XV", nfd("Khóa XV")])
def test_assembly_term_codes(code: str) -> None:
    """Every usual way of naming Quốc hội khóa XV finds term 15, coded QH15."""
    term = assembly_term(code)
    assert term is not None
    assert (term.body, term.number, term.code) == (Body.NATIONAL_ASSEMBLY, 15, "QH15")


@pytest.mark.parametrize("name", ["XIII", "xiii", 13, "13", "Đại hội XIII", "khóa XIII"])
def test_party_term_names(name: str | int) -> None:
    """Every usual way of naming the XIII Party congress finds term 13."""
    term = party_term(name)
    assert term is not None
    assert (term.body, term.number, term.roman, term.code) == (Body.PARTY, 13, "XIII", "XIII")


@pytest.mark.parametrize("name", ["QH99", "XCIX", "IIII", "abc", "", "QH", "1" * 50])
def test_unknown_assembly_terms_are_none(name: str) -> None:
    """Names of no known Assembly term, or of nothing at all, give None."""
    assert assembly_term(name) is None


@pytest.mark.parametrize("name", [99, 0, -1, True, "XCIX", "VX", "abc", ""])
def test_unknown_party_terms_are_none(name: str | int) -> None:
    """Numbers and names of no known Party term give None."""
    assert party_term(name) is None


def test_term_is_a_frozen_value() -> None:
    """Terms are immutable values that compare by content."""
    term = Term(Body.PARTY, 13, "XIII", D(2021, 1, 25))
    assert term == Term(Body.PARTY, 13, "XIII", D(2021, 1, 25))
    assert term.end is None
    assert term.contains(D(2099, 1, 1))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        term.number = 14  # type: ignore[misc]


@pytest.fixture
def fake_terms_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, str | None]]]:
    """Serve terms.csv from a list the test fills, with the terms cache cleared around it."""
    rows: list[dict[str, str | None]] = []

    def read_table(name: str) -> list[dict[str, str | None]]:
        assert name == "terms.csv"
        return rows

    dates._load_terms.cache_clear()
    monkeypatch.setattr(_data, "read_table", read_table)
    yield rows
    dates._load_terms.cache_clear()


def row(body: str, term: str, roman: str | None, start: str, end: str | None) -> dict[str, str | None]:
    return {
        "body": body,
        "term": term,
        "roman": roman,
        "start": start,
        "end": end,
        "source": None,
        "notes": None,
    }


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row("senate", "1", "I", "2020-01-01", None), "senate"),
        (row("party", "13", "XII", "2021-01-25", None), "does not match"),
        (row("party", "13", "XIII", "25/1/2021", None), "data row 1"),
        (row("party", "13", "XIII", "2021-01-25", "2020-01-01"), "before it starts"),
        (row("party", "", None, "2021-01-25", None), "no usable term number"),
    ],
)
def test_broken_terms_table_raises_registry_error(
    fake_terms_table: list[dict[str, str | None]], bad: dict[str, str | None], message: str
) -> None:
    """A malformed terms.csv row is reported as a RegistryError naming the problem."""
    fake_terms_table.append(bad)
    with pytest.raises(RegistryError, match=message):
        terms()


def test_duplicate_term_raises_registry_error(
    fake_terms_table: list[dict[str, str | None]],
) -> None:
    """The same term listed twice is a RegistryError."""
    fake_terms_table.extend([row("party", "13", "XIII", "2021-01-25", None)] * 2)
    with pytest.raises(RegistryError, match="twice"):
        terms()


def test_roman_only_terms_table_is_read(fake_terms_table: list[dict[str, str | None]]) -> None:
    """A row giving the term as a Roman numeral only still yields its number."""
    fake_terms_table.append(row("national_assembly", "XV", None, "2021-07-20", None))
    assert terms() == (Term(Body.NATIONAL_ASSEMBLY, 15, "XV", D(2021, 7, 20)),)


# --------------------------------------------------------------------------------------
# Hostile input


HOSTILE = [
    "1/" * 100_000,
    "ngày " * 40_000,
    "1/1/" * 50_000,
    "ngày 1 tháng " * 15_000,
    "quý I/" * 30_000,
    "năm " * 50_000,
    "9" * 200_000,
    "-1" * 100_000,
    "a" + "\u0301\u0323" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda text: repr(text[:8]))
def test_hostile_input_finishes(text: str) -> None:
    """Long repetitive near-dates finish and yield nothing, and the parsers refuse them."""
    assert list(find_dates(text)) == []
    assert list(find_periods(text)) == []
    with pytest.raises(InvalidDate):
        parse_date(text)
    with pytest.raises(InvalidDate):
        parse_period(text)


def test_many_dates_are_all_found() -> None:
    """Twenty thousand dates in a row are all found."""
    found = list(find_dates("1/1/2020 " * 20_000))
    assert len(found) == 20_000
    assert {m.date for m in found} == {D(2020, 1, 1)}
