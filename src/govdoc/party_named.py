"""Party resolutions cited by the meeting that adopted them, without a number.

Party texts cite a congress's or a plenum's resolution by the meeting: "Nghị quyết Đại hội
XIII của Đảng", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030",
"Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung
ương Đảng (khoá VIII)". The meeting is read word by word after "Nghị quyết"; a name counts
only where it says which meeting (its ordinal, its number, its term or its years), so
"nghị quyết đại hội, các nghị quyết …" and "Nghị quyết Đại hội thành viên" (a
cooperative's) name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from govdoc._grammar import SPACE
from govdoc._text import Normalized

__all__ = ["MeetingMatch", "find_party_named"]

_S = SPACE
_GAP = r"(?:[ \t_]{1,3}|[ \t]?\n[ \t]?)"  # between words; a line break, not a blank line
_TYPE = re.compile(rf"nghi{_S}{{1,3}}quyet(?![a-z])")
_ORDINAL_WORD = (
    r"(?:nhat|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi(?:(?:[ \t_]{1,3}(?:mot|hai|ba|bon|tu|lam|nam|sau|bay"
    r"|tam|chin))?))"
)
_ROMAN = r"[ivxl]{1,6}"


def _words(*words: str) -> str:
    return _GAP.join(words)


# Each step reads one part of a meeting's name from where the last one ended (folded
# text); all but the first open with the gap before their word.
_OF = re.compile(rf"{_GAP}(?:cua{_GAP})?")
_CONGRESS = re.compile(rf"{_words('dai', 'hoi')}(?![a-z])")
_PLENUM = re.compile(rf"{_words('hoi', 'nghi')}(?![a-z])")
_CENTRAL = re.compile(rf"(?:{_words('ban', 'chap', 'hanh')}{_GAP})?{_words('trung', 'uong')}(?![a-z])")
_LEAD = re.compile(_GAP)
_DELEGATES = re.compile(rf"{_GAP}(?:{_words('dai', 'bieu')}|{_words('toan', 'quoc')})(?![a-z])")
_PARTY = re.compile(rf"{_GAP}(?P<word>dang)(?:{_GAP}bo)?(?![a-z])")
_PARTY_IN_FULL = re.compile(rf"{_GAP}{_words('cong', 'san', 'viet', 'nam')}(?![a-z])")
_PLACE_KIND = re.compile(rf"{_GAP}(?:tinh|thanh{_GAP}pho|huyen|quan|thi{_GAP}xa|xa|phuong|khoi)(?![a-z])")
_CAPITAL_WORD = re.compile(rf"{_GAP}(?P<word>[a-z]+)(?![a-z])")
_NTH = re.compile(rf"{_GAP}{_words('lan', 'thu')}{_GAP}(?P<n>\d{{1,2}}|{_ORDINAL_WORD}|{_ROMAN})(?![a-z\d])")
_BARE_ROMAN = re.compile(rf"{_GAP}(?P<n>{_ROMAN})(?![a-z\d])")
_OF_WORD = re.compile(rf"{_GAP}cua(?![a-z])")
_TERM_YEARS = re.compile(
    rf"(?:{_GAP}?,)?{_GAP}{_words('nhiem', 'ky')}{_GAP}(?:19|20)\d\d{_GAP}?[-–]{_GAP}?(?:19|20)\d\d(?!\d)")
_PLENUM_NUMBER = re.compile(rf"{_GAP}(?P<n>\d{{1,2}})(?![\d/.,:-]\d|[a-z])")
_PARTY_TERM = re.compile(
    rf"(?:{_GAP}?,)?{_GAP}?(?P<open>\()?{_GAP}?khoa{_GAP}(?P<n>{_ROMAN})(?![a-z])(?P<close>{_GAP}?\))?")
_MAX_PLACE_WORDS = 4


@attrs.frozen
class MeetingMatch:
    """A Party resolution named by its meeting (``[start, end)`` in ``norm.text``)."""

    start: int
    end: int


def _upper(norm: Normalized, match: re.Match[str], group: str) -> bool:
    return norm.text[match.start(group):match.end(group)].isupper()


def _party_body(norm: Normalized, at: int, limit: int) -> int | None:
    """End of "Đảng", "Đảng bộ tỉnh Đồng Nai", "Đảng NDCM Lào" or "Đảng Cộng sản Việt Nam"
    at ``at``, or None: the party is written with its capital."""
    party = _PARTY.match(norm.folded, at, limit)
    if party is None or not norm.text[party.start("word")].isupper():
        return None
    end = party.end()
    if (full := _PARTY_IN_FULL.match(norm.folded, end, limit)) is not None:
        return full.end()
    if (kind := _PLACE_KIND.match(norm.folded, end, limit)) is not None:
        end = kind.end()
    for _ in range(_MAX_PLACE_WORDS):  # the place, or a foreign party's name
        word = _CAPITAL_WORD.match(norm.folded, end, limit)
        if word is None or not norm.text[word.start("word")].isupper() or _BARE_ROMAN.fullmatch(
                norm.folded, end, word.end()):
            break
        end = word.end()
    return end


def _congress_end(norm: Normalized, at: int, limit: int) -> int | None:
    """End of a congress's name after "Đại hội" (ending at ``at``), if it says which."""
    folded = norm.folded
    end, which = at, False
    while (step := _DELEGATES.match(folded, end, limit)) is not None:
        end = step.end()
    if (body := _party_body(norm, end, limit)) is not None:
        end = body
        while (step := _DELEGATES.match(folded, end, limit)) is not None:
            end = step.end()
    ordinal = _NTH.match(folded, end, limit) or _BARE_ROMAN.match(folded, end, limit)
    if ordinal is not None and (ordinal.re is _NTH or _upper(norm, ordinal, "n")):
        end, which = ordinal.end(), True
    if (years := _TERM_YEARS.match(folded, end, limit)) is not None:
        end, which = years.end(), True
    if which and (of := _OF_WORD.match(folded, end, limit)) is not None and (
            body := _party_body(norm, of.end(), limit)) is not None:
        end = body  # "… lần thứ XIII của Đảng", "…, nhiệm kỳ 2025-2030 của Đảng bộ tỉnh"
        if (years := _TERM_YEARS.match(folded, end, limit)) is not None:
            end = years.end()
    return end if which else None


def _plenum_end(norm: Normalized, at: int, limit: int) -> int | None:
    """End of a plenum's name at ``at`` ("Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa
    XIII", "Trung ương 4 khóa XII"), if it says which."""
    folded = norm.folded
    end, which = at, False
    if (opened := _PLENUM.match(folded, at, limit)) is not None:
        end = opened.end()
        if (nth := _NTH.match(folded, end, limit)) is not None:
            end, which = nth.end(), True
        if (gap := _LEAD.match(folded, end, limit)) is None:
            return None
        end = gap.end()
    central = _CENTRAL.match(folded, end, limit)
    if central is None:
        return None
    end = central.end()
    if (party := _PARTY.match(folded, end, limit)) is not None and norm.text[party.start("word")].isupper():
        end = party.end()
        if (full := _PARTY_IN_FULL.match(folded, end, limit)) is not None:
            end = full.end()
    if not which and (number := _PLENUM_NUMBER.match(folded, end, limit) or _NTH.match(folded, end, limit)):
        end, which = number.end(), True
    term = _PARTY_TERM.match(folded, end, limit)
    if term is not None and _upper(norm, term, "n") and bool(term.group("open")) == bool(term.group("close")):
        end, which = term.end(), True
    return end if which else None


def find_party_named(norm: Normalized, hits: Iterable[int]) -> list[MeetingMatch]:
    """Every Party resolution named by its meeting, tried at the type-word ``hits``.

    >>> from govdoc._text import normalize_text
    >>> n = normalize_text("quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4 khóa XII;")
    >>> hits = [m.start() for m in re.finditer("nghi quyet", n.folded)]
    >>> [n.text[m.start:m.end] for m in find_party_named(n, hits)]
    ['Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết Trung ương 4 khóa XII']
    """
    folded, limit = norm.folded, len(norm.text)
    found: list[MeetingMatch] = []
    resume = 0
    for at in hits:
        if at < resume or (typed := _TYPE.match(folded, at, limit)) is None:
            continue
        of = _OF.match(folded, typed.end(), limit)
        after = of.end() if of is not None else typed.end()
        congress = _CONGRESS.match(folded, after, limit)
        end = _congress_end(norm, congress.end(), limit) if congress is not None else _plenum_end(norm, after, limit)
        if end is not None:
            found.append(MeetingMatch(at, end))
            resume = end
    return found
