"""The finder's whole-text scans, tried only where a match may start (private).

A regular expression scan tries its pattern at every position of the text; on Vietnamese
prose, where type words start with common letters, that costs as much as everything else
the finder does on a page that cites nothing. The optional C module ``govdoc._cscan``
lists the positions where a match may start (a superset), and the pattern is then tried
at those positions only. The matches are exactly those of ``pattern.finditer``: same
starts, same ends, same non-overlapping order. Without the C module (it is built at
install time where a compiler is at hand) the plain ``finditer`` runs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator

_Starts = Callable[[str], list[int]]
_WordStarts = Callable[[str, tuple[str, ...], str, int, int, int], list[int]]
_symbol_starts: _Starts | None
_word_starts: _WordStarts | None
_word_matches: _WordStarts | None
sentence_starts: _Starts | None  #: the C sentence-boundary scan (``govdoc._links``)
try:
    from govdoc._cscan import sentence_starts
    from govdoc._cscan import symbol_starts as _symbol_starts
    from govdoc._cscan import word_matches as _word_matches
    from govdoc._cscan import word_starts as _word_starts
except ImportError:  # built at install time where a compiler is at hand
    _symbol_starts = _word_starts = _word_matches = sentence_starts = None

__all__ = ["WordList", "has_c_scans", "matches_at", "symbol_matches"]


def has_c_scans() -> bool:
    """Whether the C candidate scans are in use."""
    return (_symbol_starts is not None and _word_starts is not None and _word_matches is not None
            and sentence_starts is not None)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, …, end)`` gives, when every match starts in ``starts``
    (sorted): a match is tried at each start not inside the previous match."""
    stop = len(text) if end is None else end
    resume = 0
    for at in starts:
        if at >= resume and (match := pattern.match(text, at, stop)) is not None:
            resume = match.end() if match.end() > at else at + 1
            yield match


def symbol_matches(pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(folded)`` for the symbol pattern (:data:`govdoc._grammar.SYMBOL`)."""
    if _symbol_starts is None:
        return pattern.finditer(folded)
    return matches_at(pattern, folded, _symbol_starts(folded))


class WordList:
    """A list of folded words and the pattern that finds them, scanned together.

    ``pattern`` must match only where one of ``words`` starts, each space of a word
    standing for 1 to ``max_join`` white-space characters or characters of ``extra``.
    ``exact`` says it is the words' alternation itself, longest word first, with nothing
    required after a word: then the C scan finds its matches alone (:meth:`match_starts`).
    """

    def __init__(
        self, pattern: re.Pattern[str], words: Iterable[str], *, extra: str, max_join: int, exact: bool = False
    ) -> None:
        self.pattern = pattern
        self.words = tuple(" ".join(word.split()) for word in words)
        self.extra = extra
        self.max_join = max_join
        self.exact = exact

    def starts(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Positions in ``[start, end)`` where the pattern may match: with the C module,
        every position where one of the words starts; without it, where the pattern does."""
        stop = len(text) if end is None else end
        if _word_starts is None:
            return [m.start() for m in self.pattern.finditer(text, start, stop)]
        return _word_starts(text, self.words, self.extra, self.max_join, start, stop)

    def match_starts(self, text: str) -> list[int]:
        """Where the matches of ``self.pattern.finditer(text)`` start (with the C module and
        an exact pattern, without trying the pattern)."""
        if self.exact and _word_matches is not None:
            return _word_matches(text, self.words, self.extra, self.max_join, 0, len(text))
        return [match.start() for match in self.finditer(text)]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text, start, end)``."""
        if _word_starts is None:
            return self.pattern.finditer(text, start, len(text) if end is None else end)
        return matches_at(self.pattern, text, self.starts(text, start, end), end)

    def finditer_in(self, text: str, ranges: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text, lo, hi)`` for each of the sorted, disjoint ``ranges``
        in turn (with C, one scan of each range: they are a small part of a long text)."""
        if _word_starts is None:
            return itertools.chain.from_iterable(self.pattern.finditer(text, lo, hi) for lo, hi in ranges)
        return itertools.chain.from_iterable(
            matches_at(self.pattern, text, self.starts(text, lo, hi), hi) for lo, hi in ranges)
