"""The normalised views: the fast whole-text paths agree with the per-character rules."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from govdoc._text import LOOKALIKES, fold, fold_char, lower, normalize_text

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
# Letters of the text, both cases, the punctuation around them, and anything else.
characters = st.one_of(
    st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " /-.,;:“”\n0123456789"),
    st.sampled_from("".join(LOOKALIKES) + "ΣςİKÅǅß\u0301\u0323"),
    st.characters(),
)


def per_character_fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


@given(st.lists(characters, max_size=60), st.integers(min_value=1, max_value=40))
def test_folding_a_long_text_matches_folding_each_character(chars: list[str], repeat: int) -> None:
    """Long texts take the one-byte path; it must fold exactly as the character rule does."""
    text = "".join(chars) * repeat + "Nghị định" * 60  # always past the short-text cut-off
    assert fold(text) == per_character_fold(text)


@given(st.text(characters, max_size=80))
def test_folding_a_short_text_matches_folding_each_character(text: str) -> None:
    assert fold(text) == per_character_fold(text)


@given(st.text(characters, max_size=200))
def test_lookalikes_are_mapped_one_for_one(text: str) -> None:
    norm = normalize_text(text)
    composed = unicodedata.normalize("NFC", text) if norm.offsets is None else None
    if composed is not None:  # no composition: the mapping is the only change
        assert norm.text == "".join(LOOKALIKES.get(c, c) for c in text)
    assert not any(c in LOOKALIKES for c in norm.text)
    assert norm.lowered == lower(norm.text)


def test_a_rare_character_only_slows_its_own_chunk() -> None:
    """One character outside the byte alphabet must not change the fold of the rest."""
    text = "Quyết Định Số 16/CT-TTg " * 10_000 + "Ω" + "Nghị Định " * 10_000
    assert fold(text) == per_character_fold(text)


_WORDS = st.text(alphabet="ab ", min_size=1, max_size=5).map(str.strip).filter(bool)


@given(st.dictionaries(_WORDS, st.sampled_from(["", "(?=a)", "(?! )"]), min_size=1, max_size=8),
       st.text(alphabet="ab _\n", max_size=40), st.sampled_from(["", "(?![ab])"]), st.booleans())
def test_a_trie_alternation_matches_what_the_plain_one_matches(
    words: dict[str, str], text: str, boundary: str, word_start: bool
) -> None:
    """Written once per shared prefix, the words match exactly what the plain
    alternation, longest word first, matches, at every position and to the same end."""
    import re

    from govdoc._grammar import trie_alternation

    space = "[ _]{1,3}"
    alternation = "|".join(re.escape(w).replace(r"\ ", space) + words[w]
                           for w in sorted(words, key=len, reverse=True))
    plain = re.compile(("(?<![a-z])" if word_start else "") + f"(?:{alternation})" + boundary)
    trie = re.compile(trie_alternation(words, space, word_start=word_start) + boundary)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


_NAMES = st.text(alphabet="ab ,", min_size=1, max_size=6).map(
    lambda w: ",".join(" ".join(part.split()) for part in w.split(",")))


@given(st.lists(_NAMES.filter(lambda w: w.strip(", ") == w and ",," not in w), min_size=1, max_size=8),
       st.text(alphabet="ab _,-\n", max_size=40))
def test_a_trie_alternation_reads_commas_as_the_plain_one_does(names: list[str], text: str) -> None:
    """Names with commas (the gazetteer's "Luật Phòng, chống …") match, written as a trie with a
    comma pattern, exactly what the plain alternation of the names, longest first, matches."""
    import re

    from govdoc._grammar import trie_alternation

    space, comma = "[ _]{1,3}", "(?:[ _]?,[ _]{1,3}|[ _]?-[ _]{0,3}|[ _]{1,3})"
    words = sorted(dict.fromkeys(names), key=len, reverse=True)
    alternation = "|".join(comma.join(space.join(map(re.escape, part.split())) for part in w.split(","))
                           for w in words)
    plain = re.compile(f"(?<![a-z])(?:{alternation})(?![a-z])")
    trie = re.compile(f"(?<![a-z]){trie_alternation(dict.fromkeys(words, ''), space, comma=comma)}(?![a-z])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.lists(st.sampled_from(["*", "1", "2", "/", "-", "a", "Đ", " ", "a\u0301", "–"]), max_size=60).map("".join))
def test_emphasis_marks_left_out_keep_every_offset(text: str) -> None:
    """Whatever marks are left out (and letters composed), each character of the views maps
    back to the same character of the source, and the whole text to the whole source."""
    norm = normalize_text(text)
    assert norm.source_span(0, len(norm.text)) == (0, len(text))
    spans = [norm.source_span(i, i + 1) for i in range(len(norm.text))]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(spans))
    for char, (start, end) in zip(norm.text, spans, strict=True):
        assert char in "".join(LOOKALIKES.get(c, c) for c in unicodedata.normalize("NFC", text[start:end]))


def test_emphasis_marks_inside_a_symbol_are_left_out_of_the_views() -> None:
    cases = {
        "số** 203**/2025/QH15**;": "số** 203/2025/QH15**;",
        "63**/**2010**/**NĐ-CP": "63/2010/NĐ-CP",
        "349/TTr-**CP và": "349/TTr-CP và",
        "số *102 */2025": "số *102 /2025",
        # marks beside no joiner, or a bullet's: kept (dates and "số" read through them)
        "ngày** 16 **tháng* *6": "ngày** 16 **tháng* *6",
        "20*30 cm": "20*30 cm",
        "Bắc Ninh- **b**": "Bắc Ninh- **b**",
        "-**Căn cứ**": "-**Căn cứ**",
        "x/** ": "x/** ",
    }
    for source, text in cases.items():
        norm = normalize_text(source)
        assert norm.text == text, source
        assert norm.source_span(0, len(norm.text)) == (0, len(source))
