"""The grammar of document symbols, as regular expressions over folded text (private).

All patterns run on :attr:`govdoc._text.Normalized.folded` (lower-case ASCII letters,
one character per source character), so they need no case or diacritic variants. Every
repetition is bounded and no two alternatives can match the same text in many ways, so
matching is linear in the input: no catastrophic backtracking on hostile text.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from govdoc import _scan
from govdoc.doctypes import doc_types

__all__ = [
    "ASSEMBLY_CODE",
    "CITED_TYPE_WORDS",
    "LOWER",
    "SPACE",
    "SYMBOL",
    "UPPER",
    "lead_pattern",
    "prefix_before",
    "trie_alternation",
    "type_word_pattern",
]

#: A space between syllables: any white space, or "_" in word-segmented text.
SPACE = r"[\s_]"

_LETTERS = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1EA0, 0x1F00))]
#: One upper-case (lower-case) letter, Vietnamese included, as a regex class. A range like
#: "À-Ỹ" would not do: it holds letters of both cases.
UPPER = "[A-Z" + "".join(c for c in _LETTERS if c.isupper()) + "]"
LOWER = "[a-z" + "".join(c for c in _LETTERS if c.islower()) + "]"

#: National Assembly codes carry the term: ``QH15``, ``UBTVQH15`` (group 1 is the term).
ASSEMBLY_CODE = re.compile(r"(?:UBTV)?QH(\d{1,2})", re.IGNORECASE)

#: Types cited in short form ("Nghị định 42"), by pointing ("Nghị định này") or bare
#: ("Nghị định có hiệu lực …"), folded.
CITED_TYPE_WORDS = (
    "nghi dinh", "nghi quyet", "quyet dinh", "chi thi", "thong tu", "ket luan", "ke hoach",
    "quy dinh", "cong van", "huong dan", "thong bao", "thong tri", "cong dien", "to trinh", "sac lenh",
    "de an", "thong tu lien tich",
)


def type_words_alternation(words: tuple[str, ...] = CITED_TYPE_WORDS) -> str:
    """A regex alternation of folded type words, syllables split by :data:`SPACE`."""
    return "|".join(w.replace(" ", f"{SPACE}{{1,3}}") for w in words)


def trie_alternation(words: dict[str, str], space: str, *, word_start: bool = False, comma: str | None = None) -> str:
    """One regex for many folded words, shared prefixes written once.

    ``words`` maps each word to what must follow it (a lookahead, or ""); a space in a word
    becomes ``space``. At any text position the pattern matches what the plain alternation
    of the words, longest first, matches (each continuation is tried before a word ends
    there), but the engine no longer tries every word at every letter: on running text
    this is a third faster. With ``word_start`` it matches what ``(?<![a-z])`` before the
    plain alternation matches; the check follows the first letter instead, so that the
    engine can still skip ahead to the letters words start with. With ``comma``, a comma in
    a word becomes that pattern too (words are then written with no space around commas).
    """
    root: dict[str, Any] = {}
    for word, tail in words.items():
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = tail

    def render(node: dict[str, Any], at_start: bool = False) -> str:
        branches = []
        for char, child in node.items():
            if char:
                written = space if char == " " else comma if char == "," and comma else re.escape(char)
                if at_start and word_start:
                    written += f"(?<![a-z]{re.escape(char)})"
                branches.append(written + render(child))
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return render(root, at_start=True)


# A code group: letters, then letters/digits (QH13, UBTVQH15) or '&' (BLĐTB&XH).
_CODE = r"[a-z][a-z0-9&]{0,15}"

SYMBOL = re.compile(
    rf"""
    (?P<number>[0-9]{{1,6}})                         # running number
    (?:(?P<letter>[a-z])(?=\ ?[/-]))?                # a letter numbered in after it: "473a/NQ-…"
    (?:\.(?P<sub>[1-9][0-9]?)(?=\ ?/[\ \n]?[0-9]{{4}}\ ?[/-]))?  # of a series: "66.7/2025/NQ-CP"
    (?:
        (?P<party>\ ?-[\ \n]?|\ ?(?={_CODE}\ ?/))    # Party: hyphen (or none: 858CV/ĐUK; or a space;
        (?P<ptype>{_CODE})                          # or the line wrapped after it: "202-⏎KL/TW")
        (?:\ ?/[\ \n]?|(?P<pdash>-))                   # ("68-NQ-TW": the slash typed as a hyphen)
        (?P<pissuers>{_CODE}(?:-{_CODE}){{0,5}})      # issuer(s)
      |
        \ ?/[\ \n]?                                # State: slash
        (?:(?P<year>[0-9]{{4}})                     # four-digit year of legal documents
           (?:\ ?(?P<yearsep>//?|-)[\ \n]?          # ("//" typed twice)
             |(?<=19[0-9]{{2}}|20[0-9]{{2}})(?=[a-z])))?  # or the slash left out: "49/2025TT-BCT"
        (?P<codes>{_CODE}(?:(?:\ ?[-/][\ \n]?|\.|\n\n?-(?=[a-z])){_CODE}){{0,7}})  # type code, issuers, unit
                                                   # ("CTTTH-⏎TTKT", "NĐ.CP", "TT⏎⏎-BTC": a break before the hyphen)
      |
        \ ?-\ ?(?P<old>{_CODE})(?!\ ?[-/])          # historic State form: 64-CP, 262-HĐBT
    )
    (?![a-z0-9])
    """,
    re.VERBOSE,
)

# Splits a code chain into its groups, remembering where each one starts.
CODE_GROUP = re.compile(_CODE)


@cache
def type_word_pattern() -> str:
    """An alternation of every type word in the registry, folded, longest first (as a trie).

    Syllables may be joined by spaces, line breaks or underscores (word-segmented text).
    """
    return trie_alternation(dict.fromkeys(_type_words(), ""), r"[\s_]{1,3}")


@cache
def _type_words() -> tuple[str, ...]:
    """Every type word and alias of the registry, folded, single-spaced."""
    return tuple(" ".join(w.split()) for w in sorted(doc_types().names()) if w.strip())


# Words that may qualify a type word before "số" ("Kế hoạch hành động số", "Báo cáo thẩm
# định số", "Tờ trình liên ngành số"); sentence words never do.
_QUALIFIER = r"(?!(?:cua|theo|va|cho|tai|tu|den|nay|do|ve|voi|la|co|duoc|da|nhu|tren|noi)[\s_])[a-z]{1,7}"


@cache
def _prefix_regex(qualified: bool = False) -> re.Pattern[str]:
    # Anchored at the end of a short window before the number: "Chỉ thị số ", "Số: ".
    qualifier = rf"(?:(?P<qual>{_QUALIFIER}(?:[\s_]{_QUALIFIER})?)[\s_]{{1,3}}(?=so))?" if qualified else ""
    return re.compile(
        rf"""
        (?:(?<![a-z0-9])(?P<word>{type_word_pattern()})[\s_*]{{0,5}}{qualifier})?  # "Nghị định123/…", "Nghị quyết **số"
        # "số", "Số:", "số **56-CP**"; as a scan misreads it after a type word, "sé" ("Nghị định sé
        # 12/2016/NĐ-CP"), or with a stray dot ("công văn số. 3295/TCT-KK")
        (?:(?<![a-z0-9])(?P<so>so|(?(word)se|(?!)))\ ?[:.]?[\s_*]{{0,5}})?
        \.?
        \Z
        """,
        re.VERBOSE,
    )


@cache
def lead_pattern() -> re.Pattern[str]:
    """What may stand before the number of a single reference: a type word, "số"."""
    return re.compile(rf"(?:(?P<word>{type_word_pattern()})[\s_]{{1,3}})?(?:so\s?:?\s*)?\.?")


PREFIX_WINDOW = 80
# Without a type word, a prefix is at most "so", " ", ":", five spaces or marks and ".": it
# starts this close to the number.
_BARE_PREFIX_REACH = len("so :     .")


@cache
def _prefix_words() -> _scan.WordList:
    return _scan.WordList(re.compile(type_word_pattern()), _type_words(), extra="_", max_join=3)


def _search_window(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    """``pattern.search(window)`` for a prefix pattern, which ends at the window's end: a
    match starts where a type word does or close to the end, so with the C scans only those
    starts are tried, in order (the search tries all 80)."""
    if not _scan.has_c_scans():
        return pattern.search(window)
    tail = max(0, len(window) - _BARE_PREFIX_REACH)
    for at in itertools.chain((at for at in _prefix_words().starts(window) if at < tail),
                              range(tail, len(window) + 1)):
        if (match := pattern.match(window, at)) is not None:
            return match
    return None


def prefix_before(
    folded: str, pos: int, floor: int = 0, *, text: str | None = None
) -> tuple[int, int, int] | None:
    """Find a type word and/or "số" ending right before ``pos`` (a symbol's number).

    Returns ``(start, word_start, word_end)`` with ``word_start == word_end == -1`` when
    only "số" is written, or None when neither is. Looks at most PREFIX_WINDOW characters
    back, so the cost per candidate is constant. Given the unfolded ``text``, one or two
    lower-case words may stand between the type word and "số" ("Kế hoạch hành động số").
    """
    lo = max(floor, pos - PREFIX_WINDOW)
    window = folded[lo:pos]
    if text is None:
        match = _search_window(_prefix_regex(), window)
    else:
        # (the plain pattern is the qualified one without its qualifier: where the qualified
        # search finds nothing, neither does the plain one, so it runs only after a rejection)
        match = _search_window(_prefix_regex(qualified=True), window)
        if match is not None and match.group("qual") is not None:
            qualifier = text[lo + match.start("qual"):lo + match.end("qual")]
            if qualifier != qualifier.lower():
                # "Luật Đất đai số …": a name, which the finder reads itself
                match = _search_window(_prefix_regex(), window)
    if match is None or match.start() == match.end():
        return None
    if (match.group("word") is not None and match.group("so") is not None
            and _NO_LAW_BEFORE.search(window, 0, match.start("word"))
            and " ".join(match.group("word").replace("_", " ").split()) == "luat"):
        # "quyết định thi hành kỷ luật số 355/QĐNS/TW": discipline, not a law; the number is "số …"
        return lo + match.start("so"), -1, -1
    if match.group("word") is None and match.group("so") is None:
        return None
    start = lo + match.start()
    if match.group("word") is None:
        return start, -1, -1
    return start, lo + match.start("word"), lo + match.end("word")


_NO_LAW_BEFORE = re.compile(r"(?<![a-z])(?:ky|phap)[\s_]{1,3}\Z")  # "kỷ luật", "pháp luật": no law's type word
