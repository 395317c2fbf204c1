"""Portal pages as govdoc reads them: safe parsing, visible text with exact offsets, articles.

Vietnamese government and Party portals publish their documents' news as HTML pages:
a menu, banners, a headline, a date and view counter, the article, a byline, then polls,
"Liên kết web" and a visit counter. This module models three views of such a page:

* :func:`parse_html` parses it with lxml under explicit limits (no network, no DTD, no
  external entities, libxml2's depth limit, an input size cap), for callers who want a tree;
* :func:`visible_text` is the page's visible text together with an exact map from every
  character back to the raw HTML string. lxml keeps no character offsets for text nodes,
  so the map comes from a small tokenizer of our own over the raw string: one pass, every
  pattern anchored and bounded, so its time is linear in the input. :func:`extract_html`
  uses it to report mentions whose offsets index the raw HTML, which is what lets
  :mod:`govdoc.annotate` edit a page at exact places and leave every other byte alone;
* :func:`read_article` reads the article itself (title, date, byline, section, views,
  body without the portal furniture, mentions) from portal HTML or from a plain-text dump
  of the same page.

>>> page = "<p>Theo Ngh&#7883; &#273;&#7883;nh s&#7889; <b>30/2020/N&#272;-CP</b>.</p>"
>>> [(m.canonical, page[m.start:m.end]) for m in extract_html(page)]
[('30/2020/NĐ-CP', 'Ngh&#7883; &#273;&#7883;nh s&#7889; <b>30/2020/N&#272;-CP')]
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import html as _html
import re
import unicodedata
from array import array
from collections.abc import Iterator
from functools import cache
from html.entities import html5 as _HTML5

import attrs
import lxml.etree
import lxml.html

from govdoc.errors import GovdocError
from govdoc.find import extract
from govdoc.mention import Mention

__all__ = [
    "MAX_HTML_CHARS",
    "Article",
    "Block",
    "HtmlTooLarge",
    "VisibleText",
    "decode_html",
    "detect_encoding",
    "extract_html",
    "looks_like_html",
    "parse_html",
    "read_article",
    "visible_text",
]

#: The largest page (in characters, or bytes for ``bytes`` input) the functions here accept.
#: Portal articles are tens to hundreds of kilobytes; the cap keeps a hostile or broken
#: input from costing unbounded memory (the offset map costs a few bytes per character).
MAX_HTML_CHARS = 8 * 1024 * 1024


class HtmlTooLarge(GovdocError, ValueError):
    """The page is larger than the cap the caller (or :data:`MAX_HTML_CHARS`) allows."""


def _check_size(source: str | bytes, max_chars: int) -> None:
    if len(source) > max_chars:
        unit = "bytes" if isinstance(source, bytes) else "characters"
        raise HtmlTooLarge(f"page too large: {len(source)} {unit}, the limit is {max_chars}; "
                           "pass max_chars= to raise it")


# --- decoding -------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def detect_encoding(data: bytes) -> str:
    """The codec a page's bytes are in: a byte-order mark wins, then ``<meta charset>``,
    then UTF-8 when the bytes are valid UTF-8, else Windows-1258 (the Vietnamese legacy
    code page). Encoding text back with the same codec restores the BOM.

    >>> detect_encoding(b'<meta charset="windows-1258"><p>\\xd0a\\xd2ng</p>')
    'cp1258'
    >>> detect_encoding(codecs.BOM_UTF8 + "<p>Đảng</p>".encode()), detect_encoding(b"<p>ok</p>")
    ('utf-8-sig', 'utf-8')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = None
        # A page in UTF-16 cannot declare it in ASCII meta; such a claim is wrong.
        if name is not None and not name.startswith("utf-16"):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1258"
    return "utf-8"


def decode_html(data: bytes) -> str:
    """Decode page bytes with :func:`detect_encoding`, undecodable bytes replaced.

    The BOM is dropped; nothing else is changed, so offsets into the result are stable.

    >>> decode_html(b'<meta charset="windows-1258"><p>\\xd0a\\xd2ng</p>') == (
    ...     '<meta charset="windows-1258"><p>Đa\\u0309ng</p>')  # the tone is a combining mark
    True
    >>> decode_html(codecs.BOM_UTF8 + "<p>Đảng</p>".encode())
    '<p>Đảng</p>'
    """
    return data.decode(detect_encoding(data), errors="replace")


_DOCUMENT_START = re.compile(r"[\s\ufeff]*<(?:!doctype|html)[\s>]", re.IGNORECASE)
_MARKUP_START = re.compile(r"[\s\ufeff]*<(?:[A-Za-z]|!--|!doctype)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document: it starts (after white space) with
    ``<!doctype`` or ``<html``.

    >>> looks_like_html("\\n <!DOCTYPE html><html>…"), looks_like_html("Chỉ thị số 16/CT-TTg")
    (True, False)
    """
    return _DOCUMENT_START.match(text) is not None


# --- parsing with lxml ------------------------------------------------------------------


def _parser() -> lxml.html.HTMLParser:
    # Every option that matters for safety is set explicitly, not left to defaults:
    # no network access, no huge-tree mode (libxml2 then limits depth and text node size),
    # comments and processing instructions dropped, recovery on (broken pages are parsed,
    # not refused). The HTML parser never loads a DTD or resolves external entities.
    return lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=False, recover=True,
        remove_comments=True, remove_pis=True, remove_blank_text=False,
        compact=True, collect_ids=False,
    )


def parse_html(source: str | bytes, *, max_chars: int = MAX_HTML_CHARS) -> lxml.html.HtmlElement:
    """Parse a page (``str``, or ``bytes`` decoded by :func:`decode_html`) into an lxml tree,
    safely; broken markup is repaired, not refused. The XPaths in :class:`Block` index this tree.

    >>> root = parse_html("<p>Chỉ thị số <b>16/CT-TTg<p>tiếp")
    >>> [p.text_content() for p in root.iter("p")]
    ['Chỉ thị số 16/CT-TTg', 'tiếp']
    """
    _check_size(source, max_chars)
    text = decode_html(source) if isinstance(source, bytes) else source
    # lxml refuses str input with an XML encoding declaration; bytes with a fixed
    # encoding also override any (possibly wrong) meta charset inside the page.
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        return lxml.html.document_fromstring(data, parser=_parser())
    except lxml.etree.ParserError:
        # Nothing but white space, comments or stray end tags: an empty page, not an error.
        return lxml.html.document_fromstring(b"<html><body></body></html>", parser=_parser())


# --- the tokenizer: visible text with an exact offset map ----------------------------------

# Elements whose content is not markup (HTML's raw text and escapable raw text elements).
_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"})
_RCDATA = frozenset({"textarea", "title"})
# Elements whose start or end begins a new line of visible text.
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
})
# Text inside these must not get a link: interactive content, form controls, foreign
# (SVG, MathML) content and templates.
_NO_LINK = frozenset({"button", "select", "datalist", "svg", "math", "template", "object"})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame",
})

_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
# One step inside a tag: separators, then the end, or one attribute with its value. Every
# alternative starts on a different character class, so nothing backtracks; an unclosed
# quote runs to the end of the input, as in a browser.
_TAG_STEP = re.compile(
    r"""(?P<sep>[\t\n\f\r /]*)(?:(?P<end>>)|[^\t\n\f\r />][^\t\n\f\r /=>]*"""
    r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\t\n\f\r >]*))?)"""
)
_COMMENT_END = re.compile(r"--!?>")
_ENTITY = re.compile(r"&(?:#[xX](?P<hex>[0-9a-fA-F]+);?|#(?P<dec>[0-9]+);?|(?P<name>[A-Za-z][A-Za-z0-9]{0,31});?)")


@cache
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}[\t\n\f\r />]", re.IGNORECASE)


def _entity(match: re.Match[str]) -> tuple[int, str] | None:
    """The raw length and the decoded text of the character reference at ``match``."""
    token = match.group(0)
    digits = match.group("hex") or match.group("dec")
    if digits is not None:
        if len(digits) > 10:  # far past U+10FFFF; keeps int() cheap
            return len(token), "\ufffd"
        value = _html.unescape(token if token.endswith(";") else token + ";")
        # The stdlib drops control and noncharacter code points; HTML keeps them.
        return len(token), value or chr(int(digits, 16 if match.group("hex") else 10))
    name = match.group("name")
    if token.endswith(";") and name + ";" in _HTML5:
        return len(token), str(_HTML5[name + ";"])
    # Legacy references without ";" ("&amp", "&nbsp"): the longest known prefix.
    for size in range(len(name), 1, -1):
        decoded = _HTML5.get(name[:size])
        if decoded is not None:
            return size + 1, str(decoded)
    return None


_LITERAL, _DECODED, _BREAK = 0, 1, 2
_PROTECTED = 4


@attrs.frozen
class _Tag:
    start: int
    end: int
    name: str
    closing: bool


@attrs.frozen(eq=False)
class VisibleText:
    """The visible text of a page and the exact way back to its raw HTML.

    ``text`` holds what a reader sees: text outside tags, character references decoded,
    without scripts, styles, comments, ``<head>`` or ``<title>``, and a ``"\\n"`` where a
    block element (``<p>``, ``<div>``, ``<li>``, ``<br>``, …) starts or ends. White space is
    kept as written. :meth:`raw_span` maps a span of ``text`` to the raw string.

    >>> vt = visible_text("<p>Đắk N&ocirc;ng</p><p>x</p>")
    >>> vt.text
    'Đắk Nông\\nx'
    >>> vt.raw_span(4, 8), vt.raw[slice(*vt.raw_span(4, 8))]
    ((7, 17), 'N&ocirc;ng')
    """

    raw: str
    text: str
    # Runs of text, in order: where each starts in ``text`` and in ``raw``, where it ends
    # in ``raw``, and what it is (literal, one decoded reference, a synthetic line break),
    # with the _PROTECTED bit where no link may go (inside a link, a form control, …).
    _starts: array[int] = attrs.field(repr=False)
    _raw_starts: array[int] = attrs.field(repr=False)
    _raw_ends: array[int] = attrs.field(repr=False)
    _kinds: bytes = attrs.field(repr=False)
    _tags: tuple[_Tag, ...] = attrs.field(repr=False)

    def _run(self, index: int) -> int:
        return bisect.bisect_right(self._starts, index) - 1

    def to_raw(self, index: int) -> int:
        """Where in ``raw`` the character ``text[index]`` comes from (``len(text)`` maps
        to ``len(raw)``; a synthetic line break maps to where the next text starts)."""
        if not 0 <= index <= len(self.text):
            raise IndexError(index)
        if index == len(self.text):
            return len(self.raw)
        run = self._run(index)
        kind = self._kinds[run] & 3
        offset = index - self._starts[run] if kind == _LITERAL else 0
        return self._raw_starts[run] + offset

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``raw`` that ``text[start:end]`` was read from: a decoded reference
        at either edge is included whole, and so is any markup in between."""
        if end <= start:
            at = self.to_raw(start)
            return at, at
        last = self._run(end - 1)
        if self._kinds[last] & 3 == _LITERAL:
            raw_end = self._raw_starts[last] + (end - 1 - self._starts[last]) + 1
        else:
            raw_end = self._raw_ends[last]
        return self.to_raw(start), max(raw_end, self.to_raw(start))

    def _pieces(self, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
        """The raw pieces of text (no markup) that ``text[start:end]`` is made of, as
        ``(raw_start, raw_end, linkable)``, synthetic line breaks left out."""
        if end <= start:
            return
        for run in range(self._run(start), self._run(end - 1) + 1):
            kind = self._kinds[run]
            if kind & 3 == _BREAK:
                continue
            raw_start, raw_end = self._raw_starts[run], self._raw_ends[run]
            if kind & 3 == _LITERAL:
                run_start = self._starts[run]
                raw_start += max(0, start - run_start)
                raw_end = min(raw_end, self._raw_starts[run] + end - run_start)
            yield raw_start, raw_end, not kind & _PROTECTED


class _Builder:
    """Collects runs of visible text while the tokenizer walks the raw string."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.size = 0
        self.starts: array[int] = array("q")
        self.raw_starts: array[int] = array("q")
        self.raw_ends: array[int] = array("q")
        self.kinds = bytearray()
        self.pending = 0  # line breaks owed before the next visible text
        self.last = ""

    def _add(self, text: str, raw_start: int, raw_end: int, kind: int) -> None:
        if not text:
            return
        self.starts.append(self.size)
        self.raw_starts.append(raw_start)
        self.raw_ends.append(raw_end)
        self.kinds.append(kind)
        self.parts.append(text)
        self.size += len(text)
        self.last = text[-1]

    def text(self, start: int, end: int, decode: bool, protected: bool) -> None:
        if start >= end:
            return
        if self.pending:
            breaks = self.pending if self.pending > 1 else int(self.last not in "\n")
            if self.size and breaks:
                self._add("\n" * breaks, start, start, _BREAK)
            self.pending = 0
        flag = _PROTECTED if protected else 0
        if not decode:
            self._add(self.raw[start:end], start, end, _LITERAL | flag)
            return
        pos = start
        while True:
            amp = self.raw.find("&", pos, end)
            if amp < 0:
                break
            match = _ENTITY.match(self.raw, amp, end)
            decoded = _entity(match) if match else None
            if decoded is None:
                # A lone "&" is text; keep scanning after it.
                nxt = self.raw.find("&", amp + 1, end)
                stop = end if nxt < 0 else nxt
                self._add(self.raw[pos:stop], pos, stop, _LITERAL | flag)
                pos = stop
                continue
            if amp > pos:
                self._add(self.raw[pos:amp], pos, amp, _LITERAL | flag)
            length, value = decoded
            self._add(value, amp, amp + length, _DECODED | flag)
            pos = amp + length
        if pos < end:
            self._add(self.raw[pos:end], pos, end, _LITERAL | flag)

    def block(self) -> None:
        if self.size:
            self.pending = max(self.pending, 1)

    def line_break(self) -> None:
        if self.size:
            self.pending = max(self.pending, 1) + (1 if self.pending else 0)


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _read_tag(raw: str, pos: int) -> tuple[int, str, bool] | None:
    """Read the tag whose name starts at ``pos``: ``(end, lower-case name, self_closing)``,
    or None when the input ends inside it (a browser then drops it)."""
    name_match = _TAG_NAME.match(raw, pos)
    if name_match is None:  # pragma: no cover - callers check for a letter first
        return None
    name = name_match.group(0).lower()
    at = name_match.end()
    self_closing = False
    while True:
        step = _TAG_STEP.match(raw, at)
        if step is None:
            return None
        sep = step.group("sep")
        if step.group("end") is not None:
            self_closing = sep.endswith("/")
            return step.end(), name, self_closing
        at = step.end()


def visible_text(html: str, *, max_chars: int = MAX_HTML_CHARS) -> VisibleText:
    """The visible text of an HTML page (or fragment), with an exact map back to ``html``.

    Broken markup is read the way a browser's tokenizer reads it (an unclosed comment runs
    to the end, a ``<`` that starts no tag is text). Runs in time linear in the input.

    >>> vt = visible_text("<html><head><title>T</title><style>p{}</style></head>"
    ...                   "<body><!-- c --><p>Kết luận&nbsp;114-KL/TW</p><script>x<y</script></body>")
    >>> vt.text
    'Kết luận\\xa0114-KL/TW'
    >>> vt.raw[vt.to_raw(0):vt.to_raw(len(vt.text))]
    'Kết luận&nbsp;114-KL/TW</p><script>x<y</script></body>'
    """
    if not isinstance(html, str):
        raise TypeError(f"expected a str, got {type(html).__name__}")
    _check_size(html, max_chars)
    raw, n = html, len(html)
    out = _Builder(raw)
    tags: list[_Tag] = []
    in_head = False
    open_links = 0  # counted, not a flag: "<a><p><a></a>text" leaves text inside the first link
    no_link: dict[str, int] = {}
    pos = 0
    while pos < n:
        lt = raw.find("<", pos)
        stop = n if lt < 0 else lt
        if not in_head:
            out.text(pos, stop, decode=True, protected=open_links > 0 or any(no_link.values()))
        if lt < 0:
            break
        pos = lt
        nxt = raw[lt + 1:lt + 2]
        if raw.startswith("<!--", lt):
            if raw.startswith(">", lt + 4):
                pos = lt + 5
            elif raw.startswith("->", lt + 4):
                pos = lt + 6
            else:
                end_match = _COMMENT_END.search(raw, lt + 4)
                pos = n if end_match is None else end_match.end()
            continue
        protected = open_links > 0 or any(no_link.values())
        closing = nxt == "/"
        name_at = lt + 2 if closing else lt + 1
        first = raw[name_at:name_at + 1]
        if nxt in ("!", "?") or (closing and first not in ("", ">") and not _is_letter(first)):
            # Doctype, CDATA, processing instructions, bad end tags: bogus comments.
            gt = raw.find(">", lt + 2)
            pos = n if gt < 0 else gt + 1
            continue
        if closing and first == ">":
            pos = name_at + 1  # "</>" is dropped
            continue
        if not _is_letter(first):
            # "<" (or "</" at the very end) that starts no tag is text.
            if not in_head:
                out.text(lt, name_at if first == "" else lt + 1, decode=False, protected=protected)
            pos = name_at if first == "" else lt + 1
            continue
        read = _read_tag(raw, name_at)
        if read is None:
            break  # the input ends inside a tag
        end, name, self_closing = read
        tags.append(_Tag(lt, end, name, closing))
        pos = end
        if name == "head":
            in_head = not closing
        elif name == "body" and not closing:
            in_head = False
        elif name == "a":
            open_links = max(0, open_links - 1) if closing else open_links + 1
        elif name in _NO_LINK:
            if closing:
                no_link[name] = max(0, no_link.get(name, 0) - 1)
            elif not self_closing:
                no_link[name] = no_link.get(name, 0) + 1
        if name == "br":
            out.line_break()
        elif name in _BLOCK:
            out.block()
        if closing or (name not in _RAW_TEXT and name not in _RCDATA):
            continue
        # The content of script, style, textarea, title, … runs to its end tag.
        close = None if name == "plaintext" else _raw_end(name).search(raw, pos)
        content_end = n if close is None else close.start()
        if name == "textarea" and not in_head:
            out.text(pos, content_end, decode=True, protected=True)
        pos = content_end
    return VisibleText(
        raw=raw, text="".join(out.parts), starts=out.starts, raw_starts=out.raw_starts,
        raw_ends=out.raw_ends, kinds=bytes(out.kinds), tags=tuple(tags),
    )


def extract_html(html: str, *, max_chars: int = MAX_HTML_CHARS) -> list[Mention]:
    """:func:`govdoc.extract` on the visible text of ``html``, with every offset (``start``,
    ``end``, link targets, ``refers_to``) mapped back to ``html``: ``html[m.start:m.end] ==
    m.text``, and the span may hold character references or inline markup.

    >>> page = "<p>Nghị định số <strong>123/2016/NĐ-CP</strong> của Ch&iacute;nh phủ</p>"
    >>> [m] = extract_html(page)
    >>> m.text, m.canonical, m.issuer_name
    ('Nghị định số <strong>123/2016/NĐ-CP', '123/2016/NĐ-CP', 'Chính phủ')
    """
    vt = visible_text(html, max_chars=max_chars)
    return [_to_raw(vt, m) for m in extract(vt.text)]


def _to_raw(vt: VisibleText, mention: Mention) -> Mention:
    start, end = vt.raw_span(mention.start, mention.end)
    return attrs.evolve(
        mention, start=start, end=end, text=vt.raw[start:end],
        links=tuple(attrs.evolve(link, target=vt.to_raw(link.target)) for link in mention.links),
        refers_to=None if mention.refers_to is None else vt.to_raw(mention.refers_to),
    )


# --- articles ----------------------------------------------------------------------------


@attrs.frozen
class Block:
    """One paragraph of an article's body: where it is in :attr:`Article.body`, and where
    it came from: the XPath of its element in :func:`parse_html`'s tree (HTML input), or
    its 1-based line and start offset in the input (plain-text input)."""

    start: int
    end: int
    path: str | None = None
    line: int | None = None
    source_start: int | None = None


@attrs.frozen
class Article:
    """An article read from a portal page. ``mentions`` index :attr:`body`;
    :meth:`block_of` says which paragraph (and so which element) each came from."""

    title: str | None
    published: dt.datetime | None
    author: str | None
    section: str | None
    views: int | None
    body: str
    mentions: tuple[Mention, ...]
    blocks: tuple[Block, ...]
    url: str | None = None
    format: str = "html"  #: "html" or "text", what the input was read as

    def block_of(self, where: Mention | int) -> Block | None:
        """The body paragraph holding a mention (or a body offset), else None."""
        index = where.start if isinstance(where, Mention) else where
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, index) - 1
        if i >= 0 and self.blocks[i].start <= index < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None


@attrs.frozen
class _Line:
    text: str
    path: str | None = None
    line: int | None = None
    source_start: int | None = None


# HTML collapses ASCII white space only; a no-break space is text the author typed.
_SPACES = re.compile(r"[ \t\n\r\f]+")
_DATE_TIME = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"
    r"(?:[\s,|-]{0,4}(?:lúc\s{1,3})?(?P<H>\d{1,2})\s?[:h]\s?(?P<M>\d{2})(?!\d))?"
)
_TIME_DATE = re.compile(
    r"(?<!\d)(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?[\s,|-]{1,6}(?:ngày\s{1,3})?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?!\d)", re.IGNORECASE
)
_VIEWS = re.compile(
    r"(?:lượt\s+xem|lượt\s+đọc|số\s+lần\s+xem)\s*[:：]?\s*(?P<n>\d{1,3}(?:[.,\s]\d{3})+|\d+)", re.IGNORECASE
)
_FURNITURE = tuple(s.casefold() for s in (
    "Liên kết banner", "Liên kết web", "Liên kết website", "Video Clip", "Thăm dò ý kiến",
    "Lượt truy cập", "Số lượt truy cập", "Thống kê truy cập", "Đang truy cập", "Gửi bình chọn",
    "Xem kết quả", "Bạn đánh giá", "Tin liên quan", "Các tin khác", "Tin khác", "Tin cùng chuyên mục",
    "Bài viết liên quan", "Các bài viết khác", "Tin đã đưa", "Chia sẻ", "In bài viết", "Gửi email",
    "Bản quyền", "Ý kiến bạn đọc", "Gửi ý kiến", "Trở về", "Quay lại", "Đầu trang",
))
_BYLINE_PREFIX = re.compile(r"^(?:Tác giả|Nguồn|Tin, ảnh|Bài, ảnh|Tin và ảnh|Theo)\s*[:：]?\s*", re.IGNORECASE)
_BOILERPLATE_WORDS = frozenset({
    "menu", "nav", "navbar", "navigation", "banner", "footer", "sidebar", "poll", "vote", "survey",
    "counter", "breadcrumb", "breadcrumbs", "share", "social", "comment", "comments", "related",
    "advert", "ads", "quangcao", "lienket", "weblink", "weblinks", "thamdo", "binhchon", "luottruycap",
    "visitor", "visitors", "topbar", "toolbar", "sitemap", "search", "login",
})
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "aside", "footer", "select",
    "option", "iframe", "button", "input", "textarea", "object", "embed", "svg", "math", "canvas",
    "video", "audio", "map", "label",
})
_TITLE_WORDS = frozenset({"title", "tieude", "headline", "titledetail", "newstitle"})
_NOT_TITLE_WORDS = frozenset({"category", "cate", "chuyenmuc", "section", "box", "site", "portlet", "module"})
_WORD_SPLIT = re.compile(r"[\s_-]+")


def _datetime_in(text: str) -> dt.datetime | None:
    for pattern in (_TIME_DATE, _DATE_TIME):
        for match in pattern.finditer(text):
            hour = match.group("H")
            try:
                return dt.datetime(int(match.group("y")), int(match.group("m")), int(match.group("d")),
                                   int(hour) if hour else 0, int(match.group("M")) if hour else 0)
            except ValueError:
                continue
    return None


def _views_in(text: str) -> int | None:
    match = _VIEWS.search(text)
    if match is None:
        return None
    return int(re.sub(r"\D", "", match.group("n")))


def _is_meta(line: str) -> bool:
    return len(line) <= 160 and (_views_in(line) is not None or (
        _datetime_in(line) is not None and len(line) <= 80))


def _is_furniture(line: str) -> bool:
    folded = line.casefold()
    return len(line) <= 120 and folded.startswith(_FURNITURE)


def _is_headline(line: str) -> bool:
    return 8 <= len(line) <= 250 and not line.endswith((".", ";", ":", ",")) and not _is_meta(line)


def _is_byline(line: str) -> bool:
    if _BYLINE_PREFIX.match(line) and len(line) <= 120:
        return True
    return (len(line) <= 80 and len(line.split()) <= 12 and not line.endswith((".", ";", ":", ",", "…"))
            and _datetime_in(line) is None)


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _is_boilerplate(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS or el.get("hidden") is not None:
        return True
    if tag == "header" and next(el.iterancestors("article"), None) is None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return any(word in _BOILERPLATE_WORDS for word in _WORD_SPLIT.split(names))


def _html_lines(root: lxml.html.HtmlElement) -> list[_Line]:
    """The page's text as lines, one per block of text, boilerplate elements left out."""
    tree = root.getroottree()
    lines: list[_Line] = []
    blocks: list[lxml.html.HtmlElement] = [root]
    pieces: list[str] = []
    owner: list[lxml.html.HtmlElement] = []

    def flush() -> None:
        text = _collapse("".join(pieces))
        if text and owner:
            el = owner[0]
            lines.append(_Line(text, path=tree.getpath(el), line=el.sourceline))
        pieces.clear()
        owner.clear()

    def add(text: str | None) -> None:
        if text:
            if not owner and text.strip():
                owner.append(blocks[-1])
            pieces.append(text)

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    skipped: set[int] = set()
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or _is_boilerplate(el):
                skipped.add(id(el))
                walker.skip_subtree()
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCK:
                flush()
                blocks.append(el)
            add(el.text)
        else:
            if id(el) not in skipped and tag in _BLOCK:
                flush()
                blocks.pop()
            add(el.tail)
    flush()
    return lines


def _text_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append(_Line(stripped, line=number, source_start=offset + lead))
        offset += len(line)
    return lines


def _meta_content(root: lxml.html.HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for meta in root.iter("meta"):
            if key in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
                value = _collapse(meta.get("content") or "")
                if value:
                    return value
    return None


def _title_candidates(root: lxml.html.HtmlElement) -> list[str]:
    """Texts the markup marks as the headline, surest first."""
    found: list[str] = []
    og = _meta_content(root, "og:title")
    if og:
        found.append(og)
    found.extend(_collapse(el.text_content()) for el in root.iter("h1"))
    for el in root.iter("h2", "h3", "div", "span", "p", "a"):
        words = set(_WORD_SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        # "category-title", "box-title" name a section or a sidebar box, not the article.
        if words & _TITLE_WORDS and not words & _NOT_TITLE_WORDS:
            found.append(_collapse(el.text_content()))
    title = root.find(".//title")
    if title is not None and title.text:
        found.append(_collapse(title.text))
    return [text for text in found if 8 <= len(text) <= 300]


def _section_in_html(root: lxml.html.HtmlElement) -> str | None:
    meta = _meta_content(root, "article:section")
    if meta:
        return meta
    for el in root.iter():
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if {"breadcrumb", "breadcrumbs"} & set(_WORD_SPLIT.split(names)):
            links = [_collapse(a.text_content()) for a in el.iter("a")]
            links = [text for text in links if text]
            if links:
                return links[-1]
    return None


def _published_in_html(root: lxml.html.HtmlElement) -> dt.datetime | None:
    from dateutil import parser as date_parser  # noqa: PLC0415 - only HTML metadata needs it

    value = _meta_content(root, "article:published_time", "og:published_time", "date", "pubdate")
    if value is None:
        time = root.find(".//time[@datetime]")
        value = time.get("datetime") if time is not None else None
    if value:
        try:
            return date_parser.isoparse(value)
        except (ValueError, OverflowError):
            return _datetime_in(value)
    return None


def read_article(
    html_or_text: str | bytes, url: str | None = None, *, max_chars: int = MAX_HTML_CHARS
) -> Article:
    """Read the article on a portal page: HTML (``str`` or ``bytes``), or a plain-text dump.

    The title is the page's headline (from ``og:title``, ``<h1>`` or a title-classed
    element; in plain text, the headline line beside the date line, after a section line in
    capitals when there is one); ``published`` and ``views`` come from the date / "Lượt
    xem" line near the top (or the page's metadata); the byline is a short last paragraph;
    the body stops at the portal furniture ("Liên kết web", polls, visit counters).

    >>> page = '''<div class="menu"><a href="/">Trang chủ</a></div>
    ... <h1 class="title">Triển khai Chỉ thị số 16/CT-TTg</h1>
    ... <div class="date">02/11/2021 23:58 | Lượt xem 1631</div>
    ... <p>UBND huyện thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.</p>
    ... <p>CTV Duy Hải</p><div class="poll">Thăm dò ý kiến</div>'''
    >>> a = read_article(page)
    >>> a.title, a.published.isoformat(), a.views, a.author
    ('Triển khai Chỉ thị số 16/CT-TTg', '2021-11-02T23:58:00', 1631, 'CTV Duy Hải')
    >>> [m.canonical for m in a.mentions], a.block_of(a.mentions[0]).path
    (['16/CT-TTg'], '/html/body/p[1]')
    """
    _check_size(html_or_text, max_chars)
    text = decode_html(html_or_text) if isinstance(html_or_text, bytes) else html_or_text
    is_html = _MARKUP_START.match(text) is not None
    title_hints: list[str] = []
    published = section = author = None
    if is_html:
        root = parse_html(text, max_chars=max_chars)
        lines = _html_lines(root)
        title_hints = _title_candidates(root)
        published = _published_in_html(root)
        section = _section_in_html(root)
        url = url or _meta_content(root, "og:url")
    else:
        lines = _text_lines(text)
    lines = [line for line in lines if unicodedata.normalize("NFC", line.text).strip()]

    # The date / view-count lines near the top.
    meta_lines = [i for i, line in enumerate(lines[:12]) if _is_meta(line.text)]
    meta_first = meta_lines[0] if meta_lines else None
    meta_last = meta_first
    while meta_last is not None and meta_last + 1 in meta_lines:
        meta_last += 1
    views = None
    for i in meta_lines:
        views = views if views is not None else _views_in(lines[i].text)
        published = published or _datetime_in(lines[i].text)

    # The headline: a line the page's markup calls the title, else the line beside the date.
    title_index = None
    folded_hints = [_collapse(h).casefold() for h in title_hints]
    for hint in folded_hints:
        title_index = next((i for i, line in enumerate(lines[:30]) if line.text.casefold() == hint), None)
        if title_index is not None:
            break
    section_index = None
    if title_index is None and meta_first is not None and meta_last is not None:
        before = meta_first - 1 if meta_first >= 1 else None
        after = meta_last + 1 if meta_last + 1 < len(lines) else None
        if (before is not None and after is not None and _is_headline(lines[after].text)
                and lines[before].text.isupper()):
            title_index, section_index = after, before
        elif before is not None and _is_headline(lines[before].text):
            title_index = before
        elif after is not None and _is_headline(lines[after].text):
            title_index = after
    elif title_index is None and len(lines) > 1 and _is_headline(lines[0].text) and not is_html:
        title_index = 0
    title = lines[title_index].text if title_index is not None else None
    if title is None and title_hints and is_html and _meta_content(root, "og:title"):
        title = title_hints[0]
    if section is None and section_index is not None:
        section = lines[section_index].text

    first = max(i for i in (title_index, meta_last, section_index, -1) if i is not None) + 1
    if title_index is not None and meta_last is not None and meta_last > title_index + 3:
        first = title_index + 1  # a date far below the title belongs to the body's end
    body_lines = [line for i, line in enumerate(lines[first:], start=first)
                  if not (meta_first is not None and meta_last is not None and meta_first <= i <= meta_last)]
    end = next((i for i, line in enumerate(body_lines) if _is_furniture(line.text)), len(body_lines))
    body_lines = body_lines[:end]
    if len(body_lines) > 1 and _is_byline(body_lines[-1].text):
        author = _BYLINE_PREFIX.sub("", body_lines.pop().text) or None
    if author is None and is_html:
        author = _meta_content(root, "author")

    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for line in body_lines:
        if parts:
            offset += 2
        blocks.append(Block(offset, offset + len(line.text), path=line.path, line=line.line,
                            source_start=line.source_start))
        parts.append(line.text)
        offset += len(line.text)
    body = "\n\n".join(parts)
    return Article(
        title=title, published=published, author=author, section=section, views=views,
        body=body, mentions=tuple(extract(body)), blocks=tuple(blocks), url=url,
        format="html" if is_html else "text",
    )
