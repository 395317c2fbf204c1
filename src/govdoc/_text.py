"""Text normalisation that never loses track of the caller's offsets.

Everything govdoc matches, it matches on a :class:`Normalized` view of the input:

* ``text``: NFC, with look-alike characters mapped one-to-one (``Ð`` U+00D0 to ``Đ``,
  the dash family to ``-``, the slash family to ``/``, the space family to a space);
* ``folded``: the same length as ``text``, lower-case, diacritics and ``đ`` folded to
  ASCII, so ``"Nghi dinh"``, ``"NGHỊ ĐỊNH"`` and ``"Nghị định"`` all read ``"nghi dinh"``;
* ``lowered``: the same length again, lower-case with diacritics kept, for the words
  whose meaning depends on them ("tài" is not "tại", "Nam" is not "năm").

Only NFC composition changes length; it is done cluster by cluster so that an offset map
back into the source can be kept. Input already in NFC (the common case) pays nothing.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from _codecs import _EncodingMap

__all__ = ["HOMOGLYPHS", "LOOKALIKES", "Normalized", "fold", "fold_char", "lower", "normalize_text"]

#: Cyrillic and Greek letters drawn like Latin ones: text pasted from PDFs and some
#: keyboards writes "NQ-СР" with a Cyrillic "С" and "Р".
HOMOGLYPHS = {
    **dict(zip("АВЕКМНОРСТУХІЈЅаеорсухіјѕ", "ABEKMHOPCTYXIJSaeopcyxijs", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo", strict=True)),
}

#: Look-alike characters and what they stand for; one character for one character,
#: so offsets survive the mapping.
LOOKALIKES = {
    **HOMOGLYPHS,
    "\u00d0": "\u0110",  # LATIN CAPITAL LETTER ETH, often typed for Đ
    "\u00f0": "\u0111",  # latin small letter eth, for đ
    "\u0189": "\u0110",  # LATIN CAPITAL LETTER AFRICAN D
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2044\u2215\uff0f\u29f8", "/"),
    **dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\ufeff\u200b",
        " ",
    ),
}
_HAS_LOOKALIKE = re.compile("[" + "".join(LOOKALIKES) + "]")
_MAX_CLUSTER = 8


@cache
def fold_char(char: str) -> str:
    """Fold one character to its lower-case base letter, keeping length one.

    >>> fold_char("Ệ"), fold_char("đ"), fold_char("Ð"), fold_char("/")
    ('e', 'd', 'd', '/')
    """
    if char in "đĐÐð":
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


class _LowerTable(dict[int, str]):
    """A ``str.translate`` table for lower case that never changes the length."""

    def __missing__(self, key: int) -> str:
        lower = chr(key).lower()
        value = lower if len(lower) == 1 else chr(key)
        self[key] = value
        return value


_LOWER_TABLE = _LowerTable()


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that computes (and remembers) folds on demand."""

    def __missing__(self, key: int) -> str:
        value = fold_char(chr(key))
        self[key] = value
        return value


_FOLD_TABLE = _FoldTable()


_VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"


def _byte_alphabet() -> str:
    """At most 256 characters that lower-cased Vietnamese text is made of, so that whole
    texts can be folded through a one-byte code in C instead of a lookup per character.

    ASCII, the Vietnamese letters, common punctuation and combining marks, then Latin-1.
    """
    letters = [chr(c) for c in (*range(0xA0, 0x250), *range(0x1EA0, 0x1F00))]
    vietnamese = [c for c in letters if c.islower() and c != fold_char(c) and (
        c == "đ" or (fold_char(c) in "aeiouy" and set(unicodedata.normalize("NFD", c)[1:]) <= set(_VIETNAMESE_MARKS)))]
    extra = "“”‘’…•·°§–—−«»×÷≤≥±€→√≈≠" + _VIETNAMESE_MARKS
    latin1 = [chr(c).lower() for c in range(0xA0, 0x100)]
    alphabet = list(dict.fromkeys([*map(chr, range(128)), *vietnamese, *extra, *latin1]))[:256]
    # A character only takes part if its fold is in the alphabet too.
    return "".join(c for c in alphabet if fold_char(c) in alphabet and len(c.lower()) == 1)


def _byte_fold_tables() -> tuple[dict[int, int] | _EncodingMap, str, bytes]:
    """The C tables: character to byte, byte to its fold's byte, byte to character."""
    alphabet = _byte_alphabet()
    index = {c: i for i, c in enumerate(alphabet)}
    folds = bytes(index[fold_char(c)] for c in alphabet) + bytes(range(len(alphabet), 256))
    return codecs.charmap_build(alphabet.ljust(256, "\ufffe")), alphabet, folds


_BYTE_ENCODING, _BYTE_ALPHABET, _BYTE_FOLDS = _byte_fold_tables()
_SHORT_TEXT = 512  # up to this length, per-character tables beat the whole-text passes
_BYTE_CHUNK = 1 << 16  # a character outside the alphabet sends one chunk the slow way


_OUTSIDE = re.compile("[^" + "".join(map(re.escape, _BYTE_ALPHABET)) + "]")


def _fold_long(text: str, lowered: str) -> str:
    """:func:`fold` for long texts, given ``lower(text)``: encode to the one-byte alphabet,
    fold the bytes and decode, all in C. Characters outside the alphabet (Chinese names,
    "ü") fail the strict encoding; the text is then folded chunk by chunk, where they come
    out as "?" and are folded one by one, and a chunk full of them is folded per character."""
    try:
        encoded = codecs.charmap_encode(lowered, "strict", _BYTE_ENCODING)[0]
    except UnicodeEncodeError:
        pass
    else:  # the common case: one pass over the whole text
        return codecs.charmap_decode(encoded.translate(_BYTE_FOLDS), "strict", _BYTE_ALPHABET)[0]
    pieces: list[str] = []
    for at in range(0, len(text), _BYTE_CHUNK):
        chunk, low = text[at:at + _BYTE_CHUNK], lowered[at:at + _BYTE_CHUNK]
        outside = [m.start() for m in _OUTSIDE.finditer(low)]
        if len(outside) > len(chunk) // 8:
            pieces.append(chunk.translate(_FOLD_TABLE))
            continue
        encoded = codecs.charmap_encode(low, "replace", _BYTE_ENCODING)[0]
        folded = codecs.charmap_decode(encoded.translate(_BYTE_FOLDS), "strict", _BYTE_ALPHABET)[0]
        done = 0
        for i in outside:
            pieces += (folded[done:i], fold_char(chunk[i]))
            done = i + 1
        pieces.append(folded[done:])
    return "".join(pieces)


def fold(text: str, *, lowered: str | None = None) -> str:
    """Lower-case, diacritic-free form of ``text``, one character per character.

    ``lowered``, when the caller has it already, is ``lower(text)``.

    >>> fold("Nghị Định số 30/2020/NĐ-CP")
    'nghi dinh so 30/2020/nd-cp'
    """
    if text.isascii():
        return text.lower()  # the common case of codes and numbers: same result, in C
    if len(text) > _SHORT_TEXT:
        return _fold_long(text, lower(text) if lowered is None else lowered)
    return text.translate(_FOLD_TABLE)


def lower(text: str) -> str:
    """Lower case that never changes the length (``str.lower`` can: "İ" → "i̇")."""
    quick = text.lower()
    return quick if len(quick) == len(text) else text.translate(_LOWER_TABLE)


@attrs.frozen(eq=False)
class Normalized:
    """A normalised view of ``source`` with a map from its indices back to the source."""

    source: str
    text: str
    folded: str
    lowered: str  #: ``text`` in lower case, diacritics kept, same length
    # offsets[i] is the source index of text[i]; offsets[len(text)] == len(source).
    # None when text and source are aligned one to one (no composition happened).
    offsets: array[int] | None

    def to_source(self, index: int) -> int:
        """The source index that ``text[index]`` came from (``len`` maps to ``len``)."""
        if self.offsets is None:
            return index
        return self.offsets[index]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the matching span of ``source``."""
        if self.offsets is None:
            return start, end
        if end <= start:
            at = self.offsets[start]
            return at, at
        # The end is the end of the cluster holding the last character: its combining marks,
        # not the emphasis marks left out after it.
        last = self.offsets[end - 1]
        stop, limit = last + 1, self.offsets[end]
        while stop < limit and unicodedata.combining(self.source[stop]):
            stop += 1
        return self.offsets[start], stop

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything at all."""
        return self.text != self.source


def _compose(source: str) -> tuple[str, array[int] | None]:
    if unicodedata.is_normalized("NFC", source):
        return source, None
    pieces: list[str] = []
    # Four bytes an index where they suffice: NFD text can be long.
    offsets: array[int] = array("I" if len(source) < 2**32 else "Q")
    i, n = 0, len(source)
    while i < n:
        j = i + 1
        # Cap a cluster's length: composing a run of thousands of combining marks is
        # quadratic, and no real letter carries more than a few.
        while j < n and unicodedata.combining(source[j]) and j - i <= _MAX_CLUSTER:
            j += 1
        cluster = unicodedata.normalize("NFC", source[i:j])
        pieces.append(cluster)
        offsets.extend([i] * len(cluster))
        i = j
    offsets.append(n)
    return "".join(pieces), offsets


# Markdown emphasis inside a symbol: "203**/2025/QH15", "63**/**2010**/**NĐ-CP", "349/TTr-**CP",
# "*102 */2025". A run of marks ("* *" too) that touches a "/" or "-" joining two parts of a
# word is left out of the views, when a letter, digit, "/" or "-" stands on its other side
# (past one space); the spaces in it stay. (Marks between "số" and the number, or before
# "số", are read through by the grammar itself; a bullet's "-**Căn cứ" keeps its marks.)
_JOINERS = ("/", "-")
_MARK_BESIDE_JOINER = ("*/", "/*", "*-", "-*")


def _beside(text: str, index: int, step: int) -> str:
    """The character at ``index``, or past one space in the direction ``step`` ("" at an end)."""
    if 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _runs_beside_joiners(text: str) -> list[tuple[int, int]]:
    """The runs of emphasis marks ("**", "* *") that touch a "/" or "-", in order. Found from
    the pairs "*/", "/*", "*-", "-*" (fast scans; most texts hold none), each run once."""
    marks = sorted(at + pair.index("*") for pair in _MARK_BESIDE_JOINER for at in _find_all(text, pair))
    runs: list[tuple[int, int]] = []
    for mark in marks:
        if runs and mark < runs[-1][1]:
            continue  # in the run already found
        start, end = mark, mark + 1
        while start > 0 and (text[start - 1] == "*" or (text[start - 1] == " " and text[start - 2:start - 1] == "*")):
            start -= 1
        while end < len(text) and (text[end] == "*" or (text[end] == " " and text[end + 1:end + 2] == "*")):
            end += 1
        runs.append((start, end))
    return runs


def _find_all(text: str, pair: str) -> Iterator[int]:
    at = text.find(pair)
    while at != -1:
        yield at
        at = text.find(pair, at + 1)


def _marks_inside_symbol(text: str, start: int, end: int) -> bool:
    """Whether the emphasis marks in ``text[start:end]`` touch a joiner between two parts of
    a word, with a part of the symbol on their other side."""
    before, after = text[start - 2:start - 1], text[end + 1:end + 2]  # past the joiner
    if text[start - 1:start] in _JOINERS and start > 0 and (before.isalnum() or before == "*"):
        other = _beside(text, end, 1)  # "/**2010"
    elif text[end:end + 1] in _JOINERS and (after.isalnum() or after == "*"):
        other = _beside(text, start - 1, -1)  # "203**/"
    else:
        return False
    return other.isalnum() or other in _JOINERS


def _drop_symbol_emphasis(text: str, offsets: array[int] | None) -> tuple[str, array[int] | None]:
    """``text`` without the emphasis marks inside numbers and symbols, and the offsets of
    what is kept (into the source, through ``offsets`` where composition made them)."""
    cuts = [run for run in _runs_beside_joiners(text) if _marks_inside_symbol(text, *run)]
    if not cuts:
        return text, offsets
    pieces: list[str] = []
    kept: array[int] = array("I" if len(text) < 2**32 else "Q")
    at = 0
    for start, end in cuts:
        spaces = text[start:end].count(" ")
        pieces += [text[at:start], " " * spaces]
        kept.extend(range(at, start))
        kept.extend(i for i in range(start, end) if text[i] == " ")
        at = end
    pieces.append(text[at:])
    kept.extend(range(at, len(text) + 1))
    if offsets is not None:
        kept = array(kept.typecode, (offsets[i] for i in kept))
    return "".join(pieces), kept


_ViewsFunction = Callable[[str, str, str, str], "tuple[str, str, str] | None"]
_c_views: _ViewsFunction | None
try:
    from govdoc._cscan import views as _c_views
except ImportError:  # built at install time where a compiler is at hand
    _c_views = None

# Code points the C views cover: the Basic Multilingual Plane (Vietnamese, Latin, Greek,
# Cyrillic, Chinese, punctuation). A text with anything beyond (emoji) takes the Python path.
_VIEW_TABLE_SIZE = 0x10000
_NO_VIEW = "\uffff"  # in a table: "build this text's views in Python" (U+FFFF is no character)


@cache
def _view_tables() -> tuple[str, str, str]:
    """Per code point: the look-alike replacement, then the lower case and the fold of
    that, exactly as :func:`lower` and :func:`fold` map one character.

    Built once, in some 30 ms: whole-string passes, and :func:`fold_char` only for the
    characters whose canonical decomposition differs from them."""
    chars = "".join(map(chr, range(_VIEW_TABLE_SIZE)))
    looks = chars.translate({ord(char): look for char, look in LOOKALIKES.items()})
    lowers = [low if len(low := char.lower()) == 1 else char for char in chars]
    # A character that NFD leaves alone folds to its lower case (fold_char's own rule).
    folds = [low if unicodedata.is_normalized("NFD", char) else fold_char.__wrapped__(char)
             for char, low in zip(chars, lowers, strict=True)]
    for char in "đĐÐð":
        folds[ord(char)] = "d"
    # "Σ" lower-cases by its place in the word (σ or final ς), not by itself; a few
    # compatibility ideographs fold to characters beyond the tables' two bytes.
    lowers[0x3A3] = lowers[ord(_NO_VIEW)] = _NO_VIEW
    folds = [_NO_VIEW if ord(fold) > 0xFFFF else fold for fold in folds]
    return looks, "".join(lowers), "".join(folds)


def normalize_text(source: str) -> Normalized:
    """Build the :class:`Normalized` view of ``source``.

    >>> n = normalize_text("Nghi\u0323 \u0111i\u0323nh 30/2020/NÐ\u2013CP")
    >>> n.text
    'Nghị định 30/2020/NĐ-CP'
    >>> n.source_span(0, len(n.text)) == (0, len(n.source))
    True
    """
    composed, offsets = _drop_symbol_emphasis(*_compose(source))
    if _c_views is not None and len(composed) > _SHORT_TEXT:
        # One C pass for all three views of a long text, where its characters allow.
        views = _c_views(composed, *_view_tables())
        if views is not None:
            text, lowered, folded = views
            return Normalized(source=source, text=text, folded=folded, lowered=lowered, offsets=offsets)
    text = composed
    if _HAS_LOOKALIKE.search(composed):
        # One C pass per look-alike present beats a table lookup per character.
        for char in [c for c in LOOKALIKES if c in composed]:
            text = text.replace(char, LOOKALIKES[char])
    lowered = lower(text)
    return Normalized(
        source=source,
        text=text,
        folded=fold(text, lowered=lowered),
        lowered=lowered,
        offsets=offsets,
    )
