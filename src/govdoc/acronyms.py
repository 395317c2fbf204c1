"""Codes cited by an acronym: "Điều 184 BLTTDS năm 2015" is the Bộ luật Tố tụng dân sự.

Court answers and news on criminal cases write the big codes as capitals alone (BLHS,
BLDS, BLTTHS, BLTTDS, BLLĐ), without the type word the other names start with. The
acronyms and the names they stand for are the table ``data/code_acronyms.csv``; an
acronym counts only in capitals and as a word of its own ("BLĐTBXH", a ministry, is not
"BLLĐ"), and a year after it ("năm 2015", "2015") is the code's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import attrs

from govdoc._data import read_table
from govdoc._text import Normalized, fold
from govdoc.named import year_after

__all__ = ["OPENING_ACRONYMS", "AcronymMatch", "find_acronyms"]


@attrs.frozen
class AcronymMatch:
    """A code's acronym found in normalised text (``[start, end)`` in ``norm.text``, its
    year included)."""

    start: int
    end: int
    name: str  #: the code's name, as the gazetteer has it: "Bộ luật Tố tụng dân sự"
    year: int | None


@cache
def _names() -> dict[str, str]:
    """The code's name per acronym, as written in capitals."""
    return {row["acronym"] or "": row["name"] or "" for row in read_table("code_acronyms.csv")}


#: The acronyms, folded (for a caller's shared first scan of type words).
OPENING_ACRONYMS = tuple(sorted({fold(acronym) for acronym in _names()}))


def find_acronyms(norm: Normalized, hits: Iterable[int]) -> list[AcronymMatch]:
    """Every code cited by its acronym, tried at the ascending positions ``hits`` (where a
    scan found a word that starts like one).

    >>> from govdoc._text import normalize_text
    >>> n = normalize_text("Theo khoản 2 Điều 184 BLTTDS năm 2015 và Điều 51 BLHS thì …")
    >>> [(n.text[m.start:m.end], m.name, m.year) for m in find_acronyms(n, range(len(n.text)))]
    [('BLTTDS năm 2015', 'Bộ luật Tố tụng dân sự', 2015), ('BLHS', 'Bộ luật Hình sự', None)]
    """
    text, folded, limit = norm.text, norm.folded, len(norm.text)
    names = _names()
    found: list[AcronymMatch] = []
    for at in hits:
        if not folded.startswith(OPENING_ACRONYMS, at):
            continue  # (most hits are type words: a cheap look first)
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-/"):
            continue  # inside a word or a symbol
        for acronym, name in names.items():
            end = at + len(acronym)
            if text.startswith(acronym, at) and not (end < limit and (text[end].isalnum() or text[end] in "-/")):
                year, end = year_after(norm, end, limit)
                found.append(AcronymMatch(at, end, name, year))
                break
    return found
