"""The C candidate scans give exactly what the plain regular-expression scans give."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govdoc import _grammar, _links, _scan, extract, find
from govdoc._text import normalize_text
from govdoc.doctypes import doc_types

needs_c = pytest.mark.skipif(not _scan.has_c_scans(), reason="the C scans were not built here")

# Pieces of folded text around symbols and words: digits, codes, separators, odd spaces,
# characters of every string width (Latin-1, Vietnamese, and beyond the BMP).
_SYMBOL_PIECES = st.sampled_from([
    "16", "1234567", "2020", "0", "/", "-", " ", "  ", "\n", "ct", "ttg", "nd", "kl", "tw", "cv", "a",
    "x", ".", ",", "_", "đ", "é", "\u00a0", "\U0001f600", "số ", "/2020/", "-kl/", ".7",
])
_WORD_PIECES = st.sampled_from([
    "nghi", "dinh", "quyet", "chi", "thi", "luat", "bo", "can", "cu", "thuc", "hien", "sua", "doi",
    " ", "  ", "    ", "_", ",", "\n", "\t", "\u00a0", "\u2028", "\x1c", "x", "ê", "\U0001f600", "16",
])


_SYMBOL_LIKE = st.lists(st.one_of(
    st.from_regex(r"[0-9]{1,8}", fullmatch=True), st.from_regex(r"[a-z]{1,4}", fullmatch=True),
    st.sampled_from(["/", "-", " ", " / ", " - ", "\n", "_", ".", "đ", "\U0001f600"]),
), max_size=20).map("".join)


@needs_c
@given(st.one_of(st.lists(_SYMBOL_PIECES, max_size=40).map("".join), _SYMBOL_LIKE))
@example("16/ct-ttg 30/2020/nd-cp 114-kl/tw 858cv/duk 64-cp 16 / ct 1234567/ct-ttg 5/2020 - nd-cp")
@example("52 hd/btctw 5 nam 7 kl /tw 8 ab&c1 /x 9 abcdefghijklmnopq/x 39/2010//tt-btnmt 3/2010// x")
@example("49/2025tt-bct 5/1850tt-bct 7/2020 nd 8/1999x 9/20201tt")
@example("202-\nkl/tw 16/\nct-ttg 30/2020/\nnd-cp 5-\n\nkl 6/\n 7/2020-\nx")
@example("66.7/2025/nq-cp 66.10 / 2025 / nq 1.234/qd-ubnd 5.0/2020/x 7.12/\n2020-nd 8.9/20x 3.4.5/2020/tt")
def test_symbol_candidates_find_every_symbol(text: str) -> None:
    plain = [m.span() for m in _grammar.SYMBOL.finditer(text)]
    assert [m.span() for m in _scan.symbol_matches(_grammar.SYMBOL, text)] == plain


_JOINERS = st.integers(0, 5).flatmap(lambda n: st.lists(
    st.sampled_from([" ", "_", ",", "\t", "\n", "\u00a0", "\u2028", "\x1c", "x"]), min_size=n, max_size=n,
)).map("".join)


@st.composite
def _joined_words(draw: st.DrawFn) -> str:
    """Words of the scanned lists with their syllables split by runs of joiners (and
    sometimes by something else), between filler."""
    words = [*find._TYPE_WORD_LIST, "can cu", "thuc hien", "sua doi bo sung", "quy dinh chi tiet"]
    parts = []
    for word in draw(st.lists(st.sampled_from(words), max_size=6)):
        parts.append(draw(st.sampled_from(["", " ", "a", "\U0001f600", "ê"])))
        parts.append("".join(s + draw(_JOINERS) for s in word.split()))
    return "".join(parts)


@needs_c
@given(st.one_of(st.lists(_WORD_PIECES, max_size=40).map("".join), _joined_words()), st.data())
def test_word_candidates_find_every_word(text: str, data: st.DataObject) -> None:
    start, end = 0, len(text)
    if data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    cues = _links._cues()[1]
    for words in (find._TYPE_WORDS, cues):
        plain = [m.span() for m in words.pattern.finditer(text, start, end)]
        assert [m.span() for m in words.finditer(text, start, end)] == plain
    # The type words' pattern is their alternation alone: the C scan finds its matches itself.
    assert find._TYPE_WORDS.exact
    assert find._TYPE_WORDS.match_starts(text) == [m.start() for m in find._TYPE_WORDS.pattern.finditer(text)]


# Words whose second character is a joiner, or that have none: the C scan's quick test
# on the first two characters must let them through.
_SHORT_WORDS = ["v", "a b", "ab", "c d e", "cd"]
_SHORT_WORD_LIST = _scan.WordList(
    re.compile(_grammar.trie_alternation(dict.fromkeys(_SHORT_WORDS, ""), r"[\s_]{1,2}")),
    _SHORT_WORDS, extra="_", max_join=2)


_NESTED_WORDS = ["a", "a b", "a b c", "b c", "b", "ab", "c a"]  # words inside and overlapping others
_NESTED_WORD_LIST = _scan.WordList(
    re.compile(_grammar.trie_alternation(dict.fromkeys(_NESTED_WORDS, ""), r"[\s_]{1,2}")),
    _NESTED_WORDS, extra="_", max_join=2, exact=True)


@needs_c
@given(st.text(alphabet="abcdev _\n\u00a0x", max_size=60))
@example("v a b a_b ab c d\ne cd")
@example("a b c a  b c a_b ca b")
def test_word_candidates_of_one_letter_words(text: str) -> None:
    plain = [m.span() for m in _SHORT_WORD_LIST.pattern.finditer(text)]
    assert [m.span() for m in _SHORT_WORD_LIST.finditer(text)] == plain
    nested = [m.start() for m in _NESTED_WORD_LIST.pattern.finditer(text)]
    assert _NESTED_WORD_LIST.match_starts(text) == nested


@needs_c
@given(st.lists(_WORD_PIECES, max_size=60).map("".join), st.lists(st.integers(0, 200), max_size=8))
def test_scanning_ranges_in_one_pass_is_scanning_each(text: str, cuts: list[int]) -> None:
    bounds = sorted({min(c, len(text)) for c in cuts})
    ranges = list(zip(bounds[::2], bounds[1::2], strict=False))
    cues = _links._cues()[1]
    plain = [m.span() for lo, hi in ranges for m in cues.pattern.finditer(text, lo, hi)]
    assert [m.span() for m in cues.finditer_in(text, ranges)] == plain


# What may stand before a symbol's number: the registry's type words, "số", markup, filler.
_PREFIX_PIECES = st.sampled_from([
    *sorted(doc_types().names()), "so", "so:", "so :", "*", "**", ".", "x", "hanh dong", "cua", "so56", "ve", "1",
])


@needs_c
@given(st.lists(st.tuples(_PREFIX_PIECES, _JOINERS), max_size=12).map(lambda ps: "".join(a + b for a, b in ps)[-80:]))
@example("ke hoach hanh dong so ")
@example("nghi dinh x so:  ** .")
def test_a_prefix_is_tried_only_where_it_may_start(window: str) -> None:
    """The prefix before a number ("Chỉ thị số ") is tried where a type word starts and near
    the end, and is found as the search of the whole window finds it."""
    for qualified in (True, False):
        pattern = _grammar._prefix_regex(qualified=qualified)
        plain, scanned = pattern.search(window), _grammar._search_window(pattern, window)
        assert (scanned and (scanned.span(), scanned.groupdict())) == (plain and (plain.span(), plain.groupdict()))


_ARTICLE_PIECES = st.sampled_from([
    "Căn cứ ", "Thực hiện ", "Nghị định số 30/2020/NĐ-CP", "Chỉ thị 16/CT-TTg", "Kết luận số 114-KL/TW",
    "Luật Đất đai", "Nghị định này", "Chỉ thị 16", " ngày 16/5/2016", " của Chính phủ", " về việc ",
    "sửa đổi, bổ sung ", "thay thế ", ", ", ". ", ";\n", "\n\n", "Nghị_định số 1/2020/NĐ-CP", "x",
])


@needs_c
@given(st.lists(_ARTICLE_PIECES, max_size=30).map("".join))
def test_extraction_is_the_same_with_and_without_the_c_scans(text: str) -> None:
    with_c = extract(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_scan, "_symbol_starts", None)
        patch.setattr(_scan, "_word_starts", None)
        patch.setattr(_scan, "_word_matches", None)
        assert extract(text) == with_c


@needs_c
def test_the_c_scans_reject_bad_arguments() -> None:
    from govdoc import _cscan

    with pytest.raises(TypeError):
        _cscan.symbol_starts(b"16/ct-ttg")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ASCII"):
        _cscan.word_starts("luật", ("luật",), "_", 3, 0, 4)
    with pytest.raises(TypeError):
        _cscan.word_starts("luat", ["luat"], "_", 3, 0, 4)  # type: ignore[arg-type]
    assert _cscan.word_starts("luat", ("luat",), "_", 3, -5, 99) == [0]
    assert _cscan.word_matches("luat luat", ("luat",), "_", 3, -5, 99) == [0, 5]
    with pytest.raises(TypeError, match="6 arguments"):
        _cscan.word_matches("luat", ("luat",), "_", 3)  # type: ignore[call-arg]


def test_without_the_c_scans_the_plain_scans_run() -> None:
    """The fallback is the plain ``finditer``, whatever was built."""
    text = normalize_text("Căn cứ Nghị định số 30/2020/NĐ-CP; Luật Đất đai").folded
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_scan, "_symbol_starts", None)
        patch.setattr(_scan, "_word_starts", None)
        patch.setattr(_scan, "_word_matches", None)
        assert not _scan.has_c_scans()
        assert [m.span() for m in _scan.symbol_matches(_grammar.SYMBOL, text)] == [
            (text.index("30/"), text.index(";"))]
        assert find._TYPE_WORDS.starts(text) == [m.start() for m in re.finditer(r"nghi dinh|luat", text)]
        assert find._TYPE_WORDS.match_starts(text) == find._TYPE_WORDS.starts(text)


@needs_c
@pytest.mark.parametrize(
    "joiner", [" ", "_", "\t", "\n", "\x0b", "\x1c", "\x1f", "\u00a0", "\u2028", "\u3000", "  ", "   "])
def test_every_white_space_the_pattern_takes_joins_words(joiner: str) -> None:
    """The C scan's joiners are exactly the pattern's: ``\\s`` (Unicode white space) and "_"."""
    text = f"nghi{joiner}dinh, bo{joiner}luat, quy{joiner}{joiner}dinh"
    words = find._TYPE_WORDS
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in words.pattern.finditer(text)]
    assert words.match_starts(text) == [m.start() for m in words.pattern.finditer(text)]


_VIEW_PIECES = st.sampled_from([
    "Nghị định số 30/2020/NĐ-CP ", "ĐẢNG CỘNG SẢN ", "\u00d0", "\u00a0", "\u2013", "\u2044", "ΑΣ ", "ΟΔΟΣ.",
    "σς", "İstanbul ", "ẞ", "СР", "Ωμέγα", "“trích dẫn” ", "…", "é", "中文", "\U0001f600", "\u2028", "x" * 40,
])


@needs_c
@given(st.lists(_VIEW_PIECES, min_size=1, max_size=40).map(lambda p: "".join(p) * 8))
def test_the_c_views_are_the_python_views(text: str) -> None:
    """Look-alikes replaced, lower case (Greek final sigma included) and fold: the one C
    pass gives exactly the Python views, or leaves the text to them."""
    from govdoc import _text

    fast = _text.normalize_text(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_text, "_c_views", None)
        plain = _text.normalize_text(text)
    assert (fast.text, fast.lowered, fast.folded) == (plain.text, plain.lowered, plain.folded)
    assert len(fast.text) == len(fast.lowered) == len(fast.folded)


def test_the_view_tables_map_each_character_as_the_python_views_do() -> None:
    """Every code point of the tables, checked against the one-character rules: the
    tables are built by whole-string passes, which must not change a single mapping."""
    from govdoc import _text

    looks, lowers, folds = _text._view_tables()
    assert len(looks) == len(lowers) == len(folds) == _text._VIEW_TABLE_SIZE
    fold_one = _text.fold_char.__wrapped__  # uncached: not worth filling the cache
    for code in range(_text._VIEW_TABLE_SIZE):
        char = chr(code)
        look = _text.LOOKALIKES.get(char, char)
        assert looks[code] == look
        if _text._NO_VIEW in (lowers[ord(look)], folds[ord(look)]):  # left to the Python path
            assert char in ("\u03a3", _text._NO_VIEW) or ord(fold_one(look)) > 0xFFFF
            continue
        assert lowers[ord(look)] == _text.lower(look)
        assert folds[ord(look)] == fold_one(look)
